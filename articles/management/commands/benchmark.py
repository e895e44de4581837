"""Measure the reader-facing reads against the current database.

Times the related-articles box for a sample of published stories, search for a few queries
(a first page of results and its count, as the search page runs them) and, on request, whole
story pages through Django's test client. Reports median, 95th percentile and maximum in
milliseconds with the number of SQL queries, and prints the database's plan (EXPLAIN ANALYZE
on PostgreSQL, EXPLAIN QUERY PLAN on SQLite) for the sidebar and search queries, so one can
see which indexes they use.

Application caches are replaced by a dummy cache while measuring, so every figure is a cold
cache figure; the database's own buffers are left as they are. Speed targets are checked here,
by reading the output, and never in timed tests.

With ``--load SECONDS`` it also serves the site with gunicorn (two sync workers, production
settings over plain HTTP on the loopback) and loads it with wrk (eight connections rotating
through up to 200 story addresses, or the list pages): requests per second and the CPU the
workers and the database spent per request, for the story page and the list pages without
any cache, then with the page cache off but the fragments kept in Redis (the story page but
its related-articles box, the cards: what readers get right after a purge), the story page
from the page cache (Redis when ``REDIS_URL`` is set, and the file cache), and the Django
floor (``newsroom.benchmark_floor``) to compare the cached page with.
It also times the admin's story list, warm, plain, filtered and searched.
"""

import logging
import math
import os
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from taggit.models import Tag

from articles.management import load
from articles.models import Article, Quote, RelatedStory, Section, Source, author_url
from articles.related import closest_stories_sql, related_box_rebuild, related_for_article, related_refresh
from articles.search import Found, search_articles

DEFAULT_QUERIES = ["housing", "rent control", "oakland school board", '"city budget"', "wildfire -drought"]
NO_STORIES = "There are no published stories to measure; run generate_archive first."
SEARCH_PAGE_SIZE = 20
DUMMY_CACHE = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


class Timings:
    """Wall-clock milliseconds and query counts of repeated runs of one operation, and the
    CPU they cost on average: this process's, and the database's server process for this
    connection when it runs on this machine (read in clock ticks, so only the mean over the
    runs is meaningful). The machine's other load moves wall-clock time far more than CPU."""

    def __init__(self):
        self.ms: list[float] = []
        self.queries: list[int] = []
        self.cpu_seconds = 0.0
        self.db_ticks: int | None = 0

    def measure(self, operation):
        db_before = load.own_backend_ticks()
        with CaptureQueriesContext(connection) as captured:
            cpu_before, started = time.process_time(), time.perf_counter()
            result = operation()
            self.ms.append((time.perf_counter() - started) * 1000)
            self.cpu_seconds += time.process_time() - cpu_before
        db_after = load.own_backend_ticks()
        if db_before is None or db_after is None or self.db_ticks is None:
            self.db_ticks = None
        else:
            self.db_ticks += db_after - db_before
        self.queries.append(len(captured.captured_queries))
        return result

    def summary(self) -> str:
        ordered = sorted(self.ms)
        p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]
        low, high = min(self.queries), max(self.queries)
        queries = str(low) if low == high else f"{low}-{high}"
        cpu = f"   cpu {self.cpu_seconds * 1000 / len(ordered):6.2f} ms"
        if self.db_ticks is not None:
            cpu += f" + db {self.db_ticks * 1000 / load.TICKS / len(ordered):5.2f} ms"
        return (
            f"median {statistics.median(ordered):7.2f} ms   p95 {p95:7.2f} ms   max {ordered[-1]:7.2f} ms"
            f"   runs {len(ordered):4d}   queries {queries}{cpu}"
        )


LIST_KINDS = ("home", "section", "tag", "author", "source")


class Command(BaseCommand):
    help = "Time the related-articles box, search and story pages, and show their query plans."

    def add_arguments(self, parser):
        parser.add_argument("--sample", type=int, default=200, help="Stories to time the sidebar for (200).")
        parser.add_argument(
            "--query",
            action="append",
            dest="queries",
            help="A search query to time; repeat for several (default: a fixed set of five).",
        )
        parser.add_argument("--repeat", type=int, default=5, help="Runs of each search query (5).")
        parser.add_argument("--pages", type=int, default=0, help="Story pages to render and time (0).")
        parser.add_argument("--seed", type=int, default=1, help="Seed for picking the sample (1).")
        parser.add_argument(
            "--refresh",
            type=int,
            default=20,
            help="Sampled stories to time the box refresh after a publish for (20; it writes boxes).",
        )
        parser.add_argument("--no-explain", action="store_false", dest="explain", help="Skip query plans.")
        parser.add_argument(
            "--load", type=int, default=0, help="Seconds of each wrk run through gunicorn (0: no load runs)."
        )
        parser.add_argument("--port", type=int, default=0, help="Port for gunicorn (default: any free one).")
        parser.add_argument("--admin", type=int, default=0, help="Times to load the admin's story list (0).")
        parser.add_argument(
            "--box-sample",
            action="store_true",
            help="Work out the box of each sampled story that has none first (an archive generated with "
            "--skip-related, whose whole rebuild would take hours at a million stories).",
        )

    def handle(self, *args, **options):
        if min(options["sample"], options["repeat"]) < 1 or options["pages"] < 0:
            raise CommandError("--sample and --repeat must be at least 1, --pages at least 0.")
        published = list(Article.objects.published().values_list("pk", flat=True).order_by("pk"))
        if not published:
            raise CommandError(NO_STORIES)
        rng = random.Random(options["seed"])
        sample = rng.sample(published, min(options["sample"], len(published)))
        queries = options["queries"] or DEFAULT_QUERIES
        self.stdout.write(f"Database: {connection.vendor}, {len(published)} published stories.\n")
        if connection.vendor == "postgresql":
            # Boxes worked out or stories written since autovacuum last came by (or where it is
            # off) leave the planner with sizes long gone, and the timings with its bad plans.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        if options["box_sample"]:
            self.box_sample(sample)
        boxed = RelatedStory.objects.filter(article_id__in=sample).values("article_id").distinct().count()
        if boxed < len(sample):
            # generate_archive --skip-related leaves them to related_rebuild, hours at a million.
            self.stdout.write(
                f"Only {boxed} of the {len(sample)} sampled stories have a related-articles box "
                "worked out: the box and story page figures are for an archive partly worked out.\n"
            )

        with override_settings(CACHES=DUMMY_CACHE):
            slowest = self.time_sidebar(sample, refresh=options["refresh"])
            self.time_search(queries, options["repeat"])
            if options["pages"]:
                self.time_pages(sample[: options["pages"]])
            if options["pages"]:
                self.count_page_queries(sample[: options["pages"]])
            if options["admin"]:
                self.time_admin_list(options["admin"])
            if options["explain"]:
                self.explain_sidebar(slowest)
                self.explain_search(queries[0])
        if options["load"]:
            self.load_pages(sample, seconds=options["load"], port=options["port"] or load.free_port())

    def box_sample(self, sample: list[int]):
        """Work out the stored box of each sampled story that has none, so that the box and
        story page figures read real boxes; the other stories' boxes stay empty, which makes
        a refresh after a publish fill candidates' boxes rather than compete for places."""
        boxed = set(RelatedStory.objects.filter(article_id__in=sample).values_list("article_id", flat=True))
        missing = [pk for pk in sample if pk not in boxed]
        if not missing:
            return
        timings = Timings()
        for pk in missing:
            timings.measure(lambda pk=pk: related_box_rebuild(pk))
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(f"ANALYZE {connection.ops.quote_name(RelatedStory._meta.db_table)}")
        self.stdout.write("Working out the boxes of the sampled stories that had none (related_box_rebuild)")
        self.stdout.write(f"  {timings.summary()}\n")

    def time_sidebar(self, sample: list[int], *, refresh: int = 20) -> Article:
        """Time related_for_article over the sample; return the slowest story."""
        stories = Article.objects.select_related("section").in_bulk(sample)
        related_for_article(stories[sample[0]])  # the connection's first query is not the sidebar's cost
        timings = Timings()
        slowest, worst = None, -1.0
        for pk in sample:
            timings.measure(lambda story=stories[pk]: related_for_article(story))
            if timings.ms[-1] > worst:
                slowest, worst = stories[pk], timings.ms[-1]
        self.stdout.write("Related-articles box (related_for_article), one run per sampled story")
        self.stdout.write(f"  {timings.summary()}")
        # What publishing costs the task worker: the story's box, and its place in others'.
        if refresh:
            timings = Timings()
            for pk in sample[:refresh]:
                timings.measure(lambda pk=pk: related_refresh(pk))
            self.stdout.write("Refreshing the boxes after a publish (related_refresh, background task)")
            self.stdout.write(f"  {timings.summary()}\n")
        return slowest

    def time_search(self, queries: list[str], repeat: int):
        self.stdout.write(f"Search (first page of {SEARCH_PAGE_SIZE} results and the count)")
        for query in queries:
            timings = Timings()
            for _ in range(repeat):
                found = timings.measure(lambda q=query: self.search_page(q))
            self.stdout.write(f"  {query!r:28} {found:>6} found   {timings.summary()}")
        self.stdout.write("")

    @staticmethod
    def search_page(query: str) -> str:
        """How many stories the search page says it found, after reading its first page."""
        found = Found(query)
        list(found.stories[:SEARCH_PAGE_SIZE])
        return f">{found.limit}" if found.more else str(found.count())

    def time_pages(self, sample: list[int]):
        client = Client()
        stories = Article.objects.in_bulk(sample)
        timings = Timings()
        with override_settings(ALLOWED_HOSTS=["testserver"]):
            for pk in sample:
                url = stories[pk].get_absolute_url()
                response = timings.measure(lambda u=url, c=client: c.get(u))
                if response.status_code != 200:
                    raise CommandError(f"{url} answered {response.status_code}, not 200.")
        self.stdout.write("Story pages through the test client")
        self.stdout.write(f"  {timings.summary()}\n")

    def explain_sidebar(self, story: Article):
        sql, params = closest_stories_sql(story, limit=5, exclude=())
        self.stdout.write(f"Plan of the sidebar's scoring query, for its slowest story (id {story.pk}):")
        self.stdout.write(self.explain(sql, params))

    def explain_search(self, query: str):
        results = search_articles(query)[:SEARCH_PAGE_SIZE]
        analyze = {"analyze": True, "buffers": True} if connection.vendor == "postgresql" else {}
        self.stdout.write(f"\nPlan of the search query {query!r} (first page):")
        self.stdout.write(results.explain(**analyze))

    @staticmethod
    def explain(sql: str, params: list) -> str:
        prefix = "EXPLAIN (ANALYZE, BUFFERS)" if connection.vendor == "postgresql" else "EXPLAIN QUERY PLAN"
        with connection.cursor() as cursor:
            cursor.execute(f"{prefix} {sql}", params)
            rows = cursor.fetchall()
        return "\n".join(" ".join(str(column) for column in row) for row in rows)

    def count_page_queries(self, sample: list[int]):
        """The most SQL queries any public page of each kind ran, through the test client."""
        client = Client()
        self.stdout.write("SQL queries per page, most of any page of the kind")
        with override_settings(ALLOWED_HOSTS=["testserver"]):
            for kind, paths in self.page_kinds(sample[:20]).items():
                counts = []
                for path in paths:
                    with CaptureQueriesContext(connection) as captured:
                        client.get(path)
                    counts.append(len(captured.captured_queries))
                self.stdout.write(f"  {kind:10} {max(counts):3d}")
        self.stdout.write("")

    @staticmethod
    def page_kinds(sample: list[int]) -> dict[str, list[str]]:
        published = Article.objects.published()
        stories = [story.get_absolute_url() for story in Article.objects.in_bulk(sample).values()]
        tags = Tag.objects.filter(article__in=published.filter(pk__in=sample)).distinct()[:20]
        sources = Source.objects.public().filter(
            pk__in=Quote.objects.filter(article__in=sample).values("source_id")
        )[:20]
        authors = User.objects.filter(bylined_articles__in=published.filter(pk__in=sample)).distinct()[:20]
        return {
            "story": stories,
            "home": ["/", "/?page=3"],
            "section": [section.get_absolute_url() for section in Section.objects.all()],
            "tag": [f"/tag/{tag.slug}/" for tag in tags],
            "author": [author_url(author) for author in authors],
            "source": [source.get_absolute_url() for source in sources],
        }

    def time_admin_list(self, repeat: int):
        """The admin's story list, warm: plain, filtered by status, filtered by a byline and
        searched, as a superuser and as a journalist (who sees only the stories
        ``articles_visible_to`` gives them), with the queries of each page."""
        superuser, _ = User.objects.get_or_create(username="benchmark-admin", defaults={"is_staff": True})
        superuser.is_superuser = True
        superuser.save(update_fields=["is_superuser"])
        bylines = Article.authors.through.objects
        journalist = (
            User.objects.filter(groups__name="Journalists", is_active=True, is_staff=True, is_superuser=False)
            .filter(pk__in=bylines.values("author_id"))
            .order_by("pk")
            .first()
        )
        readers = [("superuser", superuser, bylines.values_list("author_id", flat=True).first())]
        if journalist:
            readers.append(("journalist", journalist, journalist.pk))
        self.stdout.write("Admin story list (/admin/articles/article/), warm")
        with override_settings(ALLOWED_HOSTS=["testserver"]):
            for who, user, author in readers:
                client = Client()
                # The lockout guard logs every sign-in; a report of timings has no use for it.
                guard = logging.getLogger("axes")
                level = guard.level
                guard.setLevel(logging.WARNING)
                try:
                    client.force_login(user)
                finally:
                    guard.setLevel(level)
                variants = {
                    "plain": "",
                    "published": "?status__exact=published",
                    "by byline": f"?authors__id__exact={author}",
                    "searched": "?q=housing",
                }
                for name, query in variants.items():
                    timings = Timings()
                    url = "/admin/articles/article/" + query
                    client.get(url)
                    for _ in range(repeat):
                        response = timings.measure(lambda u=url, c=client: c.get(u))
                        if response.status_code != 200:
                            raise CommandError(f"{url} answered {response.status_code}, not 200.")
                    self.stdout.write(f"  {who:10} {name:10} {timings.summary()}")
        if not journalist:
            self.stdout.write("  (no journalist with a byline: run generate_archive to time their list)")
        self.stdout.write("")

    def load_pages(self, sample: list[int], *, seconds: int, port: int):
        stories = [story.get_absolute_url() for story in Article.objects.in_bulk(sample[:200]).values()]
        kinds = self.page_kinds(sample)
        secret = secrets.token_urlsafe(40)
        with tempfile.TemporaryDirectory() as scratch:
            cache_dir, static_root = Path(scratch, "cache"), Path(scratch, "static")
            production = {
                "DEBUG": "0",
                "SECRET_KEY": secret,
                "ALLOWED_HOSTS": "127.0.0.1",
                "SECURE_SSL_REDIRECT": "0",
                "SECURE_HSTS_SECONDS": "0",
                "SESSION_COOKIE_SECURE": "0",
                "CSRF_COOKIE_SECURE": "0",
                "TASKS_BACKEND": "immediate",
                "CACHE_DIR": str(cache_dir),
                "STATIC_ROOT": str(static_root),
                # Each run starts from an empty page cache of its own.
                "CACHE_KEY_PREFIX": f"benchmark-{secret[:8]}",
            }
            subprocess.run(
                [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
                cwd=settings.BASE_DIR,
                env={**os.environ, **production},
                check=True,
            )
            self.server_log = Path(scratch, "gunicorn.log").open("w")
            self.stdout.write(f"Under load: gunicorn, 2 sync workers; wrk {seconds} s, 8 connections")
            self.run_floor(production, seconds=seconds, port=port)
            uncached = {**production, "CACHE_BACKEND": "none"}
            self.run_load("story page, no cache", uncached, stories, seconds=seconds, port=port)
            for kind in LIST_KINDS:
                self.run_load(f"{kind} pages, no cache", uncached, kinds[kind], seconds=seconds, port=port)
            redis = settings.REDIS_URL or os.environ.get("REDIS_URL")
            if redis:
                # Every page rendered, from fragments kept (the story page around its box, the
                # box, the cards): what readers get right after a purge.
                fragments_only = {**production, "CACHE_BACKEND": "redis", "PAGE_CACHE_SECONDS": "0"}
                label = "story page, fragments kept"
                self.run_load(label, fragments_only, stories, seconds=seconds, port=port)
                for kind in LIST_KINDS:
                    label = f"{kind} pages, fragments kept"
                    self.run_load(label, fragments_only, kinds[kind], seconds=seconds, port=port)
            cached = {"file": {**production, "CACHE_BACKEND": "file"}}
            if redis:
                cached["redis"] = {**production, "CACHE_BACKEND": "redis"}
            for name, env in cached.items():
                # The floor again right before: on a shared machine the load of other work
                # drifts in minutes, and a ratio holds only against a floor run beside it.
                floor = self.run_floor(production, seconds=seconds, port=port)
                self.run_load(
                    f"story page, {name} page cache", env, stories, seconds=seconds, port=port, floor=floor
                )
        self.stdout.write("")

    def run_floor(self, production: dict, *, seconds: int, port: int):
        """The Django floor: a fixed string through the same settings, middleware and server."""
        return self.run_load(
            "Django floor (fixed string)",
            {**production, "DJANGO_SETTINGS_MODULE": "newsroom.benchmark_floor"},
            ["/floor/"],
            seconds=seconds,
            port=port,
            app="newsroom.benchmark_floor:application",
        )

    def run_load(self, label, env, paths, *, seconds, port, app="newsroom.wsgi:application", floor=None):
        server = load.Gunicorn(app=app, env=env, port=port, log=self.server_log)
        try:
            result = load.wrk(server, paths, seconds=seconds)
        finally:
            server.stop()
        self.stdout.write(f"  {label:32} {result.line(floor)}")
        return result
