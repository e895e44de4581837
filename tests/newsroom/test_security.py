"""The site's perimeter: request body caps, sign-in throttling, the Content-Security-Policy
and HTTPS-only production settings."""

import io
import os
import re
import secrets
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.contrib import admin
from django.core.management import call_command
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse

from articles.preview import preview_link_create, preview_link_revoke, preview_link_url
from newsroom.admin import NewsroomAdminSite, RefusesImpossibleDates
from newsroom.login_throttle import client_ip_address
from newsroom.request_limits import (
    BODY_TOO_LARGE,
    NULL_IN_QUERY,
    RequestBodyLimitMiddleware,
    refuse_null_in_query,
)
from tests.articles.public_site import every_state
from tests.factories import TEST_PASSWORD, EditorFactory, JournalistFactory, UserFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
LOGIN = "/admin/login/"


# --- request bodies ------------------------------------------------------------------------


class UnreadableBody(io.RawIOBase):
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = readinto = read


def test_an_anonymous_body_over_the_reader_limit_is_refused_with_413(client, settings):
    body = b"x" * (settings.ANONYMOUS_REQUEST_MAX_BYTES + 1)

    response = client.generic("POST", LOGIN, body, content_type="application/x-www-form-urlencoded")

    assert response.status_code == 413
    assert response.content.decode() == BODY_TOO_LARGE.format(limit=settings.ANONYMOUS_REQUEST_MAX_BYTES)


def test_an_oversized_body_is_refused_from_its_declared_length_without_being_read(settings):
    request = RequestFactory().post(LOGIN, data=b"", content_type="application/octet-stream")
    request.META["CONTENT_LENGTH"] = str(settings.ANONYMOUS_REQUEST_MAX_BYTES * 100)
    request.META["wsgi.input"] = request._stream = UnreadableBody()
    request.user = type("Anonymous", (), {"is_active": False, "is_staff": False})()

    def view_must_not_run(request):
        raise AssertionError("the view ran")

    response = RequestBodyLimitMiddleware(view_must_not_run)(request)

    assert response.status_code == 413


def test_the_sign_in_form_fits_well_inside_the_reader_limit(client):
    editor = EditorFactory(username="ed")

    response = client.post(LOGIN, {"username": editor.username, "password": TEST_PASSWORD, "next": "/admin/"})

    assert response.status_code == 302 and response.url == "/admin/"


def test_staff_may_send_a_story_sized_body_but_not_more_than_the_staff_limit(client, settings):
    settings.STAFF_REQUEST_MAX_BYTES = 512 * 1024
    client.force_login(JournalistFactory(username="jo"))
    add_story = reverse("admin:articles_article_add")

    story_sized = client.post(add_story, {"headline": "A long story", "body": "word " * 50_000})
    too_large = client.post(add_story, {"headline": "Too long", "body": "word " * 110_000})

    assert story_sized.status_code == 200
    assert "headline" in story_sized.context["adminform"].form.fields
    assert too_large.status_code == 413


def test_a_signed_in_account_that_is_not_staff_has_the_reader_limit(client, settings):
    client.force_login(UserFactory(username="reader"))
    body = b"x" * (settings.ANONYMOUS_REQUEST_MAX_BYTES + 1)

    response = client.generic("POST", LOGIN, body, content_type="application/x-www-form-urlencoded")

    assert response.status_code == 413


# --- query strings -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("/admin/articles/article/", "status__exact=%00"),
        ("/admin/articles/source/", "kind__exact=draft%00"),
        ("/admin/articles/budgetline/", "q=budget&state__exact=%00"),
        ("/admin/axes/accesslog/", "path_info=%00"),
    ],
)
def test_an_admin_page_whose_query_string_holds_a_null_character_is_refused_with_400(
    client, admin_user, path, query
):
    # Before the fix, PostgreSQL refused the list filters' values and the page was a 500.
    client.force_login(admin_user)

    response = client.get(f"{path}?{query}")

    assert response.status_code == 400
    assert response.content.decode() == NULL_IN_QUERY


def test_a_null_character_sent_unescaped_is_refused_too(rf):
    view = refuse_null_in_query(lambda request: HttpResponse("the page"))

    refused = view(rf.get("/admin/", QUERY_STRING="q=a\x00b"))
    served = view(rf.get("/admin/", QUERY_STRING="q=a%200b"))

    assert (refused.status_code, served.content) == (400, b"the page")


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/admin/axes/accesslog/", "attempt_time"),
        ("/admin/axes/accessattempt/", "attempt_time"),
        ("/admin/axes/accessfailurelog/", "attempt_time"),
        ("/admin/articles/budgetline/", "planned_date"),
    ],
)
@pytest.mark.parametrize("part", ["year", "month", "day"])
@pytest.mark.parametrize("value", ["99999", "9" * 20])
def test_a_date_hierarchy_value_no_date_could_have_goes_back_to_the_list_with_e_1(
    client, admin_user, path, field, part, value
):
    # Twenty nines were a 500: too long for a machine integer, which Django does not catch.
    client.force_login(admin_user)
    query = {f"{field}__year": "2026", f"{field}__month": "3", f"{field}__{part}": value}

    response = client.get(path, query)

    assert response.status_code == 302
    assert response["Location"].endswith("?e=1")


def test_every_model_admin_on_the_site_refuses_impossible_dates():
    assert all(isinstance(each, RefusesImpossibleDates) for each in admin.site._registry.values())


# --- sign-in throttling --------------------------------------------------------------------


def sign_in(client, username, password, address="203.0.113.7", **headers):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=address, **headers
    )


def fail_until_locked(client, username, address="203.0.113.7", **headers):
    """Five wrong passwords, the responses in order."""
    return [sign_in(client, username, f"guess-{n}", address, **headers) for n in range(5)]


def test_five_wrong_passwords_lock_the_account_out_from_that_address_with_a_page_saying_when(
    client, settings
):
    assert settings.AXES_FAILURE_LIMIT == 5
    EditorFactory(username="ed")

    responses = fail_until_locked(client, "ed")
    with_the_right_password = sign_in(client, "ed", TEST_PASSWORD)

    assert [r.status_code for r in responses] == [200, 200, 200, 200, 429]
    for response in (responses[-1], with_the_right_password):
        page = response.content.decode()
        assert response.status_code == 429
        assert "Sign-in is paused for this account from your address after 5 failed attempts" in page
        assert re.search(r"Try again after \d{1,2}:\d{2} [ap]\.m\. \w+ \(15 minutes from now\)", page)
        assert "administrator" in page and "unlock" in page
        assert response["Retry-After"] == "900"
    assert "_auth_user_id" not in client.session


def test_the_lockout_holds_only_for_that_username_and_that_address(client):
    EditorFactory(username="ed")
    JournalistFactory(username="jo")
    fail_until_locked(client, "ed", address="203.0.113.7")

    assert sign_in(client, "ed", TEST_PASSWORD, address="198.51.100.20").status_code == 302
    client.logout()
    assert sign_in(client, "jo", TEST_PASSWORD, address="203.0.113.7").status_code == 302


def test_a_forged_x_forwarded_for_does_not_escape_the_lockout_without_a_trusted_proxy(client, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    EditorFactory(username="ed")
    responses = [sign_in(client, "ed", f"guess-{n}", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}") for n in range(6)]

    assert responses[-1].status_code == 429


def test_behind_a_trusted_proxy_each_reader_is_counted_by_the_address_the_proxy_saw(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    EditorFactory(username="ed")
    proxy = "127.0.0.1"
    # The attacker's own claims on the left change nothing; the proxy's entry on the right counts.
    fail_until_locked(client, "ed", address=proxy, HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.7")
    locked = sign_in(client, "ed", TEST_PASSWORD, proxy, HTTP_X_FORWARDED_FOR="192.0.2.1, 203.0.113.7")
    elsewhere = sign_in(client, "ed", TEST_PASSWORD, proxy, HTTP_X_FORWARDED_FOR="198.51.100.20")

    assert locked.status_code == 429
    assert elsewhere.status_code == 302
    assert AccessAttempt.objects.get().ip_address == "203.0.113.7"


@pytest.mark.parametrize(
    "proxies, forwarded, expected",
    [
        (0, "192.0.2.1", "127.0.0.1"),
        (1, "", "127.0.0.1"),
        (1, "192.0.2.1, 203.0.113.7", "203.0.113.7"),
        (2, "192.0.2.1, 203.0.113.7, 10.0.0.2", "203.0.113.7"),
        (2, "203.0.113.7", "203.0.113.7"),
        (1, "not-an-address", "127.0.0.1"),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_the_client_address_is_read_from_the_right_of_x_forwarded_for_by_the_trusted_proxy_count(
    settings, proxies, forwarded, expected
):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)

    assert client_ip_address(request) == expected


def test_an_administrator_unlocks_an_account_from_the_newsroom_admin(client):
    EditorFactory(username="ed")
    superuser = UserFactory(username="root", is_staff=True, is_superuser=True)
    fail_until_locked(client, "ed")
    attempt = AccessAttempt.objects.get(username="ed")
    assert isinstance(admin.site, NewsroomAdminSite) and AccessAttempt in admin.site._registry

    client.force_login(superuser)
    listed = client.get(reverse("admin:axes_accessattempt_changelist"))
    deleted = client.post(reverse("admin:axes_accessattempt_delete", args=[attempt.pk]), {"post": "yes"})
    client.logout()

    assert "ed" in listed.content.decode() and "203.0.113.7" in listed.content.decode()
    assert deleted.status_code == 302
    assert sign_in(client, "ed", TEST_PASSWORD).status_code == 302


def test_axes_reset_unlocks_from_the_command_line(client):
    EditorFactory(username="ed")
    fail_until_locked(client, "ed")

    call_command("axes_reset_username", "ed", stdout=io.StringIO())

    assert sign_in(client, "ed", TEST_PASSWORD).status_code == 302


def test_a_successful_sign_in_forgets_earlier_failures(client):
    EditorFactory(username="ed")
    for n in range(4):
        sign_in(client, "ed", f"guess-{n}")
    assert sign_in(client, "ed", TEST_PASSWORD).status_code == 302
    client.logout()

    assert [sign_in(client, "ed", f"again-{n}").status_code for n in range(4)] == [200] * 4


# --- Content-Security-Policy ---------------------------------------------------------------


def policy(response) -> dict[str, list[str]]:
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


class InlineCode(HTMLParser):
    """Collects what a strict policy would block: inline scripts (data blocks such as
    JSON-LD aside), style elements and attributes, event handler attributes, javascript: links."""

    DATA_BLOCKS = {"application/ld+json"}

    def __init__(self):
        super().__init__()
        self.found = []
        self.data_blocks = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and "src" not in attributes:
            if attributes.get("type") in self.DATA_BLOCKS:
                self.data_blocks.append(attributes)
            else:
                self.found.append(f"inline <script {attributes}>")
        if tag == "style":
            self.found.append("<style>")
        for name, value in attrs:
            if name == "style" or name.startswith("on"):
                self.found.append(f"<{tag} {name}={value!r}>")
            if name in {"href", "src", "action"} and (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value!r}>")


def inline_code(html: str) -> InlineCode:
    parser = InlineCode()
    parser.feed(html)
    return parser


def public_pages(state, editor):
    live_link = preview_link_create(article=state.published, user=editor)
    gone_link = preview_link_create(article=state.published, user=editor)
    preview_link_revoke(link=gone_link, user=editor)
    return {
        "home": reverse("articles:home"),
        "story": state.published.get_absolute_url(),
        "section": reverse("articles:section", kwargs={"slug": state.section.slug}),
        "tag": reverse("articles:tag", kwargs={"slug": "harbor-budget"}),
        "source": reverse("articles:source", kwargs={"slug": state.source.slug}),
        "search": reverse("articles:search") + "?q=Harbor",
        "corrections": reverse("articles:corrections"),
        "not found": "/no-such-page/",
        "withdrawn": state.withdrawn.get_absolute_url(),
        "shared preview": preview_link_url(live_link),
        "expired preview": preview_link_url(gone_link),
    }


def test_public_pages_allow_only_this_sites_scripts_and_styles_and_are_never_framed(client):
    state = every_state()
    for name, url in public_pages(state, EditorFactory(username="ed")).items():
        response = client.get(url)
        directives = policy(response)

        assert directives["script-src"] == ["'self'"], name
        assert directives["style-src"] == ["'self'"], name
        assert directives["default-src"] == ["'self'"], name
        assert directives["object-src"] == ["'none'"] and directives["base-uri"] == ["'none'"], name
        assert directives["frame-ancestors"] == ["'none'"] and response["X-Frame-Options"] == "DENY", name


def test_public_pages_carry_no_inline_script_style_or_event_handler(client):
    state = every_state()
    for name, url in public_pages(state, EditorFactory(username="ed")).items():
        found = inline_code(client.get(url).content.decode())

        assert found.found == [], name


def test_the_story_pages_json_ld_is_a_data_block_with_no_nonce(client):
    state = every_state()
    response = client.get(state.published.get_absolute_url())

    found = inline_code(response.content.decode())

    assert found.data_blocks == [{"type": "application/ld+json"}]
    assert "nonce" not in response["Content-Security-Policy"]


@pytest.mark.parametrize("page", ["story", "sitemap"])
def test_a_page_served_from_the_page_cache_carries_the_policy_too(client, page):
    state = every_state()
    url = state.published.get_absolute_url() if page == "story" else reverse("articles:sitemap")
    first = client.get(url)
    cached = client.get(url)

    assert cached.status_code == 200 and cached.content == first.content
    assert cached["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_the_admin_story_form_import_map_runs_under_the_pages_nonce_and_nothing_else_inline(client):
    client.force_login(JournalistFactory(username="jo"))

    response = client.get(reverse("admin:articles_article_add"))
    page = response.content.decode()
    script_src = policy(response)["script-src"]

    nonces = [value for value in script_src if value.startswith("'nonce-")]
    assert script_src[0] == "'self'" and len(nonces) == 1 and "'unsafe-inline'" not in script_src
    nonce = nonces[0][len("'nonce-") : -1]
    import_maps = re.findall(r'<script type="importmap"[^>]*>', page)
    assert import_maps and all(f'nonce="{nonce}"' in tag for tag in import_maps)
    for tag in re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", page):
        assert f'nonce="{nonce}"' in tag or 'type="application/json"' in tag, tag
    assert "onclick=" not in page and "onload=" not in page


def test_every_admin_response_gets_a_fresh_nonce(client):
    client.force_login(JournalistFactory(username="jo"))
    add_story = reverse("admin:articles_article_add")

    first, second = (policy(client.get(add_story))["script-src"] for _ in range(2))

    assert first != second


def test_admin_pages_without_the_editor_send_no_nonce(client):
    client.force_login(JournalistFactory(username="jo"))

    directives = policy(client.get(reverse("admin:index")))

    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'", "'unsafe-inline'"]


# --- HTTPS and the deployment checklist ----------------------------------------------------


def production_env(**env):
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith(("SECURE_", "DATABASE_URL", "REDIS_URL"))
    }
    clean.update(
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="news.example.org",
        DJANGO_SETTINGS_MODULE="newsroom.settings",
    )
    clean.update(env)
    return clean


def check_deploy(**env):
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(**env),
        capture_output=True,
        text=True,
    )


def test_check_deploy_is_clean_with_the_production_settings_the_readme_prescribes():
    result = check_deploy()

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


def test_check_deploy_warns_when_the_redirect_to_https_is_switched_off():
    result = check_deploy(SECURE_SSL_REDIRECT="0")

    assert result.returncode != 0
    assert "security.W008" in result.stdout + result.stderr


@pytest.fixture
def https_only(settings):
    """The production transport settings, in this process."""
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    return settings


def test_plain_http_is_redirected_to_https_except_the_health_check(client, https_only):
    home = client.get("/")
    health = client.get("/health/")

    assert home.status_code == 301 and home["Location"] == "https://testserver/"
    assert health.status_code in {200, 503} and health["Content-Type"] == "application/json"


def test_a_request_the_proxy_marks_https_is_served_with_hsts(client, https_only):
    response = client.get("/", HTTP_X_FORWARDED_PROTO="https")

    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_the_413_and_lockout_pages_carry_the_security_headers_too(client, settings):
    EditorFactory(username="ed")
    too_large = client.generic("POST", LOGIN, b"x" * (settings.ANONYMOUS_REQUEST_MAX_BYTES + 1))
    locked = fail_until_locked(client, "ed")[-1]

    for response in (too_large, locked):
        assert "Content-Security-Policy" in response
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["X-Frame-Options"] == "DENY"


def test_a_response_without_a_body_is_not_slowed_by_a_session_lookup(rf, django_assert_num_queries):
    request = rf.get("/")

    class Untouchable:
        def __getattr__(self, name):
            raise AssertionError("the user was loaded")

    request.user = Untouchable()
    with django_assert_num_queries(0):
        response = RequestBodyLimitMiddleware(lambda request: HttpResponse("ok"))(request)

    assert response.status_code == 200


def test_images_may_come_from_the_media_storages_host_when_uploads_live_in_a_bucket(client, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": "media",
                "custom_domain": "media.example.org",
                "querystring_auth": False,
            },
        },
    }

    img_src = policy(client.get(reverse("articles:home")))["img-src"]

    assert img_src == ["'self'", "https://media.example.org"]


def test_images_come_from_this_site_only_when_uploads_are_on_its_disk(client):
    assert policy(client.get(reverse("articles:home")))["img-src"] == ["'self'"]


TEMPLATES = ROOT / "templates"
EVENT_HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE)
INLINE_STYLE = re.compile(r"<style\b|<[^>]*\sstyle\s*=", re.IGNORECASE)
INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)


def template_files(*, public: bool):
    for path in sorted(TEMPLATES.rglob("*.html")):
        if (path.relative_to(TEMPLATES).parts[0] != "admin") == public:
            yield path


def test_no_template_has_an_inline_event_handler_which_the_policy_would_refuse_to_run():
    offenders = [
        str(p.relative_to(ROOT)) for p in TEMPLATES.rglob("*.html") if EVENT_HANDLER.search(p.read_text())
    ]

    assert offenders == []


def test_no_public_template_has_inline_script_or_style():
    offenders = [
        str(path.relative_to(ROOT))
        for path in template_files(public=True)
        if INLINE_STYLE.search(path.read_text()) or INLINE_SCRIPT.search(path.read_text())
    ]

    assert offenders == []
