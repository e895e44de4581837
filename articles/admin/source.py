from django.contrib import admin
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from articles.models import Article, Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "title", "organization", "kind", "quote_count"]
    list_filter = ["kind"]
    search_fields = ["name", "title", "organization", "abbreviation"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["stories_quoting"]
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
                "fields": ["attributes_consent", "gender", "gender_self_description", "selection"],
            },
        ),
        ("Stories quoting this source", {"fields": ["stories_quoting"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(quote_total=Count("quotes"))

    @admin.display(description="Quotes", ordering="quote_total")
    def quote_count(self, obj):
        return obj.quote_total

    @admin.display(description="Stories")
    def stories_quoting(self, obj):
        if not obj.pk:
            return "None yet."
        stories = (
            Article.objects.filter(quotes__source=obj)
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
