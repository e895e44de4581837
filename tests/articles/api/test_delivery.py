"""The API is delivered like the site: page cache, cache tags purged by the same changes,
ETag and 304, CORS for reads only, GET only, and a rate limit for anonymous clients."""

import pytest
from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache

from articles import workflow
from articles.api.limits import RATE_LIMITED, ApiAnonymousThrottle
from tests.factories import ArticleFactory, PublishedArticleFactory, QuoteFactory, SourceFactory, UserFactory

pytestmark = pytest.mark.django_db

API = "/api/v1"
ORIGIN = "https://partner.example"


@pytest.fixture
def story():
    story = PublishedArticleFactory(headline="Ferry fares rise", authors=[UserFactory()], tags=["ferries"])
    QuoteFactory(article=story, source=SourceFactory(slug="ana-ruiz"))
    return story


def endpoints(story):
    return [
        f"{API}/stories",
        f"{API}/stories?section={story.section.slug}",
        f"{API}/stories/{story.pk}",
        f"{API}/stories/{story.pk}.ninjs",
        f"{API}/sections",
        f"{API}/tags",
        f"{API}/sources",
        f"{API}/openapi.json",
        f"{API}/docs",
    ]


def test_a_second_anonymous_request_is_answered_from_the_cache_without_queries(
    client, story, django_assert_num_queries
):
    for url in endpoints(story):
        first = client.get(url)
        with django_assert_num_queries(0):
            second = client.get(url)
        assert second.status_code == 200, url
        assert second.content == first.content


def test_a_stories_cache_key_holds_only_the_parameters_it_reads(client, story, django_assert_num_queries):
    client.get(f"{API}/stories?section={story.section.slug}")
    with django_assert_num_queries(0):
        client.get(f"{API}/stories?section={story.section.slug}&utm_source=x")
    # A repeated parameter is read as its last value both by the endpoint and by the cache
    # key, so one cannot store one list under another list's address.
    other = PublishedArticleFactory()
    mixed = client.get(f"{API}/stories?section={other.section.slug}&section={story.section.slug}").json()
    assert [s["id"] for s in mixed["results"]] == [story.pk]
    assert [s["id"] for s in client.get(f"{API}/stories?section={other.section.slug}").json()["results"]] == [
        other.pk
    ]


def test_answers_carry_etag_and_a_conditional_request_gets_304(client, story):
    for url in endpoints(story):
        first = client.get(url)
        assert first["ETag"] and first["Last-Modified"], url
        assert "must-revalidate" in first["Cache-Control"]
        again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
        assert again.status_code == 304, url
        assert again.content == b""


def test_answers_carry_the_cache_tags_of_what_they_show(client, story):
    byline = story.bylines.get()
    source = story.quotes.get().source
    tag = story.tags.get()
    detail = set(client.get(f"{API}/stories/{story.pk}")["Surrogate-Key"].split())
    assert {
        f"story-{story.pk}",
        f"section-{story.section_id}",
        f"tag-{tag.pk}",
        f"author-{byline.author_id}",
        f"source-{source.pk}",
        "site",
    } <= detail
    assert set(client.get(f"{API}/stories/{story.pk}.ninjs")["Surrogate-Key"].split()) == detail
    assert {"feeds", f"story-{story.pk}"} <= set(client.get(f"{API}/stories")["Surrogate-Key"].split())
    section_list = set(client.get(f"{API}/stories?section={story.section.slug}")["Surrogate-Key"].split())
    assert f"section-{story.section_id}-list" in section_list and "feeds" not in section_list
    assert f"source-{source.pk}" in client.get(f"{API}/sources")["Surrogate-Key"].split()


def test_withdrawing_a_story_purges_its_api_answers_at_once(
    client, story, editor, django_capture_on_commit_callbacks
):
    urls = [f"{API}/stories", f"{API}/stories?tag=ferries", f"{API}/sources"]
    for url in urls:
        assert "Ferry fares rise" in client.get(url).content.decode() or url.endswith("sources")
    assert client.get(f"{API}/stories/{story.pk}").status_code == 200
    assert client.get(f"{API}/stories/{story.pk}.ninjs").status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_withdraw(article=story, user=editor, reason="Legal review.")

    assert client.get(f"{API}/stories/{story.pk}").status_code == 410
    assert client.get(f"{API}/stories/{story.pk}.ninjs").status_code == 410
    assert client.get(f"{API}/stories").json()["results"] == []
    assert client.get(f"{API}/stories?tag=ferries").json()["results"] == []
    assert client.get(f"{API}/sources").json()["results"] == []


def test_publishing_a_story_shows_it_in_cached_lists_at_once(
    client, story, journalist, editor, django_capture_on_commit_callbacks
):
    client.get(f"{API}/stories")
    client.get(f"{API}/stories?section={story.section.slug}")
    draft = ArticleFactory(headline="Bridge reopens", section=story.section, authors=[journalist])

    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_submit(article=draft, user=journalist)
        workflow.article_approve(article=draft, user=editor)

    assert client.get(f"{API}/stories").json()["results"][0]["headline"] == "Bridge reopens"
    assert client.get(f"{API}/stories?section={story.section.slug}").json()["results"][0]["id"] == draft.pk


def test_renaming_a_source_purges_the_stories_quoting_it(client, story, django_capture_on_commit_callbacks):
    source = story.quotes.get().source
    client.get(f"{API}/stories/{story.pk}")
    with django_capture_on_commit_callbacks(execute=True):
        source.name = "Ana Ruiz-Ortega"
        source.save()
    assert client.get(f"{API}/stories/{story.pk}").json()["quotes"][0]["source"]["name"] == "Ana Ruiz-Ortega"


def test_staff_get_fresh_private_answers_never_cached(client, story):
    client.force_login(UserFactory(username="staffer", is_staff=True))
    response = client.get(f"{API}/stories/{story.pk}")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "Surrogate-Key" not in response


def test_any_site_may_read_the_api_with_get(client, story):
    for url in endpoints(story)[:7]:
        response = client.get(url, HTTP_ORIGIN=ORIGIN)
        assert response["Access-Control-Allow-Origin"] == "*", url
        assert "Access-Control-Allow-Credentials" not in response
    preflight = client.options(f"{API}/stories", HTTP_ORIGIN=ORIGIN, HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET")
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"


def test_a_browser_is_refused_any_other_method_and_other_methods_get_no_cors_headers(client, story):
    preflight = client.options(
        f"{API}/stories/{story.pk}", HTTP_ORIGIN=ORIGIN, HTTP_ACCESS_CONTROL_REQUEST_METHOD="DELETE"
    )
    assert "DELETE" not in preflight["Access-Control-Allow-Methods"]
    for method in ("post", "put", "patch", "delete"):
        response = getattr(client, method)(f"{API}/stories/{story.pk}", HTTP_ORIGIN=ORIGIN)
        assert "Access-Control-Allow-Origin" not in response, method
    assert "Access-Control-Allow-Origin" not in client.get("/", HTTP_ORIGIN=ORIGIN)


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_api_is_read_only(client, story, method):
    for url in endpoints(story)[:7]:
        response = getattr(client, method)(url, data={}, content_type="application/json")
        assert response.status_code == 405, (method, url)
    assert type(story).objects.get(pk=story.pk).headline == "Ferry fares rise"


@pytest.fixture
def three_a_minute(settings):
    settings.API_ANONYMOUS_RATE_LIMIT = "3/min"


def test_anonymous_clients_are_rate_limited_cached_answers_included(client, story, three_a_minute):
    url = f"{API}/stories/{story.pk}"
    assert [client.get(url).status_code for _ in range(3)] == [200, 200, 200]
    refused = client.get(url)
    assert refused.status_code == 429
    assert refused.json() == {"detail": RATE_LIMITED}
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert client.get(f"{API}/sections").status_code == 429
    assert client.get(url, REMOTE_ADDR="198.51.100.7").status_code == 200


def test_writing_x_forwarded_for_does_not_escape_the_limit(client, story, three_a_minute):
    url = f"{API}/sections"
    for n in range(3):
        assert client.get(url, HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code == 200
    assert client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.99").status_code == 429


def test_behind_our_proxy_the_limit_counts_the_address_the_proxy_saw(client, story, three_a_minute, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    url = f"{API}/sections"
    for _ in range(3):
        assert client.get(url, HTTP_X_FORWARDED_FOR="forged, 203.0.113.5").status_code == 200
    assert client.get(url, HTTP_X_FORWARDED_FOR="other-forgery, 203.0.113.5").status_code == 429
    assert client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.6").status_code == 200


def test_signed_in_staff_are_not_rate_limited(client, story, three_a_minute):
    client.force_login(UserFactory(username="staffer", is_staff=True))
    assert {client.get(f"{API}/sections").status_code for _ in range(5)} == {200}


def test_the_limits_counts_live_in_the_shared_cache_so_every_process_sees_them(
    client, story, three_a_minute, settings, tmp_path
):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path),
        }
    }
    for _ in range(3):
        client.get(f"{API}/sections")
    key = ApiAnonymousThrottle().cache_format % {"scope": ApiAnonymousThrottle.scope, "ident": "127.0.0.1"}
    # Another process opens the same cache afresh and sees the three requests.
    another_process = FileBasedCache(str(tmp_path), {})
    assert len(another_process.get(key)) == 3
    caches.close_all()
    assert client.get(f"{API}/sections").status_code == 429


def test_head_answers_like_get_without_a_body(client, story):
    for url in endpoints(story)[:7]:
        get, head = client.get(url), client.head(url)
        assert head.status_code == 200, url
        assert head.content == b""
        assert head["ETag"] == get["ETag"]
