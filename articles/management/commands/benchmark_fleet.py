"""Measure the fleet (`make fleet`) through Varnish with wrk, against the Django floor.

Run with the fleet's environment (``make benchmark-fleet`` does so): the fleet must be
running. It reports

* the Django floor: a view returning a fixed string through gunicorn, with as many workers
  as the fleet's app servers have between them, on this machine;
* a story page through Varnish, and through one app server (its page cache) for context;
* the share of cached pages still served by Varnish after an unrelated story is published
  (every story page sampled, and every list page: sections, tags, authors, sources, feeds,
  sitemaps, the front page);
* withdraw-to-410 through Varnish while wrk loads the story: from the commit to the first
  410 a reader gets, and how many readers got the story after that.

It publishes one story of its own (under a section of the archive, by the benchmark's own
reporter), then withdraws it. Figures are read, never asserted.
"""

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from taggit.models import Tag

from articles import workflow
from articles.models import Article, ArticleAuthor, Section, Source, author_url

ROOT = Path(settings.BASE_DIR)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url, timeout=10):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            response.read()
            return response.status, response.headers.get("X-Cache", "")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("X-Cache", "")


class Command(BaseCommand):
    help = "Measure the fleet through Varnish with wrk, against the Django floor."

    def add_arguments(self, parser):
        parser.add_argument("--duration", type=int, default=10, help="Seconds of each wrk run (default 10).")
        parser.add_argument("--connections", type=int, default=32, help="wrk connections (default 32).")
        parser.add_argument("--stories", type=int, default=1000, help="Story pages to warm (default 1000).")

    def handle(self, *args, duration, connections, stories, **options):
        if shutil.which("wrk") is None:
            raise CommandError("wrk is not installed (Debian: apt-get install wrk).")
        self.varnish = os.environ.get("VARNISH_URLS", "").split(",")[0].rstrip("/")
        app_port = os.environ.get("APP_PORT_1", "")
        if not self.varnish or _get(self.varnish + "/robots.txt")[0] != 200:
            raise CommandError(
                "The fleet does not answer: run `make fleet` first (and benchmark-fleet with it)."
            )
        self.duration, self.connections = duration, connections
        story = Article.objects.published().order_by("-last_published_at").first()
        if story is None:
            raise CommandError("There are no published stories to measure.")
        count = Article.objects.published().count()
        self.stdout.write(f"{count} published stories; wrk {duration}s, {connections} connections")

        floor = self.floor_rate()
        _get(self.varnish + story.get_absolute_url())
        through_varnish = self.wrk(self.varnish + story.get_absolute_url())
        through_app = self.wrk(f"http://127.0.0.1:{app_port}{story.get_absolute_url()}") if app_port else None
        self.stdout.write(f"Django floor (fixed string, gunicorn):  {floor:10.0f} requests/s")
        self.stdout.write(
            f"story page through Varnish:             {through_varnish:10.0f} requests/s"
            f"  ({through_varnish / floor:.1f} x the floor)"
        )
        if through_app:
            self.stdout.write(
                f"story page through one app server:      {through_app:10.0f} requests/s (page cache)"
            )

        new_story = self.hit_ratio_after_unrelated_publish(stories)
        self.withdraw_under_load(new_story)

    def wrk(self, url) -> float:
        result = subprocess.run(
            ["wrk", "-t2", f"-c{self.connections}", f"-d{self.duration}s", url],
            capture_output=True,
            text=True,
            check=True,
        )
        non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
        if non_2xx:
            self.stderr.write(f"{url}: {non_2xx.group(1)} answers were not 2xx or 3xx")
        return float(re.search(r"Requests/sec:\s+([\d.]+)", result.stdout).group(1))

    def floor_rate(self) -> float:
        port = _free_port()
        workers = 2 * int(os.environ.get("WEB_WORKERS", "2"))
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsroom.benchmark_floor"}
        floor = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "newsroom.benchmark_floor:application"]
            + ["--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--log-level", "warning"],
            cwd=ROOT,
            env=env,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                try:
                    if _get(f"http://127.0.0.1:{port}/floor/", timeout=1)[0] == 200:
                        break
                except OSError:
                    time.sleep(0.2)
            return self.wrk(f"http://127.0.0.1:{port}/floor/")
        finally:
            os.killpg(floor.pid, signal.SIGTERM)
            floor.wait(timeout=15)

    def public_pages(self, story_count) -> list[str]:
        published = Article.objects.published()
        pages = ["/", "/feeds/rss/", "/feeds/atom/", "/sitemap.xml", "/news-sitemap.xml", "/corrections/"]
        pages += [s.get_absolute_url() for s in published.order_by("-last_published_at")[:story_count]]
        for section in Section.objects.all():
            pages += [section.get_absolute_url(), f"/feeds/section/{section.slug}/rss/"]
        for tag in Tag.objects.filter(article__in=published).distinct()[:200]:
            pages += [f"/tag/{tag.slug}/", f"/feeds/tag/{tag.slug}/rss/"]
        authors = User.objects.filter(bylines__article__in=published).distinct()[:100]
        pages += [author_url(author) for author in authors]
        pages += [
            s.get_absolute_url()
            for s in Source.objects.public().filter(quotes__article__in=published).distinct()[:100]
        ]
        return pages

    def hit_ratio_after_unrelated_publish(self, story_count) -> Article:
        pages = [p for p in self.public_pages(story_count) if _get(self.varnish + p)[0] == 200]
        for page in pages:
            _get(self.varnish + page)
        editor, reporter = self.benchmark_people()
        section = Section.objects.order_by("pk").first()
        stamp = timezone.now().strftime("%H%M%S")
        story = Article.objects.create(
            headline=f"Benchmark story {stamp}: ferry schedule unchanged",
            slug=f"benchmark-story-{stamp}",
            section=section,
            body="<p>The ferry keeps its winter schedule.</p>",
        )
        ArticleAuthor.objects.create(article=story, author=reporter, order=0)
        workflow.article_submit(article=story, user=reporter)
        workflow.article_approve(article=story, user=editor)
        time.sleep(1)
        missed = [page for page in pages if _get(self.varnish + page)[1] != "HIT"]
        story_pages = [p for p in pages if re.match(r"^/\d{4}/", p)]
        missed_stories = [p for p in missed if re.match(r"^/\d{4}/", p)]
        self.stdout.write(
            f"after an unrelated publish: {len(pages) - len(missed)} of {len(pages)} cached pages still hits "
            f"({100 * (len(pages) - len(missed)) / len(pages):.1f}%); story pages "
            f"{len(story_pages) - len(missed_stories)} of {len(story_pages)}"
        )
        self.stdout.write(f"  purged: {', '.join(missed[:12])}{' ...' if len(missed) > 12 else ''}")
        return Article.objects.get(pk=story.pk)

    def benchmark_people(self):
        editors, _ = Group.objects.get_or_create(name="Editors")
        journalists, _ = Group.objects.get_or_create(name="Journalists")
        editor, _ = User.objects.get_or_create(username="benchmark-editor", defaults={"is_staff": True})
        reporter, _ = User.objects.get_or_create(
            username="benchmark-reporter",
            defaults={"is_staff": True, "first_name": "Bench", "last_name": "Mark"},
        )
        editor.groups.add(editors)
        reporter.groups.add(journalists)
        return User.objects.get(pk=editor.pk), User.objects.get(pk=reporter.pk)

    def withdraw_under_load(self, story):
        url = self.varnish + story.get_absolute_url()
        for _ in range(3):
            _get(url)
        answers, stop = [], threading.Event()

        def reader():
            while not stop.is_set():
                started = time.monotonic()
                status, _ = _get(url)
                answers.append((started, time.monotonic(), status))

        load = subprocess.Popen(
            ["wrk", "-t2", f"-c{self.connections}", f"-d{self.duration}s", url],
            stdout=subprocess.DEVNULL,
            start_new_session=True,
        )
        readers = [threading.Thread(target=reader) for _ in range(8)]
        for thread in readers:
            thread.start()
        time.sleep(2)
        editor, _ = self.benchmark_people()
        workflow.article_withdraw(article=story, user=editor, reason="Benchmark: withdraw-to-410.")
        committed = time.monotonic()
        time.sleep(3)
        stop.set()
        for thread in readers:
            thread.join()
        load.wait()
        gone = [end for _, end, status in answers if status == 410]
        if not gone:
            self.stdout.write("withdraw under load: no reader got 410 within 3 s")
            return
        first_gone = min(gone)
        stale_after = sum(1 for started, _, status in answers if started > first_gone and status == 200)
        readers_after = sum(1 for started, _, _ in answers if started > first_gone)
        self.stdout.write(
            f"withdraw-to-410 through Varnish under load: {1000 * (first_gone - committed):.0f} ms; "
            f"after it {stale_after} stale answers of {readers_after} readers' requests"
        )
