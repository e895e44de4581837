"""The editorial workflow in the admin: the actions a user may take on a story, the views
behind the status panel's buttons, the history (transition log and saved versions), the
diff between two versions, restoring one, shareable preview links and the review queue.

Every change of state goes through ``articles.workflow``; these views only read the
request, call it, and say what happened.
"""

import copy
from dataclasses import dataclass
from datetime import datetime

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Exists, Max, OuterRef, Prefetch, Q, Subquery
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import formats, timezone
from reversion.models import Version

from articles import preview, workflow
from articles.history import diff_versions, version_of_article, versions_for_article
from articles.models import Article, ArticleAuthor, ArticleEvent, PreviewLink

Status = Article.Status

PUBLISH_AT_REQUIRED = "Pick the date and time the story should go live."
PUBLISH_AT_INVALID = "Give the publish time as a date and a time, e.g. 2026-05-04 07:30."
UNKNOWN_ACTION = "That is not something that can be done to this story."
PICK_TWO_VERSIONS = "Pick two versions to compare."
PREVIEW_HOURS_INVALID = "Give the number of hours the link should work, from 1 to 720."

ACTION_LABELS = {
    "submit": "Submit for review",
    "approve": "Approve and publish now",
    "schedule": "Approve and schedule",
    "return": "Return to the author",
    "publish_now": "Publish now",
    "unschedule": "Take off the schedule",
    "withdraw": "Withdraw the story",
    "correct": "Publish a correction",
    "start_edit": "Edit this story",
    "publish_changes": "Publish the changes now",
    "approve_changes": "Approve the changes",
    "discard_changes": "Discard these changes",
    "take_back": "Take back to fix",
}
# Actions that destroy or undo something ask first (static/admin/articles/editing_desk.js),
# naming what will be lost.
CONFIRMATIONS = {
    "discard_changes": (
        "Discard every change made on this copy since {since} (text, quotes, links, tags, image)? "
        "They cannot be brought back; readers keep the published story."
    ),
    "withdraw": "Withdraw this story? It leaves every public page and its address answers 410 Gone.",
    "unschedule": "Take this story off the schedule? It becomes a draft and will not go live.",
    "take_back": "Take this story back from review? It becomes a draft again and the editors are told.",
}
# Actions offered in the status bar as a jump to the text they need (further down the form).
NEEDS_INPUT = {"return", "schedule", "withdraw", "correct"}
INPUT_IDS = {
    "return": "id_workflow_comment",
    "schedule": "id_workflow_publish_at",
    "withdraw": "id_workflow_reason",
    "correct": "id_workflow_correction",
}
# Actions whose input is typed on the change form: when the story is editable they save
# the form first (one request, one stale-save check), so nothing typed is lost.
SAVING_ACTIONS = {"submit", "approve", "approve_changes", "schedule", "return", "publish_changes", "correct"}
# Which text box each action reads.
TEXT_FIELDS = {
    "submit": "workflow_note",
    "return": "workflow_comment",
    "withdraw": "workflow_reason",
    "correct": "workflow_correction",
    "take_back": "workflow_note",
}


@dataclass
class Outcome:
    article: Article  # the row to show next (the live story after a merge)
    message: str


def available_actions(user, article: Article) -> list[str]:
    """The workflow buttons to offer this user on this story, in the order shown."""
    editor = workflow.is_editor(user)
    status = article.status
    actions = []
    # The author may take their own submission back to fix it; editors return it instead.
    take_back = status == Status.IN_REVIEW and not editor and workflow.is_author(user, article)
    if article.is_working_copy:
        if status == Status.DRAFT and workflow.can_edit(user, article):
            actions.append("submit")
        if take_back:
            actions.append("take_back")
        if editor and status == Status.IN_REVIEW:
            actions += ["approve_changes", "return"]
        if editor and status in (Status.DRAFT, Status.IN_REVIEW):
            actions += ["publish_changes", "correct"]
        if editor or (status == Status.DRAFT and workflow.can_edit(user, article)):
            actions.append("discard_changes")
        return actions
    if status == Status.DRAFT and workflow.can_edit(user, article):
        actions.append("submit")
    if take_back:
        actions.append("take_back")
    if editor and status == Status.IN_REVIEW:
        actions += ["approve", "schedule", "return"]
    if editor and status == Status.SCHEDULED:
        actions += ["publish_now", "unschedule"]
    if status == Status.PUBLISHED:
        if workflow.can_start_edit(user, article):
            actions.append("start_edit")
        if editor:
            actions += ["correct", "withdraw"]
    return actions


def parse_publish_at(value: str) -> datetime:
    """A ``datetime-local`` value, in the newsroom's time zone."""
    value = (value or "").strip()
    if not value:
        raise ValidationError(PUBLISH_AT_REQUIRED, code="publish_at_required")
    try:
        moment = datetime.fromisoformat(value.replace(" ", "T"))
    except ValueError:
        raise ValidationError(PUBLISH_AT_INVALID, code="publish_at_invalid") from None
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def run_action(action: str, *, article: Article, user, data) -> Outcome:
    """Carry out one workflow action with the posted ``data``; raises the workflow's errors."""
    text = (data.get(TEXT_FIELDS.get(action, ""), "") or "").strip()
    if action == "submit":
        done = workflow.article_submit(article=article, user=user, note=text)
        return Outcome(done, "Submitted for review. The editors have been told.")
    if action == "return":
        done = workflow.article_return(article=article, user=user, comment=text)
        return Outcome(done, "Returned to the author with your comment.")
    if action in ("approve", "approve_changes"):
        done = workflow.article_approve(article=article, user=user)
        if article.is_working_copy:
            return Outcome(done, "The changes are approved and live.")
        return Outcome(done, "Approved and published.")
    if action == "schedule":
        publish_at = parse_publish_at(data.get("workflow_publish_at", ""))
        done = workflow.article_approve(article=article, user=user, publish_at=publish_at)
        when = formats.date_format(timezone.localtime(done.scheduled_at), "DATETIME_FORMAT")
        return Outcome(done, f"Approved; the story goes live at {when}.")
    if action == "take_back":
        done = workflow.article_take_back(article=article, user=user, note=text)
        return Outcome(done, "The story is a draft again for you to fix; the editors have been told.")
    if action == "publish_now":
        return Outcome(workflow.article_publish_now(article=article, user=user), "Published now.")
    if action == "unschedule":
        done = workflow.article_unschedule(article=article, user=user)
        return Outcome(done, "Taken off the schedule; the story is a draft again.")
    if action == "withdraw":
        done = workflow.article_withdraw(article=article, user=user, reason=text)
        return Outcome(done, "Withdrawn. Its address now answers 410 Gone.")
    if action == "correct":
        correction = workflow.article_publish_correction(article=article, user=user, text=text)
        return Outcome(correction.article, "The correction is published.")
    if action == "start_edit":
        working_copy = workflow.article_start_edit(article=article, user=user)
        return Outcome(
            working_copy,
            "You are editing a copy. Readers see the published version until the changes are approved.",
        )
    if action == "publish_changes":
        return Outcome(workflow.article_publish_changes(article=article, user=user), "The changes are live.")
    if action == "discard_changes":
        live = workflow.article_discard_changes(article=article, user=user)
        return Outcome(live, "The changes were discarded; the published story is unchanged.")
    raise ValidationError(UNKNOWN_ACTION, code="unknown_action")


def error_text(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return " ".join(exc.messages)
    return str(exc) or "You are not allowed to do that."


def change_url(article: Article) -> str:
    return reverse("admin:articles_article_change", args=[article.pk])


# --- views (wired in ArticleAdmin.get_urls, wrapped by admin_site.admin_view) ----------


def _visible_article(model_admin, request, object_id) -> Article:
    article = model_admin.get_object(request, unquote(object_id))
    if article is None:
        raise Http404("No such story.")
    if not model_admin.has_view_or_change_permission(request, article):
        raise PermissionDenied
    return article


def workflow_action_view(model_admin, request, object_id):
    """A workflow button pressed on a story that the user cannot edit in place (a
    published, scheduled or frozen one). The posted ``workflow_version`` is checked, so an
    action taken on a page loaded before someone else's change is refused."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    article = _visible_article(model_admin, request, object_id)
    action = request.POST.get("_workflow", "")
    try:
        with transaction.atomic():
            expected = request.POST.get("workflow_version") or None
            if expected is None:
                raise workflow.StaleEditError(workflow.stale_edit_message(article))
            workflow.article_check_version(article=article, expected_version=expected)
            outcome = run_action(action, article=article, user=request.user, data=request.POST)
    except (ValidationError, PermissionDenied) as exc:
        refused = copy.copy(request)
        refused.method = "GET"
        return model_admin.change_view(
            refused,
            object_id,
            extra_context={"workflow_error": error_text(exc), "workflow_posted": request.POST},
        )
    messages.success(request, outcome.message)
    return HttpResponseRedirect(change_url(outcome.article))


def history_view(model_admin, request, object_id):
    """The story's transition log and its saved versions, with compare and restore."""
    article = _visible_article(model_admin, request, object_id)
    story = article.live_article or article
    rows = [story.pk] + ([article.pk] if article.pk != story.pk else [])
    events = (
        ArticleEvent.objects.filter(article_id__in=rows).select_related("user").order_by("-created_at", "-id")
    )
    versions = list(versions_for_article(story)[:200])
    if article.pk != story.pk:
        versions = sorted(
            versions + list(versions_for_article(article)[:200]),
            key=lambda v: (v.revision.date_created, v.pk),
            reverse=True,
        )
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": f"History: {article}",
        "subtitle": None,
        "original": article,
        "story": story,
        "events": events,
        "versions": versions,
        "can_restore": workflow.can_edit(request.user, article)
        or workflow.can_start_edit(request.user, story),
    }
    return TemplateResponse(request, "admin/articles/article/history.html", context)


def _version_of(article: Article, version_id) -> Version:
    version = version_of_article(article, version_id)
    if version is None:
        raise Http404("No such version of this story.")
    return version


def compare_view(model_admin, request, object_id):
    """A readable diff between two saved versions (older first, whatever the order picked)."""
    article = _visible_article(model_admin, request, object_id)
    a, b = request.GET.get("from"), request.GET.get("to")
    if not (a and b and a.isdigit() and b.isdigit()) or a == b:
        messages.error(request, PICK_TWO_VERSIONS)
        return HttpResponseRedirect(reverse("admin:articles_article_history", args=[article.pk]))
    first, second = _version_of(article, a), _version_of(article, b)
    older, newer = sorted([first, second], key=lambda v: (v.revision.date_created, v.pk))
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": f"Changes to “{article}”",
        "subtitle": None,
        "original": article,
        "older": older,
        "newer": newer,
        "diffs": diff_versions(older, newer, visible_stories=workflow.articles_visible_to(request.user)),
    }
    return TemplateResponse(request, "admin/articles/article/compare.html", context)


def restore_view(model_admin, request, object_id, version_id):
    """Confirm (GET) and restore (POST) an old version. Restoring is an edit through the
    workflow: a published story gets the old content on its working copy."""
    article = _visible_article(model_admin, request, object_id)
    version = _version_of(article, version_id)
    if request.method == "POST":
        try:
            target = workflow.article_restore(article=article, user=request.user, version=version)
        except (ValidationError, PermissionDenied) as exc:
            messages.error(request, error_text(exc))
            return HttpResponseRedirect(reverse("admin:articles_article_history", args=[article.pk]))
        if target.pk != article.pk:
            messages.success(request, "The old version is on a working copy, waiting for approval.")
        else:
            messages.success(request, "The old version is restored.")
        return HttpResponseRedirect(change_url(target))
    current = versions_for_article(article).first()
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": f"Restore an old version of “{article}”",
        "subtitle": None,
        "original": article,
        "version": version,
        "diffs": (
            diff_versions(current, version, visible_stories=workflow.articles_visible_to(request.user))
            if current and current.pk != version.pk
            else []
        ),
        "goes_to_working_copy": not article.is_working_copy and article.status == Status.PUBLISHED,
    }
    return TemplateResponse(request, "admin/articles/article/restore.html", context)


def preview_link_create_view(model_admin, request, object_id):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    article = _visible_article(model_admin, request, object_id)
    hours = request.POST.get("preview_hours") or None
    try:
        link = preview.preview_link_create(article=article, user=request.user, hours=hours)
    except PermissionDenied as exc:
        messages.error(request, error_text(exc))
    except ValueError:
        messages.error(request, PREVIEW_HOURS_INVALID)
    else:
        messages.success(request, f"Preview link created: {preview.preview_link_url(link)}")
    return HttpResponseRedirect(change_url(article) + "#preview-links")


def preview_link_revoke_view(model_admin, request, object_id, link_id):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    article = _visible_article(model_admin, request, object_id)
    link = get_object_or_404(PreviewLink, pk=link_id, article=article)
    try:
        preview.preview_link_revoke(link=link, user=request.user)
    except PermissionDenied as exc:
        messages.error(request, error_text(exc))
    else:
        messages.success(request, "The preview link no longer works.")
    return HttpResponseRedirect(change_url(article) + "#preview-links")


def with_review_facts(queryset):
    """Annotate stories with when they were last submitted and the last return (who, when,
    the comment), in the same query."""
    last_event = ArticleEvent.objects.filter(article=OuterRef("pk")).order_by("-created_at", "-id")
    last_return = last_event.filter(action="return")
    return queryset.annotate(
        submitted_at=Max("events__created_at", filter=Q(events__action="submit")),
        last_action=Subquery(last_event.values("action")[:1]),
        return_comment=Subquery(last_return.values("comment")[:1]),
        returned_at=Subquery(last_return.values("created_at")[:1]),
        returned_by_first=Subquery(last_return.values("user__first_name")[:1]),
        returned_by_last=Subquery(last_return.values("user__last_name")[:1]),
        returned_by_username=Subquery(last_return.values("user__username")[:1]),
        has_working_copy=Exists(Article.objects.filter(live_article=OuterRef("pk"))),
    )


def review_queue_view(model_admin, request):
    """Editors: what awaits review (oldest submitted first), what is scheduled and when
    (overdue ones flagged), and what was returned. Journalists: their own drafts and
    returned stories, with the editor's comment, and their stories in review or scheduled."""
    user = request.user
    editor = workflow.is_editor(user)
    base = with_review_facts(
        workflow.articles_visible_to(user)
        .select_related("section", "live_article")
        .prefetch_related(Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author")))
    )
    if not editor:
        mine = Article.objects.filter(Q(bylines__author=user) | Q(live_article__bylines__author=user))
        base = base.filter(pk__in=mine.values("pk"))
    in_review = list(base.filter(status=Status.IN_REVIEW).order_by("submitted_at", "pk"))
    scheduled = list(base.filter(status=Status.SCHEDULED).order_by("scheduled_at", "pk"))
    drafts = list(base.filter(status=Status.DRAFT).order_by("-updated_at", "-pk"))
    returned = [a for a in drafts if a.last_action == "return"]
    own_drafts = [a for a in drafts if a.last_action != "return"]
    for article in returned:
        article.returned_by = (
            f"{article.returned_by_first} {article.returned_by_last}".strip()
            or article.returned_by_username
            or ""
        )
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": "Review queue" if editor else "My stories",
        "subtitle": None,
        "is_editor": editor,
        "in_review": in_review,
        "scheduled": scheduled,
        "returned": returned,
        "drafts": own_drafts,
        "now": timezone.now(),
        "source_changes": list(workflow.source_changes_awaiting(user)),
    }
    return TemplateResponse(request, "admin/articles/article/review_queue.html", context)
