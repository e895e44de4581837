from django.contrib import admin
from django.db.models import Prefetch
from django.utils.html import format_html

from articles.models import Article, ArticleAuthor, Quote, RelatedLink, Section


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


class ArticleAuthorInline(admin.TabularInline):
    model = ArticleAuthor
    extra = 0
    min_num = 1
    autocomplete_fields = ["author"]
    verbose_name = "byline author"
    verbose_name_plural = "Byline (in order)"


class QuoteInline(admin.StackedInline):
    model = Quote
    extra = 0
    autocomplete_fields = ["source"]
    fields = [("source", "obtained"), "text", ("order", "is_pull_quote", "is_partial")]
    verbose_name_plural = "People quoted and what they said"


class RelatedLinkInline(admin.StackedInline):
    model = RelatedLink
    fk_name = "article"
    extra = 0
    autocomplete_fields = ["target_article"]
    fields = [("target_article", "url"), ("kicker", "title"), "teaser", "order"]
    verbose_name_plural = "Related articles box"


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["headline", "section", "status", "byline", "last_published_at", "updated_at"]
    list_filter = ["status", "section", "authors", "tags", "is_featured"]
    list_select_related = ["section"]
    search_fields = ["headline", "dek", "slug"]
    date_hierarchy = "created_at"
    prepopulated_fields = {"slug": ["headline"]}
    inlines = [ArticleAuthorInline, QuoteInline, RelatedLinkInline]
    readonly_fields = ["lead_image_preview", "status", "first_published_at", "last_published_at"]
    fieldsets = [
        ("Story", {"fields": ["section", "kicker", "headline", "slug", "dek", "body", "tags"]}),
        ("Byline", {"fields": ["byline_override"]}),
        (
            "Lead image",
            {
                "fields": [
                    "lead_image",
                    "lead_image_preview",
                    "lead_image_alt",
                    "lead_image_caption",
                    "lead_image_credit",
                ]
            },
        ),
        (
            "Publishing",
            {"fields": ["is_featured", "status", "first_published_at", "last_published_at"]},
        ),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related(Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author")))
        )

    @admin.display(description="Byline")
    def byline(self, obj):
        return obj.byline_override or ", ".join(str(b) for b in obj.bylines.all())

    @admin.display(description="Preview")
    def lead_image_preview(self, obj):
        if not obj.lead_image:
            return "No image yet."
        return format_html(
            '<img src="{}" alt="{}" style="max-width:320px;height:auto;border:1px solid #ccc">',
            obj.lead_image.url,
            obj.lead_image_alt,
        )
