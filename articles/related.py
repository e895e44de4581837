"""The related-articles box beside a story.

First the editor's curated links in their order, then the published stories that have
most in common with this one, chosen among the stories last published with each of its
quoted sources and tags (``CANDIDATES_PER_SHARE`` a share). The fill is worked out when
stories are published, changed or withdrawn (``related_refresh``, run by the
``refresh_related_stories`` task) and stored as ``RelatedStory`` rows; a story page reads
its whole box, curated links and fill, in one query, whatever the size of the archive.
What readers may see is applied on that read, so a story withdrawn a moment ago is out of
every box before any refresh has run.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connections, transaction
from django.db.models import CharField, Exists, F, IntegerField, OuterRef, Q, Value
from django.dispatch import receiver
from taggit.models import TaggedItem

from articles.addresses import address
from articles.models import Article, Listing, Quote, RelatedLink, RelatedStory
from articles.prepared import prepared
from articles.signals import public_content_changed

# A source quoted in both stories says more about what they share than a common tag.
SOURCE_WEIGHT = 3
TAG_WEIGHT = 1
# Stored fill entries per story, beyond the box's size: room for curated links that name
# the same stories and for stories withdrawn before the next refresh.
STORED_BEYOND_TOTAL = 10
# Boxes rewritten per statement when a story joins or leaves other stories' boxes.
REFRESH_CHUNK = 500
# Candidates per quoted source or tag a story has: its box is chosen among the stories last
# published with each, so working one out costs the same at a million stories as at a
# thousand, and so does a refresh, which visits only the boxes of those candidates.
CANDIDATES_PER_SHARE = 200


@dataclass(frozen=True, slots=True)
class RelatedItem:
    """One entry of the box, ready to render; ``story_id`` is the linked story's (None for a
    page outside the site)."""

    kicker: str
    title: str
    teaser: str
    href: str
    is_external: bool
    story_id: int | None = None


def stored_per_story() -> int:
    return settings.RELATED_ARTICLES_TOTAL + STORED_BEYOND_TOTAL


def related_for_article(article: Article, *, total: int | None = None) -> list[RelatedItem]:
    """The box for ``article``: its curated links, then the closest published stories up to
    ``total`` entries (``settings.RELATED_ARTICLES_TOTAL`` by default). One query.

    Curated links keep the editor's order and are never cut to fit ``total``; a link to a
    story that is not published (draft, in review, scheduled, withdrawn) is left out, while
    links to outside pages stay. An internal link's title, kicker and teaser default to the
    target's headline, kicker (or section) and dek.

    The fill is the stored ``RelatedStory`` list of the live story, published stories only:
    ``SOURCE_WEIGHT`` per quoted source and ``TAG_WEIGHT`` per tag, highest first, newer
    first on ties. Stories sharing nothing are not related. The story itself (both its live
    row and its working copy) and stories already linked are excluded.
    """
    if article.pk is None:
        return []
    if total is None:
        total = settings.RELATED_ARTICLES_TOTAL
    live_pk = article.live_article_id or article.pk
    curated, fill = [], []
    for row in _box_rows(article.pk, live_pk):
        (curated if row["box_curated"] else fill).append(row)
    curated.sort(key=lambda row: (row["box_order"], row["box_row_id"]))
    items = [_curated_item(row) for row in curated]
    shown = {live_pk, article.pk} | {item.story_id for item in items if item.story_id}
    fill.sort(
        key=lambda row: (-row["box_score"], -row["box_published_at"].timestamp(), -row["box_target_id"])
    )
    for row in fill:
        if len(items) >= total:
            break
        if row["box_target_id"] not in shown:
            shown.add(row["box_target_id"])
            items.append(_story_item(row))
    return items


def _story_columns(prefix: str) -> dict:
    return {
        "box_target_id": F(f"{prefix}_id"),
        "box_target_headline": F(f"{prefix}__headline"),
        "box_target_kicker": F(f"{prefix}__kicker"),
        "box_target_dek": F(f"{prefix}__dek"),
        "box_target_slug": F(f"{prefix}__slug"),
        "box_target_date": F(f"{prefix}__publication_date"),
        "box_target_section": F(f"{prefix}__section__name"),
        "box_published_at": F(f"{prefix}__last_published_at"),
    }


def _box_rows(article_pk: int, live_pk: int) -> list[dict]:
    """The curated links of ``article_pk`` (a working copy has its own) and the stored fill
    of ``live_pk``, as rows of the same shape, in one ``UNION ALL``."""
    return _box_query.rows(article_pk=article_pk, live_pk=live_pk)


@prepared("article_pk", "live_pk")
def _box_query(article_pk, live_pk):
    text, number = CharField(), IntegerField()
    curated = (
        RelatedLink.objects.filter(article_id=article_pk)
        .alias(target_is_public=Exists(Article.objects.published().filter(pk=OuterRef("target_article"))))
        .filter(Q(target_article__isnull=True) | Q(target_is_public=True))
        .values(
            box_curated=Value(True),
            box_row_id=F("id"),
            box_order=F("order"),
            box_score=Value(0, output_field=number),
            box_title=F("title"),
            box_kicker=F("kicker"),
            box_teaser=F("teaser"),
            box_url=F("url"),
            **_story_columns("target_article"),
        )
    )
    fill = RelatedStory.objects.filter(
        article_id=live_pk, related__status=Article.Status.PUBLISHED, related__live_article__isnull=True
    ).values(
        box_curated=Value(False),
        box_row_id=F("id"),
        box_order=Value(0, output_field=number),
        box_score=F("score"),
        box_title=Value("", output_field=text),
        box_kicker=Value("", output_field=text),
        box_teaser=Value("", output_field=text),
        box_url=Value("", output_field=text),
        **_story_columns("related"),
    )
    return curated.order_by().union(fill.order_by(), all=True)


def _story_address(row: dict) -> str:
    # Article.get_absolute_url's address, from the row: no model instance per entry.
    day = row["box_target_date"]
    return address(
        "articles:detail",
        year=day.year,
        month=f"{day.month:02d}",
        day=f"{day.day:02d}",
        slug=row["box_target_slug"],
    )


def _curated_item(row: dict) -> RelatedItem:
    if row["box_target_id"] is None:
        return RelatedItem(
            kicker=row["box_kicker"],
            title=row["box_title"],
            teaser=row["box_teaser"],
            href=row["box_url"],
            is_external=True,
        )
    story = _story_item(row)
    return RelatedItem(
        kicker=row["box_kicker"] or story.kicker,
        title=row["box_title"] or story.title,
        teaser=row["box_teaser"] or story.teaser,
        href=story.href,
        is_external=False,
        story_id=story.story_id,
    )


def _story_item(row: dict) -> RelatedItem:
    """A published story as the box shows it: its kicker (or section), headline and dek."""
    return RelatedItem(
        kicker=row["box_target_kicker"] or row["box_target_section"],
        title=row["box_target_headline"],
        teaser=row["box_target_dek"],
        href=_story_address(row),
        is_external=False,
        story_id=row["box_target_id"],
    )


def _scores(article: Article, *, limit: int | None) -> list[tuple[int, int]]:
    sql, params = closest_stories_sql(article, limit=limit)
    with connections[Article.objects.db].cursor() as cursor:
        cursor.execute(sql, params)
        return [(row[0], row[1]) for row in cursor.fetchall()]


def _store_box(story_id: int, scores) -> None:
    RelatedStory.objects.filter(article_id=story_id).delete()
    RelatedStory.objects.bulk_create(
        [RelatedStory(article_id=story_id, related_id=pk, score=score) for pk, score in scores],
        ignore_conflicts=True,
    )


def _trim_boxes(story_ids: list[int]) -> None:
    """Keep only the best ``stored_per_story()`` entries of each of these stories' boxes."""
    table, story = RelatedStory._meta.db_table, Article._meta.db_table
    for start in range(0, len(story_ids), REFRESH_CHUNK):
        chunk = story_ids[start : start + REFRESH_CHUNK]
        placeholders = ", ".join(["%s"] * len(chunk))
        with connections[RelatedStory.objects.db].cursor() as cursor:
            cursor.execute(
                f"""
                DELETE FROM {table} WHERE id IN (
                    SELECT ranked.id FROM (
                        SELECT r.id, ROW_NUMBER() OVER (
                            PARTITION BY r.article_id
                            ORDER BY r.score DESC, a.last_published_at DESC, a.id DESC
                        ) AS place
                        FROM {table} r INNER JOIN {story} a ON a.id = r.related_id
                        WHERE r.article_id IN ({placeholders})
                    ) ranked
                    WHERE ranked.place > %s
                )
                """,
                [*chunk, stored_per_story()],
            )


def _join_boxes(story: Article, scores) -> list[int]:
    """Put ``story`` into the stored box of each story of ``scores`` (``(id, score)``: what
    each shares with it) where it earns a place: the box has room, or holds an entry it
    outranks (a lower score, or the same score and published before it, as boxes rank).
    Returns the boxes it joined, which may now hold one entry too many.

    Deciding in the database, a chunk of boxes a statement, writes only the boxes it
    joins: a story sharing a tag with thousands of others is in few of their boxes."""
    table, story_table = RelatedStory._meta.db_table, Article._meta.db_table
    connection = connections[RelatedStory.objects.db]
    published_at = connection.ops.adapt_datetimefield_value(story.last_published_at)
    joined = []
    for start in range(0, len(scores), REFRESH_CHUNK):
        chunk = scores[start : start + REFRESH_CHUNK]
        boxes = ", ".join(["(%s, %s)"] * len(chunk))
        with connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {table} (article_id, related_id, score)
                SELECT box.column1, %s, box.column2 FROM (VALUES {boxes}) AS box
                WHERE (SELECT COUNT(*) FROM {table} r WHERE r.article_id = box.column1) < %s
                OR EXISTS (SELECT 1 FROM {table} r WHERE r.article_id = box.column1 AND r.score < box.column2)
                OR EXISTS (
                    SELECT 1 FROM {table} r INNER JOIN {story_table} a ON a.id = r.related_id
                    WHERE r.article_id = box.column1 AND r.score = box.column2 AND (
                        a.last_published_at < %s OR (a.last_published_at = %s AND a.id < %s)
                    )
                )
                RETURNING article_id
                """,
                [
                    story.pk,
                    *(value for pair in chunk for value in pair),
                    stored_per_story(),
                    published_at,
                    published_at,
                    story.pk,
                ],
            )
            joined += [row[0] for row in cursor.fetchall()]
    return joined


def related_refresh(story_id: int) -> None:
    """Bring the stored boxes up to date after story ``story_id`` (a live row) changed.

    A published story gets its own box anew, and joins the box of each of its candidates
    wherever its score earns a place (scores are symmetric: what A shares with B, B shares
    with A). Older stories that share something with it but are no candidate of its (beyond
    the last ``CANDIDATES_PER_SHARE`` on each list they share) keep their boxes until the
    next rebuild, which bounds the refresh as it bounds the box. A story readers cannot see
    (withdrawn, deleted, back to draft) has no box and leaves every other: those boxes are
    worked out again, so they stay full. Boxes it was in and where its score fell are
    worked out again too.
    """
    with transaction.atomic():
        story = Article.objects.filter(pk=story_id).first()
        before = dict(RelatedStory.objects.filter(related_id=story_id).values_list("article_id", "score"))
        RelatedStory.objects.filter(Q(article_id=story_id) | Q(related_id=story_id)).delete()
        visible = story is not None and Article.objects.published().filter(pk=story_id).exists()
        scores = _scores(story, limit=None) if visible else []
        if scores:
            _store_box(story_id, scores[: stored_per_story()])
            _trim_boxes(_join_boxes(story, scores))
        now = dict(scores)
        for other_id, score in before.items():
            if now.get(other_id, -1) < score:
                related_box_rebuild(other_id)


def related_rebuild_all(*, progress=None) -> int:
    """Work out every published story's stored box from scratch (after an import, or to
    repair); returns how many. ``progress(done, total)`` is called every few hundred."""
    ids = list(Article.objects.published().order_by("pk").values_list("pk", flat=True))
    RelatedStory.objects.exclude(article_id__in=Article.objects.published().values("pk")).delete()
    for done, story_id in enumerate(ids, start=1):
        related_box_rebuild(story_id)
        if progress and (done % 500 == 0 or done == len(ids)):
            progress(done, len(ids))
    return len(ids)


@receiver(public_content_changed, dispatch_uid="articles.related.public_content_changed")
def _on_public_content_changed(sender, article, action="", **kwargs):
    # A generated archive is worked out as a whole by the command that wrote it.
    if action == "generate_archive":
        return
    from articles.tasks import enqueue_on_commit, refresh_related_stories

    enqueue_on_commit(refresh_related_stories, article_id=article.live_article_id or article.pk)


def related_box_rebuild(story_id: int) -> None:
    """Work out story ``story_id``'s stored box from scratch (nothing, unless published)."""
    story = Article.objects.published().filter(pk=story_id).first()
    with transaction.atomic():
        _store_box(story_id, _scores(story, limit=stored_per_story()) if story else [])


def closest_stories_sql(article: Article, *, limit: int | None, exclude=()) -> tuple[str, list]:
    """The scoring query and its parameters, for running and for EXPLAIN. Rows: (article
    id, score), best first; every candidate when ``limit`` is None.

    The candidates are, for each source quoted and each tag given in ``article``, the
    ``CANDIDATES_PER_SHARE`` stories last published of those on that source's or tag's list
    (``Listing``, published stories only, newest first): at most that many per share,
    whatever the size of the archive. Each candidate is then scored on everything it shares
    with ``article``, not only the share that brought it in."""
    sources, tags = _shares(article)
    if not (sources or tags):
        return "SELECT a.id, 0 FROM " + Article._meta.db_table + " a WHERE 1 = 0", []
    quote = Quote._meta.db_table
    tagged = TaggedItem._meta.db_table
    story = Article._meta.db_table
    listing = Listing._meta.db_table
    content_type = ContentType.objects.get_for_model(Article).pk
    excluded = sorted({pk for pk in exclude if pk is not None} | {article.pk})
    # One bounded walk down the list index per share; SQLite takes ORDER BY and LIMIT in a
    # compound SELECT only inside a subquery, hence the wrapping.
    nearest = " UNION ".join(
        f"""SELECT article_id FROM (
            SELECT l.article_id FROM {listing} l WHERE l.kind = %s AND l.key = %s AND l.article_id <> %s
            ORDER BY l.published_at DESC, l.article_id DESC LIMIT %s
        ) near{index}"""
        for index in range(len(sources) + len(tags))
    )
    nearest_params = []
    for kind, keys in ((Listing.Kind.SOURCE, sources), (Listing.Kind.TAG, tags)):
        for key in keys:
            nearest_params += [kind, key, article.pk, CANDIDATES_PER_SHARE]
    source_list = ", ".join(["%s"] * len(sources)) or "NULL"
    tag_list = ", ".join(["%s"] * len(tags)) or "NULL"
    excluded_list = ", ".join(["%s"] * len(excluded))
    sql = f"""
        SELECT a.id, scores.score
        FROM (
            SELECT shared.article_id, SUM(shared.weight) AS score
            FROM (
                SELECT DISTINCT q.article_id, q.source_id AS shared_id, {int(SOURCE_WEIGHT)} AS weight
                FROM {quote} q
                WHERE q.article_id IN (SELECT article_id FROM candidates)
                AND q.source_id IN ({source_list})
                UNION ALL
                SELECT t.object_id AS article_id, t.tag_id AS shared_id, {int(TAG_WEIGHT)} AS weight
                FROM {tagged} t
                WHERE t.content_type_id = %s
                AND t.object_id IN (SELECT article_id FROM candidates)
                AND t.tag_id IN ({tag_list})
            ) shared
            GROUP BY shared.article_id
        ) scores
        INNER JOIN {story} a ON a.id = scores.article_id
        WHERE a.status = %s AND a.live_article_id IS NULL AND a.id NOT IN ({excluded_list})
        ORDER BY scores.score DESC, a.last_published_at DESC, a.id DESC
        {"LIMIT %s" if limit is not None else ""}
    """
    sql = f"WITH candidates AS ({nearest}) {sql}"
    params = [*nearest_params, *sources, content_type, *tags, Article.Status.PUBLISHED, *excluded]
    return sql, params + ([limit] if limit is not None else [])


def _shares(article: Article) -> tuple[list[int], list[int]]:
    """The sources quoted in ``article`` and its tags, by id: what a related story shares."""
    sources = sorted(set(Quote.objects.filter(article_id=article.pk).values_list("source_id", flat=True)))
    tags = sorted(
        TaggedItem.objects.filter(
            content_type=ContentType.objects.get_for_model(Article), object_id=article.pk
        ).values_list("tag_id", flat=True)
    )
    return sources, tags
