"""Sitemaps of the public site, and a Google News sitemap of the last two days.

Addresses use the public address in ``settings.SITE_URL``, whatever host a crawler asked.
Only published stories appear; the sitemap index splits them into pages of ``limit``.
"""

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Section

# Google News reads stories published in the last two days, at most 1,000 per sitemap.
NEWS_WINDOW = timedelta(days=2)
NEWS_LIMIT = 1000


class _PublicSitemap(Sitemap):
    @property
    def protocol(self):
        return urlsplit(settings.SITE_URL).scheme or "https"

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc


class HomeSitemap(_PublicSitemap):
    changefreq = "hourly"
    priority = 1.0

    def items(self):
        return ["articles:home", "articles:corrections"]

    def location(self, item):
        return reverse(item)


class SectionSitemap(_PublicSitemap):
    changefreq = "hourly"
    priority = 0.8

    def items(self):
        return Section.objects.only("slug")


class ArticleSitemap(_PublicSitemap):
    """Every published story, in the order they were written (the primary key's index, so
    a deep page costs no sort): a new story only ever changes the last page.
    Pages are kept small enough to render quickly when publishing has emptied the cache."""

    limit = 2_000
    changefreq = "weekly"

    def items(self):
        return (
            Article.objects.published()
            .only("slug", "publication_date", "last_published_at", "live_article_id")
            .order_by("id")
        )

    def lastmod(self, item):
        return item.last_published_at


class NewsSitemap(_PublicSitemap):
    """Stories first published in the last two days, newest first, with the headline,
    date and publication name that ``articles/sitemap_news.xml`` prints."""

    limit = NEWS_LIMIT

    def items(self):
        since = timezone.now() - NEWS_WINDOW
        return (
            Article.objects.published()
            # A story is last published no earlier than first published; the condition on
            # last_published_at lets the (status, last_published_at) index find the window.
            .filter(last_published_at__gte=since, first_published_at__gte=since)
            .only(
                "headline",
                "slug",
                "publication_date",
                "first_published_at",
                "last_published_at",
                "live_article_id",
            )
            .order_by("-first_published_at", "-id")
        )

    def lastmod(self, item):
        return item.last_published_at


def sitemap_index(request, sitemaps, sitemap_url_name):
    """The sitemap index: one entry per page of each sitemap, on the public address (the
    stock view would use whatever host name the crawler asked for)."""
    entries = []
    for section, sitemap_class in sitemaps.items():
        location = settings.SITE_URL + reverse(sitemap_url_name, kwargs={"section": section})
        pages = sitemap_class().paginator.num_pages
        entries.append(SitemapIndexItem(location, None))
        entries.extend(SitemapIndexItem(f"{location}?p={page}", None) for page in range(2, pages + 1))
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml"
    )


SITEMAPS = {"pages": HomeSitemap, "sections": SectionSitemap, "stories": ArticleSitemap}
NEWS_SITEMAPS = {"news": NewsSitemap}
