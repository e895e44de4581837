"""Background work: every task the newsroom runs outside a request, and its retry policy.

Tasks run through Django's Tasks API (the ``django-tasks`` backport) on the database
backend (``django-tasks-db``): a task is a row in the project's own database, so it needs
no broker, survives restarts, and is seen by every worker. ``manage.py task_worker`` runs
them (see the README); ``/health/`` reports when the queue falls behind.

Rules:

* Work is enqueued only after the transaction that caused it commits
  (``enqueue_on_commit``), so a rolled-back change sends no mail and purges nothing.
* A task that raises is tried again later, with a growing delay, up to its policy's
  number of attempts (``RETRY_POLICIES``); every failed attempt stays on record, with its
  traceback, in the admin's task results. The attempt number travels as the ``attempt``
  keyword.
* Each task does one visible thing, so a retry never repeats what already succeeded:
  one e-mail to one recipient, one purge of a set of cache tags (purging twice is
  harmless), the missing renditions of one image (existing ones are kept).
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import task
from django_tasks.exceptions import InvalidTaskError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RetryPolicy:
    """Up to ``attempts`` tries; the n-th retry waits ``first_delay * 2**(n-1)`` seconds,
    at most ``max_delay``. Workers take ready tasks of higher ``priority`` first, retries
    included."""

    attempts: int
    first_delay: float
    max_delay: float
    priority: int = 0

    def delay(self, attempt: int) -> float:
        return min(self.first_delay * 2 ** (attempt - 1), self.max_delay)


RETRY_POLICIES = {
    # A mail server down for an evening still gets every notification: ~2 days of tries.
    "deliver_email": RetryPolicy(attempts=12, first_delay=30, max_delay=6 * 3600),
    # Readers wait on these: ahead of mail and renditions, and tried again quickly, for
    # about an hour.
    "purge_frontend_tags": RetryPolicy(attempts=15, first_delay=1, max_delay=600, priority=50),
    "make_lead_image_renditions": RetryPolicy(attempts=5, first_delay=10, max_delay=600),
    # Until it runs, boxes miss a new story (a withdrawn one is already left out on reading).
    "refresh_related_stories": RetryPolicy(attempts=8, first_delay=5, max_delay=600),
}


def retried(func):
    """Make ``func`` a task that follows ``RETRY_POLICIES[func.__name__]``: when it raises,
    the next attempt is enqueued (deferred) before the error is recorded."""
    policy = RETRY_POLICIES[func.__name__]

    def run(*args, attempt: int = 1, **kwargs):
        try:
            return func(*args, **kwargs)
        except Exception:
            if attempt >= policy.attempts:
                logger.error("%s failed for the last time (attempt %d)", func.__name__, attempt)
                raise
            this_task = import_string(f"{__name__}.{func.__name__}")
            delay = policy.delay(attempt)
            try:
                this_task.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(
                    *args, attempt=attempt + 1, **kwargs
                )
            except InvalidTaskError:
                # A backend that cannot defer (the immediate one, in development) gets no retry.
                logger.warning("%s failed and cannot be retried on this task backend", func.__name__)
            else:
                logger.warning("%s failed (attempt %d); next try in %ds", func.__name__, attempt, delay)
            raise

    run.__name__ = run.__qualname__ = func.__name__
    run.__module__ = __name__
    run.__doc__ = func.__doc__
    return task(priority=policy.priority)(run)


def enqueue_on_commit(task_, *args, **kwargs) -> None:
    """Enqueue ``task_`` once the current transaction commits (at once outside one). A
    failure to enqueue is logged rather than turned into an error page for a change that
    has already committed."""
    transaction.on_commit(lambda: task_.enqueue(*args, **kwargs), robust=True)


@retried
def deliver_email(*, subject: str, body: str, to: str, from_email: str) -> int:
    """Send one e-mail to one recipient."""
    message = EmailMessage(subject=subject, body=body, from_email=from_email, to=[to])
    return get_connection(fail_silently=False).send_messages([message])


@retried
def purge_frontend_tags(*, tags: list[str]) -> None:
    """Purge the HTTP caches in front of the site (Varnish, a CDN) of every page carrying
    one of ``tags``."""
    from articles.delivery.frontend import purge_tags

    purge_tags(tags)


@retried
def make_lead_image_renditions(*, article_id: int) -> int:
    """Make the missing renditions of a story's lead image; a storage that fails is tried
    again, an image that cannot be decoded is not. Once any is made, the pages showing a
    story readers see are purged, so that they link the renditions instead of the original
    they fell back to."""
    from articles.delivery.purge import renditions_made
    from articles.models import Article
    from articles.renditions import lead_image_renditions_generate

    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        return 0
    made = lead_image_renditions_generate(article, retry_storage_errors=True)
    if made:
        renditions_made(article)
    return made


@retried
def refresh_related_stories(*, article_id: int) -> None:
    """Bring the stored related-articles boxes up to date after a story was published,
    changed or withdrawn (``articles.related.related_refresh``); running it twice is harmless."""
    from articles.delivery.purge import related_box_refilled
    from articles.related import related_refresh

    related_refresh(article_id)
    related_box_refilled(article_id)


def task_queue_state(now=None) -> dict:
    """How the queue stands, for ``/health/``: tasks waiting to run (their time has come),
    how long the oldest has waited, and tasks that failed for good in the last day. With a
    backend that keeps no queue (immediate), all zero."""
    from django.conf import settings
    from django_tasks_db.models import DBTaskResult, get_date_max

    if settings.TASKS["default"]["BACKEND"] != "django_tasks_db.DatabaseBackend":
        return {"waiting": 0, "oldest_wait_seconds": 0, "failed_last_day": 0}
    now = now or timezone.now()
    waiting = DBTaskResult.objects.ready()
    # A task without a time of its own waits from when it was enqueued; a deferred one
    # (a retry) from the time it was deferred to.
    first_undeferred = (
        waiting.filter(run_after=get_date_max()).order_by("enqueued_at").values_list("enqueued_at", flat=True)
    ).first()
    first_deferred = (
        waiting.exclude(run_after=get_date_max()).order_by("run_after").values_list("run_after", flat=True)
    ).first()
    starts = [moment for moment in (first_undeferred, first_deferred) if moment is not None]
    return {
        "waiting": waiting.count(),
        "oldest_wait_seconds": int((now - min(starts)).total_seconds()) if starts else 0,
        "failed_last_day": DBTaskResult.objects.failed()
        .filter(finished_at__gte=now - timedelta(days=1))
        .count(),
    }
