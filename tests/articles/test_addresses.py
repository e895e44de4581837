"""Addresses reversed once per process: the same answers as ``reverse``, forgotten when the
URLconf changes."""

import pytest
from django.urls import reverse, set_script_prefix

from articles import addresses
from articles.addresses import address


def test_an_address_is_what_reverse_gives():
    assert address("articles:section", slug="city") == reverse("articles:section", kwargs={"slug": "city"})
    assert address("articles:tag", "housing") == reverse("articles:tag", args=["housing"])
    assert address("articles:home") == reverse("articles:home")


def test_the_second_ask_is_answered_from_memory(monkeypatch):
    expected = address("articles:section", slug="sports")
    calls = []
    monkeypatch.setattr(addresses, "reverse", lambda *a, **k: calls.append(a) or "/elsewhere/")

    assert address("articles:section", slug="sports") == expected
    assert calls == []


def test_a_script_prefix_is_part_of_the_address():
    plain = address("articles:corrections")
    set_script_prefix("/news/")
    try:
        assert address("articles:corrections") == "/news" + plain
    finally:
        set_script_prefix("/")


@pytest.mark.urls("tests.articles.elsewhere_urls")
def test_changing_the_urlconf_forgets_what_was_reversed():
    assert address("articles:home") == "/elsewhere/"
