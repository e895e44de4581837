"""The editing desk: the story form's status bar and its actions, taking a submission back,
confirmations, the lead image after an error, "Save and find quotes", tag chips and their
autocomplete, the quote check shown to the journalist, and compare word by word."""

import pytest
from django.urls import reverse

from articles import workflow
from articles.admin.article import LEAD_IMAGE_NOT_SAVED
from articles.admin.workflow_views import CONFIRMATIONS
from articles.models import Article, ArticleEvent
from tests.articles.test_admin_workflow import change_data, text_of
from tests.factories import (
    ArticleFactory,
    PublishedArticleFactory,
    QuoteFactory,
    SectionFactory,
    SourceFactory,
    image_file,
)

pytestmark = pytest.mark.django_db

Status = Article.Status
BODY = "<p>“We will not cut patrols,” the sheriff said.</p>"


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def bar_of(html: str) -> str:
    start = html.index('id="workflow-status"')
    return html[start : html.index('<fieldset class="module', start)]


def test_the_status_bar_sits_above_the_form_with_the_editors_actions(client, editor, journalist):
    article = ArticleFactory(authors=[journalist], body=BODY, status=Status.IN_REVIEW)
    ArticleEvent.objects.create(
        article=article,
        user=journalist,
        action="submit",
        from_status="draft",
        to_status="in_review",
        comment="Sheriff's figures checked.",
    )
    client.force_login(editor)
    html = client.get(change_url(article)).content.decode()
    bar = bar_of(html)
    assert html.index('id="workflow-status"') < html.index('id="id_headline"')
    for action in ('value="approve"', 'href="#wf-action-schedule"', 'href="#wf-action-return"'):
        assert action in bar
    assert 'name="_continue"' in bar  # the first button of the form: Enter saves, nothing else
    assert "Sheriff&#x27;s figures checked." in bar or "Sheriff's figures checked." in bar


def test_the_author_takes_a_submission_back_from_the_bar(client, journalist, editor, mailoutbox):
    article = ArticleFactory(authors=[journalist], body=BODY, status=Status.IN_REVIEW)
    client.force_login(journalist)
    bar = bar_of(client.get(change_url(article)).content.decode())
    assert 'value="take_back"' in bar and "data-confirm=" in bar
    response = client.post(
        reverse("admin:articles_article_workflow", args=[article.pk]),
        {"_workflow": "take_back", "workflow_version": article.edit_version, "workflow_note": "Wrong total."},
        follow=True,
    )
    article.refresh_from_db()
    assert article.status == Status.DRAFT
    assert "the editors have been told" in text_of(response)
    assert ArticleEvent.objects.filter(article=article, action="take_back", comment="Wrong total.").exists()
    # Editable again: the form has its fields back.
    assert 'id="id_headline"' in response.content.decode()


def test_an_editor_returns_rather_than_takes_back(client, editor):
    article = ArticleFactory(authors=[editor], body=BODY, status=Status.IN_REVIEW)
    client.force_login(editor)
    assert 'value="take_back"' not in client.get(change_url(article)).content.decode()


def test_discarding_changes_asks_first_naming_what_will_be_lost(client, journalist):
    live = PublishedArticleFactory(authors=[journalist], body=BODY)
    copy = workflow.article_start_edit(article=live, user=journalist)
    client.force_login(journalist)
    html = client.get(change_url(copy)).content.decode()
    button = html[html.index('value="discard_changes"') :][:600]
    assert "data-confirm=" in button and "text, quotes, links, tags, image" in button
    assert CONFIRMATIONS["withdraw"].startswith("Withdraw this story?")


def test_after_an_error_the_form_says_the_chosen_image_was_not_saved(client, journalist):
    article = ArticleFactory(authors=[journalist], body=BODY)
    client.force_login(journalist)
    data = change_data(article, headline="")
    data["lead_image"] = image_file("harbor.jpg")
    response = client.post(change_url(article), data)
    html = text_of(response)
    assert response.status_code == 200 and "errornote" in html
    assert LEAD_IMAGE_NOT_SAVED.format(name="harbor.jpg") in html
    assert "harbor.jpg" not in html.replace(LEAD_IMAGE_NOT_SAVED.format(name="harbor.jpg"), "")
    article.refresh_from_db()
    assert not article.lead_image


def test_save_and_find_quotes_from_the_first_save(client, journalist):
    section = SectionFactory()
    client.force_login(journalist)
    response = client.post(
        reverse("admin:articles_article_add"),
        {
            "section": section.pk,
            "headline": "Ferry service resumes",
            "slug": "ferry-service-resumes",
            "body": BODY,
            "bylines-TOTAL_FORMS": "0",
            "bylines-INITIAL_FORMS": "0",
            "quotes-TOTAL_FORMS": "0",
            "quotes-INITIAL_FORMS": "0",
            "related_links-TOTAL_FORMS": "0",
            "related_links-INITIAL_FORMS": "0",
            "_findquotes": "1",
        },
    )
    article = Article.objects.get(slug="ferry-service-resumes")
    assert response.status_code == 302
    assert response["Location"] == reverse("quote_finder:find", args=[article.pk])
    assert 'name="_findquotes"' in client.get(reverse("admin:articles_article_add")).content.decode()


def test_the_journalist_sees_the_quote_check_before_submitting(client, journalist):
    article = ArticleFactory(authors=[journalist], body=BODY)
    QuoteFactory(article=article, source=SourceFactory(name="Walter Ibarra"), text="We will add patrols.")
    client.force_login(journalist)
    bar = text_of(client.get(change_url(article)))
    assert "Quote check: 1 quote not found word for word in the body" in bar
    assert "Walter Ibarra: “We will add patrols.”" in bar


def test_tags_are_chips_and_a_new_tag_with_spaces_stays_one_tag(client, journalist):
    article = ArticleFactory(authors=[journalist], body=BODY, tags=["transit"])
    client.force_login(journalist)
    html = client.get(change_url(article)).content.decode()
    assert 'class="newsroom-tag-chips"' in html and "multiple" in html
    assert '<option value="transit" selected>transit</option>' in html
    data = change_data(article)
    data["tags"] = ["transit", "City Hall"]
    client.post(change_url(article), data)
    assert sorted(article.tags.names()) == ["City Hall", "transit"]


def test_the_tag_autocomplete_offers_only_tags_the_user_may_see(client, journalist, other_journalist):
    ArticleFactory(authors=[journalist], tags=["harbor budget"])
    ArticleFactory(authors=[other_journalist], tags=["harbor merger"])
    PublishedArticleFactory(authors=[other_journalist], tags=["harbor ferry"])
    client.force_login(journalist)
    url = reverse("admin:articles_article_tag_autocomplete")
    found = [r["text"] for r in client.get(url, {"term": "HARBOR"}).json()["results"]]
    assert found == ["harbor budget", "harbor ferry"]


def test_the_transition_log_reads_as_what_happened(client, journalist):
    live = PublishedArticleFactory(authors=[journalist], body=BODY)
    copy = workflow.article_start_edit(article=live, user=journalist)
    client.force_login(journalist)
    html = text_of(client.get(reverse("admin:articles_article_history", args=[copy.pk])))
    assert "<td>Started editing a copy of the published story</td> <td>—</td>" in html
    assert "Published → Draft" not in html


def test_a_quote_rows_title_is_shortened_at_a_word_boundary():
    source = SourceFactory(name="Walter Ibarra")
    quote = QuoteFactory(
        source=source,
        text="Cameras protect the public and they protect my deputies, and the footage settles arguments.",
    )
    assert str(quote) == "Walter Ibarra: “Cameras protect the public and they protect my deputies, and…”"


def test_a_refused_admin_request_gets_a_friendly_page_that_says_why(client, journalist):
    article = ArticleFactory(authors=[journalist], body=BODY)
    client.force_login(journalist)
    response = client.post(reverse("admin:articles_article_change", args=[article.pk]), {"_saveasnew": "1"})
    assert response.status_code == 403
    html = text_of(response)
    assert "Stories cannot be copied with “Save as new”." in html
    assert "You are signed in as" in html and "Journalists" in html
    assert 'id="content-main"' in html  # the admin's own page, not a bare "403 Forbidden"
