"""The neutral form every wire format is read into, and the refusal of a file.

A ``WireItem`` is what the newsroom keeps of an agency's story, whatever the file looked
like: its id and version, headline, summary, body (HTML, not yet sanitized), and the
agency's own byline, dateline, credit and embargo time. Readers in ``formats`` build one or
raise ``WireRefused``, whose message names the file and the problem for a person to read.
"""

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from django.utils.dateparse import parse_datetime

# Lengths of the story fields the item's values go into.
HEADLINE_MAX = 200
DEK_MAX = 300
META_MAX = 200

NO_HEADLINE = "it has no headline"
NO_BODY = "it has no body text"
TOO_LONG = "its {what} is {length} characters long; the newsroom keeps at most {limit}"
BAD_VERSION = "its version “{value}” is not a whole number"
BAD_TIME = "its {what} “{value}” is not a date and time"
CANCELED = "the agency has {status} this story; it is not imported"


class WireRefused(Exception):
    """A file that is not imported, and why: ``str(exc)`` is "name: problem"."""

    def __init__(self, filename: str, problem: str):
        super().__init__(f"{filename}: {problem}")
        self.filename = filename
        self.problem = problem


@dataclass
class WireItem:
    filename: str
    format: str  # a WireOrigin.Format value
    wire_id: str
    version: int
    headline: str
    body: str
    dek: str = ""
    byline: str = ""
    dateline: str = ""
    credit: str = ""
    provider: str = ""
    embargoed_until: datetime | None = None

    def check(self) -> "WireItem":
        """Refuse an item the newsroom cannot keep whole: no headline or body, or a value
        longer than the field it goes into. A summary longer than a dek is cut at a word."""
        self.headline = " ".join(self.headline.split())
        if not self.headline:
            raise WireRefused(self.filename, NO_HEADLINE)
        if not self.body.strip():
            raise WireRefused(self.filename, NO_BODY)
        self.dek = " ".join(self.dek.split())
        if len(self.dek) > DEK_MAX:
            self.dek = self.dek[: DEK_MAX - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
        for what, value, limit in [
            ("headline", self.headline, HEADLINE_MAX),
            ("byline", self.byline, META_MAX),
            ("dateline", self.dateline, META_MAX),
            ("credit", self.credit, META_MAX),
            ("provider", self.provider, META_MAX),
            ("id", self.wire_id, 255),
        ]:
            if len(value) > limit:
                raise WireRefused(self.filename, TOO_LONG.format(what=what, length=len(value), limit=limit))
        return self


def one_line(value) -> str:
    """A metadata value as one line of text ("" for anything that is not text)."""
    return " ".join(value.split()) if isinstance(value, str) else ""


def parse_version(filename: str, value) -> int:
    """An agency's version number: 1 when absent; text or numbers that are whole numbers."""
    if value is None or value == "":
        return 1
    text = str(value).strip()
    if isinstance(value, bool) or not text.isdigit() or int(text) < 1 or len(text) > 9:
        raise WireRefused(filename, BAD_VERSION.format(value=text[:40]))
    return int(text)


def parse_moment(filename: str, what: str, value) -> datetime | None:
    """An ISO 8601 date and time; one without an offset is the newsroom's local time."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    try:
        moment = parse_datetime(text)
    except ValueError:
        moment = None
    if moment is None:
        raise WireRefused(filename, BAD_TIME.format(what=what, value=text[:40]))
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment
