"""The workflow through HTTP with logged-in users: the change form's buttons, crafted and
inline-only POSTs, "save as new", list actions, deletes, stale saves, the review queue,
history, compare and restore."""

import re
from datetime import timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse
from django.utils import timezone

from articles import workflow
from articles.admin.article import VERSION_MISSING
from articles.history import versions_for_article
from articles.models import Article, ArticleEvent, Quote
from tests.factories import (
    ArticleFactory,
    PublishedArticleFactory,
    QuoteFactory,
    ScheduledArticleFactory,
    SectionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

Status = Article.Status
BODY = "<p>“We will not cut patrols,” the sheriff said.</p>"


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def action_url(article):
    return reverse("admin:articles_article_workflow", args=[article.pk])


def change_data(article, **overrides):
    """What the change form posts for ``article`` as it stands, with ``overrides``."""
    article = Article.objects.get(pk=article.pk)
    data = {
        "section": article.section_id,
        "kicker": article.kicker,
        "headline": article.headline,
        "slug": article.slug,
        "dek": article.dek,
        "body": article.body,
        "tags": ", ".join(t.name for t in article.tags.all()),
        "byline_override": article.byline_override,
        "lead_image_alt": article.lead_image_alt,
        "lead_image_caption": article.lead_image_caption,
        "lead_image_credit": article.lead_image_credit,
        "loaded_version": article.edit_version,
    }
    if article.is_featured:
        data["is_featured"] = "on"
    bylines = list(article.bylines.all())
    data.update({"bylines-TOTAL_FORMS": len(bylines), "bylines-INITIAL_FORMS": len(bylines)})
    for n, b in enumerate(bylines):
        data.update(
            {
                f"bylines-{n}-id": b.pk,
                f"bylines-{n}-article": article.pk,
                f"bylines-{n}-author": b.author_id,
                f"bylines-{n}-order": b.order,
            }
        )
    quotes = list(article.quotes.all())
    data.update({"quotes-TOTAL_FORMS": len(quotes), "quotes-INITIAL_FORMS": len(quotes)})
    for n, q in enumerate(quotes):
        data.update(
            {
                f"quotes-{n}-id": q.pk,
                f"quotes-{n}-article": article.pk,
                f"quotes-{n}-source": q.source_id,
                f"quotes-{n}-obtained": q.obtained,
                f"quotes-{n}-text": q.text,
                f"quotes-{n}-order": q.order,
            }
        )
    data.update({"related_links-TOTAL_FORMS": 0, "related_links-INITIAL_FORMS": 0})
    data.update(overrides)
    return data


def text_of(response) -> str:
    return " ".join(response.content.decode().split())


@pytest.fixture
def superuser(db):
    return UserFactory(username="root", is_staff=True, is_superuser=True)


# --- creating and editing ----------------------------------------------------------


def test_a_new_story_is_a_draft_with_its_creator_on_the_byline(client, journalist):
    section = SectionFactory()
    client.force_login(journalist)
    data = {
        "section": section.pk,
        "headline": "Ferry service resumes",
        "slug": "ferry-service-resumes",
        "body": "<p>Boats are back.</p>",
        "tags": "",
        "status": "published",  # not a form field: must be ignored
        # The empty byline row, as the browser posts it.
        "bylines-TOTAL_FORMS": "1",
        "bylines-INITIAL_FORMS": "0",
        "bylines-0-author": "",
        "bylines-0-order": "0",
        "quotes-TOTAL_FORMS": "0",
        "quotes-INITIAL_FORMS": "0",
        "related_links-TOTAL_FORMS": "0",
        "related_links-INITIAL_FORMS": "0",
    }
    response = client.post(reverse("admin:articles_article_add"), data)
    assert response.status_code == 302
    article = Article.objects.get(slug="ferry-service-resumes")
    assert article.status == Status.DRAFT
    assert list(article.authors.all()) == [journalist]
    assert article.last_edited_by == journalist


def test_the_author_saves_and_submits_in_one_click(
    client, journalist, editor, mailoutbox, django_capture_on_commit_callbacks
):
    article = ArticleFactory(authors=[journalist], body=BODY)
    client.force_login(journalist)
    data = change_data(article, headline="Sheriff keeps patrols", _workflow="submit", workflow_note="Ready.")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(change_url(article), data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.headline, article.status) == ("Sheriff keeps patrols", Status.IN_REVIEW)
    assert ArticleEvent.objects.get(article=article).comment == "Ready."
    assert [m.to for m in mailoutbox] == [[editor.email]]


def test_a_journalist_cannot_set_the_featured_flag(client, journalist):
    article = ArticleFactory(authors=[journalist])
    client.force_login(journalist)
    client.post(change_url(article), change_data(article, is_featured="on"))
    article.refresh_from_db()
    assert article.is_featured is False


# --- what journalists cannot do, however they ask -----------------------------------


@pytest.mark.parametrize("status", [Status.IN_REVIEW, Status.SCHEDULED])
def test_a_story_in_review_or_scheduled_is_frozen_for_its_author(client, journalist, status):
    article = (ScheduledArticleFactory if status == Status.SCHEDULED else ArticleFactory)(
        authors=[journalist], status=status
    )
    client.force_login(journalist)
    page = client.get(change_url(article))
    assert page.status_code == 200
    assert 'name="headline"' not in page.content.decode()  # read-only view
    response = client.post(change_url(article), change_data(article, headline="Sneaky edit"))
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.headline != "Sneaky edit"
    assert article.status == status


def test_an_inline_only_post_to_a_frozen_story_is_refused(client, journalist):
    article = ArticleFactory(authors=[journalist], status=Status.IN_REVIEW, body=BODY)
    quote = QuoteFactory(article=article, text="We will not cut patrols.")
    client.force_login(journalist)
    data = {
        "quotes-TOTAL_FORMS": "1",
        "quotes-INITIAL_FORMS": "1",
        "quotes-0-id": quote.pk,
        "quotes-0-article": article.pk,
        "quotes-0-source": quote.source_id,
        "quotes-0-obtained": "said",
        "quotes-0-text": "Words the sheriff never said.",
        "quotes-0-order": "0",
    }
    response = client.post(change_url(article), data)
    assert response.status_code == 403
    quote.refresh_from_db()
    assert quote.text == "We will not cut patrols."


def test_a_journalist_cannot_edit_a_published_story_in_place(client, journalist):
    article = PublishedArticleFactory(authors=[journalist])
    client.force_login(journalist)
    response = client.post(change_url(article), change_data(article, headline="Changed live"))
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.headline != "Changed live"


def test_a_journalist_cannot_reach_someone_elses_draft(client, journalist, other_journalist):
    article = ArticleFactory(authors=[other_journalist], headline="Kim's scoop")
    client.force_login(journalist)
    listing = client.get(reverse("admin:articles_article_changelist"))
    assert (
        "Kim&#x27;s scoop" not in listing.content.decode() and "Kim's scoop" not in listing.content.decode()
    )
    client.post(change_url(article), change_data(article, headline="Hijacked"))
    client.post(action_url(article), {"_workflow": "submit", "workflow_version": article.edit_version})
    article.refresh_from_db()
    assert (article.headline, article.status) == ("Kim's scoop", Status.DRAFT)


@pytest.mark.parametrize("action", ["approve", "schedule", "publish_changes", "withdraw", "correct"])
def test_a_journalist_posting_an_editors_button_on_their_draft_is_refused(client, journalist, action):
    article = ArticleFactory(authors=[journalist], body=BODY)
    client.force_login(journalist)
    data = change_data(
        article, headline="Edited too", _workflow=action, workflow_publish_at="2099-01-01T08:00"
    )
    response = client.post(change_url(article), data)
    assert response.status_code == 200
    assert "Edited too" in response.content.decode()  # the typed text is shown back
    article.refresh_from_db()
    assert article.status == Status.DRAFT
    assert article.headline != "Edited too"  # nothing half-saved


@pytest.mark.parametrize(
    "factory,action,extra",
    [
        (lambda j: ArticleFactory(authors=[j], status=Status.IN_REVIEW, body=BODY), "approve", {}),
        (
            lambda j: ArticleFactory(authors=[j], status=Status.IN_REVIEW, body=BODY),
            "return",
            {"workflow_comment": "x"},
        ),
        (lambda j: ScheduledArticleFactory(authors=[j]), "publish_now", {}),
        (lambda j: ScheduledArticleFactory(authors=[j]), "unschedule", {}),
        (lambda j: PublishedArticleFactory(authors=[j]), "withdraw", {"workflow_reason": "Because."}),
        (lambda j: PublishedArticleFactory(authors=[j]), "correct", {"workflow_correction": "Oops."}),
    ],
)
def test_a_journalist_crafting_a_workflow_post_changes_nothing(client, journalist, factory, action, extra):
    article = factory(journalist)
    status = article.status
    client.force_login(journalist)
    response = client.post(
        action_url(article), {"_workflow": action, "workflow_version": article.edit_version, **extra}
    )
    assert response.status_code == 200
    assert workflow.NOT_AN_EDITOR in response.content.decode()
    article.refresh_from_db()
    assert article.status == status
    assert not article.corrections.exists()


def test_save_as_new_is_refused(client, editor):
    article = ArticleFactory(authors=[editor], status=Status.IN_REVIEW)
    client.force_login(editor)
    response = client.post(change_url(article), change_data(article, _saveasnew="Save as new"))
    assert response.status_code == 403
    assert Article.objects.count() == 1


def test_a_journalist_cannot_run_editors_list_actions(client, journalist):
    article = ArticleFactory(authors=[journalist], status=Status.IN_REVIEW, body=BODY)
    client.force_login(journalist)
    client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "approve_selected", "_selected_action": [article.pk]},
    )
    article.refresh_from_db()
    assert article.status == Status.IN_REVIEW


def test_an_editor_approves_from_the_list_and_refusals_are_reported(client, editor, journalist):
    ready = ArticleFactory(authors=[journalist], status=Status.IN_REVIEW, body=BODY)
    draft = ArticleFactory(authors=[journalist], headline="Still a draft")
    client.force_login(editor)
    response = client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "approve_selected", "_selected_action": [ready.pk, draft.pk]},
        follow=True,
    )
    ready.refresh_from_db()
    draft.refresh_from_db()
    assert ready.status == Status.PUBLISHED
    assert draft.status == Status.DRAFT
    assert "Still a draft" in response.content.decode()


def test_a_journalist_submits_own_drafts_from_the_list_but_not_others(client, journalist, other_journalist):
    mine = ArticleFactory(authors=[journalist])
    theirs = ArticleFactory(authors=[other_journalist])
    client.force_login(journalist)
    client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "submit_selected", "_selected_action": [mine.pk, theirs.pk]},
    )
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert (mine.status, theirs.status) == (Status.IN_REVIEW, Status.DRAFT)


def test_nobody_but_a_superuser_deletes_a_published_story(client, editor, journalist, superuser):
    article = PublishedArticleFactory(authors=[journalist])
    delete_url = reverse("admin:articles_article_delete", args=[article.pk])
    for user in (journalist, editor):
        client.force_login(user)
        assert client.post(delete_url, {"post": "yes"}).status_code == 403
        client.post(
            reverse("admin:articles_article_changelist"),
            {"action": "delete_selected", "_selected_action": [article.pk], "post": "yes"},
        )
        assert Article.objects.filter(pk=article.pk).exists()
    client.force_login(superuser)
    client.post(delete_url, {"post": "yes"})
    assert not Article.objects.filter(pk=article.pk).exists()


# --- editors' buttons ---------------------------------------------------------------


def test_an_editor_schedules_with_a_time_from_the_form(
    client, editor, journalist, mailoutbox, django_capture_on_commit_callbacks
):
    article = ArticleFactory(authors=[journalist], status=Status.IN_REVIEW, body=BODY)
    client.force_login(editor)
    when = timezone.localtime(timezone.now() + timedelta(days=1)).replace(second=0, microsecond=0)
    data = change_data(article, _workflow="schedule", workflow_publish_at=when.strftime("%Y-%m-%dT%H:%M"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(change_url(article), data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.status, article.scheduled_at) == (Status.SCHEDULED, when)
    assert [m.to for m in mailoutbox] == [[journalist.email]]


def test_returning_without_a_comment_shows_the_form_again_with_nothing_saved(client, editor, journalist):
    article = ArticleFactory(authors=[journalist], status=Status.IN_REVIEW, body=BODY)
    client.force_login(editor)
    data = change_data(article, dek="An editor's new dek", _workflow="return", workflow_comment="")
    response = client.post(change_url(article), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert workflow.COMMENT_REQUIRED.replace("’", "&#x27;") in html or workflow.COMMENT_REQUIRED in html
    assert "An editor&#x27;s new dek" in html or "An editor's new dek" in html
    article.refresh_from_db()
    assert article.status == Status.IN_REVIEW
    assert article.dek != "An editor's new dek"


def test_the_quote_gate_refuses_approval_through_the_form_listing_the_quote(client, editor, journalist):
    article = ArticleFactory(authors=[journalist], status=Status.IN_REVIEW, body=BODY)
    QuoteFactory(article=article, text="Nobody said this.")
    client.force_login(editor)
    response = client.post(change_url(article), change_data(article, _workflow="approve"))
    assert response.status_code == 200
    assert "Nobody said this." in response.content.decode()
    article.refresh_from_db()
    assert article.status == Status.IN_REVIEW


def test_withdrawing_a_story_makes_its_address_gone(
    client, editor, journalist, django_capture_on_commit_callbacks
):
    article = PublishedArticleFactory(authors=[journalist])
    public_url = article.get_absolute_url()
    assert client.get(public_url).status_code == 200  # and now in the page cache
    client.force_login(editor)
    data = {
        "_workflow": "withdraw",
        "workflow_version": article.edit_version,
        "workflow_reason": "Legal advice.",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(action_url(article), data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.status, article.withdrawn_reason) == (Status.WITHDRAWN, "Legal advice.")
    client.logout()
    assert client.get(public_url).status_code == 410


def test_a_published_story_is_edited_through_its_working_copy(
    client, journalist, editor, django_capture_on_commit_callbacks
):
    live = PublishedArticleFactory(authors=[journalist], headline="Bridge closes", body=BODY)
    public_url = live.get_absolute_url()
    client.force_login(journalist)
    response = client.post(
        action_url(live), {"_workflow": "start_edit", "workflow_version": live.edit_version}
    )
    copy = Article.objects.get(live_article=live)
    assert response["Location"] == change_url(copy)
    client.post(
        change_url(copy), change_data(copy, headline="Bridge closes for two weeks", _workflow="submit")
    )
    client.logout()
    assert "Bridge closes for two weeks" not in client.get(public_url).content.decode()

    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(change_url(copy), change_data(copy, _workflow="approve_changes"))
    assert response["Location"] == change_url(live)
    assert LogEntry.objects.filter(user=editor).latest("action_time").object_id == str(live.pk)
    client.logout()
    assert "Bridge closes for two weeks" in client.get(public_url).content.decode()


# --- stale saves ----------------------------------------------------------------------


def test_a_stale_save_is_refused_naming_who_saved_and_keeping_the_text(client, journalist, editor):
    article = ArticleFactory(authors=[journalist], body=BODY)
    stale = change_data(article, dek="My careful new dek")
    workflow.article_save(article=Article.objects.get(pk=article.pk), user=editor, expected_version=1)

    client.force_login(journalist)
    response = client.post(change_url(article), stale)
    assert response.status_code == 200
    html = text_of(response)
    assert editor.get_full_name() in html
    assert "My careful new dek" in html
    article.refresh_from_db()
    assert article.dek != "My careful new dek"
    assert article.last_edited_by == editor


def test_a_save_without_the_loaded_version_is_refused(client, journalist):
    article = ArticleFactory(authors=[journalist])
    data = change_data(article, dek="No version")
    del data["loaded_version"]
    client.force_login(journalist)
    response = client.post(change_url(article), data)
    assert response.status_code == 200
    assert VERSION_MISSING.split(";")[0] in response.content.decode()
    article.refresh_from_db()
    assert article.dek != "No version"


def test_scheduling_from_a_stale_form_is_refused(client, editor, journalist):
    article = ArticleFactory(authors=[journalist], status=Status.IN_REVIEW, body=BODY)
    stale = change_data(article, _workflow="schedule", workflow_publish_at="2099-05-01T07:30")
    other_editor = UserFactory(username="chief", first_name="Casey", last_name="Chief", is_superuser=True)
    moved = Article.objects.get(pk=article.pk)
    moved.headline = "Chief's headline"
    workflow.article_save(article=moved, user=other_editor, expected_version=1)

    client.force_login(editor)
    response = client.post(change_url(article), stale)
    assert response.status_code == 200
    assert "Casey Chief" in text_of(response)
    article.refresh_from_db()
    assert (article.status, article.headline) == (Status.IN_REVIEW, "Chief's headline")


def test_a_button_pressed_on_an_old_page_is_refused(client, editor, journalist):
    article = ScheduledArticleFactory(authors=[journalist], body=BODY)
    loaded = article.edit_version
    workflow.article_unschedule(article=article, user=UserFactory(username="chief", is_superuser=True))
    workflow.article_submit(article=article, user=journalist)
    workflow.article_approve(article=article, user=editor, publish_at=timezone.now() + timedelta(days=3))
    client.force_login(editor)
    response = client.post(action_url(article), {"_workflow": "publish_now", "workflow_version": loaded})
    assert response.status_code == 200
    assert "after you opened it" in response.content.decode()
    article.refresh_from_db()
    assert article.status == Status.SCHEDULED


# --- the review queue -----------------------------------------------------------------


def test_the_review_queue_for_editors(client, editor, journalist, django_assert_max_num_queries):
    now = timezone.now()
    older = ArticleFactory(authors=[journalist], headline="Older submission", body=BODY)
    newer = ArticleFactory(authors=[journalist], headline="Newer submission", body=BODY)
    workflow.article_submit(article=older, user=journalist)
    ArticleEvent.objects.filter(article=older).update(created_at=now - timedelta(hours=3))
    workflow.article_submit(article=newer, user=journalist)
    ScheduledArticleFactory(headline="Missed its slot", scheduled_at=now - timedelta(hours=1))
    ScheduledArticleFactory(headline="Tomorrow's story", scheduled_at=now + timedelta(days=1))
    returned = ArticleFactory(authors=[journalist], headline="Needs work")
    workflow.article_submit(article=returned, user=journalist)
    workflow.article_return(article=returned, user=editor, comment="Call the mayor's office.")
    for _ in range(20):
        workflow.article_submit(article=ArticleFactory(authors=[journalist]), user=journalist)

    client.force_login(editor)
    with django_assert_max_num_queries(15):
        response = client.get(reverse("admin:articles_article_review_queue"))
    html = text_of(response)
    assert html.index("Older submission") < html.index("Newer submission")
    assert "Missed its slot" in html and "Overdue" in html
    assert "Tomorrow's story" in html or "Tomorrow&#x27;s story" in html
    assert "Call the mayor&#x27;s office." in html


def test_the_review_queue_for_a_journalist_shows_their_own_with_the_editors_comment(
    client, journalist, other_journalist, editor
):
    ArticleFactory(authors=[journalist], headline="My draft")
    returned = ArticleFactory(authors=[journalist], headline="My returned story")
    workflow.article_submit(article=returned, user=journalist)
    workflow.article_return(article=returned, user=editor, comment="Check the figures.")
    ArticleFactory(authors=[other_journalist], headline="Kim draft")
    client.force_login(journalist)
    html = text_of(client.get(reverse("admin:articles_article_review_queue")))
    assert "My draft" in html
    assert "My returned story" in html and "Check the figures." in html
    assert "Kim draft" not in html


def test_the_admin_index_links_to_the_review_queue(client, editor):
    client.force_login(editor)
    html = client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:articles_article_review_queue") in html


def test_the_story_list_stays_within_a_fixed_number_of_queries(client, editor, django_assert_max_num_queries):
    for n in range(30):
        live = PublishedArticleFactory(tags=[f"t{n % 4}"])
        if n % 3 == 0:
            workflow.article_start_edit(article=live, user=editor)
        ScheduledArticleFactory(scheduled_at=timezone.now() - timedelta(minutes=n + 1))
    client.force_login(editor)
    with django_assert_max_num_queries(15):
        response = client.get(reverse("admin:articles_article_changelist"))
    assert response.status_code == 200
    assert "OVERDUE" in response.content.decode()


# --- status panel, history, compare, restore ----------------------------------------


def test_the_change_form_shows_the_transition_log(client, editor, journalist):
    article = ArticleFactory(authors=[journalist])
    workflow.article_submit(article=article, user=journalist, note="Have a look")
    workflow.article_return(article=article, user=editor, comment="Tighten the top.")
    client.force_login(journalist)
    html = text_of(client.get(change_url(article)))
    assert "Submitted for review" in html and "Have a look" in html
    assert "Returned to the author" in html and "Tighten the top." in html
    assert f"Returned by {editor.get_full_name()}" in html


def test_history_compare_and_restore_through_the_admin(client, editor, journalist):
    article = ArticleFactory(authors=[journalist], headline="First headline", body=BODY)
    client.force_login(journalist)
    client.post(change_url(article), change_data(article, headline="Second headline"))
    client.post(change_url(article), change_data(article, headline="Third headline"))
    versions = list(versions_for_article(article))
    assert len(versions) == 2
    newest, older = versions

    html = text_of(client.get(reverse("admin:articles_article_history", args=[article.pk])))
    assert "Saved versions" in html

    compare = reverse("admin:articles_article_compare", args=[article.pk])
    html = text_of(client.get(compare, {"from": newest.pk, "to": older.pk}))
    assert re.search(r"− Second headline", html)
    assert re.search(r"\+ Third headline", html)

    restore = reverse("admin:articles_article_restore", args=[article.pk, older.pk])
    confirm = text_of(client.get(restore))
    assert "− Third headline" in confirm and "+ Second headline" in confirm
    response = client.post(restore)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.headline == "Second headline"


def test_restoring_a_published_story_goes_through_a_working_copy(client, editor, journalist):
    article = PublishedArticleFactory(authors=[journalist], headline="Live headline", body=BODY)
    copy = workflow.article_start_edit(article=article, user=editor)
    client.force_login(editor)
    client.post(change_url(copy), change_data(copy, headline="Edited headline", _workflow="publish_changes"))
    article.refresh_from_db()
    assert article.headline == "Edited headline"
    first = list(versions_for_article(article))[-1]
    response = client.post(reverse("admin:articles_article_restore", args=[article.pk, first.pk]))
    new_copy = Article.objects.get(live_article=article)
    assert response["Location"] == change_url(new_copy)
    assert new_copy.headline == "Live headline"
    article.refresh_from_db()
    assert article.headline == "Edited headline"
    assert Quote.objects.filter(article=article).count() == Quote.objects.filter(article=new_copy).count()


# --- every transition, every role, over HTTP ------------------------------------------

HTTP_TRANSITIONS = {
    # action: (starting status, posted fields, status afterwards)
    "submit": (Status.DRAFT, {"workflow_note": "Ready."}, Status.IN_REVIEW),
    "return": (Status.IN_REVIEW, {"workflow_comment": "Add a source."}, Status.DRAFT),
    "approve": (Status.IN_REVIEW, {}, Status.PUBLISHED),
    "schedule": (Status.IN_REVIEW, {"workflow_publish_at": "2099-03-01T06:00"}, Status.SCHEDULED),
    "publish_now": (Status.SCHEDULED, {}, Status.PUBLISHED),
    "unschedule": (Status.SCHEDULED, {}, Status.DRAFT),
    "withdraw": (Status.PUBLISHED, {"workflow_reason": "Legal."}, Status.WITHDRAWN),
    "correct": (Status.PUBLISHED, {"workflow_correction": "The total was $4m."}, Status.PUBLISHED),
}
HTTP_ALLOWED = {
    "submit": {"author", "editor", "superuser"},
    **{name: {"editor", "superuser"} for name in HTTP_TRANSITIONS if name != "submit"},
}


def story_in(status, author):
    factory = {Status.SCHEDULED: ScheduledArticleFactory, Status.PUBLISHED: PublishedArticleFactory}.get(
        status, ArticleFactory
    )
    kwargs = {"status": status} if status in (Status.DRAFT, Status.IN_REVIEW) else {}
    return factory(authors=[author], body=BODY, **kwargs)


@pytest.mark.parametrize("role", ["author", "other", "editor", "superuser"])
@pytest.mark.parametrize("action", list(HTTP_TRANSITIONS))
def test_each_button_over_http_for_each_role(
    client, action, role, journalist, other_journalist, editor, superuser
):
    people = {"author": journalist, "other": other_journalist, "editor": editor, "superuser": superuser}
    start, fields, after = HTTP_TRANSITIONS[action]
    article = story_in(start, journalist)
    client.force_login(people[role])
    client.post(
        action_url(article), {"_workflow": action, "workflow_version": article.edit_version, **fields}
    )
    article.refresh_from_db()
    if role in HTTP_ALLOWED[action]:
        assert article.status == after
        assert ArticleEvent.objects.filter(article=article, user=people[role]).exists()
        if action == "correct":
            assert article.corrections.filter(created_by=people[role]).exists()
    else:
        assert article.status == start
        assert not ArticleEvent.objects.filter(article=article).exists()
        assert not article.corrections.exists()


def test_a_save_after_someone_else_froze_the_story_is_refused_as_stale_with_the_text_kept(
    client, journalist, editor
):
    co_author = UserFactory(username="co", first_name="Cory", last_name="Author", is_staff=True)
    co_author.groups.add(*journalist.groups.all())
    article = ArticleFactory(authors=[journalist, co_author], body=BODY)
    stale = change_data(article, dek="My last-minute dek")
    workflow.article_submit(article=article, user=co_author)  # frozen for journalists now

    client.force_login(journalist)
    response = client.post(change_url(article), stale)
    assert response.status_code == 200
    html = text_of(response)
    assert "Cory Author saved this story" in html
    assert "My last-minute dek" in html
    article.refresh_from_db()
    assert article.status == Status.IN_REVIEW
    assert article.dek != "My last-minute dek"
    # With the current version the frozen story stays closed to them.
    fresh = change_data(article, dek="My last-minute dek")
    assert client.post(change_url(article), fresh).status_code == 403


def test_the_change_form_queries_do_not_grow_with_history(client, editor, journalist):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for(article):
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(change_url(article)).status_code == 200
        return len(ctx)

    client.force_login(editor)
    small = ArticleFactory(authors=[journalist], body=BODY, status=Status.IN_REVIEW)
    big = ArticleFactory(authors=[journalist, editor], body=BODY, tags=["a", "b", "c"])
    for n in range(12):
        QuoteFactory(article=big, text="We will not cut patrols.")
        workflow.article_save(article=Article.objects.get(pk=big.pk), user=editor)
        workflow.article_saved(article=big, user=editor, comment=f"Save {n}")
    workflow.article_submit(article=big, user=journalist)
    workflow.article_return(article=big, user=editor, comment="Again.")
    QuoteFactory(article=small, text="We will not cut patrols.")
    workflow.article_save(article=Article.objects.get(pk=small.pk), user=editor)
    workflow.article_saved(article=small, user=editor)
    # Django's autocomplete widgets look up each inline row's chosen source or author: one
    # query per extra quote (11) and byline (1); nothing grows with the history or tags.
    assert queries_for(big) <= queries_for(small) + 11 + 1
