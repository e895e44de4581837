"""Changes to what readers see about a source pass an editor: the SourceChange log, and
permission for both newsroom groups to read it (only the workflow writes it)."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

from articles.roles import EDITORS, JOURNALISTS, roles_grant_operation

READ_THE_LOG = ["view_sourcechange"]
GRANTS = {JOURNALISTS: {"articles": READ_THE_LOG}, EDITORS: {"articles": READ_THE_LOG}}


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_section_live_index")]

    operations = [
        migrations.CreateModel(
            name="SourceChange",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("proposed", models.JSONField(help_text="The public fields changed, with their new values.")),
                (
                    "previous",
                    models.JSONField(help_text="The source's public fields when the change was proposed."),
                ),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "decision",
                    models.CharField(
                        choices=[
                            ("pending", "Waiting for an editor"),
                            ("approved", "Approved"),
                            ("rejected", "Rejected"),
                            ("superseded", "Replaced by a newer proposal"),
                            ("applied", "Made by an editor"),
                        ],
                        default="pending",
                        max_length=16,
                    ),
                ),
                ("decided_at", models.DateTimeField(blank=True, null=True)),
                ("comment", models.TextField(blank=True)),
                (
                    "decided_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "proposed_by",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "source",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="changes",
                        to="articles.source",
                    ),
                ),
            ],
            options={
                "ordering": ["-created_at", "-id"],
                "indexes": [
                    models.Index(fields=["decision", "created_at"], name="source_change_decision_idx")
                ],
                "constraints": [
                    models.UniqueConstraint(
                        condition=models.Q(("decision", "pending")),
                        fields=("source", "proposed_by"),
                        name="source_change_one_pending_each",
                    )
                ],
            },
        ),
        roles_grant_operation(GRANTS),
    ]
