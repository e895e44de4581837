"""Planning: the story budget's lines and their log, and who may work with them.
Journalists view, add and change budget lines (the admin and the workflow narrow that to
the lines they are assigned to); editors may also delete them. Both read the log, which
only the workflow writes."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

from articles.roles import EDITORS, JOURNALISTS, roles_grant_operation

JOURNALIST_PERMISSIONS = ["view_budgetline", "add_budgetline", "change_budgetline", "view_budgetlineevent"]
EDITOR_PERMISSIONS = [*JOURNALIST_PERMISSIONS, "delete_budgetline"]


GRANTS = {JOURNALISTS: {"articles": JOURNALIST_PERMISSIONS}, EDITORS: {"articles": EDITOR_PERMISSIONS}}


class Migration(migrations.Migration):
    dependencies = [("articles", "0008_upload_names")]

    operations = [
        migrations.CreateModel(
            name="BudgetLine",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "slug",
                    models.SlugField(
                        help_text="The desk's short name for it, e.g. bridge-vote.",
                        max_length=80,
                        verbose_name="working slug",
                    ),
                ),
                (
                    "description",
                    models.CharField(help_text="One line: what the story will say.", max_length=300),
                ),
                (
                    "planned_length",
                    models.PositiveIntegerField(blank=True, null=True, verbose_name="planned length (words)"),
                ),
                (
                    "planned_date",
                    models.DateField(
                        help_text="The newsroom's local date it should run.", verbose_name="planned day"
                    ),
                ),
                (
                    "planned_time",
                    models.TimeField(
                        blank=True,
                        help_text="Local time; leave empty for “some time that day”.",
                        null=True,
                        verbose_name="planned time",
                    ),
                ),
                (
                    "priority",
                    models.PositiveSmallIntegerField(
                        choices=[(1, "Top"), (2, "High"), (3, "Normal"), (4, "If there is room")], default=3
                    ),
                ),
                (
                    "state",
                    models.CharField(
                        choices=[
                            ("idea", "Idea"),
                            ("assigned", "Assigned"),
                            ("in_progress", "In progress"),
                            ("filed", "Filed"),
                            ("killed", "Killed"),
                        ],
                        default="idea",
                        editable=False,
                        max_length=16,
                    ),
                ),
                ("edit_version", models.PositiveIntegerField(default=1, editable=False)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "article",
                    models.OneToOneField(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="budget_line",
                        to="articles.article",
                    ),
                ),
                (
                    "created_by",
                    models.ForeignKey(
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "photographer",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="budget_photo_assignments",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "reporters",
                    models.ManyToManyField(
                        blank=True, related_name="budget_assignments", to=settings.AUTH_USER_MODEL
                    ),
                ),
                (
                    "section",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="budget_lines",
                        to="articles.section",
                        verbose_name="desk",
                    ),
                ),
            ],
            options={
                "verbose_name": "budget line",
                "ordering": ["planned_date", "priority", "planned_time", "id"],
                "indexes": [
                    models.Index(fields=["planned_date", "section"], name="budget_line_day_desk_idx")
                ],
            },
        ),
        migrations.CreateModel(
            name="BudgetLineEvent",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("action", models.CharField(max_length=32)),
                ("from_state", models.CharField(blank=True, max_length=16)),
                ("to_state", models.CharField(blank=True, max_length=16)),
                ("comment", models.TextField(blank=True)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "line",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="events",
                        to="articles.budgetline",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={"verbose_name": "budget line change", "ordering": ["-created_at", "-id"]},
        ),
        roles_grant_operation(GRANTS),
    ]
