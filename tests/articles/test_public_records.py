"""Everything readers see passes an editor: sources' public fields, tags, sections and the
parts of a published story, through every admin path (change form, quote-row popup, merge,
delete, list actions, inline-only POSTs)."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.models import LogEntry
from django.contrib.admin.options import IS_POPUP_VAR
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from taggit.models import Tag, TaggedItem

from articles import workflow
from articles.models import Article, Quote, Section, Source, SourceChange
from articles.sources import can_merge_sources, source_merge
from tests.factories import (
    ArticleFactory,
    JournalistFactory,
    PublishedArticleFactory,
    QuoteFactory,
    ScheduledArticleFactory,
    SectionFactory,
    SourceFactory,
    UserFactory,
    WithdrawnArticleFactory,
)

pytestmark = pytest.mark.django_db

Status = Article.Status
Decision = SourceChange.Decision


def source_change_url(source):
    return reverse("admin:articles_source_change", args=[source.pk])


def decide_url(change):
    return reverse("admin:articles_source_change_decide", args=[change.source_id, change.pk])


def source_data(source, **overrides):
    """What the source change form posts for ``source`` as it stands, with ``overrides``."""
    source = Source.objects.get(pk=source.pk)
    data = {
        name: getattr(source, name)
        for name in (
            "name",
            "slug",
            "kind",
            "title",
            "organization",
            "abbreviation",
            "description",
            "phone",
            "email",
            "notes",
            "gender",
            "gender_self_description",
            "selection",
        )
    }
    if source.attributes_consent:
        data["attributes_consent"] = "on"
    data.update(overrides)
    return data


@pytest.fixture
def quoted_source(db):
    """A source quoted in a published story, so readers see it."""
    source = SourceFactory(name="Dana Whitfield", slug="dana-whitfield", description="Sheriff since 2019.")
    QuoteFactory(source=source, article=PublishedArticleFactory(headline="Jail crowding eases"))
    return source


def source_page(client, source):
    client.logout()
    return client.get(reverse("articles:source", kwargs={"slug": source.slug})).content.decode()


# --- which sources are guarded ---------------------------------------------------------


def test_guarded_sources_are_those_quoted_in_published_scheduled_or_in_review_stories():
    stories = {
        "published": PublishedArticleFactory(),
        "scheduled": ScheduledArticleFactory(),
        "in_review": ArticleFactory(status=Status.IN_REVIEW),
        "draft": ArticleFactory(),
        "withdrawn": WithdrawnArticleFactory(),
    }
    sources = {kind: QuoteFactory(article=story).source for kind, story in stories.items()}
    SourceFactory()  # never quoted
    guarded = set(Source.objects.editor_guarded())
    assert guarded == {sources["published"], sources["scheduled"], sources["in_review"]}


# --- a journalist's change to a source readers see waits for an editor ------------------


def test_a_journalists_change_to_a_public_source_waits_and_readers_see_the_old_one(
    client, journalist, quoted_source
):
    client.force_login(journalist)
    response = client.post(
        source_change_url(quoted_source),
        source_data(
            quoted_source,
            name="Dana Whitfield-Crook",
            description="Disgraced sheriff.",
            phone="+1 510 555 0199",
            notes="New cell number.",
        ),
    )
    assert response.status_code == 302
    said = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("waits for an editor's approval" in m for m in said)
    assert not any("changed successfully" in m for m in said)
    quoted_source.refresh_from_db()
    assert (quoted_source.name, quoted_source.description) == ("Dana Whitfield", "Sheriff since 2019.")
    assert (quoted_source.phone, quoted_source.notes) == ("+1 510 555 0199", "New cell number.")
    change = SourceChange.objects.get()
    assert change.decision == Decision.PENDING and change.proposed_by == journalist
    history = LogEntry.objects.get(object_id=str(quoted_source.pk)).get_change_message()
    assert "Phone" in history and "Name" not in history  # the admin's history says what was saved
    assert change.proposed == {"name": "Dana Whitfield-Crook", "description": "Disgraced sheriff."}
    assert change.previous["name"] == "Dana Whitfield"
    html = source_page(client, quoted_source)
    assert "Dana Whitfield-Crook" not in html and "Disgraced sheriff." not in html
    assert "Sheriff since 2019." in html


@pytest.mark.parametrize(
    "story",
    [
        lambda: ScheduledArticleFactory(),
        lambda: ArticleFactory(status=Status.IN_REVIEW),
    ],
    ids=["scheduled", "in_review"],
)
def test_a_source_quoted_in_a_story_an_editor_approved_or_is_reviewing_is_guarded_too(
    client, journalist, story
):
    source = SourceFactory(name="Rosa Ortiz")
    QuoteFactory(source=source, article=story())
    client.force_login(journalist)
    client.post(source_change_url(source), source_data(source, name="Rosa Ortiz-Quiñones"))
    source.refresh_from_db()
    assert source.name == "Rosa Ortiz"
    assert SourceChange.objects.pending().filter(source=source).exists()


@pytest.mark.parametrize(
    "story", [lambda: ArticleFactory(), lambda: WithdrawnArticleFactory()], ids=["draft", "withdrawn"]
)
def test_a_journalist_changes_a_source_readers_do_not_see_at_once(client, journalist, story):
    source = SourceFactory(name="Rosa Ortiz")
    QuoteFactory(source=source, article=story())
    client.force_login(journalist)
    response = client.post(source_change_url(source), source_data(source, name="Rosa Ortiz-Quiñones"))
    assert response.status_code == 302
    source.refresh_from_db()
    assert source.name == "Rosa Ortiz-Quiñones"
    assert not SourceChange.objects.exists()


def test_a_journalist_renaming_a_public_sources_slug_only_proposes_it(client, journalist, quoted_source):
    client.force_login(journalist)
    client.post(source_change_url(quoted_source), source_data(quoted_source, slug="someone-else"))
    quoted_source.refresh_from_db()
    assert quoted_source.slug == "dana-whitfield"
    assert SourceChange.objects.get().proposed == {"slug": "someone-else"}
    client.logout()
    assert client.get(reverse("articles:source", kwargs={"slug": "dana-whitfield"})).status_code == 200


def test_the_quote_rows_popup_is_under_the_same_rule(client, journalist, quoted_source):
    client.force_login(journalist)
    url = source_change_url(quoted_source) + f"?{IS_POPUP_VAR}=1"
    data = source_data(quoted_source, name="Somebody Else", **{IS_POPUP_VAR: "1"})
    response = client.post(url, data)
    assert response.status_code == 200  # the popup's closing page
    assert "Somebody Else" not in response.content.decode()
    quoted_source.refresh_from_db()
    assert quoted_source.name == "Dana Whitfield"
    assert SourceChange.objects.pending().get().proposed == {"name": "Somebody Else"}


def test_a_journalists_second_proposal_replaces_their_first(client, journalist, quoted_source):
    client.force_login(journalist)
    client.post(source_change_url(quoted_source), source_data(quoted_source, title="Undersheriff"))
    client.post(source_change_url(quoted_source), source_data(quoted_source, title="Former sheriff"))
    first, second = SourceChange.objects.order_by("pk")
    assert (first.decision, second.decision) == (Decision.SUPERSEDED, Decision.PENDING)
    assert second.proposed == {"title": "Former sheriff"}


def test_journalists_may_still_create_sources(client, journalist):
    client.force_login(journalist)
    data = {"name": "Marisol Vega", "slug": "marisol-vega", "kind": "person"}
    response = client.post(reverse("admin:articles_source_add"), data)
    assert response.status_code == 302
    assert Source.objects.get().name == "Marisol Vega"
    assert not SourceChange.objects.exists()


def test_the_source_form_says_a_change_waits_and_offers_no_buttons_to_journalists(
    client, journalist, quoted_source
):
    client.force_login(journalist)
    html = client.get(source_change_url(quoted_source)).content.decode()
    assert "waits for an editor&#x27;s approval" in html or "waits for an editor's approval" in html
    client.post(source_change_url(quoted_source), source_data(quoted_source, name="Dana W."))
    html = client.get(source_change_url(quoted_source)).content.decode()
    assert "A change waits for an editor" in html and "Dana W." in html
    assert 'value="approve"' not in html


# --- the editor decides ------------------------------------------------------------------


def propose(journalist, source, **values):
    for name, value in values.items():
        setattr(source, name, value)
    return workflow.source_save(source=source, user=journalist)


def test_the_review_queue_and_the_source_form_show_the_pending_change_to_editors(
    client, editor, journalist, quoted_source
):
    propose(journalist, quoted_source, name="Dana Whitfield-Crook")
    client.force_login(editor)
    queue = client.get(reverse("admin:articles_article_review_queue")).content.decode()
    assert "Source changes awaiting approval (1)" in queue
    assert "Dana Whitfield-Crook" in queue and source_change_url(quoted_source) in queue
    form = client.get(source_change_url(quoted_source)).content.decode()
    assert "A change waits for an editor" in form and 'value="approve"' in form and 'value="reject"' in form


def test_a_journalist_sees_only_their_own_pending_changes_in_their_queue(
    client, journalist, other_journalist, quoted_source
):
    other = SourceFactory(name="Alan Burke")
    QuoteFactory(source=other, article=PublishedArticleFactory())
    propose(journalist, quoted_source, title="Undersheriff")
    propose(other_journalist, Source.objects.get(pk=other.pk), title="Mayor")
    client.force_login(journalist)
    queue = client.get(reverse("admin:articles_article_review_queue")).content.decode()
    assert "Undersheriff" in queue and "Mayor" not in queue


def test_an_approved_change_is_live_at_once_and_logged(
    client, editor, journalist, quoted_source, django_capture_on_commit_callbacks
):
    change = propose(journalist, quoted_source, name="Dana Whitfield-Crook", description="Retired.")
    assert "Sheriff since 2019." in source_page(client, quoted_source)  # cached for readers
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(decide_url(change), {"decision": "approve", "comment": "Checked with HR."})
    assert response.status_code == 302
    change.refresh_from_db()
    assert (change.decision, change.decided_by, change.comment) == (
        Decision.APPROVED,
        editor,
        "Checked with HR.",
    )
    assert change.decided_at is not None
    html = source_page(client, quoted_source)
    assert "Dana Whitfield-Crook" in html and "Retired." in html
    client.force_login(editor)
    log = client.get(source_change_url(quoted_source)).content.decode()
    assert "Changes to the public fields" in log and "Checked with HR." in log


def test_a_rejected_change_leaves_the_source_as_it_was(client, editor, journalist, quoted_source):
    change = propose(journalist, quoted_source, name="Dana Whitfield-Crook")
    client.force_login(editor)
    client.post(decide_url(change), {"decision": "reject", "comment": "Not her name."})
    change.refresh_from_db()
    quoted_source.refresh_from_db()
    assert change.decision == Decision.REJECTED and change.comment == "Not her name."
    assert quoted_source.name == "Dana Whitfield"
    with pytest.raises(workflow.TransitionError):
        workflow.source_change_approve(change=change, user=editor)


def test_a_journalist_posting_the_approve_button_is_refused(
    client, journalist, other_journalist, quoted_source
):
    change = propose(other_journalist, quoted_source, name="Dana Whitfield-Crook")
    client.force_login(journalist)
    response = client.post(decide_url(change), {"decision": "approve"})
    assert response.status_code == 403
    change.refresh_from_db()
    quoted_source.refresh_from_db()
    assert change.decision == Decision.PENDING and quoted_source.name == "Dana Whitfield"
    with pytest.raises(PermissionDenied):
        workflow.source_change_approve(change=change, user=other_journalist)


def test_approval_is_refused_when_the_source_changed_since_the_proposal(
    client, editor, journalist, quoted_source
):
    change = propose(journalist, quoted_source, name="Dana Whitfield-Crook")
    fresh = Source.objects.get(pk=quoted_source.pk)
    fresh.name = "Dana R. Whitfield"
    workflow.source_save(source=fresh, user=editor)
    client.force_login(editor)
    response = client.post(decide_url(change), {"decision": "approve"}, follow=True)
    assert "changed after this was proposed" in response.content.decode()
    quoted_source.refresh_from_db()
    change.refresh_from_db()
    assert quoted_source.name == "Dana R. Whitfield" and change.decision == Decision.PENDING


def test_approval_is_refused_when_the_proposed_slug_was_taken_meanwhile(editor, journalist, quoted_source):
    change = propose(journalist, quoted_source, slug="d-whitfield")
    SourceFactory(slug="d-whitfield")
    with pytest.raises(workflow.TransitionError):
        workflow.source_change_approve(change=change, user=editor)
    quoted_source.refresh_from_db()
    assert quoted_source.slug == "dana-whitfield"


def test_an_editors_own_change_to_a_public_source_is_live_and_logged(client, editor, quoted_source):
    client.force_login(editor)
    client.post(source_change_url(quoted_source), source_data(quoted_source, title="Sheriff-coroner"))
    quoted_source.refresh_from_db()
    assert quoted_source.title == "Sheriff-coroner"
    change = SourceChange.objects.get()
    assert (change.decision, change.proposed_by, change.decided_by) == (Decision.APPLIED, editor, editor)
    assert change.previous["title"] == "Sheriff" and change.proposed == {"title": "Sheriff-coroner"}


def test_the_review_queue_runs_a_fixed_number_of_queries_whatever_the_pending_changes(
    client, editor, journalist, django_assert_max_num_queries
):
    for n in range(8):
        source = SourceFactory()
        QuoteFactory(source=source, article=PublishedArticleFactory())
        propose(JournalistFactory(username=f"reporter{n}"), source, title=f"Title {n}")
    client.force_login(editor)
    with django_assert_max_num_queries(16):
        response = client.get(reverse("admin:articles_article_review_queue"))
    assert "Source changes awaiting approval (8)" in response.content.decode()


def test_the_change_log_is_read_only_in_the_admin(client, editor, journalist, quoted_source):
    change = propose(journalist, quoted_source, name="Dana W.")
    client.force_login(editor)
    assert client.get(reverse("admin:articles_sourcechange_changelist")).status_code == 200
    detail = client.get(reverse("admin:articles_sourcechange_change", args=[change.pk]))
    assert detail.status_code == 200 and 'name="decision"' not in detail.content.decode()
    assert (
        client.post(
            reverse("admin:articles_sourcechange_delete", args=[change.pk]), {"post": "yes"}
        ).status_code
        == 403
    )


# --- merges and deletes ----------------------------------------------------------------


def test_a_journalist_cannot_delete_a_source_by_posting_directly(client, journalist):
    source = SourceFactory()
    client.force_login(journalist)
    response = client.post(reverse("admin:articles_source_delete", args=[source.pk]), {"post": "yes"})
    assert response.status_code == 403
    client.post(
        reverse("admin:articles_source_changelist"),
        {"action": "delete_selected", ACTION_CHECKBOX_NAME: [source.pk], "post": "yes"},
    )
    assert Source.objects.filter(pk=source.pk).exists()


def test_merging_takes_an_editor_not_just_the_merge_permissions(client):
    clerk = UserFactory(username="clerk", is_staff=True)
    clerk.user_permissions.add(
        *Permission.objects.filter(codename__in=["add_sourcemerge", "delete_source", "view_source"])
    )
    a, b = SourceFactory(), SourceFactory()
    assert not can_merge_sources(clerk)
    client.force_login(clerk)
    response = client.post(reverse("admin:articles_source_merge"), {"ids": f"{a.pk},{b.pk}", "keep": a.pk})
    assert response.status_code == 403
    assert Source.objects.count() == 2


def test_a_merge_closes_the_merged_records_pending_changes_and_its_log_follows(
    editor, journalist, quoted_source
):
    duplicate = SourceFactory(name="D. Whitfield")
    QuoteFactory(source=duplicate, article=PublishedArticleFactory())
    change = propose(journalist, duplicate, title="Sheriff (ret.)")
    source_merge(keep=quoted_source, merge=duplicate, user=editor)
    change.refresh_from_db()
    assert change.decision == Decision.REJECTED and change.source_id == quoted_source.pk
    assert "merged into" in change.comment
    assert not SourceChange.objects.pending().exists()


# --- tags -----------------------------------------------------------------------------


def test_a_journalist_cannot_merge_tags_through_the_tag_list(client, journalist):
    story = PublishedArticleFactory(tags=["Housing"])
    housing = Tag.objects.get(name="Housing")
    other = Tag.objects.create(name="Schools", slug="schools")
    client.force_login(journalist)
    changelist = reverse("admin:taggit_tag_changelist")
    assert "render_tag_form" not in client.get(changelist).content.decode()
    client.post(changelist, {"action": "render_tag_form", ACTION_CHECKBOX_NAME: [housing.pk, other.pk]})
    session = client.session
    session["selected_tag_ids"] = f"{housing.pk},{other.pk}"
    session.save()
    response = client.post(reverse("admin:taggit_tag_merge_tags"), {"new_tag_name": "Scandal"})
    assert response.status_code == 403
    assert list(story.tags.names()) == ["Housing"]
    assert not Tag.objects.filter(name="Scandal").exists()


def test_an_editor_merges_tags_and_the_kept_tags_stories_keep_it(client, editor):
    story = PublishedArticleFactory(tags=["Housing", "Homes"])
    only_kept = PublishedArticleFactory(tags=["Housing"])
    only_merged = PublishedArticleFactory(tags=["Homes"])
    ids = list(Tag.objects.filter(name__in=["Housing", "Homes"]).values_list("pk", flat=True))
    client.force_login(editor)
    client.post(
        reverse("admin:taggit_tag_changelist"), {"action": "render_tag_form", ACTION_CHECKBOX_NAME: ids}
    )
    client.post(reverse("admin:taggit_tag_merge_tags"), {"new_tag_name": "Housing"})
    assert list(story.tags.names()) == ["Housing"]
    assert list(only_kept.tags.names()) == ["Housing"]
    assert list(only_merged.tags.names()) == ["Housing"]


def test_a_journalist_cannot_rename_a_tag_or_retag_stories(client, journalist):
    story = PublishedArticleFactory(tags=["Housing"])
    tag = Tag.objects.get(name="Housing")
    client.force_login(journalist)
    response = client.post(
        reverse("admin:taggit_tag_change", args=[tag.pk]), {"name": "Scandal", "slug": "scandal"}
    )
    assert response.status_code == 403
    client.post(
        reverse("admin:taggit_tag_add"),
        {
            "name": "Scandal",
            "slug": "scandal",
            "tagged_items-TOTAL_FORMS": "1",
            "tagged_items-INITIAL_FORMS": "0",
            "tagged_items-0-content_type": story.tags.through.objects.get().content_type_id,
            "tagged_items-0-object_id": story.pk,
        },
    )
    tag.refresh_from_db()
    assert tag.name == "Housing"
    assert not TaggedItem.objects.filter(tag__name="Scandal").exists()
    assert list(story.tags.names()) == ["Housing"]


# --- sections ----------------------------------------------------------------------------


def test_a_journalist_cannot_add_rename_or_reorder_sections(client, journalist):
    section = SectionFactory(name="Politics", slug="politics")
    client.force_login(journalist)
    change = reverse("admin:articles_section_change", args=[section.pk])
    assert client.post(change, {"name": "Propaganda", "slug": "propaganda", "order": 0}).status_code == 403
    assert client.post(reverse("admin:articles_section_add"), {"name": "X", "slug": "x"}).status_code == 403
    listing = client.post(
        reverse("admin:articles_section_changelist"),
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": section.pk,
            "form-0-order": "9",
            "_save": "Save",
        },
    )
    assert listing.status_code in (200, 403)
    section.refresh_from_db()
    assert (section.name, section.order) == ("Politics", 0)
    assert not Section.objects.filter(slug="x").exists()


# --- a published story's parts change only through its working copy ----------------------


def _quote_inline_post(article, quote, text, **extra):
    return {
        "quotes-TOTAL_FORMS": "1",
        "quotes-INITIAL_FORMS": "1",
        "quotes-0-id": quote.pk,
        "quotes-0-article": article.pk,
        "quotes-0-source": quote.source_id,
        "quotes-0-obtained": "said",
        "quotes-0-text": text,
        "quotes-0-order": "0",
        "related_links-TOTAL_FORMS": "0",
        "related_links-INITIAL_FORMS": "0",
        **extra,
    }


@pytest.mark.parametrize("who", ["journalist", "editor"])
def test_inline_posts_on_a_live_published_story_are_refused(client, request, who):
    user = request.getfixturevalue(who)
    article = PublishedArticleFactory(authors=[user])
    quote = QuoteFactory(article=article, text="We will not cut patrols.")
    client.force_login(user)
    url = reverse("admin:articles_article_change", args=[article.pk])
    assert client.post(url, _quote_inline_post(article, quote, "Words never said.")).status_code == 403
    # A form claiming to be loaded before the last save is shown back as stale, never saved.
    stale = _quote_inline_post(article, quote, "Words never said.", loaded_version=article.edit_version - 1)
    client.post(url, stale)
    quote.refresh_from_db()
    assert quote.text == "We will not cut patrols."
    assert Quote.objects.filter(article=article).count() == 1
