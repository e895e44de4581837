"""Tags in the admin. A tag's name and slug are printed on every published story carrying
it and make its public page's address, so renaming and merging tags are editors' work
(``taggit.change_tag`` and ``taggit.delete_tag``). Journalists tag their own drafts from
the story form and may read the list: the tags of the stories they may see, and tags no
story carries (a tag only another journalist's draft carries says what that draft is about).

django-taggit's own admin offers its "Merge selected tags" action and page to anyone who
may see the tag list; here both are limited to whoever may change and delete tags, and
merging into one of the selected tags keeps that tag's stories.
"""

from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.http import HttpResponseRedirect
from django.urls import reverse
from taggit.admin import TagAdmin
from taggit.models import Tag, TaggedItem

from articles import listings, workflow
from articles.models import Article, Listing

MERGE_TAGS_NOT_ALLOWED = "Only editors may merge tags."
MERGE_TAGS_NONE_SELECTED = "Select the tags to merge from the list first."


def tags_visible_to(user, tags=None):
    """The tags ``user`` may see: those of the stories they may see, and tags no story
    carries. Used by the tag list and by the story form's tag autocomplete."""
    uses = TaggedItem.objects.filter(
        tag=OuterRef("pk"), content_type=ContentType.objects.get_for_model(Article)
    )
    shown = workflow.articles_visible_to(user).values("pk")
    tags = Tag.objects.all() if tags is None else tags
    return tags.filter(~Exists(uses) | Exists(uses.filter(object_id__in=shown)))


class NewsroomTagAdmin(TagAdmin):
    def get_queryset(self, request):
        return tags_visible_to(request.user, super().get_queryset(request))

    def may_merge(self, request) -> bool:
        return self.has_change_permission(request) and self.has_delete_permission(request)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not self.may_merge(request):
            actions.pop("render_tag_form", None)
        return actions

    def render_tag_form(self, request, queryset):
        if not self.may_merge(request):
            raise PermissionDenied(MERGE_TAGS_NOT_ALLOWED)
        return super().render_tag_form(request, queryset)

    render_tag_form.short_description = TagAdmin.render_tag_form.short_description

    def merge_tags_view(self, request):
        if not self.may_merge(request):
            raise PermissionDenied(MERGE_TAGS_NOT_ALLOWED)
        selected = request.session.get("selected_tag_ids", "").split(",")
        if request.method == "POST":
            # taggit would move the kept tag's own stories onto itself, and so delete them.
            kept = Tag.objects.filter(name=request.POST.get("new_tag_name", "")).first()
            selected = [part for part in selected if kept is None or part != str(kept.pk)]
            request.session["selected_tag_ids"] = ",".join(selected)
        if not selected or not all(part.isdigit() for part in selected):
            self.message_user(request, MERGE_TAGS_NONE_SELECTED, messages.WARNING)
            return HttpResponseRedirect(reverse("admin:taggit_tag_changelist"))
        if request.method != "POST":
            return super().merge_tags_view(request)
        with transaction.atomic():
            # The stories on the merged tags' lists go on the kept tag's.
            moved = Listing.objects.filter(kind=Listing.Kind.TAG, key__in=[int(part) for part in selected])
            moved = set(moved.values_list("article_id", flat=True))
            response = super().merge_tags_view(request)
            listings.list_stories(moved)
        return response


if admin.site.is_registered(Tag):
    admin.site.unregister(Tag)
admin.site.register(Tag, NewsroomTagAdmin)
