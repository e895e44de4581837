"""Wire import: where a story imported from a news agency came from (its id and version,
credit, dateline, byline and embargo). Journalists and editors may list what was imported;
only the workflow writes it."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from articles.roles import EDITORS, JOURNALISTS, roles_grant_operation

PERMISSIONS = ["view_wireorigin"]


GRANTS = {JOURNALISTS: {"articles": PERMISSIONS}, EDITORS: {"articles": PERMISSIONS}}


class Migration(migrations.Migration):
    dependencies = [("articles", "0010_planning")]

    operations = [
        migrations.CreateModel(
            name="WireOrigin",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "wire_id",
                    models.CharField(
                        editable=False,
                        help_text="The agency's id (guid or uri).",
                        max_length=255,
                        unique=True,
                        verbose_name="wire id",
                    ),
                ),
                (
                    "version",
                    models.PositiveIntegerField(
                        default=1, editable=False, help_text="The last version imported."
                    ),
                ),
                (
                    "format",
                    models.CharField(
                        choices=[
                            ("ninjs", "IPTC NINJS (JSON)"),
                            ("newsml", "NewsML-G2 (XML)"),
                            ("text", "Plain text"),
                            ("html", "HTML"),
                        ],
                        editable=False,
                        max_length=8,
                    ),
                ),
                ("provider", models.CharField(blank=True, editable=False, max_length=200)),
                ("credit", models.CharField(blank=True, editable=False, max_length=200)),
                ("dateline", models.CharField(blank=True, editable=False, max_length=200)),
                (
                    "byline",
                    models.CharField(blank=True, editable=False, max_length=200, verbose_name="wire byline"),
                ),
                (
                    "embargoed_until",
                    models.DateTimeField(
                        blank=True,
                        editable=False,
                        help_text="Not to be published before this time (the last version's embargo).",
                        null=True,
                    ),
                ),
                ("filename", models.CharField(blank=True, editable=False, max_length=255)),
                ("first_imported_at", models.DateTimeField(auto_now_add=True)),
                ("imported_at", models.DateTimeField(auto_now=True)),
                (
                    "article",
                    models.OneToOneField(
                        editable=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="wire_origin",
                        to="articles.article",
                    ),
                ),
                (
                    "imported_by",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "wire story",
                "verbose_name_plural": "wire stories",
                "ordering": ["-imported_at", "-id"],
            },
        ),
        roles_grant_operation(GRANTS),
    ]
