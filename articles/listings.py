"""Which published stories each list page holds, kept when stories change.

The front page's later pages list every published story; a section's, a tag's, an author's
and a source's page the published stories that are in that section, carry that tag, have
that person on their byline or quote that source; newest first. Reading that from the
stories themselves means counting and sorting every story the list holds on each render,
which grows with the archive. Instead each published story has one ``Listing`` row per list
it is on, with the time it was last published, and each list its ``ListingCount``: a page is
read down one index, its length from one row.

Rules:

* The rows are worked out from what the stories hold (``list_stories``) in the transaction
  that changes what readers see: every workflow transition that does (``_announce``), a
  source or tag merge, a story deleted. Nothing else changes a published story's section,
  tags, byline or quotes (a live story is edited through its working copy).
* Lists read their stories through ``Article.objects.published()`` again, so a row left
  behind can never show a story readers may not see; ``rebuild`` works every row out anew.
* Counts move by the rows written and deleted (not by counting again), so two stories
  published at once on the same list both count.
"""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import BigIntegerField, F, Value
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from taggit.models import Tag, TaggedItem

from articles.models import Article, ArticleAuthor, Listing, ListingCount, Quote

Kind = Listing.Kind
# The latest stories' list is one list: every published story is on it.
LATEST_KEY = 0


def _now_listed(article_ids) -> dict[tuple[int, int, int], object]:
    """The lists the published ones of ``article_ids`` belong on: (kind, key, story) to the
    story's last publication."""
    stories, listed = {}, {}
    published = Article.objects.published().filter(pk__in=article_ids)
    for pk, section_id, published_at in published.values_list("pk", "section_id", "last_published_at"):
        stories[pk] = published_at
        listed[(Kind.LATEST, LATEST_KEY, pk)] = listed[(Kind.SECTION, section_id, pk)] = published_at
    if not stories:
        return {}
    tagged = TaggedItem.objects.filter(
        content_type=ContentType.objects.get_for_model(Article), object_id__in=stories
    ).values_list("object_id", "tag_id")
    for pk, tag_id in tagged:
        listed[(Kind.TAG, tag_id, pk)] = stories[pk]
    for pk, author_id in ArticleAuthor.objects.filter(article_id__in=stories).values_list(
        "article_id", "author_id"
    ):
        listed[(Kind.AUTHOR, author_id, pk)] = stories[pk]
    for pk, source_id in Quote.objects.filter(article_id__in=stories).values_list("article_id", "source_id"):
        listed[(Kind.SOURCE, source_id, pk)] = stories[pk]
    return listed


def list_stories(article_ids) -> None:
    """Make the lists ``article_ids`` are on what the stories hold now: a published story is
    on the latest stories' list and its section's, its tags', its authors' and its quoted
    sources' lists, at its last publication; any other story (draft, withdrawn, working
    copy, gone) on none."""
    article_ids = set(article_ids)
    if article_ids:
        _relist(article_ids, _now_listed(article_ids))


def unlist_stories(article_ids) -> None:
    """Take ``article_ids`` off every list (stories about to be deleted)."""
    article_ids = set(article_ids)
    if article_ids:
        _relist(article_ids, {})


def _relist(article_ids: set[int], now: dict) -> None:
    with transaction.atomic():
        was = {
            (kind, key, pk): (row_id, published_at)
            for row_id, kind, key, pk, published_at in Listing.objects.filter(
                article_id__in=article_ids
            ).values_list("id", "kind", "key", "article_id", "published_at")
        }
        stale = [row_id for entry, (row_id, published_at) in was.items() if now.get(entry) != published_at]
        fresh = [
            entry for entry, published_at in now.items() if was.get(entry, (None, None))[1] != published_at
        ]
        if stale:
            Listing.objects.filter(pk__in=stale).delete()
        if fresh:
            Listing.objects.bulk_create(
                Listing(kind=kind, key=key, article_id=pk, published_at=now[(kind, key, pk)])
                for kind, key, pk in fresh
            )
        counts = {}
        for kind, key, _pk in now.keys() - was.keys():
            counts[(kind, key)] = counts.get((kind, key), 0) + 1
        for kind, key, _pk in was.keys() - now.keys():
            counts[(kind, key)] = counts.get((kind, key), 0) - 1
        _add_to_counts({entry: n for entry, n in counts.items() if n})


def _add_to_counts(counts: dict[tuple[int, int], int], using: str = DEFAULT_DB_ALIAS) -> None:
    # One upsert adding to each count: the row a concurrent publish is adding to is locked
    # until that transaction ends, so no addition is lost (a recount would miss its rows).
    if not counts:
        return
    connection = connections[using]
    quote = connection.ops.quote_name
    table = quote(ListingCount._meta.db_table)
    # In one order, so that two publishes sharing lists wait for each other, never deadlock.
    values = ", ".join(["(%s, %s, %s)"] * len(counts))
    params = [value for (kind, key), n in sorted(counts.items()) for value in (kind, key, n)]
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({quote('kind')}, {quote('key')}, {quote('stories')}) VALUES {values} "
            f"ON CONFLICT ({quote('kind')}, {quote('key')}) "
            f"DO UPDATE SET {quote('stories')} = {table}.{quote('stories')} + excluded.{quote('stories')}",
            params,
        )


def unlist_key(kind: int, key: int) -> None:
    """Take the list of a record that is gone (a tag or a person deleted) away."""
    Listing.objects.filter(kind=kind, key=key).delete()
    ListingCount.objects.filter(kind=kind, key=key).delete()


@receiver(pre_delete, sender=Article, dispatch_uid="articles.listings.story_deleted")
def _story_deleted(sender, instance, **kwargs):
    unlist_stories([instance.pk])


@receiver(pre_delete, sender=Tag, dispatch_uid="articles.listings.tag_deleted")
def _tag_deleted(sender, instance, **kwargs):
    unlist_key(Kind.TAG, instance.pk)


@receiver(pre_delete, sender=get_user_model(), dispatch_uid="articles.listings.person_deleted")
def _person_deleted(sender, instance, **kwargs):
    unlist_key(Kind.AUTHOR, instance.pk)


@transaction.atomic
def rebuild(using: str = DEFAULT_DB_ALIAS) -> int:
    """Work every list out anew from the stories (after bulk loads); returns the rows."""
    Listing.objects.using(using).all().delete()
    ListingCount.objects.using(using).all().delete()
    published = Article.objects.using(using).published()
    each_kind = {
        Kind.LATEST: published.annotate(
            latest_key=Value(LATEST_KEY, output_field=BigIntegerField())
        ).values_list("latest_key", "id", "last_published_at"),
        Kind.SECTION: published.values_list("section_id", "id", "last_published_at"),
        Kind.TAG: published.filter(tags__isnull=False).values_list("tags__id", "id", "last_published_at"),
        Kind.AUTHOR: published.filter(bylines__isnull=False).values_list(
            "bylines__author_id", "id", "last_published_at"
        ),
        Kind.SOURCE: published.filter(quotes__isnull=False)
        .values_list("quotes__source_id", "id", "last_published_at")
        .distinct(),
    }
    connection = connections[using]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(name) for name in ("key", "article_id", "published_at", "kind"))
    with connection.cursor() as cursor:
        for kind, rows in each_kind.items():
            sql, params = rows.order_by().query.get_compiler(using=using).as_sql()
            cursor.execute(
                f"INSERT INTO {quote(Listing._meta.db_table)} ({columns}) "
                f"SELECT listed.*, %s FROM ({sql}) listed",
                (kind, *params),
            )
        cursor.execute(
            f"INSERT INTO {quote(ListingCount._meta.db_table)} ({quote('kind')}, {quote('key')}, "
            f"{quote('stories')}) SELECT {quote('kind')}, {quote('key')}, COUNT(*) "
            f"FROM {quote(Listing._meta.db_table)} GROUP BY {quote('kind')}, {quote('key')}"
        )
    return Listing.objects.using(using).count()


def length(kind: int, key):
    """A kept list's length, as a ``values()`` queryset of at most one row whose ``n`` is it
    (no row: an empty list)."""
    return ListingCount.objects.filter(kind=kind, key=key).values(n=F("stories"))


def people_listed():
    """The ids of the people on the byline of a published story, as a subquery."""
    return ListingCount.objects.filter(kind=Kind.AUTHOR, stories__gt=0).values("key")
