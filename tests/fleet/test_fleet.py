"""The production topology, as `make fleet` runs it: two app servers behind Varnish, the task
worker and the scheduler loop. A change made through one app server reaches readers through
Varnish and the other app server; an unrelated change leaves Varnish's other pages cached."""

import re
import subprocess
import time

import pytest

from tests.fleet.conftest import Browser, Editor, eventually

pytestmark = pytest.mark.fleet


def stories(fleet, status):
    rows = fleet.sql(
        "select id, headline, slug, publication_date from articles_article "
        f"where live_article_id is null and status = '{status}' order by id"
    )
    return [
        {"id": pk, "headline": headline, "path": f"/{date:%Y/%m/%d}/{slug}/" if date else None}
        for pk, headline, slug, date in rows
    ]


def story_path(fleet, pk):
    [(slug, date)] = fleet.sql(f"select slug, publication_date from articles_article where id = {pk}")
    return f"/{date:%Y/%m/%d}/{slug}/"


def warm(reader, url):
    """Fetch ``url`` through Varnish until Varnish serves it from its cache."""
    eventually(lambda: reader.get(url)[1].get("X-Cache") == "HIT", within=5)


def test_a_story_published_through_one_app_server_is_at_once_seen_through_varnish_and_the_other(fleet):
    reader = Browser()
    [story] = stories(fleet, "in_review")
    warm(reader, fleet.varnish + "/")
    assert story["headline"] not in reader.get(fleet.varnish + "/")[2]

    Editor(fleet.apps[0]).workflow(story["id"], "approve")
    published = time.monotonic()
    path = story_path(fleet, story["id"])

    eventually(lambda: story["headline"] in reader.get(fleet.varnish + "/")[2], within=2)
    assert time.monotonic() - published < 2
    assert reader.get(fleet.varnish + path)[0] == 200
    assert story["headline"] in reader.get(fleet.apps[1] + "/")[2]
    assert reader.get(fleet.apps[1] + path)[0] == 200


def test_a_withdrawn_story_answers_410_on_every_path_within_a_second(fleet):
    reader = Browser()
    story = stories(fleet, "published")[0]
    paths = [fleet.varnish + story["path"], *(app + story["path"] for app in fleet.apps)]
    warm(reader, paths[0])
    warm(reader, fleet.varnish + "/")
    assert all(reader.get(url)[0] == 200 for url in paths)

    Editor(fleet.apps[1]).workflow(story["id"], "withdraw", workflow_reason="Not confirmed.")

    took = eventually(lambda: all(reader.get(url)[0] == 410 for url in paths), within=1)
    assert took < 1
    assert story["headline"] not in reader.get(fleet.varnish + "/")[2]


def test_a_purge_made_while_varnish_is_down_arrives_from_the_retry(fleet):
    reader = Browser()
    story = stories(fleet, "published")[1]
    warm(reader, fleet.varnish + story["path"])
    fleet.process_stop("varnish")
    try:
        Editor(fleet.apps[0]).workflow(story["id"], "withdraw", workflow_reason="Legal review.")
        worker_log = fleet.run_dir / "worker.log"
        eventually(lambda: "purge_frontend_tags failed (attempt 1)" in worker_log.read_text(), within=10)
    finally:
        fleet.process_start("varnish")

    def purge_arrived():
        log = subprocess.run(
            [
                "varnishlog",
                "-n",
                str(fleet.run_dir / "varnish"),
                "-d",
                "-g",
                "request",
                "-q",
                'ReqMethod eq "PURGE"',
            ],
            capture_output=True,
            text=True,
        ).stdout
        return re.search(rf"xkey-purge:.*\bstory-{story['id']}\b", log, re.IGNORECASE) is not None

    eventually(purge_arrived, within=40, every=0.5)
    assert reader.get(fleet.varnish + story["path"])[0] == 410


def test_a_story_the_scheduler_publishes_is_seen_through_varnish_and_other_pages_stay_cached(fleet):
    reader = Browser()
    [scheduled] = stories(fleet, "scheduled")
    others = [story for story in stories(fleet, "published")]
    for story in others:
        warm(reader, fleet.varnish + story["path"])
    warm(reader, fleet.varnish + "/")

    # Its time comes: the scheduler loop (every second here) publishes it.
    fleet.sql(f"update articles_article set scheduled_at = now() where id = {scheduled['id']}")

    eventually(lambda: scheduled["headline"] in reader.get(fleet.varnish + "/")[2], within=8)
    assert reader.get(fleet.varnish + story_path(fleet, scheduled["id"]))[0] == 200
    still_cached = [
        story for story in others if reader.get(fleet.varnish + story["path"])[1].get("X-Cache") == "HIT"
    ]
    assert still_cached == others


def test_a_section_renamed_through_one_app_server_is_in_every_menu_of_the_other_at_once(fleet):
    reader = Browser()
    [(pk, name, slug, description, order)] = fleet.sql(
        'select id, name, slug, description, "order" from articles_section order by "order", id limit 1'
    )
    story = stories(fleet, "published")[-1]
    # The other app server's workers have read the menu already.
    pages = [fleet.apps[1] + "/", fleet.apps[1] + story["path"], fleet.apps[1] + "/search/?q=city"]
    for _ in range(4):
        assert all(f">{name}</a>" in reader.get(url)[2] for url in pages)
    editor = Editor(fleet.apps[0])
    change = f"{fleet.apps[0]}/admin/articles/section/{pk}/change/"

    def rename(to):
        _, _, form = editor.get(change)
        fields = {"name": to, "slug": slug, "description": description, "order": order}
        status, _ = editor.post(change, fields | {"csrfmiddlewaretoken": editor.csrf(form)})
        assert status == 200

    rename(f"{name} Desk")
    try:
        # Every worker of the other server, whichever answers: ask each page several times.
        eventually(
            lambda: all(f">{name} Desk</a>" in reader.get(url)[2] for url in pages for _ in range(4)),
            within=2,
        )
    finally:
        rename(name)
