import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from tests.articles.public_site import PUBLISHED, SHARED_TAG, assert_only_published, busy_archive, every_state
from tests.factories import ArticleFactory, PublishedArticleFactory, UserFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
HEADLINE = "AT&T <b>buys</b> the ferry"
DEK = "Fish &amp; chips <script>alert(1)</script> & more"


def shown_as_html(fragment):
    """What a reader that takes the text for HTML shows: its text, without tags."""
    parts = []
    parser = HTMLParser(convert_charrefs=True)
    parser.handle_data = parts.append
    parser.feed(fragment)
    parser.close()
    return "".join(parts)


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


def test_rss_shows_headline_dek_and_tags_as_typed_never_as_markup(client):
    PublishedArticleFactory(headline=HEADLINE, dek=DEK, tags=["R&D <lab>"])

    item = ET.fromstring(client.get(reverse("articles:feed_rss")).content).find("channel/item")

    assert shown_as_html(item.findtext("title")) == HEADLINE
    assert shown_as_html(item.findtext("description")) == DEK
    assert "R&D <lab>" in {c.text for c in item.findall("category")}


def test_atom_carries_headline_and_dek_as_text(client):
    PublishedArticleFactory(headline=HEADLINE, dek=DEK)

    entry = ET.fromstring(client.get(reverse("articles:feed_atom")).content).find(f"{ATOM}entry")

    assert entry.find(f"{ATOM}title").get("type", "text") == "text"
    assert entry.findtext(f"{ATOM}title") == HEADLINE
    assert entry.find(f"{ATOM}summary").get("type") == "text"
    assert entry.findtext(f"{ATOM}summary") == DEK


def test_a_sections_description_is_text_in_both_feeds(client):
    story = PublishedArticleFactory(section__description="Votes & <i>vetoes</i>")
    slug = story.section.slug

    rss = ET.fromstring(client.get(reverse("articles:feed_section_rss", kwargs={"slug": slug})).content)
    atom = ET.fromstring(client.get(reverse("articles:feed_section_atom", kwargs={"slug": slug})).content)

    assert shown_as_html(rss.findtext("channel/description")) == "Votes & <i>vetoes</i>"
    assert atom.findtext(f"{ATOM}subtitle") == "Votes & <i>vetoes</i>"


@pytest.mark.parametrize("feed", ["rss", "atom", "section rss", "section atom", "tag rss", "tag atom"])
def test_a_control_character_pasted_into_a_headline_does_not_break_the_feeds(client, feed):
    story = PublishedArticleFactory(
        headline="Ferry\x0bfares\x1b rise",
        dek="Up\x1f a dollar",
        tags=["fares\x08"],
        byline_override="Staff\x01",
    )

    response = client.get(feed_urls(story.section.slug, "fares")[feed])

    assert response.status_code == 200
    text = ET.tostring(ET.fromstring(response.content), encoding="unicode")
    assert "Ferry fares rise" in text and "Up  a dollar" in text


@pytest.mark.parametrize("feed", ["rss", "atom", "section rss", "section atom", "tag rss", "tag atom"])
def test_feed_links_and_ids_come_from_site_url_even_when_a_poisoned_host_fills_the_cache(
    client, settings, feed
):
    settings.ALLOWED_HOSTS = ["*"]
    settings.SITE_URL = "https://news.example"
    story = PublishedArticleFactory(tags=["ferries"])
    url = feed_urls(story.section.slug, "ferries")[feed]

    poisoned = client.get(url, HTTP_HOST="evil.example")
    cached = client.get(url, HTTP_HOST="news.example")

    for response in (poisoned, cached):
        assert response.status_code == 200
        assert b"evil.example" not in response.content
    root = ET.fromstring(cached.content)
    if root.tag == f"{ATOM}feed":
        assert root.findtext(f"{ATOM}id").startswith("https://news.example/")
        addresses = [link.get("href") for link in root.iter(f"{ATOM}link")]
        addresses += [entry_id.text for entry_id in root.iter(f"{ATOM}id")]
    else:
        addresses = [
            root.findtext("channel/link"),
            *(e.text for e in root.iter("link")),
            root.findtext(".//guid"),
        ]
        addresses += [link.get("href") for link in root.iter("{http://www.w3.org/2005/Atom}link")]
    assert addresses and all(address.startswith("https://news.example/") for address in addresses)
