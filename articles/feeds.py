"""RSS 2.0 and Atom feeds of published stories: the whole site, each section, each tag.

Each feed lists the newest ``FEED_SIZE`` published stories with their byline, section and
tags, read in a fixed number of queries.

* Links and ids use the public address in ``SITE_URL``, never the host a request named: a
  feed is cached for every reader, and its ids must never change.
* Headlines, deks, names and every other text are plain text, and a reader shows them as
  typed: "AT&T <b>" is never markup. RSS readers take titles and descriptions for HTML, so
  their "&", "<" and ">" are HTML-escaped before the XML writer escapes them again (quote
  marks and apostrophes mean nothing in HTML text and stay as typed); Atom says "text".
* Characters XML cannot carry are left out, so one pasted control character cannot stop
  every feed from being written.
"""

from xml.sax.saxutils import escape as escape_markup

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from taggit.models import Tag

from articles.delivery.tags import list_tag, page_tags_add, page_tags_add_stories, record_tag
from articles.models import Article, ArticleAuthor, Section, person_name
from articles.plain_text import xml_text
from articles.story import absolute_url

FEED_SIZE = 30


def _xml_safe(values: dict) -> dict:
    """``values`` with every string, and every string in a list, fit for XML."""

    def fit(value):
        if isinstance(value, str):
            return xml_text(value)
        if isinstance(value, (list, tuple)):
            return [fit(v) for v in value]
        return value

    return {name: fit(value) for name, value in values.items()}


def _as_html(values: dict) -> dict:
    """``values`` with the title and description, plain text, written as HTML."""
    return {
        **values,
        "title": escape_markup(values["title"]) if values["title"] is not None else None,
        "description": escape_markup(values["description"]) if values["description"] is not None else None,
    }


class TextRssFeed(Rss201rev2Feed):
    """RSS 2.0 whose titles and descriptions are plain text, shown by readers as written."""

    def __init__(self, title, link, description, **kwargs):
        values = {"title": title, "link": link, "description": description, **kwargs}
        super().__init__(**_as_html(_xml_safe(values)))

    def add_item(self, title, link, description, **kwargs):
        values = {"title": title, "link": link, "description": description, **kwargs}
        super().add_item(**_as_html(_xml_safe(values)))


class TextAtomFeed(Atom1Feed):
    """Atom whose summaries are plain text (``type="text"``), like its titles and subtitles."""

    def __init__(self, title, link, description, **kwargs):
        super().__init__(**_xml_safe({"title": title, "link": link, "description": description, **kwargs}))

    def add_item(self, title, link, description, **kwargs):
        super().add_item(**_xml_safe({"title": title, "link": link, "description": description, **kwargs}))

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"]:
            handler.addQuickElement("summary", item["description"], {"type": "text"})


class _StoryFeed(Feed):
    feed_type = TextRssFeed

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["link"] = absolute_url(self.link(obj))
        return feed

    def feed_guid(self, obj):
        return absolute_url(self.link(obj))

    def stories(self, obj):
        return Article.objects.published()

    def items(self, obj):
        stories = list(
            self.stories(obj)
            .select_related("section")
            .prefetch_related(
                Prefetch(
                    "bylines",
                    queryset=ArticleAuthor.objects.select_related("author").only(
                        "article_id", "order", "author__username", "author__first_name", "author__last_name"
                    ),
                ),
                "tags",
            )
            .order_by("-last_published_at", "-id")[:FEED_SIZE]
        )
        page_tags_add_stories(stories)
        return stories

    def item_title(self, item):
        return item.headline

    def item_description(self, item):
        return item.dek

    def item_link(self, item):
        return absolute_url(item.get_absolute_url())

    def item_guid(self, item):
        return absolute_url(item.get_absolute_url())

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        if item.byline_override:
            return item.byline_override
        names = [person_name(b.author) for b in item.bylines.all()]
        return ", ".join(names) or None

    def item_categories(self, item):
        return [item.section.name, *(tag.name for tag in item.tags.all())]


class LatestStoriesFeed(_StoryFeed):
    def title(self):
        return settings.SITE_NAME

    def description(self):
        return f"The latest stories from {settings.SITE_NAME}."

    def link(self, obj=None):
        return reverse("articles:home")

    def feed_url(self):
        return absolute_url(reverse("articles:feed_rss"))


class LatestStoriesAtomFeed(LatestStoriesFeed):
    feed_type = TextAtomFeed
    subtitle = LatestStoriesFeed.description

    def feed_url(self):
        return absolute_url(reverse("articles:feed_atom"))


class SectionFeed(_StoryFeed):
    def get_object(self, request, slug):
        section = get_object_or_404(Section, slug=slug)
        page_tags_add(record_tag("section", section.pk), list_tag("section", section.pk))
        return section

    def stories(self, section):
        return Article.objects.published().filter(section=section)

    def title(self, section):
        return f"{section.name} | {settings.SITE_NAME}"

    def description(self, section):
        return section.description or f"The latest {section.name} stories from {settings.SITE_NAME}."

    def link(self, section):
        return section.get_absolute_url()

    def feed_url(self, section):
        return absolute_url(reverse("articles:feed_section_rss", kwargs={"slug": section.slug}))


class SectionAtomFeed(SectionFeed):
    feed_type = TextAtomFeed
    subtitle = SectionFeed.description

    def feed_url(self, section):
        return absolute_url(reverse("articles:feed_section_atom", kwargs={"slug": section.slug}))


class TagFeed(_StoryFeed):
    def get_object(self, request, slug):
        tag = get_object_or_404(Tag, slug=slug)
        # A tag found only on unpublished stories does not exist for readers.
        if not Article.objects.published().filter(tags=tag).exists():
            raise Http404("No published story carries this tag.")
        page_tags_add(record_tag("tag", tag.pk), list_tag("tag", tag.pk))
        return tag

    def stories(self, tag):
        return Article.objects.published().filter(tags=tag)

    def title(self, tag):
        return f"{tag.name} | {settings.SITE_NAME}"

    def description(self, tag):
        return f"Stories about {tag.name} from {settings.SITE_NAME}."

    def link(self, tag):
        return reverse("articles:tag", kwargs={"slug": tag.slug})

    def feed_url(self, tag):
        return absolute_url(reverse("articles:feed_tag_rss", kwargs={"slug": tag.slug}))


class TagAtomFeed(TagFeed):
    feed_type = TextAtomFeed
    subtitle = TagFeed.description

    def feed_url(self, tag):
        return absolute_url(reverse("articles:feed_tag_atom", kwargs={"slug": tag.slug}))
