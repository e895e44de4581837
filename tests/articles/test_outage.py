"""While the database (or the Redis cache) is unreachable, pages answer 503 with the
friendly page (or a cached copy), never 500, and the site recovers by itself when it comes
back."""

import contextlib
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import OperationalError, ProgrammingError, connection
from django.test import Client, override_settings
from django.urls import reverse

from articles.outage import RETRY_AFTER_SECONDS, outage_response
from tests.factories import PublishedArticleFactory, SectionFactory
from tests.network import TcpForwarder, free_port

ROOT = Path(__file__).resolve().parents[2]
FRIENDLY = "We&rsquo;ll be right back"
ADMIN_FRIENDLY = "The newsroom&rsquo;s database is not answering"


def refuse_every_query(execute, sql, params, many, context):
    raise OperationalError("connection to server at 127.0.0.1, port 5432 failed: Connection refused")


@contextlib.contextmanager
def database_down():
    with connection.execute_wrapper(refuse_every_query):
        yield


def assert_outage_page(response, text=FRIENDLY):
    assert response.status_code == 503
    assert text in response.content.decode()
    # The policy of its part of the site: the admin's page has its styles inline.
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert ("'unsafe-inline'" in policy) == (text == ADMIN_FRIENDLY)
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


@pytest.fixture
def section(db):
    section = SectionFactory(name="City Hall", slug="city-hall")
    PublishedArticleFactory(section=section, headline="Council passes the budget")
    return section


@pytest.mark.django_db
def test_a_public_page_answers_503_with_the_papers_page_while_the_database_is_down(client, section):
    with database_down():
        response = client.get(reverse("articles:section", args=[section.slug]))
    assert_outage_page(response)
    assert "The Chronicle" in response.content.decode()


@pytest.mark.django_db
def test_the_site_recovers_by_itself_and_the_503_was_never_cached(client, section):
    url = reverse("articles:section", args=[section.slug])
    with database_down():
        assert client.get(url).status_code == 503
    response = client.get(url)
    assert response.status_code == 200
    assert "Council passes the budget" in response.content.decode()


@pytest.mark.django_db
def test_a_page_in_the_page_cache_is_still_served_to_readers_during_the_outage(client, section):
    url = reverse("articles:section", args=[section.slug])
    assert client.get(url).status_code == 200
    with database_down():
        response = client.get(url)
    assert response.status_code == 200
    assert "Council passes the budget" in response.content.decode()


@pytest.mark.django_db
def test_a_signed_in_reader_whose_session_cannot_be_read_gets_the_503_page(client, section, journalist):
    client.force_login(journalist)
    with database_down():
        response = client.get(reverse("articles:home"))
    assert_outage_page(response)


@pytest.mark.django_db
def test_the_admin_answers_a_plain_503_that_warns_a_save_may_not_have_gone_through(client, editor):
    client.force_login(editor)
    with database_down():
        response = client.get(reverse("admin:articles_article_changelist"))
    assert_outage_page(response, ADMIN_FRIENDLY)
    assert "the save may not have gone through" in response.content.decode()
    assert "site.css" not in response.content.decode()


class QueryingMiddleware:
    """A middleware that reads the database before any view runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from articles.models import Section

        Section.objects.exists()
        return self.get_response(request)


@pytest.mark.django_db
def test_a_database_error_outside_any_view_still_gets_the_503_page(settings, section):
    position = settings.MIDDLEWARE.index("articles.outage.OutageMiddleware") + 1
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE[:position],
        f"{__name__}.QueryingMiddleware",
        *settings.MIDDLEWARE[position:],
    ]
    client = Client(raise_request_exception=False)
    with database_down():
        response = client.get(reverse("articles:section", args=[section.slug]))
    assert_outage_page(response)


@pytest.mark.django_db
def test_other_database_errors_are_still_server_errors(section):
    def broken(execute, sql, params, many, context):
        raise ProgrammingError('relation "articles_section" does not exist')

    client = Client(raise_request_exception=False)
    with connection.execute_wrapper(broken):
        response = client.get(reverse("articles:section", args=[section.slug]))
    assert response.status_code == 500


@pytest.mark.django_db
def test_showing_the_503_page_reads_no_database(rf, django_assert_num_queries):
    with django_assert_num_queries(0):
        public = outage_response(rf.get("/section/city-hall/"))
        admin = outage_response(rf.get(reverse("admin:index")))
    assert FRIENDLY in public.content.decode() and ADMIN_FRIENDLY in admin.content.decode()


@pytest.mark.django_db
def test_health_says_the_database_is_unavailable(client):
    with database_down():
        response = client.get(reverse("articles:health"))
    assert response.status_code == 503
    assert response.json() == {"status": "database_unavailable"}


# --- the cache ---------------------------------------------------------------------------


def redis_down():
    """Settings for a Redis cache at a loopback port nothing listens on."""
    location = f"redis://127.0.0.1:{free_port()}/0"
    return override_settings(
        CACHES={"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": location}}
    )


@pytest.mark.django_db
def test_readers_get_the_503_page_not_a_server_error_while_the_redis_cache_is_down(section):
    client = Client(raise_request_exception=False)
    url = reverse("articles:section", args=[section.slug])
    with redis_down():
        assert_outage_page(client.get(url))
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_health_says_the_cache_is_unavailable(client):
    with redis_down():
        response = client.get(reverse("articles:health"))
    assert response.status_code == 503
    assert response.json() == {"status": "cache_unavailable"}


def test_the_admin_503_names_the_service_that_is_down(rf):
    from redis.exceptions import ConnectionError as RedisConnectionError

    admin = rf.get(reverse("admin:index"))
    assert "database is not answering" in outage_response(admin).content.decode()
    assert "cache is not answering" in outage_response(admin, RedisConnectionError()).content.decode()


# --- a real server, a real database, and the connection between them cut -------------------


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()
    except OSError:
        return None, {}, ""


def stop_server(server):
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=30)


def wait_for_status(url, status, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        answer = fetch(url)
        if answer[0] == status:
            return answer
        time.sleep(0.2)
    pytest.fail(f"{url} did not answer {status} within {timeout:g} s (last: {answer[0]}).")


@pytest.mark.django_db(transaction=True)
def test_a_real_server_answers_503_while_the_database_is_unreachable_and_recovers_by_itself(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL: a server process cannot open SQLite's in-memory test database.")
    db = connection.settings_dict
    section = SectionFactory(name="City Hall", slug="city-hall")
    PublishedArticleFactory(section=section, headline="Council passes the budget")
    other = SectionFactory(name="Schools", slug="schools")
    PublishedArticleFactory(section=other, headline="Board reopens the library")

    proxy = TcpForwarder((db["HOST"] or "127.0.0.1", int(db["PORT"] or 5432)))
    proxy.start()
    port = free_port()
    env = {
        **os.environ,
        "DEBUG": "1",
        "DATABASE_URL": f"postgres://{db['USER']}@127.0.0.1:{proxy.port}/{db['NAME']}",
        "TASKS_BACKEND": "immediate",
        "CACHE_BACKEND": "file",
        "CACHE_DIR": str(tmp_path / "cache"),  # this server's own page cache
    }
    env.pop("REDIS_URL", None)
    log = (tmp_path / "server.log").open("w+")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "newsroom.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_status(f"{base}/section/city-hall/", 200)  # now in the page cache

        proxy.stop()
        status, headers, body = wait_for_status(f"{base}/section/schools/", 503)
        assert FRIENDLY in body and "The Chronicle" in body
        assert headers["Retry-After"] == str(RETRY_AFTER_SECONDS) and "no-store" in headers["Cache-Control"]
        assert fetch(f"{base}/health/")[0] == 503
        # A reader of a page already in the cache still gets it.
        status, _, body = fetch(f"{base}/section/city-hall/")
        assert status == 200 and "Council passes the budget" in body

        proxy.start()
        status, _, body = wait_for_status(f"{base}/section/schools/", 200)
        assert "Board reopens the library" in body
        assert fetch(f"{base}/health/")[0] == 200
    finally:
        proxy.stop()
        stop_server(server)
        log.seek(0)
        output = log.read()
    assert "Internal Server Error" not in output, output


@pytest.mark.django_db(transaction=True)
def test_a_database_that_stops_answering_without_refusing_gets_the_503_page_within_the_connect_timeout(
    tmp_path,
):
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL: a server process cannot open SQLite's in-memory test database.")
    db = connection.settings_dict
    for slug in ("city-hall", "schools"):
        PublishedArticleFactory(section=SectionFactory(name=slug.title(), slug=slug))
    proxy = TcpForwarder((db["HOST"] or "127.0.0.1", int(db["PORT"] or 5432)))
    proxy.start()
    port = free_port()
    env = {
        **os.environ,
        "DEBUG": "1",
        "DATABASE_URL": f"postgres://{db['USER']}@127.0.0.1:{proxy.port}/{db['NAME']}",
        "DATABASE_CONNECT_TIMEOUT": "2",
        "TASKS_BACKEND": "immediate",
        "CACHE_BACKEND": "file",
        "CACHE_DIR": str(tmp_path / "cache"),  # this server's own page cache
    }
    env.pop("REDIS_URL", None)
    log = (tmp_path / "server.log").open("w+")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "newsroom.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_status(f"{base}/section/city-hall/", 200)
        proxy.hold()
        started = time.monotonic()
        status, _, body = fetch(f"{base}/section/schools/")
        # Well within gunicorn's 30 s worker timeout, which would otherwise cut the request.
        assert status == 503 and FRIENDLY in body
        assert time.monotonic() - started < 15
        proxy.resume()
        wait_for_status(f"{base}/section/schools/", 200)
    finally:
        proxy.stop()
        stop_server(server)
