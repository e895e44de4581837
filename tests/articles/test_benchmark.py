import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.management import load
from articles.management.commands.benchmark import NO_STORIES
from articles.management.load import LoadResult
from articles.models import RelatedStory
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_the_benchmark_reports_timings_query_counts_and_plans():
    call_command("generate_archive", "--stories=30", "--tags=20", "--sources=15", stdout=StringIO())
    out = StringIO()

    call_command("benchmark", "--sample=5", "--repeat=2", "--pages=2", "--query=housing", stdout=out)

    report = out.getvalue()
    assert "30 published stories" in report
    sidebar = report.split("Related-articles box")[1].splitlines()[1]
    assert "median" in sidebar and "p95" in sidebar and "runs    5" in sidebar and "queries 1" in sidebar
    # This process's CPU a run, and the database's where it runs on this machine.
    assert re.search(r"cpu +\d+\.\d\d ms", sidebar)
    assert (" + db " in sidebar) == (load.own_backend_ticks() is not None)
    assert "'housing'" in report.split("Search")[1]
    assert "runs    2" in report.split("Story pages")[1].splitlines()[1]
    assert "Plan of the sidebar's scoring query" in report
    assert "Plan of the search query 'housing'" in report
    assert "have a related-articles box worked out" not in report
    assert "runs    5" in report.split("Refreshing the boxes")[1].splitlines()[1]


def test_the_benchmark_says_when_the_sampled_stories_boxes_were_not_worked_out():
    call_command(
        "generate_archive", "--stories=12", "--tags=10", "--sources=8", "--skip-related", stdout=StringIO()
    )
    out = StringIO()

    call_command(
        "benchmark", "--sample=4", "--repeat=1", "--refresh=0", "--no-explain", "--query=housing", stdout=out
    )

    assert "Only 0 of the 4 sampled stories have a related-articles box worked out" in out.getvalue()
    assert "Refreshing the boxes" not in out.getvalue()


def test_the_benchmark_works_out_the_sampled_stories_boxes_when_asked():
    call_command(
        "generate_archive", "--stories=12", "--tags=10", "--sources=8", "--skip-related", stdout=StringIO()
    )
    out = StringIO()

    call_command(
        "benchmark", "--sample=4", "--repeat=1", "--refresh=0", "--no-explain", "--box-sample", stdout=out
    )

    report = out.getvalue()
    assert "runs    4" in report.split("Working out the boxes of the sampled stories")[1].splitlines()[1]
    assert "have a related-articles box worked out" not in report
    assert RelatedStory.objects.values("article_id").distinct().count() == 4


def test_the_benchmark_needs_published_stories():
    ArticleFactory()

    with pytest.raises(CommandError, match=NO_STORIES):
        call_command("benchmark", stdout=StringIO())


def test_a_load_line_compares_with_the_floor_by_requests_and_by_cpu():
    floor = LoadResult(requests_per_second=2000, requests=20000, app_cpu_ms=0.5, db_cpu_ms=None, errors=0)
    hit = LoadResult(requests_per_second=1600, requests=16000, app_cpu_ms=0.625, db_cpu_ms=0.0, errors=0)

    assert "0.80 x the floor (0.80 by CPU)" in hit.line(floor)
    assert "x the floor" not in hit.line()
    no_cpu = LoadResult(requests_per_second=1600, requests=16000, app_cpu_ms=None, db_cpu_ms=None, errors=0)
    assert no_cpu.line(floor).endswith("0.80 x the floor")
