"""The read API's rate limit for anonymous clients.

Rules:

* A client address may make ``settings.API_ANONYMOUS_RATE_LIMIT`` requests (``"120/min"``:
  a number, ``/``, and ``s``, ``min``, ``hour`` or ``day``) to the API's endpoints; the
  next ones get ``429`` with ``Retry-After`` until the oldest falls out of the window.
  Answers from the page cache count too: the limit is on what a client asks, not on what
  the database does. Signed-in staff are not limited.
* The address is the one the sign-in throttle uses (``newsroom.login_throttle``): the
  connection's, or behind ``settings.TRUSTED_PROXY_COUNT`` proxies of ours the one the
  outermost proxy saw, so a client cannot pick a fresh address per request by writing
  ``X-Forwarded-For``.
* The counts live in the default cache, shared by every process (Redis, or files on one
  machine), so the limit holds across web workers. Concurrent requests may each read a
  count before the other writes it, so a burst can pass a request or two over the limit.
"""

import functools
import math

from django.conf import settings
from django.http import JsonResponse
from ninja.throttling import AnonRateThrottle

from newsroom.login_throttle import client_ip_address

RATE_LIMITED = "Too many requests from this address; try again after Retry-After seconds."


class ApiAnonymousThrottle(AnonRateThrottle):
    """Django Ninja's sliding-window count per address, at the rate settings name."""

    scope = "api-anonymous"
    cache_format = "api-rate:%(scope)s:%(ident)s"

    def get_rate(self):
        return settings.API_ANONYMOUS_RATE_LIMIT

    def get_ident(self, request):
        return client_ip_address(request)


def anonymous_rate_limited(run):
    """Decorate an endpoint (outside the page cache, so cached answers count)."""

    @functools.wraps(run)
    def wrapper(request, *args, **kwargs):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            throttle = ApiAnonymousThrottle()
            if not throttle.allow_request(request):
                response = JsonResponse({"detail": RATE_LIMITED}, status=429)
                response["Retry-After"] = str(max(1, math.ceil(throttle.wait() or throttle.duration)))
                return response
        return run(request, *args, **kwargs)

    return wrapper
