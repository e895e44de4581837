"""``python manage.py find_quotes FILE [--json]``: the quotations in a plain-text or HTML
file and who said them, resolved against the newsroom's recorded sources."""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.models import Source
from articles.quotes import TextTooLong, find_quotes

FILE_NOT_FOUND = "No such file: {path}"
NO_QUOTES = "No quotations found."


class Command(BaseCommand):
    help = "Print each quotation found in a plain-text or HTML file, with its speaker."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .txt or .html file; '-' reads standard input.")
        parser.add_argument("--json", action="store_true", help="One JSON array, for machines.")
        parser.add_argument(
            "--no-sources",
            action="store_true",
            help="Do not resolve speakers against recorded sources; propose every one.",
        )

    def handle(self, *args, file, **options):
        if file == "-":
            text = sys.stdin.read()
        else:
            path = Path(file)
            if not path.is_file():
                raise CommandError(FILE_NOT_FOUND.format(path=file))
            text = path.read_text(encoding="utf-8")
        sources = None if options["no_sources"] else Source.objects.all()
        try:
            found = find_quotes(text, sources=sources)
        except TextTooLong as too_long:
            raise CommandError(str(too_long)) from None
        if options["json"]:
            self.stdout.write(json.dumps([q.as_dict() for q in found], ensure_ascii=False, indent=2))
            return
        if not found:
            self.stdout.write(NO_QUOTES)
            return
        for n, quote in enumerate(found, 1):
            self.stdout.write(f"{n}. “{quote.text}”")
            if quote.source is not None:
                who = f"{quote.source.name} (recorded source #{quote.source.pk})"
            elif quote.proposed is not None:
                extra = ", ".join(filter(None, [quote.proposed.title, quote.proposed.organization]))
                who = f"{quote.proposed.name} (new source{': ' + extra if extra else ''})"
            else:
                who = "nobody credited"
            details = [quote.obtained.replace("_", " ")]
            if quote.is_partial:
                details.append("partial")
            details.append(f"characters {quote.start}-{quote.end}")
            self.stdout.write(f"   {who}; as written: {quote.speaker or '-'}; {', '.join(details)}")
