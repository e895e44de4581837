"""Planning in the admin: the morning meeting's budget, the calendar, and the buttons that
change a line or reschedule a story.

Every change goes through ``articles.workflow``; these views read the request, call it,
and say what happened. Each posting form carries the ``edit_version`` it was loaded with,
so a change made on a page loaded before someone else's is refused.
"""

import calendar
from datetime import date, datetime, timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.http import url_has_allowed_host_and_scheme

from articles import workflow
from articles.admin.workflow_views import error_text, parse_publish_at
from articles.models import BudgetLine, Section, person_name
from articles.planning.budget import budget_for_day, calendar_days, newsroom_people

DAY_INVALID = "Give the day as a date, e.g. 2026-05-04."
TIME_INVALID = "Give the time as hours and minutes, e.g. 07:30."
DAY_REQUIRED = "Pick the new day."
NOT_ON_BUDGET = "You may not see the budget."

PERIODS = {"week", "month"}


def _require_budget_view(model_admin, request):
    if not model_admin.has_view_permission(request):
        raise PermissionDenied(NOT_ON_BUDGET)


def _parse_day(value, default: date) -> date:
    try:
        return date.fromisoformat((value or "").strip()) if value else default
    except ValueError:
        return default


def _desk(request):
    value = request.GET.get("desk", "")
    return Section.objects.filter(pk=int(value)).first() if value.isdigit() else None


def _back(request, fallback: str) -> str:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return fallback


def _context(model_admin, request, **extra):
    return {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "is_editor": workflow.is_editor(request.user) or request.user.is_superuser,
        "desks": list(Section.objects.order_by("order", "name", "pk")),
        # The budget and the calendar need the page's whole width.
        "is_nav_sidebar_enabled": False,
        **extra,
    }


def budget_view(model_admin, request):
    """The day's budget, desk by desk, as the morning meeting reads it (printable: one page
    per desk). Today by default; ``?date=`` another day, ``?desk=`` one desk."""
    _require_budget_view(model_admin, request)
    today = timezone.localdate()
    day = _parse_day(request.GET.get("date"), today)
    desk = _desk(request)
    budget = budget_for_day(user=request.user, day=day, section=desk)
    context = _context(
        model_admin,
        request,
        title=f"Budget for {dateformat.format(day, 'l j F Y')}",
        subtitle=None,
        day=day,
        today=today,
        previous_day=day - timedelta(days=1),
        next_day=day + timedelta(days=1),
        desk=desk,
        budget=budget,
        now=timezone.now(),
        here=request.get_full_path(),
    )
    return TemplateResponse(request, "admin/articles/planning/budget.html", context)


def calendar_view(model_admin, request):
    """A week (Monday to Sunday) or a month of scheduled and published stories and planned
    lines; ``?period=week|month``, ``?date=`` a day in it, ``?desk=`` and ``?person=``."""
    _require_budget_view(model_admin, request)
    period = request.GET.get("period") if request.GET.get("period") in PERIODS else "week"
    today = timezone.localdate()
    anchor = _parse_day(request.GET.get("date"), today)
    desk = _desk(request)
    people = list(newsroom_people())
    person_id = request.GET.get("person", "")
    person = next((p for p in people if str(p.pk) == person_id), None)
    if period == "week":
        start = anchor - timedelta(days=anchor.weekday())
        end = start + timedelta(days=6)
        previous, following = start - timedelta(days=7), start + timedelta(days=7)
        title = f"Week of {dateformat.format(start, 'j F Y')}"
        month = None
    else:
        first = anchor.replace(day=1)
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        start = first - timedelta(days=first.weekday())
        end = last + timedelta(days=6 - last.weekday())
        previous = (first - timedelta(days=1)).replace(day=1)
        following = last + timedelta(days=1)
        title = dateformat.format(first, "F Y")
        month = first.month
    days = calendar_days(user=request.user, start=start, end=end, section=desk, person=person, month=month)
    context = _context(
        model_admin,
        request,
        title=f"Calendar: {title}",
        subtitle=None,
        period=period,
        anchor=anchor,
        today=today,
        previous=previous,
        following=following,
        weeks=[days[n : n + 7] for n in range(0, len(days), 7)],
        weekdays=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        desk=desk,
        people=[(p, person_name(p)) for p in people],
        person=person,
        here=request.get_full_path(),
    )
    return TemplateResponse(request, "admin/articles/planning/calendar.html", context)


def _line_for(model_admin, request, object_id) -> BudgetLine:
    line = (
        model_admin.get_queryset(request).filter(pk=object_id).first() if str(object_id).isdigit() else None
    )
    if line is None:
        raise Http404("No such budget line.")
    return line


def _run(request, fallback, action):
    """Call ``action()``, report its outcome as a message, and go back where the form was."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        redirect_to, message = action()
    except (ValidationError, PermissionDenied) as exc:
        messages.error(request, error_text(exc))
        return HttpResponseRedirect(_back(request, fallback))
    messages.success(request, message)
    return HttpResponseRedirect(redirect_to or _back(request, fallback))


def line_state_view(model_admin, request, object_id):
    """Move a line to the posted ``state``."""
    line = _line_for(model_admin, request, object_id)
    fallback = reverse("admin:articles_budgetline_change", args=[line.pk])

    def action():
        done = workflow.budget_line_set_state(
            line=line,
            user=request.user,
            state=request.POST.get("state", ""),
            expected_version=request.POST.get("version") or 0,
        )
        return None, f"“{done.slug}” is now {done.get_state_display().lower()}."

    return _run(request, fallback, action)


def line_start_draft_view(model_admin, request, object_id):
    """Turn a line into a draft story and open it."""
    line = _line_for(model_admin, request, object_id)
    fallback = reverse("admin:articles_budgetline_change", args=[line.pk])

    def action():
        article = workflow.budget_line_start_draft(
            line=line, user=request.user, expected_version=request.POST.get("version") or 0
        )
        url = reverse("admin:articles_article_change", args=[article.pk])
        return url, f"The draft of “{line.slug}” is started; the budget line links to it."

    return _run(request, fallback, action)


def _parse_time(value):
    value = (value or "").strip()
    if not value:
        return None
    try:
        return datetime.strptime(value, "%H:%M").time()
    except ValueError:
        raise ValidationError(TIME_INVALID, code="time_invalid") from None


def line_reschedule_view(model_admin, request, object_id):
    """Editors: move a line to the posted ``planned_date`` and ``planned_time``."""
    line = _line_for(model_admin, request, object_id)
    fallback = reverse("admin:articles_budgetline_change", args=[line.pk])

    def action():
        value = (request.POST.get("planned_date") or "").strip()
        if not value:
            raise ValidationError(DAY_REQUIRED, code="day_required")
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise ValidationError(DAY_INVALID, code="day_invalid") from None
        done = workflow.budget_line_reschedule(
            line=line,
            user=request.user,
            planned_date=day,
            planned_time=_parse_time(request.POST.get("planned_time")),
            expected_version=request.POST.get("version") or 0,
        )
        return (
            None,
            f"“{done.slug}” now runs {workflow.line_when_text(done.planned_date, done.planned_time)}.",
        )

    return _run(request, fallback, action)


def _publish_at_posted(data) -> str:
    """The new publish time, posted as one ``publish_at`` or as a day and a time."""
    if data.get("publish_at"):
        return data["publish_at"]
    day, moment = (data.get("publish_date") or "").strip(), (data.get("publish_time") or "").strip()
    return f"{day}T{moment}" if day and moment else ""


def article_reschedule_view(model_admin, request, article_id):
    """Editors: give a scheduled story the posted ``publish_at`` (newsroom time)."""
    _require_budget_view(model_admin, request)
    article = get_object_or_404(workflow.articles_visible_to(request.user), pk=article_id)
    fallback = reverse("admin:articles_budgetline_calendar")

    def action():
        done = workflow.article_reschedule(
            article=article,
            user=request.user,
            publish_at=parse_publish_at(_publish_at_posted(request.POST)),
            expected_version=request.POST.get("version") or 0,
        )
        when = timezone.localtime(done.scheduled_at).strftime("%Y-%m-%d %H:%M")
        return None, f"“{done.headline}” now goes live at {when}."

    return _run(request, fallback, action)
