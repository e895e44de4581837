"""The published stories each list page shows, read with SQL compiled once per process.

Every list is ``Article.objects.published()`` narrowed by the page's record and in the
stories' own order (newest first), as ``card_rows`` (``articles.cards``); Django's
``Paginator`` pages through them (``articles.prepared.PreparedList``: the count and each
page's slice are the ORM's own SQL, compiled once). The records the pages are about are read
the same way, by their address.
"""

from django.db import DEFAULT_DB_ALIAS
from taggit.models import Tag

from articles.cards import card_rows
from articles.models import Article, Quote, Section
from articles.prepared import prepared, prepared_list

_SECTION_FIELDS = tuple(field.attname for field in Section._meta.concrete_fields)
_TAG_FIELDS = ("id", "name", "slug")


@prepared_list()
def latest():
    """Every published story."""
    return card_rows(Article.objects.published())


@prepared_list("section_pk")
def in_section(section_pk):
    """A section's published stories."""
    return card_rows(Article.objects.published().filter(section_id=section_pk))


@prepared_list("tag_pk")
def tagged(tag_pk):
    """The published stories carrying a tag."""
    return card_rows(Article.objects.published().filter(tags__id=tag_pk))


@prepared_list("author_pk")
def by_author(author_pk):
    """The published stories on whose byline a person stands."""
    return card_rows(Article.objects.published().filter(bylines__author_id=author_pk))


@prepared_list("source_pk")
def quoting(source_pk):
    """The published stories quoting a source."""
    quotes = Quote.objects.filter(source_id=source_pk).values("article_id")
    return card_rows(Article.objects.published().filter(pk__in=quotes))


def section_at(slug: str) -> Section | None:
    """The section whose address is ``slug``."""
    rows = _section_query.rows(slug=slug)
    if not rows:
        return None
    return Section.from_db(DEFAULT_DB_ALIAS, _SECTION_FIELDS, [rows[0][name] for name in _SECTION_FIELDS])


def tag_at(slug: str) -> Tag | None:
    """The tag whose address is ``slug``."""
    rows = _tag_query.rows(slug=slug)
    if not rows:
        return None
    return Tag.from_db(DEFAULT_DB_ALIAS, _TAG_FIELDS, [rows[0][name] for name in _TAG_FIELDS])


@prepared(slug=str)
def _section_query(slug):
    return Section.objects.filter(slug=slug).values(*_SECTION_FIELDS)


@prepared(slug=str)
def _tag_query(slug):
    return Tag.objects.filter(slug=slug).values(*_TAG_FIELDS)
