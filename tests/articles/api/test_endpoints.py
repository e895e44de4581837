"""What each endpoint shows, its filters, its cursor pagination and its query ceiling."""

import datetime

import pytest
from django.utils import timezone

from articles.renditions import lead_image_renditions_generate
from tests.articles.public_site import busy_archive
from tests.factories import (
    CorrectionFactory,
    ExternalLinkFactory,
    PublishedArticleFactory,
    QuoteFactory,
    RelatedLinkFactory,
    SectionFactory,
    SourceFactory,
    UserFactory,
    image_file,
)

pytestmark = pytest.mark.django_db

API = "/api/v1"


def ids(response):
    assert response.status_code == 200, response.content
    return [story["id"] for story in response.json()["results"]]


def at(days_ago, hours=0):
    return timezone.now() - datetime.timedelta(days=days_ago, hours=hours)


def test_a_story_has_its_body_byline_image_tags_quotes_related_links_and_corrections(client, settings):
    settings.SITE_URL = "https://news.example"
    author = UserFactory(username="wren", first_name="Wren", last_name="Porter")
    story = PublishedArticleFactory(
        headline="Ferry fares rise",
        dek="Riders will pay more.",
        body="<p>Fares go up on <strong>Monday</strong>.</p>",
        authors=[author],
        tags=["ferries", "transit"],
        lead_image=image_file(size=(1000, 600)),
        lead_image_alt="A ferry at the dock",
        lead_image_caption="The morning boat.",
        lead_image_credit="Staff photo",
    )
    lead_image_renditions_generate(story)
    source = SourceFactory(name="Ana Ruiz", slug="ana-ruiz", title="Director", organization="Ferry Authority")
    QuoteFactory(article=story, source=source, text="Costs went up.", is_pull_quote=True)
    other = PublishedArticleFactory(headline="Ferry schedule changes", dek="Fewer boats.")
    RelatedLinkFactory(article=story, target_article=other)
    ExternalLinkFactory(article=story)
    CorrectionFactory(article=story, text="An earlier version misstated the fare.")

    data = client.get(f"{API}/stories/{story.pk}").json()

    assert data["headline"] == "Ferry fares rise"
    assert data["url"] == "https://news.example" + story.get_absolute_url()
    assert data["body"] == "<p>Fares go up on <strong>Monday</strong>.</p>"
    assert data["byline"] == "By Wren Porter"
    assert data["authors"] == [
        {
            "id": author.pk,
            "name": "Wren Porter",
            "url": f"https://news.example/author/{author.pk}-wren-porter/",
        }
    ]
    assert [tag["slug"] for tag in data["tags"]] == ["ferries", "transit"]
    image = data["lead_image"]
    assert (image["alt"], image["caption"], image["credit"]) == (
        "A ferry at the dock",
        "The morning boat.",
        "Staff photo",
    )
    renditions = {r["name"]: r for r in image["renditions"]}
    assert set(renditions) == {"w480", "w800", "w1200", "card"}
    assert (renditions["w480"]["width"], renditions["card"]["height"]) == (480, 250)
    assert renditions["w800"]["url"].startswith("https://news.example/media/")
    assert data["quotes"] == [
        {
            "text": "Costs went up.",
            "is_partial": False,
            "is_pull_quote": True,
            "source": {
                "id": source.pk,
                "name": "Ana Ruiz",
                "slug": "ana-ruiz",
                "title": "Director",
                "organization": "Ferry Authority",
                "abbreviation": "",
                "kind": "person",
                "description": "",
                "url": "https://news.example/source/ana-ruiz/",
            },
        }
    ]
    assert [(r["title"], r["story_id"], r["is_external"]) for r in data["related"]] == [
        ("Ferry schedule changes", other.pk, False),
        ("The auditor's full report", None, True),
    ]
    assert data["related"][0]["api_url"] == f"https://news.example/api/v1/stories/{other.pk}"
    assert [c["text"] for c in data["corrections"]] == ["An earlier version misstated the fare."]
    assert data["ninjs_url"] == f"https://news.example/api/v1/stories/{story.pk}.ninjs"


def test_a_byline_override_is_printed_instead_of_the_names(client):
    story = PublishedArticleFactory(authors=[UserFactory()], byline_override="From staff and wire reports")
    assert client.get(f"{API}/stories/{story.pk}").json()["byline"] == "From staff and wire reports"


def test_a_withdrawn_story_leaves_the_list_and_a_story_in_a_related_box_is_left_out(client):
    story = PublishedArticleFactory()
    hidden_target = PublishedArticleFactory(status="withdrawn")
    RelatedLinkFactory(article=story, target_article=hidden_target)
    assert ids(client.get(f"{API}/stories")) == [story.pk]
    assert client.get(f"{API}/stories/{story.pk}").json()["related"] == []


@pytest.fixture
def filtered():
    """Stories that differ in one way each, from the oldest to the newest."""
    city, state = SectionFactory(name="City", slug="city"), SectionFactory(name="State", slug="state")
    wren, kai = UserFactory(username="wren"), UserFactory(username="kai")
    source = SourceFactory(slug="ida-marsh")
    old = PublishedArticleFactory(section=city, authors=[wren], tags=["budget"], first_published_at=at(10))
    mid = PublishedArticleFactory(
        section=state, authors=[kai], tags=["budget", "ferries"], first_published_at=at(5)
    )
    new = PublishedArticleFactory(section=city, authors=[kai], tags=["ferries"], first_published_at=at(1))
    QuoteFactory(article=mid, source=source)
    QuoteFactory(article=new, source=source)
    return {"old": old, "mid": mid, "new": new, "wren": wren, "kai": kai}


def test_stories_are_listed_newest_first(client, filtered):
    assert ids(client.get(f"{API}/stories")) == [filtered["new"].pk, filtered["mid"].pk, filtered["old"].pk]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("section=city", ["new", "old"]),
        ("section=state", ["mid"]),
        ("section=no-such-section", []),
        ("tag=budget", ["mid", "old"]),
        ("tag=no-such-tag", []),
        ("source=ida-marsh", ["new", "mid"]),
        ("source=nobody", []),
        ("section=city&tag=ferries", ["new"]),
        ("tag=budget&source=ida-marsh", ["mid"]),
    ],
)
def test_every_filter_narrows_the_list(client, filtered, query, expected):
    assert ids(client.get(f"{API}/stories?{query}")) == [filtered[name].pk for name in expected]


def test_the_author_filter_takes_the_authors_id(client, filtered):
    assert ids(client.get(f"{API}/stories?author={filtered['wren'].pk}")) == [filtered["old"].pk]
    assert ids(client.get(f"{API}/stories?author={filtered['kai'].pk}")) == [
        filtered["new"].pk,
        filtered["mid"].pk,
    ]
    assert ids(client.get(f"{API}/stories?author=999999")) == []


def test_date_filters(client, filtered):
    mid = filtered["mid"]
    assert ids(client.get(f"{API}/stories?date={mid.publication_date.isoformat()}")) == [mid.pk]
    since = at(6).isoformat().replace("+00:00", "Z")
    assert ids(client.get(f"{API}/stories", {"since": since})) == [filtered["new"].pk, mid.pk]
    assert ids(client.get(f"{API}/stories", {"until": at(2).isoformat()})) == [mid.pk, filtered["old"].pk]
    assert ids(client.get(f"{API}/stories", {"since": at(6).isoformat(), "until": at(2).isoformat()})) == [
        mid.pk
    ]
    assert ids(client.get(f"{API}/stories", {"since": timezone.localdate(at(1)).isoformat()})) == [
        filtered["new"].pk
    ]


def test_a_malformed_filter_is_refused_naming_the_parameter(client, filtered):
    response = client.get(f"{API}/stories?date=yesterday")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "date"]
    assert client.get(f"{API}/stories?limit=0").status_code == 422
    assert client.get(f"{API}/stories?limit=101").status_code == 422


def walk(client, url, limit):
    seen, cursor, pages = [], None, 0
    while True:
        response = client.get(url, {"limit": limit, **({"cursor": cursor} if cursor else {})})
        seen += ids(response)
        pages += 1
        cursor = response.json()["next_cursor"]
        if cursor is None:
            return seen, pages


def test_cursor_pagination_walks_every_story_once(client):
    stories = [PublishedArticleFactory(first_published_at=at(i)) for i in range(7)]
    seen, pages = walk(client, f"{API}/stories", limit=3)
    assert seen == [story.pk for story in stories]
    assert pages == 3


def test_stories_sharing_a_publication_time_are_neither_skipped_nor_repeated(client):
    moment = at(1)
    stories = [PublishedArticleFactory(first_published_at=moment) for _ in range(5)]
    seen, _ = walk(client, f"{API}/stories", limit=2)
    assert sorted(seen) == sorted(story.pk for story in stories) and len(seen) == 5


def test_pages_stay_stable_when_stories_are_published_while_a_client_pages(client):
    stories = [PublishedArticleFactory(first_published_at=at(i + 1)) for i in range(6)]
    first = client.get(f"{API}/stories", {"limit": 2}).json()
    for _ in range(3):
        PublishedArticleFactory(first_published_at=timezone.now())
    second = client.get(f"{API}/stories", {"limit": 2, "cursor": first["next_cursor"]}).json()
    assert [s["id"] for s in first["results"] + second["results"]] == [s.pk for s in stories[:4]]


def test_a_cursor_the_api_did_not_write_is_refused(client):
    PublishedArticleFactory()
    for cursor in ("not-a-cursor", "W10", "WyJ4IiwgMV0", "WyIyMDI2LTAxLTAxVDAwOjAwOjAwIiwxXQ"):
        response = client.get(f"{API}/stories", {"cursor": cursor})
        assert response.status_code == 400, cursor
        assert "cursor" in response.json()["detail"]


def test_tags_and_sources_are_paged_by_slug(client):
    story = PublishedArticleFactory(tags=["alpha", "bravo", "charlie"])
    for slug in ("zed", "amy", "max"):
        QuoteFactory(article=story, source=SourceFactory(slug=slug))
    assert [t["slug"] for t in client.get(f"{API}/tags", {"limit": 2}).json()["results"]] == [
        "alpha",
        "bravo",
    ]
    cursor = client.get(f"{API}/tags", {"limit": 2}).json()["next_cursor"]
    assert [
        t["slug"] for t in client.get(f"{API}/tags", {"limit": 2, "cursor": cursor}).json()["results"]
    ] == ["charlie"]
    seen, cursor = [], None
    while True:
        page = client.get(f"{API}/sources", {"limit": 1, **({"cursor": cursor} if cursor else {})}).json()
        seen += [s["slug"] for s in page["results"]]
        if not (cursor := page["next_cursor"]):
            break
    assert seen == ["amy", "max", "zed"]


def test_sections_are_listed_in_menu_order(client):
    SectionFactory(name="Zoning", slug="zoning", order=1)
    SectionFactory(name="Arts", slug="arts", order=2)
    assert [s["slug"] for s in client.get(f"{API}/sections").json()["results"]] == ["zoning", "arts"]


# The page and its bylines; one more for each slug filter. A story: itself, its bylines,
# quotes with their sources, tags, corrections, and the related box's three.
QUERY_CEILINGS = {
    "stories": 2,
    "stories?section=city": 3,
    "stories?section=city&tag=topic-1&source=source-1&author={author}": 5,
    "story": 8,
    "story.ninjs": 8,
    "sections": 1,
    "tags": 1,
    "sources": 1,
}


def endpoint_urls(story, author):
    urls = {}
    for name in QUERY_CEILINGS:
        if name.startswith("story") and not name.startswith("stories"):
            urls[name] = f"{API}/stories/{story.pk}" + name.removeprefix("story")
        else:
            urls[name] = (
                f"{API}/{name.format(author=author.pk)}" + ("&" if "?" in name else "?") + "limit=100"
            )
    return urls


@pytest.mark.parametrize("name", list(QUERY_CEILINGS))
def test_every_endpoint_runs_a_fixed_number_of_queries_however_much_it_shows(
    client, django_assert_max_num_queries, name
):
    stories = busy_archive(stories=30, quotes=8, tags=5, links=3)
    story = stories[-1]
    author = story.bylines.first().author
    url = endpoint_urls(story, author)[name]
    with django_assert_max_num_queries(QUERY_CEILINGS[name]):
        response = client.get(url)
    assert response.status_code == 200
    if name == "stories":
        assert len(response.json()["results"]) == 30
    if name == "story":
        assert len(response.json()["quotes"]) == 8 and len(response.json()["tags"]) == 5
