"""The budget lines' admin, and the planning pages it serves (budget, calendar, buttons).

Rules enforced here as well as in the workflow: editors see and change every line; anyone
else who may change lines, only those they are assigned to (as a reporter or the
photographer). A line's state, story, planned day and time are never form fields once it
exists: they change through the workflow's buttons, each logged.
"""

from django import forms
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Prefetch
from django.urls import path, reverse
from django.utils import dateformat
from django.utils.html import format_html

from articles import workflow
from articles.models import BudgetLine, BudgetLineEvent, person_name
from articles.planning import views
from articles.planning.budget import LINE_STAGES, STAGES, STORY_STAGES, newsroom_people

VERSION_MISSING = (
    "This form was not loaded from the line's page; reload the page and make your changes again."
)
CHANGE_FIELDS = ["slug", "description", "section", "priority", "reporters", "photographer", "planned_length"]
WHEN_FIELDS = ["planned_date", "planned_time"]


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return person_name(obj)


class PeopleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return person_name(obj)


class BudgetLineForm(forms.ModelForm):
    """A line's form. ``loaded_version`` is the ``edit_version`` it was loaded with; a save
    over a newer version is refused, the typed text shown back."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    reporters = PeopleChoiceField(
        queryset=newsroom_people(), required=False, widget=forms.CheckboxSelectMultiple
    )
    photographer = PersonChoiceField(queryset=newsroom_people(), required=False)

    class Meta:
        model = BudgetLine
        fields = [*CHANGE_FIELDS, *WHEN_FIELDS]
        widgets = {
            "description": forms.TextInput(attrs={"class": "vTextField planning-wide"}),
            "planned_date": forms.DateInput(attrs={"type": "date"}),
            "planned_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("reporters", "photographer"):
            if name in self.fields:
                self.fields[name].queryset = newsroom_people()
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.edit_version

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            expected = cleaned.get("loaded_version")
            if expected is None:
                raise ValidationError(VERSION_MISSING, code="version_missing")
            current = (
                BudgetLine.objects.filter(pk=self.instance.pk).values_list("edit_version", flat=True).first()
            )
            if current is not None and current != expected:
                raise ValidationError(
                    workflow.LINE_STALE.format(time=workflow._moment_text(self.instance.updated_at)),
                    code="stale_edit",
                )
        return cleaned


@admin.register(BudgetLine)
class BudgetLineAdmin(admin.ModelAdmin):
    form = BudgetLineForm
    save_as = False
    list_display = ["slug", "section", "planned", "people", "state_shown", "story"]
    list_filter = ["section", "state", "priority", "planned_date"]
    list_select_related = ["section", "photographer", "article"]
    search_fields = ["slug", "description"]
    date_hierarchy = "planned_date"
    ordering = ["-planned_date", "priority", "planned_time", "pk"]

    class Media:
        css = {"all": ["admin/articles/planning.css"]}

    fieldsets = [
        ("The story", {"fields": ["slug", "description", "section", "priority", "planned_length"]}),
        ("Who is on it", {"fields": ["reporters", "photographer"]}),
        ("When it runs", {"fields": WHEN_FIELDS}),
    ]

    # --- who sees and changes what ------------------------------------------------

    def get_queryset(self, request):
        reporters = Prefetch(
            "reporters", queryset=get_user_model().objects.order_by("last_name", "first_name", "pk")
        )
        return (
            workflow.budget_lines_editable_by(request.user)
            .prefetch_related(reporters)
            .annotate(
                story_visible=Exists(
                    workflow.articles_visible_to(request.user).filter(pk=OuterRef("article_id"))
                )
            )
        )

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or workflow.can_change_line(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        if not super().has_delete_permission(request, obj):
            return False
        return obj is None or workflow.is_editor(request.user) or request.user.is_superuser

    def get_readonly_fields(self, request, obj=None):
        # Rescheduling a line is the workflow's: the form sets the day only on a new line.
        return WHEN_FIELDS if obj is not None else []

    # --- saving -------------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        workflow.budget_line_save(
            line=obj, user=request.user, expected_version=form.cleaned_data.get("loaded_version")
        )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        line = form.instance
        editor = workflow.is_editor(request.user) or request.user.is_superuser
        if not change and not editor and not workflow.is_assigned(request.user, line):
            # Whoever plans a story and is not an editor is on it; otherwise the line would
            # vanish from their own list the moment it is saved.
            line.reporters.add(request.user)
        workflow.budget_line_saved(line=line, user=request.user)

    # --- the change form's panel --------------------------------------------------

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            context.update(self.planning_context(request, obj))
        context["planning_links"] = True
        return super().render_change_form(request, context, add, change, form_url, obj)

    def planning_context(self, request, line):
        user = request.user
        editor = workflow.is_editor(user) or user.is_superuser
        may_change = self.has_change_permission(request, line)
        moves = sorted(workflow.LINE_MOVES[line.state], key=list(BudgetLine.State.values).index)
        if not editor:
            moves = [m for m in moves if BudgetLine.State.KILLED not in (m, line.state)]
        story = line.article
        visible = story is not None and workflow.articles_visible_to(user).filter(pk=story.pk).exists()
        return {
            "line": line,
            "line_moves": [(m, BudgetLine.State(m).label) for m in moves] if may_change else [],
            "line_story": story if visible else None,
            "line_story_status": story.get_status_display() if story else "",
            "line_may_start_draft": may_change
            and story is None
            and line.state != BudgetLine.State.KILLED
            and user.has_perm("articles.add_article"),
            "line_may_reschedule": editor and line.state != BudgetLine.State.KILLED,
            "line_events": [
                self._event_row(e)
                for e in BudgetLineEvent.objects.filter(line=line).select_related("user")[:30]
            ],
            "line_here": request.get_full_path(),
        }

    @staticmethod
    def _event_row(event):
        states = dict(BudgetLine.State.choices)
        event.label = workflow.LINE_EVENT_LABELS.get(event.action, event.action)
        event.moved = ""
        if event.from_state != event.to_state:
            before = states.get(event.from_state, "new").lower()
            event.moved = f"{before} → {states.get(event.to_state, event.to_state).lower()}"
        return event

    # --- pages --------------------------------------------------------------------

    def get_urls(self):
        def wrap(view):
            def wrapper(request, *args, **kwargs):
                return view(self, request, *args, **kwargs)

            return self.admin_site.admin_view(wrapper)

        own = [
            path("budget/", wrap(views.budget_view), name="articles_budgetline_budget"),
            path("calendar/", wrap(views.calendar_view), name="articles_budgetline_calendar"),
            path(
                "story/<int:article_id>/reschedule/",
                wrap(views.article_reschedule_view),
                name="articles_budgetline_reschedule_story",
            ),
            path("<path:object_id>/state/", wrap(views.line_state_view), name="articles_budgetline_state"),
            path(
                "<path:object_id>/start-draft/",
                wrap(views.line_start_draft_view),
                name="articles_budgetline_start_draft",
            ),
            path(
                "<path:object_id>/reschedule/",
                wrap(views.line_reschedule_view),
                name="articles_budgetline_reschedule",
            ),
        ]
        return own + super().get_urls()

    # --- list columns -------------------------------------------------------------

    @admin.display(description="Runs", ordering="planned_date")
    def planned(self, line):
        day = dateformat.format(line.planned_date, "D j M Y")
        return f"{day}, {line.planned_time:%H:%M}" if line.planned_time else day

    @admin.display(description="People")
    def people(self, line):
        names = [person_name(u) for u in line.reporters.all()]
        if line.photographer_id:
            names.append(f"{person_name(line.photographer)} (photos)")
        return ", ".join(names) or "Nobody yet"

    @admin.display(description="State", ordering="state")
    def state_shown(self, line):
        stage = STORY_STAGES[line.article.status] if line.article_id else LINE_STAGES[line.state]
        return format_html('<span class="planning-stage planning-stage-{}">{}</span>', stage, STAGES[stage])

    @admin.display(description="Story")
    def story(self, line):
        if not line.article_id:
            return "Not started"
        if not line.story_visible:
            return "A story you cannot open"
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:articles_article_change", args=[line.article_id]),
            line.article.headline,
        )
