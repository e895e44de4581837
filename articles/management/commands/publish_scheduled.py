"""Publish every scheduled story whose time has come.

Two ways to run it, both idempotent and safe side by side:

* from cron, every minute (the default): one run, silent unless a story could not be
  published: that is logged (stderr) the first time it happens, so cron mails it once, not
  every minute; ``--verbosity 2`` also lists what was published;
* as a long-lived process, ``--loop --interval SECONDS``: a run every interval until it is
  stopped (SIGTERM or SIGINT end it between runs). Each run starts with Django's connection
  housekeeping, so a connection the database dropped meanwhile is replaced; if the database
  does not answer, the run is skipped, logged once for the whole outage, and the next one
  tries again. ``--max-runs`` bounds it (for tests).
"""

import logging
import signal
import threading

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, InterfaceError, OperationalError, close_old_connections, connection

from articles.workflow import articles_publish_due

logger = logging.getLogger("articles.scheduler")


class Command(BaseCommand):
    help = "Publish the scheduled stories whose publish time has passed."

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop",
            action="store_true",
            help="Keep running, publishing what is due every --interval seconds.",
        )
        parser.add_argument(
            "--interval", type=float, default=60.0, help="Seconds between runs with --loop (default 60)."
        )
        parser.add_argument(
            "--max-runs", type=int, default=None, help="With --loop, stop after this many runs."
        )

    def handle(self, *args, **options):
        if options["interval"] < 0:
            raise CommandError("--interval cannot be negative.")
        if options["loop"]:
            self.loop(interval=options["interval"], max_runs=options["max_runs"])
        else:
            self.run_once(verbosity=options["verbosity"])

    def run_once(self, *, verbosity):
        published = articles_publish_due()
        if verbosity >= 2:
            for article in published:
                self.stdout.write(f"Published #{article.pk}: {article.headline}")
            noun = "story" if len(published) == 1 else "stories"
            self.stdout.write(f"{len(published)} scheduled {noun} published.")

    def loop(self, *, interval, max_runs):
        stop = threading.Event()
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: stop.set())
        logger.info("Scheduler started: publishing what is due every %g s.", interval)
        failing = None
        runs = 0
        while not stop.is_set():
            try:
                close_old_connections()
                published = articles_publish_due()
            except Exception as exc:
                if isinstance(exc, (OperationalError, InterfaceError)):
                    self.drop_connection()
                if failing is None:
                    failing = type(exc)
                    logger.error("Scheduler run failed; trying again every %g s.", interval, exc_info=exc)
            else:
                if failing is not None:
                    logger.info("Scheduler running again after %s.", failing.__name__)
                    failing = None
                for article in published:
                    logger.info("Published #%s: %s", article.pk, article.headline)
            runs += 1
            if max_runs is not None and runs >= max_runs:
                break
            stop.wait(interval)
        self.drop_connection()
        logger.info("Scheduler stopped after %d runs.", runs)

    @staticmethod
    def drop_connection():
        try:
            connection.close()
        except DatabaseError:
            # Closing a connection the server already dropped can fail; it is gone either way.
            pass
