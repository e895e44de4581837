"""Sources in the admin: the records, merging duplicates, how often each is quoted, and the
sourcing report (``articles.admin.reports``).

Saving goes through ``articles.workflow.source_save``: on a source readers see, a
journalist's change to the public fields waits for an editor, who approves or rejects it on
the source's page (and finds it in the review queue). The rule holds for every way into the
change form, the quote row's popup included, since they all end in ``save_model``.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import dateformat, timezone
from django.utils.html import format_html, format_html_join

from articles import workflow
from articles.admin import reports as report_views
from articles.admin.records import RecordAdmin
from articles.models import Article, Source, SourceChange, SourceMerge, person_name
from articles.sources import MERGE_NOT_ALLOWED, USAGE_DAYS, can_merge_sources, source_merge, source_usage

MERGE_NEEDS_TWO = "Select at least two sources to merge."
MERGE_PICK_KEPT = "Choose the record to keep."
MERGE_DONE = "Merged {count} record(s) into “{name}”; {quotes} quote(s) moved."
USAGE_BAD_IDS = "ids must be a comma-separated list of numbers."
USAGE_MAX_IDS = 50
CHANGE_WAITS = (
    "The private fields are saved. The change to {fields} waits for an editor's approval; "
    "readers see the source as it was until then."
)
CHANGE_APPLIED = "The change to {fields} is live and logged."
CHANGE_APPROVED = "Approved: readers now see the change to {fields}."
CHANGE_REJECTED = "Rejected: the source stays as it is."
UNKNOWN_DECISION = "Approve or reject the change."


class MergeForm:
    """Which of the selected sources to keep (the others are merged into it)."""

    def __init__(self, sources, data=None):
        self.sources = sources
        self.data = data
        self.errors = {}
        self.kept = None

    def is_valid(self) -> bool:
        value = (self.data or {}).get("keep")
        self.kept = next((s for s in self.sources if str(s.pk) == value), None)
        if self.kept is None:
            self.errors["keep"] = MERGE_PICK_KEPT
        return not self.errors


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "title", "organization", "kind", "quote_count"]
    list_filter = ["kind"]
    search_fields = ["name", "title", "organization", "abbreviation"]
    # Explicit: the quote count's GROUP BY drops the model's default ordering.
    ordering = ["name", "id"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["usage", "stories_quoting"]
    actions = ["merge_sources"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "title", "organization", "abbreviation"]}),
        ("Public", {"fields": ["description"]}),
        (
            "Private: staff only, never published",
            {"fields": ["phone", "email", "notes"]},
        ),
        (
            "Self-identified attributes (only with consent)",
            {
                "classes": ["collapse"],
                "description": "Ask the source; never infer these from a name, a photo or a voice.",
                "fields": ["attributes_consent", "gender", "gender_self_description", "selection"],
            },
        ),
        ("How often we quote this source", {"fields": ["usage", "stories_quoting"]}),
    ]

    def get_queryset(self, request):
        # Counted in the stories this user may see: another journalist's draft adds nothing.
        shown = workflow.articles_visible_to(request.user).values("pk")
        return (
            super()
            .get_queryset(request)
            .annotate(quote_total=Count("quotes", filter=Q(quotes__article__in=shown)))
        )

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not can_merge_sources(request.user):
            actions.pop("merge_sources", None)
        return actions

    def get_urls(self):
        site = self.admin_site
        own = [
            path("usage/", site.admin_view(self.usage_view), name="articles_source_usage"),
            path("merge/", site.admin_view(self.merge_view), name="articles_source_merge"),
            path(
                "<path:object_id>/changes/<int:change_id>/decide/",
                site.admin_view(self.decide_view),
                name="articles_source_change_decide",
            ),
            path(
                "report/",
                site.admin_view(lambda request: report_views.sourcing_report_view(request, self)),
                name="articles_source_report",
            ),
        ]
        return own + super().get_urls()

    # --- saving: public fields of a source readers see pass an editor -----------------

    def save_model(self, request, obj, form, change):
        request._source_change = workflow.source_save(source=obj, user=request.user)

    def response_change(self, request, obj):
        record = getattr(request, "_source_change", None)
        if record is not None:
            fields = ", ".join(label.lower() for label, _, _ in record.rows)
            if record.decision == SourceChange.Decision.PENDING:
                self.message_user(request, CHANGE_WAITS.format(fields=fields), messages.WARNING)
            else:
                self.message_user(request, CHANGE_APPLIED.format(fields=fields), messages.SUCCESS)
        return super().response_change(request, obj)

    def construct_change_message(self, request, form, formsets, add=False):
        record = getattr(request, "_source_change", None)
        if record is None or record.decision != SourceChange.Decision.PENDING:
            return super().construct_change_message(request, form, formsets, add)
        # The admin's history says what was saved; the held fields are in the change log.
        changed = form.changed_data
        form.changed_data = [name for name in changed if name not in record.proposed]
        try:
            return super().construct_change_message(request, form, formsets, add)
        finally:
            form.changed_data = changed

    def message_user(self, request, message, level=messages.INFO, *args, **kwargs):
        record = getattr(request, "_source_change", None)
        if (
            record is not None
            and record.decision == SourceChange.Decision.PENDING
            and level == messages.SUCCESS
        ):
            # Django's "changed successfully" would tell the journalist the change is live.
            return
        super().message_user(request, message, level, *args, **kwargs)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            context.update(self.public_changes_context(request, obj))
        return super().render_change_form(request, context, add, change, form_url, obj)

    def public_changes_context(self, request, obj):
        changes = list(obj.changes.select_related("proposed_by", "decided_by")[:20])
        pending = [c for c in changes if c.decision == SourceChange.Decision.PENDING]
        return {
            "source_guarded": workflow.source_is_guarded(obj),
            "source_direct": workflow.can_change_source_directly(request.user, obj),
            "source_can_decide": workflow.is_editor(request.user),
            "source_public_fields": ", ".join(
                str(Source._meta.get_field(name).verbose_name) for name in workflow.SOURCE_PUBLIC_FIELDS
            ),
            "source_pending": [(c, _name(c.proposed_by)) for c in pending],
            "source_log": [
                (c, _name(c.proposed_by), _name(c.decided_by))
                for c in changes
                if c.decision != SourceChange.Decision.PENDING
            ],
        }

    def decide_view(self, request, object_id, change_id):
        """An editor approves or rejects a proposed change to the source's public fields."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        source = self.get_object(request, object_id)
        if source is None:
            raise Http404("No such source.")
        record = get_object_or_404(SourceChange, pk=change_id, source=source)
        decision = request.POST.get("decision")
        comment = request.POST.get("comment", "")
        page = reverse("admin:articles_source_change", args=[source.pk])
        try:
            if decision == "approve":
                done = workflow.source_change_approve(change=record, user=request.user, comment=comment)
                fields = ", ".join(label.lower() for label, _, _ in done.rows)
                self.message_user(request, CHANGE_APPROVED.format(fields=fields), messages.SUCCESS)
            elif decision == "reject":
                workflow.source_change_reject(change=record, user=request.user, comment=comment)
                self.message_user(request, CHANGE_REJECTED, messages.SUCCESS)
            else:
                self.message_user(request, UNKNOWN_DECISION, messages.ERROR)
        except ValidationError as exc:
            self.message_user(request, " ".join(exc.messages), messages.ERROR)
        return HttpResponseRedirect(page + "#source-changes")

    # --- columns and panels -----------------------------------------------------------

    @admin.display(description="Quotes", ordering="quote_total")
    def quote_count(self, obj):
        return obj.quote_total

    @admin.display(description="In published stories")
    def usage(self, obj):
        if not obj.pk:
            return "Not quoted yet."
        u = source_usage([obj.pk])[obj.pk]
        if not u.quotes_total:
            return "Not quoted in a published story yet."
        return format_html(
            "Last quoted {}; {} quote(s) in the last {} days; {} quote(s) in {} stor(ies) in all.",
            dateformat.format(timezone.localtime(u.last_quoted), "M j, Y") if u.last_quoted else "—",
            u.quotes_recent,
            USAGE_DAYS,
            u.quotes_total,
            u.stories_total,
        )

    def get_object(self, request, object_id, from_field=None):
        source = super().get_object(request, object_id, from_field)
        if source is not None:
            source.viewer = request.user  # for the "Stories" panel
        return source

    @admin.display(description="Stories")
    def stories_quoting(self, obj):
        """The stories quoting the source that the viewer may see in the admin (published
        ones when the viewer is unknown): another journalist's draft is not listed."""
        if not obj.pk:
            return "None yet."
        viewer = getattr(obj, "viewer", None)
        shown = workflow.articles_visible_to(viewer) if viewer else Article.objects.published()
        stories = (
            shown.filter(quotes__source=obj)
            .annotate(n=Count("quotes"))
            .order_by("-created_at")
            .only("id", "headline", "status")
        )
        if not stories:
            return "None yet."
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}">{}</a> ({}, {} quote(s))</li>',
                (
                    (
                        reverse("admin:articles_article_change", args=[a.pk]),
                        a.headline,
                        a.get_status_display(),
                        a.n,
                    )
                    for a in stories
                ),
            ),
        )

    # --- how often a source is quoted, for the story form's quote inline ------------------

    def usage_view(self, request):
        """JSON for ``?ids=1,2``: last quoted, quotes in the last 30 days, recent stories.
        Staff who may view sources; no private field is part of the answer."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        raw = [part for part in request.GET.get("ids", "").split(",") if part.strip()]
        if not all(part.strip().isdigit() for part in raw):
            return JsonResponse({"error": USAGE_BAD_IDS}, status=400)
        ids = [int(part) for part in raw][:USAGE_MAX_IDS]
        usage = source_usage(ids)
        return JsonResponse({"sources": {str(i): u.as_dict() for i, u in usage.items()}})

    # --- merging duplicates -----------------------------------------------------------

    @admin.action(description="Merge selected sources…")
    def merge_sources(self, request, queryset):
        ids = list(queryset.values_list("pk", flat=True))
        if len(ids) < 2:
            self.message_user(request, MERGE_NEEDS_TWO, messages.WARNING)
            return None
        return HttpResponseRedirect(
            reverse("admin:articles_source_merge") + "?ids=" + ",".join(str(i) for i in ids)
        )

    def merge_view(self, request):
        """Confirmation page: the selected records side by side; the editor picks the one to
        keep and the others are merged into it with ``source_merge``."""
        if not can_merge_sources(request.user):
            raise PermissionDenied(MERGE_NOT_ALLOWED)
        raw = request.POST.get("ids") or request.GET.get("ids", "")
        ids = [int(p) for p in raw.split(",") if p.strip().isdigit()]
        sources = list(
            Source.objects.filter(pk__in=ids)
            .annotate(quote_total=Count("quotes"))
            .order_by("-quote_total", "name", "pk")
        )
        changelist = reverse("admin:articles_source_changelist")
        if len(sources) < 2:
            self.message_user(request, MERGE_NEEDS_TWO, messages.WARNING)
            return HttpResponseRedirect(changelist)
        form = MergeForm(sources, request.POST if request.method == "POST" else None)
        if request.method == "POST" and form.is_valid():
            moved = 0
            try:
                for other in sources:
                    if other.pk != form.kept.pk:
                        moved += source_merge(keep=form.kept, merge=other, user=request.user).quotes_moved
            except ValidationError as exc:
                form.errors["keep"] = " ".join(exc.messages)
            else:
                name = Source.objects.get(pk=form.kept.pk).name
                self.message_user(
                    request,
                    MERGE_DONE.format(count=len(sources) - 1, name=name, quotes=moved),
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(reverse("admin:articles_source_change", args=[form.kept.pk]))
        usage = source_usage([s.pk for s in sources])
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Merge duplicate sources",
            "rows": [(s, usage[s.pk]) for s in sources],
            "ids": ",".join(str(s.pk) for s in sources),
            "form": form,
            "chosen": (request.POST.get("keep") if request.method == "POST" else str(sources[0].pk)),
            "compare_fields": ["name", "title", "organization", "abbreviation", "kind", "description"],
        }
        return TemplateResponse(request, "admin/articles/source/merge.html", context)


@admin.register(SourceMerge)
class SourceMergeAdmin(RecordAdmin):
    """The log of merged sources: read-only; a merge is made from the sources list."""

    list_display = ["merged_name", "kept", "quotes_moved", "user", "created_at"]
    list_select_related = ["kept", "user"]
    search_fields = ["merged_name", "kept__name"]
    readonly_fields = ["kept", "merged_name", "merged_data", "quotes_moved", "user", "created_at"]


def _name(user) -> str:
    return person_name(user) if user else "someone no longer on staff"


@admin.register(SourceChange)
class SourceChangeAdmin(RecordAdmin):
    """The log of changes to what readers see about sources: read-only; changes are made on
    the source's page and decided there."""

    list_display = [
        "source",
        "changed_fields",
        "decision",
        "proposed_by",
        "created_at",
        "decided_by",
        "decided_at",
    ]
    list_filter = ["decision"]
    list_select_related = ["source", "proposed_by", "decided_by"]
    search_fields = ["source__name"]
    readonly_fields = [
        "source",
        "proposed",
        "previous",
        "proposed_by",
        "created_at",
        "decision",
        "decided_by",
        "decided_at",
        "comment",
    ]

    @admin.display(description="Fields")
    def changed_fields(self, obj):
        return ", ".join(label for label, _, _ in obj.rows)
