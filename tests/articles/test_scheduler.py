"""Scheduled publishing: the ``publish_scheduled`` command, its idempotence, two copies
running at once, and the overdue flag in the admin and the health endpoint."""

import threading
from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection, connections
from django.urls import reverse
from django.utils import timezone

from articles import workflow
from articles.health import OVERDUE_GRACE
from articles.models import Article, ArticleEvent
from tests.factories import JournalistFactory, PublishedArticleFactory, ScheduledArticleFactory

Status = Article.Status


def due(minutes_ago=5, **kwargs):
    return ScheduledArticleFactory(scheduled_at=timezone.now() - timedelta(minutes=minutes_ago), **kwargs)


@pytest.mark.django_db
def test_the_command_publishes_what_is_due_and_nothing_else(
    journalist, mailoutbox, django_capture_on_commit_callbacks
):
    ready = due(authors=[journalist], headline="Morning briefing")
    later = ScheduledArticleFactory(scheduled_at=timezone.now() + timedelta(hours=2))
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled", stdout=out)
    ready.refresh_from_db()
    later.refresh_from_db()
    assert ready.status == Status.PUBLISHED
    assert ready.first_published_at is not None and ready.publication_date is not None
    assert ready.scheduled_at is None
    assert later.status == Status.SCHEDULED
    assert "Morning briefing" in out.getvalue()
    assert "1 scheduled story published." in out.getvalue()
    event = ArticleEvent.objects.get(article=ready)
    assert (event.action, event.user, event.from_status, event.to_status) == (
        "publish_scheduled",
        None,
        "scheduled",
        "published",
    )
    assert [m.to for m in mailoutbox] == [[journalist.email]]


@pytest.mark.django_db
def test_running_it_again_does_nothing(journalist, mailoutbox, django_capture_on_commit_callbacks):
    story = due(authors=[journalist])
    with django_capture_on_commit_callbacks(execute=True):
        first = workflow.articles_publish_due()
    with django_capture_on_commit_callbacks(execute=True):
        second = workflow.articles_publish_due()
    assert [a.pk for a in first] == [story.pk]
    assert second == []
    assert ArticleEvent.objects.filter(article=story).count() == 1
    assert len(mailoutbox) == 1


@pytest.mark.django_db
def test_a_story_published_early_is_not_published_again(journalist, editor):
    story = due(authors=[journalist])
    workflow.article_publish_now(article=story, user=editor)
    assert workflow.articles_publish_due() == []
    assert ArticleEvent.objects.filter(article=story).count() == 1


@pytest.mark.django_db
def test_a_story_whose_address_is_taken_stays_overdue_and_is_logged_once():
    PublishedArticleFactory(slug="clash")
    story = due(slug="clash")
    assert workflow.articles_publish_due() == []
    assert workflow.articles_publish_due() == []
    story.refresh_from_db()
    assert story.status == Status.SCHEDULED
    assert ArticleEvent.objects.filter(article=story, action="publish_failed").count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_schedulers_at_once_publish_each_story_exactly_once(settings):
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL: SQLite's in-memory test database cannot be shared by two threads.")
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []
    author = JournalistFactory(username="sched-author")
    stories = [due(minutes_ago=n + 1, authors=[author]) for n in range(12)]
    start = threading.Barrier(2)
    results, errors = [], []

    def run():
        try:
            start.wait()
            results.append([a.pk for a in workflow.articles_publish_due()])
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    published = results[0] + results[1]
    assert sorted(published) == sorted(s.pk for s in stories)
    assert not set(results[0]) & set(results[1])
    assert Article.objects.filter(status=Status.PUBLISHED).count() == 12
    for story in stories:
        assert ArticleEvent.objects.filter(article=story, action="publish_scheduled").count() == 1
    assert len(mail.outbox) == 12


@pytest.mark.django_db(transaction=True)
def test_a_story_locked_by_one_scheduler_is_skipped_by_the_other(settings):
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL: SQLite has no row locks to skip.")
    story = due()
    locked, release = threading.Event(), threading.Event()

    def hold_lock():
        from django.db import transaction

        try:
            with transaction.atomic():
                Article.objects.select_for_update().get(pk=story.pk)
                locked.set()
                release.wait(timeout=30)
        finally:
            connections.close_all()

    holder = threading.Thread(target=hold_lock)
    holder.start()
    assert locked.wait(timeout=30)
    try:
        assert workflow.articles_publish_due() == []  # skipped, not blocked
    finally:
        release.set()
        holder.join(timeout=30)
    assert [a.pk for a in workflow.articles_publish_due()] == [story.pk]


# --- overdue flags --------------------------------------------------------------------


@pytest.mark.django_db
def test_health_is_ok_when_nothing_is_overdue(client):
    ScheduledArticleFactory(scheduled_at=timezone.now() + timedelta(minutes=10))
    due(minutes_ago=0)  # within the grace period: the scheduler's next run will get it
    response = client.get(reverse("articles:health"))
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.json()["overdue_scheduled"] == 0
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_flags_overdue_scheduled_stories(client, editor):
    late = due(minutes_ago=int(OVERDUE_GRACE.total_seconds() // 60) + 10, headline="Missed the slot")
    PublishedArticleFactory()
    client.force_login(editor)
    response = client.get(reverse("articles:health"))
    assert response.status_code == 503
    payload = response.json()
    assert payload["status"] == "overdue"
    assert payload["overdue_scheduled"] == 1
    assert payload["overdue_stories"][0]["id"] == late.pk
    assert payload["overdue_stories"][0]["headline"] == "Missed the slot"
    assert payload["overdue_stories"][0]["minutes_late"] >= 10


@pytest.mark.django_db
def test_health_tells_an_anonymous_monitor_the_status_and_count_but_no_headline_or_id(client):
    late = due(minutes_ago=30, headline="Embargoed merger talks")
    due(minutes_ago=20, headline="Second late story")
    PublishedArticleFactory()
    response = client.get(reverse("articles:health"))
    assert response.status_code == 503
    payload = response.json()
    assert payload["status"] == "overdue"
    assert payload["overdue_scheduled"] == 2
    assert "overdue_stories" not in payload
    body = response.content.decode()
    assert "Embargoed" not in body and "Second late" not in body
    assert f'"id": {late.pk}' not in body and "id" not in payload


@pytest.mark.django_db
def test_health_names_to_a_journalist_only_the_overdue_stories_they_may_see(client, journalist):
    mine = due(minutes_ago=30, authors=[journalist], headline="My late story")
    due(minutes_ago=30, headline="Someone else's embargoed story")
    client.force_login(journalist)
    payload = client.get(reverse("articles:health")).json()
    assert payload["overdue_scheduled"] == 2
    assert [row["id"] for row in payload["overdue_stories"]] == [mine.pk]
    assert "embargoed" not in str(payload)


@pytest.mark.django_db
def test_health_recovers_once_the_scheduler_runs(client):
    due(minutes_ago=30)
    assert client.get(reverse("articles:health")).status_code == 503
    workflow.articles_publish_due()
    assert client.get(reverse("articles:health")).status_code == 200


@pytest.mark.django_db
def test_the_admin_flags_an_overdue_story(client, editor):
    late = due(minutes_ago=15)
    client.force_login(editor)
    html = client.get(reverse("admin:articles_article_change", args=[late.pk])).content.decode()
    assert "Overdue" in html
    listing = client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert "OVERDUE" in listing


@pytest.mark.django_db
def test_an_editor_saving_a_story_the_scheduler_just_published_is_told_so(client, editor):
    from tests.articles.test_admin_workflow import change_data

    story = due(minutes_ago=1)
    story.last_edited_by = editor
    story.save()
    stale = change_data(story, dek="Late tweak")
    workflow.articles_publish_due()
    client.force_login(editor)
    response = client.post(reverse("admin:articles_article_change", args=[story.pk]), stale)
    assert response.status_code == 200
    assert "by the scheduler" in response.content.decode()
    story.refresh_from_db()
    assert story.status == Status.PUBLISHED and story.dek != "Late tweak"
    history = client.get(reverse("admin:articles_article_history", args=[story.pk]))
    assert "Published by the scheduler" in history.content.decode()
