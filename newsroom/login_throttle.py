"""Throttling sign-in guesses (django-axes): who is the client, and what a locked-out person sees.

Rules:

* Failures are counted per username and client address; ``settings.AXES_FAILURE_LIMIT``
  of them lock that pair out for ``settings.AXES_COOLOFF_TIME``, and every further try
  during the lockout starts the wait again. The same person from another address, and
  other accounts from the same address, are not affected.
* The client address is the connection's, unless ``settings.TRUSTED_PROXY_COUNT`` says how
  many proxies of ours stand in front: then it is the address the outermost of them saw,
  read from the right of ``X-Forwarded-For`` (entries further left are the client's own
  claims and are ignored).
* A locked-out sign-in gets ``429`` with a page saying what happened, when to try again and
  that an administrator can unlock sooner (Admin → Access attempts, or
  ``manage.py axes_reset_username``).
"""

import ipaddress

from django.conf import settings
from django.contrib import admin
from django.shortcuts import render
from django.utils import timezone

LOCKOUT_TEMPLATE = "admin/lockout.html"


def client_ip_address(request) -> str | None:
    """The client's address by the module's rule (used by axes as ``AXES_CLIENT_IP_CALLABLE``)."""
    remote = request.META.get("REMOTE_ADDR")
    hops = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if hops <= 0 or not forwarded:
        return remote
    # Each of our proxies appends the address it was reached from; the outermost one's
    # entry is ``hops`` places from the right (or the only one, if fewer were crossed).
    candidate = forwarded[-hops] if len(forwarded) >= hops else forwarded[0]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out sign-in gets (``AXES_LOCKOUT_CALLABLE``)."""
    cool_off = settings.AXES_COOLOFF_TIME
    context = {
        **admin.site.each_context(request),
        "title": "Too many failed sign-in attempts",
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cool_off_minutes": int(cool_off.total_seconds() // 60),
        "retry_at": timezone.localtime() + cool_off,
    }
    # Rendered now: axes swaps it in after the template-response phase is over.
    response = render(request, LOCKOUT_TEMPLATE, context, status=429)
    response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
