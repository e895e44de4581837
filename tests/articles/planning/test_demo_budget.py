"""The demo newsroom's budget lines (articles/demo/budget.py)."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles.demo.budget import LINES
from articles.models import Article, BudgetLine, BudgetLineEvent
from articles.planning.budget import budget_for_day

pytestmark = pytest.mark.django_db


def load_demo():
    call_command("load_demo", stdout=io.StringIO())


def test_the_demo_has_todays_budget_on_several_desks_with_its_stories_linked(settings):
    settings.DEBUG = True
    load_demo()
    assert BudgetLine.objects.count() == len(LINES)
    editor = BudgetLine.objects.first().created_by
    budget = budget_for_day(user=editor, day=timezone.localdate())
    assert len(budget) >= 3
    in_review = BudgetLine.objects.get(slug="body-cameras")
    assert in_review.article.status == Article.Status.IN_REVIEW
    assert BudgetLine.objects.get(slug="farmers-market-move").state == BudgetLine.State.KILLED
    assert BudgetLine.objects.get(slug="port-jobs").state == BudgetLine.State.ASSIGNED
    assert BudgetLineEvent.objects.filter(line__slug="council-budget-vote", action="state").count() == 2


def test_loading_the_demo_twice_adds_no_lines(settings):
    settings.DEBUG = True
    load_demo()
    before = (BudgetLine.objects.count(), BudgetLineEvent.objects.count())
    load_demo()
    assert (BudgetLine.objects.count(), BudgetLineEvent.objects.count()) == before
