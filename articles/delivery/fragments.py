"""Parts of public pages kept in the shared cache between renders, purged with the pages.

A page is rendered afresh whenever one of its tags is purged, but most of what it shows has
not changed: when a story leaves another story's related-articles box, that page is purged,
while the other story's own header, body and people are as they were. Such parts are kept
as fragments.

Rules:

* A fragment is rendered for one thing and named by a key that holds that thing's version
  (a story's last save), so a changed thing is a new key whatever the cache holds.
* While it renders, the tags of what it shows are collected as for a page
  (``articles.delivery.tags``); it is stored with the versions of those tags and of
  ``site``, and served again only while none of them has been purged. The tag versions and
  the purge mark are the page cache's own, so every purge that reaches a page reaches the
  fragments it is made of, in every process at once.
* Served from the cache or rendered afresh, a fragment names its tags on the page being
  rendered, so the page carries them.
* A hit costs one cache read (the fragment and the purge mark together), as a page does; a
  fragment rendered while a purge happened is used but not stored.
* Staff previews neither read nor fill fragments: the caller renders them directly.
"""

from django.core.cache import cache

from articles.delivery.pagecache import KEY_PREFIX, PURGE_MARK_KEY, tag_versions, tags_still_current
from articles.delivery.tags import SITE, page_tags_add, page_tags_collecting

# Longer than pages: a fragment is keyed by its thing's version and purged with its tags,
# so keeping it longer only saves renders. Within the tags' versions' lifetime.
FRAGMENT_SECONDS = 24 * 3600


def _key(key: str) -> str:
    return f"{KEY_PREFIX}:fragment:{key}"


def fragment(key: str, render):
    """The value ``render()`` returns (HTML, or a dict of parts), from the cache while none of
    the tags it named has been purged, else rendered and stored under ``key``."""
    full_key = _key(key)
    found = cache.get_many([full_key, PURGE_MARK_KEY])
    entry, mark = found.get(full_key), found.get(PURGE_MARK_KEY)
    if entry is not None:
        stamp, versions, tags, value = entry
        if stamp == mark or tags_still_current(versions):
            if stamp != mark:
                cache.set(full_key, (mark, versions, tags, value), FRAGMENT_SECONDS)
            page_tags_add(*tags)
            return value
    with page_tags_collecting() as collected:
        value = render()
    tags = tuple(sorted({SITE, *collected}))
    versions = tag_versions(tags)
    if cache.get(PURGE_MARK_KEY) == mark:
        cache.set(full_key, (mark, versions, tags, value), FRAGMENT_SECONDS)
    page_tags_add(*tags)
    return value
