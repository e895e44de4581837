"""Reader-facing search over published stories.

On PostgreSQL a story's search document is a weighted tsvector: headline (A) above dek (B)
above body (C, HTML stripped). It lives in the ``search_document`` column, which migration
0003 adds outside the Django model, keeps current with a trigger on every write path
(admin, workflow, bulk inserts) and indexes with GIN. Results are ranked with ``ts_rank``.

On SQLite, which has no full-text search here, every word must appear in the headline, dek
or body (case-insensitive); headline matches rank above dek matches above body matches.

Any query is searched for, never an error, on either database: operators alone, unbalanced
quotes or brackets, control characters, any length. ``search_query`` makes the text that is
searched for and shown back: its first ``MAX_QUERY_LENGTH`` characters.
"""

import re

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db import connections
from django.db.models import Case, Expression, F, IntegerField, Q, QuerySet, Value, When
from django.db.models.expressions import Col

from articles.models import Article

SEARCH_CONFIG = "english"
SEARCH_DOCUMENT_COLUMN = "search_document"
# ts_rank weights for D, C, B, A: one headline hit outweighs any number of body hits.
SEARCH_WEIGHTS = [0.1, 0.2, 0.4, 1.0]
# Longer input is cut; nobody searches a newspaper with a paragraph.
MAX_QUERY_LENGTH = 200
MAX_FALLBACK_TERMS = 8
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


def search_articles(query: str) -> QuerySet[Article]:
    """Published stories matching ``query``, best match first, then newest first.

    Each story carries a ``rank`` annotation. A blank query matches nothing. Drafts, stories
    in review, scheduled and withdrawn stories and working copies never match."""
    text = search_query(query)
    stories = Article.objects.published().select_related("section")
    if not text:
        return stories.none()
    if connections[stories.db].vendor == "postgresql":
        return _full_text(stories, text)
    return _substring(stories, text)


def _full_text(stories: QuerySet[Article], text: str) -> QuerySet[Article]:
    # websearch syntax: quoted phrases, "or", and -word work; malformed input never errors.
    terms = SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
    return (
        stories.alias(document=SearchDocument())
        .filter(document=terms)
        .annotate(rank=SearchRank(SearchDocument(), terms, weights=SEARCH_WEIGHTS))
        .order_by("-rank", F("last_published_at").desc(nulls_last=True), "-id")
    )


def _substring(stories: QuerySet[Article], text: str) -> QuerySet[Article]:
    words = list(dict.fromkeys(word.strip("\"'").lower() for word in text.split()))
    words = [word for word in words if word][:MAX_FALLBACK_TERMS]
    if not words:
        return stories.none()
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
    return (
        stories.filter(matches_all)
        .annotate(rank=rank)
        .order_by("-rank", F("last_published_at").desc(nulls_last=True), "-id")
    )
