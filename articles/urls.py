from django.contrib.sitemaps import views as sitemap_views
from django.urls import path, re_path

from articles import feeds, health, preview, views
from articles.delivery.pagecache import cached_public_page
from articles.delivery.tags import FEEDS, SITEMAP
from articles.sitemaps import NEWS_SITEMAPS, SITEMAPS, sitemap_index

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    re_path(
        r"^(?P<year>[0-9]{4})/(?P<month>[0-9]{2})/(?P<day>[0-9]{2})/(?P<slug>[-a-zA-Z0-9_]+)/$",
        views.article_detail,
        name="detail",
    ),
    path("section/<slug:slug>/", views.section_detail, name="section"),
    path("tag/<slug:slug>/", views.tag_detail, name="tag"),
    path("author/<int:pk>-<slug:slug>/", views.author_detail, name="author"),
    path("source/<slug:slug>/", views.source_detail, name="source"),
    path("search/", views.search, name="search"),
    path("corrections/", views.corrections, name="corrections"),
    path("feeds/rss/", cached_public_page(feeds.LatestStoriesFeed(), tags=(FEEDS,)), name="feed_rss"),
    path("feeds/atom/", cached_public_page(feeds.LatestStoriesAtomFeed(), tags=(FEEDS,)), name="feed_atom"),
    path(
        "feeds/section/<slug:slug>/rss/",
        cached_public_page(feeds.SectionFeed()),
        name="feed_section_rss",
    ),
    path(
        "feeds/section/<slug:slug>/atom/",
        cached_public_page(feeds.SectionAtomFeed()),
        name="feed_section_atom",
    ),
    path("feeds/tag/<slug:slug>/rss/", cached_public_page(feeds.TagFeed()), name="feed_tag_rss"),
    path(
        "feeds/tag/<slug:slug>/atom/",
        cached_public_page(feeds.TagAtomFeed()),
        name="feed_tag_atom",
    ),
    path(
        "sitemap.xml",
        cached_public_page(sitemap_index, query_params=(), tags=(SITEMAP,)),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "articles:sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        cached_public_page(sitemap_views.sitemap, query_params=("p",), tags=(SITEMAP,)),
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path(
        "news-sitemap.xml",
        cached_public_page(sitemap_views.sitemap, query_params=(), tags=(SITEMAP,)),
        {"sitemaps": NEWS_SITEMAPS, "template_name": "articles/sitemap_news.xml"},
        name="news_sitemap",
    ),
    path("robots.txt", views.robots_txt, name="robots"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("preview/<int:pk>/", preview.preview, name="preview"),
    path("preview/<int:pk>/version/<int:version_id>/", preview.preview_version, name="preview_version"),
    path("preview/shared/<str:token>/", preview.preview_link, name="preview_link"),
    path("health/", health.health, name="health"),
]
