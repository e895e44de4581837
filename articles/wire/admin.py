"""The wire in the admin: "Import from the wire" (upload files, pick the section for new
stories, read what became of each file) and the list of wire stories imported.

The upload page is open to staff who may add stories; the workflow decides the rest, as
for ``manage.py import_wire`` (``article_import_wire``). The list is read-only and shows
only wire stories whose newsroom story the user may see.
"""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from articles import workflow
from articles.admin.records import RecordAdmin
from articles.models import Article, Section, WireOrigin
from articles.wire import formats
from articles.wire.importer import WireOutcome, wire_import_file
from articles.wire.item import WireRefused

IMPORT_NOT_ALLOWED = "Only those who write stories may import from the wire."
FILES_REQUIRED = "Choose one or more wire files."
SECTION_REQUIRED = "Choose the section new stories go to."
TOO_MANY_FILES = "Choose at most {limit} files at a time."


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented way); the list may be empty here,
    the form says so."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".json,.xml,.txt,.html,.htm"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, (list, tuple)) else [data] if data else []
        return [f for f in files if f]


class WireImportForm(forms.Form):
    files = MultipleFileField(
        label="Wire files",
        required=False,
        help_text="NINJS (.json), NewsML-G2 (.xml), plain text (.txt) or HTML (.html), one story each.",
    )
    section = forms.ModelChoiceField(
        queryset=Section.objects.all(),
        label="Section for new stories",
        error_messages={"required": SECTION_REQUIRED},
        help_text="Stories imported before keep the section they are in.",
    )

    def clean_files(self):
        files = self.cleaned_data.get("files") or []
        if not files:
            raise forms.ValidationError(FILES_REQUIRED, code="required")
        limit = settings.DATA_UPLOAD_MAX_NUMBER_FILES
        if len(files) > limit:
            raise forms.ValidationError(TOO_MANY_FILES.format(limit=limit), code="too_many")
        return files


def _read_upload(upload) -> bytes:
    formats.check_size(upload.name, upload.size)
    return upload.read(formats.max_bytes() + 1)


def wire_import_view(model_admin, request):
    if not (request.user.is_active and request.user.has_perm("articles.add_article")):
        raise PermissionDenied(IMPORT_NOT_ALLOWED)
    outcomes = []
    if request.method == "POST":
        form = WireImportForm(request.POST, request.FILES)
        if form.is_valid():
            for upload in form.cleaned_data["files"]:
                try:
                    data = _read_upload(upload)
                except WireRefused as refused:
                    outcomes.append(WireOutcome(filename=refused.filename, ok=False, message=refused.problem))
                    continue
                outcomes.append(
                    wire_import_file(
                        filename=upload.name,
                        data=data,
                        user=request.user,
                        section=form.cleaned_data["section"],
                    )
                )
            form = WireImportForm(initial={"section": form.cleaned_data["section"]})
    else:
        form = WireImportForm()
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": WireOrigin._meta,
        "article_opts": model_admin.model._meta,
        "title": "Import from the wire",
        "form": form,
        "outcomes": outcomes,
        "refused": sum(1 for o in outcomes if not o.ok),
        "max_bytes": formats.max_bytes(),
        "media": model_admin.media + form.media,
    }
    return TemplateResponse(request, "admin/articles/wire/import.html", context)


@admin.register(WireOrigin)
class WireOriginAdmin(RecordAdmin):
    list_display = ["story", "wire_id", "version", "embargoed_until", "imported_at"]
    list_filter = ["format", "provider"]
    search_fields = ["wire_id", "article__headline", "provider", "byline"]
    list_select_related = ["article", "imported_by"]
    fields = [
        "story",
        "wire_id",
        "version",
        "format",
        "provider",
        "credit",
        "byline",
        "dateline",
        "embargoed_until",
        "filename",
        "first_imported_at",
        "imported_at",
        "imported_by",
    ]
    readonly_fields = fields

    def get_queryset(self, request):
        visible = workflow.articles_visible_to(request.user).values("pk")
        return super().get_queryset(request).filter(article__in=visible)

    @admin.display(description="story", ordering="article__headline")
    def story(self, origin):
        url = reverse("admin:articles_article_change", args=[origin.article_id])
        return format_html('<a href="{}">{}</a>', url, origin.article.headline)

    def get_urls(self):
        def view(request):
            return wire_import_view(self.admin_site.get_model_admin(Article), request)

        own = [path("import/", self.admin_site.admin_view(view), name="articles_wireorigin_import")]
        return own + super().get_urls()
