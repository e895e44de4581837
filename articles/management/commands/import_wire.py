"""``python manage.py import_wire PATH... --user NAME [--section SLUG]``: import wire files
(NINJS .json, NewsML-G2 .xml, .txt, .html) as drafts, as the named user, exactly as the
admin's "Import from the wire" does. A directory imports the files directly in it.

Each file is imported on its own and reported on one line; the command exits with an error
when any file was refused, after trying all of them."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from articles.models import Section
from articles.wire import formats
from articles.wire.importer import WireOutcome, wire_import_file
from articles.wire.item import WireRefused

NO_SUCH_USER = "No active user named “{name}”."
NO_SUCH_SECTION = "No section with the slug “{slug}”; sections: {known}."
NO_SUCH_FILE = "no such file"
REFUSED_COUNT = "{refused} of {total} file(s) refused."


class Command(BaseCommand):
    help = "Import stories from wire files (NINJS, NewsML-G2, plain text, HTML) as drafts."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Files, or directories of files.")
        parser.add_argument(
            "--user", required=True, help="Import as this user (username), who authors the drafts."
        )
        parser.add_argument("--section", help="Slug of the section new stories go to.")

    def handle(self, *args, paths, user, section, **options):
        importer = get_user_model().objects.filter(username=user, is_active=True).first()
        if importer is None:
            raise CommandError(NO_SUCH_USER.format(name=user))
        chosen = None
        if section:
            chosen = Section.objects.filter(slug=section).first()
            if chosen is None:
                known = ", ".join(Section.objects.values_list("slug", flat=True)) or "none"
                raise CommandError(NO_SUCH_SECTION.format(slug=section, known=known))
        outcomes = [self._import(path, importer, chosen) for path in self._files(paths)]
        for outcome in outcomes:
            (self.stdout if outcome.ok else self.stderr).write(str(outcome))
        refused = sum(1 for o in outcomes if not o.ok)
        if refused:
            raise CommandError(REFUSED_COUNT.format(refused=refused, total=len(outcomes)))

    def _files(self, paths):
        for name in paths:
            path = Path(name)
            if path.is_dir():
                yield from sorted(p for p in path.iterdir() if p.is_file())
            else:
                yield path

    def _import(self, path: Path, user, section) -> WireOutcome:
        if not path.is_file():
            return WireOutcome(filename=str(path), ok=False, message=NO_SUCH_FILE)
        try:
            formats.check_size(path.name, path.stat().st_size)
        except WireRefused as refused:
            return WireOutcome(filename=refused.filename, ok=False, message=refused.problem)
        with path.open("rb") as f:
            # Read no more than the limit allows, even if the file grows meanwhile.
            data = f.read(formats.max_bytes() + 1)
        return wire_import_file(filename=path.name, data=data, user=user, section=section)
