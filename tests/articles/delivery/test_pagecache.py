import datetime
import itertools
import time

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from articles import workflow
from articles.delivery import pagecache
from articles.models import Article
from articles.signals import public_content_changed
from tests.factories import (
    ArticleFactory,
    EditorFactory,
    ExternalLinkFactory,
    PublishedArticleFactory,
    QuoteFactory,
    SourceFactory,
    WorkingCopyFactory,
)

pytestmark = pytest.mark.django_db

HOME = "/"


def test_a_reader_is_served_the_second_time_from_the_cache_without_queries(client, django_assert_num_queries):
    PublishedArticleFactory(headline="Harbor reopens")
    first = client.get(HOME)

    with django_assert_num_queries(0):
        second = client.get(HOME)

    assert second.status_code == 200
    assert second.content == first.content


def test_unknown_query_parameters_share_the_cached_page(client, django_assert_num_queries):
    PublishedArticleFactory()
    client.get(HOME)

    with django_assert_num_queries(0):
        client.get(HOME + "?utm_source=newsletter&fbclid=abc")


def test_a_page_number_is_its_own_cache_entry(client):
    for _ in range(25):
        PublishedArticleFactory()
    client.get(HOME)

    second_page = client.get(HOME + "?page=2")

    assert b"Page 2 of 2" in second_page.content


def test_publishing_through_the_workflow_shows_the_story_at_once(
    client, journalist, editor, django_capture_on_commit_callbacks
):
    story = ArticleFactory(headline="Bridge inspection finds cracks", authors=[journalist])
    assert b"Bridge inspection finds cracks" not in client.get(HOME).content

    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_submit(article=story, user=journalist)
        workflow.article_approve(article=story, user=editor)

    assert b"Bridge inspection finds cracks" in client.get(HOME).content


def test_withdrawing_through_the_workflow_removes_the_story_from_cached_pages(
    client, editor, django_capture_on_commit_callbacks
):
    story = PublishedArticleFactory(headline="Mayor resigns, sources say")
    url = story.get_absolute_url()
    assert b"Mayor resigns, sources say" in client.get(HOME).content
    assert client.get(url).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_withdraw(article=story, user=editor, reason="Not confirmed.")

    assert b"Mayor resigns, sources say" not in client.get(HOME).content
    assert client.get(url).status_code == 410


def test_the_public_content_changed_signal_purges_the_pages_showing_the_story(
    client, django_capture_on_commit_callbacks
):
    story = PublishedArticleFactory(headline="Old headline")
    client.get(HOME)
    client.get(story.get_absolute_url())
    # A change the cache cannot see by itself (no save signal), announced by the workflow.
    Article.objects.filter(pk=story.pk).update(headline="New headline")

    with django_capture_on_commit_callbacks(execute=True):
        public_content_changed.send(sender=Article, article=story, action="publish")

    assert b"New headline" in client.get(HOME).content
    assert b"New headline" in client.get(story.get_absolute_url()).content


@pytest.fixture
def purged(monkeypatch):
    """The tags purged by the code under test, in order."""
    calls = []
    real = pagecache.page_cache_purge_tags

    def record(tags):
        calls.append(set(tags))
        real(tags)

    monkeypatch.setattr("articles.delivery.purge.page_cache_purge_tags", record)
    return calls


def test_saving_a_live_story_purges_but_saving_a_working_copy_does_not(
    purged, django_capture_on_commit_callbacks
):
    story = PublishedArticleFactory()
    copy = WorkingCopyFactory(live_article=story)
    purged.clear()

    with django_capture_on_commit_callbacks(execute=True):
        copy.headline = "Unapproved edit"
        copy.save()
    assert purged == []

    with django_capture_on_commit_callbacks(execute=True):
        story.save()
    assert purged and f"story-{story.pk}" in purged[0]


def test_saving_a_draft_that_was_never_published_keeps_the_cache(purged, django_capture_on_commit_callbacks):
    draft = ArticleFactory()
    purged.clear()

    with django_capture_on_commit_callbacks(execute=True):
        draft.save()

    assert purged == []


def test_quotes_and_links_of_drafts_keep_the_cache_and_those_of_live_stories_purge_it(
    purged, django_capture_on_commit_callbacks
):
    draft, live, source = ArticleFactory(), PublishedArticleFactory(), SourceFactory()
    purged.clear()

    with django_capture_on_commit_callbacks(execute=True):
        QuoteFactory(article=draft, source=source)
        ExternalLinkFactory(article=draft)
    assert purged == []

    with django_capture_on_commit_callbacks(execute=True):
        QuoteFactory(article=live, source=source)
    assert purged == [{f"story-{live.pk}", f"source-{source.pk}-list"}]
    purged.clear()

    with django_capture_on_commit_callbacks(execute=True):
        live.related_links.all().delete()
        ExternalLinkFactory(article=live)
    assert purged and all(tags == {f"story-{live.pk}"} for tags in purged)


def test_logged_in_staff_never_get_the_cached_page(client):
    story = PublishedArticleFactory(headline="First version")
    client.get(HOME)
    Article.objects.filter(pk=story.pk).update(headline="Fresh version")
    editor = EditorFactory()
    client.force_login(editor)

    response = client.get(HOME)

    assert b"Fresh version" in response.content
    assert {"private", "no-cache"} <= {part.strip() for part in response["Cache-Control"].split(",")}


def test_logged_in_staff_never_fill_the_cache(client, django_assert_max_num_queries):
    PublishedArticleFactory(headline="Harbor reopens")
    client.force_login(EditorFactory())
    client.get(HOME)
    client.logout()

    with django_assert_max_num_queries(100) as queries:
        client.get(HOME)

    assert len(queries) > 0, "the reader was served what the editor's visit stored"


def test_only_successful_pages_are_cached(client):
    story = ArticleFactory(slug="coming-soon")
    Article.objects.filter(pk=story.pk).update(publication_date="2026-01-05")
    url = "/2026/01/05/coming-soon/"
    assert client.get(url).status_code == 404

    Article.objects.filter(pk=story.pk).update(status=Article.Status.PUBLISHED)

    assert client.get(url).status_code == 200


def test_pages_live_no_longer_than_page_cache_seconds(client, settings, django_assert_max_num_queries):
    settings.PAGE_CACHE_SECONDS = 0
    PublishedArticleFactory()
    client.get(HOME)

    with django_assert_max_num_queries(100) as queries:
        client.get(HOME)

    assert len(queries) > 0


def test_public_pages_carry_etag_and_revalidation_headers(client):
    story = PublishedArticleFactory()

    response = client.get(story.get_absolute_url())

    assert response["ETag"].startswith('"')
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"public", "max-age=0", "must-revalidate"} <= cache_control
    assert response["Last-Modified"]


def test_a_matching_etag_gets_not_modified_also_from_the_cache(client):
    story = PublishedArticleFactory()
    etag = client.get(story.get_absolute_url())["ETag"]

    response = client.get(story.get_absolute_url(), headers={"if-none-match": etag})

    assert response.status_code == 304
    assert response.content == b""


def test_an_unchanged_story_answers_if_modified_since_with_not_modified(client):
    story = PublishedArticleFactory()
    last_modified = client.get(story.get_absolute_url())["Last-Modified"]

    response = client.get(story.get_absolute_url(), headers={"if-modified-since": last_modified})

    assert response.status_code == 304


def test_a_stale_etag_gets_the_new_page_after_a_change(client, django_capture_on_commit_callbacks, editor):
    story = PublishedArticleFactory()
    etag = client.get(reverse("articles:home"))["ETag"]

    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_withdraw(article=story, user=editor, reason="Legal review.")
    response = client.get(reverse("articles:home"), headers={"if-none-match": etag})

    assert response.status_code == 200
    assert story.headline.encode() not in response.content


def test_a_head_request_does_not_leave_an_empty_page_in_the_cache(client):
    story = PublishedArticleFactory(headline="Tide tables updated")

    assert client.head(story.get_absolute_url()).status_code == 200

    assert b"Tide tables updated" in client.get(story.get_absolute_url()).content


def test_a_list_is_never_called_unmodified_after_a_story_left_it(
    client, editor, monkeypatch, django_capture_on_commit_callbacks
):
    hour_ago = timezone.now() - datetime.timedelta(hours=1)
    PublishedArticleFactory(headline="Newest story", first_published_at=hour_ago)
    older = PublishedArticleFactory(
        headline="Older story", first_published_at=hour_ago - datetime.timedelta(hours=1)
    )
    # Each purge ten minutes after the one before: far apart at HTTP dates' one-second grain.
    ticks, start = itertools.count(), time.time()
    monkeypatch.setattr("articles.delivery.pagecache._clock", lambda: start + 600 * next(ticks))
    cache.clear()
    last_modified = client.get(HOME)["Last-Modified"]

    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_withdraw(article=older, user=editor, reason="Legal review.")
    response = client.get(HOME, headers={"if-modified-since": last_modified})

    assert response.status_code == 200
    assert b"Older story" not in response.content


class CountingCache:
    """The page cache's backend, counting the reads and writes made through it."""

    def __init__(self, real):
        self.real, self.calls = real, []

    def __getattr__(self, name):
        attribute = getattr(self.real, name)
        if name in {"get", "get_many", "set", "set_many", "add"}:

            def counted(*args, **kwargs):
                self.calls.append(name)
                return attribute(*args, **kwargs)

            return counted
        return attribute


@pytest.fixture
def cache_calls(monkeypatch):
    counting = CountingCache(cache)
    monkeypatch.setattr(pagecache, "cache", counting)
    return counting.calls


def test_a_hit_is_one_cache_read_and_no_query(client, cache_calls, django_assert_num_queries):
    story = PublishedArticleFactory()
    url = story.get_absolute_url()
    first = client.get(url)
    cache_calls.clear()

    with django_assert_num_queries(0):
        second = client.get(url)

    assert cache_calls == ["get_many"]
    assert second.content == first.content


def test_a_miss_reads_the_page_once_then_names_the_tags_and_stores(client, cache_calls):
    cache.clear()
    cache_calls.clear()

    assert client.get("/robots.txt").status_code == 200

    # The middleware's read (page and mark) is the only one before the render: the view's
    # decorator does not look again. Then the tags' versions (given where missing: "add"),
    # and the mark checked before the page is stored.
    reads_and_writes = [call for call in cache_calls if call != "add"]
    assert reads_and_writes == ["get_many", "get_many", "get_many", "get", "set"]


def test_a_hit_carries_the_headers_of_the_whole_middleware_stack(client):
    story = PublishedArticleFactory()
    first = client.get(story.get_absolute_url())
    second = client.get(story.get_absolute_url())

    for header in ("Content-Security-Policy", "X-Frame-Options", "ETag", "Surrogate-Key", "Cache-Control"):
        assert second[header] == first[header], header


def test_after_an_unrelated_purge_a_page_is_checked_once_then_one_read_again(client, cache_calls):
    story = PublishedArticleFactory()
    url = story.get_absolute_url()
    client.get(url)
    pagecache.page_cache_purge_tags(["story-0"])
    cache_calls.clear()

    assert client.get(url).status_code == 200
    assert cache_calls == ["get_many", "get_many", "set"], "checked against its tags, stamped anew"
    cache_calls.clear()
    assert client.get(url).status_code == 200
    assert cache_calls == ["get_many"]


def test_a_purge_of_a_tag_the_page_carries_is_a_miss_even_after_an_unrelated_purge_restamped_it(client):
    story = PublishedArticleFactory(headline="Old headline")
    url = story.get_absolute_url()
    client.get(url)
    pagecache.page_cache_purge_tags(["story-0"])
    client.get(url)
    Article.objects.filter(pk=story.pk).update(headline="New headline")

    pagecache.page_cache_purge_tags([f"story-{story.pk}"])

    assert b"New headline" in client.get(url).content


def test_a_reader_with_a_leftover_session_cookie_is_served_from_the_cache_by_the_view(
    client, django_assert_num_queries
):
    story = PublishedArticleFactory()
    url = story.get_absolute_url()
    client.get(url)
    client.cookies["sessionid"] = "expired-or-signed-out"

    # The session is looked up (it is not there), then the page comes from the cache.
    with django_assert_num_queries(1):
        response = client.get(url)

    assert response.status_code == 200


def test_a_response_that_sets_a_cookie_is_never_stored(rf):
    from django.http import HttpResponse

    renders = []

    @pagecache.cached_public_page
    def sets_cookie(request):
        renders.append("cookie")
        response = HttpResponse("hello")
        response.set_cookie("seen", "1")
        return response

    served = pagecache.PublicPageCacheMiddleware(sets_cookie)
    served(rf.get("/cookie/"))
    served(rf.get("/cookie/"))

    assert renders == ["cookie", "cookie"]


def test_the_system_check_fails_without_the_page_cache_middleware(settings):
    assert pagecache.page_cache_middleware_installed(None) == []

    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if m != pagecache.MIDDLEWARE_PATH]

    assert [error.id for error in pagecache.page_cache_middleware_installed(None)] == ["articles.E001"]


def test_with_no_seconds_to_keep_pages_nothing_is_read_or_stored_and_headers_are_as_ever(
    client, settings, cache_calls
):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/robots.txt")
    cache_calls.clear()

    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert "set" not in cache_calls and cache_calls.count("get_many") == 1, "the tags' versions only"
    assert response["ETag"] and "site" in response["Surrogate-Key"]
