"""What requests are let through: how large a body each kind of visitor may send, and no
null character in an admin page's query string.

Rules:

* An admin page whose query string holds a null character (``%00``) is refused with
  ``400 Bad Request`` before the page reads it (``refuse_null_in_query``, applied by the
  admin site to every admin view): no address of the admin carries one, and the admin's
  list filters hand their values to PostgreSQL, which refuses one in a string, so the page
  was a server error. The public pages answer any address with a page, and keep doing so.
* A reader (anyone not signed in as staff) may send at most
  ``settings.ANONYMOUS_REQUEST_MAX_BYTES``: the only form the public can post is the admin's
  sign-in form, which is a few hundred bytes.
* Staff may send at most ``settings.STAFF_REQUEST_MAX_BYTES``: a story with its lead image.
* A larger body is refused with ``413 Content Too Large`` from its declared
  ``Content-Length``, before any of it is read, parsed or stored.

Django's own limits (``DATA_UPLOAD_MAX_MEMORY_SIZE`` and the field and file counts) still
apply inside what is let through. The web server in front sets the same staff ceiling
(see the README), so an oversized body is usually refused before it reaches Python.
"""

import functools

from django.conf import settings
from django.http import HttpResponse

BODY_TOO_LARGE = "This request is larger than the {limit} bytes this site accepts from you."
NULL_IN_QUERY = "This address holds a null character (%00), which no address of the admin does."


def declared_body_length(request) -> int:
    """The body's size as the client declared it; 0 when absent or unreadable, which is
    also all Django will read of it."""
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0


class RequestBodyLimitMiddleware:
    """Refuses request bodies larger than the sender may send (the module's rules).

    Goes after ``AuthenticationMiddleware``, so it knows who is asking, and before anything
    that reads ``request.POST`` (the CSRF check does, in its ``process_view``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        length = declared_body_length(request)
        if length > settings.ANONYMOUS_REQUEST_MAX_BYTES:
            # Only a large body costs the session lookup; ordinary requests are not slowed.
            limit = (
                settings.STAFF_REQUEST_MAX_BYTES
                if request.user.is_active and request.user.is_staff
                else settings.ANONYMOUS_REQUEST_MAX_BYTES
            )
            if length > limit:
                return HttpResponse(
                    BODY_TOO_LARGE.format(limit=limit), status=413, content_type="text/plain; charset=utf-8"
                )
        return self.get_response(request)


def refuse_null_in_query(view):
    """``view``, refusing a query string that holds a null character, escaped or not (the
    module's rules)."""

    @functools.wraps(view)
    def refusing(request, *args, **kwargs):
        query = request.META.get("QUERY_STRING", "")
        if "%00" in query or "\x00" in query:
            return HttpResponse(NULL_IN_QUERY, status=400, content_type="text/plain; charset=utf-8")
        return view(request, *args, **kwargs)

    return refusing
