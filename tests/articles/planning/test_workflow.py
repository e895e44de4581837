"""The planning transitions in articles.workflow: budget line states, a line becoming a
draft, rescheduling a line and a scheduled story; for each role."""

from datetime import time, timedelta

import pytest
from django.utils import timezone

from articles import workflow
from articles.models import Article, ArticleEvent, BudgetLine, BudgetLineEvent
from tests.factories import (
    ArticleFactory,
    BudgetLineFactory,
    JournalistFactory,
    PublishedArticleFactory,
    ScheduledArticleFactory,
    SectionFactory,
)

pytestmark = pytest.mark.django_db
State = BudgetLine.State


def tomorrow():
    return timezone.localdate() + timedelta(days=1)


# --- saving a line ---------------------------------------------------------------------


def test_a_new_line_is_an_idea_and_its_creation_is_logged(journalist):
    line = BudgetLine(
        slug="ferry-fares", description="Fares rise", section=SectionFactory(), planned_date=tomorrow()
    )
    line.state = State.FILED  # whatever the instance carried
    workflow.budget_line_save(line=line, user=journalist)
    line.refresh_from_db()
    assert line.state == State.IDEA
    assert line.created_by == journalist
    event = BudgetLineEvent.objects.get(line=line)
    assert (event.action, event.user, event.to_state) == ("create", journalist, State.IDEA)


def test_a_line_with_someone_on_it_becomes_assigned_once_saved(editor, journalist):
    line = BudgetLineFactory(reporters=[journalist])
    workflow.budget_line_saved(line=line, user=editor)
    line.refresh_from_db()
    assert line.state == State.ASSIGNED
    assert BudgetLineEvent.objects.filter(line=line, action="state", to_state=State.ASSIGNED).exists()


def test_an_assigned_journalist_edits_the_line_but_not_its_state_or_time(journalist):
    line = BudgetLineFactory(reporters=[journalist], state=State.ASSIGNED)
    day = line.planned_date
    line.description = "Council delays the bridge vote"
    line.state = State.KILLED
    line.planned_date = day + timedelta(days=5)
    workflow.budget_line_save(line=line, user=journalist, expected_version=1)
    line.refresh_from_db()
    assert line.description == "Council delays the bridge vote"
    assert (line.state, line.planned_date, line.edit_version) == (State.ASSIGNED, day, 2)


def test_a_journalist_not_on_the_line_cannot_edit_it(journalist, other_journalist):
    line = BudgetLineFactory(reporters=[other_journalist])
    line.description = "Mine now"
    with pytest.raises(workflow.BudgetLinePermissionError):
        workflow.budget_line_save(line=line, user=journalist, expected_version=1)
    line.refresh_from_db()
    assert line.description != "Mine now"


def test_the_photographer_counts_as_assigned(journalist):
    line = BudgetLineFactory(photographer=journalist)
    line.description = "With pictures"
    workflow.budget_line_save(line=line, user=journalist, expected_version=1)
    assert workflow.can_change_line(journalist, line)


def test_an_editor_edits_any_line(editor, journalist):
    line = BudgetLineFactory(reporters=[journalist])
    line.planned_length = 1200
    workflow.budget_line_save(line=line, user=editor, expected_version=1)
    line.refresh_from_db()
    assert line.planned_length == 1200


def test_saving_over_a_newer_version_of_a_line_is_refused(editor):
    line = BudgetLineFactory()
    BudgetLine.objects.filter(pk=line.pk).update(edit_version=3)
    line.description = "Stale"
    with pytest.raises(workflow.StaleEditError):
        workflow.budget_line_save(line=line, user=editor, expected_version=2)
    assert BudgetLine.objects.get(pk=line.pk).description != "Stale"


# --- state changes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "target"),
    [
        (State.IDEA, State.ASSIGNED),
        (State.ASSIGNED, State.IN_PROGRESS),
        (State.IN_PROGRESS, State.FILED),
        (State.FILED, State.IN_PROGRESS),
        (State.IN_PROGRESS, State.ASSIGNED),
        (State.ASSIGNED, State.IDEA),
    ],
)
def test_an_assigned_journalist_moves_their_line_along(journalist, start, target):
    line = BudgetLineFactory(reporters=[journalist], state=start)
    done = workflow.budget_line_set_state(line=line, user=journalist, state=target, expected_version=1)
    assert done.state == target
    event = BudgetLineEvent.objects.get(line=line, action="state")
    assert (event.from_state, event.to_state, event.user) == (start, target, journalist)


@pytest.mark.parametrize("start", [State.IDEA, State.ASSIGNED, State.IN_PROGRESS, State.FILED])
def test_an_editor_kills_a_line_in_any_live_state(editor, journalist, start):
    line = BudgetLineFactory(reporters=[journalist], state=start)
    assert workflow.budget_line_set_state(line=line, user=editor, state=State.KILLED).state == State.KILLED


def test_an_editor_brings_a_killed_line_back_as_an_idea(editor):
    line = BudgetLineFactory(state=State.KILLED)
    assert workflow.budget_line_set_state(line=line, user=editor, state=State.IDEA).state == State.IDEA


def test_a_journalist_cannot_kill_their_own_line_nor_revive_it(journalist):
    line = BudgetLineFactory(reporters=[journalist], state=State.ASSIGNED)
    with pytest.raises(workflow.BudgetLinePermissionError, match="Only an editor"):
        workflow.budget_line_set_state(line=line, user=journalist, state=State.KILLED)
    BudgetLine.objects.filter(pk=line.pk).update(state=State.KILLED)
    line.refresh_from_db()
    with pytest.raises(workflow.BudgetLinePermissionError):
        workflow.budget_line_set_state(line=line, user=journalist, state=State.IDEA)


def test_a_journalist_cannot_move_a_line_they_are_not_on(journalist, other_journalist):
    line = BudgetLineFactory(reporters=[other_journalist], state=State.ASSIGNED)
    with pytest.raises(workflow.BudgetLinePermissionError):
        workflow.budget_line_set_state(line=line, user=journalist, state=State.IN_PROGRESS)
    line.refresh_from_db()
    assert line.state == State.ASSIGNED


@pytest.mark.parametrize(
    ("start", "target"),
    [
        (State.IDEA, State.FILED),
        (State.IDEA, State.IN_PROGRESS),
        (State.KILLED, State.FILED),
        (State.FILED, State.IDEA),
    ],
)
def test_a_line_cannot_skip_or_leap_states(editor, journalist, start, target):
    line = BudgetLineFactory(reporters=[journalist], state=start)
    with pytest.raises(workflow.TransitionError, match="cannot be marked"):
        workflow.budget_line_set_state(line=line, user=editor, state=target)


def test_an_unknown_state_is_refused(editor):
    line = BudgetLineFactory()
    with pytest.raises(workflow.TransitionError):
        workflow.budget_line_set_state(line=line, user=editor, state="published")


def test_a_line_with_nobody_on_it_cannot_be_marked_assigned(editor):
    line = BudgetLineFactory()
    with pytest.raises(workflow.TransitionError, match="Assign a reporter"):
        workflow.budget_line_set_state(line=line, user=editor, state=State.ASSIGNED)


def test_a_state_change_from_a_stale_page_is_refused(editor, journalist):
    line = BudgetLineFactory(reporters=[journalist], state=State.ASSIGNED)
    workflow.budget_line_set_state(line=line, user=journalist, state=State.IN_PROGRESS, expected_version=1)
    with pytest.raises(workflow.StaleEditError):
        workflow.budget_line_set_state(line=line, user=editor, state=State.KILLED, expected_version=1)
    line.refresh_from_db()
    assert line.state == State.IN_PROGRESS


# --- a line becomes a draft ------------------------------------------------------------


def test_a_line_becomes_a_draft_linked_both_ways_with_its_reporters_on_the_byline(
    journalist, other_journalist
):
    line = BudgetLineFactory(
        reporters=[journalist, other_journalist], state=State.ASSIGNED, slug="bridge-vote"
    )
    article = workflow.budget_line_start_draft(line=line, user=journalist, expected_version=1)
    line.refresh_from_db()
    assert line.article == article
    assert article.budget_line == line
    assert article.status == Article.Status.DRAFT
    assert (article.section, article.slug, article.headline) == (
        line.section,
        "bridge-vote",
        line.description,
    )
    assert set(article.authors.all()) == {journalist, other_journalist}
    assert line.state == State.IN_PROGRESS
    assert BudgetLineEvent.objects.filter(line=line, action="start_draft").exists()
    assert ArticleEvent.objects.get(article=article).action == "from_budget"
    assert workflow.can_edit(journalist, article)


def test_an_editor_starts_the_draft_of_an_unassigned_line_and_stands_on_its_byline(editor):
    line = BudgetLineFactory()
    article = workflow.budget_line_start_draft(line=line, user=editor)
    assert list(article.authors.all()) == [editor]


def test_a_line_becomes_a_draft_only_once(editor):
    line = BudgetLineFactory()
    workflow.budget_line_start_draft(line=line, user=editor)
    with pytest.raises(workflow.TransitionError, match="already has its story"):
        workflow.budget_line_start_draft(line=line, user=editor)
    assert Article.objects.count() == 1


def test_a_killed_line_does_not_become_a_draft(editor):
    line = BudgetLineFactory(state=State.KILLED)
    with pytest.raises(workflow.TransitionError, match="killed"):
        workflow.budget_line_start_draft(line=line, user=editor)
    assert not Article.objects.exists()


def test_a_journalist_cannot_start_the_draft_of_someone_elses_line(journalist, other_journalist):
    line = BudgetLineFactory(reporters=[other_journalist])
    with pytest.raises(workflow.BudgetLinePermissionError):
        workflow.budget_line_start_draft(line=line, user=journalist)
    assert not Article.objects.exists()


def test_starting_a_draft_from_a_stale_page_is_refused(editor):
    line = BudgetLineFactory()
    BudgetLine.objects.filter(pk=line.pk).update(edit_version=2)
    with pytest.raises(workflow.StaleEditError):
        workflow.budget_line_start_draft(line=line, user=editor, expected_version=1)
    assert not Article.objects.exists()


def test_a_filed_line_keeps_its_state_when_its_draft_starts(editor):
    line = BudgetLineFactory(state=State.FILED)
    workflow.budget_line_start_draft(line=line, user=editor)
    line.refresh_from_db()
    assert line.state == State.FILED


# --- rescheduling a line ---------------------------------------------------------------


def test_an_editor_reschedules_a_line_and_the_old_and_new_times_are_logged(editor):
    line = BudgetLineFactory(planned_time=time(9, 0))
    day = tomorrow()
    done = workflow.budget_line_reschedule(
        line=line, user=editor, planned_date=day, planned_time=time(18, 30), expected_version=1
    )
    assert (done.planned_date, done.planned_time, done.edit_version) == (day, time(18, 30), 2)
    event = BudgetLineEvent.objects.get(line=line, action="reschedule")
    assert event.comment.startswith("From ") and " to " in event.comment
    assert "6:30" in event.comment and "9 a.m." in event.comment


def test_a_journalist_cannot_reschedule_even_their_own_line(journalist):
    line = BudgetLineFactory(reporters=[journalist])
    with pytest.raises(workflow.PublishPermissionError):
        workflow.budget_line_reschedule(line=line, user=journalist, planned_date=tomorrow())
    line.refresh_from_db()
    assert line.planned_date == timezone.localdate()


def test_a_line_cannot_be_rescheduled_into_the_past(editor):
    line = BudgetLineFactory()
    with pytest.raises(workflow.TransitionError, match="still to come"):
        workflow.budget_line_reschedule(
            line=line, user=editor, planned_date=timezone.localdate() - timedelta(days=1)
        )
    line.refresh_from_db()
    assert line.planned_date == timezone.localdate()


def test_a_killed_line_is_not_rescheduled(editor):
    line = BudgetLineFactory(state=State.KILLED)
    with pytest.raises(workflow.TransitionError):
        workflow.budget_line_reschedule(line=line, user=editor, planned_date=tomorrow())


def test_rescheduling_a_line_from_a_stale_page_is_refused(editor):
    line = BudgetLineFactory()
    BudgetLine.objects.filter(pk=line.pk).update(edit_version=4)
    with pytest.raises(workflow.StaleEditError):
        workflow.budget_line_reschedule(line=line, user=editor, planned_date=tomorrow(), expected_version=3)


# --- rescheduling a scheduled story ----------------------------------------------------


def test_an_editor_reschedules_a_scheduled_story_and_it_is_logged(editor):
    article = ScheduledArticleFactory()
    old = article.scheduled_at
    new = timezone.now() + timedelta(days=3)
    done = workflow.article_reschedule(article=article, user=editor, publish_at=new, expected_version=1)
    assert done.scheduled_at == new
    assert done.status == Article.Status.SCHEDULED
    assert done.edit_version == 2
    event = ArticleEvent.objects.get(article=article, action="reschedule")
    assert (event.user, event.from_status, event.to_status) == (editor, "scheduled", "scheduled")
    local = timezone.localtime
    assert str(local(old).day) in event.comment and str(local(new).day) in event.comment
    assert workflow.EVENT_LABELS["reschedule"] == "Rescheduled"


def test_rescheduling_clears_a_failure_the_scheduler_recorded(editor):
    article = ScheduledArticleFactory(publish_failure="Address taken")
    done = workflow.article_reschedule(
        article=article, user=editor, publish_at=timezone.now() + timedelta(hours=2)
    )
    assert done.publish_failure == ""


def test_a_story_cannot_be_rescheduled_into_the_past(editor):
    article = ScheduledArticleFactory()
    with pytest.raises(workflow.TransitionError, match="future"):
        workflow.article_reschedule(
            article=article, user=editor, publish_at=timezone.now() - timedelta(minutes=1)
        )
    assert Article.objects.get(pk=article.pk).scheduled_at == article.scheduled_at


def test_a_journalist_cannot_reschedule_their_own_scheduled_story(journalist):
    article = ScheduledArticleFactory(authors=[journalist])
    with pytest.raises(workflow.PublishPermissionError):
        workflow.article_reschedule(
            article=article, user=journalist, publish_at=timezone.now() + timedelta(days=2)
        )


@pytest.mark.parametrize("factory", [ArticleFactory, PublishedArticleFactory])
def test_only_a_scheduled_story_is_rescheduled(editor, factory):
    article = factory()
    with pytest.raises(workflow.TransitionError, match="Only a scheduled story"):
        workflow.article_reschedule(
            article=article, user=editor, publish_at=timezone.now() + timedelta(days=2)
        )
    assert not ArticleEvent.objects.filter(action="reschedule").exists()


def test_rescheduling_a_story_someone_changed_since_is_refused(editor):
    article = ScheduledArticleFactory()
    Article.objects.filter(pk=article.pk).update(
        edit_version=5, last_edited_by=JournalistFactory(first_name="Kim")
    )
    with pytest.raises(workflow.StaleEditError, match="Kim"):
        workflow.article_reschedule(
            article=article, user=editor, publish_at=timezone.now() + timedelta(days=2), expected_version=4
        )
    assert Article.objects.get(pk=article.pk).scheduled_at == article.scheduled_at


def test_a_rescheduled_story_is_published_at_its_new_time_not_the_old_one(editor):
    article = ScheduledArticleFactory(scheduled_at=timezone.now() + timedelta(hours=1))
    new = timezone.now() + timedelta(hours=5)
    workflow.article_reschedule(article=article, user=editor, publish_at=new)
    assert workflow.articles_publish_due(now=timezone.now() + timedelta(hours=2)) == []
    assert [a.pk for a in workflow.articles_publish_due(now=new + timedelta(minutes=1))] == [article.pk]
