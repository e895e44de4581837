"""RSS 2.0 and Atom feeds of published stories: the whole site, each section, each tag.

Each feed lists the newest ``FEED_SIZE`` published stories with their byline, section and
tags, read in a fixed number of queries. Links use the public address in SITE_URL.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from taggit.models import Tag

from articles.models import Article, ArticleAuthor, Section, person_name
from articles.story import absolute_url

FEED_SIZE = 30


class _StoryFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_feed(self, obj, request):
        # Links in a feed outlive the request; they point at the public address, not at
        # whatever host name the request came in on.
        feed = super().get_feed(obj, request)
        feed.feed["link"] = absolute_url(self.link(obj))
        return feed

    def stories(self, obj):
        return Article.objects.published()

    def items(self, obj):
        return list(
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
    feed_type = Atom1Feed
    subtitle = LatestStoriesFeed.description

    def feed_url(self):
        return absolute_url(reverse("articles:feed_atom"))


class SectionFeed(_StoryFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Section, slug=slug)

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
    feed_type = Atom1Feed
    subtitle = SectionFeed.description

    def feed_url(self, section):
        return absolute_url(reverse("articles:feed_section_atom", kwargs={"slug": section.slug}))


class TagFeed(_StoryFeed):
    def get_object(self, request, slug):
        tag = get_object_or_404(Tag, slug=slug)
        # A tag found only on unpublished stories does not exist for readers.
        if not Article.objects.published().filter(tags=tag).exists():
            raise Http404("No published story carries this tag.")
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
    feed_type = Atom1Feed
    subtitle = TagFeed.description

    def feed_url(self, tag):
        return absolute_url(reverse("articles:feed_tag_atom", kwargs={"slug": tag.slug}))
