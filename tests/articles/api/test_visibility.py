"""The read API shows what the site shows: published stories only, sources' public fields only."""

import json

import pytest

from articles.api.reads import STORY_GONE
from tests.articles.public_site import PRIVATE_STRINGS, PUBLISHED, assert_only_published, every_state
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

API = "/api/v1"


@pytest.fixture
def state():
    return every_state()


def every_api_answer(client, state):
    """The text of every endpoint's answer over ``state``, filtered every way."""
    urls = [
        f"{API}/stories",
        f"{API}/stories?section={state.section.slug}",
        f"{API}/stories?tag=harbor-budget",
        f"{API}/stories?author={state.author.pk}",
        f"{API}/stories?source={state.source.slug}",
        f"{API}/stories/{state.published.pk}",
        f"{API}/stories/{state.published.pk}.ninjs",
        f"{API}/sections",
        f"{API}/tags",
        f"{API}/sources",
    ]
    answers = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        answers[url] = response.content.decode()
    return answers


def test_every_endpoint_shows_the_published_story_and_nothing_else(client, state):
    for url, content in every_api_answer(client, state).items():
        if "/stories" in url:
            assert_only_published(content, state)
        for secret in PRIVATE_STRINGS:
            assert secret not in content, f"a source's private field leaked at {url}"


def test_a_sources_private_fields_never_appear_anywhere(client, state):
    answers = "\n".join(every_api_answer(client, state).values())
    answers += client.get(f"{API}/openapi.json").content.decode()
    for secret in PRIVATE_STRINGS:
        assert secret not in answers
    for field in ("phone", "email", "notes"):
        assert f'"{field}"' not in answers


def test_a_source_quoted_only_in_hidden_stories_is_not_listed(client, state):
    SourceFactory(name="Only In Drafts", slug="only-in-drafts")
    slugs = [source["slug"] for source in client.get(f"{API}/sources").json()["results"]]
    assert slugs == [state.source.slug]


@pytest.mark.parametrize("name", ["draft", "in_review", "scheduled", "working_copy"])
def test_a_story_readers_cannot_see_is_not_found(client, state, name):
    story = getattr(state, name)
    for url in (f"{API}/stories/{story.pk}", f"{API}/stories/{story.pk}.ninjs"):
        response = client.get(url)
        assert response.status_code == 404
        assert story.headline not in response.content.decode()


def test_a_withdrawn_story_is_gone(client, state):
    for url in (f"{API}/stories/{state.withdrawn.pk}", f"{API}/stories/{state.withdrawn.pk}.ninjs"):
        response = client.get(url)
        assert response.status_code == 410
        assert response.json() == {"detail": STORY_GONE}
        assert state.withdrawn.headline not in response.content.decode()


def test_the_published_story_shows_its_published_version_not_its_working_copy(client, state):
    story = client.get(f"{API}/stories/{state.published.pk}").json()
    assert story["headline"] == PUBLISHED
    assert [q["text"] for q in story["quotes"]] == [f"Words said in {PUBLISHED}."]
    assert [c["text"] for c in story["corrections"]] == [f"Correction to {PUBLISHED}."]


def test_a_tag_carried_only_by_hidden_stories_is_not_listed(client, state):
    state.draft.tags.add("draft-only-tag")
    assert [tag["slug"] for tag in client.get(f"{API}/tags").json()["results"]] == ["harbor-budget"]
    assert client.get(f"{API}/stories?tag=draft-only-tag").json()["results"] == []


def test_answers_are_json_and_valid_json(client, state):
    for url in (f"{API}/stories", f"{API}/stories/{state.published.pk}", f"{API}/stories/0"):
        response = client.get(url)
        assert response["Content-Type"].startswith("application/json")
        json.loads(response.content)
