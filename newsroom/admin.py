"""The newsroom's admin site: Django's, naming people by their names in autocompletes.

An autocomplete searches what it shows and nothing else: people by first and last name
(never a login name or an e-mail address), stories by headline, among the rows the user
may see in the admin (the related model admin's ``get_queryset``). "View on site" redirects
to a story only for those who may see it; for anyone else it is missing, as an unknown id.
Every admin page refuses a query string holding a null character (``newsroom.request_limits``),
and every list refuses a date no calendar holds as Django refuses any bad filter value:
back to the list with "?e=1" (``RefusesImpossibleDates``)."""

from functools import cache, reduce
from operator import or_

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.db.models import Q
from django.http import Http404
from django.urls import path

from articles.models import Article, ArticleAuthor
from articles.workflow import articles_visible_to
from newsroom.request_limits import refuse_null_in_query

UNNAMED_PERSON = "No name on file (account {pk})"


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

    def searched_fields(self):
        """The fields this autocomplete searches, or None for the model admin's own."""
        model = self.source_field.remote_field.model
        if model is get_user_model():
            return ["first_name", "last_name"]
        if model is Article:
            return ["headline"]
        return None

    def get_queryset(self):
        fields = self.searched_fields()
        if fields is None:
            return super().get_queryset()
        found = self.model_admin.get_queryset(self.request).complex_filter(
            self.source_field.get_limit_choices_to()
        )
        for word in self.term.split():
            found = found.filter(reduce(or_, (Q(**{f"{name}__icontains": word}) for name in fields)))
        if self.source_field.remote_field.model is get_user_model():
            # Ordered by name: the login names' order is not the answer's business either.
            found = found.order_by("last_name", "first_name", "pk")
        return found

    def serialize_result(self, obj, to_field_name):
        result = super().serialize_result(obj, to_field_name)
        if isinstance(obj, get_user_model()):
            result["text"] = obj.get_full_name() or UNNAMED_PERSON.format(pk=obj.pk)
        return result


class _DatesCheckedChangeList:
    def get_filters(self, request):
        try:
            return super().get_filters(request)
        except OverflowError as error:
            # Django turns a date part out of the calendar's range into a bad lookup, but
            # not one too long for a machine integer ("?attempt_time__year=9" * 20).
            raise IncorrectLookupParameters(error) from error


@cache
def _dates_checked(changelist_class):
    return type(changelist_class.__name__, (_DatesCheckedChangeList, changelist_class), {})


class RefusesImpossibleDates:
    """A model admin whose list answers any date hierarchy value no date could have with the
    list's "?e=1", never a server error. The site gives it to every model admin registered
    on it, the installed apps' included."""

    def get_changelist(self, request, **kwargs):
        return _dates_checked(super().get_changelist(request, **kwargs))


class NewsroomAdminSite(admin.AdminSite):
    site_header = f"{settings.SITE_NAME} newsroom"
    site_title = f"{settings.SITE_NAME} newsroom"
    index_title = "Newsroom"

    def admin_view(self, view, cacheable=False):
        return refuse_null_in_query(super().admin_view(view, cacheable))

    def register(self, model_or_iterable, admin_class=None, **options):
        admin_class = admin_class or admin.ModelAdmin
        if not issubclass(admin_class, RefusesImpossibleDates):
            admin_class = type(
                admin_class.__name__,
                (RefusesImpossibleDates, admin_class),
                {"__module__": admin_class.__module__},
            )
        super().register(model_or_iterable, admin_class, **options)

    def autocomplete_view(self, request):
        return NewsroomAutocompleteJsonView.as_view(admin_site=self)(request)

    def get_urls(self):
        # Matched before Django's own "view on site" address, which redirects for any object.
        redirect = path(
            "r/<int:content_type_id>/<path:object_id>/",
            self.admin_view(self.view_on_site_view),
            name="view_on_site",
        )
        return [redirect, *super().get_urls()]

    def view_on_site_view(self, request, content_type_id, object_id):
        model = ContentType.objects.filter(pk=content_type_id).first()
        if model is not None and model.model_class() is Article:
            visible = articles_visible_to(request.user)
            if not (str(object_id).isdigit() and visible.filter(pk=int(object_id)).exists()):
                raise Http404("No such story.")
        return shortcut(request, content_type_id, object_id)
