"""Turning wire files into drafts: each file read, its quotes found, and the story written
by ``articles.workflow.article_import_wire`` in one transaction, so a file is imported
whole or not at all. A batch reports every file's outcome on its own; one refused file does
not stop the others.

The quote finder runs on each story's body exactly as "Find quotes" does
(``find_quotes(body, sources=Source.objects.all())``). Quotes whose speaker it resolves
to a recorded source are added to the story; quotes by speakers nobody has recorded yet
are left for the journalist to accept in Find quotes, and the outcome says how many.
"""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format

from articles import workflow
from articles.models import Source
from articles.quotes import find_quotes
from articles.sanitize import sanitize_html
from articles.wire import formats
from articles.wire.item import NO_BODY, WireItem, WireRefused

IMPORTED_AT_ONCE = "someone imported this story at the same moment; import the file again"
ACTION_TEXT = {
    "created": "New draft",
    "updated": "Updated",
    "working_copy": "Newer version waiting on the working copy",
    "unchanged": "Nothing changed",
}
QUOTES_LEFT = "{count} quote(s) by speakers not yet recorded are left for Find quotes."
QUOTES_UNCREDITED = "{count} quoted passage(s) credit nobody; see Find quotes."
QUOTES_SKIPPED = "The quote finder did not run: {reason}"
QUOTES_ADDED = "{count} quote(s) linked to recorded sources."
QUOTES_REMOVED = "{count} quote(s) the new version no longer holds were removed."
EMBARGO_NOTE = "Embargoed until {time}: it cannot be published before then."


@dataclass
class WireOutcome:
    """One file's outcome: ``ok`` with the story written, or the refusal's ``message``."""

    filename: str
    ok: bool
    message: str = ""
    action: str = ""
    article: object = None
    item: WireItem | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def problem_sentence(self) -> str:
        """The refusal as a sentence: capitalized, ending in a full stop."""
        text = self.message.strip()
        text = text[:1].upper() + text[1:]
        return text if text.endswith((".", "!", "?")) else text + "."

    @property
    def action_text(self) -> str:
        return ACTION_TEXT.get(self.action, "")

    def __str__(self):
        if not self.ok:
            return f"{self.filename}: refused: {self.message}"
        story = f"“{self.article.headline}” (#{self.article.pk})"
        return " ".join([f"{self.filename}: {self.action_text}: {story}.", *self.notes])


def _found_quotes(body: str) -> tuple[list[dict], list[str]]:
    """The finder's quotes whose speaker is a recorded source, and notes on the others."""
    try:
        found = find_quotes(body, sources=Source.objects.all())
    except ValueError as too_long:  # the finder's TextTooLong
        return [], [QUOTES_SKIPPED.format(reason=too_long)]
    matched = [
        {"source_id": q.source.pk, "text": q.text, "obtained": q.obtained, "is_partial": q.is_partial}
        for q in found
        if q.source is not None
    ]
    notes = []
    new_speakers = sum(1 for q in found if q.source is None and q.proposed is not None)
    nobody = sum(1 for q in found if q.source is None and q.proposed is None)
    if new_speakers:
        notes.append(QUOTES_LEFT.format(count=new_speakers))
    if nobody:
        notes.append(QUOTES_UNCREDITED.format(count=nobody))
    return matched, notes


def _refusal(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return " ".join(exc.messages)
    return str(exc) or "you may not do this"


def wire_import_file(*, filename: str, data: bytes, user, section=None) -> WireOutcome:
    """Import one file's story as ``user``; new stories go to ``section``."""
    try:
        item = formats.read(filename, data)
    except WireRefused as refused:
        return WireOutcome(filename=refused.filename, ok=False, message=refused.problem)
    filename = item.filename
    body = sanitize_html(item.body)
    if not body:
        return WireOutcome(filename=filename, ok=False, message=NO_BODY, item=item)
    quotes, notes = _found_quotes(body)
    content = {
        "headline": item.headline,
        "dek": item.dek,
        "body": body,
        # Printed instead of the importing journalist's name.
        "byline_override": item.byline or item.credit or item.provider,
    }
    origin = {
        "format": item.format,
        # NINJS 1.x names no provider; the agency holding the copyright is the one that sent it.
        "provider": item.provider or item.credit,
        "credit": item.credit,
        "dateline": item.dateline,
        "byline": item.byline,
        "embargoed_until": item.embargoed_until,
        "filename": filename,
    }
    try:
        with transaction.atomic():
            done = workflow.article_import_wire(
                user=user,
                wire_id=item.wire_id,
                version=item.version,
                content=content,
                origin=origin,
                section=section,
                quotes=quotes,
            )
    except (PermissionDenied, ValidationError) as exc:
        return WireOutcome(filename=filename, ok=False, message=_refusal(exc), item=item)
    except IntegrityError:
        return WireOutcome(filename=filename, ok=False, message=IMPORTED_AT_ONCE, item=item)
    if done.action == "unchanged":
        return WireOutcome(
            filename=filename, ok=True, action=done.action, article=done.article, item=item, notes=[done.note]
        )
    notes = [QUOTES_ADDED.format(count=done.quotes_added)] * bool(done.quotes_added) + notes
    if done.quotes_removed:
        notes.append(QUOTES_REMOVED.format(count=done.quotes_removed))
    if item.embargoed_until:
        when = date_format(timezone.localtime(item.embargoed_until), "DATETIME_FORMAT")
        notes.append(EMBARGO_NOTE.format(time=when))
    return WireOutcome(
        filename=filename, ok=True, action=done.action, article=done.article, item=item, notes=notes
    )


def wire_import_files(files, *, user, section=None) -> list[WireOutcome]:
    """Import each (filename, data) pair on its own, in order; one outcome per file."""
    return [wire_import_file(filename=name, data=data, user=user, section=section) for name, data in files]
