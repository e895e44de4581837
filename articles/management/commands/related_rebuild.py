"""Work out every published story's related-articles box from scratch.

Boxes are kept up to date as stories are published, changed and withdrawn; run this once
after upgrading to stored boxes (migration 0012), after importing stories outside the
workflow, or to repair. Readers never see a hidden story meanwhile: boxes are read through
``published()``.
"""

import time

from django.core.management.base import BaseCommand
from django.db import connection

from articles.models import RelatedStory
from articles.related import related_rebuild_all


class Command(BaseCommand):
    help = "Work out every published story's related-articles box from scratch."

    def handle(self, *args, **options):
        started = time.monotonic()

        def progress(done, total):
            spent = time.monotonic() - started
            self.stdout.write(
                f"{done} / {total} stories, {spent:.0f} s, about {spent / done * (total - done):.0f} s to go"
            )

        count = related_rebuild_all(progress=progress if options["verbosity"] >= 1 else None)
        if connection.vendor == "postgresql":
            # Planner statistics for the new rows: without them PostgreSQL guesses a story has
            # hundreds of entries and reads a box by scanning every story.
            with connection.cursor() as cursor:
                cursor.execute(f"ANALYZE {connection.ops.quote_name(RelatedStory._meta.db_table)}")
        self.stdout.write(
            self.style.SUCCESS(f"Worked out {count} boxes in {time.monotonic() - started:.1f} s.")
        )
