"""Planning data: the story budget's lines and their log.

A budget line is a story the newsroom means to run: a working slug, a desk, the people on
it, how long it will be and when it should run. Its ``state``, its link to the draft story
made from it and its edit counter are owned by ``articles.workflow`` (``editable=False``);
so is its planned day and time once the line exists (an editor reschedules it there).
Nothing here is ever shown on a public page.
"""

from datetime import datetime, time

from django.conf import settings
from django.db import models
from django.utils import timezone


class BudgetLine(models.Model):
    class State(models.TextChoices):
        IDEA = "idea", "Idea"
        ASSIGNED = "assigned", "Assigned"
        IN_PROGRESS = "in_progress", "In progress"
        FILED = "filed", "Filed"
        KILLED = "killed", "Killed"

    class Priority(models.IntegerChoices):
        TOP = 1, "Top"
        HIGH = 2, "High"
        NORMAL = 3, "Normal"
        LOW = 4, "If there is room"

    slug = models.SlugField(
        "working slug",
        max_length=80,
        allow_unicode=False,
        help_text="The desk's short name for it, e.g. bridge-vote.",
    )
    description = models.CharField(max_length=300, help_text="One line: what the story will say.")
    section = models.ForeignKey(
        "articles.Section", on_delete=models.PROTECT, related_name="budget_lines", verbose_name="desk"
    )
    reporters = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="budget_assignments"
    )
    photographer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="budget_photo_assignments",
    )
    planned_length = models.PositiveIntegerField("planned length (words)", null=True, blank=True)
    planned_date = models.DateField("planned day", help_text="The newsroom's local date it should run.")
    planned_time = models.TimeField(
        "planned time", null=True, blank=True, help_text="Local time; leave empty for “some time that day”."
    )
    priority = models.PositiveSmallIntegerField(choices=Priority.choices, default=Priority.NORMAL)

    state = models.CharField(max_length=16, choices=State.choices, default=State.IDEA, editable=False)
    # The draft made from this line; the story's own status then shows on the line.
    article = models.OneToOneField(
        "articles.Article",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="budget_line",
        editable=False,
    )
    edit_version = models.PositiveIntegerField(default=1, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["planned_date", "priority", "planned_time", "id"]
        verbose_name = "budget line"
        indexes = [
            models.Index(fields=["planned_date", "section"], name="budget_line_day_desk_idx"),
        ]

    def __str__(self):
        return f"{self.slug} ({self.planned_date:%Y-%m-%d})"

    @property
    def planned_moment(self) -> datetime:
        """When the line should run, in the newsroom's time zone: its planned time, or the
        end of its planned day when no time is set."""
        moment = datetime.combine(self.planned_date, self.planned_time or time(23, 59, 59))
        return timezone.make_aware(moment)


class BudgetLineEvent(models.Model):
    """The budget's log: one row per change to a line, written by ``articles.workflow``."""

    line = models.ForeignKey(BudgetLine, on_delete=models.CASCADE, related_name="events")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=32)
    from_state = models.CharField(max_length=16, blank=True)
    to_state = models.CharField(max_length=16, blank=True)
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "budget line change"

    def __str__(self):
        return f"{self.action}: {self.from_state} → {self.to_state}"
