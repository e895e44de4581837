"""The Content-Security-Policy of every page (django-csp), with the admin's two additions.

Rules:

* Public pages get ``settings.CONTENT_SECURITY_POLICY`` as it is: scripts, styles, fonts
  and images from this site only, and no inline script or style at all. The story page's
  JSON-LD (``<script type="application/ld+json">``) is a data block that browsers never
  run, so the policy does not govern it and it carries no nonce; public pages therefore
  stay identical for every reader and can be served from the page cache.
* Images may also come from wherever the media storage serves uploads (an S3 bucket or the
  CDN in front of it), as its own URLs say, and from ``CSP_IMG_SRC``.
* Admin pages add ``settings.CONTENT_SECURITY_POLICY_ADMIN``: a per-response nonce for
  the inline import map the rich-text editor needs (applied to the media of every admin
  page, below), and inline styles, which Django's admin and ours use. Inline script
  without the nonce is still refused there.
"""

import functools
from urllib.parse import urlsplit

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.core.files.storage import storages

from articles.addresses import address


def is_admin_path(path: str) -> bool:
    # Asked on every response: the admin's address is reversed once per process.
    return path.startswith(address("admin:index"))


def media_origin() -> str | None:
    """The origin uploads are served from, when it is not this site's."""
    url = urlsplit(storages["default"].url("csp-probe.webp"))
    return f"{url.scheme}://{url.netloc}" if url.scheme and url.netloc else None


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the media host and the admin's additions (module rules)."""

    def __init__(self, get_response):
        super().__init__(get_response)
        origin = media_origin()
        self.media_update = {"img-src": [origin]} if origin else {}

    def process_template_response(self, request, response):
        # A template response from the page cache was pickled without its context.
        context = getattr(response, "context_data", None) or {}
        media = context.get("media")
        if hasattr(media, "with_nonce") and is_admin_path(request.path_info):
            # django-js-asset media (the prose editor's) render their import map inline.
            context["media"] = media.with_nonce(request.csp_nonce)
        return response

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only:
            admin_update = settings.CONTENT_SECURITY_POLICY_ADMIN if is_admin_path(request.path_info) else {}
            parts.update = {**self.media_update, **admin_update, **(parts.update or {})}
        return parts


def with_policy(request, response):
    """``response``, made outside the middleware, with the policy the middleware gives
    ``request``'s part of the site (unless it has one)."""
    middleware = _outside_middleware()
    middleware.process_request(request)
    return middleware.process_response(request, response)


@functools.cache
def _outside_middleware() -> ContentSecurityPolicyMiddleware:
    return ContentSecurityPolicyMiddleware(lambda request: None)
