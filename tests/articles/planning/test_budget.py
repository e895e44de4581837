"""The reads behind the budget and the calendar: what each role sees, in what order, what
is late, and a fixed number of queries however many lines and stories there are."""

from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone

from articles.models import BudgetLine
from articles.planning.budget import SCHEDULED_LATE, budget_for_day, calendar_days
from tests.factories import (
    ArticleFactory,
    BudgetLineFactory,
    PublishedArticleFactory,
    ScheduledArticleFactory,
    SectionFactory,
)

pytestmark = pytest.mark.django_db
State = BudgetLine.State


def at(day, hour, minute=0):
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


@pytest.fixture
def day():
    return timezone.localdate() + timedelta(days=2)


def titles(budget):
    return {desk.desk.name: [row.title for row in desk.rows] for desk in budget}


def test_the_budget_lists_the_days_lines_and_unplanned_stories_desk_by_desk(editor, day):
    metro, sports = SectionFactory(name="Metro"), SectionFactory(name="Sports")
    BudgetLineFactory(slug="bridge-vote", section=metro, planned_date=day)
    BudgetLineFactory(slug="derby", section=sports, planned_date=day)
    BudgetLineFactory(slug="next-week", section=metro, planned_date=day + timedelta(days=7))
    ScheduledArticleFactory(headline="Scheduled for the day", section=metro, scheduled_at=at(day, 8))
    ScheduledArticleFactory(
        headline="Scheduled the day after", section=metro, scheduled_at=at(day, 23, 59) + timedelta(minutes=2)
    )
    ArticleFactory(headline="A draft with no line", section=metro)

    shown = titles(budget_for_day(user=editor, day=day))

    # Same priority: what has a time comes before what runs "some time that day".
    assert shown == {"Metro": ["Scheduled for the day", "bridge-vote"], "Sports": ["derby"]}


def test_a_story_published_that_day_is_on_its_budget(editor):
    today = timezone.localdate()
    PublishedArticleFactory(headline="Ran today")
    PublishedArticleFactory(headline="Ran yesterday", last_published_at=timezone.now() - timedelta(days=1))
    rows = [row for desk in budget_for_day(user=editor, day=today) for row in desk.rows]
    assert [(row.title, row.stage) for row in rows] == [("Ran today", "published")]


def test_a_line_shows_its_drafts_workflow_state(editor, journalist, day):
    article = ArticleFactory(authors=[journalist], status="in_review", headline="Bridge vote delayed")
    BudgetLineFactory(slug="bridge", planned_date=day, article=article, state=State.IN_PROGRESS)
    (row,) = budget_for_day(user=editor, day=day)[0].rows
    assert (row.title, row.stage, row.stage_label, row.story_status) == (
        "Bridge vote delayed",
        "in_review",
        "In review",
        "In review",
    )


def test_another_journalists_hidden_draft_is_named_by_the_lines_slug_only(journalist, other_journalist, day):
    draft = ArticleFactory(authors=[other_journalist], headline="SECRET: mayor under investigation")
    BudgetLineFactory(slug="mayor-story", planned_date=day, article=draft, reporters=[other_journalist])
    (row,) = budget_for_day(user=journalist, day=day)[0].rows
    assert row.title == "mayor-story"
    assert row.article is None and row.article_url == "" and row.line_url == ""
    assert "SECRET" not in repr(row.title) + row.late + row.story_status
    (own_view,) = budget_for_day(user=other_journalist, day=day)[0].rows
    assert own_view.title == "SECRET: mayor under investigation"


def test_a_journalist_never_sees_another_journalists_scheduled_story_unplanned(
    journalist, other_journalist, day
):
    ScheduledArticleFactory(authors=[other_journalist], headline="Not yours", scheduled_at=at(day, 9))
    ScheduledArticleFactory(authors=[journalist], headline="Yours", scheduled_at=at(day, 10))
    shown = [row.title for desk in budget_for_day(user=journalist, day=day) for row in desk.rows]
    assert shown == ["Yours"]


def test_a_journalists_own_assignments_come_first(journalist, other_journalist, day):
    first_desk = SectionFactory(name="A desk", order=1)
    second_desk = SectionFactory(name="B desk", order=2)
    BudgetLineFactory(
        slug="top-story", section=first_desk, planned_date=day, priority=BudgetLine.Priority.TOP
    )
    BudgetLineFactory(
        slug="theirs", section=second_desk, planned_date=day, reporters=[other_journalist], priority=1
    )
    BudgetLineFactory(slug="mine", section=second_desk, planned_date=day, reporters=[journalist], priority=4)

    budget = budget_for_day(user=journalist, day=day)

    assert [desk.desk.name for desk in budget] == ["B desk", "A desk"]
    assert [row.title for row in budget[0].rows] == ["mine", "theirs"]
    assert budget[0].rows[0].mine and budget[0].rows[0].may_change_line and budget[0].rows[0].may_start_draft
    assert not budget[0].rows[1].may_change_line


def test_editors_read_desks_in_menu_order_and_rows_by_priority_then_time(editor, day):
    first_desk = SectionFactory(name="Z first", order=1)
    second_desk = SectionFactory(name="A second", order=2)
    BudgetLineFactory(slug="low", section=first_desk, planned_date=day, priority=4)
    BudgetLineFactory(
        slug="top-late", section=first_desk, planned_date=day, priority=1, planned_time=time(18)
    )
    BudgetLineFactory(
        slug="top-early", section=first_desk, planned_date=day, priority=1, planned_time=time(9)
    )
    BudgetLineFactory(slug="killed", section=first_desk, planned_date=day, priority=1, state=State.KILLED)
    BudgetLineFactory(slug="other", section=second_desk, planned_date=day)
    budget = budget_for_day(user=editor, day=day)
    assert [desk.desk.name for desk in budget] == ["Z first", "A second"]
    assert [row.title for row in budget[0].rows] == ["top-early", "top-late", "low", "killed"]


def test_what_is_late_against_its_planned_time(editor):
    today = timezone.localdate()
    now = at(today, 12)
    BudgetLineFactory(slug="due-this-morning", planned_time=time(9))
    BudgetLineFactory(slug="due-tonight", planned_time=time(20))
    BudgetLineFactory(slug="any-time-today")
    BudgetLineFactory(slug="killed-this-morning", planned_time=time(8), state=State.KILLED)
    ran = PublishedArticleFactory(headline="Ran on time")
    BudgetLineFactory(slug="ran", planned_time=time(6), article=ran)
    slipped = ScheduledArticleFactory(headline="Slipped", scheduled_at=at(today, 22))
    BudgetLineFactory(slug="slipped", planned_time=time(21), article=slipped)

    late = {
        row.line.slug: row.late
        for desk in budget_for_day(user=editor, day=today, now=now)
        for row in desk.rows
    }

    assert late["due-this-morning"].startswith("Late")
    assert late["due-tonight"] == late["any-time-today"] == late["killed-this-morning"] == late["ran"] == ""
    assert late["slipped"] == SCHEDULED_LATE


def test_the_desk_filter_leaves_other_desks_out(editor, day):
    metro = SectionFactory(name="Metro")
    BudgetLineFactory(slug="metro-line", section=metro, planned_date=day)
    BudgetLineFactory(slug="elsewhere", planned_date=day)
    assert titles(budget_for_day(user=editor, day=day, section=metro)) == {"Metro": ["metro-line"]}


def make_archive(day, n):
    desks = [SectionFactory(name=f"Desk {i}") for i in range(3)]
    for i in range(n):
        desk = desks[i % 3]
        ScheduledArticleFactory(section=desk, scheduled_at=at(day, 6) + timedelta(minutes=i))
        PublishedArticleFactory(section=desk, last_published_at=at(day, 7) + timedelta(minutes=i))
        draft = ArticleFactory(section=desk)
        line = BudgetLineFactory(section=desk, planned_date=day, article=draft)
        line.reporters.set([])


@pytest.mark.parametrize("n", [3, 30])
def test_the_budget_runs_a_fixed_number_of_queries(editor, journalist, django_assert_max_num_queries, n):
    day = timezone.localdate()
    make_archive(day, n)
    for user in (editor, journalist):
        with django_assert_max_num_queries(6):
            budget = budget_for_day(user=user, day=day)
            [(row.people, row.title) for desk in budget for row in desk.rows]


@pytest.mark.parametrize("period", [7, 35])
def test_the_calendar_runs_a_fixed_number_of_queries(
    editor, journalist, django_assert_max_num_queries, period
):
    day = timezone.localdate()
    make_archive(day, 30)
    for user in (editor, journalist):
        with django_assert_max_num_queries(6):
            days = calendar_days(
                user=user,
                start=day - timedelta(days=3),
                end=day - timedelta(days=3) + timedelta(days=period - 1),
            )
            [(item.title, item.people, item.url) for d in days for item in d.items]


# --- the calendar ----------------------------------------------------------------------


def calendar_titles(days):
    return {d.day: [item.title for item in d.items] for d in days if d.items}


def test_the_calendar_shows_scheduled_published_and_planned_but_no_drafts_or_killed_lines(editor):
    today = timezone.localdate()
    monday = today - timedelta(days=today.weekday())
    PublishedArticleFactory(headline="Ran Monday", last_published_at=at(monday, 9))
    ScheduledArticleFactory(headline="Runs Friday", scheduled_at=at(monday + timedelta(days=4), 7))
    ArticleFactory(headline="A draft")
    ArticleFactory(headline="In review", status="in_review")
    BudgetLineFactory(
        slug="planned-wednesday", planned_date=monday + timedelta(days=2), planned_time=time(10)
    )
    BudgetLineFactory(slug="killed-wednesday", planned_date=monday + timedelta(days=2), state=State.KILLED)
    BudgetLineFactory(slug="next-monday", planned_date=monday + timedelta(days=7))

    days = calendar_days(user=editor, start=monday, end=monday + timedelta(days=6))

    assert len(days) == 7
    assert calendar_titles(days) == {
        monday: ["Ran Monday"],
        monday + timedelta(days=2): ["planned-wednesday"],
        monday + timedelta(days=4): ["Runs Friday"],
    }


def test_a_line_whose_story_is_on_the_calendar_is_shown_once_as_that_story(editor, day):
    story = ScheduledArticleFactory(headline="The bridge story", scheduled_at=at(day, 7))
    BudgetLineFactory(slug="bridge", planned_date=day, article=story)
    (item,) = calendar_days(user=editor, start=day, end=day)[0].items
    assert (item.kind, item.title, item.may_reschedule) == ("story", "The bridge story", True)


def test_a_journalist_sees_on_the_calendar_only_stories_they_may_see(journalist, other_journalist, day):
    ScheduledArticleFactory(
        authors=[other_journalist], headline="Their scheduled story", scheduled_at=at(day, 7)
    )
    ScheduledArticleFactory(authors=[journalist], headline="My scheduled story", scheduled_at=at(day, 8))
    PublishedArticleFactory(headline="Published, for everyone", last_published_at=timezone.now())
    hidden = ArticleFactory(authors=[other_journalist], headline="Their hidden draft")
    BudgetLineFactory(slug="their-line", planned_date=day, article=hidden, reporters=[other_journalist])

    days = calendar_days(user=journalist, start=timezone.localdate(), end=day)
    shown = [item.title for d in days for item in d.items]

    assert "Their scheduled story" not in shown and "Their hidden draft" not in shown
    assert {"My scheduled story", "Published, for everyone", "their-line"} <= set(shown)
    assert not any(item.may_reschedule for d in days for item in d.items)
    assert [item.url for d in days for item in d.items if item.title == "their-line"] == [""]


def test_the_calendar_filters_by_desk_and_by_person(editor, journalist, other_journalist, day):
    metro = SectionFactory(name="Metro")
    ScheduledArticleFactory(
        authors=[journalist], section=metro, headline="Jo in metro", scheduled_at=at(day, 7)
    )
    ScheduledArticleFactory(authors=[other_journalist], headline="Kim elsewhere", scheduled_at=at(day, 8))
    BudgetLineFactory(slug="kim-metro-line", section=metro, planned_date=day, reporters=[other_journalist])
    BudgetLineFactory(slug="jo-photos", planned_date=day, photographer=journalist)

    by_desk = calendar_days(user=editor, start=day, end=day, section=metro)[0].items
    by_person = calendar_days(user=editor, start=day, end=day, person=journalist)[0].items

    assert [i.title for i in by_desk] == ["Jo in metro", "kim-metro-line"]
    assert sorted(i.title for i in by_person) == ["Jo in metro", "jo-photos"]


def test_a_month_cell_shows_a_few_items_and_counts_the_rest(editor, day):
    for n in range(9):
        PublishedArticleFactory(last_published_at=at(timezone.localdate(), 6) + timedelta(minutes=n))
    (cell,) = calendar_days(user=editor, start=timezone.localdate(), end=timezone.localdate())
    assert (len(cell.shown), cell.more) == (6, 3)
