"""While the database (or the Redis cache) does not answer, every page says so with
``503 Service Unavailable`` and a friendly page, never a 500; the site recovers by itself
when the service returns.

Rules:

* A connection failure raised while serving a request, in a view, while rendering its
  template or in another middleware, is answered ``503`` with ``Retry-After`` and
  never-cache headers (``no-store``): the database's ``OperationalError`` or
  ``InterfaceError``, or Redis's ``ConnectionError`` or ``TimeoutError`` (the page cache
  reads Redis on every public page). The page cache keeps only ``200`` answers, and no
  browser or shared cache keeps this one either.
* Readers get ``503.html`` in the paper's style; the admin gets ``admin/503.html``, plain,
  which tells staff that a save may not have gone through. Both are rendered with a bare
  context (no context processors, no request), so showing them reads no database.
* Anonymous readers whose page is in the page cache are still served it: the page cache is
  read before anything touches the database.
* Nothing needs resetting when the service comes back: Django drops a broken database
  connection at the end of the request (``close_old_connections``, with
  ``CONN_HEALTH_CHECKS``) and the next request opens a new one; the Redis client reconnects
  on its next command.
* The failure is logged with its traceback at most once a minute per process; Django's
  request log still records each ``503``.
"""

import logging
import sys
import time

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.dispatch import receiver
from django.http import HttpResponse
from django.template import loader
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from newsroom.content_security import with_policy

logger = logging.getLogger(__name__)

DATABASE_DOWN = (OperationalError, InterfaceError)
CACHE_DOWN = (RedisConnectionError, RedisTimeoutError)
SERVICE_DOWN = DATABASE_DOWN + CACHE_DOWN
RETRY_AFTER_SECONDS = 30
LOG_EVERY_SECONDS = 60
_OUTAGE_MARK = "_service_outage"
_last_logged = None


def outage_response(request, exc=None) -> HttpResponse:
    """The ``503`` answer for ``request``: the reader's page, or the admin's, which names
    the service that failed (the database unless ``exc`` is a cache error)."""
    in_admin = request.path.startswith(reverse("admin:index"))
    template = loader.get_template("admin/503.html" if in_admin else "503.html")
    service = "cache" if isinstance(exc, CACHE_DOWN) else "database"
    context = {"SITE_NAME": settings.SITE_NAME, "service": service}
    response = HttpResponse(template.render(context), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


def _log_outage(request, exc) -> None:
    global _last_logged
    now = time.monotonic()
    if _last_logged is None or now - _last_logged >= LOG_EVERY_SECONDS:
        _last_logged = now
        logger.error("%s unavailable; answering 503 (%s)", type(exc).__name__, request.path, exc_info=exc)


class OutageMiddleware:
    """Turn a lost database or cache into ``503`` and the friendly page. Place it near the
    top of ``MIDDLEWARE`` (after WhiteNoise, before sessions), so the middleware that reads
    the database runs inside it. The page it answers in place of a middleware's failure
    gets the Content-Security-Policy there (``with_policy``); one answered for a view's
    failure passes through the policy middleware like any response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        failure = getattr(request, _OUTAGE_MARK, None)
        if failure is not None and response.status_code == 500:
            # Raised outside any view (in a middleware inside this one): Django has already
            # turned it into its 500 page; the reader gets the outage page instead.
            _log_outage(request, failure)
            return with_policy(request, outage_response(request, failure))
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, SERVICE_DOWN):
            _log_outage(request, exception)
            return outage_response(request, exception)
        return None


@receiver(got_request_exception, dispatch_uid="articles.outage.mark")
def _mark_outage(sender, request=None, **kwargs):
    # Django sends this from inside its exception handler, before rendering the 500 page.
    exc = sys.exc_info()[1]
    if request is not None and isinstance(exc, SERVICE_DOWN):
        setattr(request, _OUTAGE_MARK, exc)
