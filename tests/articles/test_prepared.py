"""Prepared queries: the ORM's SQL compiled once, run with new values, rows converted as the
ORM converts them."""

import datetime

import pytest
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext
from taggit.models import TaggedItem

from articles.models import Article, Correction
from articles.prepared import PAGE, PreparedQuery, prepared, prepared_list
from articles.related import _box_query
from tests.factories import PublishedArticleFactory, RelatedLinkFactory, SectionFactory

pytestmark = pytest.mark.django_db


@prepared("article_pk")
def corrections_of(article_pk):
    return Correction.objects.filter(article_id=article_pk).values("id", "text", moment=F("created_at"))


def test_rows_are_the_orms_rows_for_each_call_s_values():
    first, second = PublishedArticleFactory(), PublishedArticleFactory()
    Correction.objects.create(article=first, text="A name was misspelled.")
    Correction.objects.create(article=second, text="The date was wrong.")

    for story in (first, second, first):
        expected = list(
            Correction.objects.filter(article_id=story.pk).values("id", "text", moment=F("created_at"))
        )
        assert corrections_of.rows(article_pk=story.pk) == expected


def test_values_come_back_converted_dates_and_booleans_included():
    story = PublishedArticleFactory()
    Correction.objects.create(article=story, text="Fixed.")
    RelatedLinkFactory(article=story, target_article=PublishedArticleFactory())

    (row,) = corrections_of.rows(article_pk=story.pk)
    (box_row,) = _box_query.rows(article_pk=story.pk, live_pk=story.pk)

    assert row["moment"].tzinfo is not None
    assert box_row["box_curated"] is True


def test_the_visibility_rule_is_applied_on_every_call():
    story = PublishedArticleFactory()
    target = PublishedArticleFactory()
    RelatedLinkFactory(article=story, target_article=target)
    assert len(_box_query.rows(article_pk=story.pk, live_pk=story.pk)) == 1

    Article.objects.filter(pk=target.pk).update(status=Article.Status.WITHDRAWN)

    assert _box_query.rows(article_pk=story.pk, live_pk=story.pk) == []


def test_a_parameter_that_does_not_reach_the_sql_fails_loudly():
    query = PreparedQuery(
        lambda article_pk, unused: Correction.objects.filter(article_id=article_pk).values("id"),
        params=("article_pk", "unused"),
    )

    with pytest.raises(ValueError, match="unused"):
        query.rows(article_pk=1, unused=2)


@prepared(day=datetime.date, slug=str)
def stories_on(day, slug):
    return Article.objects.filter(publication_date=day, slug=slug).values("id")


def test_dates_and_strings_are_parameters_too_passed_as_the_orm_passes_them():
    story, other = PublishedArticleFactory(), PublishedArticleFactory()

    for each in (story, other):
        assert stories_on.rows(day=each.publication_date, slug=each.slug) == [{"id": each.pk}]
    assert stories_on.rows(day=story.publication_date, slug=other.slug) == (
        [{"id": other.pk}] if other.publication_date == story.publication_date else []
    )
    assert stories_on.rows(day=story.publication_date - datetime.timedelta(days=1), slug=story.slug) == []


def test_a_parameter_of_another_kind_is_refused():
    query = PreparedQuery(lambda moment: Article.objects.values("id"), params=(), kinds={"moment": float})

    with pytest.raises(TypeError, match="float"):
        query.rows(moment=1.5)


@prepared("object_pk")
def tags_of(object_pk):
    return TaggedItem.objects.filter(object_id=object_pk).values("tag_id")


def test_a_parameter_the_driver_passes_wrapped_is_found_too():
    # psycopg passes a 32-bit column's value (TaggedItem.object_id) as its own int type.
    story = PublishedArticleFactory()
    story.tags.add("ferries", "transit")

    assert sorted(row["tag_id"] for row in tags_of.rows(object_pk=story.pk)) == sorted(
        story.tags.values_list("id", flat=True)
    )


@prepared_list("section_pk")
def section_rows(section_pk):
    return Article.objects.published().filter(section_id=section_pk).values("id", "headline")


def test_a_prepared_list_pages_as_the_orm_pages_the_same_queryset():
    section = SectionFactory()
    for n in range(7):
        PublishedArticleFactory(section=section, headline=f"Story {n}")
    PublishedArticleFactory(headline="Elsewhere")
    orm = Article.objects.published().filter(section_id=section.pk).values("id", "headline")

    for number in ("1", "2", "3", "4", "x"):
        prepared_page = Paginator(section_rows.of(section_pk=section.pk), 3).get_page(number)
        orm_page = Paginator(orm, 3).get_page(number)
        assert list(prepared_page.object_list) == list(orm_page.object_list), number
        assert (prepared_page.number, prepared_page.paginator.count) == (orm_page.number, 7)
    assert section_rows.of(section_pk=SectionFactory().pk).count() == 0


@prepared_list("section_pk")
def section_rows_paged_inside(section_pk):
    page = Article.objects.filter(section_id=section_pk).order_by("-id").values("id")[:PAGE]
    return Article.objects.published().filter(pk__in=page).order_by("-id").values("id", "headline")


def test_a_subquery_sliced_by_page_is_where_each_page_is_cut():
    section = SectionFactory()
    stories = [PublishedArticleFactory(section=section, headline=f"Story {n}") for n in range(7)]
    newest_first = [{"id": s.pk, "headline": s.headline} for s in reversed(stories)]

    rows = section_rows_paged_inside.of(section_pk=section.pk)
    assert rows[0:3] == newest_first[0:3]
    assert rows[3:6] == newest_first[3:6]
    assert rows[6:9] == newest_first[6:]
    with CaptureQueriesContext(connection) as queries:
        rows[3:6]
    (sql,) = [query["sql"] for query in queries.captured_queries]
    # The page is cut inside, where the stories are listed; the outer query is not sliced.
    assert "LIMIT 3 OFFSET 3" in sql and not sql.rstrip().endswith("OFFSET 3")
    assert str(PAGE) not in sql


def test_a_query_paged_inside_is_read_a_page_at_a_time():
    with pytest.raises(ValueError, match="give a limit"):
        section_rows_paged_inside._rows.rows(section_pk=SectionFactory().pk)
