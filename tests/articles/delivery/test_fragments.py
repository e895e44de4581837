"""Fragments: parts of pages kept between renders, purged with the pages by their tags."""

from articles.delivery import fragments, pagecache
from articles.delivery.tags import page_tags_add, page_tags_collecting
from tests.articles.delivery.test_pagecache import CountingCache


class Renders:
    """A fragment's render, counting its calls and naming ``tags``."""

    def __init__(self, *tags):
        self.tags, self.calls = tags, 0

    def __call__(self):
        self.calls += 1
        page_tags_add(*self.tags)
        return f"<p>render {self.calls}</p>"


def test_a_fragment_is_rendered_once_then_served_naming_its_tags_on_the_page():
    render = Renders("story-1", "source-4")

    first = fragments.fragment("story:1:v1", render)
    with page_tags_collecting() as page_tags:
        second = fragments.fragment("story:1:v1", render)

    assert first == second == "<p>render 1</p>"
    assert render.calls == 1
    assert page_tags == {"story-1", "source-4", "site"}


def test_a_purge_of_one_of_its_tags_renders_it_again_and_an_unrelated_purge_does_not():
    render = Renders("story-1", "source-4")
    fragments.fragment("story:1:v1", render)

    pagecache.page_cache_purge_tags(["story-99"])
    assert fragments.fragment("story:1:v1", render) == "<p>render 1</p>"
    pagecache.page_cache_purge_tags(["source-4"])
    assert fragments.fragment("story:1:v1", render) == "<p>render 2</p>"
    pagecache.page_cache_purge()
    assert fragments.fragment("story:1:v1", render) == "<p>render 3</p>"
    assert render.calls == 3


def test_another_version_is_another_fragment():
    render = Renders("story-1")

    fragments.fragment("story:1:v1", render)
    fragments.fragment("story:1:v2", render)

    assert render.calls == 2


def test_a_fragment_rendered_while_a_purge_happened_is_used_but_not_stored():
    calls = []

    def render_during_a_purge():
        calls.append(1)
        page_tags_add("story-1")
        pagecache.page_cache_purge_tags(["story-1"])
        return "<p>read before the change committed</p>"

    used = fragments.fragment("story:1:v1", render_during_a_purge)
    assert used == "<p>read before the change committed</p>"
    fragments.fragment("story:1:v1", render_during_a_purge)
    assert len(calls) == 2


def test_a_hit_is_one_cache_read(monkeypatch):
    fragments.fragment("story:1:v1", Renders("story-1"))
    counting = CountingCache(fragments.cache)
    monkeypatch.setattr(fragments, "cache", counting)
    monkeypatch.setattr(pagecache, "cache", counting)

    fragments.fragment("story:1:v1", Renders("story-1"))

    assert counting.calls == ["get_many"]


def test_a_page_for_a_signed_in_user_renders_every_fragment_afresh_and_keeps_none():
    render = Renders("story-1")
    token = pagecache._afresh.set(True)
    try:
        fragments.fragment("story:1:v1", render)
        fragments.fragment("story:1:v1", render)
    finally:
        pagecache._afresh.reset(token)
    assert render.calls == 2

    fragments.fragment("story:1:v1", render)
    assert render.calls == 3, "nothing was kept for readers"
