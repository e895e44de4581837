"""The story list's rows, as the admin's ``result_list`` draws them, in a fraction of its
time.

The admin works a row out cell by cell: for each of the page's 50 stories and each column
it looks the column up again by name, asks its empty value and its classes, and builds the
change link with the list's filters afresh, which cost a journalist's list about a quarter
of its CPU. Here what is the same on every row is worked out once a page (each column's
classes, how its value is read and shown, the filters kept in its links), and each row is
one string. The markup is the admin's own, cell for cell (``test_admin_story_rows``
compares the two), so its styles, scripts and the actions' checkboxes work unchanged.

Only lists without editable rows, outside a popup, are drawn this way (``drawn_here``);
any other is left to the admin.
"""

import datetime
import functools

from django.contrib.admin.templatetags import admin_list
from django.contrib.admin.templatetags.admin_urls import add_preserved_filters
from django.contrib.admin.utils import display_for_field, display_for_value, lookup_field
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist
from django.db import models
from django.utils import formats, timezone, translation
from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe


def drawn_here(cl) -> bool:
    """Whether this list's rows can be drawn here: no form in its rows, and not a popup
    choosing a record for another form."""
    return not cl.formset and not cl.is_popup and not cl.to_field


def result_list(cl) -> dict:
    """The context of ``admin/change_list_results.html``, as the admin's ``result_list``
    gives it, with each row one cell holding the whole row's markup."""
    headers = list(admin_list.result_headers(cl))
    return {
        "cl": cl,
        "result_hidden_fields": [],
        "result_headers": headers,
        "num_sorted_fields": sum(1 for h in headers if h["sortable"] and h["sorted"]),
        "results": [admin_list.ResultList(None, [row]) for row in rows(cl)],
    }


def rows(cl) -> list[str]:
    """Each story of the page as its row's cells, one safe string a row."""
    columns = [_Column(cl, name, index) for index, name in enumerate(cl.list_display)]
    # The first linked column is the row's header cell, as in the admin.
    header = next((column for column in columns if column.linked), None)
    link = _ChangeLink(cl)
    tags = ["th" if column is header else "td" for column in columns]
    drawn = []
    for story in cl.result_list:
        cells = []
        for column, tag in zip(columns, tags, strict=True):
            shown, attributes = column.shown(story)
            # What a story holds is escaped; the markup around it is the admin's own.
            shown = conditional_escape(shown)
            if column.linked:
                shown = f'<a href="{escape(link.for_story(story))}">{shown}</a>'
            cells.append(f"<{tag}{attributes}>{shown}</{tag}>")
        drawn.append(mark_safe("".join(cells)))
    return drawn


class _Column:
    """One column: how its value is read and shown, and its cell's classes (what
    ``items_for_result`` works out for every cell)."""

    def __init__(self, cl, name, index):
        admin = cl.model_admin
        self.name, self.model_admin = name, admin
        self.empty = admin.get_empty_value_display()
        links = cl.list_display_links
        self.linked = links is not None and (name in links or (not links and index == 0))
        own = "action-checkbox" if name == "action_checkbox" else f"field-{_class_name(name, index)}"
        self.classes = [own]
        try:
            field = cl.lookup_opts.get_field(name) if isinstance(name, str) else None
        except FieldDoesNotExist:
            field = None
        self.field = None if field is None or field.auto_created else field
        if isinstance(self.field, (models.DateField, models.TimeField, models.ForeignKey)):
            self.classes.append("nowrap")
        self.attributes = self._attributes(self.classes)
        # A moment is shown in the reader's time zone and language.
        self.moments = isinstance(self.field, models.DateTimeField) and not self.field.flatchoices
        self.reader = (timezone.get_current_timezone_name(), translation.get_language())

    @staticmethod
    def _attributes(classes):
        return mark_safe(f' class="{" ".join(classes)}"')

    def shown(self, story):
        """The cell's content and its attributes, for one story."""
        if self.field is not None:
            value = getattr(story, self.field.name)
            if isinstance(self.field, models.ForeignKey):
                return (self.empty if value is None else conditional_escape(value)), self.attributes
            if self.moments and value is not None:
                return _moment_shown(value, *self.reader), self.attributes
            shown = display_for_field(_blank(value), self.field, self.empty, avoid_link=self.linked)
            return shown, self.attributes
        try:
            _, attr, value = lookup_field(self.name, story, self.model_admin)
        except ObjectDoesNotExist:
            return self.empty, self.attributes
        empty = getattr(attr, "empty_value_display", self.empty)
        value = _blank(value)
        boolean = getattr(attr, "boolean", False)
        if isinstance(attr, property) and hasattr(attr, "fget"):
            boolean = getattr(attr.fget, "boolean", False)
        attributes = self.attributes
        if isinstance(value, (datetime.date, datetime.time)):
            attributes = self._attributes([*self.classes, "nowrap"])
        return display_for_value(value, empty, boolean), attributes


class _ChangeLink:
    """A story's change page with the list's filters kept: the filters are the same for
    every story, so they are put into a query string once a page."""

    def __init__(self, cl):
        self.cl = cl
        self.kept = None

    def for_story(self, story):
        path = self.cl.url_for_result(story)
        if self.kept is None:
            # A change page's address has no query string of its own, so what the admin
            # adds to it is the same after every story's.
            context = {"preserved_filters": self.cl.preserved_filters, "opts": self.cl.opts}
            self.kept = add_preserved_filters(context, path)[len(path) :]
        return f"{path}{self.kept}"


@functools.lru_cache(maxsize=4096)
def _moment_shown(value, zone, language):
    """A moment as the admin shows it in ``zone`` and ``language`` (``display_for_field``),
    kept: a list shows the same stories' times on every load, and working them out took
    about 15 % of a list's CPU. ``zone`` and ``language`` are the ones active."""
    return formats.localize(timezone.template_localtime(value))


def _blank(value):
    """White space alone shows as the empty value, as in the admin."""
    return "" if isinstance(value, str) and value.strip() == "" else value


def _class_name(name, index):
    return admin_list._coerce_field_name(name, index)
