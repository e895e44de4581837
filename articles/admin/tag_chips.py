"""Tags on the story form as chips, with the admin's own select2: existing tags are offered
as the journalist types (only tags they may see, ``tags_visible_to``), and a new tag is
added by typing it and pressing Enter or a comma.

The widget posts one value per chip; the form field (django-taggit's ``TagField``) still
receives the comma-separated, quoted string it parses, so a tag with a space or a comma in
its name stays one tag.
"""

from django import forms
from django.conf import settings
from django.http import JsonResponse
from taggit.utils import parse_tags

from articles.admin.tags import tags_visible_to

AUTOCOMPLETE_RESULTS = 20


def tag_names(value) -> list[str]:
    """The tag names of a form value: django-taggit's string, or Tag objects from a story."""
    if not value:
        return []
    if isinstance(value, str):
        return parse_tags(value)
    return [getattr(tag, "name", str(tag)) for tag in value]


def tags_text(names) -> str:
    """The string ``TagField`` parses back into exactly these names."""
    cleaned = [" ".join(name.replace('"', "").split()) for name in names]
    return ", ".join(f'"{name}"' for name in dict.fromkeys(cleaned) if name)


class TagChipsWidget(forms.SelectMultiple):
    """A ``<select multiple>`` of the story's tags, turned into chips by ``tag_chips.js``."""

    template_name = "django/forms/widgets/select.html"

    def __init__(self, autocomplete_url, attrs=None):
        super().__init__(attrs={"class": "newsroom-tag-chips", **(attrs or {})})
        self.autocomplete_url = autocomplete_url

    @property
    def media(self):
        extra = "" if settings.DEBUG else ".min"
        return forms.Media(
            js=(
                f"admin/js/vendor/jquery/jquery{extra}.js",
                f"admin/js/vendor/select2/select2.full{extra}.js",
                "admin/js/jquery.init.js",
                "admin/articles/tag_chips.js",
            ),
            css={"screen": (f"admin/css/vendor/select2/select2{extra}.css", "admin/css/autocomplete.css")},
        )

    def format_value(self, value):
        return tag_names(value)

    def get_context(self, name, value, attrs):
        names = self.format_value(value)
        self.choices = [(tag, tag) for tag in names]
        context = super().get_context(name, names, attrs)
        context["widget"]["attrs"]["data-autocomplete-url"] = str(self.autocomplete_url)
        return context

    def value_from_datadict(self, data, files, name):
        values = data.getlist(name) if hasattr(data, "getlist") else data.get(name)
        if isinstance(values, str):
            values = [values]
        names = []
        for value in values or []:
            # A chip is one name, spaces and all (select2 splits chips at commas); a value
            # with commas or quotes is django-taggit's own list, from a script or a test.
            names.extend(parse_tags(value) if ("," in value or '"' in value) else [value])
        return tags_text(names)

    def value_omitted_from_data(self, data, files, name):
        # An empty multiple select posts nothing: that means "no tags", not "field left out".
        return False


def tag_autocomplete_view(model_admin, request):
    """``?term=`` → select2's JSON: the tags the user may see whose name contains the term."""
    term = " ".join(request.GET.get("term", "").split())[:100]
    tags = tags_visible_to(request.user)
    if term:
        tags = tags.filter(name__icontains=term)
    names = list(tags.order_by("name").values_list("name", flat=True)[:AUTOCOMPLETE_RESULTS])
    return JsonResponse({"results": [{"id": name, "text": name} for name in names]})
