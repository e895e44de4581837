"""Source records: merging duplicates, and how often the newsroom has quoted someone.

``source_merge`` is the one writer that folds a duplicate record into another.
``source_usage`` reads, for a handful of sources, when and where they were last quoted in
published stories, in a fixed number of queries however many stories there are.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, F, Max, Q, Window
from django.db.models.functions import DenseRank
from django.utils import timezone

from articles import listings, workflow
from articles.models import Article, Quote, Source, SourceMerge

MERGE_NOT_ALLOWED = "Only editors may merge sources."
MERGE_SAME_SOURCE = "A source cannot be merged into itself."
MERGED_NOTES_HEADING = "From the merged record “{name}”:"

# Fields of the kept record that are filled from the merged one when left blank.
FILLED_WHEN_BLANK = ("title", "organization", "abbreviation", "description", "phone", "email")
ATTRIBUTE_FIELDS = ("attributes_consent", "gender", "gender_self_description", "selection")
USAGE_DAYS = 30
USAGE_STORIES = 5


class SourceMergePermissionError(PermissionDenied):
    """The user may not merge sources."""


def can_merge_sources(user) -> bool:
    """Editors only: a merge moves quotes between records and may change what readers see
    about the record kept, so it is an editor's decision like any change to a public source."""
    return bool(
        workflow.is_editor(user)
        and user.has_perm("articles.add_sourcemerge")
        and user.has_perm("articles.delete_source")
    )


def _snapshot(source: Source) -> dict:
    data = {}
    for f in Source._meta.concrete_fields:
        value = getattr(source, f.attname)
        data[f.name] = value.isoformat() if isinstance(value, datetime) else value
    return data


@transaction.atomic
def source_merge(*, keep: Source, merge: Source, user) -> SourceMerge:
    """Fold ``merge`` into ``keep``; editors only. Every quote of ``merge`` moves to
    ``keep``; blank fields of ``keep`` are filled from ``merge``; both records' private notes
    are kept; self-identified attributes move only as a whole and only when ``keep`` has
    none recorded with consent; earlier merge records follow. ``merge`` is then deleted and a
    ``SourceMerge`` row keeps its fields as they were. All or nothing."""
    if not can_merge_sources(user):
        raise SourceMergePermissionError(MERGE_NOT_ALLOWED)
    if keep.pk == merge.pk:
        raise ValidationError(MERGE_SAME_SOURCE, code="same_source")
    locked = {
        s.pk: s for s in Source.objects.select_for_update().filter(pk__in=[keep.pk, merge.pk]).order_by("pk")
    }
    keep, merge = locked[keep.pk], locked[merge.pk]

    for name in FILLED_WHEN_BLANK:
        if not getattr(keep, name) and getattr(merge, name):
            setattr(keep, name, getattr(merge, name))
    if merge.notes.strip() and merge.notes.strip() not in keep.notes:
        heading = MERGED_NOTES_HEADING.format(name=merge.name)
        keep.notes = "\n\n".join(filter(None, [keep.notes.rstrip(), f"{heading}\n{merge.notes.strip()}"]))
    if not keep.attributes_consent and merge.attributes_consent:
        for name in ATTRIBUTE_FIELDS:
            setattr(keep, name, getattr(merge, name))

    quoting = set(Quote.objects.filter(source=merge).values_list("article_id", flat=True))
    moved = Quote.objects.filter(source=merge).update(source=keep)
    listings.list_stories(quoting)
    SourceMerge.objects.filter(kept=merge).update(kept=keep)
    workflow.source_changes_close_for_merge(merged=merge, kept=keep, user=user)
    record = SourceMerge.objects.create(
        kept=keep, merged_name=merge.name, merged_data=_snapshot(merge), quotes_moved=moved, user=user
    )
    merge.delete()
    keep.save()
    return record


@dataclass
class UsageStory:
    article_id: int
    headline: str
    published_at: datetime | None
    quotes: int
    url: str


@dataclass
class SourceUsage:
    """How often the newsroom has quoted a source in published stories."""

    source_id: int
    last_quoted: datetime | None = None
    quotes_recent: int = 0
    quotes_total: int = 0
    stories_total: int = 0
    stories: list[UsageStory] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "source_id": self.source_id,
            "last_quoted": self.last_quoted.isoformat() if self.last_quoted else None,
            "quotes_recent": self.quotes_recent,
            "quotes_total": self.quotes_total,
            "stories_total": self.stories_total,
            "days": USAGE_DAYS,
            "stories": [
                {
                    "headline": s.headline,
                    "published_at": s.published_at.isoformat() if s.published_at else None,
                    "quotes": s.quotes,
                    "url": s.url,
                }
                for s in self.stories
            ],
        }


def source_usage(source_ids, *, now=None, days=USAGE_DAYS, stories=USAGE_STORIES) -> dict[int, SourceUsage]:
    """For each source id: when it was last quoted in a published story (the story's first
    publication), how many quotes in the last ``days`` days and in all, in how many stories,
    and the ``stories`` most recent of them. Two queries, whatever the number of stories."""
    ids = sorted({int(i) for i in source_ids})
    usage = {i: SourceUsage(i) for i in ids}
    if not ids:
        return usage
    since = (now or timezone.now()) - timedelta(days=days)
    published = Quote.objects.filter(source_id__in=ids, article__in=Article.objects.published().values("pk"))
    totals = (
        published.order_by()
        .values("source_id")
        .annotate(
            last=Max("article__first_published_at"),
            recent=Count("id", filter=Q(article__first_published_at__gte=since)),
            total=Count("id"),
            story_count=Count("article", distinct=True),
        )
    )
    for row in totals:
        u = usage[row["source_id"]]
        u.last_quoted, u.quotes_recent, u.quotes_total, u.stories_total = (
            row["last"],
            row["recent"],
            row["total"],
            row["story_count"],
        )
    # One row per (source, story) among each source's most recent stories.
    recent = (
        published.order_by()
        .annotate(
            rank=Window(
                DenseRank(),
                partition_by=[F("source_id")],
                order_by=[F("article__first_published_at").desc(), F("article_id").desc()],
            )
        )
        .filter(rank__lte=stories)
        .values(
            "source_id",
            "article_id",
            "article__headline",
            "article__first_published_at",
            "article__publication_date",
            "article__slug",
        )
    )
    seen: dict[tuple[int, int], UsageStory] = {}
    for row in recent:
        key = (row["source_id"], row["article_id"])
        if key in seen:
            seen[key].quotes += 1
            continue
        article = Article(
            pk=row["article_id"], publication_date=row["article__publication_date"], slug=row["article__slug"]
        )
        story = UsageStory(
            row["article_id"],
            row["article__headline"],
            row["article__first_published_at"],
            1,
            article.get_absolute_url(),
        )
        seen[key] = story
        usage[row["source_id"]].stories.append(story)
    for u in usage.values():
        u.stories.sort(
            key=lambda s: (s.published_at.timestamp() if s.published_at else 0, s.article_id), reverse=True
        )
    return usage
