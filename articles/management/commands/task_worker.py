"""Run the background tasks of ``articles.tasks``: django-tasks-db's worker, made to outlive
a database outage.

The stock ``db_worker`` stops at the first error it does not expect while fetching the
next task, and a database that goes away is one: a lost connection ended the process, so a
short outage silently stopped mail, purges and renditions until someone restarted it. This
worker closes the broken connection, says so once, waits, and goes on when the database
answers again; it takes the same options as ``db_worker``.
"""

import logging
import time

from django.db import InterfaceError, OperationalError, connections
from django_tasks_db.management.commands import db_worker

logger = logging.getLogger("articles.tasks")
OUTAGE = "Task worker: the database is not answering (%s); trying again every %.0f s."
RECOVERED = "Task worker: the database answers again; running tasks."
# How long to wait between tries while the database is down, whatever --interval says.
OUTAGE_RETRY_SECONDS = 2.0


class ResilientWorker(db_worker.Worker):
    def run(self) -> None:
        in_outage = False
        while self.running:
            try:
                if in_outage:
                    connections["default"].ensure_connection()
                    logger.warning(RECOVERED)
                    in_outage = False
                super().run()
                return
            except (OperationalError, InterfaceError) as exc:
                if not in_outage:
                    logger.error(OUTAGE, exc.__class__.__name__, OUTAGE_RETRY_SECONDS)
                    in_outage = True
                connections.close_all()
                time.sleep(OUTAGE_RETRY_SECONDS)


class Command(db_worker.Command):
    help = "Run background tasks (mail, purges, renditions); survives a database outage."

    def handle(self, *, verbosity, queue_name, interval, batch, backend_name, startup_delay, **options):
        self.configure_logging(verbosity)
        worker = ResilientWorker(
            queue_names=queue_name.split(","),
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
            excluded_queue_names=options["exclude_queues"].split(",") if options["exclude_queues"] else [],
        )
        worker.configure_signals()
        worker.run()
