import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from tests.articles.public_site import PUBLISHED, SHARED_TAG, assert_only_published, busy_archive, every_state
from tests.factories import ArticleFactory, PublishedArticleFactory, UserFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def feed_urls(section_slug, tag_slug):
    return {
        "rss": reverse("articles:feed_rss"),
        "atom": reverse("articles:feed_atom"),
        "section rss": reverse("articles:feed_section_rss", kwargs={"slug": section_slug}),
        "section atom": reverse("articles:feed_section_atom", kwargs={"slug": section_slug}),
        "tag rss": reverse("articles:feed_tag_rss", kwargs={"slug": tag_slug}),
        "tag atom": reverse("articles:feed_tag_atom", kwargs={"slug": tag_slug}),
    }


@pytest.mark.parametrize("feed", ["rss", "atom", "section rss", "section atom", "tag rss", "tag atom"])
def test_every_feed_lists_only_published_stories(client, feed):
    state = every_state()

    response = client.get(feed_urls(state.section.slug, SHARED_TAG)[feed] + "?status=draft")

    assert response.status_code == 200
    assert_only_published(response.content.decode())
    ET.fromstring(response.content)


def test_rss_items_carry_public_links_dates_byline_and_categories(client, settings):
    settings.SITE_URL = "https://news.example"
    author = UserFactory(first_name="Ann", last_name="Lee")
    story = PublishedArticleFactory(headline="Ferry fares rise", authors=[author], tags=["ferries"])

    root = ET.fromstring(client.get(reverse("articles:feed_rss")).content)

    item = root.find("channel/item")
    assert item.findtext("title") == "Ferry fares rise"
    assert item.findtext("link") == f"https://news.example{story.get_absolute_url()}"
    assert item.findtext("pubDate")
    assert "Ann Lee" in ET.tostring(item, encoding="unicode")
    assert {c.text for c in item.findall("category")} == {story.section.name, "ferries"}
    assert root.findtext("channel/link") == "https://news.example/"


def test_atom_feed_is_valid_atom_with_updated_dates(client):
    PublishedArticleFactory(headline=PUBLISHED)

    root = ET.fromstring(client.get(reverse("articles:feed_atom")).content)

    assert root.tag == f"{ATOM}feed"
    entry = root.find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == PUBLISHED
    assert entry.findtext(f"{ATOM}updated")


def test_a_feed_for_a_tag_only_on_drafts_does_not_exist(client):
    ArticleFactory(tags=["secret-merger"])

    assert client.get(reverse("articles:feed_tag_rss", kwargs={"slug": "secret-merger"})).status_code == 404
    assert client.get(reverse("articles:feed_section_rss", kwargs={"slug": "nope"})).status_code == 404


def test_feeds_run_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    busy_archive()

    for name, url in feed_urls("city", "topic-1").items():
        with django_assert_max_num_queries(5):
            response = client.get(url)
        assert response.status_code == 200, name
