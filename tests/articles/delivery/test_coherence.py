"""The default page cache is coherent across processes: a purge made by one process (the
scheduler, a shell, another web worker) is seen by every other at once. Each step here runs
in a process of its own, with the settings a developer gets without any configuration."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

# A page tagged "story-1", rendered and counted by a process; prints how many renders it did.
READER = """
import django; django.setup()
from django.http import HttpResponse
from django.test import RequestFactory
from articles.delivery.pagecache import PublicPageCacheMiddleware, cached_public_page
from articles.delivery.tags import page_tags_add
renders = []
@cached_public_page
def page(request):
    renders.append(1)
    page_tags_add("story-1")
    return HttpResponse("story one")
served = PublicPageCacheMiddleware(page)
for _ in range(3):
    assert served(RequestFactory().get("/2026/01/05/story-one/")).status_code == 200
print(len(renders))
"""
PURGER = """
import django; django.setup()
from articles.delivery.pagecache import page_cache_purge_tags
page_cache_purge_tags(["story-{}"])
"""


def run(code, cache_dir):
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "CACHE_BACKEND", "DATABASE_URL"}}
    env.update(DJANGO_SETTINGS_MODULE="newsroom.settings", CACHE_DIR=str(cache_dir))
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_purge_by_one_process_reaches_the_page_cache_of_every_other(tmp_path):
    assert run(READER, tmp_path) == "1", "the first reader renders once, then reads its cache"
    assert run(READER, tmp_path) == "0", "a second process is served what the first stored"

    run(PURGER.format(2), tmp_path)
    assert run(READER, tmp_path) == "0", "purging another story's tag keeps this page"

    run(PURGER.format(1), tmp_path)
    assert run(READER, tmp_path) == "1", "the scheduler's purge reached this process"


# A fragment tagged "source-4", rendered and counted by a process; prints how many renders.
FRAGMENT_READER = """
import django; django.setup()
from articles.delivery.fragments import fragment
from articles.delivery.tags import page_tags_add
renders = []
def render():
    renders.append(1)
    page_tags_add("source-4")
    return "<p>Sheriff Dana Whitfield</p>"
for _ in range(3):
    assert fragment("story:1:v1", render) == "<p>Sheriff Dana Whitfield</p>"
print(len(renders))
"""


def test_fragments_kept_by_one_process_are_purged_by_another(tmp_path):
    assert run(FRAGMENT_READER, tmp_path) == "1", "rendered once, then read from the cache"
    assert run(FRAGMENT_READER, tmp_path) == "0", "a second process is served what the first kept"

    run(PURGER.format(2), tmp_path)
    assert run(FRAGMENT_READER, tmp_path) == "0", "an unrelated purge keeps it"

    run(PURGER.replace('"story-{}"', '"source-4"'), tmp_path)
    assert run(FRAGMENT_READER, tmp_path) == "1", "the other process's purge of what it shows reached it"
