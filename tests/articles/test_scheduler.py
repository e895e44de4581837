"""Scheduled publishing: the ``publish_scheduled`` command, its idempotence, two copies
running at once, and the overdue flag in the admin and the health endpoint."""

import logging
import os
import subprocess
import sys
import threading
import time
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import OperationalError, connection, connections
from django.urls import reverse
from django.utils import timezone

from articles import workflow
from articles.health import OVERDUE_GRACE
from articles.models import Article, ArticleEvent
from tests.factories import JournalistFactory, PublishedArticleFactory, ScheduledArticleFactory

Status = Article.Status
ROOT = Path(__file__).resolve().parents[2]


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
        call_command("publish_scheduled", verbosity=2, stdout=out)
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


# --- a story that cannot be published never holds up the others --------------------------


def clashing_story(**kwargs):
    PublishedArticleFactory(slug="clash")
    return due(minutes_ago=10, slug="clash", **kwargs)


@pytest.mark.django_db
def test_a_slug_clash_is_flagged_with_its_reason_and_the_stories_after_it_publish():
    blocked = clashing_story(headline="Clashing story")
    after = due(minutes_ago=5)
    published = workflow.articles_publish_due()
    assert [a.pk for a in published] == [after.pk]
    blocked.refresh_from_db()
    assert blocked.status == Status.SCHEDULED
    assert blocked.publish_failure == workflow.SLUG_TAKEN.format(
        date=timezone.localdate().isoformat(), slug="clash"
    )
    assert blocked.publish_failed_at is not None


@pytest.mark.django_db
def test_an_unexpected_error_on_one_story_is_rolled_back_flagged_and_logged_once(monkeypatch, caplog):
    broken = due(minutes_ago=10, headline="Broken row")
    after = due(minutes_ago=5, headline="Next story")
    record_version = workflow.article_record_version

    def fails_for_the_broken_row(*, article, **kwargs):
        if article.pk == broken.pk:
            raise ValueError("cannot serialize this row")
        return record_version(article=article, **kwargs)

    monkeypatch.setattr(workflow, "article_record_version", fails_for_the_broken_row)
    with caplog.at_level(logging.ERROR, logger="articles.workflow"):
        first = workflow.articles_publish_due()
        second = workflow.articles_publish_due()
    assert [a.pk for a in first] == [after.pk] and second == []
    broken.refresh_from_db()
    # Rolled back: not half-published.
    assert (broken.status, broken.first_published_at, broken.publication_date) == (
        Status.SCHEDULED,
        None,
        None,
    )
    assert not ArticleEvent.objects.filter(article=broken, action="publish_scheduled").exists()
    # The editor reads a sentence, never the exception's text; that is in the log, once.
    assert broken.publish_failure == workflow.PUBLISH_ERROR.format(error="ValueError")
    assert ArticleEvent.objects.filter(article=broken, action="publish_failed").count() == 1
    logged = [r for r in caplog.records if "Broken row" in r.getMessage()]
    assert len(logged) == 1 and "cannot serialize this row" in caplog.text


@pytest.mark.django_db
def test_an_address_taken_between_the_check_and_the_write_is_flagged_and_does_not_stop_the_run(monkeypatch):
    blocked = clashing_story()
    after = due(minutes_ago=5)
    check = workflow._check_address_free
    checks = []

    def misses_the_clash_once(article, publication_date, slug):
        # As if another process published a story at this address just after the check.
        checks.append(slug)
        if len(checks) > 1:
            check(article, publication_date, slug)

    monkeypatch.setattr(workflow, "_check_address_free", misses_the_clash_once)
    published = workflow.articles_publish_due()
    assert [a.pk for a in published] == [after.pk]
    blocked.refresh_from_db()
    assert blocked.status == Status.SCHEDULED
    assert "“clash”" in blocked.publish_failure and "Change the slug first" in blocked.publish_failure


@pytest.mark.django_db
def test_losing_the_database_connection_stops_the_run_without_flagging_the_story(monkeypatch):
    story = due()

    def connection_dropped(pk, now):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(workflow, "_publish_due", connection_dropped)
    monkeypatch.setattr(connection, "is_usable", lambda: False)
    with pytest.raises(OperationalError):
        workflow.articles_publish_due()
    monkeypatch.undo()
    story.refresh_from_db()
    assert story.publish_failure == "" and story.publish_failed_at is None


@pytest.mark.django_db
def test_a_failure_is_cleared_when_the_story_publishes_or_leaves_the_schedule(editor):
    PublishedArticleFactory(slug="clash")
    fixed_later, published_early, unscheduled = (due(slug="clash") for _ in range(3))
    workflow.articles_publish_due()
    for story in (fixed_later, published_early, unscheduled):
        story.refresh_from_db()
        assert story.publish_failure

    Article.objects.filter(pk=fixed_later.pk).update(slug="clash-fixed")
    assert [a.pk for a in workflow.articles_publish_due()] == [fixed_later.pk]
    Article.objects.filter(pk=published_early.pk).update(slug="clash-early")
    workflow.article_publish_now(article=published_early, user=editor)
    workflow.article_unschedule(article=unscheduled, user=editor)

    for story in (fixed_later, published_early, unscheduled):
        story.refresh_from_db()
        assert (story.publish_failure, story.publish_failed_at) == ("", None)
    assert [s.status for s in (fixed_later, published_early, unscheduled)] == [
        Status.PUBLISHED,
        Status.PUBLISHED,
        Status.DRAFT,
    ]


@pytest.mark.django_db
def test_health_reports_a_failed_story_at_once_and_tells_only_staff_why(client, editor):
    PublishedArticleFactory(slug="clash")
    failed = due(minutes_ago=0, slug="clash", headline="Embargoed clash")  # inside the grace period
    workflow.articles_publish_due()
    failed.refresh_from_db()

    response = client.get(reverse("articles:health"))
    assert response.status_code == 503
    payload = response.json()
    assert (payload["status"], payload["overdue_scheduled"], payload["failed_scheduled"]) == ("overdue", 1, 1)
    assert "clash" not in response.content.decode()

    client.force_login(editor)
    rows = client.get(reverse("articles:health")).json()["overdue_stories"]
    assert [(row["id"], row["publish_failure"]) for row in rows] == [(failed.pk, failed.publish_failure)]


@pytest.mark.django_db
def test_the_admin_shows_why_the_scheduler_could_not_publish_a_story(client, editor):
    story = clashing_story(headline="Clashing story")
    workflow.articles_publish_due()
    story.refresh_from_db()
    client.force_login(editor)
    page = client.get(reverse("admin:articles_article_change", args=[story.pk])).content.decode()
    assert "the scheduler could not publish it" in page
    assert 'id="publish-failure"' in page and "Change the slug first" in page
    listing = client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert "OVERDUE" in listing and "Change the slug first" in listing
    queue = client.get(reverse("admin:articles_article_review_queue")).content.decode()
    assert "could not publish it" in queue


@pytest.mark.django_db
def test_from_cron_the_command_is_silent_unless_a_story_fails(caplog):
    due()
    out, err = StringIO(), StringIO()
    call_command("publish_scheduled", stdout=out, stderr=err)
    assert (out.getvalue(), err.getvalue()) == ("", "")

    clashing_story(headline="Clashing story")
    with caplog.at_level(logging.ERROR):
        call_command("publish_scheduled", stdout=out, stderr=err)
        call_command("publish_scheduled", stdout=out, stderr=err)
    assert out.getvalue() == ""
    assert [r.levelname for r in caplog.records if "Clashing story" in r.getMessage()] == ["ERROR"]


# --- the long-lived scheduler ---------------------------------------------------------


@pytest.mark.django_db
def test_the_loop_rides_out_a_database_outage_logs_it_once_and_publishes_after(monkeypatch, caplog):
    from articles.management.commands import publish_scheduled

    story = due()
    publish_due = publish_scheduled.articles_publish_due
    runs, housekeeping, dropped = [], [], []

    def database_down_for_two_runs():
        runs.append(len(runs))
        if len(runs) <= 2:
            raise OperationalError("could not connect to server: Connection refused")
        return publish_due()

    monkeypatch.setattr(publish_scheduled, "articles_publish_due", database_down_for_two_runs)
    # The test's own connection holds its transaction: count the housekeeping, do not run it.
    monkeypatch.setattr(publish_scheduled, "close_old_connections", lambda: housekeeping.append(1))
    monkeypatch.setattr(publish_scheduled.Command, "drop_connection", staticmethod(lambda: dropped.append(1)))
    with caplog.at_level(logging.INFO, logger="articles.scheduler"):
        call_command("publish_scheduled", "--loop", "--interval", "0", "--max-runs", "4")

    story.refresh_from_db()
    assert story.status == Status.PUBLISHED
    assert len(runs) == 4 and len(housekeeping) == 4
    assert len(dropped) >= 2  # after each failed run (and once on the way out)
    messages = [r.getMessage() for r in caplog.records]
    assert sum("Scheduler run failed" in m for m in messages) == 1
    assert any("running again" in m for m in messages)
    assert any(f"Published #{story.pk}" in m for m in messages)


def test_the_loop_refuses_a_negative_interval():
    with pytest.raises(CommandError):
        call_command("publish_scheduled", "--loop", "--interval", "-1")


@pytest.mark.django_db(transaction=True)
def test_a_scheduler_process_whose_database_connection_is_killed_reconnects_and_publishes(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL: a second process cannot open SQLite's in-memory test database.")
    db = connection.settings_dict
    name = f"newsroom-scheduler-{os.getpid()}"
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "PGAPPNAME": name,  # libpq's: lets the test find the process's connection
        "TASKS_BACKEND": "immediate",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "CACHE_BACKEND": "file",
        "CACHE_DIR": str(tmp_path / "cache"),
    }
    env.pop("REDIS_URL", None)
    log = (tmp_path / "scheduler.log").open("w+")
    scheduler = subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "publish_scheduled",
            "--loop",
            "--interval",
            "0.2",
            "--max-runs",
            "600",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )

    def backends():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pid FROM pg_stat_activity WHERE application_name = %s AND datname = %s",
                [name, db["NAME"]],
            )
            return [row[0] for row in cursor.fetchall()]

    try:
        first = wait_for(backends, what="the scheduler's database connection")
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s)", [first[0]])
        story = due(minutes_ago=1, headline="Published after the reconnect")
        wait_for(
            lambda: Article.objects.filter(pk=story.pk, status=Status.PUBLISHED).exists(),
            what="the scheduler to publish the story",
        )
        assert first[0] not in backends()
    finally:
        scheduler.terminate()
        code = scheduler.wait(timeout=30)
        log.seek(0)
        output = log.read()
    assert code == 0, output
    assert f"Published #{story.pk}: Published after the reconnect" in output
    assert Article.objects.filter(pk=story.pk, status=Status.PUBLISHED).count() == 1
    assert ArticleEvent.objects.filter(article=story, action="publish_scheduled").count() == 1


def wait_for(check, *, what, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.1)
    pytest.fail(f"Gave up waiting {timeout:g} s for {what}.")
