"""The front page's markup is kept whole and purged with any card on it."""

import pytest

from articles import cards
from articles.delivery.tags import page_tags_collecting, record_tag, story_tag
from articles.front_page import front_page
from tests.factories import JournalistFactory, PublishedArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache_off(settings):
    # Every request renders the page: what is left to see is the kept front page.
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def card_renders(monkeypatch):
    rendered = []
    real = cards.render_card

    def counting(story, variant):
        rendered.append(story.pk)
        return real(story, variant)

    monkeypatch.setattr(cards, "render_card", counting)
    return rendered


def test_the_front_page_rendered_again_assembles_nothing_and_reads_only_its_lists(
    client, page_cache_off, card_renders, django_assert_num_queries
):
    stories = [PublishedArticleFactory(headline=f"Story {n}") for n in range(5)]
    first = client.get("/").content.decode()
    # Each story in the latest rail and in its section's block.
    assert set(card_renders) == {story.pk for story in stories}

    card_renders.clear()
    # The latest stories, the featured ones and the section blocks; no card is read.
    with django_assert_num_queries(3):
        again = client.get("/").content.decode()

    assert card_renders == []
    assert again == first


def test_a_story_saved_or_a_byline_renamed_shows_on_the_kept_front_page_at_once(
    client, page_cache_off, django_capture_on_commit_callbacks
):
    reporter = JournalistFactory(first_name="Ada", last_name="Reyes")
    story = PublishedArticleFactory(headline="Ferry fares rise", authors=[reporter])
    PublishedArticleFactory(headline="Library hours cut")
    assert "Ada Reyes" in client.get("/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        reporter.last_name = "Okonjo"
        reporter.save()
    assert "Ada Okonjo" in client.get("/").content.decode()

    story.headline = "Ferry fares rise again"
    story.save()
    assert "Ferry fares rise again" in client.get("/").content.decode()


def test_the_kept_front_page_names_the_tags_of_its_cards():
    reporter = JournalistFactory()
    story = PublishedArticleFactory(authors=[reporter])
    front_page()
    with page_tags_collecting() as named:
        front_page()

    card_tags = {story_tag(story), record_tag("author", reporter.pk), record_tag("section", story.section_id)}
    assert card_tags <= named
