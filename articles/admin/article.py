"""The story admin. Content is edited here; editorial state changes only through
``articles.workflow``, from the status panel's buttons and the list's actions.

Rules enforced here as well as in the workflow (so a crafted POST is refused like a hidden
button): a journalist changes only drafts they author, a published story only through its
working copy, and nobody saves over a newer version (the form carries ``loaded_version``).
"Save as new" does not exist.
"""

import datetime
import functools
import operator
from collections import defaultdict

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import quote
from django.contrib.admin.views.main import ALL_VAR, ORDER_VAR, PAGE_VAR, SEARCH_VAR, ChangeList
from django.contrib.auth import get_user_model
from django.core.exceptions import EmptyResultSet, PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import connections
from django.db.models import Exists, F, Func, OuterRef, Prefetch, Q, Value
from django.http import HttpResponseRedirect
from django.urls import path, reverse, reverse_lazy
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from articles import listings, preview, workflow
from articles.admin import workflow_views
from articles.admin.tag_chips import TagChipsWidget, tag_autocomplete_view
from articles.history import CONTENT_FIELDS, versions_for_article
from articles.models import (
    Article,
    ArticleAuthor,
    ArticleEvent,
    Listing,
    PreviewLink,
    Quote,
    RelatedLink,
    Section,
    person_name,
)
from articles.prepared import PreparedQuery, prepared
from articles.quote_integrity import quotes_missing_from_body

SAVE_AS_NEW_REFUSED = "Stories cannot be copied with “Save as new”."
VERSION_MISSING = "This form was not loaded from the story page; reload the page and make your changes again."
HIDDEN_STORY = "A story you cannot open"
# Long text the story list never shows.
LIST_DEFERRED_FIELDS = ("body", "withdrawn_reason")
TAGS_HELP = "Pick existing tags as you type; press Enter or a comma to add a new one."
LEAD_IMAGE_NOT_SAVED = (
    "The image you chose ({name}) was not saved because of the errors above: choose it again before saving."
)


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


def is_stale_post(request, obj) -> bool:
    """Whether this request posts a form loaded before the story's last change. Such a form
    is always refused as stale; it is shown back editable, with the user's text, even if the
    change in between (a submission, say) froze the story for them."""
    return getattr(request, "_stale_post_for", None) == obj.pk


class StoryInlineMixin:
    """An inline of a story may be changed only when the story itself may be."""

    def _story_editable(self, request, obj):
        return obj is None or is_stale_post(request, obj) or workflow.can_edit(request.user, obj)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._story_editable(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._story_editable(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._story_editable(request, obj)


class ArticleAuthorInline(StoryInlineMixin, admin.TabularInline):
    model = ArticleAuthor
    extra = 0
    autocomplete_fields = ["author"]
    verbose_name = "byline author"
    verbose_name_plural = "Byline (in order; you, if left empty)"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("author")

    readonly_fields = ["author_name"]

    def get_fields(self, request, obj=None):
        if self.has_change_permission(request, obj):
            return ["author", "order"]
        return ["author_name", "order"]

    @admin.display(description="Author")
    def author_name(self, byline):
        return person_name(byline.author)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "author":
            field.label_from_instance = person_name
        return field

    def get_extra(self, request, obj=None, **kwargs):
        return 1 if obj is None else 0


class QuoteInline(StoryInlineMixin, admin.StackedInline):
    model = Quote
    extra = 0
    autocomplete_fields = ["source"]
    fields = [("source", "obtained"), "text", ("order", "is_pull_quote", "is_partial")]
    verbose_name_plural = "People quoted and what they said"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source")


def story_choices(user):
    """Live stories, each marked ``viewer_may_see``: whether ``user`` may see it in the admin."""
    visible = workflow.articles_visible_to(user).filter(pk=OuterRef("pk"))
    return Article.objects.live().annotate(viewer_may_see=Exists(visible))


class RelatedLinkForm(forms.ModelForm):
    """A related link's story is one the user may see (``story_choices``). A story they may
    not see is refused exactly as an id that does not exist, unless the row already pointed
    at it (an editor chose it): then it is kept, and named only as ``HIDDEN_STORY``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("target_article")
        if field is not None:
            kept = Q(pk=self.instance.target_article_id) if self.instance.target_article_id else Q(pk__in=[])
            field.queryset = field.queryset.filter(Q(viewer_may_see=True) | kept)

    def clean_target_article(self):
        story = self.cleaned_data.get("target_article")
        if story is not None and not story.viewer_may_see:
            # The row's label is now read from this object: it must not name the story either.
            story.headline = HIDDEN_STORY
        return story


class RelatedLinkFormSet(forms.BaseInlineFormSet):
    """A row linking to a story the user may not see (marked ``target_may_see`` by the
    inline's queryset) is labelled ``HIDDEN_STORY``, never with that story's headline."""

    def get_queryset(self):
        links = super().get_queryset()
        if not getattr(self, "_hidden_labelled", False):
            self._hidden_labelled = True
            for link in links:
                if link.target_article_id and not getattr(link, "target_may_see", False):
                    # Only the label changes: saving a link never saves the story it points at.
                    link.target_article.headline = HIDDEN_STORY
        return links


class RelatedLinkInline(StoryInlineMixin, admin.StackedInline):
    model = RelatedLink
    form = RelatedLinkForm
    formset = RelatedLinkFormSet
    fk_name = "article"
    extra = 0
    autocomplete_fields = ["target_article"]
    readonly_fields = ["story"]
    verbose_name_plural = "Related articles box"

    def get_fields(self, request, obj=None):
        # Read-only, a hidden story is named without a link that would carry its id.
        target = "target_article" if self.has_change_permission(request, obj) else "story"
        return [(target, "url"), ("kicker", "title"), "teaser", "order"]

    @admin.display(description="Story")
    def story(self, link):
        if not link.target_article_id:
            return "-"
        if not getattr(link, "target_may_see", False):
            return HIDDEN_STORY
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:articles_article_change", args=[link.target_article_id]),
            link.target_article.headline,
        )

    def get_queryset(self, request):
        visible = workflow.articles_visible_to(request.user).filter(pk=OuterRef("target_article_id"))
        return (
            super()
            .get_queryset(request)
            .select_related("target_article__section")
            .annotate(target_may_see=Exists(visible))
        )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "target_article":
            kwargs["queryset"] = story_choices(request.user)
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "target_article":
            field.label_from_instance = lambda story: story.headline if story.viewer_may_see else HIDDEN_STORY
        return field


class ArticleAdminForm(forms.ModelForm):
    """The story form. ``loaded_version`` is the ``edit_version`` the form was loaded
    with; saving is refused (the typed text shown back) if the story changed since."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    # Set on a form re-shown because its workflow action was refused (see changeform_view).
    workflow_refusal = None

    class Meta:
        model = Article
        fields = [*CONTENT_FIELDS, "tags"]
        widgets = {
            "headline": forms.TextInput(attrs={"class": "vTextField newsroom-wide"}),
            "slug": forms.TextInput(attrs={"class": "vTextField newsroom-wide"}),
            "dek": forms.Textarea(attrs={"rows": 2, "class": "newsroom-wide"}),
            "byline_override": forms.TextInput(attrs={"class": "vTextField newsroom-wide"}),
            "lead_image_alt": forms.Textarea(attrs={"rows": 2, "class": "newsroom-wide"}),
            "lead_image_caption": forms.Textarea(attrs={"rows": 2, "class": "newsroom-wide"}),
            "lead_image_credit": forms.TextInput(attrs={"class": "vTextField newsroom-wide"}),
            "tags": TagChipsWidget(autocomplete_url=reverse_lazy("admin:articles_article_tag_autocomplete")),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.edit_version
        if "tags" in self.fields:
            self.fields["tags"].help_text = TAGS_HELP

    def clean(self):
        cleaned = super().clean()
        if self.workflow_refusal:
            raise ValidationError(self.workflow_refusal, code="workflow_refused")
        if self.instance.pk:
            expected = cleaned.get("loaded_version")
            if expected is None:
                raise ValidationError(VERSION_MISSING, code="version_missing")
            try:
                workflow.article_check_version(article=self.instance, expected_version=expected)
            except workflow.StaleEditError as exc:
                raise ValidationError(exc.message, code="stale_edit") from exc
        return cleaned


class WorkflowRefused(Exception):
    """A workflow action posted with the form was refused after the save; the whole save
    is rolled back and the form is shown again with the message."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def _people_bylined(bylined):
    people = get_user_model().objects.filter(bylined).order_by("last_name", "first_name", "pk")
    return people.values("pk", "first_name", "last_name", "username")


@prepared()
def bylined_anywhere():
    """Everyone on a byline: one probe a person, stopping at their first story, not a join
    over every byline."""
    return _people_bylined(Exists(ArticleAuthor.objects.filter(author=OuterRef("pk"))))


@prepared("author_id")
def bylined_for_journalist(author_id):
    """The people on the byline of a story the journalist ``author_id`` may see. Those with
    a published story are those whose kept list holds one: probing each person's bylines for
    one took 60-100 ms at 1,000,000 stories. The other parts (``workflow.visible_parts``)
    are the few stories not published, read as one set of stories: a probe a person and
    part, or the parts read through the bylines, took PostgreSQL 1.5-3 ms to plan, against
    0.3-0.5 ms for this."""
    _published, *others = workflow.own_and_public_parts(journalist(author_id))
    unpublished = Article.objects.filter(functools.reduce(operator.or_, others))
    on_unpublished = ArticleAuthor.objects.filter(article__in=unpublished).values("author_id")
    return _people_bylined(Q(pk__in=listings.people_listed()) | Q(pk__in=on_unpublished))


class BylineAuthorFilter(admin.ListFilter):
    """Filter by byline author, naming people rather than usernames: the authors of the
    stories the user may see, no one else; and "-" for stories with no byline.

    It keeps the parameters of a filter on the ``authors`` field, but asks for the stories
    on whose byline the person stands (a semi-join) instead of joining every byline, which
    makes the admin sort and count the list's rows with DISTINCT (about 50 ms a query at
    100,000 stories)."""

    title = "authors"
    lookup_kwarg = "authors__id__exact"
    lookup_kwarg_isnull = "authors__isnull"

    def __init__(self, request, params, model, model_admin):
        super().__init__(request, params, model, model_admin)
        self.used_parameters = {
            name: params.pop(name)[-1] for name in self.expected_parameters() if name in params
        }
        self.lookup_choices = self.field_choices(request, model_admin)
        self.empty_value_display = model_admin.get_empty_value_display()

    def field_choices(self, request, model_admin):
        parts = workflow.visible_parts(request.user)
        if parts == []:
            return []
        rows = (
            bylined_anywhere.rows()
            if parts is None
            else bylined_for_journalist.rows(author_id=request.user.pk)
        )
        User = get_user_model()
        return [(row["pk"], person_name(User(**row))) for row in rows]

    def expected_parameters(self):
        return [self.lookup_kwarg, self.lookup_kwarg_isnull]

    def has_output(self):
        return True

    def _no_byline(self):
        value = self.used_parameters.get(self.lookup_kwarg_isnull)
        return value is not None and value.lower() not in ("", "false", "0")

    def queryset(self, request, queryset):
        author = self.used_parameters.get(self.lookup_kwarg)
        if author is not None:
            if not (author.isascii() and author.isdigit()):
                # As Django's own filters do with a value their field refuses.
                raise IncorrectLookupParameters(f"{self.lookup_kwarg} is not a person's id: {author!r}")
            queryset = queryset.filter(
                pk__in=ArticleAuthor.objects.filter(author_id=author).values("article_id")
            )
        if self.lookup_kwarg_isnull in self.used_parameters:
            bylined = Exists(ArticleAuthor.objects.filter(article=OuterRef("pk")))
            queryset = queryset.filter(~bylined if self._no_byline() else bylined)
        return queryset

    def choices(self, changelist):
        author = self.used_parameters.get(self.lookup_kwarg)
        no_byline = self._no_byline()
        yield {
            "selected": author is None and not no_byline,
            "query_string": changelist.get_query_string(remove=self.expected_parameters()),
            "display": gettext("All"),
        }
        for pk, name in self.lookup_choices:
            yield {
                "selected": author == str(pk),
                "query_string": changelist.get_query_string(
                    {self.lookup_kwarg: pk}, [self.lookup_kwarg_isnull]
                ),
                "display": name,
            }
        yield {
            "selected": no_byline,
            "query_string": changelist.get_query_string(
                {self.lookup_kwarg_isnull: "True"}, [self.lookup_kwarg]
            ),
            "display": self.empty_value_display,
        }


class CreatedDateFilter(admin.DateFieldListFilter):
    """When the story was created: Django's today, past 7 days, this month and this year,
    then each earlier year back to the oldest story the user may see, and the months of the
    year chosen.

    It takes the place of the date hierarchy, which offered only the years (months, days)
    that hold stories and so read the creation time of every story listed: a DISTINCT over
    the whole table, 70 ms plain and 150-400 ms filtered at 100,000 stories. Every choice
    here is a range of creation times (``created_at__gte`` / ``__lt``, as in Django's date
    filter), answered by the index on ``created_at``; the oldest year is one probe at that
    index's end."""

    def __init__(self, field, request, params, model, model_admin, field_path):
        super().__init__(field, request, params, model, model_admin, field_path)
        self.title = "date created"
        # The same local midnights as Django's own choices, so a chosen link shows as chosen.
        today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
        this_year = today.replace(month=1, day=1)
        oldest = oldest_visible(request.user, field_path)
        first_year = timezone.localtime(oldest).year if oldest else this_year.year
        chosen = self.chosen_year()
        links = list(self.links)
        if chosen == this_year.year:
            # This month has its own choice already.
            links += self.month_links(this_year, until=today.replace(day=1))
        for year in range(this_year.year - 1, first_year - 1, -1):
            start = this_year.replace(year=year)
            links.append(
                (
                    str(year),
                    {self.lookup_kwarg_since: start, self.lookup_kwarg_until: start.replace(year=year + 1)},
                )
            )
            if chosen == year:
                links += self.month_links(start, until=start.replace(year=year + 1))
        self.links = tuple(links)

    def month_links(self, start, *, until):
        """A link for each month from ``start`` (a 1 January) up to ``until``, not included."""
        links = []
        month = start
        while month < until:
            following = (
                month.replace(year=month.year + 1, month=1)
                if month.month == 12
                else month.replace(month=month.month + 1)
            )
            title = formats.date_format(month, "YEAR_MONTH_FORMAT")
            links.append((title, {self.lookup_kwarg_since: month, self.lookup_kwarg_until: following}))
            month = following
        return links

    def chosen_year(self):
        """The year whose months to offer: the one chosen, or the one of the month chosen."""
        since = self.date_params.get(self.lookup_kwarg_since)
        until = self.date_params.get(self.lookup_kwarg_until)
        try:
            start, end = datetime.datetime.fromisoformat(since), datetime.datetime.fromisoformat(until)
        except (TypeError, ValueError):
            return None
        midnight = (start.hour, start.minute, start.second, start.microsecond) == (0, 0, 0, 0)
        if not midnight or start.day != 1 or end <= start or end - start > datetime.timedelta(days=366):
            return None
        return start.year


# Every story, as the parts ``workflow.visible_parts`` gives: the published ones first.
EVERY_STORY_PARTS = [
    Q(live_article__isnull=True, status=Article.Status.PUBLISHED),
    Q(live_article__isnull=False)
    | Q(status__in=[status for status in Article.Status if status != Article.Status.PUBLISHED]),
]
# Parameters of the list that page or sort it without narrowing it down.
NOT_NARROWING = {ALL_VAR, ORDER_VAR, PAGE_VAR}
# The one narrowing that keeps every published story: the status filter set to published.
TO_PUBLISHED = {"status__exact": [Article.Status.PUBLISHED.value]}
# Filters whose one choice narrows the published stories to one kept list (the person's,
# the section's): the parameter, and the list's kind.
TO_ONE_LIST = {
    BylineAuthorFilter.lookup_kwarg: Listing.Kind.AUTHOR,
    "section__id__exact": Listing.Kind.SECTION,
}


def kept_list(narrowing: dict[str, list[str]] | None) -> tuple[int, int] | None:
    """The kept list (kind, key) that holds exactly the published stories of the story list
    narrowed by ``narrowing`` (its parameters), if one does: the latest stories' while the
    list is not narrowed or only to the published; one person's or one section's while it is
    narrowed to them (and maybe to the published) and nothing else."""
    if narrowing is None:
        return None
    rest = {name: values for name, values in narrowing.items() if {name: values} != TO_PUBLISHED}
    if not rest:
        return Listing.Kind.LATEST, listings.LATEST_KEY
    if len(rest) != 1:
        return None
    ((name, values),) = rest.items()
    if name in TO_ONE_LIST and len(values) == 1 and values[0].isascii() and values[0].isdigit():
        return TO_ONE_LIST[name], int(values[0])
    return None


def each_part_query(stories, parts, function: str, expression, *, also=()):
    """SQL's ``function`` (COUNT, MIN) of ``expression`` over each of ``parts`` of
    ``stories``, and the one value of each of ``also`` (``values(n=...)`` querysets) before
    them, as one ``values()`` query of a row each: a union whose branches are each planned
    on their own, down their own index."""
    # Func, not an aggregate: an aggregate in values() would group by the selected columns.
    value = Func(expression, function=function)
    first, *others = [*also, *(stories.filter(part).order_by().values(n=value) for part in parts)]
    return first.union(*others, all=True)


def each_part(stories, parts, function: str, expression, *, also=()) -> list:
    """The values ``each_part_query`` gives, in its order."""
    return [row["n"] for row in each_part_query(stories, parts, function, expression, also=also)]


def journalist(author_id: int):
    """A user with this key, unsaved, to build a query once for every journalist."""
    return get_user_model()(pk=author_id)


@functools.cache
def _earliest(field: str) -> tuple[PreparedQuery, PreparedQuery]:
    """The earliest ``field`` of every story, and of each part of what the journalist
    ``author_id`` may see, compiled once per process (``articles.prepared``): building these
    took the ORM 3-4 ms a list, running them 0.5 ms."""
    every = PreparedQuery(
        lambda: Article.objects.order_by().values(n=Func(F(field), function="MIN")), params=()
    )
    own_and_public = PreparedQuery(
        lambda author_id: each_part_query(
            Article.objects.all(), workflow.own_and_public_parts(journalist(author_id)), "MIN", F(field)
        ),
        params=("author_id",),
    )
    return every, own_and_public


def oldest_visible(user, field: str):
    """The earliest ``field`` of the stories ``user`` may see: the earliest of each part's
    (``workflow.visible_parts``), each one probe down the index on ``field``, rather than one
    over every visible story (60 ms for a journalist at 1,000,000 stories)."""
    parts = workflow.visible_parts(user)
    if parts == []:
        return None
    every, own_and_public = _earliest(field)
    earliest = every.rows() if parts is None else own_and_public.rows(author_id=user.pk)
    return min((row["n"] for row in earliest if row["n"] is not None), default=None)


# A searched list is counted up to this many stories (twenty pages); past it, the list says
# that more match and that another word narrows them down.
SEARCHED_COUNT_LIMIT = 1000


def count_up_to(stories, limit: int) -> int:
    """How many of ``stories`` there are, counting no further than ``limit``. The stories are
    read as a materialized common table expression, which PostgreSQL plans as if every row
    were wanted (for a searched list: from the trigram indexes) and runs only until ``limit``
    rows have come out. Under a plain ``LIMIT`` it planned a walk of the whole table testing
    every row for the words: 82 ms for "housing" at 100,000 stories, where counting every
    match took 17 ms and this 9 ms; a word in every story took 130 ms counted whole, 4 ms
    this way."""
    connection = connections[stories.db]
    try:
        sql, params = stories.order_by().values("pk").query.get_compiler(connection=connection).as_sql()
    except EmptyResultSet:
        return 0
    # SQLite before 3.35 has no MATERIALIZED, and plans the query the same either way.
    materialized = "MATERIALIZED " if connection.vendor == "postgresql" else ""
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH found AS {materialized}({sql})"
            " SELECT COUNT(*) FROM (SELECT 1 FROM found LIMIT %s) AS capped",
            (*params, limit),
        )
        return cursor.fetchone()[0]


class StoryListPaginator(Paginator):
    """Pages through the story list, counting the stories a journalist may see part by part
    (``workflow.visible_parts``: the published, the withdrawn, their own), each an index's
    count, rather than all of them through one condition that read every story. While the
    published stories listed are those of one kept list (``kept_list``: the list is not
    narrowed down, or only to the published, a person or a section; ``narrowing``: the
    parameters that narrow it), they are counted from the count that list keeps
    (``listings.length``), one row at any size: counting them took 50-90 ms at 1,000,000
    stories, and a journalist's own published stories 15 ms at 100,000.

    A searched list is counted up to ``SEARCHED_COUNT_LIMIT`` (``count_up_to``), and ``more``
    says whether more stories match: the words of a search are tested on every candidate the
    indexes give, so counting them all grew with the archive (300 ms at 1,000,000 stories
    for "housing")."""

    def __init__(self, *args, user, narrowing=None, searched=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.user, self.narrowing, self.searched = user, narrowing, searched
        self.more = False

    @cached_property
    def count(self):
        if self.searched:
            found = count_up_to(self.object_list, SEARCHED_COUNT_LIMIT + 1)
            self.more = found > SEARCHED_COUNT_LIMIT
            return min(found, SEARCHED_COUNT_LIMIT)
        parts = workflow.visible_parts(self.user)
        # Without knowing what narrows the list, every part is counted.
        published_list = kept_list(self.narrowing)
        if parts == [] or (parts is None and published_list is None):
            return super().count
        parts = parts or EVERY_STORY_PARTS
        kept = []
        if published_list is not None:
            kept, parts = [listings.length(*published_list)], parts[1:]
        return sum(each_part(self.object_list, parts, "COUNT", Value(1), also=kept))


class ArticleChangeList(ChangeList):
    """The story list reads only what its columns show: bodies stay in the database, and
    so does the live story of a working copy (its row, body included, is for the change
    form; the list needs only whether there is one)."""

    def get_queryset(self, request, exclude_parameters=None):
        return (
            super()
            .get_queryset(request, exclude_parameters)
            .defer(*LIST_DEFERRED_FIELDS)
            .select_related(None)
            .select_related(*self.list_select_related)
            .prefetch_related(None)
        )

    def get_results(self, request):
        try:
            super().get_results(request)
        except (ValueError, OverflowError) as error:
            # A date part the database cannot hold ("?created_at__year=99999") fails only
            # when the count's SQL is built; Django refuses a bad lookup value this way.
            raise IncorrectLookupParameters(error) from error
        # Whether a search found more stories than it counted (``StoryListPaginator``).
        self.more_found = self.paginator.more
        # The byline column's names for the whole page in one query of plain values: a
        # prefetch builds a filtered related manager for every row, which cost more than
        # its query did.
        self.result_list = list(self.result_list)
        names = defaultdict(list)
        bylines = ArticleAuthor.objects.filter(article__in=[story.pk for story in self.result_list])
        for story_pk, first_name, last_name, username in bylines.values_list(
            "article_id", "author__first_name", "author__last_name", "author__username"
        ):
            person = get_user_model()(first_name=first_name, last_name=last_name, username=username)
            names[story_pk].append(person_name(person))
        for story in self.result_list:
            story.byline_names = names[story.pk]

    def url_for_result(self, result):
        # One reverse() a page rather than one a row: every story's change page has the
        # same address but for its id.
        if not hasattr(self, "_change_url"):
            marker = "00000"
            url = reverse(
                f"admin:{self.opts.app_label}_{self.opts.model_name}_change",
                args=(marker,),
                current_app=self.model_admin.admin_site.name,
            )
            self._change_url = url.rpartition(marker)[::2]
        before, after = self._change_url
        return f"{before}{quote(result.pk)}{after}"


class TagSearchFilter(admin.SimpleListFilter):
    """Filter the list by tag with a search box: a newsroom has thousands of tags, too many
    to list. Matches tag names containing the words typed, among the stories listed."""

    title = "tag"
    parameter_name = "tag"
    template = "admin/articles/article/tag_filter.html"

    def lookups(self, request, model_admin):
        return ()

    def has_output(self):
        return True

    def queryset(self, request, queryset):
        term = " ".join((self.value() or "").split())
        if not term:
            return queryset
        tagged = Article.objects.filter(tags__name__icontains=term).values("pk")
        return queryset.filter(pk__in=tagged)

    def choices(self, changelist):
        # The form keeps the other filters and the search as hidden fields.
        kept = [
            (name, value)
            for name, values in changelist.params.items()
            if name not in (self.parameter_name, "p")
            for value in (values if isinstance(values, list) else [values])
        ]
        yield {
            "value": self.value() or "",
            "kept": kept,
            "clear": changelist.get_query_string(remove=["tag"]),
        }


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    save_as = False
    list_display = ["headline", "section", "state", "byline", "last_published_at", "updated_at"]
    # The tag filter searches only the stories listed: a hidden draft's tags say what it is about.
    list_filter = [
        "status",
        "section",
        BylineAuthorFilter,
        TagSearchFilter,
        "is_featured",
        ("created_at", CreatedDateFilter),
    ]
    list_select_related = ["section"]
    list_per_page = 50
    # On PostgreSQL, trigram indexes answer these (migration 0014).
    search_fields = ["headline", "dek", "slug"]
    # "N results (Show all)" rather than "(N total)": the total is a second count of every
    # story the user may see, on every filtered or searched page.
    show_full_result_count = False
    prepopulated_fields = {"slug": ["headline"]}
    inlines = [ArticleAuthorInline, QuoteInline, RelatedLinkInline]
    readonly_fields = ["lead_image_preview", "body_html", "status", "first_published_at", "last_published_at"]
    actions = ["submit_selected", "approve_selected", "publish_scheduled_now", "unschedule_selected"]
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

    def get_changelist(self, request, **kwargs):
        return ArticleChangeList

    def get_paginator(self, request, queryset, per_page, orphans=0, allow_empty_first_page=True):
        narrowing = {name: values for name, values in request.GET.lists() if name not in NOT_NARROWING}
        return StoryListPaginator(
            queryset,
            per_page,
            orphans,
            allow_empty_first_page,
            user=request.user,
            narrowing=narrowing,
            # As the change list reads its search: blank words search for nothing.
            searched=bool(request.GET.get(SEARCH_VAR, "").strip()),
        )

    @admin.display(description=mark_safe('<input type="checkbox" id="action-toggle">'))
    def action_checkbox(self, obj):
        # Django's own renders a form widget through the template engine for every row,
        # the costliest cell of the list; this is the same element.
        return format_html(
            '<input type="checkbox" name="{}" value="{}" class="action-select" aria-label="{}">',
            helpers.ACTION_CHECKBOX_NAME,
            obj.pk,
            f"Select this object for an action - {obj}",
        )

    # --- who sees and changes what ------------------------------------------------

    def get_queryset(self, request):
        return (
            workflow.articles_visible_to(request.user)
            .select_related("section", "live_article")
            .prefetch_related(
                Prefetch(
                    "bylines",
                    # The byline names people, and reads nothing else of their account.
                    queryset=ArticleAuthor.objects.select_related("author").only(
                        "article_id", "author__first_name", "author__last_name", "author__username"
                    ),
                )
            )
            .annotate(
                # "live_article__isnull=False" tells the planner how few rows are working
                # copies: without it, it read the live_article index whole (100,000 rows)
                # into a hash for every page.
                has_working_copy=Exists(
                    workflow.articles_visible_to(request.user).filter(
                        live_article__isnull=False, live_article=OuterRef("pk")
                    )
                )
            )
        )

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or is_stale_post(request, obj) or workflow.can_edit(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        if not super().has_delete_permission(request, obj):
            return False
        if obj is None or request.user.is_superuser:
            return True
        # Published and scheduled stories are withdrawn or unscheduled, not deleted; a
        # working copy is discarded through the workflow, which keeps its history.
        return not obj.is_working_copy and obj.status in (Article.Status.DRAFT, Article.Status.IN_REVIEW)

    def has_publish_permission(self, request):
        return workflow.is_editor(request.user)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or self.has_change_permission(request, obj):
            return fieldsets
        # Read-only, the body is shown as the story reads, not as its HTML source.
        return [
            (name, {**options, "fields": ["body_html" if f == "body" else f for f in options["fields"]]})
            for name, options in fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not workflow.is_editor(request.user):
            fields.append("is_featured")
        return fields

    # --- saving -------------------------------------------------------------------

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        refusal = getattr(request, "_workflow_refusal", None)
        if refusal:
            form = type(form.__name__, (form,), {"workflow_refusal": refusal})
        return form

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and "_saveasnew" in request.POST:
            raise PermissionDenied(SAVE_AS_NEW_REFUSED)
        extra_context = dict(extra_context or {})
        if request.method == "POST":
            extra_context.setdefault("workflow_posted", request.POST)
            self._note_stale_post(request, object_id)
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except WorkflowRefused as refused:
            # The atomic block of the first pass rolled everything back. Show the form
            # again, as posted, invalid with the reason, so nothing typed is lost.
            request._workflow_refusal = refused.message
            extra_context["workflow_error"] = refused.message
            return super().changeform_view(request, object_id, form_url, extra_context)

    def _note_stale_post(self, request, object_id):
        posted = request.POST.get("loaded_version", "")
        if not (object_id and str(object_id).isdigit() and posted.isdigit()):
            return
        current = Article.objects.filter(pk=int(object_id)).values_list("edit_version", flat=True).first()
        if current is not None and int(posted) != current:
            request._stale_post_for = int(object_id)

    def save_model(self, request, obj, form, change):
        try:
            workflow.article_save(
                article=obj, user=request.user, expected_version=form.cleaned_data.get("loaded_version")
            )
        except (ValidationError, PermissionDenied) as exc:
            raise WorkflowRefused(workflow_views.error_text(exc)) from exc

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        article = form.instance
        if not change and not article.bylines.exists():
            ArticleAuthor.objects.create(article=article, author=request.user, order=0)
        workflow.article_saved(article=article, user=request.user, comment="Added" if not change else "Saved")
        action = request.POST.get("_workflow")
        if not action:
            return
        if action not in workflow_views.available_actions(request.user, article):
            raise WorkflowRefused(workflow_views.UNKNOWN_ACTION)
        try:
            outcome = workflow_views.run_action(action, article=article, user=request.user, data=request.POST)
        except (ValidationError, PermissionDenied) as exc:
            raise WorkflowRefused(workflow_views.error_text(exc)) from exc
        request._workflow_outcome = outcome

    def log_change(self, request, obj, message):
        outcome = getattr(request, "_workflow_outcome", None)
        # Approved changes were merged into the live story and their working copy deleted:
        # the admin's "recent actions" should point at the story that still exists.
        if (
            outcome is not None
            and outcome.article.pk != obj.pk
            and not Article.objects.filter(pk=obj.pk).exists()
        ):
            obj = outcome.article
        return super().log_change(request, obj, message)

    def response_add(self, request, obj, post_url_continue=None):
        outcome = getattr(request, "_workflow_outcome", None)
        if outcome:
            messages.success(request, outcome.message)
            return HttpResponseRedirect(workflow_views.change_url(outcome.article))
        if "_findquotes" in request.POST:
            messages.success(request, f"“{obj}” was saved. Here are the quotes in its body.")
            return HttpResponseRedirect(reverse("quote_finder:find", args=[obj.pk]))
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        outcome = getattr(request, "_workflow_outcome", None)
        if outcome:
            messages.success(request, f"“{obj}” was saved. {outcome.message}")
            return HttpResponseRedirect(workflow_views.change_url(outcome.article))
        if "_findquotes" in request.POST:
            messages.success(request, f"“{obj}” was saved. Here are the quotes in its body.")
            return HttpResponseRedirect(reverse("quote_finder:find", args=[obj.pk]))
        return super().response_change(request, obj)

    # --- the change form's status panel -------------------------------------------

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context.update(self.workflow_context(request, obj, context))
        return super().render_change_form(request, context, add, change, form_url, obj)

    def workflow_context(self, request, obj, context):
        if obj is None or obj.pk is None:
            return {}
        user = request.user
        editable = super().has_change_permission(request, obj) and workflow.can_edit(user, obj)
        story = obj.live_article or obj
        working_copy = (
            workflow.articles_visible_to(user).filter(live_article=obj).first()
            if not obj.is_working_copy
            else None
        )
        since = formats.date_format(timezone.localtime(obj.created_at), "DATETIME_FORMAT")
        actions = [
            {
                "name": name,
                "label": workflow_views.ACTION_LABELS[name],
                # Where the button posts: with the form when it can save, else the action view.
                "saves": editable and name in workflow_views.SAVING_ACTIONS,
                "confirm": workflow_views.CONFIRMATIONS.get(name, "").format(since=since),
                "needs_input": name in workflow_views.NEEDS_INPUT,
                "input_id": workflow_views.INPUT_IDS.get(name, ""),
            }
            for name in workflow_views.available_actions(user, obj)
        ]
        posted = context.get("workflow_posted") or {}
        events = list(
            ArticleEvent.objects.filter(article_id__in={obj.pk, story.pk}).select_related("user")[:25]
        )
        own_events = [e for e in events if e.article_id == obj.pk]
        returned = (
            own_events[0]
            if obj.status == Article.Status.DRAFT and own_events and own_events[0].action == "return"
            else None
        )
        submitted = (
            own_events[0]
            if obj.status == Article.Status.IN_REVIEW and own_events and own_events[0].action == "submit"
            else None
        )
        # The approval gate's check, shown while the story can still be fixed or approved.
        quotes_checked = obj.status in (Article.Status.DRAFT, Article.Status.IN_REVIEW)
        quotes_missing = quotes_missing_from_body(obj) if quotes_checked else []
        recent = list(versions_for_article(obj)[:9])
        versions = [
            {"version": v, "previous": recent[n + 1] if n + 1 < len(recent) else None}
            for n, v in enumerate(recent[:8])
        ]
        links = []
        if user.has_perm("articles.view_previewlink"):
            links = [
                {"link": link, "url": preview.preview_link_url(link)}
                for link in PreviewLink.objects.filter(article=obj).select_related("created_by")[:20]
            ]
        return {
            "wf_article": obj,
            "wf_story": story,
            "wf_working_copy": working_copy,
            "wf_editable": editable,
            "wf_actions": actions,
            "wf_action_names": {a["name"] for a in actions},
            "wf_events": events,
            "wf_returned": returned,
            "wf_submitted": submitted,
            "wf_quotes_checked": quotes_checked and obj.quotes.exists(),
            "wf_quotes_missing": quotes_missing,
            "wf_versions": versions,
            "wf_preview_links": links,
            "wf_can_share": user.has_perm("articles.add_previewlink"),
            "wf_preview_hours": settings.PREVIEW_LINK_HOURS,
            "wf_posted": posted,
            "wf_error": context.get("workflow_error"),
            "wf_now": timezone.now(),
            "wf_action_url": reverse("admin:articles_article_workflow", args=[obj.pk]),
        }

    # --- extra admin pages --------------------------------------------------------

    def get_urls(self):
        def wrap(view):
            def wrapper(request, *args, **kwargs):
                return view(self, request, *args, **kwargs)

            return self.admin_site.admin_view(wrapper)

        own = [
            path(
                "review-queue/", wrap(workflow_views.review_queue_view), name="articles_article_review_queue"
            ),
            path("tags/autocomplete/", wrap(tag_autocomplete_view), name="articles_article_tag_autocomplete"),
            path(
                "<path:object_id>/workflow/",
                wrap(workflow_views.workflow_action_view),
                name="articles_article_workflow",
            ),
            path(
                "<path:object_id>/versions/compare/",
                wrap(workflow_views.compare_view),
                name="articles_article_compare",
            ),
            path(
                "<path:object_id>/versions/<int:version_id>/restore/",
                wrap(workflow_views.restore_view),
                name="articles_article_restore",
            ),
            path(
                "<path:object_id>/preview-links/",
                wrap(workflow_views.preview_link_create_view),
                name="articles_article_preview_link_create",
            ),
            path(
                "<path:object_id>/preview-links/<int:link_id>/revoke/",
                wrap(workflow_views.preview_link_revoke_view),
                name="articles_article_preview_link_revoke",
            ),
        ]
        return own + super().get_urls()

    def history_view(self, request, object_id, extra_context=None):
        return workflow_views.history_view(self, request, object_id)

    # --- list columns and actions -------------------------------------------------

    @admin.display(description="Byline")
    def byline(self, obj):
        # The story list reads the names with its page (ArticleChangeList.get_results).
        return obj.byline_override or ", ".join(obj.byline_names)

    @admin.display(description="Status", ordering="status")
    def state(self, obj):
        label = obj.get_status_display()
        notes = []
        if obj.is_working_copy:
            notes.append("changes to a published story")
        elif getattr(obj, "has_working_copy", False):
            notes.append("changes pending")
        if obj.status == Article.Status.SCHEDULED and obj.scheduled_at:
            when = formats.date_format(timezone.localtime(obj.scheduled_at), "DATETIME_FORMAT")
            if obj.is_overdue and obj.publish_failure:
                return format_html(
                    '{} {} <strong class="wf-overdue" title="{}">OVERDUE: not published</strong>',
                    label,
                    when,
                    obj.publish_failure,
                )
            if obj.is_overdue:
                return format_html('{} {} <strong class="wf-overdue">OVERDUE</strong>', label, when)
            notes.append(when)
        return f"{label} ({'; '.join(notes)})" if notes else label

    @admin.display(description="Body")
    def body_html(self, obj):
        # The body is sanitized to the allowlist on every save (articles.sanitize).
        return mark_safe(f'<div class="newsroom-body-preview">{obj.body}</div>')

    @admin.display(description="Preview")
    def lead_image_preview(self, obj):
        if obj.lead_image and not obj.lead_image._committed:
            # A form shown again after an error: the chosen file was never stored, and the
            # browser has forgotten it, so say so rather than show a picture that is not there.
            return format_html(
                '<strong class="wf-image-unsaved">{}</strong>',
                LEAD_IMAGE_NOT_SAVED.format(name=obj.lead_image.name),
            )
        if not obj.lead_image:
            return "No image yet."
        return format_html(
            '<img src="{}" alt="{}" style="max-width:320px;height:auto;border:1px solid #ccc">',
            obj.lead_image.url,
            obj.lead_image_alt,
        )

    def _bulk(self, request, queryset, action, done_message):
        done, refused = 0, []
        for article in queryset.order_by("pk"):
            try:
                workflow_views.run_action(action, article=article, user=request.user, data={})
            except (ValidationError, PermissionDenied) as exc:
                refused.append(f"“{article}”: {workflow_views.error_text(exc)}")
            else:
                done += 1
        if done:
            self.message_user(request, done_message.format(n=done), messages.SUCCESS)
        for line in refused:
            self.message_user(request, line, messages.ERROR)

    @admin.action(description="Submit the selected drafts for review", permissions=["change"])
    def submit_selected(self, request, queryset):
        self._bulk(request, queryset, "submit", "{n} submitted for review.")

    @admin.action(description="Approve and publish the selected stories in review", permissions=["publish"])
    def approve_selected(self, request, queryset):
        self._bulk(request, queryset, "approve", "{n} approved and published.")

    @admin.action(description="Publish the selected scheduled stories now", permissions=["publish"])
    def publish_scheduled_now(self, request, queryset):
        self._bulk(request, queryset, "publish_now", "{n} published.")

    @admin.action(description="Take the selected stories off the schedule", permissions=["publish"])
    def unschedule_selected(self, request, queryset):
        self._bulk(request, queryset, "unschedule", "{n} taken off the schedule.")
