"""The story page: everything its template needs, read with a fixed number of queries.

``story_context`` is shared by the public story page and the staff preview, so readers and
editors see the same page; ``render_story`` adds what differs for a preview (no indexing,
a visible banner, never cached).

For readers, the page but its related-articles box is rendered once and kept as a fragment
(``articles.delivery.fragments``) under the story's last save, purged with the story's page
by the tags of what it shows (the story, its section, tags, authors and sources, the
navigation); the box is read and rendered on every request, since what it may show changes
with other stories (one withdrawn a moment ago is out of it at once).
"""

import datetime
import functools
import html
import json
import re
import secrets
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import (
    CharField,
    DateTimeField,
    F,
    IntegerField,
    Value,
)
from django.db.models.functions import Cast
from django.db.models.query import QuerySet
from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader
from django.utils import timezone
from django.utils.html import format_html, strip_tags
from django.utils.http import http_date
from django.utils.safestring import mark_safe
from taggit.models import Tag, TaggedItem

from articles.delivery.fragments import fragments
from articles.delivery.tags import page_tags_add, record_tag, story_tag
from articles.models import (
    Article,
    ArticleAuthor,
    Correction,
    Quote,
    Section,
    Source,
    author_url,
    person_name,
)
from articles.prepared import model_fields, prepared, saved_instance
from articles.related import related_for_article
from articles.renditions import lead_image_rendition
from articles.site_templates import rendering_digest

User = get_user_model()

# Pull quotes are set after this many blocks of the body, then after every PULL_QUOTE_EVERY.
PULL_QUOTE_FIRST_AFTER = 2
PULL_QUOTE_EVERY = 4
# Within a minute of first publication, a republish is not shown as an update.
UPDATE_THRESHOLD_SECONDS = 60

_TAG = re.compile(r'<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*/?>')
_VOID = {"br", "hr", "img", "wbr"}
# The same escapes as django.utils.html.json_script, for a script of another type.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


# Statuses of a live story readers cannot reach at all (its page, the API): everything but
# published, and withdrawn (which answers 410).
NOT_YET_PUBLIC = (Article.Status.DRAFT, Article.Status.IN_REVIEW, Article.Status.SCHEDULED)


def story_at(day: datetime.date, slug: str) -> Article | None:
    """The live story published on ``day`` under ``slug``, published or withdrawn, with its
    section, in one query; None if there is none (drafts, stories in review and scheduled
    stories have no public address yet)."""
    rows = _story_at_query.rows(day=day, slug=slug)
    if not rows:
        return None
    (row,) = rows
    article = saved_instance(Article, row)
    Article.section.field.set_cached_value(article, saved_instance(Section, row, "section__"))
    return article


@prepared(day=datetime.date, slug=str)
def _story_at_query(day, slug):
    return (
        Article.objects.live()
        .filter(publication_date=day, slug=slug)
        .exclude(status__in=NOT_YET_PUBLIC)
        .order_by("pk")
        .values(*model_fields(Article), *model_fields(Section, "section__"))[:1]
    )


def body_blocks(html: str) -> list[str]:
    """Split sanitized body HTML into its top-level blocks (paragraphs, headings, lists...).

    The body was serialized by the sanitizer, so tags are balanced and attribute values
    double-quoted; text outside any block stays with the block it follows.
    """
    blocks, depth, start = [], 0, 0
    for match in _TAG.finditer(html):
        closing, name = match.group(1), match.group(2).lower()
        if name in _VOID:
            if depth == 0:
                blocks.append(html[start : match.end()])
                start = match.end()
            continue
        depth += -1 if closing else 1
        if closing and depth <= 0:
            depth = 0
            blocks.append(html[start : match.end()])
            start = match.end()
    if html[start:].strip():
        blocks.append(html[start:])
    return [block.strip() for block in blocks if block.strip()]


# The first word of a paragraph that opens with an abbreviation ("U.S.", "NASA") or a
# figure or a punctuation mark ("$48 million", a quotation) gets no drop cap: a big first
# character would split the word.
_FIRST_WORD = re.compile(r"\S+")
_ABBREVIATION = re.compile(r"^\w+\.\w|^[A-Z]{2,}\b")


def takes_drop_cap(block: str) -> bool:
    """Whether a body block is a paragraph whose first character may be set as a drop cap:
    it starts with a letter, and its first word is not an abbreviation."""
    if not block.startswith("<p>"):
        return False
    text = html.unescape(strip_tags(block)).strip()
    word = _FIRST_WORD.match(text)
    if word is None or not word.group()[0].isalpha():
        return False
    return _ABBREVIATION.match(word.group()) is None


def with_drop_cap(blocks: list[str]) -> list[str]:
    """The body's blocks, the first marked ``class="drop-cap"`` when it takes one."""
    if blocks and takes_drop_cap(blocks[0]):
        return ['<p class="drop-cap">' + blocks[0][len("<p>") :], *blocks[1:]]
    return blocks


def interleave_pull_quotes(blocks: list[str], pull_quotes: list[Quote]) -> list[dict]:
    """The body as a list of ``{"html": ...}`` and ``{"pull_quote": quote}`` items: the
    first pull quote after the second block, the next ones every fourth block, and any that
    do not fit at the end."""
    items, waiting = [], list(pull_quotes)
    for index, block in enumerate(blocks, start=1):
        # Safe: the body is sanitized to an allowlist whenever it is saved.
        items.append({"html": mark_safe(block)})
        due = index >= PULL_QUOTE_FIRST_AFTER and (index - PULL_QUOTE_FIRST_AFTER) % PULL_QUOTE_EVERY == 0
        if waiting and due:
            items.append({"pull_quote": waiting.pop(0)})
    items.extend({"pull_quote": quote} for quote in waiting)
    return items


def absolute_url(path: str) -> str:
    """``path`` on the public site's address (``settings.SITE_URL``)."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.SITE_URL + path


def jsonld_script(data: dict) -> str:
    """A ``<script type="application/ld+json">`` whose content cannot close the element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


def byline_people(article: Article) -> list[dict]:
    """The byline's authors in order, each with a name and the address of their page."""
    people = []
    for byline in article.bylines.all():
        user = byline.author
        people.append(
            {
                "name": person_name(user),
                "url": author_url(user),
            }
        )
    return people


def _share_image_url(article: Article) -> str:
    if not article.lead_image:
        return ""
    rendition = lead_image_rendition(article, "w1200", generate=True)
    return absolute_url(rendition.url if rendition is not None else article.lead_image.url)


def _people_in_story(quotes: list[Quote]) -> list[Source]:
    seen, people = set(), []
    for quote in quotes:
        if quote.source_id not in seen:
            seen.add(quote.source_id)
            people.append(quote.source)
    return people


def prefetch_story(article: Article) -> None:
    """Load the rows a story page shows onto ``article`` in two queries, whatever their
    number: its quotes (sources read through ``Source.PUBLIC_FIELDS`` only), and its byline,
    tags and corrections together (``story_parts``). ``article.bylines.all()``,
    ``article.tags.all()`` and ``article.quotes.all()`` then read no database, as after
    ``prefetch_related``; the corrections are left on ``article.story_corrections``."""
    sources, quotes = {}, []
    for row in _quotes_query.rows(article_pk=article.pk):
        source = sources.get(row["source_id"])
        if source is None:
            source = Source(**{name: row[f"source__{name}"] for name in Source.PUBLIC_FIELDS})
            sources[source.pk] = source
        quotes.append(
            Quote(
                pk=row["id"],
                article_id=article.pk,
                source_id=source.pk,
                text=row["text"],
                order=row["order"],
                is_pull_quote=row["is_pull_quote"],
                is_partial=row["is_partial"],
                source=source,
            )
        )
    bylines, tags, corrections = story_parts(article)
    _set_prefetched(article, "quotes", Quote, quotes)
    _set_prefetched(article, "bylines", ArticleAuthor, bylines)
    _set_prefetched(article, "tags", Tag, tags)
    article.story_corrections = corrections


@prepared("article_pk")
def _quotes_query(article_pk):
    return Quote.objects.filter(article_id=article_pk).values(
        "id",
        "source_id",
        "text",
        "order",
        "is_pull_quote",
        "is_partial",
        *(f"source__{name}" for name in Source.PUBLIC_FIELDS),
    )


def _set_prefetched(article: Article, name: str, model, rows: list) -> None:
    # The state prefetch_related leaves: the related manager then serves ``rows``. A bare
    # queryset, because building the manager's own (its filters) costs more than the read.
    queryset = QuerySet(model=model)
    queryset._result_cache = rows
    queryset._prefetch_done = True
    article._prefetched_objects_cache = {**getattr(article, "_prefetched_objects_cache", {}), name: queryset}


def story_parts(article: Article) -> tuple[list[ArticleAuthor], list[Tag], list[Correction]]:
    """A story's byline (authors in order), tags, and the corrections of its live story
    (newest first), in one ``UNION ALL`` query of rows of one shape."""
    rows = _parts_query.rows(
        article_pk=article.pk,
        live_pk=article.live_article_id or article.pk,
        article_type=ContentType.objects.get_for_model(Article).pk,
    )
    found = {"byline": [], "tag": [], "correction": []}
    for row in rows:
        found[row["part_kind"]].append(row)
    people = [
        ArticleAuthor(
            pk=row["part_row"],
            article_id=article.pk,
            order=row["part_order"],
            author=User(
                pk=row["part_ref"],
                username=row["part_first"],
                first_name=row["part_second"],
                last_name=row["part_third"],
            ),
        )
        for row in sorted(found["byline"], key=lambda row: (row["part_order"], row["part_row"]))
    ]
    tag_list = [
        Tag(pk=row["part_ref"], name=row["part_first"], slug=row["part_second"]) for row in found["tag"]
    ]
    fixes = [
        Correction(
            pk=row["part_row"],
            article_id=row["part_ref"],
            text=row["part_first"],
            created_at=row["part_moment"],
        )
        for row in sorted(
            found["correction"], key=lambda row: (row["part_moment"], row["part_row"]), reverse=True
        )
    ]
    return people, tag_list, fixes


@prepared("article_pk", "live_pk", "article_type")
def _parts_query(article_pk, live_pk, article_type):
    text, moment, number = CharField(), DateTimeField(), IntegerField()
    # Typed, so that PostgreSQL matches the branches' columns by type.
    no_text, no_moment = Value("", output_field=text), Cast(Value(None), output_field=moment)
    bylines = ArticleAuthor.objects.filter(article_id=article_pk).values(
        part_kind=Value("byline", output_field=text),
        part_row=F("id"),
        part_ref=F("author_id"),
        part_order=F("order"),
        part_first=F("author__username"),
        part_second=F("author__first_name"),
        part_third=F("author__last_name"),
        part_moment=no_moment,
    )
    tags = TaggedItem.objects.filter(content_type_id=article_type, object_id=article_pk).values(
        part_kind=Value("tag", output_field=text),
        part_row=F("id"),
        part_ref=F("tag_id"),
        part_order=Value(0, output_field=number),
        part_first=F("tag__name"),
        part_second=F("tag__slug"),
        part_third=no_text,
        part_moment=no_moment,
    )
    corrections = Correction.objects.filter(article_id=live_pk).values(
        part_kind=Value("correction", output_field=text),
        part_row=F("id"),
        part_ref=F("article_id"),
        part_order=Value(0, output_field=number),
        part_first=F("text"),
        part_second=no_text,
        part_third=no_text,
        part_moment=F("created_at"),
    )
    return bylines.order_by().union(tags.order_by(), corrections.order_by(), all=True)


def story_own_context(article: Article) -> dict:
    """What a story's own parts show (all of its page but the related-articles box), in
    three queries whatever how many authors, quotes, tags or corrections it has (four if
    ``article`` comes without its section), naming those records on the page being rendered."""
    if "section" not in article._state.fields_cache:
        article = Article.objects.select_related("section").get(pk=article.pk)
    prefetch_story(article)
    corrections = article.story_corrections
    quotes = list(article.quotes.all())
    pull_quotes = [quote for quote in quotes if quote.is_pull_quote]
    tags = sorted(article.tags.all(), key=lambda tag: tag.name.lower())
    authors = byline_people(article)
    page_tags_add(
        story_tag(article),
        record_tag("section", article.section_id),
        *(record_tag("tag", tag.pk) for tag in tags),
        *(record_tag("author", byline.author_id) for byline in article.bylines.all()),
        *(record_tag("source", quote.source_id) for quote in quotes),
    )

    published = article.first_published_at
    updated = max(
        [t for t in [article.last_published_at, *(c.created_at for c in corrections)] if t is not None],
        default=None,
    )
    if published and updated and (updated - published).total_seconds() < UPDATE_THRESHOLD_SECONDS:
        updated = None

    path = article.get_absolute_url()
    canonical = absolute_url(path)
    image = _share_image_url(article)
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
        "headline": article.headline,
        "description": article.dek,
        "datePublished": published,
        "dateModified": updated or article.last_published_at or published,
        "author": (
            [{"@type": "Person", "name": a["name"], "url": absolute_url(a["url"])} for a in authors]
            if not article.byline_override
            else [{"@type": "Organization", "name": article.byline_override}]
        ),
        "publisher": {"@type": "Organization", "name": settings.SITE_NAME, "url": settings.SITE_URL + "/"},
        "articleSection": article.section.name,
        "keywords": [tag.name for tag in tags],
    }
    if image:
        jsonld["image"] = [image]

    return {
        "article": article,
        "section": article.section,
        "kicker": article.display_kicker,
        "authors": authors,
        "byline_override": article.byline_override,
        "published_at": published,
        "updated_at": updated,
        "body_items": interleave_pull_quotes(with_drop_cap(body_blocks(article.body)), pull_quotes),
        "people": _people_in_story(quotes),
        "tags": tags,
        "corrections": corrections,
        "canonical_url": canonical,
        "share_image": image,
        "jsonld": jsonld_script(jsonld),
    }


def story_context(article: Article) -> dict:
    """Everything the story page shows for ``article`` (a saved row: a live story or a
    working copy): ``story_own_context`` and the related-articles box, in four queries."""
    context = story_own_context(article)
    context["related"] = _related(context["article"])
    return context


def _related(article: Article) -> list:
    related = related_for_article(article)
    page_tags_add(*(record_tag("story", item.story_id) for item in related if item.story_id is not None))
    return related


def related_box(related: list) -> str:
    """The related-articles box's HTML. The same entries make the same box, so each box is
    made once per process (the most recent ones kept): entries are plain values, and a
    change to any of them (a headline edited, a story withdrawn) is a different box."""
    return _box_markup(tuple(related), rendering_digest())


@functools.lru_cache(maxsize=4096)
def _box_markup(related: tuple, digest: str) -> str:
    # Safe: rendered by the autoescaping site templates.
    return mark_safe(loader.get_template(RELATED_BOX_TEMPLATE).render({"related": related}))


RELATED_BOX_TEMPLATE = "articles/story/related.html"
# Where the box goes in the page kept without it: a comment no escaped value can hold and no
# body can guess (new in each process; the kept page is split at it before it is stored).
_BOX_PLACE = mark_safe(f"<!-- related-box {secrets.token_hex(16)} -->")


def render_story(request, article: Article, *, preview: bool = False, preview_note: str = ""):
    """The story page for ``article``, with ``Last-Modified`` from its latest update. A
    preview is marked ``noindex``, carries a visible banner (``preview_note`` says what is
    previewed, when it is not the story as it stands) and is never stored by any cache.

    For readers, the page is two fragments (``articles.delivery.fragments``), read at once:
    the page around the related-articles box, kept under the story's last save, the day (the
    masthead's date) and a digest of the site's templates and of this module (a release
    that renders pages differently makes new keys); and the box, under the same and the
    current ``RELATED_BOX_SECONDS`` period (a story published since joins it in the next;
    0 reads the box on every request). Both are purged by the tags of what they show, so a
    story leaving the box (withdrawn, edited) leaves it at once."""
    if preview or article.pk is None:
        context = story_context(article)
        context.update(
            related_box=related_box(context["related"]), preview=preview, preview_note=preview_note
        )
        response = render(request, "articles/article_detail.html", context)
        response["Cache-Control"] = "private, no-store"
        return response

    if "section" not in article._state.fields_cache:
        article = Article.objects.select_related("section").get(pk=article.pk)
    version = f"{article.updated_at.isoformat()}:{rendering_digest()}"
    page_key = f"story-page:{article.pk}:{version}:{timezone.localdate()}"
    box_key = f"story-box:{article.pk}:{version}:{_box_period()}"
    renders = {
        page_key: lambda: _story_page_around_box(request, article),
        box_key: lambda: _story_box(article),
    }
    keys = [page_key, box_key] if settings.RELATED_BOX_SECONDS > 0 else [page_key]
    kept = fragments(keys, lambda missing: {key: renders[key] for key in missing})
    before, after, changed = kept[page_key]
    box = kept[box_key] if box_key in kept else _story_box(article)
    response = HttpResponse(before + box + after)
    if changed is not None:
        response["Last-Modified"] = http_date(changed.timestamp())
    return response


def _story_box(article: Article) -> str:
    # Refilling the story's stored box purges this tag (readers only see live stories here).
    page_tags_add(record_tag("box", article.pk))
    return related_box(_related(article))


def _box_period() -> int:
    """Which ``RELATED_BOX_SECONDS`` period this is: a box kept is used within its period only,
    so a story published since joins the boxes it earned a place in when the next begins."""
    return int(time.time() // settings.RELATED_BOX_SECONDS) if settings.RELATED_BOX_SECONDS > 0 else 0


def _story_page_around_box(request, article: Article) -> tuple[str, str, datetime.datetime | None]:
    context = story_own_context(article)
    context.update(related_box=_BOX_PLACE, preview=False, preview_note="")
    page = loader.render_to_string("articles/article_detail.html", context, request)
    before, after = page.split(_BOX_PLACE, 1)
    return before, after, context["updated_at"] or context["published_at"]
