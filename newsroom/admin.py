"""The newsroom's admin site: Django's, naming people by their names in autocompletes."""

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.auth import get_user_model

from articles.models import ArticleAuthor, person_name


class NewsroomAutocompleteJsonView(AutocompleteJsonView):
    """Autocomplete that names users by their names, and lets anyone who may write a story
    pick its byline authors without the right to browse user accounts: the answer carries
    only each person's id and name."""

    def has_perm(self, request, obj=None):
        if self.source_field.model is ArticleAuthor and self.source_field.name == "author":
            return request.user.has_perm("articles.add_article") or request.user.has_perm(
                "articles.change_article"
            )
        return super().has_perm(request, obj)

    def serialize_result(self, obj, to_field_name):
        result = super().serialize_result(obj, to_field_name)
        if isinstance(obj, get_user_model()):
            result["text"] = person_name(obj)
        return result


class NewsroomAdminSite(admin.AdminSite):
    site_header = f"{settings.SITE_NAME} newsroom"
    site_title = f"{settings.SITE_NAME} newsroom"
    index_title = "Newsroom"

    def autocomplete_view(self, request):
        return NewsroomAutocompleteJsonView.as_view(admin_site=self)(request)
