"""Merging duplicate sources, usage stats, and the source admin around them."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from articles.models import Quote, Source, SourceMerge
from articles.sources import (
    MERGE_SAME_SOURCE,
    MERGED_NOTES_HEADING,
    SourceMergePermissionError,
    source_merge,
    source_usage,
)
from tests.factories import (
    ArticleFactory,
    PublishedArticleFactory,
    QuoteFactory,
    ScheduledArticleFactory,
    SourceFactory,
    WithdrawnArticleFactory,
)

pytestmark = pytest.mark.django_db


# --- merge -------------------------------------------------------------------------------


def test_merge_moves_quotes_fills_blanks_keeps_both_notes_and_logs(editor):
    keep = SourceFactory(
        name="Dana Whitfield", title="Sheriff", organization="", phone="", notes="Calls back."
    )
    merge = SourceFactory(
        name="D. Whitfield", title="Sheriff-coroner", organization="Costa Verde County", notes="Cell after 6."
    )
    quotes = [QuoteFactory(source=merge), QuoteFactory(source=merge), QuoteFactory(source=keep)]
    merge_phone, merge_pk = merge.phone, merge.pk

    record = source_merge(keep=keep, merge=merge, user=editor)

    keep.refresh_from_db()
    assert not Source.objects.filter(pk=merge_pk).exists()
    assert {q.source_id for q in Quote.objects.filter(pk__in=[q.pk for q in quotes])} == {keep.pk}
    assert keep.title == "Sheriff"  # its own value wins
    assert keep.organization == "Costa Verde County"  # blank filled
    assert keep.phone == merge_phone
    assert "Calls back." in keep.notes
    assert MERGED_NOTES_HEADING.format(name="D. Whitfield") in keep.notes and "Cell after 6." in keep.notes
    assert record.kept == keep and record.quotes_moved == 2 and record.user == editor
    assert record.merged_name == "D. Whitfield"
    assert record.merged_data["organization"] == "Costa Verde County"
    assert record.merged_data["notes"] == "Cell after 6."


def test_merge_keeps_the_log_of_earlier_merges_into_the_merged_record(editor):
    a, b, c = SourceFactory(), SourceFactory(), SourceFactory()
    source_merge(keep=b, merge=c, user=editor)
    source_merge(keep=a, merge=b, user=editor)
    assert SourceMerge.objects.filter(kept=a).count() == 2


def test_merge_moves_self_identified_attributes_only_as_a_whole_and_only_with_consent(editor):
    keep = SourceFactory(attributes_consent=False)
    merge = SourceFactory(
        attributes_consent=True, gender=Source.Gender.WOMAN, selection=Source.Selection.NEWSMAKER
    )
    source_merge(keep=keep, merge=merge, user=editor)
    keep.refresh_from_db()
    assert (keep.attributes_consent, keep.gender, keep.selection) == (True, "woman", "newsmaker")

    other = SourceFactory(attributes_consent=True, gender=Source.Gender.MAN)
    source_merge(
        keep=other, merge=SourceFactory(attributes_consent=True, gender=Source.Gender.WOMAN), user=editor
    )
    other.refresh_from_db()
    assert other.gender == Source.Gender.MAN


def test_merge_is_all_or_nothing(editor):
    keep, merge = SourceFactory(), SourceFactory()
    quote = QuoteFactory(source=merge)
    with mock.patch.object(SourceMerge.objects, "create", side_effect=RuntimeError("disk full")):
        with pytest.raises(RuntimeError):
            source_merge(keep=keep, merge=merge, user=editor)
    quote.refresh_from_db()
    assert quote.source_id == merge.pk
    assert Source.objects.filter(pk=merge.pk).exists()


def test_journalist_cannot_merge_and_a_source_cannot_merge_into_itself(journalist, editor):
    keep, merge = SourceFactory(), SourceFactory()
    with pytest.raises(SourceMergePermissionError):
        source_merge(keep=keep, merge=merge, user=journalist)
    with pytest.raises(ValidationError) as exc:
        source_merge(keep=keep, merge=keep, user=editor)
    assert MERGE_SAME_SOURCE in exc.value.messages
    assert Source.objects.filter(pk__in=[keep.pk, merge.pk]).count() == 2


# --- usage -------------------------------------------------------------------------------


def test_usage_counts_only_published_stories_and_the_last_30_days():
    source = SourceFactory()
    now = timezone.now()
    old = PublishedArticleFactory(first_published_at=now - timedelta(days=90), headline="Old story")
    recent = PublishedArticleFactory(first_published_at=now - timedelta(days=3), headline="Recent story")
    QuoteFactory(source=source, article=old)
    QuoteFactory(source=source, article=recent)
    QuoteFactory(source=source, article=recent)
    for hidden in (ArticleFactory(), ScheduledArticleFactory(), WithdrawnArticleFactory()):
        QuoteFactory(source=source, article=hidden)

    usage = source_usage([source.pk])[source.pk]

    assert usage.quotes_total == 3
    assert usage.quotes_recent == 2
    assert usage.stories_total == 2
    assert usage.last_quoted == recent.first_published_at
    assert [s.headline for s in usage.stories] == ["Recent story", "Old story"]
    assert usage.stories[0].quotes == 2
    assert usage.stories[0].url == recent.get_absolute_url()


def test_usage_of_a_source_never_quoted_is_empty():
    source = SourceFactory()
    usage = source_usage([source.pk])[source.pk]
    assert (usage.last_quoted, usage.quotes_total, usage.stories) == (None, 0, [])


def test_usage_runs_two_queries_however_many_stories(django_assert_num_queries):
    sources = [SourceFactory() for _ in range(3)]
    for n in range(30):
        article = PublishedArticleFactory(first_published_at=timezone.now() - timedelta(days=n))
        for source in sources:
            QuoteFactory(source=source, article=article)
    with django_assert_num_queries(2):
        usage = source_usage([s.pk for s in sources])
    assert all(len(u.stories) == 5 and u.quotes_total == 30 for u in usage.values())


# --- admin -------------------------------------------------------------------------------


def test_usage_endpoint_answers_json_without_private_fields(client, journalist):
    source = SourceFactory(phone="+1 510 555 0142", email="secret@example.org", notes="PRIVATE-NOTE")
    QuoteFactory(source=source, article=PublishedArticleFactory(headline="Jail crowding"))
    client.force_login(journalist)
    response = client.get(reverse("admin:articles_source_usage"), {"ids": f"{source.pk}"})
    assert response.status_code == 200
    data = response.json()["sources"][str(source.pk)]
    assert data["quotes_total"] == 1 and data["stories"][0]["headline"] == "Jail crowding"
    body = response.content.decode()
    assert "555 0142" not in body and "secret@example.org" not in body and "PRIVATE-NOTE" not in body


def test_usage_endpoint_refuses_bad_ids_and_anonymous_users(client, journalist):
    response = client.get(reverse("admin:articles_source_usage"), {"ids": "1"})
    assert response.status_code == 302  # to the login page
    client.force_login(journalist)
    assert client.get(reverse("admin:articles_source_usage"), {"ids": "1,x"}).status_code == 400


def test_story_form_loads_the_usage_script_for_the_quote_inline(client, editor):
    article = ArticleFactory()
    client.force_login(editor)
    html = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert "admin/articles/source_usage.js" in html
    assert reverse("admin:articles_source_usage") in html


def test_source_page_shows_how_often_the_source_is_quoted(client, editor):
    source = SourceFactory()
    QuoteFactory(source=source, article=PublishedArticleFactory(first_published_at=timezone.now()))
    client.force_login(editor)
    html = client.get(reverse("admin:articles_source_change", args=[source.pk])).content.decode()
    assert "1 quote(s) in the last 30 days" in html


def test_editor_merges_from_the_list_after_choosing_the_record_to_keep(client, editor):
    keep = SourceFactory(name="Rosa Ortiz")
    merge = SourceFactory(name="Rosa M. Ortiz")
    QuoteFactory(source=merge)
    client.force_login(editor)
    response = client.post(
        reverse("admin:articles_source_changelist"),
        {"action": "merge_sources", "_selected_action": [keep.pk, merge.pk]},
    )
    assert response.status_code == 302
    confirm = client.get(response["Location"])
    html = confirm.content.decode()
    assert "Rosa M. Ortiz" in html and 'name="keep"' in html
    assert Source.objects.count() == 2  # nothing happens before the confirmation

    done = client.post(
        reverse("admin:articles_source_merge"), {"ids": f"{keep.pk},{merge.pk}", "keep": keep.pk}
    )
    assert done.status_code == 302
    assert list(Source.objects.all()) == [keep]
    assert keep.quotes.count() == 1
    assert SourceMerge.objects.get().merged_name == "Rosa M. Ortiz"


def test_merge_confirmation_without_a_choice_shows_an_error_and_merges_nothing(client, editor):
    a, b = SourceFactory(), SourceFactory()
    client.force_login(editor)
    response = client.post(reverse("admin:articles_source_merge"), {"ids": f"{a.pk},{b.pk}"})
    assert response.status_code == 200
    assert "Choose the record to keep." in response.content.decode()
    assert Source.objects.count() == 2


def test_journalist_has_no_merge_action_and_cannot_open_the_merge_page(client, journalist):
    a, b = SourceFactory(), SourceFactory()
    client.force_login(journalist)
    changelist = client.get(reverse("admin:articles_source_changelist")).content.decode()
    assert "merge_sources" not in changelist
    response = client.post(reverse("admin:articles_source_merge"), {"ids": f"{a.pk},{b.pk}", "keep": a.pk})
    assert response.status_code == 403
    assert Source.objects.count() == 2


def test_source_list_query_count_does_not_grow_with_rows(client, editor, django_assert_max_num_queries):
    for _ in range(60):
        QuoteFactory()
    client.force_login(editor)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("admin:articles_source_changelist"))
    assert response.status_code == 200


def test_editors_read_the_merge_log_but_nobody_edits_it(client, editor):
    keep, merge = SourceFactory(name="Alan Burke"), SourceFactory(name="Al Burke")
    record = source_merge(keep=keep, merge=merge, user=editor)
    client.force_login(editor)
    listing = client.get(reverse("admin:articles_sourcemerge_changelist"))
    assert listing.status_code == 200 and "Al Burke" in listing.content.decode()
    detail = client.get(reverse("admin:articles_sourcemerge_change", args=[record.pk]))
    assert detail.status_code == 200
    assert 'name="merged_name"' not in detail.content.decode()
