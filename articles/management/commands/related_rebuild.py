"""Work out every published story's related-articles box from scratch.

Boxes are kept up to date as stories are published, changed and withdrawn; run this once
after upgrading to stored boxes (migration 0014), after importing stories outside the
workflow, or to repair. Readers never see a hidden story meanwhile: boxes are read through
``published()``.
"""

import time

from django.core.management.base import BaseCommand

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
        self.stdout.write(
            self.style.SUCCESS(f"Worked out {count} boxes in {time.monotonic() - started:.1f} s.")
        )
