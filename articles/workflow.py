"""The editorial workflow: the only code that changes a story's editorial state.

Every transition is one keyword-only function that, in this order, checks the user's
permission, locks the story's row and guards its current state, writes inside one
transaction, records an ``ArticleEvent`` (who, when, from, to, comment) and schedules its
side effects (email, ``public_content_changed``) with ``transaction.on_commit``.

The states: draft → in review → (scheduled →) published → withdrawn. A story returned by
an editor goes back to draft with the editor's comment. A published story is never edited
in place: ``article_start_edit`` gives it a working copy, which goes through review like a
draft and is merged into the live row when an editor approves or publishes it.

Roles: editors hold ``articles.publish_article`` (approve, return, schedule, publish,
withdraw, correct) and ``articles.edit_any_article``. Journalists edit only stories on
whose byline they stand, and only while those are drafts (a published story through its
working copy); a story in review or scheduled is frozen for them.
"""

import logging
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, InterfaceError, OperationalError, connection, transaction
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.text import slugify

from articles import listings, notifications
from articles.history import CONTENT_FIELDS, article_record_version, move_versions
from articles.models import (
    Article,
    ArticleAuthor,
    ArticleEvent,
    ArticleRedirect,
    BudgetLine,
    BudgetLineEvent,
    Correction,
    Quote,
    RelatedLink,
    Section,
    Source,
    SourceChange,
    WireOrigin,
    person_name,
)
from articles.quote_integrity import normalize, quote_in_body, quotes_missing_from_body
from articles.signals import public_content_changed

Status = Article.Status
logger = logging.getLogger(__name__)

NOT_AN_EDITOR = "Only an editor can do this."
NOT_YOURS = "You can only change stories on whose byline you stand."
FROZEN = "This story is {status}; only an editor can change it now."
NOT_EDITABLE_IN_PLACE = "A published story is changed through its working copy: use “Edit this story”."
CANNOT_SUBMIT = "Only a draft can be submitted for review; this story is {status}."
CANNOT_RETURN = "Only a story in review can be returned; this story is {status}."
CANNOT_APPROVE = "Only a story in review can be approved; this story is {status}."
CANNOT_PUBLISH_NOW = "Only a scheduled story can be published early; this story is {status}."
CANNOT_UNSCHEDULE = "Only a scheduled story can be taken off the schedule; this story is {status}."
CANNOT_WITHDRAW = "Only a published story can be withdrawn; this story is {status}."
CANNOT_CORRECT = "Corrections are published on published stories; this story is {status}."
CANNOT_START_EDIT = "Only a published story has a working copy; this story is {status}."
NOT_A_WORKING_COPY = "This is not a set of changes to a published story."
CANNOT_PUBLISH_CHANGES = "These changes are {status}; only a draft or changes in review can be published."
LIVE_NOT_PUBLISHED = "The story these changes belong to is {status}; they cannot go live."
CANNOT_SCHEDULE_CHANGES = "Changes to a published story go live when approved; they cannot be scheduled."
PUBLISH_AT_IN_PAST = "Pick a publish time in the future, or publish now."
COMMENT_REQUIRED = "Say what the author should change; the comment is required."
REASON_REQUIRED = "Give the reason for withdrawing the story; it is required."
CORRECTION_REQUIRED = "Say what was wrong and what is right now; the correction text is required."
SLUG_TAKEN = "Another story published on {date} already has the address “{slug}”. Change the slug first."
PUBLISH_ERROR = (
    "The scheduler could not publish this story ({error}); the details are in the scheduler's log. "
    "It tries again every run; publish it now or take it off the schedule."
)
STALE_EDIT = (
    "{name} saved this story at {time}, after you opened it. Your changes were not saved; "
    "they are shown below so you can copy them, then reload the page to see the latest version."
)
STALE_EDIT_UNKNOWN = (
    "This story was changed at {time}, after you opened it (by the scheduler, or by someone no "
    "longer on staff). Your changes were not saved; "
    "they are shown below so you can copy them, then reload the page to see the latest version."
)
QUOTES_NOT_IN_BODY = "These quotes do not appear word for word in the story: {quotes}"
RESTORE_WRONG_STORY = "That version belongs to another story."


# How the transition log names each recorded action.
EVENT_LABELS = {
    "submit": "Submitted for review",
    "return": "Returned to the author",
    "schedule": "Approved and scheduled",
    "publish": "Published",
    "publish_scheduled": "Published by the scheduler",
    "publish_failed": "Scheduled publishing failed",
    "unschedule": "Taken off the schedule",
    "withdraw": "Withdrawn",
    "correct": "Correction published",
    "correct_changes": "Changes published with a correction",
    "start_edit": "Started editing a copy of the published story",
    "approve_changes": "Changes approved and published",
    "publish_changes": "Changes published by an editor",
    "discard_changes": "Changes discarded",
    "restore": "Old version restored",
    "reschedule": "Rescheduled",
    "from_budget": "Started from a budget line",
}


class WorkflowPermissionError(PermissionDenied):
    """The user may not do this to this story."""


class PublishPermissionError(WorkflowPermissionError):
    """Only editors approve, schedule, publish, return, withdraw and correct."""


class EditPermissionError(WorkflowPermissionError):
    """The user may not edit this story in its current state."""


class TransitionError(ValidationError):
    """The story is not in a state that allows the transition, or the input is missing.
    ``.message`` is the sentence to show the user."""

    def __init__(self, message, code="invalid_transition", params=None):
        super().__init__(message, code=code, params=params)


class StaleEditError(TransitionError):
    """Someone saved the story after the user loaded the form."""

    def __init__(self, message):
        super().__init__(message, code="stale_edit")


class QuoteIntegrityError(TransitionError):
    """A quote of the story is not found word for word in its body."""

    def __init__(self, message, quotes):
        super().__init__(message, code="quote_not_in_body")
        self.quotes = quotes


# --- who may do what -----------------------------------------------------------------


def is_editor(user) -> bool:
    return bool(user and user.is_active and user.has_perm("articles.publish_article"))


def _edits_any(user) -> bool:
    return user.has_perm("articles.edit_any_article")


def is_author(user, article: Article) -> bool:
    """A byline author of the story; for a working copy, of the live story it changes."""
    story = article.live_article if article.live_article_id else article
    return ArticleAuthor.objects.filter(article_id=story.pk, author_id=user.pk).exists()


def edit_refusal(user, article: Article) -> str | None:
    """Why the user may not edit this (saved) story now, or None if they may.

    Live published and withdrawn rows are edited by nobody in place. Editors (and
    superusers) edit every other row; journalists only drafts they author."""
    if not user.is_active or not user.has_perm("articles.change_article"):
        return NOT_YOURS
    if not article.is_working_copy and article.status in (Status.PUBLISHED, Status.WITHDRAWN):
        return NOT_EDITABLE_IN_PLACE
    if _edits_any(user):
        return None
    if not is_author(user, article):
        return NOT_YOURS
    if article.status != Status.DRAFT:
        return FROZEN.format(status=article.get_status_display().lower())
    return None


def can_edit(user, article: Article) -> bool:
    return edit_refusal(user, article) is None


def can_start_edit(user, article: Article) -> bool:
    """Whether the user may open (or create) the working copy of a published story."""
    return (
        not article.is_working_copy
        and article.status == Status.PUBLISHED
        and user.is_active
        and user.has_perm("articles.change_article")
        and (_edits_any(user) or is_author(user, article))
    )


def articles_visible_to(user):
    """Stories the user may see in the admin and in staff previews. Whoever may edit any
    story sees all of them; a journalist sees the stories on whose byline they stand (with
    their working copies) and every story that has been published."""
    stories = Article.objects.all()
    sees = _sees(user)
    if sees != _OWN_AND_PUBLIC:
        return stories if sees == _EVERY_STORY else stories.none()
    # One condition, which lets PostgreSQL walk a list's ordering index and stop at a page;
    # ``visible_parts`` are the same stories in pieces, for counting them. The published
    # come first: most stories listed are, and for them the byline subqueries are never run.
    own = _own_stories(user)
    return stories.filter(
        Q(live_article__isnull=True, status__in=PUBLIC_STATUSES) | Q(pk__in=own) | Q(live_article__in=own)
    )


def visible_parts(user) -> list[Q] | None:
    """``articles_visible_to(user)`` as disjoint conditions whose union is the same stories,
    each answered by one index, so a count of them is a sum of small counts rather than a
    scan (the union as one condition read every story for each count); None when the user
    sees every story, no part when they see none. The first part is the published stories
    (``Article.objects.published()``), which lists keep counts of (``articles.listings``)."""
    sees = _sees(user)
    if sees != _OWN_AND_PUBLIC:
        return None if sees == _EVERY_STORY else []
    return own_and_public_parts(user)


def own_and_public_parts(user) -> list[Q]:
    """The parts of what a user who sees their own stories and the public ones sees (as
    ``visible_parts``), whatever else they may do: for a query built once for any such user
    (``articles.prepared``), from an unsaved user with their key."""
    own = _own_stories(user)
    live = Q(live_article__isnull=True)
    return [
        *(live & Q(status=status) for status in PUBLIC_STATUSES),
        # Named statuses rather than "not public", which no index answers.
        live & Q(pk__in=own, status__in=NOT_PUBLIC_STATUSES),
        ~live & (Q(pk__in=own) | Q(live_article__in=own)),
    ]


_EVERY_STORY, _OWN_AND_PUBLIC, _NO_STORY = "every story", "own and public", "no story"


def _sees(user) -> str:
    if not user.is_active or not user.is_staff:
        return _NO_STORY
    if user.is_superuser or _edits_any(user):
        return _EVERY_STORY
    return _OWN_AND_PUBLIC if user.has_perm("articles.view_article") else _NO_STORY


def _own_stories(user):
    # The user's own stories as one small subquery, each branch answered by an index: through
    # joins on the bylines, PostgreSQL read every byline of every story for each count.
    return ArticleAuthor.objects.filter(author=user).values("article_id")


# Live stories every journalist may see in the admin, whoever wrote them, and the others.
PUBLIC_STATUSES = (Status.PUBLISHED, Status.WITHDRAWN)
NOT_PUBLIC_STATUSES = tuple(status for status in Status if status not in PUBLIC_STATUSES)


def _require_editor(user):
    if not is_editor(user):
        raise PublishPermissionError(NOT_AN_EDITOR)


def _lock(article: Article) -> Article:
    return Article.objects.select_for_update(of=("self",)).select_related("live_article").get(pk=article.pk)


def _status_text(article: Article) -> str:
    return article.get_status_display().lower()


def _log(article, user, action, from_status, to_status, comment=""):
    return ArticleEvent.objects.create(
        article=article,
        user=user if user and user.pk else None,
        action=action,
        from_status=from_status,
        to_status=to_status,
        comment=comment,
    )


def _touch(article: Article, user) -> None:
    article.edit_version += 1
    article.last_edited_by = user if user and user.pk else None


def _after_commit(func, *args, **kwargs):
    # Robust: a mail server that is down must not turn a committed transition into an
    # error page; Django logs the failure instead.
    transaction.on_commit(lambda: func(*args, **kwargs), robust=True)


def _announce(article: Article, action: str):
    """What readers see of the story has changed: put it on (or take it off) the lists it
    belongs on, in this transaction, and tell decoupled listeners (cache purging) once it
    commits."""
    pk = article.pk
    listings.list_stories([pk])

    def send():
        live = Article.objects.filter(pk=pk).first()
        if live is not None:
            public_content_changed.send(sender=Article, article=live, action=action)

    transaction.on_commit(send, robust=True)


def _check_quotes(article: Article) -> None:
    missing = quotes_missing_from_body(article)
    if missing:
        listed = "; ".join(f"{q.source.name}: “{q.text}”" for q in missing)
        raise QuoteIntegrityError(QUOTES_NOT_IN_BODY.format(quotes=listed), quotes=missing)


def _check_address_free(article: Article, publication_date, slug) -> None:
    taken = (
        Article.objects.live()
        .filter(publication_date=publication_date, slug=slug)
        .exclude(pk=article.pk)
        .exists()
        or ArticleRedirect.objects.filter(publication_date=publication_date, slug=slug)
        .exclude(article=article)
        .exists()
    )
    if taken:
        raise TransitionError(SLUG_TAKEN.format(date=publication_date.isoformat(), slug=slug))


def _go_live(article: Article, now: datetime) -> None:
    """Make a live row published as of ``now``; the caller saves it."""
    _check_embargo(article, now)
    first = article.first_published_at or now
    publication_date = article.publication_date or timezone.localdate(first)
    _check_address_free(article, publication_date, article.slug)
    article.status = Status.PUBLISHED
    article.first_published_at = first
    article.last_published_at = now
    article.publication_date = publication_date
    article.scheduled_at = None
    article.publish_failure = ""
    article.publish_failed_at = None


def _save(article: Article) -> None:
    try:
        with transaction.atomic():
            article.save()
    except IntegrityError as exc:
        if article.publication_date:
            raise TransitionError(
                SLUG_TAKEN.format(date=article.publication_date.isoformat(), slug=article.slug)
            ) from exc
        raise


# --- saving content --------------------------------------------------------------------


def stale_edit_message(article: Article) -> str:
    when = formats.date_format(timezone.localtime(article.updated_at), "DATETIME_FORMAT")
    who = article.last_edited_by
    if who is None:
        return STALE_EDIT_UNKNOWN.format(time=when)
    return STALE_EDIT.format(name=person_name(who), time=when)


def article_check_version(*, article: Article, expected_version) -> Article:
    """Lock the story and refuse with ``StaleEditError`` if it was saved since the user
    loaded it at ``expected_version``. Returns the locked row."""
    current = (
        Article.objects.select_for_update(of=("self",)).select_related("last_edited_by").get(pk=article.pk)
    )
    if expected_version is not None and int(expected_version) != current.edit_version:
        raise StaleEditError(stale_edit_message(current))
    return current


def article_save(*, article: Article, user, expected_version=None) -> Article:
    """Save the story's content as the user edited it (the admin form's instance).

    A new story is a draft by the model's default. An existing one may be saved only by a
    user who may edit it (``edit_refusal``) and only if nobody saved it since the user
    loaded it at ``expected_version``. Every save bumps ``edit_version``."""
    with transaction.atomic():
        if article.pk is None:
            if not user.has_perm("articles.add_article"):
                raise EditPermissionError(NOT_YOURS)
            article.status = Status.DRAFT
            article.edit_version = 1
            article.last_edited_by = user
            article.save()
            return article
        current = article_check_version(article=article, expected_version=expected_version)
        refusal = edit_refusal(user, current)
        if refusal:
            raise EditPermissionError(refusal)
        # Whatever the form carried, the editorial fields stay as the database has them.
        for name in (
            "status",
            "first_published_at",
            "last_published_at",
            "scheduled_at",
            "withdrawn_at",
            "withdrawn_reason",
            "publication_date",
            "live_article_id",
            "created_at",
        ):
            setattr(article, name, getattr(current, name))
        article.edit_version = current.edit_version
        _touch(article, user)
        article.save()
        return article


def article_saved(*, article: Article, user, comment: str = "Saved") -> None:
    """Record a version once the story and its related rows have all been written."""
    article_record_version(article=article, user=user, comment=comment)


# --- transitions -----------------------------------------------------------------------


@transaction.atomic
def article_submit(*, article: Article, user, note: str = "") -> Article:
    """Draft → in review. The story's author or an editor; editors are emailed."""
    article = _lock(article)
    if article.status != Status.DRAFT:
        raise TransitionError(CANNOT_SUBMIT.format(status=_status_text(article)))
    if not _edits_any(user) and not is_author(user, article):
        raise EditPermissionError(NOT_YOURS)
    if not user.has_perm("articles.change_article"):
        raise EditPermissionError(NOT_YOURS)
    article.status = Status.IN_REVIEW
    _touch(article, user)
    article.save()
    _log(article, user, "submit", Status.DRAFT, Status.IN_REVIEW, note.strip())
    _after_commit(notifications.notify_submitted, article_id=article.pk, actor_id=user.pk)
    return article


@transaction.atomic
def article_return(*, article: Article, user, comment: str) -> Article:
    """In review → draft, with the editor's required comment; the authors are emailed."""
    _require_editor(user)
    article = _lock(article)
    if article.status != Status.IN_REVIEW:
        raise TransitionError(CANNOT_RETURN.format(status=_status_text(article)))
    comment = (comment or "").strip()
    if not comment:
        raise TransitionError(COMMENT_REQUIRED, code="comment_required")
    article.status = Status.DRAFT
    _touch(article, user)
    article.save()
    _log(article, user, "return", Status.IN_REVIEW, Status.DRAFT, comment)
    _after_commit(notifications.notify_returned, article_id=article.pk, actor_id=user.pk, comment=comment)
    return article


@transaction.atomic
def article_approve(*, article: Article, user, publish_at: datetime | None = None) -> Article:
    """Editors only, from in review, once every quote is found in the body.

    Without ``publish_at`` the story is published now (a working copy is merged into its
    live story, which is returned). With a future ``publish_at`` a new story is scheduled
    and the scheduler publishes it then; changes to a published story cannot be scheduled.
    """
    _require_editor(user)
    article = _lock(article)
    if article.status != Status.IN_REVIEW:
        raise TransitionError(CANNOT_APPROVE.format(status=_status_text(article)))
    now = timezone.now()
    if publish_at is not None and article.is_working_copy:
        raise TransitionError(CANNOT_SCHEDULE_CHANGES)
    if publish_at is not None and publish_at <= now:
        raise TransitionError(PUBLISH_AT_IN_PAST, code="publish_at_past")
    if publish_at is not None:
        _check_embargo(article, publish_at)
    _check_quotes(article)
    if article.is_working_copy:
        return _merge(article, user, action="approve_changes")
    if publish_at is not None:
        article.status = Status.SCHEDULED
        article.scheduled_at = publish_at
        _touch(article, user)
        article.save()
        _log(article, user, "schedule", Status.IN_REVIEW, Status.SCHEDULED, _when(publish_at))
        _after_commit(notifications.notify_scheduled, article_id=article.pk, actor_id=user.pk)
        return article
    return _publish(article, user, from_status=Status.IN_REVIEW, now=now)


def _publish(article: Article, user, *, from_status: str, now: datetime) -> Article:
    """Put a locked story live now, on an editor's word: log, version, notify, purge."""
    _go_live(article, now)
    _touch(article, user)
    _save(article)
    _log(article, user, "publish", from_status, Status.PUBLISHED)
    article_record_version(article=article, user=user, comment="Published")
    _after_commit(notifications.notify_published, article_id=article.pk, actor_id=user.pk)
    _announce(article, "publish")
    return article


def _when(moment: datetime) -> str:
    return "for " + formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")


@transaction.atomic
def article_publish_now(*, article: Article, user) -> Article:
    """Scheduled → published, ahead of its time. Editors only."""
    _require_editor(user)
    article = _lock(article)
    if article.status != Status.SCHEDULED:
        raise TransitionError(CANNOT_PUBLISH_NOW.format(status=_status_text(article)))
    return _publish(article, user, from_status=Status.SCHEDULED, now=timezone.now())


@transaction.atomic
def article_unschedule(*, article: Article, user) -> Article:
    """Scheduled → draft. Editors only."""
    _require_editor(user)
    article = _lock(article)
    if article.status != Status.SCHEDULED:
        raise TransitionError(CANNOT_UNSCHEDULE.format(status=_status_text(article)))
    article.status = Status.DRAFT
    article.scheduled_at = None
    article.publish_failure = ""
    article.publish_failed_at = None
    _touch(article, user)
    article.save()
    _log(article, user, "unschedule", Status.SCHEDULED, Status.DRAFT)
    return article


@transaction.atomic
def article_withdraw(*, article: Article, user, reason: str) -> Article:
    """Published → withdrawn, with the required reason. Editors only. The story leaves
    every public list and its address answers 410 Gone."""
    _require_editor(user)
    article = _lock(article)
    if article.is_working_copy or article.status != Status.PUBLISHED:
        raise TransitionError(CANNOT_WITHDRAW.format(status=_status_text(article)))
    reason = (reason or "").strip()
    if not reason:
        raise TransitionError(REASON_REQUIRED, code="reason_required")
    article.status = Status.WITHDRAWN
    article.withdrawn_at = timezone.now()
    article.withdrawn_reason = reason
    _touch(article, user)
    article.save()
    _log(article, user, "withdraw", Status.PUBLISHED, Status.WITHDRAWN, reason)
    _announce(article, "withdraw")
    return article


@transaction.atomic
def article_publish_correction(*, article: Article, user, text: str) -> Correction:
    """Publish a correction on a published story. Editors only.

    Given the story's working copy, the copy's changes are merged (they go live) along
    with the correction, once its quotes pass the integrity check."""
    _require_editor(user)
    text = (text or "").strip()
    if not text:
        raise TransitionError(CORRECTION_REQUIRED, code="correction_required")
    article = _lock(article)
    if article.is_working_copy:
        if article.status not in (Status.DRAFT, Status.IN_REVIEW):
            raise TransitionError(CANNOT_PUBLISH_CHANGES.format(status=_status_text(article)))
        _check_quotes(article)
        # One action, one entry: the merge logs the correction with the changes it published.
        live = _merge(article, user, action="correct_changes", comment=text)
    else:
        live = article
        if live.status != Status.PUBLISHED:
            raise TransitionError(CANNOT_CORRECT.format(status=_status_text(live)))
        _touch(live, user)
        live.save()
    correction = Correction.objects.create(article=live, text=text, created_by=user)
    if not article.is_working_copy:
        _log(live, user, "correct", live.status, live.status, text)
    _announce(live, "correct")
    return correction


@transaction.atomic
def article_start_edit(*, article: Article, user) -> Article:
    """The working copy of a published story, created on first use. Readers keep seeing
    the live row until an editor approves (or publishes) the copy's changes."""
    article = _lock(article)
    if article.is_working_copy:
        article = _lock(article.live_article)
    if article.status != Status.PUBLISHED:
        raise TransitionError(CANNOT_START_EDIT.format(status=_status_text(article)))
    if not can_start_edit(user, article):
        raise EditPermissionError(NOT_YOURS)
    copy, made = _working_copy_of(article, user)
    if made:
        _log(copy, user, "start_edit", Status.PUBLISHED, Status.DRAFT)
        article_record_version(article=copy, user=user, comment="Started editing the published story")
    return copy


def _working_copy_of(story: Article, user) -> tuple[Article, bool]:
    """The working copy of the locked, published ``story``, and whether it was made now.
    Making one is not logged here: the transition that needed it logs one entry for what
    the user did (started editing, restored a version, imported a wire version)."""
    existing = Article.objects.filter(live_article=story).first()
    if existing is not None:
        return existing, False
    copy = Article(live_article=story, status=Status.DRAFT, last_edited_by=user)
    for name in CONTENT_FIELDS:
        setattr(copy, name, getattr(story, name))
    copy.save()
    _copy_related(source=story, target=copy)
    return copy, True


@transaction.atomic
def article_publish_changes(*, article: Article, user) -> Article:
    """An editor puts a working copy's changes live at once (from draft or in review),
    once its quotes pass the integrity check. Returns the live story."""
    _require_editor(user)
    article = _lock(article)
    if not article.is_working_copy:
        raise TransitionError(NOT_A_WORKING_COPY)
    if article.status not in (Status.DRAFT, Status.IN_REVIEW):
        raise TransitionError(CANNOT_PUBLISH_CHANGES.format(status=_status_text(article)))
    _check_quotes(article)
    return _merge(article, user, action="publish_changes")


@transaction.atomic
def article_discard_changes(*, article: Article, user) -> Article:
    """Throw away a working copy; the live story is untouched. Its authors while the copy
    is a draft, editors always. Returns the live story."""
    article = _lock(article)
    if not article.is_working_copy:
        raise TransitionError(NOT_A_WORKING_COPY)
    if not (is_editor(user) or can_edit(user, article)):
        raise EditPermissionError(NOT_YOURS)
    live = _lock(article.live_article)
    _log(article, user, "discard_changes", article.status, "")
    _retire_copy(article, live)
    return live


@transaction.atomic
def article_restore(*, article: Article, user, version) -> Article:
    """Bring back an old version's content (fields, byline, tags, quotes, related links).

    Restoring is an edit: on a published story it lands in the working copy (created if
    needed) and waits for approval; elsewhere the user must be allowed to edit the story.
    Editorial state is never restored. Returns the row that was changed."""
    from articles.history import version_content

    article = _lock(article)
    story = article.live_article or article
    if version.object_id != str(story.pk) and version.object_id != str(article.pk):
        raise TransitionError(RESTORE_WRONG_STORY)
    target, from_status = article, article.status
    if not article.is_working_copy and article.status == Status.PUBLISHED:
        if not can_start_edit(user, article):
            raise EditPermissionError(NOT_YOURS)
        target, made = _working_copy_of(article, user)
        from_status = Status.PUBLISHED if made else target.status
    target = _lock(target)
    refusal = edit_refusal(user, target)
    if refusal:
        raise EditPermissionError(refusal)
    content = version_content(version)
    _apply_content(target, content)
    _touch(target, user)
    target.save()
    when = formats.date_format(timezone.localtime(version.revision.date_created), "DATETIME_FORMAT")
    _log(target, user, "restore", from_status, target.status, f"Version of {when}")
    article_record_version(article=target, user=user, comment=f"Restored the version of {when}")
    return target


@contextmanager
def article_version_preview(*, article: Article, version):
    """The story as a saved version left it, for rendering a preview only.

    The version's content is applied inside a transaction that is always rolled back, so
    nothing is written, logged, versioned or sent; editorial state is never touched."""
    from articles.history import version_content

    with transaction.atomic():
        try:
            target = _lock(article)
            _apply_content(target, version_content(version))
            yield Article.objects.select_related("section").get(pk=target.pk)
        finally:
            transaction.set_rollback(True)


# --- working copies --------------------------------------------------------------------


QUOTE_COPY_FIELDS = ["source_id", "text", "obtained", "order", "is_pull_quote", "is_partial"]
LINK_COPY_FIELDS = ["target_article_id", "url", "title", "kicker", "teaser", "order"]


def _copy_related(*, source: Article, target: Article) -> None:
    _replace_related(
        target,
        bylines=[b.author_id for b in source.bylines.all()],
        tags=list(source.tags.all()),
        quotes=list(source.quotes.values(*QUOTE_COPY_FIELDS)),
        links=list(source.related_links.values(*LINK_COPY_FIELDS)),
        not_linkable={source.pk, source.live_article_id},
    )


def _apply_content(target: Article, content) -> None:
    for name in CONTENT_FIELDS:
        value = content.fields[name]
        if name == "section":
            if Section.objects.filter(pk=value).exists():
                target.section_id = value
            continue
        if name == "lead_image":
            target.lead_image = value or ""
        elif value is not None:
            setattr(target, name, value)
    target.save()
    _replace_related(
        target, bylines=content.bylines, tags=content.tags, quotes=content.quotes, links=content.links
    )


def _replace_related(target: Article, *, bylines, tags, quotes, links, not_linkable=()) -> None:
    """Give the story exactly this byline (user ids, in order), these tags, quotes and related
    links (dicts of their fields). Rows naming a user, source or story that no longer exists
    are dropped, and so is a link to the story itself."""
    known_users = set(get_user_model().objects.filter(pk__in=bylines).values_list("pk", flat=True))
    ArticleAuthor.objects.filter(article=target).delete()
    ArticleAuthor.objects.bulk_create(
        ArticleAuthor(article=target, author_id=uid, order=n)
        for n, uid in enumerate(dict.fromkeys(bylines))
        if uid in known_users
    )
    target.tags.set(tags)
    known_sources = set(
        Source.objects.filter(pk__in=[q["source_id"] for q in quotes]).values_list("pk", flat=True)
    )
    Quote.objects.filter(article=target).delete()
    Quote.objects.bulk_create(
        Quote(
            article=target,
            source_id=q["source_id"],
            text=q["text"],
            obtained=q.get("obtained") or Quote.Obtained.SAID,
            order=q.get("order") or 0,
            is_pull_quote=bool(q.get("is_pull_quote")),
            is_partial=bool(q.get("is_partial")),
        )
        for q in quotes
        if q["source_id"] in known_sources
    )
    own = {target.pk, target.live_article_id, *not_linkable} - {None}
    known_targets = set(
        Article.objects.filter(
            pk__in=[link["target_article_id"] for link in links if link.get("target_article_id")]
        ).values_list("pk", flat=True)
    )
    RelatedLink.objects.filter(article=target).delete()
    RelatedLink.objects.bulk_create(
        RelatedLink(
            article=target,
            target_article_id=link.get("target_article_id"),
            url=link.get("url") or "",
            title=link.get("title") or "",
            kicker=link.get("kicker") or "",
            teaser=link.get("teaser") or "",
            order=link.get("order") or 0,
        )
        for link in links
        if (link.get("target_article_id") in known_targets and link.get("target_article_id") not in own)
        or (not link.get("target_article_id") and link.get("url"))
    )


def _retire_copy(copy: Article, live: Article) -> None:
    """Delete a working copy, keeping its audit trail and versions on the live story."""
    ArticleEvent.objects.filter(article=copy).update(article=live)
    move_versions(from_article=copy, to_article=live)
    copy.tags.clear()
    copy.delete()


def _merge(copy: Article, user, *, action: str, comment: str = "") -> Article:
    """Put a working copy's content on its live story and delete the copy. Must run
    inside the caller's transaction, with the copy locked and its quotes checked.

    The live story's ``last_published_at`` moves to now: readers see "Updated" (and
    JSON-LD ``dateModified`` moves) once it is ``UPDATE_THRESHOLD_SECONDS`` after the first
    publication."""
    live = _lock(copy.live_article)
    if live.status != Status.PUBLISHED:
        raise TransitionError(LIVE_NOT_PUBLISHED.format(status=_status_text(live)))
    _check_embargo(copy, timezone.now())
    old_slug = live.slug
    for name in CONTENT_FIELDS:
        setattr(live, name, getattr(copy, name))
    if live.slug != old_slug:
        _check_address_free(live, live.publication_date, live.slug)
        ArticleRedirect.objects.filter(
            article=live, publication_date=live.publication_date, slug=live.slug
        ).delete()
        ArticleRedirect.objects.get_or_create(
            publication_date=live.publication_date, slug=old_slug, defaults={"article": live}
        )
    live.last_published_at = timezone.now()
    _touch(live, user)
    _save(live)
    _copy_related(source=copy, target=live)
    from_status = copy.status
    _log(copy, user, action, from_status, Status.PUBLISHED, comment)
    _retire_copy(copy, live)
    article_record_version(article=live, user=user, comment="Changes published")
    _after_commit(notifications.notify_published, article_id=live.pk, actor_id=user.pk, changes=True)
    _announce(live, "update")
    return live


# --- the scheduler ---------------------------------------------------------------------


def articles_publish_due(*, now: datetime | None = None) -> list[Article]:
    """Publish every scheduled story whose time has come; returns the ones this call published.

    Each story is published in its own transaction. A story that cannot be published (its
    address is taken, a bad row, any exception) is rolled back, logged, and keeps its reason
    in ``publish_failure`` (shown in the admin and by ``/health/``) until it is published or
    taken off the schedule; the stories after it are published all the same. The failure is
    logged (error level, with the traceback of an unexpected exception) and recorded in the
    transition log once per distinct reason, not on every run. Only losing the database
    connection itself stops the run: it raises, and the next run starts over.

    Safe to run from several processes at once: each story is claimed by locking its row
    (skipping rows another run holds) and by a conditional UPDATE from scheduled, so exactly
    one run publishes it, logs it and sends its notification. Running it again does nothing.
    """
    now = now or timezone.now()
    published = []
    due = list(
        Article.objects.overdue(now).live().order_by("scheduled_at", "pk").values_list("pk", flat=True)
    )
    for pk in due:
        try:
            article = _publish_due(pk, now)
        except Exception as exc:
            if _connection_lost(exc):
                raise
            _record_publish_failure(pk, exc, now)
            continue
        if article is not None:
            published.append(article)
    return published


def _publish_due(pk, now: datetime) -> Article | None:
    """Publish one due story in its own transaction; None if another run has it or had it."""
    with transaction.atomic():
        article = (
            Article.objects.select_for_update(skip_locked=True)
            .filter(pk=pk, status=Status.SCHEDULED, scheduled_at__lte=now)
            .first()
        )
        if article is None:
            return None
        _go_live(article, now)
        claimed = Article.objects.filter(pk=pk, status=Status.SCHEDULED).update(
            status=Status.PUBLISHED,
            first_published_at=article.first_published_at,
            last_published_at=article.last_published_at,
            publication_date=article.publication_date,
            scheduled_at=None,
            publish_failure="",
            publish_failed_at=None,
            edit_version=article.edit_version + 1,
            last_edited_by=None,
            updated_at=now,
        )
        if claimed != 1:
            return None
        article.refresh_from_db()
        _log(article, None, "publish_scheduled", Status.SCHEDULED, Status.PUBLISHED)
        article_record_version(article=article, user=None, comment="Published by the scheduler")
        _after_commit(notifications.notify_published, article_id=article.pk, actor_id=None)
        _announce(article, "publish")
        return article


def _connection_lost(exc: Exception) -> bool:
    # A statement can fail with OperationalError on a healthy connection (a lock timeout):
    # that is this story's failure. A connection that no longer answers is everyone's.
    if not isinstance(exc, (OperationalError, InterfaceError)):
        return False
    return connection.connection is None or not connection.is_usable()


def _failure_reason(pk, exc: Exception, now: datetime) -> str:
    """The sentence an editor reads: the workflow's own message, or the slug clash behind
    an IntegrityError (another run published a story at that address meanwhile); never the
    database's text, which goes to the log."""
    if isinstance(exc, TransitionError):
        return exc.message
    if isinstance(exc, IntegrityError):
        story = Article.objects.filter(pk=pk).first()
        if story is not None:
            day = story.publication_date or timezone.localdate(story.first_published_at or now)
            try:
                _check_address_free(story, day, story.slug)
            except TransitionError as taken:
                return taken.message
    return PUBLISH_ERROR.format(error=type(exc).__name__)


def _record_publish_failure(pk, exc: Exception, now: datetime) -> None:
    """Flag a due story the scheduler could not publish; log it when the reason is new."""
    try:
        with transaction.atomic():
            reason = _failure_reason(pk, exc, now)
            article = Article.objects.select_for_update().filter(pk=pk, status=Status.SCHEDULED).first()
            if article is None:
                return
            first_time = article.publish_failure != reason
            # A plain UPDATE: the flag is not an edit, so an editor's open form stays current.
            Article.objects.filter(pk=pk).update(publish_failure=reason, publish_failed_at=now)
            if first_time:
                _log(article, None, "publish_failed", Status.SCHEDULED, Status.SCHEDULED, reason)
                unexpected = None if isinstance(exc, TransitionError) else exc
                logger.error(
                    "Scheduled story #%s (%s) was not published: %s",
                    pk,
                    article.headline,
                    reason,
                    exc_info=unexpected,
                )
    except Exception as recording_error:
        if _connection_lost(recording_error):
            raise
        logger.exception("Could not record the publishing failure of story #%s", pk)


# --- sources: what readers see about a source passes an editor --------------------------

SOURCE_PUBLIC_FIELDS = tuple(name for name in Source.PUBLIC_FIELDS if name != "id")
CANNOT_CHANGE_SOURCE = "You may not change sources."
SOURCE_CHANGE_DECIDED = "This change was already decided ({decision}); nothing was done."
SOURCE_CHANGED_SINCE = (
    "The source's {fields} changed after this was proposed; approving it would undo that. "
    "Reject it, and ask for a new proposal if it is still needed."
)
SOURCE_CHANGE_INVALID = "This change cannot be made as proposed: {errors}"
SOURCE_MERGED_AWAY = "Closed: the source was merged into “{name}”."


class SourceChangePermissionError(WorkflowPermissionError):
    """The user may not change this source, or decide a proposed change."""


def source_public_values(source: Source) -> dict:
    """What readers can see of a source, field by field."""
    return {name: getattr(source, name) for name in SOURCE_PUBLIC_FIELDS}


def source_is_guarded(source: Source) -> bool:
    return source.pk is not None and Source.objects.editor_guarded().filter(pk=source.pk).exists()


def can_change_source_directly(user, source: Source) -> bool:
    """Whether the user's changes to this source's public fields apply at once: editors on
    every source, anyone who may change sources on one readers do not see yet."""
    if not (user and user.is_active and user.has_perm("articles.change_source")):
        return False
    return is_editor(user) or not source_is_guarded(source)


def source_changes_awaiting(user):
    """Proposed source changes waiting for an editor: all of them for editors, one's own for
    everybody else."""
    pending = (
        SourceChange.objects.pending().select_related("source", "proposed_by").order_by("created_at", "pk")
    )
    if is_editor(user):
        return pending
    return pending.filter(proposed_by=user) if user and user.pk else pending.none()


@transaction.atomic
def source_save(*, source: Source, user) -> SourceChange | None:
    """Save a source as the user edited it (the admin form's unsaved instance).

    A new source, or one readers do not see (not ``editor_guarded``), is saved as it is by
    whoever may add or change sources. On a guarded source the private fields (phone,
    email, notes, self-identified attributes) are saved at once; a change to its public
    fields is saved at once by an editor and logged as an applied ``SourceChange``, and
    from anyone else becomes a pending ``SourceChange`` (replacing that user's earlier
    pending one) while the source keeps its public values until an editor approves.
    Returns the ``SourceChange`` written, if any."""
    if source.pk is None:
        if not (user.is_active and user.has_perm("articles.add_source")):
            raise SourceChangePermissionError(CANNOT_CHANGE_SOURCE)
        source.save()
        return None
    if not (user.is_active and user.has_perm("articles.change_source")):
        raise SourceChangePermissionError(CANNOT_CHANGE_SOURCE)
    current = Source.objects.select_for_update().get(pk=source.pk)
    before = source_public_values(current)
    changed = {name: value for name, value in source_public_values(source).items() if value != before[name]}
    if not changed or not source_is_guarded(current):
        source.save()
        return None
    now = timezone.now()
    if is_editor(user):
        source.save()
        return SourceChange.objects.create(
            source=current,
            proposed=changed,
            previous=before,
            proposed_by=user,
            decision=SourceChange.Decision.APPLIED,
            decided_by=user,
            decided_at=now,
        )
    for name in changed:
        setattr(source, name, before[name])
    source.save()
    SourceChange.objects.pending().filter(source=current, proposed_by=user).update(
        decision=SourceChange.Decision.SUPERSEDED, decided_by=user, decided_at=now
    )
    return SourceChange.objects.create(source=current, proposed=changed, previous=before, proposed_by=user)


def _lock_pending_change(change: SourceChange) -> SourceChange:
    change = SourceChange.objects.select_for_update().get(pk=change.pk)
    if change.decision != SourceChange.Decision.PENDING:
        raise TransitionError(SOURCE_CHANGE_DECIDED.format(decision=change.get_decision_display().lower()))
    return change


def _decide(change: SourceChange, user, decision, comment: str) -> SourceChange:
    change.decision = decision
    change.decided_by = user
    change.decided_at = timezone.now()
    change.comment = (comment or "").strip()
    change.save(update_fields=["decision", "decided_by", "decided_at", "comment"])
    return change


@transaction.atomic
def source_change_approve(*, change: SourceChange, user, comment: str = "") -> SourceChange:
    """Editors only, on a pending change. Refused when the source's public fields are no
    longer as they were when the change was proposed (approving would undo what happened
    since) or when the proposed values no longer validate (a slug taken meanwhile). The
    values are saved on the source; the page cache is purged when the transaction commits
    (``articles.cache`` listens to every source save), so readers see them at once."""
    _require_editor(user)
    change = _lock_pending_change(change)
    source = Source.objects.select_for_update().get(pk=change.source_id)
    current = source_public_values(source)
    since = [name for name, value in change.previous.items() if name in current and current[name] != value]
    if since:
        labels = ", ".join(str(Source._meta.get_field(name).verbose_name) for name in since)
        raise TransitionError(SOURCE_CHANGED_SINCE.format(fields=labels), code="source_changed")
    for name, value in change.proposed.items():
        if name in SOURCE_PUBLIC_FIELDS:
            setattr(source, name, value)
    try:
        source.full_clean()
    except ValidationError as exc:
        raise TransitionError(
            SOURCE_CHANGE_INVALID.format(errors=" ".join(exc.messages)), code="source_change_invalid"
        ) from exc
    source.save()
    return _decide(change, user, SourceChange.Decision.APPROVED, comment)


@transaction.atomic
def source_change_reject(*, change: SourceChange, user, comment: str = "") -> SourceChange:
    """Editors only, on a pending change; the source stays as it is."""
    _require_editor(user)
    change = _lock_pending_change(change)
    return _decide(change, user, SourceChange.Decision.REJECTED, comment)


def source_changes_close_for_merge(*, merged: Source, kept: Source, user) -> None:
    """Inside ``source_merge``: the merged record's pending changes are closed (their source
    is gone) and its whole change log follows it to the record it was merged into."""
    SourceChange.objects.pending().filter(source=merged).update(
        decision=SourceChange.Decision.REJECTED,
        decided_by=user,
        decided_at=timezone.now(),
        comment=SOURCE_MERGED_AWAY.format(name=kept.name),
    )
    SourceChange.objects.filter(source=merged).update(source=kept)


# --- planning: budget lines, their drafts, rescheduling ----------------------------------

LineState = BudgetLine.State

CANNOT_ADD_LINE = "You may not add budget lines."
CANNOT_CHANGE_LINE = "Only an editor or the people assigned to this line can change it."
LINE_KILL_EDITORS_ONLY = "Only an editor can kill a line or bring a killed one back."
LINE_CANNOT_MOVE = "A line that is {current} cannot be marked {target}."
LINE_NEEDS_SOMEONE = "Assign a reporter or a photographer before marking the line assigned."
LINE_HAS_STORY = "This line already has its story."
LINE_IS_KILLED = "This line is killed; an editor must bring it back first."
LINE_STALE = (
    "This line was changed at {time}, after you opened it. Nothing was changed; "
    "reload the page to see the latest version."
)
LINE_WHEN_IN_PAST = "Pick a day and time still to come."
CANNOT_RESCHEDULE = "Only a scheduled story can be rescheduled; this story is {status}."
RESCHEDULE_IN_PAST = "Pick a new publish time in the future."
RESCHEDULE_UNCHANGED = "The story is already scheduled for that time."

# The moves a line's state may make. Killing and bringing back are editors' decisions.
LINE_MOVES = {
    LineState.IDEA: {LineState.ASSIGNED, LineState.KILLED},
    LineState.ASSIGNED: {LineState.IDEA, LineState.IN_PROGRESS, LineState.KILLED},
    LineState.IN_PROGRESS: {LineState.ASSIGNED, LineState.FILED, LineState.KILLED},
    LineState.FILED: {LineState.IN_PROGRESS, LineState.KILLED},
    LineState.KILLED: {LineState.IDEA},
}

LINE_EVENT_LABELS = {
    "create": "Added to the budget",
    "edit": "Changed",
    "state": "State changed",
    "start_draft": "Draft story started",
    "reschedule": "Rescheduled",
}


class BudgetLinePermissionError(WorkflowPermissionError):
    """The user may not change this budget line."""


def is_assigned(user, line: BudgetLine) -> bool:
    """A reporter or the photographer on the line."""
    if not (user and user.pk):
        return False
    return line.photographer_id == user.pk or line.reporters.filter(pk=user.pk).exists()


def budget_lines_editable_by(user):
    """Budget lines the user may open and change in the admin: every line for editors, the
    lines they are assigned to for anyone else who may change lines."""
    lines = BudgetLine.objects.all()
    if not (user and user.is_active and user.is_staff and user.has_perm("articles.change_budgetline")):
        return lines.none()
    if user.is_superuser or is_editor(user):
        return lines
    assigned = BudgetLine.objects.filter(Q(reporters=user) | Q(photographer=user)).values("pk")
    return lines.filter(pk__in=assigned)


def can_change_line(user, line: BudgetLine) -> bool:
    if not (user and user.is_active and user.has_perm("articles.change_budgetline")):
        return False
    return user.is_superuser or is_editor(user) or is_assigned(user, line)


def _lock_line(line: BudgetLine, expected_version) -> BudgetLine:
    """Lock the line; refuse with ``StaleEditError`` if it changed since ``expected_version``."""
    current = BudgetLine.objects.select_for_update(of=("self",)).get(pk=line.pk)
    if expected_version is not None and int(expected_version) != current.edit_version:
        when = formats.date_format(timezone.localtime(current.updated_at), "DATETIME_FORMAT")
        raise StaleEditError(LINE_STALE.format(time=when))
    return current


def _require_line_change(user, line: BudgetLine) -> None:
    if not can_change_line(user, line):
        raise BudgetLinePermissionError(CANNOT_CHANGE_LINE)


def _log_line(line, user, action, from_state, to_state, comment=""):
    return BudgetLineEvent.objects.create(
        line=line,
        user=user if user and user.pk else None,
        action=action,
        from_state=from_state,
        to_state=to_state,
        comment=comment,
    )


def _moment_text(moment: datetime) -> str:
    return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def line_when_text(planned_date, planned_time=None) -> str:
    """A line's planned day (and time), as the newsroom reads it."""
    text = formats.date_format(planned_date, "DATE_FORMAT")
    return f"{text}, {formats.time_format(planned_time, 'TIME_FORMAT')}" if planned_time else text


def budget_line_save(*, line: BudgetLine, user, expected_version=None) -> BudgetLine:
    """Save a budget line as the user edited it (the admin form's instance).

    A new line starts as an idea, by whoever may add lines. An existing one is saved by an
    editor or someone assigned to it, and only if nobody changed it since the user loaded
    it at ``expected_version``. Its state, story, planned day and time stay as the database
    has them: they change only through the transitions below. Every change is logged."""
    with transaction.atomic():
        if line.pk is None:
            if not (user.is_active and user.has_perm("articles.add_budgetline")):
                raise BudgetLinePermissionError(CANNOT_ADD_LINE)
            line.state = LineState.IDEA
            line.article = None
            line.edit_version = 1
            line.created_by = user
            line.save()
            _log_line(line, user, "create", "", line.state)
            return line
        current = _lock_line(line, expected_version)
        _require_line_change(user, current)
        for name in ("state", "article_id", "planned_date", "planned_time", "created_by_id", "created_at"):
            setattr(line, name, getattr(current, name))
        line.edit_version = current.edit_version + 1
        line.save()
        _log_line(line, user, "edit", current.state, current.state)
        return line


@transaction.atomic
def budget_line_saved(*, line: BudgetLine, user) -> BudgetLine:
    """Once a line's people are saved: an idea with someone on it is assigned."""
    line = BudgetLine.objects.select_for_update(of=("self",)).get(pk=line.pk)
    if line.state == LineState.IDEA and (line.photographer_id or line.reporters.exists()):
        line.state = LineState.ASSIGNED
        line.save(update_fields=["state", "updated_at"])
        _log_line(line, user, "state", LineState.IDEA, LineState.ASSIGNED, "People assigned")
    return line


@transaction.atomic
def budget_line_set_state(*, line: BudgetLine, user, state: str, expected_version=None) -> BudgetLine:
    """Move a line along idea → assigned → in progress → filed (or a step back), by an
    editor or someone assigned to it; only editors kill a line or bring a killed one back
    (as an idea). An assigned line has someone on it."""
    _require_line_change(user, line)
    if LineState.KILLED in (state, line.state) and not (user.is_superuser or is_editor(user)):
        raise BudgetLinePermissionError(LINE_KILL_EDITORS_ONLY)
    line = _lock_line(line, expected_version)
    _require_line_change(user, line)
    if state not in LineState.values or state not in LINE_MOVES[line.state]:
        target = LineState(state).label.lower() if state in LineState.values else str(state)
        raise TransitionError(
            LINE_CANNOT_MOVE.format(current=line.get_state_display().lower(), target=target)
        )
    if LineState.KILLED in (state, line.state) and not (user.is_superuser or is_editor(user)):
        raise BudgetLinePermissionError(LINE_KILL_EDITORS_ONLY)
    if state == LineState.ASSIGNED and not (line.photographer_id or line.reporters.exists()):
        raise TransitionError(LINE_NEEDS_SOMEONE, code="line_needs_someone")
    from_state = line.state
    line.state = state
    line.edit_version += 1
    line.save()
    _log_line(line, user, "state", from_state, state)
    return line


@transaction.atomic
def budget_line_start_draft(*, line: BudgetLine, user, expected_version=None) -> Article:
    """Turn a line into a draft story, linked both ways, by an editor or someone assigned
    to it who may write stories. The draft takes the line's desk, its description as a
    working headline and its reporters as the byline (the user, if it has none); an idea or
    an assigned line is then in progress. A killed line, or one that has its story, is
    refused. Returns the draft."""
    _require_line_change(user, line)
    if not user.has_perm("articles.add_article"):
        raise EditPermissionError(NOT_YOURS)
    line = _lock_line(line, expected_version)
    _require_line_change(user, line)
    if line.state == LineState.KILLED:
        raise TransitionError(LINE_IS_KILLED, code="line_killed")
    if line.article_id is not None:
        raise TransitionError(LINE_HAS_STORY, code="line_has_story")
    article = Article(
        headline=line.description[:200],
        slug=slugify(line.slug)[:120] or "story",
        section_id=line.section_id,
        status=Status.DRAFT,
        last_edited_by=user,
    )
    article.save()
    reporters = list(line.reporters.order_by("last_name", "first_name", "pk").values_list("pk", flat=True))
    ArticleAuthor.objects.bulk_create(
        ArticleAuthor(article=article, author_id=pk, order=n) for n, pk in enumerate(reporters or [user.pk])
    )
    from_state = line.state
    line.article = article
    if line.state in (LineState.IDEA, LineState.ASSIGNED):
        line.state = LineState.IN_PROGRESS
    line.edit_version += 1
    line.save()
    _log_line(line, user, "start_draft", from_state, line.state, f"Story #{article.pk}")
    _log(article, user, "from_budget", "", Status.DRAFT, f"Budget line “{line.slug}”")
    article_record_version(article=article, user=user, comment="Started from the budget")
    return article


@transaction.atomic
def budget_line_reschedule(
    *, line: BudgetLine, user, planned_date, planned_time=None, expected_version=None
) -> BudgetLine:
    """Editors only: move a line to another day (and time), one still to come. A killed
    line is refused. The old and new times are logged."""
    if not (user.is_superuser or is_editor(user)):
        raise PublishPermissionError(NOT_AN_EDITOR)
    line = _lock_line(line, expected_version)
    if line.state == LineState.KILLED:
        raise TransitionError(LINE_IS_KILLED, code="line_killed")
    old = line_when_text(line.planned_date, line.planned_time)
    line.planned_date, line.planned_time = planned_date, planned_time
    if line.planned_moment <= timezone.now():
        raise TransitionError(LINE_WHEN_IN_PAST, code="planned_in_past")
    line.edit_version += 1
    line.save()
    _log_line(
        line,
        user,
        "reschedule",
        line.state,
        line.state,
        f"From {old} to {line_when_text(planned_date, planned_time)}",
    )
    return line


@transaction.atomic
def article_reschedule(*, article: Article, user, publish_at: datetime, expected_version=None) -> Article:
    """Editors only: give a scheduled story a new publish time, in the future. Refused if
    the story changed since the editor loaded it at ``expected_version``. A failure the
    scheduler recorded is cleared (it tries again at the new time). Logged as
    "reschedule" with the old and new times."""
    _require_editor(user)
    current = article_check_version(article=article, expected_version=expected_version)
    if current.status != Status.SCHEDULED or current.is_working_copy:
        raise TransitionError(CANNOT_RESCHEDULE.format(status=_status_text(current)))
    if publish_at <= timezone.now():
        raise TransitionError(RESCHEDULE_IN_PAST, code="publish_at_past")
    if publish_at == current.scheduled_at:
        raise TransitionError(RESCHEDULE_UNCHANGED, code="publish_at_unchanged")
    old = current.scheduled_at
    current.scheduled_at = publish_at
    current.publish_failure = ""
    current.publish_failed_at = None
    _touch(current, user)
    current.save()
    moved = f"From {_moment_text(old)} to {_moment_text(publish_at)}"
    _log(current, user, "reschedule", Status.SCHEDULED, Status.SCHEDULED, moved)
    # Nothing readers see changes, so there is nothing to purge.
    return current


# --- the editing desk: taking a submission back ------------------------------------------

CANNOT_TAKE_BACK = "Only a story in review can be taken back; this story is {status}."
EVENT_LABELS["take_back"] = "Taken back by the author to fix"


@transaction.atomic
def article_take_back(*, article: Article, user, note: str = "") -> Article:
    """In review → draft, by the story's author (or an editor), to fix it before an editor
    acts; logged with the optional note, and the editors are emailed."""
    if not user.has_perm("articles.change_article"):
        raise EditPermissionError(NOT_YOURS)
    article = _lock(article)
    if not _edits_any(user) and not is_author(user, article):
        raise EditPermissionError(NOT_YOURS)
    if article.status != Status.IN_REVIEW:
        raise TransitionError(CANNOT_TAKE_BACK.format(status=_status_text(article)))
    article.status = Status.DRAFT
    _touch(article, user)
    article.save()
    _log(article, user, "take_back", Status.IN_REVIEW, Status.DRAFT, note.strip())
    _after_commit(notifications.notify_taken_back, article_id=article.pk, actor_id=user.pk, note=note.strip())
    return article


# --- wire import: agency stories as drafts ----------------------------------------------

WIRE_NOT_ALLOWED = "You may not import stories: only those who write stories can."
WIRE_NEEDS_SECTION = "Choose a section for a new story."
WIRE_OLDER = "Version {version} is older than version {current}, already imported as “{headline}”."
WIRE_ALREADY_PUBLISHED = "Version {version} is already published as “{headline}”."
WIRE_WITHDRAWN = "This wire story was withdrawn (“{headline}”); a new version of it is not imported."
WIRE_EMBARGO_AFTER_SCHEDULE = (
    "This version is embargoed until {time}, after the story's scheduled time ({scheduled}); "
    "nothing was changed. Take the story off the schedule first."
)
EMBARGOED = (
    "This story is embargoed until {time} and cannot be published before then; "
    "schedule it for that time or later."
)
EVENT_LABELS["wire_import"] = "Imported from the wire"


@dataclass
class WireImport:
    """What ``article_import_wire`` did: ``action`` is "created" (a new draft), "updated"
    (the story's own row), "working_copy" (the newer version waits on the working copy of a
    published story) or "unchanged" (``note`` says why)."""

    article: Article
    action: str
    quotes_added: int = 0
    quotes_removed: int = 0
    note: str = ""


def _check_embargo(article: Article, moment: datetime) -> None:
    """Refuse to put a story (or its working copy) live at ``moment`` while its wire
    embargo is still on."""
    story_pk = article.live_article_id or article.pk
    until = (
        WireOrigin.objects.filter(article_id=story_pk, embargoed_until__gt=moment)
        .values_list("embargoed_until", flat=True)
        .first()
    )
    if until is not None:
        raise TransitionError(EMBARGOED.format(time=_moment_text(until)), code="embargoed")


def _wire_quotes(target: Article, quotes) -> tuple[int, int]:
    """Drop the story's quotes that its new body no longer holds word for word, and add the
    given ones (dicts: source_id, text, obtained, is_partial) that it holds and has not
    recorded. Returns (added, removed)."""
    removed = [q.pk for q in target.quotes.all() if not quote_in_body(q.text, target.body)]
    Quote.objects.filter(pk__in=removed).delete()
    recorded = {normalize(t).casefold() for t in target.quotes.values_list("text", flat=True)}
    order = max(target.quotes.values_list("order", flat=True), default=0)
    known = set(Source.objects.filter(pk__in=[q["source_id"] for q in quotes]).values_list("pk", flat=True))
    added = []
    for q in quotes:
        key = normalize(q["text"]).casefold()
        if q["source_id"] not in known or key in recorded or not quote_in_body(q["text"], target.body):
            continue
        order += 1
        recorded.add(key)
        added.append(
            Quote(
                article=target,
                source_id=q["source_id"],
                text=q["text"],
                obtained=q.get("obtained") or Quote.Obtained.SAID,
                is_partial=bool(q.get("is_partial")),
                order=order,
            )
        )
    Quote.objects.bulk_create(added)
    return len(added), len(removed)


@transaction.atomic
def article_import_wire(
    *, user, wire_id: str, version: int, content: dict, origin: dict, section=None, quotes=()
) -> WireImport:
    """Put one wire story in the newsroom as the user's draft, by its wire id and version.

    Whoever may write stories (journalists and editors) imports. A story not seen before
    becomes a draft in ``section`` with the user on its byline, so they author it from then
    on. A story seen before is updated by the same rules as editing it: its draft (or, for
    an editor, the story in review or scheduled) takes the new version in place; a newer
    version of a published story lands on its working copy (made if needed) and readers
    keep the published one until an editor approves it. An older version, or the version
    already published, changes nothing; a withdrawn story takes no new version.

    ``content`` holds the story fields the wire fills (headline, dek, body, byline_override);
    the section, slug, tags and lead image of a story seen before stay as the newsroom set
    them. ``origin`` holds the agency's metadata for ``WireOrigin`` (format, provider,
    credit, dateline, byline, embargoed_until, filename). ``quotes`` found in the body whose
    speakers are recorded sources are added; quotes the new body no longer holds are
    dropped. Logged as "wire_import" and saved as a version."""
    if not (user and user.is_active and user.has_perm("articles.add_article")):
        raise EditPermissionError(WIRE_NOT_ALLOWED)
    comment = f"{origin.get('provider') or 'Wire'} {wire_id}, version {version}"
    existing = WireOrigin.objects.select_for_update().filter(wire_id=wire_id).first()
    if existing is None:
        if section is None:
            raise TransitionError(WIRE_NEEDS_SECTION, code="wire_needs_section")
        article = Article(section=section, status=Status.DRAFT, last_edited_by=user, **content)
        article.save()
        ArticleAuthor.objects.create(article=article, author=user, order=0)
        WireOrigin.objects.create(
            article=article, wire_id=wire_id, version=version, imported_by=user, **origin
        )
        added, removed = _wire_quotes(article, quotes)
        _log(article, user, "wire_import", "", Status.DRAFT, comment)
        article_record_version(article=article, user=user, comment="Imported from the wire")
        return WireImport(article=article, action="created", quotes_added=added)

    story = _lock(existing.article)
    if version < existing.version:
        note = WIRE_OLDER.format(version=version, current=existing.version, headline=story.headline)
        return WireImport(article=story, action="unchanged", note=note)
    if story.status == Status.WITHDRAWN:
        raise TransitionError(WIRE_WITHDRAWN.format(headline=story.headline), code="wire_withdrawn")
    if story.status == Status.PUBLISHED:
        has_copy = Article.objects.filter(live_article=story).exists()
        if version == existing.version and not has_copy:
            note = WIRE_ALREADY_PUBLISHED.format(version=version, headline=story.headline)
            return WireImport(article=story, action="unchanged", note=note)
        if not can_start_edit(user, story):
            raise EditPermissionError(NOT_YOURS)
        target, made = _working_copy_of(story, user)
        target, action = _lock(target), "working_copy"
        from_status = Status.PUBLISHED if made else target.status
    else:
        target, action, from_status = story, "updated", story.status
    refusal = edit_refusal(user, target)
    if refusal:
        raise EditPermissionError(refusal)
    embargo = origin.get("embargoed_until")
    if target.status == Status.SCHEDULED and embargo and embargo > target.scheduled_at:
        raise TransitionError(
            WIRE_EMBARGO_AFTER_SCHEDULE.format(
                time=_moment_text(embargo), scheduled=_moment_text(target.scheduled_at)
            ),
            code="embargoed",
        )
    for name, value in content.items():
        setattr(target, name, value)
    _touch(target, user)
    target.save()
    for name, value in origin.items():
        setattr(existing, name, value)
    existing.version, existing.imported_by = version, user
    existing.save()
    added, removed = _wire_quotes(target, quotes)
    _log(target, user, "wire_import", from_status, target.status, comment)
    article_record_version(article=target, user=user, comment=f"Imported version {version} from the wire")
    return WireImport(article=target, action=action, quotes_added=added, quotes_removed=removed)
