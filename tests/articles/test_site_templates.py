"""The reader's pages are Jinja2 templates (``templates/site/``, ``articles.site_templates``)
that print what the Django templates printed; the admin stays on Django templates."""

import datetime

import pytest
from django.template import Context, Template, engines
from django.template.loader import get_template
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from jinja2 import UndefinedError

from tests.factories import PublishedArticleFactory, SectionFactory

JINJA2 = engines["jinja2"]

# Late evening in California is the next day in UTC: a date printed without the time zone
# conversion would show the wrong day.
EVENING = datetime.datetime(2026, 3, 8, 6, 45, tzinfo=datetime.UTC)
FORMATS = ["c", "F j, Y, g:i a T", "M j, Y", "F j, Y", "l, F j, Y", "Y-m-d"]


def jinja(source: str, **context) -> str:
    return JINJA2.from_string(source).render(context)


def django(source: str, **context) -> str:
    return Template(source).render(Context(context))


def test_public_pages_are_jinja2_templates_and_the_admin_keeps_django_templates():
    for name in ["base.html", "404.html", "410.html", "500.html", "503.html", "articles/home.html"]:
        assert get_template(name).backend.name == "jinja2", name
    for name in ["admin/index.html", "admin/503.html", "admin/lockout.html", "articles/sitemap_news.xml"]:
        assert get_template(name).backend.name == "django", name


@pytest.mark.parametrize("zone", ["America/Los_Angeles", "Asia/Kolkata", "UTC"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_the_date_filter_prints_what_djangos_prints_in_the_current_time_zone(zone, fmt):
    with timezone.override(zone):
        expected = django("{{ d|date:fmt }}", d=EVENING, fmt=fmt)
        assert jinja("{{ d|date(fmt) }}", d=EVENING, fmt=fmt) == expected


def test_the_date_filter_shows_a_story_time_in_the_newsrooms_zone():
    with timezone.override("America/Los_Angeles"):
        assert jinja("{{ d|date('F j, Y, g:i a T') }}", d=EVENING) == "March 7, 2026, 10:45 p.m. PST"


def test_a_missing_date_prints_nothing_as_in_django():
    assert jinja("[{{ d|date('M j, Y') }}]", d=None) == "[]"


def test_now_is_the_current_date_in_the_current_time_zone():
    with timezone.override("Pacific/Kiritimati"):
        expected = timezone.localtime().strftime("%Y-%m-%d")
        assert jinja("{{ now('Y-m-d') }}") == expected


def test_values_are_escaped_as_django_escapes_them_and_safe_values_pass_through():
    hostile = "<a href=\"x\" title='y'>Fish & chips</a>"

    assert jinja("{{ v }}", v=hostile) == escape(hostile) == django("{{ v }}", v=hostile)
    assert jinja("{{ v }}", v=mark_safe("<em>kept</em>")) == "<em>kept</em>"


def test_a_variable_the_view_did_not_pass_fails_loudly():
    with pytest.raises(UndefinedError, match="headlin"):
        jinja("<h1>{{ headlin }}</h1>", headline="Harbor fees rise")
    with pytest.raises(UndefinedError):
        jinja("{% if preveiw %}Preview{% endif %}", preview=False)


def test_public_templates_see_no_user_and_no_messages():
    # A public page is cached and served to everyone: it must not depend on who asked.
    request = RequestFactory().get("/")
    for name in ["user", "messages", "perms"]:
        with pytest.raises(UndefinedError):
            JINJA2.from_string("{{ " + name + " }}").render({}, request)
    assert JINJA2.from_string("{{ SITE_NAME }}").render({}, request)


@pytest.mark.django_db
def test_the_section_menu_marks_the_sections_own_page_and_only_it(client):
    city = SectionFactory(name="City Hall", slug="city-hall", order=1)
    SectionFactory(name="Schools", slug="schools", order=2)
    PublishedArticleFactory(section=city)

    section_page = client.get(reverse("articles:section", args=["city-hall"])).content.decode()
    home_page = client.get(reverse("articles:home")).content.decode()

    assert '<a href="/section/city-hall/" aria-current="true">City Hall</a>' in section_page
    assert '<a href="/section/schools/">Schools</a>' in section_page
    assert 'aria-current="true"' not in home_page
    assert 'class="nameplate" href="/" aria-current="page"' in home_page
    assert 'aria-current="page"' not in section_page


@pytest.mark.django_db
def test_the_404_page_is_the_papers_page_rendered_by_jinja2(client, settings):
    settings.SITE_NAME = "The Bellhaven Chronicle"

    response = client.get("/no/such/page/")

    content = response.content.decode()
    assert response.status_code == 404
    assert "<title>Page not found | The Bellhaven Chronicle</title>" in content
    assert "We can&rsquo;t find that page" in content
    assert 'name="q" value=""' in content  # the masthead's search box, with no query given


def test_the_500_and_503_pages_render_with_nothing_in_their_context():
    assert "Something went wrong" in get_template("500.html").render({})
    assert "right back" in get_template("503.html").render({})


def test_now_in_two_zones_within_one_second_prints_each_zones_date():
    # Kiritimati (UTC+14) and Pago Pago (UTC-11) are a calendar day apart at every instant.
    with timezone.override("Pacific/Pago_Pago"):
        west = jinja("{{ now('Y-m-d H') }}")
    with timezone.override("Pacific/Kiritimati"):
        east = jinja("{{ now('Y-m-d H') }}")
    assert west != east
