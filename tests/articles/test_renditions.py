import datetime
import re

import pytest
from django.template import Context, Template

from articles import tasks
from articles.renditions import lead_image_renditions_generate
from tests.factories import PublishedArticleFactory, WorkingCopyFactory, image_file

pytestmark = pytest.mark.django_db


def render(article, variant):
    return Template("{% load lead_images %}{% lead_image article variant %}").render(
        Context({"article": article, "variant": variant})
    )


def test_saving_a_story_with_a_lead_image_makes_its_renditions_after_commit(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        story = PublishedArticleFactory(lead_image=image_file(size=(1600, 1000)), lead_image_alt="A pier")

    assert lead_image_renditions_generate(story) == 0
    assert ".400x250_q82_crop-smart.webp" in render(story, "card")


def test_a_card_never_makes_a_rendition_and_falls_back_to_the_original(django_assert_num_queries):
    story = PublishedArticleFactory(lead_image=image_file(size=(1600, 1000)), lead_image_alt="A pier")

    with django_assert_num_queries(0):
        html = render(story, "card")

    assert f'src="{story.lead_image.url}"' in html
    assert 'alt="A pier"' in html


def test_a_small_original_is_offered_once_at_its_own_width():
    story = PublishedArticleFactory(lead_image=image_file(size=(600, 400)), lead_image_alt="A pier")

    html = render(story, "story")

    assert re.findall(r"\.webp (\d+)w", html) == ["480", "600"]


def test_no_lead_image_renders_nothing():
    assert render(PublishedArticleFactory(), "story") == ""


def test_once_renditions_are_made_the_pages_showing_the_story_link_them(
    client, django_capture_on_commit_callbacks
):
    story = PublishedArticleFactory(lead_image=image_file(size=(1600, 1000)), lead_image_alt="A pier")
    # The front page's top story, so that the first one is shown as a card.
    PublishedArticleFactory(last_published_at=story.last_published_at + datetime.timedelta(hours=1))
    home_before = client.get("/").content.decode()
    assert f'src="{story.lead_image.url}"' in home_before

    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.make_lead_image_renditions.call(article_id=story.pk) > 0

    home = client.get("/").content.decode()
    assert ".400x250_q82_crop-smart.webp" in home
    assert f'src="{story.lead_image.url}"' not in home


def test_renditions_of_a_working_copy_purge_nothing(django_capture_on_commit_callbacks):
    copy = WorkingCopyFactory(lead_image=image_file(size=(1600, 1000)), lead_image_alt="A pier")

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        tasks.make_lead_image_renditions.call(article_id=copy.pk)

    assert callbacks == []
