"""The sourcing report: whom the newsroom quotes, counted in published stories only.

For a date range (by the story's publication date) and a section or an author, the
report counts quotes and stories per source, per organization, per kind of source and per
self-identified attribute. Every table is one aggregate query in the database, so the cost
does not grow with the number of stories read into Python; it stays a handful of grouped
queries with 100,000 stories. Self-identified attributes count only for sources that
consented; the rest are "Not recorded". Private fields (phone, email, notes) are never read.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Case, CharField, Count, F, Q, QuerySet, Value, When
from django.db.models.functions import Concat

from articles.models import Article, Quote, Section, Source

NOT_RECORDED = "Not recorded"
NO_ORGANIZATION = "(no organization)"
SOURCES_SHOWN = 100


@dataclass
class ReportRow:
    label: str
    quotes: int
    stories: int
    share: float  # of all quotes in the report, 0..1


@dataclass
class SourcingReport:
    start: date | None
    end: date | None
    section: Section | None
    author: object | None
    quotes: int = 0
    stories: int = 0
    sources: int = 0
    by_source: list[ReportRow] = field(default_factory=list)
    by_organization: list[ReportRow] = field(default_factory=list)
    by_kind: list[ReportRow] = field(default_factory=list)
    by_gender: list[ReportRow] = field(default_factory=list)
    by_selection: list[ReportRow] = field(default_factory=list)

    def tables(self) -> list[tuple[str, list[ReportRow]]]:
        return [
            ("Source", self.by_source),
            ("Organization", self.by_organization),
            ("Kind of source", self.by_kind),
            ("Gender (self-identified)", self.by_gender),
            ("How the source was chosen", self.by_selection),
        ]


def report_quotes(*, start=None, end=None, section=None, author=None) -> QuerySet:
    """Quotes in published stories (live rows) matching the filters."""
    stories = Article.objects.published()
    if start:
        stories = stories.filter(publication_date__gte=start)
    if end:
        stories = stories.filter(publication_date__lte=end)
    if section:
        stories = stories.filter(section=section)
    if author:
        stories = stories.filter(authors=author)
    return Quote.objects.filter(article__in=stories.values("pk")).order_by()


def _concat(*parts):
    """Concat of source fields (``source__...``) and literal text."""
    return Concat(*[F(p) if p.startswith("source__") else Value(p) for p in parts], output_field=CharField())


def _rows(queryset, group, labels=None, total=0, limit=None) -> list[ReportRow]:
    grouped = (
        queryset.values(group)
        .annotate(n_quotes=Count("id"), n_stories=Count("article", distinct=True))
        .order_by("-n_quotes", group)
    )
    if limit:
        grouped = grouped[:limit]
    rows = []
    for row in grouped:
        value = row[group]
        label = (labels or {}).get(value, value) if value not in (None, "") else NOT_RECORDED
        rows.append(
            ReportRow(str(label), row["n_quotes"], row["n_stories"], row["n_quotes"] / total if total else 0)
        )
    return rows


def sourcing_report(
    *, start=None, end=None, section=None, author=None, source_limit=SOURCES_SHOWN
) -> SourcingReport:
    """The report for the filters; ``source_limit`` caps the per-source table (None: all)."""
    quotes = report_quotes(start=start, end=end, section=section, author=author)
    report = SourcingReport(start, end, section, author)
    totals = quotes.aggregate(
        n_quotes=Count("id"),
        n_stories=Count("article", distinct=True),
        n_sources=Count("source", distinct=True),
    )
    report.quotes, report.stories, report.sources = (
        totals["n_quotes"],
        totals["n_stories"],
        totals["n_sources"],
    )
    total = report.quotes

    named = quotes.annotate(
        source_label=Case(
            When(
                ~Q(source__organization="") & ~Q(source__title=""),
                then=_concat("source__name", " (", "source__title", ", ", "source__organization", ")"),
            ),
            When(
                ~Q(source__organization=""), then=_concat("source__name", " (", "source__organization", ")")
            ),
            When(~Q(source__title=""), then=_concat("source__name", " (", "source__title", ")")),
            default=F("source__name"),
            output_field=CharField(),
        )
    )
    grouped = (
        named.values("source_id", "source_label")
        .annotate(n_quotes=Count("id"), n_stories=Count("article", distinct=True))
        .order_by("-n_quotes", "source_label", "source_id")
    )
    if source_limit:
        grouped = grouped[:source_limit]
    report.by_source = [
        ReportRow(r["source_label"], r["n_quotes"], r["n_stories"], r["n_quotes"] / total if total else 0)
        for r in grouped
    ]

    organizations = quotes.annotate(
        org_label=Case(
            When(~Q(source__organization=""), then=F("source__organization")),
            When(source__kind=Source.Kind.ORGANIZATION, then=F("source__name")),
            default=Value(NO_ORGANIZATION),
            output_field=CharField(),
        )
    )
    report.by_organization = _rows(organizations, "org_label", total=total, limit=source_limit)
    report.by_kind = _rows(quotes, "source__kind", dict(Source.Kind.choices), total)
    consented = Q(source__attributes_consent=True)
    gender = quotes.annotate(
        attr=Case(When(consented, then=F("source__gender")), default=Value(""), output_field=CharField())
    )
    report.by_gender = _rows(gender, "attr", dict(Source.Gender.choices), total)
    selection = quotes.annotate(
        attr=Case(When(consented, then=F("source__selection")), default=Value(""), output_field=CharField())
    )
    report.by_selection = _rows(selection, "attr", dict(Source.Selection.choices), total)
    return report
