import datetime
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.articles.public_site import assert_only_published, busy_archive, every_state
from tests.factories import PublishedArticleFactory

pytestmark = pytest.mark.django_db
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def test_sitemap_index_points_at_its_sections_on_the_public_address(client, settings):
    settings.SITE_URL = "https://news.example"
    PublishedArticleFactory()

    root = ET.fromstring(client.get(reverse("articles:sitemap")).content)

    locations = [loc.text for loc in root.iter(f"{SM}loc")]
    assert "https://news.example/sitemap-stories.xml" in locations
    assert "https://news.example/sitemap-sections.xml" in locations


def test_story_sitemap_lists_only_published_stories_with_their_canonical_address(client, settings):
    settings.SITE_URL = "https://news.example"
    state = every_state()

    response = client.get(reverse("articles:sitemap_section", kwargs={"section": "stories"}))

    root = ET.fromstring(response.content)
    locations = [loc.text for loc in root.iter(f"{SM}loc")]
    assert locations == [f"https://news.example{state.published.get_absolute_url()}"]
    assert root.find(f"{SM}url/{SM}lastmod").text.startswith(str(state.published.publication_date)[:4])
    for hidden in (state.draft, state.scheduled, state.withdrawn):
        assert hidden.slug not in response.content.decode()


def test_news_sitemap_lists_the_last_two_days_with_headline_and_date(client):
    state = every_state()
    old = PublishedArticleFactory(
        headline="Last week's story", first_published_at=timezone.now() - datetime.timedelta(days=3)
    )

    response = client.get(reverse("articles:news_sitemap"))

    content = response.content.decode()
    assert_only_published(content)
    assert "Last week's story" not in content and old.slug not in content
    root = ET.fromstring(response.content)
    news = root.find(f"{SM}url/{NEWS}news")
    assert news.findtext(f"{NEWS}title") == state.published.headline
    assert news.findtext(f"{NEWS}publication/{NEWS}language") == "en"
    assert news.findtext(f"{NEWS}publication_date").startswith(str(state.published.publication_date))


def test_sitemaps_run_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    busy_archive()
    urls = [
        reverse("articles:sitemap"),
        reverse("articles:sitemap_section", kwargs={"section": "stories"}),
        reverse("articles:sitemap_section", kwargs={"section": "sections"}),
        reverse("articles:news_sitemap"),
    ]
    for url in urls:
        with django_assert_max_num_queries(3):
            assert client.get(url).status_code == 200


def test_a_control_character_pasted_into_a_headline_does_not_break_the_news_sitemap(client):
    PublishedArticleFactory(headline="Ferry\x0bfares\x1b rise & fall")

    root = ET.fromstring(client.get(reverse("articles:news_sitemap")).content)

    assert root.findtext(f"{SM}url/{NEWS}news/{NEWS}title") == "Ferry fares rise & fall"


@pytest.mark.parametrize(
    "name, kwargs",
    [
        ("articles:sitemap", {}),
        ("articles:sitemap_section", {"section": "stories"}),
        ("articles:sitemap_section", {"section": "sections"}),
        ("articles:sitemap_section", {"section": "pages"}),
        ("articles:news_sitemap", {}),
        ("articles:robots", {}),
    ],
)
def test_sitemap_and_robots_addresses_come_from_site_url_even_when_a_poisoned_host_fills_the_cache(
    client, settings, name, kwargs
):
    settings.ALLOWED_HOSTS = ["*"]
    settings.SITE_URL = "https://news.example"
    PublishedArticleFactory()
    url = reverse(name, kwargs=kwargs)

    poisoned = client.get(url, HTTP_HOST="evil.example", secure=False)
    cached = client.get(url, HTTP_HOST="news.example", secure=True)

    for response in (poisoned, cached):
        assert response.status_code == 200
        assert b"evil.example" not in response.content
        assert b"http://" not in response.content.replace(b"http://www.", b"")
    assert b"https://news.example/" in cached.content
