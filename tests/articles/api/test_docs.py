"""The OpenAPI schema and its docs page."""

import re

import pytest
from openapi_spec_validator import validate

from tests.factories import PublishedArticleFactory

pytestmark = pytest.mark.django_db


def test_the_openapi_schema_is_valid_and_names_every_endpoint(client):
    schema = client.get("/api/v1/openapi.json").json()
    validate(schema)
    assert set(schema["paths"]) == {
        "/api/v1/stories",
        "/api/v1/stories/{story_id}",
        "/api/v1/stories/{story_id}.ninjs",
        "/api/v1/sections",
        "/api/v1/tags",
        "/api/v1/sources",
    }
    assert all(set(operations) == {"get"} for operations in schema["paths"].values())
    filters = {p["name"] for p in schema["paths"]["/api/v1/stories"]["get"]["parameters"]}
    assert filters == {"section", "tag", "author", "source", "date", "since", "until", "cursor", "limit"}
    story = schema["paths"]["/api/v1/stories/{story_id}"]["get"]["responses"]
    assert {"200", "404", "410"} <= set(story)


def test_the_docs_page_loads_nothing_from_another_site(client):
    PublishedArticleFactory()
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    addresses = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert addresses and all(address.startswith("/static/") for address in addresses), addresses
    assert "<script>" not in html.replace(" ", "")  # no inline script: the policy would refuse it
    assert policy(response)["script-src"] == "'self'"
    assert '"validatorUrl": null' in html


def policy(response) -> dict:
    """The Content-Security-Policy header as directive → sources (its order means nothing)."""
    directives = (part.strip().split(None, 1) for part in response["Content-Security-Policy"].split(";"))
    return {d[0]: d[1] if len(d) > 1 else "" for d in directives if d}


def test_only_the_docs_page_may_show_data_images(client):
    # Swagger UI's stylesheet draws its icons as data: images.
    assert policy(client.get("/api/v1/docs"))["img-src"] == "'self' data:"
    assert policy(client.get("/api/v1/docs"))["img-src"] == "'self' data:"  # cached
    for url in ("/api/v1/sections", "/api/v1/stories", "/"):
        assert "data:" not in client.get(url)["Content-Security-Policy"]
