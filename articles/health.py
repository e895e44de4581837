"""The health endpoint a monitor polls: ``/health/``, JSON, never cached.

It answers ``200`` with ``"status": "ok"`` when the database answers and no scheduled story
is overdue, and ``503`` with ``"status": "overdue"`` when a scheduled story's publish time is
more than ``OVERDUE_GRACE`` in the past (the scheduler is not running), or as soon as the
scheduler tried and could not publish one (``"failed_scheduled"`` counts those), with
their count. Only signed-in staff are told which stories those are (ids, headlines and why the
scheduler could not publish them), and only of the stories they may see in the admin: an
unpublished headline never leaves the newsroom.
``503`` with ``"status": "tasks_delayed"`` when a background task has waited more than
``TASKS_HEALTH_LAG_SECONDS`` to run (no task worker is running, or it cannot keep up); the
``tasks`` object says how many wait and how many failed for good in the last day.
``503`` with ``"status": "database_unavailable"`` when the database does not answer, and
``"cache_unavailable"`` when the cache (Redis) does not: every public page reads it, so
readers are then getting the outage page too.
"""

from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.db.models import Q
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from articles.models import Article
from articles.outage import CACHE_DOWN
from articles.tasks import task_queue_state
from articles.workflow import articles_visible_to

# The scheduler runs every minute from cron; a story is reported once it missed two runs.
OVERDUE_GRACE = timedelta(minutes=2)
CACHE_PROBE_KEY = "health:probe"


def overdue_articles(now=None):
    """Scheduled stories still unpublished more than ``OVERDUE_GRACE`` after their time, and
    those the scheduler could not publish, however recently."""
    now = now or timezone.now()
    late = Q(scheduled_at__lte=now - OVERDUE_GRACE) | Q(publish_failed_at__isnull=False)
    return Article.objects.live().overdue(now).filter(late).order_by("scheduled_at", "pk")


@never_cache
def health(request):
    now = timezone.now()
    try:
        overdue = list(overdue_articles(now).values("pk", "headline", "scheduled_at", "publish_failure"))
        queue = task_queue_state(now)
    except DatabaseError:
        return JsonResponse({"status": "database_unavailable"}, status=503)
    try:
        cache.get(CACHE_PROBE_KEY)
    except CACHE_DOWN:
        return JsonResponse({"status": "cache_unavailable"}, status=503)
    late_queue = queue["oldest_wait_seconds"] > settings.TASKS_HEALTH_LAG_SECONDS
    payload = {
        "status": "overdue" if overdue else "tasks_delayed" if late_queue else "ok",
        "checked_at": now.isoformat(),
        "overdue_scheduled": len(overdue),
        "failed_scheduled": sum(1 for row in overdue if row["publish_failure"]),
        "tasks": queue,
    }
    if request.user.is_active and request.user.is_staff:
        visible = set(
            articles_visible_to(request.user)
            .filter(pk__in=[row["pk"] for row in overdue])
            .values_list("pk", flat=True)
        )
        payload["overdue_stories"] = [
            {
                "id": row["pk"],
                "headline": row["headline"],
                "scheduled_at": row["scheduled_at"].isoformat(),
                "minutes_late": int((now - row["scheduled_at"]).total_seconds() // 60),
                "publish_failure": row["publish_failure"],
            }
            for row in overdue
            if row["pk"] in visible
        ]
    return JsonResponse(payload, status=503 if overdue or late_queue else 200)
