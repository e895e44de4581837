"""Background work: queued on commit, run by a worker, retried while what it needs is down,
never repeated once done, and reported by /health/ when the queue falls behind."""

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from articles import tasks, workflow
from articles.models import Article
from tests.factories import ArticleFactory, EditorFactory, PublishedArticleFactory, image_file

pytestmark = pytest.mark.django_db

DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def queue(settings):
    """The durable queue, as in production; tests run its worker themselves."""
    settings.TASKS = DATABASE_BACKEND
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []


@pytest.fixture
def run_worker(monkeypatch):
    """The real worker loop, in this process, until the queue holds nothing ready. It
    closes stale connections between tasks, which would close the test's own transaction."""
    from django_tasks_db.management.commands import db_worker

    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    return lambda: call_command("db_worker", batch=True, interval=0, verbosity=0)


def queued(name):
    return DBTaskResult.objects.filter(task_path=f"articles.tasks.{name}")


class MailServerDown:
    def __init__(self):
        self.down = True

    def __call__(self, **kwargs):
        server = self

        class Connection:
            def send_messages(self, messages):
                if server.down:
                    raise ConnectionRefusedError("mail server down")
                mail.outbox.extend(messages)
                return len(messages)

        return Connection()


def test_a_transition_queues_one_email_per_recipient_and_the_worker_sends_them(
    queue, run_worker, journalist, django_capture_on_commit_callbacks
):
    EditorFactory(username="ed-a", email="a@example.org")
    EditorFactory(username="ed-b", email="b@example.org")
    story = ArticleFactory(authors=[journalist])
    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_submit(article=story, user=journalist)

    assert queued("deliver_email").count() == 2
    assert mail.outbox == []
    run_worker()
    assert sorted(m.to[0] for m in mail.outbox) == ["a@example.org", "b@example.org"]
    assert queued("deliver_email").filter(status=TaskResultStatus.SUCCESSFUL).count() == 2


def test_nothing_is_queued_when_the_transaction_rolls_back(queue, journalist):
    EditorFactory(username="ed-a", email="a@example.org")
    story = ArticleFactory(authors=[journalist])
    with pytest.raises(RuntimeError), transaction.atomic():
        workflow.article_submit(article=story, user=journalist)
        raise RuntimeError("something later in the request failed")
    assert not DBTaskResult.objects.exists()


def test_a_mail_server_that_is_down_delays_the_mail_and_it_is_sent_once_when_it_returns(
    queue, run_worker, monkeypatch, journalist, django_capture_on_commit_callbacks
):
    server = MailServerDown()
    monkeypatch.setattr(tasks, "get_connection", server)
    EditorFactory(username="ed-a", email="a@example.org")
    story = ArticleFactory(authors=[journalist])
    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_submit(article=story, user=journalist)

    run_worker()
    story.refresh_from_db()
    assert story.status == Article.Status.IN_REVIEW
    failed = queued("deliver_email").get(status=TaskResultStatus.FAILED)
    retry = queued("deliver_email").get(status=TaskResultStatus.READY)
    assert retry.args_kwargs["kwargs"]["attempt"] == 2
    assert retry.run_after > timezone.now() + timedelta(seconds=20)
    assert "mail server down" in failed.traceback
    assert mail.outbox == []

    server.down = False
    run_worker()  # not yet: the retry waits for its time
    assert mail.outbox == []
    queued("deliver_email").filter(status=TaskResultStatus.READY).update(run_after=timezone.now())
    run_worker()
    run_worker()
    assert [m.to for m in mail.outbox] == [["a@example.org"]]


def test_a_task_gives_up_after_its_policy_attempts(queue, run_worker, monkeypatch):
    monkeypatch.setattr(tasks, "get_connection", MailServerDown())
    last = tasks.RETRY_POLICIES["deliver_email"].attempts
    tasks.deliver_email.enqueue(
        subject="s", body="b", to="x@example.org", from_email="n@example.org", attempt=last
    )
    run_worker()
    assert queued("deliver_email").get().status == TaskResultStatus.FAILED
    assert not queued("deliver_email").filter(status=TaskResultStatus.READY).exists()


def test_retry_delays_grow_and_are_capped():
    policy = tasks.RetryPolicy(attempts=10, first_delay=2, max_delay=30)
    assert [policy.delay(n) for n in range(1, 7)] == [2, 4, 8, 16, 30, 30]


def test_lead_image_renditions_are_made_by_the_worker(queue, run_worker, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        story = PublishedArticleFactory(lead_image=image_file(size=(1300, 800)), lead_image_alt="A pier")
    job = queued("make_lead_image_renditions").get()
    assert job.args_kwargs["kwargs"] == {"article_id": story.pk}
    run_worker()
    job.refresh_from_db()
    assert job.status == TaskResultStatus.SUCCESSFUL
    assert job.return_value == len(django_settings.THUMBNAIL_ALIASES["articles.Article.lead_image"])


def test_a_storage_failure_while_making_renditions_is_retried(
    queue, run_worker, monkeypatch, django_capture_on_commit_callbacks
):
    from easy_thumbnails.files import Thumbnailer

    def storage_down(self, *args, **kwargs):
        raise ConnectionError("object storage unreachable")

    monkeypatch.setattr(Thumbnailer, "get_thumbnail", storage_down)
    with django_capture_on_commit_callbacks(execute=True):
        PublishedArticleFactory(lead_image=image_file(size=(900, 600)), lead_image_alt="A pier")
    run_worker()
    assert queued("make_lead_image_renditions").filter(status=TaskResultStatus.FAILED).count() == 1
    assert (
        queued("make_lead_image_renditions")
        .get(status=TaskResultStatus.READY)
        .args_kwargs["kwargs"]["attempt"]
        == 2
    )


def test_health_reports_a_queue_that_nobody_works(queue, client, settings):
    settings.TASKS_HEALTH_LAG_SECONDS = 60
    tasks.deliver_email.enqueue(subject="s", body="b", to="x@example.org", from_email="n@example.org")
    assert client.get("/health/").json()["status"] == "ok"

    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(minutes=5))
    response = client.get("/health/")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "tasks_delayed"
    assert body["tasks"]["waiting"] == 1
    assert body["tasks"]["oldest_wait_seconds"] >= 300


def test_a_deferred_retry_is_not_late_before_its_time(queue, client):
    tasks.deliver_email.using(run_after=timezone.now() + timedelta(hours=1)).enqueue(
        subject="s", body="b", to="x@example.org", from_email="n@example.org", attempt=2
    )
    body = client.get("/health/").json()
    assert body["status"] == "ok"
    assert body["tasks"]["waiting"] == 0


@pytest.mark.django_db(transaction=True)
def test_a_separate_worker_process_sends_what_the_web_process_queued(settings, journalist, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL: a second process cannot open SQLite's in-memory test database.")
    settings.TASKS = DATABASE_BACKEND
    EditorFactory(username="ed-a", email="a@example.org")
    story = ArticleFactory(authors=[journalist])
    workflow.article_submit(article=story, user=journalist)  # autocommit: on_commit runs now
    assert queued("deliver_email").filter(status=TaskResultStatus.READY).count() == 1

    db = connection.settings_dict
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(tmp_path / "mail"),
        "TASKS_BACKEND": "database",
    }
    subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--interval", "0"],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=60,
        capture_output=True,
    )
    assert queued("deliver_email").get().status == TaskResultStatus.SUCCESSFUL
    sent = list((tmp_path / "mail").iterdir())
    assert len(sent) == 1
    assert "To: a@example.org" in sent[0].read_text()


def test_a_frontend_purge_and_its_retries_go_ahead_of_mail(queue, run_worker, monkeypatch):
    from articles.delivery import frontend

    def varnish_down(tags):
        raise ConnectionRefusedError("varnish down")

    monkeypatch.setattr(frontend, "purge_tags", varnish_down)
    tasks.purge_frontend_tags.enqueue(tags=["story-1"])
    run_worker()
    retry = queued("purge_frontend_tags").get(status=TaskResultStatus.READY)
    assert retry.priority == tasks.RETRY_POLICIES["purge_frontend_tags"].priority > 0
    assert queued("purge_frontend_tags").get(status=TaskResultStatus.FAILED).priority == retry.priority
