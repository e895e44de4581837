"""Reads that build the story budget and the editorial calendar.

Rules:

* Stories appear only as ``articles.workflow.articles_visible_to(user)`` allows. A budget
  line is newsroom-wide (the morning meeting reads every desk), but a line whose story the
  user may not see is named by the line's own slug, never by the story's headline.
* Days are the newsroom's local days (``TIME_ZONE``).
* A fixed number of queries, whatever the number of lines and stories in the range: the
  lines (with their desk, photographer and story) and their reporters; the stories not on
  the budget (with their desk) and their bylines.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, ArticleAuthor, BudgetLine, Section, person_name
from articles.workflow import articles_visible_to, is_editor

Status = Article.Status
LineState = BudgetLine.State

# Where a budget row stands, in the order the morning meeting reads them.
STAGES = {
    "planned": "Planned",
    "in_progress": "In progress",
    "filed": "Filed",
    "in_review": "In review",
    "scheduled": "Scheduled",
    "published": "Published",
    "withdrawn": "Withdrawn",
    "killed": "Killed",
}
STORY_STAGES = {
    Status.DRAFT: "in_progress",
    Status.IN_REVIEW: "in_review",
    Status.SCHEDULED: "scheduled",
    Status.PUBLISHED: "published",
    Status.WITHDRAWN: "withdrawn",
}
LINE_STAGES = {
    LineState.IDEA: "planned",
    LineState.ASSIGNED: "planned",
    LineState.IN_PROGRESS: "in_progress",
    LineState.FILED: "filed",
    LineState.KILLED: "killed",
}
LATE = "Late: due {when}"
SCHEDULED_LATE = "Scheduled after its planned time"
MONTH_DAY_LIMIT = 6
NEWSROOM_GROUPS = ["Journalists", "Editors"]


@dataclass
class BudgetRow:
    """One planned or running story on a desk's budget."""

    title: str
    desk: Section
    stage: str
    people: list[str]
    mine: bool
    planned_at: datetime | None = None  # the line's planned moment (local), if any
    has_time: bool = False
    runs_at: datetime | None = None  # when the story is scheduled or was published
    line: BudgetLine | None = None
    article: Article | None = None  # set only when the user may see the story
    story_status: str = ""  # the story's status, shown even when its headline is not
    late: str = ""
    line_url: str = ""
    article_url: str = ""
    may_change_line: bool = False
    may_start_draft: bool = False

    @property
    def stage_label(self) -> str:
        return STAGES[self.stage]

    @property
    def sort_key(self):
        priority = self.line.priority if self.line else BudgetLine.Priority.NORMAL
        moment = self.runs_at or self.planned_at
        return (
            not self.mine,
            self.stage == "killed",
            priority,
            moment is None,
            moment or datetime.min.replace(tzinfo=timezone.get_current_timezone()),
            self.title.lower(),
        )


@dataclass
class DeskBudget:
    desk: Section
    rows: list[BudgetRow] = field(default_factory=list)

    @property
    def counts(self) -> list[tuple[str, str, int]]:
        """(stage, label, how many) for each stage on this desk, and how many are late."""
        found = defaultdict(int)
        for row in self.rows:
            found[row.stage] += 1
        counts = [(stage, label, found[stage]) for stage, label in STAGES.items() if found[stage]]
        late = sum(1 for row in self.rows if row.late)
        if late:
            counts.append(("late", "Late", late))
        return counts

    @property
    def has_mine(self) -> bool:
        return any(row.mine for row in self.rows)


def newsroom_people():
    """The people a line can be assigned to: active staff and members of the newsroom's
    groups (some stand only on bylines), by name."""
    User = get_user_model()
    members = User.objects.filter(Q(is_staff=True) | Q(groups__name__in=NEWSROOM_GROUPS)).values("pk")
    return User.objects.filter(is_active=True, pk__in=members).order_by("last_name", "first_name", "pk")


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The first instant of the local ``day`` and of the day after it."""
    start = timezone.make_aware(datetime.combine(day, time.min))
    return start, timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min))


@dataclass
class Viewer:
    """Who reads the page, worked out once per page rather than once per row."""

    user: object
    editor: bool
    changes_lines: bool
    writes_stories: bool
    line_url: Callable[[int], str]
    article_url: Callable[[int], str]

    @classmethod
    def of(cls, user) -> "Viewer":
        return cls(
            user=user,
            editor=is_editor(user) or user.is_superuser,
            changes_lines=user.has_perm("articles.change_budgetline"),
            writes_stories=user.has_perm("articles.add_article"),
            line_url=_change_url("admin:articles_budgetline_change"),
            article_url=_change_url("admin:articles_article_change"),
        )

    def assigned(self, line: BudgetLine) -> bool:
        return line.photographer_id == self.user.pk or any(u.pk == self.user.pk for u in line.people)


def _change_url(name: str) -> Callable[[int], str]:
    # A month holds a thousand rows; reversing the address once keeps them cheap.
    return reverse(name, args=[0]).replace("/0/", "/{}/").format


def _lines(user, start: date, end: date, *, section=None, person=None):
    """Lines planned from ``start`` to ``end`` (inclusive), each marked ``story_visible``
    and carrying its reporters as ``people``."""
    lines = (
        BudgetLine.objects.filter(planned_date__range=(start, end))
        .select_related("section", "photographer", "article")
        .defer("article__body")
        .annotate(story_visible=Exists(articles_visible_to(user).filter(pk=OuterRef("article_id"))))
    )
    if section is not None:
        lines = lines.filter(section=section)
    if person is not None:
        lines = lines.filter(
            pk__in=BudgetLine.objects.filter(Q(reporters=person) | Q(photographer=person)).values("pk")
        )
    lines = list(lines)
    # The reporters of every line in one query on the link table: a prefetch would build a
    # related manager for each of a month's thousand lines.
    people = defaultdict(list)
    links = (
        BudgetLine.reporters.through.objects.filter(budgetline_id__in=[line.pk for line in lines])
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "user_id")
    )
    for link in links:
        people[link.budgetline_id].append(link.user)
    for line in lines:
        line.people = people[line.pk]
    return lines


def _stories(
    user, start: datetime, end: datetime, *, section=None, person=None, unplanned=False, with_people=True
):
    """Live stories the user may see, scheduled for or published in [start, end), with
    their bylines unless ``with_people`` is false."""
    bylines = Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author"))
    stories = (
        articles_visible_to(user)
        .live()
        .filter(
            Q(status=Status.SCHEDULED, scheduled_at__gte=start, scheduled_at__lt=end)
            | Q(status=Status.PUBLISHED, last_published_at__gte=start, last_published_at__lt=end)
        )
        .select_related("section")
        .defer("body")
        .order_by()
    )
    if with_people:
        stories = stories.prefetch_related(bylines)
    if unplanned:
        stories = stories.filter(budget_line__isnull=True)
    if section is not None:
        stories = stories.filter(section=section)
    if person is not None:
        stories = stories.filter(pk__in=ArticleAuthor.objects.filter(author=person).values("article_id"))
    return list(stories)


def _runs_at(article: Article) -> datetime | None:
    if article.status == Status.SCHEDULED:
        return article.scheduled_at
    if article.status in (Status.PUBLISHED, Status.WITHDRAWN):
        return article.last_published_at
    return None


def _line_people(line: BudgetLine) -> list[str]:
    people = [person_name(user) for user in line.people]
    if line.photographer_id:
        people.append(f"{person_name(line.photographer)} (photos)")
    return people


def _line_row(line: BudgetLine, viewer: Viewer, now: datetime) -> BudgetRow:
    mine = viewer.assigned(line)
    story = line.article
    visible = story is not None and line.story_visible
    may_change = viewer.changes_lines and (viewer.editor or mine)
    row = BudgetRow(
        title=story.headline if visible else line.slug,
        desk=line.section,
        stage=STORY_STAGES[story.status]
        if story and line.state != LineState.KILLED
        else LINE_STAGES[line.state],
        people=_line_people(line),
        mine=mine,
        planned_at=line.planned_moment,
        has_time=line.planned_time is not None,
        runs_at=_runs_at(story) if story else None,
        line=line,
        article=story if visible else None,
        story_status=story.get_status_display() if story else "",
        line_url=viewer.line_url(line.pk) if may_change else "",
        article_url=viewer.article_url(story.pk) if visible else "",
        may_change_line=may_change,
        may_start_draft=(
            may_change and story is None and line.state != LineState.KILLED and viewer.writes_stories
        ),
    )
    row.late = _lateness(row, now)
    return row


def _lateness(row: BudgetRow, now: datetime) -> str:
    """Why the row is late against its planned time, or "" when it is not."""
    if row.planned_at is None or row.stage in ("published", "withdrawn", "killed"):
        return ""
    if row.stage == "scheduled":
        return SCHEDULED_LATE if row.runs_at and row.runs_at > row.planned_at else ""
    if row.planned_at <= now:
        local = timezone.localtime(row.planned_at)
        return LATE.format(when=local.strftime("%H:%M") if row.has_time else "today")
    return ""


def _story_row(article: Article, viewer: Viewer) -> BudgetRow:
    bylines = list(article.bylines.all())
    return BudgetRow(
        title=article.headline,
        desk=article.section,
        stage=STORY_STAGES[article.status],
        people=[article.byline_override] if article.byline_override else [str(b) for b in bylines],
        mine=any(b.author_id == viewer.user.pk for b in bylines),
        runs_at=_runs_at(article),
        article=article,
        story_status=article.get_status_display(),
        article_url=viewer.article_url(article.pk),
    )


def budget_for_day(*, user, day: date, section: Section | None = None, now: datetime | None = None):
    """The day's budget, desk by desk: the lines planned for it, and the stories not on the
    budget that are scheduled for it or ran that day. Desks holding the user's own
    assignments come first, and within a desk the user's own rows, then by priority and
    time; killed lines last."""
    now = now or timezone.now()
    viewer = Viewer.of(user)
    start, end = day_bounds(day)
    rows = [_line_row(line, viewer, now) for line in _lines(user, day, day, section=section)]
    rows += [_story_row(a, viewer) for a in _stories(user, start, end, section=section, unplanned=True)]
    desks: dict[int, DeskBudget] = {}
    for row in rows:
        desks.setdefault(row.desk.pk, DeskBudget(desk=row.desk)).rows.append(row)
    for desk in desks.values():
        desk.rows.sort(key=lambda r: r.sort_key)
    return sorted(desks.values(), key=lambda d: (not d.has_mine, d.desk.order, d.desk.name, d.desk.pk))


@dataclass
class CalendarItem:
    """A story or a planned line on one day of the calendar."""

    kind: str  # "story" or "line"
    title: str
    desk: Section
    stage: str
    when: datetime | None  # local; None for a line planned for "some time that day"
    people: list[str]
    url: str = ""
    line: BudgetLine | None = None
    article: Article | None = None
    may_reschedule: bool = False

    @property
    def stage_label(self) -> str:
        return STAGES[self.stage]

    @property
    def version(self) -> int:
        return (self.article or self.line).edit_version


@dataclass
class CalendarDay:
    day: date
    items: list[CalendarItem]
    in_month: bool = True
    is_today: bool = False

    @property
    def shown(self) -> list[CalendarItem]:
        return self.items[:MONTH_DAY_LIMIT]

    @property
    def more(self) -> int:
        return max(0, len(self.items) - MONTH_DAY_LIMIT)


def calendar_days(
    *, user, start: date, end: date, section: Section | None = None, person=None, month: int | None = None
) -> list[CalendarDay]:
    """Every day from ``start`` to ``end`` (inclusive) with its scheduled and published
    stories and the lines planned for it (not killed), in time order. A line whose story
    is on the calendar is shown as that story. Editors may reschedule scheduled stories
    and lines from here."""
    viewer = Viewer.of(user)
    first, _ = day_bounds(start)
    _, last = day_bounds(end)
    by_day: dict[date, list[CalendarItem]] = defaultdict(list)
    shown_stories = set()
    # A month's cells name no one: its thousand stories need no bylines.
    stories = _stories(user, first, last, section=section, person=person, with_people=month is None)
    for article in stories:
        shown_stories.add(article.pk)
        when = timezone.localtime(_runs_at(article))
        by_day[when.date()].append(
            CalendarItem(
                kind="story",
                title=article.headline,
                desk=article.section,
                stage=STORY_STAGES[article.status],
                when=when,
                people=[str(b) for b in article.bylines.all()] if month is None else [],
                url=viewer.article_url(article.pk),
                article=article,
                may_reschedule=viewer.editor and article.status == Status.SCHEDULED,
            )
        )
    for line in _lines(user, start, end, section=section, person=person):
        if line.state == LineState.KILLED or line.article_id in shown_stories:
            continue
        visible = line.article_id is not None and line.story_visible
        stage = STORY_STAGES[line.article.status] if line.article_id else LINE_STAGES[line.state]
        by_day[line.planned_date].append(
            CalendarItem(
                kind="line",
                title=line.article.headline if visible else line.slug,
                desk=line.section,
                stage=stage,
                when=line.planned_moment if line.planned_time else None,
                people=_line_people(line),
                url=(
                    viewer.line_url(line.pk)
                    if viewer.changes_lines and (viewer.editor or viewer.assigned(line))
                    else ""
                ),
                line=line,
                may_reschedule=viewer.editor,
            )
        )
    today = timezone.localdate()
    days = []
    day = start
    while day <= end:
        items = sorted(
            by_day.get(day, []), key=lambda i: (i.when is None, i.when or first, i.kind, i.title.lower())
        )
        days.append(
            CalendarDay(
                day=day, items=items, in_month=month is None or day.month == month, is_today=day == today
            )
        )
        day += timedelta(days=1)
    return days
