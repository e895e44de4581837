"""Purging the HTTP caches in front of the site (Varnish, a CDN) by cache tag.

``settings.FRONTEND_CACHE`` names the caches, each with a backend class and its options,
in the manner of Django's ``CACHES``::

    FRONTEND_CACHE = {
        "varnish": {"BACKEND": "articles.delivery.frontend.VarnishBackend",
                    "LOCATIONS": ["http://127.0.0.1:8080"]},
    }

A backend has one job, ``purge_tags(tags)``, and raises ``FrontendPurgeError`` when a cache
did not confirm the purge, so the background task that calls ``purge_tags`` (``articles.
tasks.purge_frontend_tags``) tries again later. Purging a tag twice is harmless, so a retry
may purge every cache again. A backend also says which response header carries a page's
tags to its cache (``tag_headers``).
"""

import json
import urllib.error
import urllib.request

from django.conf import settings
from django.utils.module_loading import import_string

SURROGATE_KEY_HEADER = "Surrogate-Key"


class FrontendPurgeError(Exception):
    """A cache in front did not confirm a purge; the caller should try again."""


class FrontendCacheBackend:
    """One HTTP cache in front of the site, purged by tag in batches of ``batch_size``."""

    tag_header = SURROGATE_KEY_HEADER
    tag_separator = " "
    batch_size = 100

    def __init__(self, *, TIMEOUT=5, **options):
        self.timeout = TIMEOUT
        self.options = options

    def purge_tags(self, tags: list[str]) -> None:
        for start in range(0, len(tags), self.batch_size):
            self.purge_batch(tags[start : start + self.batch_size])

    def purge_batch(self, tags: list[str]) -> None:
        raise NotImplementedError

    def _send(self, request: urllib.request.Request) -> bytes:
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read()
        except (urllib.error.URLError, OSError) as error:
            raise FrontendPurgeError(f"{request.get_method()} {request.full_url}: {error}") from error


class VarnishBackend(FrontendCacheBackend):
    """Varnish with the xkey module (``deploy/varnish/newsroom.vcl``): a ``PURGE`` request
    with the tags in its ``xkey-purge`` header, to every address in ``LOCATIONS`` (one a
    Varnish server)."""

    batch_size = 200

    def __init__(self, *, LOCATIONS, **options):
        super().__init__(**options)
        self.locations = [location.rstrip("/") for location in LOCATIONS]

    def purge_batch(self, tags):
        failures = []
        for location in self.locations:
            request = urllib.request.Request(
                f"{location}/", method="PURGE", headers={"xkey-purge": " ".join(tags)}
            )
            try:
                self._send(request)
            except FrontendPurgeError as error:
                failures.append(str(error))
        if failures:
            raise FrontendPurgeError("; ".join(failures))


class FastlyBackend(FrontendCacheBackend):
    """Fastly: a batch purge of surrogate keys through its API, for ``SERVICE_ID`` with the
    API token ``API_TOKEN``."""

    batch_size = 256
    api_url = "https://api.fastly.com"

    def __init__(self, *, SERVICE_ID, API_TOKEN, API_URL=None, **options):
        super().__init__(**options)
        self.service_id, self.token = SERVICE_ID, API_TOKEN
        self.api_url = (API_URL or self.api_url).rstrip("/")

    def purge_batch(self, tags):
        request = urllib.request.Request(
            f"{self.api_url}/service/{self.service_id}/purge",
            method="POST",
            data=json.dumps({"surrogate_keys": tags}).encode(),
            headers={
                "Fastly-Key": self.token,
                "Content-Type": "application/json",
                "Accept": "application/json",
            },
        )
        self._send(request)


class CloudflareBackend(FrontendCacheBackend):
    """Cloudflare: a purge by cache tag through its API, for zone ``ZONE_ID`` with the API
    token ``API_TOKEN``. Cloudflare reads a page's tags from its ``Cache-Tag`` header."""

    tag_header = "Cache-Tag"
    tag_separator = ","
    batch_size = 30
    api_url = "https://api.cloudflare.com/client/v4"

    def __init__(self, *, ZONE_ID, API_TOKEN, API_URL=None, **options):
        super().__init__(**options)
        self.zone_id, self.token = ZONE_ID, API_TOKEN
        self.api_url = (API_URL or self.api_url).rstrip("/")

    def purge_batch(self, tags):
        request = urllib.request.Request(
            f"{self.api_url}/zones/{self.zone_id}/purge_cache",
            method="POST",
            data=json.dumps({"tags": tags}).encode(),
            headers={"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"},
        )
        body = self._send(request)
        try:
            confirmed = json.loads(body).get("success") is True
        except (ValueError, AttributeError):
            confirmed = False
        if not confirmed:
            raise FrontendPurgeError(f"Cloudflare did not confirm the purge: {body[:200]!r}")


def frontend_backends() -> list[FrontendCacheBackend]:
    """The caches configured in ``settings.FRONTEND_CACHE``."""
    backends = []
    for config in getattr(settings, "FRONTEND_CACHE", {}).values():
        options = dict(config)
        backends.append(import_string(options.pop("BACKEND"))(**options))
    return backends


def purge_tags(tags: list[str]) -> None:
    """Purge ``tags`` from every configured cache. Every cache is tried; if any failed,
    ``FrontendPurgeError`` names them all."""
    tags = sorted(set(tags))
    failures = []
    for backend in frontend_backends():
        try:
            backend.purge_tags(tags)
        except FrontendPurgeError as error:
            failures.append(f"{type(backend).__name__}: {error}")
    if failures:
        raise FrontendPurgeError("; ".join(failures))


def tag_headers(tags: list[str]) -> dict[str, str]:
    """The response headers that carry ``tags`` to the configured caches: always
    ``Surrogate-Key`` (Varnish, Fastly), and any other header a backend reads."""
    headers = {SURROGATE_KEY_HEADER: " ".join(tags)}
    for backend in frontend_backends():
        headers.setdefault(backend.tag_header, backend.tag_separator.join(tags))
    return headers
