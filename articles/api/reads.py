"""What the read API shows: published stories, sections, tags and public sources.

Rules:

* Stories are read through ``Article.objects.published()`` only: drafts, stories in review,
  scheduled stories, withdrawn ones and working copies are in no list, and asking for one by
  id is "not found", except a withdrawn story, which is "gone" (``StoryGone``), as on the site.
* Sources are read through ``Source.objects.public()`` and ``Source.PUBLIC_FIELDS`` only:
  a source's phone, e-mail and notes are never loaded, so they cannot be shown.
* A story reads what its page reads (``articles.story.story_context``: byline, tags, quotes
  with their sources, related links, corrections), so the API and the page agree, with the
  same fixed number of queries; lists read what the site's lists read
  (``articles.cards.story_cards``).
* Every read names what it shows for the page cache (``articles.delivery.tags``), with the
  tags the pages showing the same things carry, so the change that purges a page purges the
  API's answers too.
* Addresses are absolute, on ``settings.SITE_URL``.
"""

import datetime

from django.urls import reverse
from django.utils import timezone
from easy_thumbnails.alias import aliases
from taggit.models import Tag

from articles.api.cursors import page_of, slug_cursor, slugs_after, stories_after, story_cursor
from articles.cards import story_cards
from articles.delivery.tags import FEEDS, list_tag, page_tags_add, page_tags_add_stories, record_tag
from articles.models import Article, Quote, Section, Source, author_url, person_name
from articles.renditions import TARGET as RENDITIONS_TARGET
from articles.renditions import lead_image_rendition
from articles.story import NOT_YET_PUBLIC, UPDATE_THRESHOLD_SECONDS, absolute_url, story_context

STORY_GONE = "This story was withdrawn."


class StoryGone(Exception):
    """The story was published and has been withdrawn."""


def api_url(name: str, **kwargs) -> str:
    return absolute_url(reverse(f"api:{name}", kwargs=kwargs))


def _section(section: Section) -> dict:
    return {
        "id": section.pk,
        "name": section.name,
        "slug": section.slug,
        "url": absolute_url(section.get_absolute_url()),
    }


def _tag(tag: Tag) -> dict:
    return {
        "id": tag.pk,
        "name": tag.name,
        "slug": tag.slug,
        "url": absolute_url(reverse("articles:tag", kwargs={"slug": tag.slug})),
    }


def _source(source: Source) -> dict:
    shown = {name: getattr(source, name) for name in Source.PUBLIC_FIELDS}
    shown["url"] = absolute_url(source.get_absolute_url())
    return shown


def _authors(article: Article) -> list[dict]:
    return [
        {
            "id": byline.author_id,
            "name": person_name(byline.author),
            "url": absolute_url(author_url(byline.author)),
        }
        for byline in article.bylines.all()
    ]


def byline_text(article: Article, authors: list[dict]) -> str:
    """The byline as printed on the story page: the override, or "By A, B and C"."""
    if article.byline_override:
        return article.byline_override
    names = [author["name"] for author in authors]
    if not names:
        return ""
    if len(names) == 1:
        return f"By {names[0]}"
    return f"By {', '.join(names[:-1])} and {names[-1]}"


def _updated(published, last):
    """When a story was last republished, or None if only within a minute of its first
    publication (the story page's rule)."""
    if published and last and (last - published).total_seconds() >= UPDATE_THRESHOLD_SECONDS:
        return last
    return None


def story_summary(story: Article) -> dict:
    """A story as lists show it (a row of ``story_cards``)."""
    authors = _authors(story)
    return {
        "id": story.pk,
        "url": absolute_url(story.get_absolute_url()),
        "api_url": api_url("story", story_id=story.pk),
        "headline": story.headline,
        "kicker": story.display_kicker,
        "dek": story.dek,
        "section": _section(story.section),
        "byline": byline_text(story, authors),
        "authors": authors,
        "published_at": story.first_published_at,
        "updated_at": _updated(story.first_published_at, story.last_published_at),
        "lead_image": (
            {"url": absolute_url(story.lead_image.url), "alt": story.lead_image_alt}
            if story.lead_image
            else None
        ),
    }


def _lead_image(article: Article) -> dict | None:
    if not article.lead_image:
        return None
    renditions = []
    # Renditions are made in the background after each save; the API never makes one while
    # a client waits, and lists only those that exist.
    for name in aliases.all(RENDITIONS_TARGET, include_global=True):
        rendition = lead_image_rendition(article, name, generate=False)
        if rendition is not None:
            renditions.append(
                {
                    "name": name,
                    "url": absolute_url(rendition.url),
                    "width": rendition.width,
                    "height": rendition.height,
                    "content_type": "image/webp" if rendition.name.endswith(".webp") else None,
                }
            )
    return {
        "url": absolute_url(article.lead_image.url),
        "alt": article.lead_image_alt,
        "caption": article.lead_image_caption,
        "credit": article.lead_image_credit,
        "renditions": renditions,
    }


def story_detail(story_id: int) -> dict:
    """Everything the API shows of the published story ``story_id``. Raises ``Article.
    DoesNotExist`` for a story readers cannot see, and ``StoryGone`` for a withdrawn one."""
    article = (
        Article.objects.live()
        .select_related("section")
        .exclude(status__in=NOT_YET_PUBLIC)
        .filter(pk=story_id)
        .first()
    )
    if article is None:
        raise Article.DoesNotExist(story_id)
    if article.status == Article.Status.WITHDRAWN:
        raise StoryGone(STORY_GONE)
    context = story_context(article)
    related = []
    for item in context["related"]:
        related.append(
            {
                "title": item.title,
                "kicker": item.kicker,
                "teaser": item.teaser,
                "url": absolute_url(item.href),
                "is_external": item.is_external,
                "story_id": item.story_id,
                "api_url": api_url("story", story_id=item.story_id) if item.story_id is not None else None,
            }
        )
    return {
        **story_summary(article),
        "updated_at": context["updated_at"],
        "body": article.body,
        "lead_image": _lead_image(article),
        "tags": [_tag(tag) for tag in context["tags"]],
        "quotes": [
            {
                "text": quote.text,
                "is_partial": quote.is_partial,
                "is_pull_quote": quote.is_pull_quote,
                "source": _source(quote.source),
            }
            for quote in article.quotes.all()
        ],
        "related": related,
        "corrections": [{"text": c.text, "created_at": c.created_at} for c in context["corrections"]],
        "ninjs_url": api_url("story_ninjs", story_id=article.pk),
        "revision": article.edit_version,
    }


def _moment(value: datetime.date | datetime.datetime) -> datetime.datetime:
    if isinstance(value, datetime.datetime):
        return value if timezone.is_aware(value) else timezone.make_aware(value)
    return timezone.make_aware(datetime.datetime.combine(value, datetime.time.min))


def stories_page(
    *,
    section: str | None = None,
    tag: str | None = None,
    author: int | None = None,
    source: str | None = None,
    date: datetime.date | None = None,
    since: datetime.date | datetime.datetime | None = None,
    until: datetime.date | datetime.datetime | None = None,
    cursor: str | None = None,
    limit: int,
) -> dict:
    """A page of published stories, newest publication first, matching every filter given:
    ``section``, ``tag`` and ``source`` by slug, ``author`` by id, ``date`` the local date of
    first publication (the date in the story's address), ``since`` and ``until`` the
    moment of its latest publication (a date alone is its midnight in the newsroom's time
    zone; ``until`` excludes that moment). A filter naming nothing readers can see matches
    no story. Queries: one a slug filter, one for the page, one for the bylines."""
    stories = Article.objects.published()
    # A list with a record filter is purged by the list tags of its records (a story joining
    # or leaving the list purges them); a list filtered by nothing, by dates only or by a
    # record no published story names yet is purged by any story change, like the feeds.
    shown_by = set()
    unresolved = False
    if section:
        found = Section.objects.filter(slug=section).only("pk").first()
        shown_by.add(list_tag("section", found.pk) if found else None)
        stories = stories.filter(section=found) if found else stories.none()
    if tag:
        found = Tag.objects.filter(slug=tag).only("pk").first()
        shown_by.add(list_tag("tag", found.pk) if found else None)
        stories = stories.filter(tags=found) if found else stories.none()
    if author is not None:
        shown_by.add(list_tag("author", author))
        stories = stories.filter(bylines__author_id=author)
    if source:
        found = Source.objects.filter(slug=source).only("pk").first()
        shown_by.add(list_tag("source", found.pk) if found else None)
        quoted = Quote.objects.filter(source=found).values("article_id") if found else None
        stories = stories.filter(pk__in=quoted) if found else stories.none()
    if None in shown_by:
        unresolved = True
        shown_by.discard(None)
    if date is not None:
        stories = stories.filter(publication_date=date)
    if since is not None:
        stories = stories.filter(last_published_at__gte=_moment(since))
    if until is not None:
        stories = stories.filter(last_published_at__lt=_moment(until))
    page_tags_add(*shown_by)
    if unresolved or not shown_by:
        page_tags_add(FEEDS)

    rows, next_cursor = page_of(
        stories_after(story_cards(stories), cursor), limit=limit, cursor_of=story_cursor
    )
    page_tags_add_stories(rows)
    return {"results": [story_summary(story) for story in rows], "next_cursor": next_cursor}


def sections_list() -> dict:
    """Every section, in menu order (sections are public: the site's menu shows them all)."""
    return {
        "results": [
            _section(section) | {"description": section.description} for section in Section.objects.all()
        ]
    }


def tags_page(*, cursor: str | None, limit: int) -> dict:
    """Tags carried by at least one published story, by slug."""
    tags = Tag.objects.filter(article__in=Article.objects.published().values("pk")).distinct()
    rows, next_cursor = page_of(slugs_after(tags, cursor), limit=limit, cursor_of=slug_cursor)
    # A story published with a tag no published story had yet adds a row: any story change
    # purges this list, as it does the feeds.
    page_tags_add(FEEDS, *(record_tag("tag", tag.pk) for tag in rows))
    return {"results": [_tag(tag) for tag in rows], "next_cursor": next_cursor}


def sources_page(*, cursor: str | None, limit: int) -> dict:
    """Sources quoted in at least one published story, by slug, with their public fields."""
    sources = Source.objects.public().only(*Source.PUBLIC_FIELDS)
    rows, next_cursor = page_of(slugs_after(sources, cursor), limit=limit, cursor_of=slug_cursor)
    page_tags_add(FEEDS, *(record_tag("source", source.pk) for source in rows))
    return {"results": [_source(source) for source in rows], "next_cursor": next_cursor}
