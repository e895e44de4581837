"""Planning in a real browser: the editor's morning meeting reads the budget desk by desk,
turns a line into a draft, and reschedules a scheduled story from the calendar."""

from datetime import time, timedelta

import pytest
from django.utils import timezone

from articles.models import Article, ArticleEvent, BudgetLine
from tests.browser.admin_session import log_in
from tests.factories import (
    BudgetLineFactory,
    EditorFactory,
    JournalistFactory,
    ScheduledArticleFactory,
    SectionFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_morning_meeting_starts_a_draft_and_reschedules_a_story(new_page, shoot):
    EditorFactory(username="ed", first_name="Erin", last_name="Editor")
    jo = JournalistFactory(username="jo", first_name="Jo", last_name="Reporter")
    metro = SectionFactory(name="Metro", order=1)
    sports = SectionFactory(name="Sports", order=2)
    line = BudgetLineFactory(
        slug="bridge-vote",
        description="Council votes on the bridge rebuild",
        section=metro,
        reporters=[jo],
        state=BudgetLine.State.ASSIGNED,
        planned_time=time(18, 0),
        planned_length=800,
    )
    BudgetLineFactory(slug="derby-preview", description="Who wins Saturday", section=sports)
    soon = (timezone.now() + timedelta(hours=3)).replace(second=0, microsecond=0)
    story = ScheduledArticleFactory(headline="Ferry fares rise in spring", section=metro, scheduled_at=soon)

    editor = new_page()
    log_in(editor, "ed")
    editor.click("#newsroom-desk >> text=Today's budget")
    editor.wait_for_selector(".planning-desk")
    assert editor.locator(".planning-desk h2").all_inner_texts() == ["Metro", "Sports"]
    metro_desk = editor.locator("#desk-metro")
    assert "bridge-vote" in metro_desk.inner_text() and "Jo Reporter" in metro_desk.inner_text()
    shoot(editor, "budget")
    editor.emulate_media(media="print")
    shoot(editor, "budget-print")
    assert not editor.locator("#header").is_visible()
    editor.emulate_media(media="screen")

    editor.click(f"#desk-metro button[name=start_draft][value='{line.pk}']")
    editor.wait_for_selector("#id_headline")
    assert editor.input_value("#id_headline") == "Council votes on the bridge rebuild"
    line.refresh_from_db()
    draft = line.article
    assert draft.status == Article.Status.DRAFT and list(draft.authors.all()) == [jo]
    shoot(editor, "draft-started")

    editor.goto("/admin/articles/budgetline/budget/")
    row = editor.locator("#desk-metro tr", has_text="Council votes on the bridge rebuild")
    assert "In progress" in row.inner_text()
    assert row.locator("text=Open the story").count() == 1

    day = timezone.localtime(soon).date()
    editor.goto(f"/admin/articles/budgetline/calendar/?period=week&date={day.isoformat()}")
    item = editor.locator(f"li[data-article='{story.pk}']")
    assert "Ferry fares rise in spring" in item.inner_text()
    shoot(editor, "calendar-week")
    item.locator("summary").click()
    later = soon + timedelta(days=1, hours=2)
    item.locator("input[name=publish_date]").fill(timezone.localtime(later).strftime("%Y-%m-%d"))
    item.locator("input[name=publish_time]").fill(timezone.localtime(later).strftime("%H:%M"))
    item.locator("button", has_text="Move").click()
    editor.wait_for_selector(".messagelist")
    assert "now goes live" in editor.inner_text(".messagelist")
    shoot(editor, "rescheduled")

    story.refresh_from_db()
    assert story.scheduled_at == later
    assert ArticleEvent.objects.filter(article=story, action="reschedule").exists()
