"""Reader-facing search over published stories.

On PostgreSQL a story's search document is a weighted tsvector: headline (A) above dek (B)
above body (C, HTML stripped). It lives in the ``search_document`` column, which migration
0003 adds outside the Django model, keeps current with a trigger on every write path
(admin, workflow, bulk inserts) and indexes with GIN. Results are ranked with ``ts_rank``.

Only the newest ``SEARCH_LIMIT`` matches are ranked and listed, so what one search costs is
bounded whatever the archive's size and however common its words: a word in every story
("said") walks the newest stories until it has enough, a rare one reads its few matches from
the index, and either way no more than ``SEARCH_LIMIT`` documents are ranked. Matches are
counted up to one past the limit, which the search page shows as "more than".

On SQLite, which has no full-text search here, every word must appear in the headline, dek
or body (case-insensitive); headline matches rank above dek matches above body matches.

Any query is searched for, never an error, on either database: operators alone, unbalanced
quotes or brackets, control characters, any length. ``search_query`` makes the text that is
searched for and shown back: its first ``MAX_QUERY_LENGTH`` characters.
"""

import re
from functools import cached_property

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db import connections
from django.db.models import Case, Expression, F, IntegerField, Q, QuerySet, Value, When
from django.db.models.expressions import Col
from django.db.models.functions import Coalesce

from articles.models import Article

SEARCH_CONFIG = "english"
SEARCH_DOCUMENT_COLUMN = "search_document"
# ts_rank weights for D, C, B, A: one headline hit outweighs any number of body hits.
SEARCH_WEIGHTS = [0.1, 0.2, 0.4, 1.0]
# Longer input is cut; nobody searches a newspaper with a paragraph.
MAX_QUERY_LENGTH = 200
MAX_FALLBACK_TERMS = 8
SEARCH_LIMIT = 500
# Testing one story's document while walking the newest stories against reading one match
# from the full-text index and sorting it. Measured, the walk won from about 7,000 matches at
# 100,000 stories and from under 20,000 at 1,000,000 (an index read visits the match's row
# wherever it lies; the walk reads the latest rows, which lie together).
WALK_TO_INDEX_COST = 0.5
# Control characters (PostgreSQL refuses NUL in any string) and lone surrogates (which no
# database encoding can carry) are not words.
_NOT_TEXT = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def search_query(raw) -> str:
    """The query as searched for and shown back: control characters and lone surrogates
    become spaces, white space is collapsed, and only the first ``MAX_QUERY_LENGTH``
    characters are kept."""
    return " ".join(_NOT_TEXT.sub(" ", str(raw or "")).split())[:MAX_QUERY_LENGTH].strip()


class SearchDocument(Expression):
    """The story's stored tsvector (PostgreSQL only), as a column of the query's base table.

    Resolves to a real column reference, so Django relabels it when the queryset becomes a
    subquery (``pk__in=``, pagination counts)."""

    output_field = SearchVectorField()

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False):
        target = SearchVectorField()
        target.set_attributes_from_name(SEARCH_DOCUMENT_COLUMN)
        target.model = Article
        return Col(query.get_initial_alias(), target, output_field=target)


class Found:
    """What a search for ``query`` finds among published stories.

    ``stories`` are the newest ``SEARCH_LIMIT`` matches, best match first, then newest first,
    each with a ``rank`` annotation; ``count()`` is how many they are and ``more`` whether
    further, older stories match. The newest matches are found once, up to one past the
    limit, and only they are ranked. A blank query matches nothing. Drafts, stories in
    review, scheduled and withdrawn stories and working copies never match."""

    def __init__(self, query: str):
        self.limit = SEARCH_LIMIT
        self._published = Article.objects.published().select_related("section")
        self._found = _matching(self._published, search_query(query))

    @cached_property
    def stories(self) -> QuerySet[Article]:
        if self._found is None:
            return self._published.none()
        _, rank = self._found
        return (
            self._published.filter(pk__in=self._newest[: self.limit])
            .annotate(rank=rank)
            .order_by("-rank", F("last_published_at").desc(nulls_last=True), "-id")
        )

    def count(self) -> int:
        return min(len(self._newest), self.limit)

    @property
    def more(self) -> bool:
        return len(self._newest) > self.limit

    @cached_property
    def _newest(self) -> list[int]:
        if self._found is None:
            return []
        matches, _ = self._found
        newest = matches.order_by(*_newest_first(matches, self.limit))
        return list(newest.values_list("pk", flat=True)[: self.limit + 1])


def search_articles(query: str) -> QuerySet[Article]:
    """The stories a search for ``query`` lists (``Found.stories``)."""
    return Found(query).stories


def _newest_first(matches: QuerySet[Article], limit: int) -> list:
    """The order in which the newest ``limit`` of ``matches`` are taken, and with it how
    PostgreSQL finds them: by walking the newest stories and testing each one's document, or
    by reading every match from the full-text index and sorting them.

    The walk costs about ``limit`` divided by the share of stories that match, the index about
    the number of matches, so the index wins while the matches, squared, stay under ``limit``
    times the stories times ``WALK_TO_INDEX_COST``. The planner underrates what testing a
    document costs and walks too often, so its estimates of the two counts are asked for and
    the choice is made here: ordering by an expression no index holds leaves it only the
    full-text index."""
    newest = [F("last_published_at").desc(), F("id").desc()]
    if connections[matches.db].vendor != "postgresql":
        return newest
    found, stories = _estimated_rows(matches, Article.objects.published())
    if found * found > limit * stories * WALK_TO_INDEX_COST:
        return newest
    return [Coalesce("last_published_at", "created_at").desc(), F("id").desc()]


def _estimated_rows(*querysets: QuerySet) -> list[float]:
    """The planner's estimate of how many rows each of ``querysets`` returns, asked in one
    round trip and without running them."""
    compiled = [queryset.order_by().values("pk").query.sql_with_params() for queryset in querysets]
    sql = " UNION ALL ".join(f"({part})" for part, _ in compiled)
    with connections[querysets[0].db].cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", [param for _, params in compiled for param in params])
        plan = cursor.fetchone()[0][0]["Plan"]
    return [part["Plan Rows"] for part in plan["Plans"]]


def _matching(stories: QuerySet[Article], text: str) -> tuple[QuerySet[Article], Expression] | None:
    """``stories`` narrowed to those matching ``text``, and the expression ranking a match;
    None when ``text`` has nothing to search for."""
    if not text:
        return None
    if connections[stories.db].vendor == "postgresql":
        return _full_text(stories, text)
    return _substring(stories, text)


def _full_text(stories: QuerySet[Article], text: str) -> tuple[QuerySet[Article], Expression]:
    # websearch syntax: quoted phrases, "or", and -word work; malformed input never errors.
    terms = SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
    matches = stories.alias(document=SearchDocument()).filter(document=terms)
    return matches, SearchRank(SearchDocument(), terms, weights=SEARCH_WEIGHTS)


def _substring(stories: QuerySet[Article], text: str) -> tuple[QuerySet[Article], Expression] | None:
    words = list(dict.fromkeys(word.strip("\"'").lower() for word in text.split()))
    words = [word for word in words if word][:MAX_FALLBACK_TERMS]
    if not words:
        return None
    matches_all = Q()
    rank = Value(0)
    for word in words:
        matches_all &= Q(headline__icontains=word) | Q(dek__icontains=word) | Q(body__icontains=word)
        rank += Case(
            When(headline__icontains=word, then=Value(4)),
            When(dek__icontains=word, then=Value(2)),
            default=Value(1),
            output_field=IntegerField(),
        )
    return stories.filter(matches_all), rank
