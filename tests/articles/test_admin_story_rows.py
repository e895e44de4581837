"""The story list's rows, drawn once a page (``articles.admin.story_rows``), are the admin's
own markup cell for cell, for every kind of story, with the list's filters kept in each
link; a list the admin draws with forms in it is left to the admin."""

import pytest
from django.contrib.admin.templatetags import admin_list
from django.urls import reverse
from django.utils import formats, timezone, translation

from articles.admin import story_rows
from tests.factories import (
    ArticleFactory,
    JournalistFactory,
    PublishedArticleFactory,
    ScheduledArticleFactory,
    WithdrawnArticleFactory,
    WorkingCopyFactory,
)

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:articles_article_changelist"


def the_admins_rows(cl):
    return ["".join(cells) for cells in admin_list.results(cl)]


@pytest.fixture
def stories():
    reporter, colleague = JournalistFactory(first_name="Ana", last_name="Ruiz"), JournalistFactory()
    now = timezone.now()
    PublishedArticleFactory(headline='Budget <b>"gap"</b> & the pier', authors=[reporter, colleague])
    ArticleFactory(headline="A draft with no dates", authors=[reporter])
    ArticleFactory(headline="Told by the desk", byline_override="Staff & wire reports")
    ScheduledArticleFactory(headline="Out tomorrow", authors=[colleague])
    ScheduledArticleFactory(headline="Missed its hour", scheduled_at=now - timezone.timedelta(hours=2))
    ScheduledArticleFactory(
        headline="Failed to go out",
        scheduled_at=now - timezone.timedelta(hours=3),
        publish_failure='The lead image is <missing> & "gone"',
    )
    WorkingCopyFactory(headline="Rewrite of a live story")
    WithdrawnArticleFactory(headline="Withdrawn for legal review")


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"o": "-5"},
        {"q": "the", "status__exact": "scheduled"},
        {"status__exact": "published", "is_featured__exact": "0"},
        {"created_at__year": str(timezone.now().year)},
    ],
    ids=["plain", "sorted", "searched and filtered", "filtered", "by year"],
)
def test_each_row_is_the_admins_own_markup_cell_for_cell(client, admin_user, stories, params):
    client.force_login(admin_user)
    response = client.get(reverse(CHANGELIST), params)
    assert response.status_code == 200
    cl = response.context["cl"]
    assert cl.result_list, "the list shows stories"
    assert story_rows.drawn_here(cl)
    assert story_rows.rows(cl) == the_admins_rows(cl)


def test_a_row_links_to_its_story_with_the_lists_filters_kept(client, admin_user, stories):
    client.force_login(admin_user)
    response = client.get(reverse(CHANGELIST), {"q": "tomorrow", "status__exact": "scheduled"})
    story = response.context["cl"].result_list[0]
    change = reverse("admin:articles_article_change", args=[story.pk])
    page = response.content.decode()
    assert f'<a href="{change}?_changelist_filters=q%3Dtomorrow%26status__exact%3Dscheduled">' in page
    assert page.count('class="action-select"') == 1


def test_the_page_shows_the_rows_and_escapes_what_the_stories_hold(client, admin_user, stories):
    client.force_login(admin_user)
    page = client.get(reverse(CHANGELIST)).content.decode()
    assert "Budget &lt;b&gt;&quot;gap&quot;&lt;/b&gt; &amp; the pier" in page
    assert "Staff &amp; wire reports" in page
    assert 'title="The lead image is &lt;missing&gt; &amp; &quot;gone&quot;">OVERDUE: not published' in page
    assert "<b>" not in page.split('id="result_list"')[1].split("</table>")[0]


def test_a_list_choosing_a_story_for_another_form_is_left_to_the_admin(client, admin_user, stories):
    client.force_login(admin_user)
    response = client.get(reverse(CHANGELIST), {"_popup": "1", "_to_field": "id"})
    assert response.status_code == 200
    assert not story_rows.drawn_here(response.context["cl"])
    assert "opener.dismissRelatedLookupPopup" in response.content.decode() or "data-popup-opener" in (
        response.content.decode()
    )


def test_a_journalists_rows_are_the_admins_own_too(client, stories):
    journalist = JournalistFactory()
    ArticleFactory(headline="My own draft", authors=[journalist])
    client.force_login(journalist)
    cl = client.get(reverse(CHANGELIST)).context["cl"]
    assert any(story.headline == "My own draft" for story in cl.result_list)
    assert story_rows.rows(cl) == the_admins_rows(cl)


@pytest.mark.parametrize("zone, language", [("Asia/Tokyo", "en"), ("America/Los_Angeles", "de")])
def test_times_are_shown_in_the_readers_time_zone_and_language_whatever_was_shown_before(
    client, admin_user, stories, zone, language
):
    client.force_login(admin_user)
    cl = client.get(reverse(CHANGELIST)).context["cl"]
    story_rows.rows(cl)
    with timezone.override(zone), translation.override(language):
        assert story_rows.rows(cl) == the_admins_rows(cl)
        updated = cl.result_list[0].updated_at
        assert formats.localize(timezone.localtime(updated)) in story_rows.rows(cl)[0]
