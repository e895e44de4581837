"""The related-articles box beside a story.

First the editor's curated links in their order, then the published stories that have
most in common with this one. Three queries, whatever the size of the archive.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import connections
from django.db.models import Exists, OuterRef, Q
from taggit.models import TaggedItem

from articles.models import Article, Quote, RelatedLink

# A source quoted in both stories says more about what they share than a common tag.
SOURCE_WEIGHT = 3
TAG_WEIGHT = 1


@dataclass(frozen=True, slots=True)
class RelatedItem:
    """One entry of the box, ready to render."""

    kicker: str
    title: str
    teaser: str
    href: str
    is_external: bool
    article: Article | None = None


def related_for_article(article: Article, *, total: int | None = None) -> list[RelatedItem]:
    """The box for ``article``: its curated links, then the closest published stories up to
    ``total`` entries (``settings.RELATED_ARTICLES_TOTAL`` by default).

    Curated links keep the editor's order and are never cut to fit ``total``; a link to a
    story that is not published (draft, in review, scheduled, withdrawn) is left out, while
    links to outside pages stay. An internal link's title, kicker and teaser default to the
    target's headline, kicker (or section) and dek.

    The fill scores every published story by what it shares with ``article``:
    ``SOURCE_WEIGHT`` per quoted source and ``TAG_WEIGHT`` per tag, highest first, newer
    first on ties. Stories sharing nothing are not related. The story itself (both its live
    row and its working copy) and stories already linked are excluded.
    """
    if article.pk is None:
        return []
    if total is None:
        total = settings.RELATED_ARTICLES_TOTAL
    items = _curated(article)
    wanted = total - len(items)
    if wanted <= 0:
        return items
    exclude = {article.pk, article.live_article_id} | {item.article.pk for item in items if item.article}
    exclude.discard(None)
    items.extend(_story_item(story) for story in closest_stories(article, limit=wanted, exclude=exclude))
    return items


def _curated(article: Article) -> list[RelatedItem]:
    links = (
        RelatedLink.objects.filter(article=article)
        .select_related("target_article__section")
        .alias(target_is_public=Exists(Article.objects.published().filter(pk=OuterRef("target_article"))))
        .filter(Q(target_article__isnull=True) | Q(target_is_public=True))
        .order_by("order", "id")
    )
    return [
        RelatedItem(
            kicker=link.display_kicker,
            title=link.display_title,
            teaser=link.display_teaser,
            href=link.href,
            is_external=link.is_external,
            article=link.target_article,
        )
        for link in links
    ]


def _story_item(story: Article) -> RelatedItem:
    return RelatedItem(
        kicker=story.display_kicker,
        title=story.headline,
        teaser=story.dek,
        href=story.get_absolute_url(),
        is_external=False,
        article=story,
    )


def closest_stories(article: Article, *, limit: int, exclude=()) -> list[Article]:
    """Up to ``limit`` published stories sharing quoted sources or tags with ``article``,
    best score first, then newest first, leaving out the ids in ``exclude``. Two queries:
    one aggregate over the quote and tag indexes, one to load the winners."""
    if limit <= 0:
        return []
    sql, params = closest_stories_sql(article, limit=limit, exclude=exclude)
    with connections[Article.objects.db].cursor() as cursor:
        cursor.execute(sql, params)
        ranked = [row[0] for row in cursor.fetchall()]
    if not ranked:
        return []
    # Loaded through published() as well, so the rule for what readers may see is applied
    # by the one queryset that defines it, whatever the aggregate above filtered.
    found = Article.objects.published().select_related("section").in_bulk(ranked)
    return [found[pk] for pk in ranked if pk in found]


def closest_stories_sql(article: Article, *, limit: int, exclude=()) -> tuple[str, list]:
    """The scoring query of ``closest_stories`` and its parameters, for running and for
    EXPLAIN. Rows: (article id, score), best first."""
    quote = Quote._meta.db_table
    tagged = TaggedItem._meta.db_table
    story = Article._meta.db_table
    excluded = sorted({pk for pk in exclude if pk is not None} | {article.pk})
    placeholders = ", ".join(["%s"] * len(excluded))
    # The status and live_article conditions repeat ArticleQuerySet.published() so that the
    # LIMIT counts only stories readers may see; the winners are re-read through published().
    content_type = "SELECT ct.id FROM django_content_type ct WHERE ct.app_label = %s AND ct.model = %s"
    sql = f"""
        SELECT a.id, scores.score
        FROM (
            SELECT shared.article_id, SUM(shared.weight) AS score
            FROM (
                SELECT DISTINCT q.article_id, q.source_id AS shared_id, {int(SOURCE_WEIGHT)} AS weight
                FROM {quote} q
                WHERE q.source_id IN (SELECT own.source_id FROM {quote} own WHERE own.article_id = %s)
                UNION ALL
                SELECT t.object_id AS article_id, t.tag_id AS shared_id, {int(TAG_WEIGHT)} AS weight
                FROM {tagged} t
                WHERE t.content_type_id = ({content_type})
                AND t.tag_id IN (
                    SELECT own.tag_id FROM {tagged} own
                    WHERE own.content_type_id = ({content_type}) AND own.object_id = %s
                )
            ) shared
            GROUP BY shared.article_id
        ) scores
        INNER JOIN {story} a ON a.id = scores.article_id
        WHERE a.status = %s AND a.live_article_id IS NULL AND a.id NOT IN ({placeholders})
        ORDER BY scores.score DESC, a.last_published_at DESC, a.id DESC
        LIMIT %s
    """
    model = (Article._meta.app_label, Article._meta.model_name)
    params = [article.pk, *model, *model, article.pk, Article.Status.PUBLISHED, *excluded, limit]
    return sql, params
