"""Publish every scheduled story whose time has come. Run it every minute from cron; it is
safe to run twice at once and does nothing when nothing is due."""

from django.core.management.base import BaseCommand

from articles.workflow import articles_publish_due


class Command(BaseCommand):
    help = "Publish the scheduled stories whose publish time has passed."

    def handle(self, *args, **options):
        published = articles_publish_due()
        if options["verbosity"] >= 1:
            for article in published:
                self.stdout.write(f"Published #{article.pk}: {article.headline}")
            noun = "story" if len(published) == 1 else "stories"
            self.stdout.write(f"{len(published)} scheduled {noun} published.")
