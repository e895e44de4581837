"""Cursor pagination: a page ends with an opaque cursor naming the position of its last row.

Rules:

* A list is in a fixed order whose last key is unique (stories: newest publication first,
  then id; tags and sources: slug), and the next page is the rows strictly after the cursor's
  position, read with an index-friendly ``WHERE`` rather than an ``OFFSET``. So a story
  published while a client pages never shifts a row onto the next page or repeats one, and
  reading page 500 costs what page 1 does.
* A cursor is the position's values as JSON, base64url-encoded; it is not a secret and
  carries no rights (the rows after it are read through the same visibility querysets).
  One that cannot be read raises ``InvalidCursor``.
"""

import base64
import binascii
import datetime
import json

from django.db.models import Q

INVALID_CURSOR = "This cursor cannot be read; start again without one."


class InvalidCursor(ValueError):
    """The client sent a cursor this API did not write."""


def cursor_encode(values: list) -> str:
    return base64.urlsafe_b64encode(json.dumps(values, separators=(",", ":")).encode()).decode().rstrip("=")


def cursor_decode(cursor: str) -> list:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, UnicodeError, binascii.Error):
        raise InvalidCursor(INVALID_CURSOR) from None
    if not isinstance(values, list):
        raise InvalidCursor(INVALID_CURSOR)
    return values


def story_cursor(story) -> str:
    """The position of ``story`` in a list of stories, newest publication first."""
    return cursor_encode([story.last_published_at.isoformat(), story.pk])


def stories_after(queryset, cursor: str | None):
    """``queryset`` in list order (``last_published_at`` descending, then id), from the
    row after ``cursor`` on."""
    queryset = queryset.order_by("-last_published_at", "-id")
    if not cursor:
        return queryset
    values = cursor_decode(cursor)
    try:
        moment, pk = values
        moment = datetime.datetime.fromisoformat(moment)
        pk = int(pk)
    except (TypeError, ValueError):
        raise InvalidCursor(INVALID_CURSOR) from None
    if moment.tzinfo is None:
        raise InvalidCursor(INVALID_CURSOR)
    return queryset.filter(Q(last_published_at__lt=moment) | Q(last_published_at=moment, id__lt=pk))


def slug_cursor(record) -> str:
    """The position of ``record`` in a list ordered by slug."""
    return cursor_encode([record.slug])


def slugs_after(queryset, cursor: str | None):
    """``queryset`` ordered by slug, from the row after ``cursor`` on."""
    queryset = queryset.order_by("slug")
    if not cursor:
        return queryset
    values = cursor_decode(cursor)
    if len(values) != 1 or not isinstance(values[0], str):
        raise InvalidCursor(INVALID_CURSOR)
    return queryset.filter(slug__gt=values[0])


def page_of(queryset, *, limit: int, cursor_of) -> tuple[list, str | None]:
    """The first ``limit`` rows of ``queryset`` and the cursor of the next page (None on the
    last page): one query, reading one row more than it returns."""
    rows = list(queryset[: limit + 1])
    if len(rows) > limit:
        return rows[:limit], cursor_of(rows[limit - 1])
    return rows, None
