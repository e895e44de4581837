"""Cross-origin reads of the API (django-cors-headers).

Any site may read the API from a browser: answers to ``GET`` and ``HEAD`` under ``/api/``
carry ``Access-Control-Allow-Origin: *`` (never with credentials: a browser sends no
cookies cross-origin, so every such read is anonymous and cacheable alike), and a preflight
(``OPTIONS``) names ``GET`` and ``HEAD`` alone, so a browser refuses to send any other
method. Answers to other methods carry no CORS header at all, and other paths never do.
``settings.CORS_URLS_REGEX`` matches nothing; this is the one place that decides.
"""

from corsheaders.signals import check_request_enabled
from django.dispatch import receiver

API_PREFIX = "/api/"
READ_METHODS = {"GET", "HEAD", "OPTIONS"}


@receiver(check_request_enabled, dispatch_uid="articles.api.cors")
def api_reads_are_cross_origin(sender, request, **kwargs) -> bool:
    return request.path_info.startswith(API_PREFIX) and request.method in READ_METHODS
