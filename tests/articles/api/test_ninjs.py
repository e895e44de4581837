"""Each published story as IPTC NINJS 2.1, checked against the subset of the standard's
schema in ``ninjs-2.1-subset.schema.json`` (written here from its field definitions)."""

import json
from pathlib import Path

import jsonschema
import pytest

from articles.api import ninjs
from articles.renditions import lead_image_renditions_generate
from tests.factories import (
    CorrectionFactory,
    ExternalLinkFactory,
    PublishedArticleFactory,
    QuoteFactory,
    RelatedLinkFactory,
    SourceFactory,
    UserFactory,
    image_file,
)

pytestmark = pytest.mark.django_db

SCHEMA = json.loads((Path(__file__).parent / "ninjs-2.1-subset.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def errors(document):
    return [f"{list(error.path)}: {error.message}" for error in VALIDATOR.iter_errors(document)]


@pytest.fixture
def story(settings):
    settings.SITE_URL = "https://news.example"
    story = PublishedArticleFactory(
        headline="Ferry fares rise",
        dek="Riders will pay more.",
        body="<p>Fares go up on <strong>Monday</strong>, the authority said.</p>",
        authors=[UserFactory(first_name="Wren", last_name="Porter")],
        tags=["ferries"],
        lead_image=image_file(size=(900, 600)),
        lead_image_alt="A ferry at the dock",
        lead_image_caption="The morning boat.",
        lead_image_credit="Staff photo",
    )
    lead_image_renditions_generate(story)
    QuoteFactory(article=story, source=SourceFactory(name="Ana Ruiz", slug="ana-ruiz", kind="person"))
    QuoteFactory(article=story, source=SourceFactory(name="Ferry Authority", slug="fa", kind="organization"))
    RelatedLinkFactory(article=story, target_article=PublishedArticleFactory(headline="Schedule changes"))
    ExternalLinkFactory(article=story)
    CorrectionFactory(article=story, text="An earlier version misstated the fare.")
    return story


def test_the_schema_subset_is_itself_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_the_schema_subset_refuses_what_ninjs_refuses():
    assert errors({"type": "text"})  # no uri
    assert errors({"uri": "https://x.example/1", "byline": "By Wren"})  # 1.x name, "by" in 2.x
    assert errors({"uri": "https://x.example/1", "firstcreated": "last Tuesday"})
    assert errors({"uri": "https://x.example/1", "headlines": [{"role": "main"}]})
    assert errors({"uri": "https://x.example/1", "associations": [{"name": "featureimage"}]})
    assert errors({"uri": "https://x.example/1", "renditions": [{"href": "https://x.example/a.jpg"}]})
    assert errors({"uri": "https://x.example/1", "pubstatus": "published"})
    assert not errors({"uri": "https://x.example/1", "headlines": [{"value": "Hi"}], "located": "Bellhaven"})


def test_a_storys_ninjs_is_valid(client, story):
    response = client.get(f"/api/v1/stories/{story.pk}.ninjs")
    assert response.status_code == 200
    assert response["Content-Type"] == ninjs.CONTENT_TYPE
    assert errors(response.json()) == []


def test_a_story_without_image_dek_byline_or_links_is_valid_too(client):
    bare = PublishedArticleFactory(dek="", body="")
    document = client.get(f"/api/v1/stories/{bare.pk}.ninjs").json()
    assert errors(document) == []
    assert "associations" not in document and "by" not in document


def test_the_ninjs_document_carries_the_story(client, story):
    document = client.get(f"/api/v1/stories/{story.pk}.ninjs").json()
    assert document["uri"] == f"https://news.example/api/v1/stories/{story.pk}"
    assert document["standard"]["version"] == "2.1"
    assert (document["type"], document["pubstatus"], document["language"]) == ("text", "usable", "en-US")
    assert document["headlines"] == [{"role": "main", "value": "Ferry fares rise"}]
    assert document["descriptions"][0]["value"] == "Riders will pay more."
    body = document["bodies"][0]
    assert body["value"] == story.body and body["contenttype"] == "text/html" and body["wordcount"] == 8
    assert document["by"] == "By Wren Porter"
    assert document["firstcreated"] == story.first_published_at.isoformat()
    assert [(p["name"], p["rel"]) for p in document["people"]] == [
        ("Wren Porter", "author"),
        ("Ana Ruiz", "quoted"),
    ]
    assert [(o["name"], o["rel"]) for o in document["organisations"]] == [("Ferry Authority", "quoted")]
    assert [(s["name"], s["rel"]) for s in document["subjects"]] == [
        (story.section.name, "section"),
        ("ferries", "about"),
    ]
    picture, *related = document["associations"]
    assert (picture["name"], picture["type"], picture["by"]) == ("featureimage", "picture", "Staff photo")
    assert {d["role"]: d["value"] for d in picture["descriptions"]} == {
        "alt": "A ferry at the dock",
        "caption": "The morning boat.",
    }
    assert {r["name"] for r in picture["renditions"]} == {"original", "w480", "w800", "card"} | (
        {"w1200"} if any(r["name"] == "w1200" for r in picture["renditions"]) else set()
    )
    assert [r["headlines"][0]["value"] for r in related] == ["Schedule changes", "The auditor's full report"]
    assert "An earlier version misstated the fare." in document["ednote"]
    assert document["renditions"] == [
        {"name": "web", "href": "https://news.example" + story.get_absolute_url(), "contenttype": "text/html"}
    ]


def test_ninjs_shows_no_private_field_of_a_source(client, story):
    content = client.get(f"/api/v1/stories/{story.pk}.ninjs").content.decode()
    for source in (quote.source for quote in story.quotes.all()):
        assert source.phone not in content and source.email not in content and source.notes not in content
