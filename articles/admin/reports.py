"""The sourcing report page for editors (permission ``articles.view_sourcing_report``):
filters for a date range (the last 90 days until chosen otherwise), a section or an author,
the report's tables, and a CSV export.
The CSV holds the same aggregated counts as the page; no private field of a source. A name
that a spreadsheet would take for a formula is written so that it is shown, not run."""

import csv
from datetime import timedelta

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone

from articles.models import Article, Section, person_name
from articles.plain_text import spreadsheet_text
from articles.reports import sourcing_report

REPORT_END_BEFORE_START = "The end date must be on or after the start date."
REPORT_PERMISSION = "articles.view_sourcing_report"
DEFAULT_DAYS = 90


class SourcingReportForm(forms.Form):
    start = forms.DateField(
        required=False, label="Published from", widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        required=False, label="Published to", widget=forms.DateInput(attrs={"type": "date"})
    )
    section = forms.ModelChoiceField(
        queryset=Section.objects.all(), required=False, empty_label="All sections"
    )
    author = forms.ModelChoiceField(
        queryset=get_user_model().objects.none(), required=False, empty_label="All authors"
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        bylined = Article.authors.through.objects.values("author_id")
        self.fields["author"].queryset = (
            get_user_model().objects.filter(pk__in=bylined).order_by("last_name", "first_name", "username")
        )
        self.fields["author"].label_from_instance = person_name

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", forms.ValidationError(REPORT_END_BEFORE_START, code="end_before_start"))
        return cleaned


def _csv_response(report) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    parts = ["sourcing-report", str(report.start or "start"), str(report.end or "today")]
    response["Content-Disposition"] = f'attachment; filename="{"_".join(parts)}.csv"'
    response["Cache-Control"] = "private, no-store"
    writer = csv.writer(response)
    writer.writerow(["table", "label", "quotes", "stories", "share_of_quotes"])
    writer.writerow(
        ["total", "all quotes", report.quotes, report.stories, "1.000" if report.quotes else "0.000"]
    )
    for name, rows in report.tables():
        for row in rows:
            writer.writerow([name, spreadsheet_text(row.label), row.quotes, row.stories, f"{row.share:.3f}"])
    return response


def sourcing_report_view(request, model_admin):
    if not request.user.has_perm(REPORT_PERMISSION):
        raise PermissionDenied
    if request.GET:
        form = SourcingReportForm(request.GET)
    else:
        # Desks audit a period; the whole archive is one cleared date away.
        form = SourcingReportForm(initial={"start": timezone.localdate() - timedelta(days=DEFAULT_DAYS)})
    report = None
    if not request.GET or form.is_valid():
        filters = form.cleaned_data if request.GET else form.initial
        wants_csv = request.GET.get("format") == "csv"
        report = sourcing_report(
            start=filters.get("start"),
            end=filters.get("end"),
            section=filters.get("section"),
            author=filters.get("author"),
            source_limit=None if wants_csv else 100,
        )
        if wants_csv:
            return _csv_response(report)
    query = request.GET.copy()
    query["format"] = "csv"
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": "Sourcing report",
        "form": form,
        "report": report,
        "csv_query": query.urlencode(),
    }
    return TemplateResponse(request, "admin/articles/source/report.html", context)
