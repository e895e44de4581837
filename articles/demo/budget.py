"""The demo newsroom's story budget: a few lines for today and the days around it.

Rules: a line is matched by its working slug, and only missing lines are created, through
``articles.workflow`` by the demo editor. Days are counted from the local day the demo is
loaded. Lines for stories the demo already holds are linked to them: those stories were
written before the newsroom planned on the budget, so no draft is started from them.
"""

from dataclasses import dataclass
from datetime import time, timedelta

from django.utils import timezone

from articles.models import Article, BudgetLine
from articles.workflow import budget_line_save, budget_line_saved, budget_line_set_state

State = BudgetLine.State
Priority = BudgetLine.Priority


@dataclass(frozen=True)
class DemoLine:
    slug: str
    section: str
    description: str
    day: int  # days from today
    clock: str = ""  # HH:MM, local; empty for "some time that day"
    reporters: tuple[str, ...] = ()
    photographer: str = ""
    length: int | None = None
    priority: int = Priority.NORMAL
    state: str = State.IDEA
    story: str = ""  # slug of the demo story it became


LINES = (
    DemoLine(
        "council-budget-vote",
        "city-hall",
        "Council votes tonight on the two-year budget and the library hours cut.",
        day=0,
        clock="21:30",
        reporters=("journalist",),
        photographer="lferreira",
        length=900,
        priority=Priority.TOP,
        state=State.IN_PROGRESS,
    ),
    DemoLine(
        "sales-tax-explainer",
        "city-hall",
        "What the half-cent sales tax would pay for, line by line.",
        day=0,
        reporters=("journalist",),
        length=700,
        priority=Priority.HIGH,
        story="what-the-sales-tax-measure-would-pay-for",
    ),
    DemoLine(
        "body-cameras",
        "public-safety",
        "Sheriff wants a camera on every deputy; the board asks who pays.",
        day=0,
        clock="10:00",
        reporters=("journalist",),
        length=800,
        priority=Priority.HIGH,
        story="sheriff-proposes-body-cameras-for-every-deputy",
    ),
    DemoLine(
        "port-jobs",
        "business",
        "Port hiring numbers for the quarter, and who is getting the jobs.",
        day=0,
        clock="15:00",
        reporters=("lferreira",),
        length=600,
        state=State.ASSIGNED,
    ),
    DemoLine(
        "farmers-market-move",
        "business",
        "Saturday market may move to the waterfront lot.",
        day=0,
        priority=Priority.LOW,
        state=State.KILLED,
    ),
    DemoLine(
        "teacher-contract-talks",
        "schools",
        "Teachers and the district meet again on pay; a strike vote is possible.",
        day=1,
        reporters=("praman",),
        length=750,
        state=State.ASSIGNED,
    ),
    DemoLine(
        "enrollment-guide",
        "schools",
        "Everything parents need before enrollment opens.",
        day=2,
        clock="06:00",
        reporters=("praman",),
        length=1100,
        priority=Priority.HIGH,
        story="what-parents-need-to-know-before-enrollment-opens",
    ),
    DemoLine(
        "king-tide-preview",
        "environment",
        "The year's highest tides arrive this weekend: where the water will reach.",
        day=3,
        clock="07:00",
        reporters=("praman",),
        photographer="lferreira",
        length=500,
    ),
)

# How a line gets to its demo state from "assigned", one workflow step at a time.
_STEPS = {
    State.IDEA: [],
    State.ASSIGNED: [],
    State.IN_PROGRESS: [State.IN_PROGRESS],
    State.FILED: [State.IN_PROGRESS, State.FILED],
    State.KILLED: [State.KILLED],
}


def budget_load(*, now, sections, users, editor, result) -> None:
    """Create the demo's missing budget lines; see the module's rules."""
    existing = set(
        BudgetLine.objects.filter(slug__in=[spec.slug for spec in LINES]).values_list("slug", flat=True)
    )
    stories = {a.slug: a for a in Article.objects.live().filter(slug__in=[s.story for s in LINES if s.story])}
    today = timezone.localdate(now)
    for spec in LINES:
        if spec.slug in existing:
            continue
        line = BudgetLine(
            slug=spec.slug,
            section=sections[spec.section],
            description=spec.description,
            planned_date=today + timedelta(days=spec.day),
            planned_time=time.fromisoformat(spec.clock) if spec.clock else None,
            planned_length=spec.length,
            priority=spec.priority,
            photographer=users[spec.photographer] if spec.photographer else None,
        )
        budget_line_save(line=line, user=editor)
        line.reporters.set([users[name] for name in spec.reporters])
        line = budget_line_saved(line=line, user=editor)
        story = stories.get(spec.story)
        if story is not None:
            BudgetLine.objects.filter(pk=line.pk).update(article=story, state=State.IN_PROGRESS)
            line.refresh_from_db()
        for state in _STEPS[spec.state] if story is None else []:
            line = budget_line_set_state(
                line=line, user=editor, state=state, expected_version=line.edit_version
            )
        result.created["budget lines"] += 1
