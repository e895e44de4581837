"""The public page cache, and the HTTP caching headers of public pages.

Rules:

* Only anonymous GET and HEAD requests read or fill the cache. A logged-in user (staff
  previewing the site) always gets a freshly rendered page marked ``private``, and what
  they are served is never stored for readers.
* Only ``200 OK`` responses are stored, for at most ``settings.PAGE_CACHE_SECONDS``.
* The cache key holds the path and only the query parameters a page reads (``page``,
  ``q``); any other parameter neither changes the page nor makes a new cache entry.
* Everything readers can see is purged at once whenever public content changes: on
  ``articles.signals.public_content_changed`` and whenever a live story, a section, a
  source, a quote, a related link, a correction or a tag is saved or deleted. Purging
  swaps the cache's generation token, so the old entries are unreachable and expire on
  their own.
* Every public page carries an ``ETag`` (a digest of the body) and ``Last-Modified``: the
  view's own date (a story's last update), or the last purge if that is later.
  Conditional requests are answered ``304 Not Modified``, from the cache as well.
  Browsers and shared caches must revalidate before reuse, so nobody is handed a
  withdrawn story from a downstream copy.
"""

import functools
import hashlib
import time
import uuid
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, parse_http_date_safe
from taggit.models import Tag

from articles.models import Article, Correction, Quote, RelatedLink, Section, Source
from articles.signals import public_content_changed

GENERATION_KEY = "public-pages:generation"
KEY_PREFIX = "public-pages"
# Shared and private caches may keep a copy but must ask us before reusing it; the
# revalidation costs one cache lookup here and answers 304 when nothing changed.
PUBLIC_CACHE_CONTROL = {"public": True, "max_age": 0, "must_revalidate": True}
PRIVATE_CACHE_CONTROL = {"private": True, "no_cache": True}
CACHEABLE_METHODS = {"GET", "HEAD"}
_clock = time.time


def _new_generation() -> dict:
    return {"token": uuid.uuid4().hex, "changed_at": _clock()}


def _generation() -> dict:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, _new_generation(), timeout=None)
        generation = cache.get(GENERATION_KEY) or _new_generation()
    return generation


def page_cache_purge() -> None:
    """Make every cached public page unreachable. Cheap: one cache write, whatever the size."""
    cache.set(GENERATION_KEY, _new_generation(), timeout=None)


def page_cache_key(request, query_params=(), generation=None) -> str:
    """The cache key of ``request``: the path plus only the listed query parameters, in a
    fixed order, under the current generation."""
    generation = generation or _generation()
    kept = [(name, request.GET.get(name, "")) for name in sorted(query_params) if request.GET.get(name)]
    address = request.path + ("?" + urlencode(kept) if kept else "")
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"{KEY_PREFIX}:{generation['token']}:{digest}"


def _is_anonymous(request) -> bool:
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def _set_etag(response) -> None:
    if not response.has_header("ETag") and not response.streaming:
        digest = hashlib.md5(response.content, usedforsecurity=False).hexdigest()
        response.headers["ETag"] = f'"{digest}"'


def _set_last_modified(response, site_changed_at: float) -> None:
    # A page may change without its own stories changing (a story withdrawn from a list,
    # a new story in the related box), and every such change purges the cache. So a page
    # is never older than the last purge: answering If-Modified-Since with the stories'
    # own dates alone could tell a cache to keep a list that still shows a withdrawn story.
    own = _parse_last_modified(response) or 0
    response.headers["Last-Modified"] = http_date(max(own, int(site_changed_at)))


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


def cached_public_page(view=None, *, query_params=("page",)):
    """Decorate a public view: serve anonymous readers from the page cache, fill it with
    ``200`` answers, set ``ETag`` and ``Cache-Control`` and answer conditional requests.

    ``query_params`` names the parameters the view reads; no other parameter reaches the
    cache key. Works on functions and on callable instances such as syndication feeds.
    """

    def decorate(func):
        @functools.wraps(func)
        def wrapper(request, *args, **kwargs):
            if request.method not in CACHEABLE_METHODS:
                return func(request, *args, **kwargs)
            if not _is_anonymous(request):
                response = func(request, *args, **kwargs)
                patch_cache_control(response, **PRIVATE_CACHE_CONTROL)
                return response

            generation = _generation()
            key = page_cache_key(request, query_params, generation)
            response = cache.get(key)
            if response is None:
                response = func(request, *args, **kwargs)
                if hasattr(response, "render") and callable(response.render):
                    response = response.render()
                if response.status_code == 200 and not response.streaming:
                    _set_etag(response)
                    _set_last_modified(response, generation["changed_at"])
                    patch_cache_control(response, **PUBLIC_CACHE_CONTROL)
                    cache.set(key, response, settings.PAGE_CACHE_SECONDS)
            return _conditional(request, response)

        return wrapper

    if view is not None:
        return decorate(view)
    return decorate


def _purge_after_commit(**kwargs) -> None:
    transaction.on_commit(page_cache_purge)


@receiver(public_content_changed, dispatch_uid="articles.cache.public_content_changed")
def _on_public_content_changed(sender, **kwargs):
    _purge_after_commit()


def _seen_by_readers(article) -> bool:
    # Working copies and stories never published are invisible to readers; saving them
    # (journalists save often) must not empty the cache for everyone.
    return article.live_article_id is None and (
        article.status in (Article.Status.PUBLISHED, Article.Status.WITHDRAWN)
        or article.first_published_at is not None
    )


@receiver(post_save, sender=Article, dispatch_uid="articles.cache.article_saved")
@receiver(post_delete, sender=Article, dispatch_uid="articles.cache.article_deleted")
def _on_article_change(sender, instance, **kwargs):
    if _seen_by_readers(instance):
        _purge_after_commit()


@receiver(post_save, sender=Quote, dispatch_uid="articles.cache.quote_saved")
@receiver(post_delete, sender=Quote, dispatch_uid="articles.cache.quote_deleted")
@receiver(post_save, sender=RelatedLink, dispatch_uid="articles.cache.link_saved")
@receiver(post_delete, sender=RelatedLink, dispatch_uid="articles.cache.link_deleted")
def _on_story_part_change(sender, instance, **kwargs):
    article = (
        Article.objects.filter(pk=instance.article_id)
        .only("status", "live_article_id", "first_published_at")
        .first()
    )
    # A story deleted with its parts was purged by its own signal if readers saw it.
    if article is not None and _seen_by_readers(article):
        _purge_after_commit()


for _model in (Section, Source, Correction, Tag):
    _uid = f"articles.cache.{_model.__name__}"
    post_save.connect(_purge_after_commit, sender=_model, dispatch_uid=f"{_uid}.save")
    post_delete.connect(_purge_after_commit, sender=_model, dispatch_uid=f"{_uid}.delete")
