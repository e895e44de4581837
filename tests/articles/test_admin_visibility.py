"""Other people's drafts stay theirs, on every admin surface: a journalist sees, finds and
picks only the stories they may see (``articles_visible_to``), a posted id of any other
story is refused like one that does not exist, and nothing names a hidden story.

Every test has the same newsroom: Jo (the journalist signed in) with a draft of her own,
Kim with a draft and a scheduled story, and a published story."""

import pytest
from django.urls import reverse

from articles import workflow
from articles.admin.article import HIDDEN_STORY
from articles.history import versions_for_article
from articles.models import Article, RelatedLink
from newsroom.admin import UNNAMED_PERSON
from tests.articles.test_admin_workflow import change_data, change_url, text_of
from tests.factories import (
    ArticleFactory,
    JournalistFactory,
    PublishedArticleFactory,
    QuoteFactory,
    RelatedLinkFactory,
    ScheduledArticleFactory,
    SourceFactory,
)

INVALID_CHOICE = "Select a valid choice. That choice is not one of the available choices."


@pytest.fixture
def newsroom(journalist, other_journalist):
    return {
        "own": ArticleFactory(authors=[journalist], headline="Harbor dredging stalls", tags=["harbor"]),
        "hidden": ArticleFactory(
            authors=[other_journalist],
            headline="Mayor quietly weighs a run for Senate",
            dek="Harbor donors are said to be lining up.",
            tags=["senate-bid"],
        ),
        "scheduled": ScheduledArticleFactory(
            authors=[other_journalist], headline="Embargoed harbor audit findings"
        ),
        "published": PublishedArticleFactory(authors=[other_journalist], headline="Harbor fees go up"),
    }


def hidden_headlines(newsroom):
    return [newsroom["hidden"].headline, newsroom["scheduled"].headline]


def autocomplete(client, model_name, field_name, term=""):
    response = client.get(
        reverse("admin:autocomplete"),
        {"term": term, "app_label": "articles", "model_name": model_name, "field_name": field_name},
    )
    assert response.status_code == 200
    return response


def with_link(article, n, **fields):
    """``change_data`` plus one new related-link row."""
    data = change_data(article)
    data.update({"related_links-TOTAL_FORMS": n + 1})
    for name, value in fields.items():
        data[f"related_links-{n}-{name}"] = value
    data.setdefault(f"related_links-{n}-order", 0)
    return data


# --- autocompletes ------------------------------------------------------------------


@pytest.mark.django_db
def test_the_related_story_autocomplete_finds_only_stories_the_journalist_may_see(
    client, journalist, newsroom
):
    client.force_login(journalist)
    found = autocomplete(client, "relatedlink", "target_article", "harbor").json()["results"]
    assert {r["text"] for r in found} == {"Harbor dredging stalls", "Harbor fees go up"}
    listed = autocomplete(client, "relatedlink", "target_article").content.decode()
    assert not any(headline in listed for headline in hidden_headlines(newsroom))
    assert str(newsroom["hidden"].pk) not in [r["id"] for r in found]


@pytest.mark.django_db
def test_the_story_autocomplete_searches_headlines_only(client, editor, newsroom):
    client.force_login(editor)
    # "donors" is only in the hidden draft's dek, "dredging-stalls" only in a slug.
    assert autocomplete(client, "relatedlink", "target_article", "donors").json()["results"] == []
    assert autocomplete(client, "relatedlink", "target_article", "stalls").json()["results"] != []
    slug = newsroom["own"].slug
    assert autocomplete(client, "relatedlink", "target_article", slug).json()["results"] == []


@pytest.mark.django_db
def test_the_people_autocomplete_searches_names_never_login_names_or_email(client, journalist):
    reporter = JournalistFactory(
        username="dokafor", first_name="Daniel", last_name="Okafor", email="scoops@example.net"
    )
    nameless = JournalistFactory(username="night-desk-7", first_name="", last_name="")
    client.force_login(journalist)
    assert autocomplete(client, "articleauthor", "author", "Okafor").json()["results"] == [
        {"id": str(reporter.pk), "text": "Daniel Okafor"}
    ]
    assert autocomplete(client, "articleauthor", "author", "dokafor").json()["results"] == []
    assert autocomplete(client, "articleauthor", "author", "scoops").json()["results"] == []
    assert autocomplete(client, "articleauthor", "author", "example.net").json()["results"] == []
    everyone = autocomplete(client, "articleauthor", "author")
    assert "night-desk-7" not in everyone.content.decode()
    unnamed = {"id": str(nameless.pk), "text": UNNAMED_PERSON.format(pk=nameless.pk)}
    assert unnamed in everyone.json()["results"]


# --- posting another journalist's draft -------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("target", ["hidden", "scheduled"])
def test_linking_another_journalists_story_by_id_is_refused_like_a_missing_one(
    client, journalist, newsroom, target
):
    own, hidden = newsroom["own"], newsroom[target]
    client.force_login(journalist)
    refused = client.post(change_url(own), with_link(own, 0, target_article=hidden.pk))
    missing = client.post(change_url(own), with_link(own, 0, target_article=987654))
    assert refused.status_code == missing.status_code == 200
    errors = refused.context["inline_admin_formsets"][2].formset.errors
    assert errors[0]["target_article"] == [INVALID_CHOICE]
    assert errors == missing.context["inline_admin_formsets"][2].formset.errors
    page = refused.content.decode()
    # The refused row shows no story at all, as for a missing id: not even "one you cannot open".
    assert hidden.headline not in page and HIDDEN_STORY not in page
    assert not RelatedLink.objects.filter(article=own).exists()


@pytest.mark.django_db
def test_posting_another_storys_quote_and_link_rows_changes_nothing_there(client, journalist, newsroom):
    own, hidden = newsroom["own"], newsroom["hidden"]
    quote = QuoteFactory(article=hidden, text="Off the record, for now.")
    link = RelatedLinkFactory(article=hidden, target_article=newsroom["published"])
    data = change_data(own)
    data.update(
        {
            "quotes-TOTAL_FORMS": 1,
            "quotes-INITIAL_FORMS": 1,
            "quotes-0-id": quote.pk,
            "quotes-0-article": own.pk,
            "quotes-0-source": quote.source_id,
            "quotes-0-obtained": "said",
            "quotes-0-text": "Rewritten.",
            "quotes-0-order": 0,
            "quotes-0-DELETE": "on",
            "related_links-TOTAL_FORMS": 1,
            "related_links-INITIAL_FORMS": 1,
            "related_links-0-id": link.pk,
            "related_links-0-article": own.pk,
            "related_links-0-target_article": newsroom["published"].pk,
            "related_links-0-order": 0,
            "related_links-0-DELETE": "on",
        }
    )
    client.force_login(journalist)
    response = client.post(change_url(own), data)
    assert hidden.headline not in response.content.decode()
    quote.refresh_from_db()
    link.refresh_from_db()
    assert (quote.article_id, quote.text) == (hidden.pk, "Off the record, for now.")
    assert link.article_id == hidden.pk


@pytest.mark.django_db
def test_a_journalist_links_a_story_they_may_see(client, journalist, newsroom):
    own = newsroom["own"]
    client.force_login(journalist)
    response = client.post(change_url(own), with_link(own, 0, target_article=newsroom["published"].pk))
    assert response.status_code == 302
    assert RelatedLink.objects.get(article=own).target_article == newsroom["published"]


@pytest.mark.django_db
def test_an_editors_link_to_a_hidden_story_is_kept_but_not_named(client, journalist, newsroom):
    own, hidden = newsroom["own"], newsroom["hidden"]
    link = RelatedLinkFactory(article=own, target_article=hidden)
    client.force_login(journalist)
    page = client.get(change_url(own)).content.decode()
    assert hidden.headline not in page
    assert HIDDEN_STORY in page
    data = change_data(own, dek="A new dek.")
    data.update(
        {
            "related_links-TOTAL_FORMS": 1,
            "related_links-INITIAL_FORMS": 1,
            "related_links-0-id": link.pk,
            "related_links-0-article": own.pk,
            "related_links-0-target_article": hidden.pk,
            "related_links-0-order": 0,
        }
    )
    shown_again = client.post(change_url(own), {**data, "headline": ""})
    assert shown_again.status_code == 200
    assert hidden.headline not in shown_again.content.decode()
    assert HIDDEN_STORY in shown_again.content.decode()
    assert client.post(change_url(own), data).status_code == 302
    link.refresh_from_db()
    assert link.target_article == hidden
    assert Article.objects.get(pk=hidden.pk).headline == "Mayor quietly weighs a run for Senate"


@pytest.mark.django_db
def test_a_read_only_story_names_no_hidden_link_target_nor_its_address(client, journalist, newsroom):
    published, scheduled = newsroom["published"], newsroom["scheduled"]
    RelatedLinkFactory(article=published, target_article=scheduled)
    client.force_login(journalist)
    page = client.get(change_url(published)).content.decode()
    assert scheduled.headline not in page
    assert change_url(scheduled) not in page
    assert HIDDEN_STORY in page


# --- the story list -----------------------------------------------------------------


@pytest.mark.django_db
def test_the_story_list_filters_offer_nothing_from_hidden_stories(client, journalist, newsroom):
    secret_author = JournalistFactory(username="vee", first_name="Vera", last_name="Quill")
    ArticleFactory(authors=[secret_author], headline="Vera's draft", tags=["acme-merger"])
    client.force_login(journalist)
    listing = client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert "acme-merger" not in listing and "senate-bid" not in listing
    # The tag search finds only the stories the journalist may see.
    changelist = reverse("admin:articles_article_changelist")
    assert client.get(changelist, {"tag": "harbor"}).context["cl"].result_count >= 1
    assert client.get(changelist, {"tag": "acme"}).context["cl"].result_count == 0
    assert "Vera Quill" not in listing
    assert not any(headline in listing for headline in hidden_headlines(newsroom))


@pytest.mark.django_db
def test_the_tag_list_leaves_out_tags_only_hidden_stories_carry(client, journalist, editor, newsroom):
    from taggit.models import Tag

    Tag.objects.create(name="unused", slug="unused")
    tags = reverse("admin:taggit_tag_changelist")
    client.force_login(journalist)
    listed = {tag.name for tag in client.get(tags).context["cl"].result_list}
    assert listed == {"harbor", "unused"}
    hidden_tag = Tag.objects.get(name="senate-bid")
    assert client.get(reverse("admin:taggit_tag_change", args=[hidden_tag.pk])).status_code == 302
    client.force_login(editor)
    assert {tag.name for tag in client.get(tags).context["cl"].result_list} == {
        "harbor",
        "senate-bid",
        "unused",
    }


@pytest.mark.django_db
def test_another_journalists_pending_changes_to_a_published_story_stay_hidden(
    client, journalist, other_journalist, newsroom
):
    published = newsroom["published"]
    copy = workflow.article_start_edit(article=published, user=other_journalist)
    client.force_login(journalist)
    listing = client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert "changes pending" not in listing
    page = client.get(change_url(published)).content.decode()
    assert change_url(copy) not in page
    assert "working copy" not in page
    client.force_login(other_journalist)
    assert change_url(copy) in client.get(change_url(published)).content.decode()


# --- sources ------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_sources_stories_list_leaves_out_other_journalists_drafts(client, journalist, newsroom):
    source = SourceFactory(name="Rosa Ortiz")
    for story in newsroom.values():
        QuoteFactory(article=story, source=source)
    client.force_login(journalist)
    page = client.get(reverse("admin:articles_source_change", args=[source.pk])).content.decode()
    assert "Harbor dredging stalls" in page and "Harbor fees go up" in page
    assert not any(headline in page for headline in hidden_headlines(newsroom))


@pytest.mark.django_db
def test_the_source_list_counts_quotes_in_the_stories_the_journalist_may_see(
    client, journalist, editor, newsroom
):
    source = SourceFactory(name="Rosa Ortiz")
    for story in newsroom.values():
        QuoteFactory(article=story, source=source)
    changelist = reverse("admin:articles_source_changelist")

    def count_for(user):
        client.force_login(user)
        rows = client.get(changelist).context["cl"].result_list
        return next(row.quote_total for row in rows if row.pk == source.pk)

    assert count_for(journalist) == 2
    assert count_for(editor) == 4


@pytest.mark.django_db
def test_source_usage_counts_published_stories_only(client, journalist, newsroom):
    source = SourceFactory(name="Rosa Ortiz")
    for story in newsroom.values():
        QuoteFactory(article=story, source=source)
    client.force_login(journalist)
    usage = client.get(reverse("admin:articles_source_usage"), {"ids": str(source.pk)})
    row = usage.json()["sources"][str(source.pk)]
    assert row["quotes_total"] == 1
    assert [s["headline"] for s in row["stories"]] == ["Harbor fees go up"]


# --- history, compare, restore ------------------------------------------------------


@pytest.fixture
def versions_linking_a_hidden_story(journalist, editor, newsroom):
    """Jo's draft saved twice by an editor: with a link to Kim's draft, then without."""
    own = Article.objects.get(pk=newsroom["own"].pk)
    workflow.article_saved(article=own, user=journalist)
    link = RelatedLinkFactory(article=own, target_article=newsroom["hidden"])
    workflow.article_saved(article=own, user=editor)
    link.delete()
    workflow.article_saved(article=own, user=editor)
    return own, list(versions_for_article(own))


@pytest.mark.django_db
def test_comparing_versions_does_not_name_a_hidden_linked_story(
    client, journalist, editor, newsroom, versions_linking_a_hidden_story
):
    own, (newest, linked, _first) = versions_linking_a_hidden_story
    hidden = newsroom["hidden"]
    compare = reverse("admin:articles_article_compare", args=[own.pk])
    client.force_login(journalist)
    html = text_of(client.get(compare, {"from": linked.pk, "to": newest.pk}))
    assert HIDDEN_STORY in html
    assert hidden.headline not in html and f"#{hidden.pk}" not in html
    client.force_login(editor)
    assert hidden.headline in text_of(client.get(compare, {"from": linked.pk, "to": newest.pk}))


@pytest.mark.django_db
def test_the_restore_page_does_not_name_a_hidden_linked_story(
    client, journalist, newsroom, versions_linking_a_hidden_story
):
    own, (_newest, linked, _first) = versions_linking_a_hidden_story
    client.force_login(journalist)
    html = text_of(client.get(reverse("admin:articles_article_restore", args=[own.pk, linked.pk])))
    assert HIDDEN_STORY in html
    assert newsroom["hidden"].headline not in html


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["history", "compare", "find_quotes", "preview"])
def test_another_journalists_draft_pages_are_missing_like_a_story_that_does_not_exist(
    client, journalist, other_journalist, newsroom, page
):
    hidden = newsroom["hidden"]
    workflow.article_saved(article=hidden, user=other_journalist)

    def url(pk):
        return {
            "history": reverse("admin:articles_article_history", args=[pk]),
            "compare": reverse("admin:articles_article_compare", args=[pk]) + "?from=1&to=2",
            "find_quotes": reverse("quote_finder:find", args=[pk]),
            "preview": reverse("articles:preview", args=[pk]),
        }[page]

    client.force_login(journalist)
    refused, missing = client.get(url(hidden.pk)), client.get(url(987654))
    assert refused.status_code == missing.status_code == 404
    assert hidden.headline not in refused.content.decode()


@pytest.mark.django_db
def test_view_on_site_does_not_redirect_to_another_journalists_story(client, journalist, newsroom):
    from django.contrib.contenttypes.models import ContentType

    story_type = ContentType.objects.get_for_model(Article).pk

    def view_on_site(pk):
        return client.get(reverse("admin:view_on_site", args=[story_type, pk]))

    client.force_login(journalist)
    assert view_on_site(newsroom["hidden"].pk).status_code == 404
    assert view_on_site(newsroom["scheduled"].pk).status_code == 404
    assert view_on_site(987654).status_code == 404
    assert view_on_site(newsroom["own"].pk).status_code == 302
    assert view_on_site(newsroom["published"].pk)["Location"].endswith(
        newsroom["published"].get_absolute_url()
    )


# --- the review queue ---------------------------------------------------------------


@pytest.mark.django_db
def test_the_journalists_queue_lists_only_their_own_stories(client, journalist, other_journalist, newsroom):
    theirs = ArticleFactory(authors=[other_journalist], headline="Kim's story in review")
    workflow.article_submit(article=theirs, user=other_journalist)
    client.force_login(journalist)
    html = text_of(client.get(reverse("admin:articles_article_review_queue")))
    assert "Harbor dredging stalls" in html
    assert "Kim's story in review" not in html
    assert not any(headline in html for headline in hidden_headlines(newsroom))
