"""The public page cache, and the HTTP caching headers of public pages.

Rules:

* Only anonymous GET and HEAD requests read or fill the cache. A logged-in user (staff
  previewing the site) always gets a freshly rendered page marked ``private``, made of no
  kept fragment either (``rendering_afresh``), and what they are served is never stored.
* Only ``200 OK`` responses are stored, for at most ``settings.PAGE_CACHE_SECONDS``; with 0,
  pages are neither read nor stored (every page is rendered, its headers and tags as ever,
  and the fragments pages are made of, ``articles.delivery.fragments``, are still kept).
* The cache key holds the path and only the query parameters a page reads (``page``,
  ``q``); any other parameter neither changes the page nor makes a new cache entry.
* A page carries the cache tags of what it shows (``articles.delivery.tags``), in its
  ``Surrogate-Key`` header for the HTTP caches in front and in its cache entry. Purging a
  tag (``page_cache_purge_tags``) makes exactly the pages carrying it unreachable, in every
  process at once, because the cache is shared (Redis, or files on one machine): each tag
  has a version in the cache, a page is stored with the versions of its tags, and a page
  whose tags' versions have changed since is a miss. No index of pages is kept, so a purge
  is one write a tag, whatever the number of pages.
* A page rendered while a purge happened is served but not stored, so a render that read
  the database just before a change committed never outlives the change.
* A hit costs one cache read, for the page and the purge mark together: a page is stored
  stamped with the purge mark it was checked against, and while the mark has not moved no
  purge can have touched it. After a purge (of any tag) a page's tag versions are checked once
  more and, if still current, the page is stamped anew. Hits are served by
  ``PublicPageCacheMiddleware`` near the top of the middleware stack, before sessions, auth and
  the rest are set up, for requests that carry no session cookie (nobody signed in); the
  page is stored there too, as its status, headers and bytes, once every middleware inside
  it has added its headers, the Content-Security-Policy included (a public page's policy is
  the same for every reader); the security headers are added outside it, afresh on every
  answer. A response that sets a cookie is never stored.
* Every public page carries an ``ETag`` (a digest of the body) and ``Last-Modified``: the
  view's own date (a story's last update), or the last purge of one of its tags if that is
  later. Conditional requests are answered ``304 Not Modified``, from the cache as well.
  Browsers must revalidate before reuse (``max-age=0``); shared caches in front, which are
  purged by tag, may keep a page for ``PAGE_CACHE_SECONDS`` (``Surrogate-Control``).
"""

import functools
import hashlib
import time
import uuid
from contextvars import ContextVar
from urllib.parse import urlencode

from django.conf import settings
from django.core import checks
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import Resolver404, get_resolver, get_urlconf
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, parse_http_date_safe

from articles.delivery import frontend
from articles.delivery.tags import SITE, page_tags_add, page_tags_collecting

KEY_PREFIX = "public-pages"
PURGE_MARK_KEY = f"{KEY_PREFIX}:purge-mark"
# Named in every page's key, so that entries an older release stored in another shape are
# never read (they only wait out their expiry).
ENTRY_FORMAT = "stamped-bytes-with-policy"
# Browsers keep a copy but must ask before reusing it; the revalidation costs one cache
# lookup (or none, in Varnish) and answers 304 when nothing changed.
PUBLIC_CACHE_CONTROL = {"public": True, "max_age": 0, "must_revalidate": True}
PRIVATE_CACHE_CONTROL = {"private": True, "no_cache": True}
CACHEABLE_METHODS = {"GET", "HEAD"}
# A tag's version must outlive the pages stored with it (PAGE_CACHE_SECONDS). One that expires
# anyway only turns those pages into misses, so versions need not be kept for ever.
TAG_VERSION_SECONDS = 7 * 24 * 3600
_clock = time.time


_afresh: ContextVar[bool] = ContextVar("page_rendered_afresh", default=False)


def rendering_afresh() -> bool:
    """Whether the page being rendered is for a signed-in user: made of nothing kept."""
    return _afresh.get()


def tag_key(tag: str) -> str:
    """The cache key of a tag's version."""
    return f"{KEY_PREFIX}:tag:{tag}"


def _new_version() -> tuple[str, float]:
    return (uuid.uuid4().hex, _clock())


def page_cache_purge_tags(tags) -> None:
    """Make every cached page carrying one of ``tags`` unreachable, for every process."""
    tags = set(tags)
    if not tags:
        return
    # The mark before the versions: a render that reads the new versions has seen a new mark,
    # so one that began before the purge is not stored. And after them: a page stamped with
    # the final mark was checked against the new versions.
    cache.set(PURGE_MARK_KEY, uuid.uuid4().hex, timeout=TAG_VERSION_SECONDS)
    cache.set_many({tag_key(tag): _new_version() for tag in tags}, timeout=TAG_VERSION_SECONDS)
    cache.set(PURGE_MARK_KEY, uuid.uuid4().hex, timeout=TAG_VERSION_SECONDS)


def page_cache_purge() -> None:
    """Make every cached public page unreachable (they all carry ``site``)."""
    page_cache_purge_tags([SITE])


# The tag versions read while a page renders (with the fragments it is made of), by key, so
# that the page's own need not be read again: read before the page is stored, they are
# never newer than the purge mark the store checks.
_seen: ContextVar[dict | None] = ContextVar("page_tag_versions_seen", default=None)


def tag_versions_seen(versions: dict) -> None:
    """Tell the page being rendered the current versions of tags (by ``tag_key``) read."""
    seen = _seen.get()
    if seen is not None:
        seen.update((key, version) for key, version in versions.items() if version is not None)


def tag_versions_unseen(tags) -> list[str]:
    """The keys of those of ``tags`` whose versions the page being rendered has not read."""
    seen = _seen.get() or {}
    return [key for key in map(tag_key, tags) if key not in seen]


def tag_versions(tags) -> dict:
    """The current version of each tag, giving one to a tag that has none yet (those the page
    being rendered has read already are not read again)."""
    keys = {tag_key(tag): tag for tag in tags}
    seen = _seen.get() or {}
    versions = {key: seen[key] for key in keys if key in seen}
    unread = [key for key in keys if key not in versions]
    if unread:
        versions.update(cache.get_many(unread))
    missing = [key for key in keys if key not in versions]
    for key in missing:
        cache.add(key, _new_version(), timeout=TAG_VERSION_SECONDS)
    if missing:
        versions.update(cache.get_many(missing))
    tag_versions_seen(versions)
    return versions


def tags_still_current(versions: dict) -> bool:
    """Whether no tag of ``versions`` (as ``tag_versions`` gave them) has been purged since."""
    current = cache.get_many(list(versions))
    return all(current.get(key) == version for key, version in versions.items())


def page_cache_key(request, query_params=()) -> str:
    """The cache key of ``request``: the path plus only the listed query parameters, in a
    fixed order."""
    kept = [(name, request.GET.get(name, "")) for name in sorted(query_params) if request.GET.get(name)]
    address = request.path + ("?" + urlencode(kept) if kept else "")
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"{KEY_PREFIX}:page:{ENTRY_FORMAT}:{digest}"


def _is_anonymous(request) -> bool:
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def _set_etag(response) -> None:
    if not response.has_header("ETag") and not response.streaming:
        digest = hashlib.md5(response.content, usedforsecurity=False).hexdigest()
        response.headers["ETag"] = f'"{digest}"'


def _set_last_modified(response, versions: dict) -> None:
    # A page may change without its own stories changing (a story withdrawn from a list,
    # a new story in a section), and every such change purges one of its tags. So a page is
    # never older than its tags' last purge: answering If-Modified-Since with the stories'
    # own dates alone could tell a cache to keep a list that still shows a withdrawn story.
    own = _parse_last_modified(response) or 0
    purged = max((at for _token, at in versions.values()), default=0)
    response.headers["Last-Modified"] = http_date(max(own, int(purged)))


def _set_cache_tags(response, tags) -> None:
    for header, value in frontend.tag_headers(sorted(tags)).items():
        response.headers[header] = value
    response.headers["Surrogate-Control"] = f"max-age={settings.PAGE_CACHE_SECONDS}"


def _conditional(request, response):
    return get_conditional_response(
        request,
        etag=response.headers.get("ETag"),
        last_modified=_parse_last_modified(response),
        response=response,
    )


def _parse_last_modified(response):
    value = response.headers.get("Last-Modified")
    return parse_http_date_safe(value) if value else None


def _cached_response(key):
    """The stored page under ``key`` as a new response, or None: one read while no purge has
    happened since the page was stamped, and after one, its tags' versions checked and the
    page stamped with the mark it was checked against. Returns the purge mark read too."""
    found = cache.get_many([key, PURGE_MARK_KEY])
    entry, mark = found.get(key), found.get(PURGE_MARK_KEY)
    if entry is None:
        return None, mark
    stamp, versions, expires, status, headers, content = entry
    if stamp != mark:
        if not tags_still_current(versions):
            return None, mark
        remaining = int(expires - _clock())
        if remaining > 0:
            cache.set(key, (mark, *entry[1:]), remaining)
    return HttpResponse(content, status=status, headers=headers), mark


def _store(key, response, versions, purge_mark) -> None:
    """Store ``response`` under ``key`` unless a purge began while it was rendered or it sets
    a cookie."""
    if response.cookies:
        return
    if cache.get(PURGE_MARK_KEY) != purge_mark:
        return
    timeout = settings.PAGE_CACHE_SECONDS
    entry = (
        purge_mark,
        versions,
        _clock() + timeout,
        response.status_code,
        dict(response.items()),
        response.content,
    )
    cache.set(key, entry, timeout)


class PublicPageCacheMiddleware:
    """Serve public pages from the page cache before the rest of the stack runs, and store
    the pages ``cached_public_page`` views rendered for readers once the stack has added its
    headers.

    Only GET and HEAD requests carrying no session cookie are served here, and only for
    addresses whose view is a ``cached_public_page`` one; everything else goes on down the
    stack, where the view's decorator serves signed-out readers who still carry a session
    cookie. Goes right after the outage middleware, so that a cache that is down gives the
    friendly 503 page, and before sessions and authentication."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method in CACHEABLE_METHODS
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and settings.PAGE_CACHE_SECONDS > 0
        ):
            query_params = _page_cache_params(request.path_info)
            if query_params is not None:
                key = page_cache_key(request, query_params)
                response, purge_mark = _cached_response(key)
                if response is not None:
                    return _conditional(request, response)
                # The view's decorator renders without looking again, against the mark read
                # before the render began.
                request.page_cache_missed = (key, purge_mark)
        response = self.get_response(request)
        fill = getattr(response, "page_cache_fill", None)
        if fill is not None:
            key, versions, purge_mark = fill
            _store(key, response, versions, purge_mark)
        return response


def _page_cache_params(path: str):
    """The query parameters the view at ``path`` reads, if it is a page-cache view."""
    return _params_at(get_urlconf() or settings.ROOT_URLCONF, path)


# Resolving walks the URL patterns; the answer for a path is fixed while the URLconf is, and
# the most recent paths are kept (a flood of made-up paths only pushes older ones out).
@functools.lru_cache(maxsize=20_000)
def _params_at(urlconf: str, path: str):
    try:
        match = get_resolver(urlconf).resolve(path)
    except Resolver404:
        return None
    return getattr(match.func, "page_cache_params", None)


def cached_public_page(view=None, *, query_params=("page",), tags=()):
    """Decorate a public view: serve anonymous readers from the page cache, fill it with
    ``200`` answers tagged with what they show, set ``ETag``, ``Cache-Control`` and the
    cache-tag headers, and answer conditional requests.

    ``query_params`` names the parameters the view reads; no other parameter reaches the
    cache key. ``tags`` are tags every page of the view carries (``home``, ``feeds``),
    besides ``site`` and those the view names while it renders. Works on functions and on
    callable instances such as syndication feeds.
    """

    def decorate(func):
        @functools.wraps(func)
        def wrapper(request, *args, **kwargs):
            if request.method not in CACHEABLE_METHODS:
                return func(request, *args, **kwargs)
            if not _is_anonymous(request):
                token = _afresh.set(True)
                try:
                    response = func(request, *args, **kwargs)
                finally:
                    _afresh.reset(token)
                patch_cache_control(response, **PRIVATE_CACHE_CONTROL)
                return response

            key = page_cache_key(request, query_params)
            keeping = settings.PAGE_CACHE_SECONDS > 0
            missed = getattr(request, "page_cache_missed", None)
            if not keeping:
                response, purge_mark = None, None
            elif missed is not None and missed[0] == key:
                response, purge_mark = None, missed[1]
            else:
                response, purge_mark = _cached_response(key)
            if response is None:
                seen = _seen.set({})
                try:
                    with page_tags_collecting() as page_tags:
                        page_tags_add(SITE, *tags)
                        response = func(request, *args, **kwargs)
                        if hasattr(response, "render") and callable(response.render):
                            response = response.render()
                    kept = response.status_code == 200 and not response.streaming
                    versions = tag_versions(page_tags) if kept else None
                finally:
                    _seen.reset(seen)
                if kept:
                    _set_etag(response)
                    _set_last_modified(response, versions)
                    _set_cache_tags(response, page_tags)
                    patch_cache_control(response, **PUBLIC_CACHE_CONTROL)
                    if keeping:
                        # Stored by PublicPageCacheMiddleware, with the headers of the whole stack.
                        response.page_cache_fill = (key, versions, purge_mark)
            return _conditional(request, response)

        wrapper.page_cache_params = tuple(query_params)
        return wrapper

    if view is not None:
        return decorate(view)
    return decorate


MIDDLEWARE_PATH = f"{PublicPageCacheMiddleware.__module__}.{PublicPageCacheMiddleware.__name__}"


@checks.register()
def page_cache_middleware_installed(app_configs, **kwargs):
    """Pages are stored only by the middleware: without it the page cache keeps nothing."""
    if MIDDLEWARE_PATH in settings.MIDDLEWARE:
        return []
    return [
        checks.Error(
            f"{MIDDLEWARE_PATH} is not in MIDDLEWARE: public pages would never be cached.",
            hint="Add it right after articles.outage.OutageMiddleware.",
            id="articles.E001",
        )
    ]
