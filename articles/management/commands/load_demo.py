"""``python manage.py load_demo``: the demo newsroom, for trying the project locally."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from articles.demo.loader import DemoError, demo_load
from articles.workflow import TransitionError, WorkflowPermissionError

DEMO_NEEDS_DEBUG = (
    "The demo newsroom creates accounts whose passwords are printed for anyone to read, "
    "so it loads only with DEBUG on (a local install)."
)
DEMO_REFUSED = "The workflow refused a demo story: {reason}"
DEMO_ALREADY_LOADED = "The demo newsroom is already loaded; nothing changed."
DEMO_PASSWORD_CHANGED = "(password changed since the demo was loaded; not shown)"
DEMO_ACCOUNTS_WARNING = "Demo accounts, for a local demo only; never use them on a public server:"


class Command(BaseCommand):
    help = (
        "Load the demo newsroom: stories in five sections with sources, quotes, related links, "
        "lead images and a correction, plus an editor and a journalist account. Running it "
        "again changes nothing."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(DEMO_NEEDS_DEBUG)
        try:
            result = demo_load()
        except DemoError as exc:
            raise CommandError(str(exc)) from exc
        except (TransitionError, WorkflowPermissionError) as exc:
            # The demo is refused by the same rules as a story in the admin; say which.
            raise CommandError(DEMO_REFUSED.format(reason=" ".join(_messages(exc)))) from exc

        if result.already_loaded:
            self.stdout.write(DEMO_ALREADY_LOADED)
        else:
            created = result.created
            states = ", ".join(
                f"{result.statuses[key]} {label}"
                for key, label in [
                    ("published", "published"),
                    ("scheduled", "scheduled"),
                    ("in_review", "in review"),
                    ("draft", "draft"),
                ]
                if result.statuses[key]
            )
            counts = ", ".join(
                _count(created[key], singular, plural)
                for key, singular, plural in [
                    ("sections", "section", "sections"),
                    ("sources", "source", "sources"),
                    ("quotes", "quote", "quotes"),
                    ("links", "related link", "related links"),
                    ("images", "lead image", "lead images"),
                    ("corrections", "correction", "corrections"),
                ]
            )
            self.stdout.write(
                self.style.SUCCESS(f"Loaded the demo newsroom of {settings.SITE_NAME}:")
                + f"\n  {_count(created['stories'], 'story', 'stories')}"
                + (f" ({states})" if states else "")
                + f"\n  {counts}"
            )

        self.stdout.write("\n" + self.style.WARNING(DEMO_ACCOUNTS_WARNING))
        for account, created in result.accounts:
            user = get_user_model().objects.get(username=account.username)
            password = account.password if created or user.check_password(account.password) else None
            shown = password or DEMO_PASSWORD_CHANGED
            self.stdout.write(
                f"  {account.username} / {shown}\n"
                f"      {account.first_name} {account.last_name}, {account.role} ({account.group})"
            )
        self.stdout.write(f"\nSign in at {settings.SITE_URL}/admin/")


def _messages(exc) -> list[str]:
    return getattr(exc, "messages", None) or [str(exc)]


def _count(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n == 1 else plural}"
