"""Cache tags: every public page names what it shows, and each change purges exactly the
pages showing it, leaving the rest of the cache warm."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import workflow
from articles.delivery import pagecache
from articles.delivery.purge import story_purge_tags
from tests.factories import (
    ArticleFactory,
    JournalistFactory,
    PublishedArticleFactory,
    QuoteFactory,
    RelatedLinkFactory,
    SectionFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db

HOME = "/"


def surrogate_keys(response) -> set[str]:
    return set(response["Surrogate-Key"].split())


def served_from_cache(client, url) -> bool:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries) == 0


def test_a_story_page_names_the_story_its_section_tags_authors_sources_and_related_stories(client):
    author, source, section = JournalistFactory(), SourceFactory(), SectionFactory()
    story = PublishedArticleFactory(section=section, authors=[author], tags=["harbor"])
    QuoteFactory(article=story, source=source)
    related = PublishedArticleFactory()
    RelatedLinkFactory(article=story, target_article=related)
    draft = ArticleFactory()

    keys = surrogate_keys(client.get(story.get_absolute_url()))

    tag = story.tags.get()
    assert {
        "site",
        f"story-{story.pk}",
        f"section-{section.pk}",
        f"tag-{tag.pk}",
        f"author-{author.pk}",
        f"source-{source.pk}",
        f"story-{related.pk}",
    } <= keys
    assert f"story-{draft.pk}" not in keys
    # A story page does not change when another story joins its section.
    assert f"section-{section.pk}-list" not in keys


def test_lists_name_their_kind_their_record_and_every_story_they_show(client):
    section = SectionFactory()
    shown = [PublishedArticleFactory(section=section) for _ in range(3)]
    elsewhere = PublishedArticleFactory()
    scheduled = ArticleFactory(section=section)

    section_keys = surrogate_keys(client.get(section.get_absolute_url()))
    home_keys = surrogate_keys(client.get(HOME))
    feed_keys = surrogate_keys(client.get("/feeds/rss/"))
    sitemap_keys = surrogate_keys(client.get("/sitemap.xml"))
    section_feed_keys = surrogate_keys(client.get(f"/feeds/section/{section.slug}/rss/"))

    assert {f"section-{section.pk}", f"section-{section.pk}-list"} <= section_keys
    assert {f"story-{story.pk}" for story in shown} <= section_keys
    assert f"story-{elsewhere.pk}" not in section_keys
    assert f"story-{scheduled.pk}" not in section_keys | home_keys
    assert {"home", f"story-{elsewhere.pk}"} <= home_keys
    assert "feeds" in feed_keys
    assert "sitemap" in sitemap_keys
    # A section's feed changes with its section, not with every story of the site.
    assert f"section-{section.pk}-list" in section_feed_keys and "feeds" not in section_feed_keys
    assert {f"story-{story.pk}" for story in shown} <= section_feed_keys


def test_an_unrelated_publish_leaves_other_story_pages_cached_and_refreshes_the_lists(
    client, journalist, editor, django_capture_on_commit_callbacks
):
    section, other_section = SectionFactory(), SectionFactory()
    cached = [PublishedArticleFactory(section=section) for _ in range(3)]
    news = ArticleFactory(section=other_section, headline="Ferry strike ends", authors=[journalist])
    for story in cached:
        client.get(story.get_absolute_url())
    client.get(section.get_absolute_url())
    client.get(other_section.get_absolute_url())
    client.get(HOME)

    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_submit(article=news, user=journalist)
        workflow.article_approve(article=news, user=editor)

    assert all(served_from_cache(client, story.get_absolute_url()) for story in cached)
    assert served_from_cache(client, section.get_absolute_url())
    assert b"Ferry strike ends" in client.get(other_section.get_absolute_url()).content
    assert b"Ferry strike ends" in client.get(HOME).content


def test_withdrawing_a_story_purges_the_other_stories_whose_related_box_shows_it(
    client, editor, django_capture_on_commit_callbacks
):
    withdrawn = PublishedArticleFactory(headline="Pier collapse feared")
    linking = PublishedArticleFactory()
    RelatedLinkFactory(article=linking, target_article=withdrawn)
    bystander = PublishedArticleFactory()
    assert b"Pier collapse feared" in client.get(linking.get_absolute_url()).content
    client.get(bystander.get_absolute_url())

    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_withdraw(article=withdrawn, user=editor, reason="Not confirmed.")

    assert b"Pier collapse feared" not in client.get(linking.get_absolute_url()).content
    assert client.get(withdrawn.get_absolute_url()).status_code == 410
    assert served_from_cache(client, bystander.get_absolute_url())


def test_a_story_purges_its_own_tag_its_lists_and_the_newest_story_pages():
    author, source, section = JournalistFactory(), SourceFactory(), SectionFactory()
    story = PublishedArticleFactory(section=section, authors=[author], tags=["harbor"])
    QuoteFactory(article=story, source=source)

    tags = story_purge_tags(story.pk)

    assert tags == {
        f"story-{story.pk}",
        f"section-{section.pk}-list",
        f"tag-{story.tags.get().pk}-list",
        f"author-{author.pk}-list",
        f"source-{source.pk}-list",
        "home",
        "feeds",
        "sitemap",
        "search",
        "corrections",
    }


def test_editing_a_source_refreshes_the_stories_quoting_them_and_no_other(
    client, django_capture_on_commit_callbacks
):
    source = SourceFactory(name="Rae Okafor", title="Harbormaster")
    quoting = PublishedArticleFactory()
    QuoteFactory(article=quoting, source=source)
    other = PublishedArticleFactory()
    client.get(quoting.get_absolute_url())
    client.get(other.get_absolute_url())

    with django_capture_on_commit_callbacks(execute=True):
        source.title = "Port director"
        source.save()

    assert b"Port director" in client.get(quoting.get_absolute_url()).content
    assert served_from_cache(client, other.get_absolute_url())


def test_signing_in_does_not_purge_an_authors_pages_but_a_new_name_does(
    client, journalist, django_capture_on_commit_callbacks
):
    story = PublishedArticleFactory(authors=[journalist])
    client.get(story.get_absolute_url())

    with django_capture_on_commit_callbacks(execute=True):
        client.force_login(journalist)
    client.logout()
    assert served_from_cache(client, story.get_absolute_url())

    with django_capture_on_commit_callbacks(execute=True):
        journalist.first_name = "Josephine"
        journalist.save()
    assert not served_from_cache(client, story.get_absolute_url())


def test_a_page_rendered_while_a_purge_happened_is_not_stored(rf):
    renders = []

    @pagecache.cached_public_page
    def view(request):
        renders.append(1)
        # A change commits and purges while this page reads the old state.
        pagecache.page_cache_purge_tags(["story-1"])
        from django.http import HttpResponse

        return HttpResponse("old state")

    served = pagecache.PublicPageCacheMiddleware(view)
    served(rf.get("/somewhere/"))
    served(rf.get("/somewhere/"))

    assert len(renders) == 2


def test_purging_a_tag_misses_only_the_pages_carrying_it(rf):
    from django.http import HttpResponse

    from articles.delivery.tags import page_tags_add

    renders = []

    def tagged(tag):
        @pagecache.cached_public_page
        def view(request):
            renders.append(tag)
            page_tags_add(tag)
            return HttpResponse(tag)

        return pagecache.PublicPageCacheMiddleware(view)

    one, two = tagged("story-1"), tagged("story-2")
    one(rf.get("/one/")), two(rf.get("/two/"))
    renders.clear()

    pagecache.page_cache_purge_tags(["story-1"])
    one(rf.get("/one/")), two(rf.get("/two/"))

    assert renders == ["story-1"]
