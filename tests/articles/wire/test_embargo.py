"""An embargoed wire story cannot go live before its embargo time: approval and early
publishing are refused with a clear message; scheduling at or after the embargo is fine."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from articles import workflow
from articles.models import Article, WireOrigin
from articles.wire.importer import wire_import_file

pytestmark = pytest.mark.django_db
Status = Article.Status


def ninjs(embargo, version=1, headline="Harbor dredging starts at dawn"):
    return json.dumps(
        {
            "uri": "urn:bsns:2026:dredging",
            "version": str(version),
            "headline": headline,
            "body_text": "The dredger arrives on Thursday.",
            "embargoed": embargo.isoformat() if embargo else None,
        }
    ).encode()


def imported(user, section, embargo, **kwargs):
    outcome = wire_import_file(
        filename="dredging.json", data=ninjs(embargo, **kwargs), user=user, section=section
    )
    assert outcome.ok, outcome.message
    return outcome.article


@pytest.fixture
def embargo():
    return (timezone.now() + timedelta(hours=3)).replace(microsecond=0)


@pytest.fixture
def in_review(journalist, city, embargo):
    story = imported(journalist, city, embargo)
    return workflow.article_submit(article=story, user=journalist)


def test_approving_now_before_the_embargo_is_refused(in_review, editor):
    with pytest.raises(workflow.TransitionError) as refused:
        workflow.article_approve(article=in_review, user=editor)
    assert refused.value.code == "embargoed"
    assert refused.value.message.startswith("This story is embargoed until ")
    assert "schedule it for that time or later" in refused.value.message
    in_review.refresh_from_db()
    assert in_review.status == Status.IN_REVIEW


def test_scheduling_before_the_embargo_is_refused(in_review, editor, embargo):
    with pytest.raises(workflow.TransitionError):
        workflow.article_approve(article=in_review, user=editor, publish_at=embargo - timedelta(minutes=1))
    assert Article.objects.get(pk=in_review.pk).status == Status.IN_REVIEW


def test_scheduling_at_the_embargo_is_fine_and_the_scheduler_publishes_then(in_review, editor, embargo):
    story = workflow.article_approve(article=in_review, user=editor, publish_at=embargo)
    assert story.status == Status.SCHEDULED
    assert workflow.articles_publish_due(now=embargo - timedelta(seconds=1)) == []
    assert [a.pk for a in workflow.articles_publish_due(now=embargo)] == [story.pk]


def test_publishing_a_scheduled_story_early_is_refused_before_the_embargo(in_review, editor, embargo):
    story = workflow.article_approve(article=in_review, user=editor, publish_at=embargo + timedelta(hours=1))
    with pytest.raises(workflow.TransitionError) as refused:
        workflow.article_publish_now(article=story, user=editor)
    assert refused.value.code == "embargoed"
    assert Article.objects.get(pk=story.pk).status == Status.SCHEDULED


def test_once_the_embargo_has_passed_approval_publishes(in_review, editor):
    WireOrigin.objects.filter(article=in_review).update(embargoed_until=timezone.now() - timedelta(minutes=1))
    assert workflow.article_approve(article=in_review, user=editor).status == Status.PUBLISHED


def test_a_story_without_an_embargo_publishes_as_always(journalist, editor, city):
    story = workflow.article_submit(article=imported(journalist, city, None), user=journalist)
    assert workflow.article_approve(article=story, user=editor).status == Status.PUBLISHED


def test_embargoed_newer_version_on_a_working_copy_cannot_be_approved_early(
    journalist, editor, city, embargo
):
    story = workflow.article_submit(article=imported(journalist, city, None), user=journalist)
    live = workflow.article_approve(article=story, user=editor)
    copy = imported(journalist, city, embargo, version=2, headline="Harbor dredging delayed a day")
    assert copy.live_article_id == live.pk
    with pytest.raises(workflow.TransitionError) as refused:
        workflow.article_publish_changes(article=copy, user=editor)
    assert refused.value.code == "embargoed"
    workflow.article_submit(article=copy, user=journalist)
    with pytest.raises(workflow.TransitionError):
        workflow.article_approve(article=copy, user=editor)
    live.refresh_from_db()
    assert live.headline == "Harbor dredging starts at dawn"


def test_a_newer_version_lifting_the_embargo_clears_it(journalist, editor, city, embargo):
    imported(journalist, city, embargo)
    story = workflow.article_submit(article=imported(journalist, city, None, version=2), user=journalist)
    assert workflow.article_approve(article=story, user=editor).status == Status.PUBLISHED


def test_an_embargo_later_than_the_scheduled_time_is_not_imported(journalist, editor, city, embargo):
    story = workflow.article_submit(article=imported(journalist, city, embargo), user=journalist)
    workflow.article_approve(article=story, user=editor, publish_at=embargo)
    later = embargo + timedelta(days=1)
    outcome = wire_import_file(filename="d.json", data=ninjs(later, version=2), user=editor, section=city)
    assert not outcome.ok and "after the story's scheduled time" in outcome.message
    assert WireOrigin.objects.get().embargoed_until == embargo
