"""The published stories each list page shows, read with SQL compiled once per process.

Every list is ``Article.objects.published()`` narrowed by the page's record and in the
stories' own order (newest first), as ``card_rows`` (``articles.cards``): a section's, a
tag's, an author's and a source's through the lists kept for them (``articles.listings``); Django's
``Paginator`` pages through them (``articles.prepared.PreparedList``: the count and each
page's slice are the ORM's own SQL, compiled once). The records the pages are about are read
the same way, by their address.
"""

from django.contrib.auth import get_user_model
from django.db.models import F, Window
from django.db.models.functions import RowNumber
from taggit.models import Tag

from articles.cards import card_rows
from articles.listings import LATEST_KEY, length
from articles.models import Article, Listing, Section, Source
from articles.prepared import PAGE, model_fields, prepared, prepared_list, saved_instance

Kind = Listing.Kind


@prepared_list(count=lambda: length(Kind.LATEST, LATEST_KEY))
def latest():
    """Every published story."""
    return _on_list(Kind.LATEST, LATEST_KEY)


@prepared_list()
def featured():
    """The published stories editors feature on the front page."""
    return card_rows(Article.objects.published().filter(is_featured=True))


def newest_by_section(per_section: int, *, leaving_out=()) -> list[dict]:
    """The newest ``per_section`` stories of each section among the newest
    ``SECTION_CANDIDATES`` published stories, leaving out the stories ``leaving_out`` (at
    most ``LEFT_OUT_AT_MOST`` ids), as card rows with their section's id, name and slug, in
    menu order and newest first within a section."""
    if len(leaving_out) > LEFT_OUT_AT_MOST:
        raise ValueError(f"At most {LEFT_OUT_AT_MOST} stories can be left out.")
    kept, shown = [], {}
    for row in _ranked_query.rows():
        if row["id"] in leaving_out or shown.get(row["section_id"], 0) >= per_section:
            continue
        shown[row["section_id"]] = shown.get(row["section_id"], 0) + 1
        kept.append(row)
    return kept


# Ranking runs over the newest stories only: over the whole archive the window function
# would sort every published story on each render.
SECTION_CANDIDATES = 400
# Each section's newest few are ranked with room for the stories left out of the blocks (the
# front page's top stories), so that every section still has its few besides them.
RANKED_PER_SECTION = 7
LEFT_OUT_AT_MOST = 3


@prepared()
def _ranked_query():
    published = Article.objects.published()
    recent = published.order_by("-last_published_at", "-id").values("pk")[:SECTION_CANDIDATES]
    ranked = (
        published.filter(pk__in=recent)
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("section_id")],
                order_by=[F("last_published_at").desc(), F("id").desc()],
            )
        )
        .filter(rank__lte=RANKED_PER_SECTION)
    )
    return card_rows(ranked, "section_id", "section__name", "section__slug", "rank").order_by(
        "section__order", "section__name", "section_id", "rank"
    )


# The latest stories and a section's, tag's, author's and source's are read from the lists
# kept when stories change (``articles.listings``): a page down one index (its offset walked
# in the index alone), their length from one row, however large the archive; and through
# ``published()`` still, so a row left behind shows nothing.
def _on_list(kind: int, key):
    page = (
        Listing.objects.filter(kind=kind, key=key)
        .order_by("-published_at", "-article_id")
        .values("article_id")[:PAGE]
    )
    on_list = Article.objects.published().filter(listings__kind=kind, listings__key=key, pk__in=page)
    return card_rows(on_list).order_by("-listings__published_at", "-listings__article_id")


@prepared_list("section_pk", count=lambda section_pk: length(Kind.SECTION, section_pk))
def in_section(section_pk):
    """A section's published stories."""
    return _on_list(Kind.SECTION, section_pk)


@prepared_list("tag_pk", count=lambda tag_pk: length(Kind.TAG, tag_pk))
def tagged(tag_pk):
    """The published stories carrying a tag."""
    return _on_list(Kind.TAG, tag_pk)


@prepared_list("author_pk", count=lambda author_pk: length(Kind.AUTHOR, author_pk))
def by_author(author_pk):
    """The published stories on whose byline a person stands."""
    return _on_list(Kind.AUTHOR, author_pk)


@prepared_list("source_pk", count=lambda source_pk: length(Kind.SOURCE, source_pk))
def quoting(source_pk):
    """The published stories quoting a source."""
    return _on_list(Kind.SOURCE, source_pk)


def section_at(slug: str) -> Section | None:
    """The section whose address is ``slug``."""
    rows = _section_query.rows(slug=slug)
    if not rows:
        return None
    return saved_instance(Section, rows[0])


def tag_at(slug: str) -> Tag | None:
    """The tag whose address is ``slug``."""
    rows = _tag_query.rows(slug=slug)
    if not rows:
        return None
    return saved_instance(Tag, rows[0])


def person_at(pk: int):
    """The person ``pk`` as a byline names them (name and login name; nothing else of their
    account is read), or None."""
    rows = _person_query.rows(pk=pk)
    if not rows:
        return None
    return saved_instance(get_user_model(), rows[0], only=BYLINE_FIELDS)


# What a byline shows of a person: their name, or their login name when they have none.
BYLINE_FIELDS = ("id", "username", "first_name", "last_name")


@prepared("pk")
def _person_query(pk):
    User = get_user_model()
    return User.objects.filter(pk=pk).values(*model_fields(User, only=BYLINE_FIELDS))


def source_at(slug: str) -> Source | None:
    """The source readers may see (``Source.objects.public()``) whose address is ``slug``,
    with its public fields only (``Source.PUBLIC_FIELDS``)."""
    rows = _source_query.rows(slug=slug)
    if not rows:
        return None
    return saved_instance(Source, rows[0], only=Source.PUBLIC_FIELDS)


@prepared(slug=str)
def _source_query(slug):
    return Source.objects.public().filter(slug=slug).values(*model_fields(Source, only=Source.PUBLIC_FIELDS))


@prepared(slug=str)
def _section_query(slug):
    return Section.objects.filter(slug=slug).values(*model_fields(Section))


@prepared(slug=str)
def _tag_query(slug):
    return Tag.objects.filter(slug=slug).values(*model_fields(Tag))
