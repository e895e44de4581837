"""Where a wire story came from: the agency's id and version, and what the agency said
about it (credit, dateline, byline, embargo) as it said it.

One row per story, on the live row (a working copy holding a newer version belongs to the
same story). Written only by ``articles.workflow.article_import_wire``; never shown on a
public page, except through the fields it fills on the story itself (``byline_override``).
"""

from django.conf import settings
from django.db import models


class WireOrigin(models.Model):
    class Format(models.TextChoices):
        NINJS = "ninjs", "IPTC NINJS (JSON)"
        NEWSML = "newsml", "NewsML-G2 (XML)"
        TEXT = "text", "Plain text"
        HTML = "html", "HTML"

    article = models.OneToOneField(
        "articles.Article", on_delete=models.CASCADE, related_name="wire_origin", editable=False
    )
    wire_id = models.CharField(
        "wire id", max_length=255, unique=True, editable=False, help_text="The agency's id (guid or uri)."
    )
    version = models.PositiveIntegerField(default=1, editable=False, help_text="The last version imported.")
    format = models.CharField(max_length=8, choices=Format.choices, editable=False)
    provider = models.CharField(max_length=200, blank=True, editable=False)
    credit = models.CharField(max_length=200, blank=True, editable=False)
    dateline = models.CharField(max_length=200, blank=True, editable=False)
    byline = models.CharField("wire byline", max_length=200, blank=True, editable=False)
    embargoed_until = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="Not to be published before this time (the last version's embargo).",
    )
    filename = models.CharField(max_length=255, blank=True, editable=False)
    first_imported_at = models.DateTimeField(auto_now_add=True)
    imported_at = models.DateTimeField(auto_now=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        verbose_name = "wire story"
        verbose_name_plural = "wire stories"
        ordering = ["-imported_at", "-id"]

    def __str__(self):
        return f"{self.wire_id} (version {self.version})"
