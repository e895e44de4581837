"""Cache tags: the names of what a public page shows, collected while it renders.

A tag is a short word: ``story-12`` (the page shows story 12: it is that story's page, or
lists it, or links it from a related-articles box), ``section-3``, ``tag-7``, ``author-5``,
``source-9`` (the page shows that record: its page, or its name on a story), and
``section-3-list``, ``tag-7-list``, ``author-5-list``, ``source-9-list`` (the page lists
that record's published stories, so a story joining the list changes it). Kinds of page
have their own tag: ``home``, ``feeds`` (the site-wide feeds; a section's or a tag's feed
carries that section's or tag's tags), ``sitemap``, ``search``, ``corrections``; and
every page carries ``site`` (it shows the navigation, and a full purge purges ``site``).

Views name what they show with ``page_tags_add`` and ``page_tags_add_stories``; outside a
cached render (a preview, a test calling a helper) both do nothing. This module imports no
models, so any layer may tag a page.
"""

from collections.abc import Iterable
from contextlib import contextmanager
from contextvars import ContextVar

SITE = "site"
HOME = "home"
FEEDS = "feeds"
SITEMAP = "sitemap"
SEARCH = "search"
CORRECTIONS = "corrections"
# Pages that list every story or the newest ones: any change to a published story purges them.
EVERY_STORY_CHANGE = (HOME, FEEDS, SITEMAP, SEARCH, CORRECTIONS)

_collected: ContextVar[set[str] | None] = ContextVar("page_cache_tags", default=None)


def story_tag(story) -> str:
    """The tag of a story, named after its live row (a working copy shares its story's tag)."""
    return f"story-{story.live_article_id or story.pk}"


def record_tag(kind: str, pk) -> str:
    """``section-3``: pages showing the record (its page, its name on a story)."""
    return f"{kind}-{pk}"


def list_tag(kind: str, pk) -> str:
    """``section-3-list``: pages listing the record's stories."""
    return f"{kind}-{pk}-list"


@contextmanager
def page_tags_collecting():
    """Collect the tags named while the body of the ``with`` renders a page."""
    collected: set[str] = set()
    token = _collected.set(collected)
    try:
        yield collected
    finally:
        _collected.reset(token)


def page_tags_named() -> frozenset[str]:
    """The tags named so far on the page being rendered (none outside a render)."""
    return frozenset(_collected.get() or ())


def page_tags_add(*tags: str) -> None:
    """Name what the page being rendered shows."""
    collected = _collected.get()
    if collected is not None:
        collected.update(tags)


def page_tags_add_stories(stories: Iterable) -> None:
    """Name every story the page being rendered lists."""
    collected = _collected.get()
    if collected is not None:
        collected.update(story_tag(story) for story in stories)
