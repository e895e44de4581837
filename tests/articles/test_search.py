import datetime
import re

import pytest
from django.core.paginator import Paginator
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from articles import search
from articles.models import Article
from articles.search import MAX_QUERY_LENGTH, Found, search_articles, search_query
from tests.factories import (
    ArticleFactory,
    PublishedArticleFactory,
    ScheduledArticleFactory,
    WithdrawnArticleFactory,
)

pytestmark = pytest.mark.django_db

only_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Full-text search (stemming, tsvector weights, HTML stripping) exists only on PostgreSQL; "
    "SQLite uses the substring fallback.",
)


def published(headline, dek="A dek.", body="<p>A body.</p>", days_ago=0):
    when = timezone.now() - datetime.timedelta(days=days_ago)
    return PublishedArticleFactory(
        headline=headline, dek=dek, body=body, first_published_at=when, last_published_at=when
    )


def headlines(results):
    return [story.headline for story in results]


def test_only_published_live_stories_are_found():
    live = published("Harbor dredging approved")
    ArticleFactory(headline="Harbor dredging draft")
    ArticleFactory(headline="Harbor dredging in review", status=Article.Status.IN_REVIEW)
    ScheduledArticleFactory(headline="Harbor dredging scheduled")
    WithdrawnArticleFactory(headline="Harbor dredging withdrawn")
    ArticleFactory(headline="Harbor dredging approved, unpublished edit", live_article=live)

    assert headlines(search_articles("harbor dredging")) == ["Harbor dredging approved"]


def test_a_headline_match_ranks_above_a_dek_match_above_a_body_match():
    published(
        "Budget talks stall", body="<p>The harbor plan waits, harbor users say, harbor.</p>", days_ago=0
    )
    published("Council meets", dek="Harbor fees are on the agenda.", days_ago=1)
    published("Harbor fees rise", days_ago=2)

    assert headlines(search_articles("harbor")) == ["Harbor fees rise", "Council meets", "Budget talks stall"]


def test_equal_matches_come_newest_first():
    published("Harbor report, older", days_ago=3)
    published("Harbor report, newer", days_ago=1)

    assert headlines(search_articles("harbor report")) == ["Harbor report, newer", "Harbor report, older"]


def test_every_word_must_match():
    published("Harbor fees rise")
    published("Harbor dredging approved")

    assert headlines(search_articles("harbor fees")) == ["Harbor fees rise"]


@pytest.mark.parametrize("query", ["", "   ", "\n\t", "\x00"])
def test_a_blank_query_finds_nothing(query):
    published("Harbor fees rise")

    assert list(search_articles(query)) == []


def test_odd_input_is_searched_for_not_an_error():
    published("Harbor fees rise")

    assert headlines(search_articles("harbor\x00fees")) == ["Harbor fees rise"]
    assert headlines(search_articles("harbor " + "x" * 5000)) == []
    assert list(search_articles("'); DROP TABLE articles_article; --")) == []
    assert headlines(search_articles('"harbor')) == ["Harbor fees rise"]


def test_results_paginate_and_carry_a_rank():
    for n in range(5):
        published(f"Harbor story {n}", days_ago=n)

    page = Paginator(search_articles("harbor"), 2).page(2)

    assert page.paginator.count == 5
    assert headlines(page) == ["Harbor story 2", "Harbor story 3"]
    assert all(story.rank > 0 for story in page)


def test_search_runs_the_same_queries_however_many_it_finds_section_included(django_assert_num_queries):
    for n in range(15):
        published(f"Harbor story {n}", days_ago=n)

    # The newest matches, then the ranked page; on PostgreSQL the planner is first asked how
    # many stories match (see _newest_first).
    with django_assert_num_queries(3 if connection.vendor == "postgresql" else 2):
        kickers = [story.section.name for story in search_articles("harbor")]

    assert len(kickers) == 15


def test_only_the_newest_matches_up_to_the_limit_are_listed_and_counted_one_past_it(monkeypatch):
    monkeypatch.setattr(search, "SEARCH_LIMIT", 3)
    published("Harbor fees rise at last, harbor users say", days_ago=5)
    for n in range(4):
        published(f"Story {n}", body="<p>The harbor.</p>", days_ago=n)

    found = Found("harbor")

    # The best match is too old to be among the newest three.
    assert headlines(found.stories) == ["Story 0", "Story 1", "Story 2"]
    assert (found.count(), found.more) == (3, True)
    assert (Found("fees").count(), Found("fees").more) == (1, False)
    assert (Found("").count(), Found("").more) == (0, False)


@only_postgresql
@pytest.mark.parametrize("walk_to_index_cost", [0, 10**9], ids=["walking the newest", "reading the index"])
def test_either_way_of_finding_the_newest_matches_finds_the_same(monkeypatch, walk_to_index_cost):
    monkeypatch.setattr(search, "SEARCH_LIMIT", 3)
    monkeypatch.setattr(search, "WALK_TO_INDEX_COST", walk_to_index_cost)
    published("Harbor fees rise at last, harbor users say", days_ago=5)
    for n in range(4):
        published(f"Harbor story {n}", dek="On the harbor." if n % 2 else "A dek.", days_ago=n)
    ArticleFactory(headline="Harbor draft")

    found = Found("harbor")

    assert headlines(found.stories) == ["Harbor story 1", "Harbor story 0", "Harbor story 2"]
    assert (found.count(), found.more) == (3, True)


def test_search_page_says_when_more_stories_match_than_it_lists(client, monkeypatch):
    monkeypatch.setattr(search, "SEARCH_LIMIT", 2)
    for n in range(3):
        published(f"Harbor story {n}", days_ago=n)

    many = client.get(reverse("articles:search"), {"q": "harbor"}).content.decode()
    one = client.get(reverse("articles:search"), {"q": "harbor story 2"}).content.decode()

    assert "More than 2 stories found: the 2 newest are listed" in many
    assert "Harbor story 0" in many and "Harbor story 2" not in many
    assert "1 story found." in one


@only_postgresql
def test_postgresql_matches_word_forms_and_ignores_markup_and_stop_words():
    published(
        "Harbors reopen", body='<p><strong>Boats</strong> <a href="https://example.org/dock">return</a>.</p>'
    )

    assert headlines(search_articles("harbor")) == ["Harbors reopen"]
    assert headlines(search_articles("boat return")) == ["Harbors reopen"]
    assert list(search_articles("strong")) == []
    assert list(search_articles("href dock")) == []
    assert list(search_articles("the")) == []


@only_postgresql
def test_postgresql_understands_phrases_and_exclusions():
    published("City budget passes", body="<p>The vote was close.</p>")
    published("Budget for the city zoo", body="<p>Animals are fed.</p>")

    assert headlines(search_articles('"city budget"')) == ["City budget passes"]
    assert headlines(search_articles("budget -zoo")) == ["City budget passes"]
    assert list(search_articles('"unbalanced quote')) == []


@only_postgresql
def test_postgresql_search_follows_an_edited_story():
    story = published("Harbor fees rise")
    Article.objects.filter(pk=story.pk).update(headline="Port fees rise")

    assert list(search_articles("harbor")) == []
    assert headlines(search_articles("port")) == ["Port fees rise"]


HOSTILE_QUERIES = {
    "and": "&",
    "or": "|",
    "not": "!",
    "followed by": "<->",
    "prefix": ":*",
    "operators only": "& | ! <-> :* ( ) <2>",
    "operators around a word": "!harbor & | <-> :*",
    "dashes": "-- - — –",
    "a dash before every word": "-harbor -fees",
    "quotes": "\"\" '' “” ‘’",
    "unbalanced quote": '"harbor',
    "unbalanced brackets": "((harbor) fees",
    "closing brackets": "harbor))",
    "backslashes": "\\\\ \\harbor\\",
    "nul": "harbor\x00fees",
    "control characters": "\x01\x02\x07\x1b[31mharbor\x7f\x9f",
    "emoji and astral characters": "🏗️ 𝕳𝖆𝖗𝖇𝖔𝖗 🚢",
    "lone surrogate": "harbor \ud800 fees",
    "like wildcards": "% _ %harbor_",
    "sql": "'); DROP TABLE articles_article; --",
    "ten thousand characters": "harbor " * 1_430,
    "one ten-thousand-character word": "h" * 10_000,
    "tsquery syntax": "harbor:A & fees:*B | !(city <-> hall)",
}


@pytest.mark.parametrize("query", HOSTILE_QUERIES.values(), ids=HOSTILE_QUERIES.keys())
def test_any_query_is_searched_for_never_an_error(query):
    published("Harbor fees rise")

    results = list(search_articles(query))

    assert all(story.headline == "Harbor fees rise" for story in results)


# A lone surrogate cannot travel in an address; it arrives as invalid UTF-8 (tested below).
IN_ADDRESSES = {name: query for name, query in HOSTILE_QUERIES.items() if name != "lone surrogate"}


@pytest.mark.parametrize("query", IN_ADDRESSES.values(), ids=IN_ADDRESSES.keys())
def test_search_page_answers_any_query_with_a_page(client, query):
    published("Harbor fees rise")

    response = client.get(reverse("articles:search"), {"q": query})

    assert response.status_code == 200
    content = response.content.decode()
    assert 'name="q"' in content
    shown = search_query(query)
    assert len(shown) <= MAX_QUERY_LENGTH
    assert escape(shown) in content
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", content)


@pytest.mark.parametrize(
    "query_string",
    [
        "q=%ED%A0%80",  # a lone surrogate, encoded as (invalid) UTF-8
        "q=%FF%FE%00harbor",  # bytes that are not UTF-8, and a NUL
        "q=%",  # a broken percent escape
        "q=harbor&q=fees&q=%00",  # the parameter repeated
        "q[]=harbor&q[]=fees",  # the parameter as an array
        "q",  # the parameter without a value
        "q=" + "harbor%20" * 2_000,
    ],
)
def test_search_page_answers_any_address_with_a_page(client, query_string):
    published("Harbor fees rise")

    response = client.get(reverse("articles:search") + "?" + query_string)

    assert response.status_code == 200
    assert b'name="q"' in response.content


def test_search_query_keeps_the_first_characters_of_the_words_only():
    assert (
        search_query("  harbor\x00\tfees \ud800 " + "x" * 1_000)
        == ("harbor fees " + "x" * 1_000)[:MAX_QUERY_LENGTH]
    )
    assert search_query(None) == ""
    assert len(search_query("é" * 10_000)) == MAX_QUERY_LENGTH
