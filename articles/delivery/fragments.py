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
  fragment rendered while a purge happened is used but not stored. The same read brings the
  versions of the tags the page has named so far, and the versions a fragment served was
  stored with are current while the mark has not moved: a page made of fragments kept reads
  the cache once in all.
* Pages rendered for signed-in users (``pagecache.rendering_afresh``) neither read nor fill
  fragments, and staff previews never ask for them.
"""

from django.core.cache import cache

from articles.delivery.pagecache import (
    KEY_PREFIX,
    PURGE_MARK_KEY,
    rendering_afresh,
    tag_key,
    tag_versions,
    tag_versions_seen,
    tag_versions_unseen,
)
from articles.delivery.tags import SITE, page_tags_add, page_tags_collecting, page_tags_named

# Longer than pages: a fragment is keyed by its thing's version and purged with its tags,
# so keeping it longer only saves renders. Within the tags' versions' lifetime.
FRAGMENT_SECONDS = 24 * 3600


def _key(key: str) -> str:
    return f"{KEY_PREFIX}:fragment:{key}"


def fragment(key: str, render):
    """The value ``render()`` returns (HTML, or a tuple of parts), from the cache while none
    of the tags it named has been purged, else rendered and stored under ``key``."""
    return fragments([key], lambda missing: {key: render})[key]


def fragments(keys, render_missing) -> dict:
    """``fragment`` for many keys in one cache read: the values of ``keys``, by key. The
    keys not served from the cache are passed, in one call, to ``render_missing``, which
    returns a ``render`` for each it can render (reading what they need at once); a key it
    leaves out has no value in the answer."""
    full_keys = {key: _key(key) for key in keys}
    if rendering_afresh():
        made = _made(render_missing(list(full_keys)))
        for tags, _value in made.values():
            page_tags_add(*tags)
        return {key: value for key, (_tags, value) in made.items()}
    # The versions of the tags the page has named so far come in the same read: with those
    # its fragments were stored with, the page needs no read of its own (``tag_versions``).
    own = tag_versions_unseen(page_tags_named())
    found = cache.get_many([*full_keys.values(), PURGE_MARK_KEY, *own])
    mark = found.get(PURGE_MARK_KEY)
    tag_versions_seen({key: found.get(key) for key in own})
    values, stale = {}, {}
    for key, full_key in full_keys.items():
        entry = found.get(full_key)
        if entry is not None:
            (values if entry[0] == mark else stale)[key] = entry
    for _stamp, versions, _tags, _value in values.values():
        tag_versions_seen(versions)
    if stale:
        # Stamped before the last purge: checked against their tags' versions, all at once,
        # and stamped anew while still current.
        current = cache.get_many(list({name for entry in stale.values() for name in entry[1]}))
        restamped = {}
        tag_versions_seen(current)
        for key, (_stamp, versions, tags, value) in stale.items():
            if all(current.get(name) == version for name, version in versions.items()):
                values[key] = restamped[full_keys[key]] = (mark, versions, tags, value)
        if restamped:
            cache.set_many(restamped, FRAGMENT_SECONDS)
    missing = [key for key in full_keys if key not in values]
    if missing:
        values.update(_rendered(render_missing(missing), full_keys, mark))
    answer = {}
    for key, (_stamp, _versions, tags, value) in values.items():
        page_tags_add(*tags)
        answer[key] = value
    return answer


def _made(renders: dict) -> dict:
    """Each render's tags and value."""
    made = {}
    for key, render in renders.items():
        with page_tags_collecting() as collected:
            value = render()
        made[key] = (tuple(sorted({SITE, *collected})), value)
    return made


def _rendered(renders: dict, full_keys: dict, mark) -> dict:
    """Each render's value with the tags it named, stored unless a purge began meanwhile."""
    made = _made(renders)
    versions = tag_versions({tag for tags, _value in made.values() for tag in tags})
    entries = {
        key: (mark, {tag_key(tag): versions.get(tag_key(tag)) for tag in tags}, tags, value)
        for key, (tags, value) in made.items()
    }
    if entries and cache.get(PURGE_MARK_KEY) == mark:
        cache.set_many({full_keys[key]: entry for key, entry in entries.items()}, FRAGMENT_SECONDS)
    return entries
