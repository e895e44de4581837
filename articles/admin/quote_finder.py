"""“Find quotes” in the admin: the quote finder's suggestions for one story, beside its
body. The journalist accepts, edits or rejects each; accepted ones become Quote rows, with a
new Source made from the proposal when no recorded source was picked.

Rules: the page is open to whoever may change the story in the story admin
(``ArticleAdmin.has_change_permission``) and add quotes; quotes already recorded on the
story are not suggested again and cannot be added twice; an accepted quote must appear word
for word in the body (the same rule as the publishing gate); nothing is saved unless every
accepted row is valid. Included from the project's URLconf under ``admin/find-quotes/``.

One proposal per speaker: the quotes the finder credits to the same new source share one
"new source" form (the ``speaker`` formset), so editing the proposed name, title or
organization once, or picking a recorded source instead, applies to every quote of that
speaker on which no other recorded source is picked. A post without that formset is read
quote by quote, as before.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max
from django.forms import formset_factory
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from articles import workflow
from articles.models import Article, Quote, Source
from articles.quote_integrity import normalize, quote_in_body
from articles.quotes import TextTooLong, find_quotes, paragraphs
from articles.sources import source_usage

FIND_QUOTES_NOT_ALLOWED = "You can find quotes only in a story you may edit."
QUOTE_TEXT_REQUIRED = "Give the quoted words, or reject this suggestion."
QUOTE_NOT_IN_BODY = "These words are not in the story's body; a quote must appear there word for word."
QUOTE_ALREADY_RECORDED = "This quote is already recorded for this story."
QUOTE_TWICE = "This quote is accepted twice on this page."
SOURCE_REQUIRED = "Pick a recorded source or name a new one."
SOURCE_ADD_NOT_ALLOWED = "You may not create sources; pick a recorded one."
QUOTES_ADDED = "Added {quotes} quote(s) to “{headline}”; created {sources} new source(s)."
NOTHING_ACCEPTED = "No suggestion was accepted; nothing was added."
VERSION_COMMENT = "Quotes added with Find quotes"

app_name = "quote_finder"


def quote_key(text: str) -> str:
    """Two quotes are the same when their words are, by the publishing gate's rules."""
    return normalize(text).strip("\"' ").rstrip(".,;:").strip().casefold()


class SuggestionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("accept", "Accept"), ("reject", "Reject")], initial="accept", widget=forms.RadioSelect
    )
    text = forms.CharField(label="Quoted words", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    source = forms.ModelChoiceField(
        queryset=Source.objects.all(),
        required=False,
        label="Recorded source",
        widget=AutocompleteSelect(Quote._meta.get_field("source"), admin.site),
    )
    new_name = forms.CharField(label="or new source: name", required=False, max_length=200)
    new_title = forms.CharField(label="title or role", required=False, max_length=200)
    new_organization = forms.CharField(label="organization", required=False, max_length=200)
    new_abbreviation = forms.CharField(label="abbreviation", required=False, max_length=20)
    new_kind = forms.ChoiceField(label="kind", choices=Source.Kind.choices, initial=Source.Kind.PERSON)
    obtained = forms.ChoiceField(label="How obtained", choices=Quote.Obtained.choices)
    is_partial = forms.BooleanField(label="Partial quote", required=False)
    speaker = forms.CharField(widget=forms.HiddenInput, required=False)
    speaker_group = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

    def __init__(self, *args, article=None, may_add_sources=True, speakers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.article = article
        self.may_add_sources = may_add_sources
        # The cleaned "new source" form of each speaker, by index, when the page posted them.
        self.speakers = speakers or {}

    @property
    def accepted(self) -> bool:
        return self.is_valid() and self.cleaned_data.get("decision") == "accept"

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") != "accept":
            return cleaned
        text = (cleaned.get("text") or "").strip()
        if not text:
            self.add_error("text", forms.ValidationError(QUOTE_TEXT_REQUIRED, code="required"))
        elif not quote_in_body(text, self.article.body):
            self.add_error("text", forms.ValidationError(QUOTE_NOT_IN_BODY, code="not_in_body"))
        speaker = self.speakers.get(cleaned.get("speaker_group"))
        if not cleaned.get("source") and speaker is not None:
            cleaned["source"] = speaker.get("source")
            for name in SPEAKER_FIELDS:
                cleaned[name] = speaker.get(name, "")
        if not cleaned.get("source"):
            if not (cleaned.get("new_name") or "").strip():
                self.add_error("source", forms.ValidationError(SOURCE_REQUIRED, code="source_required"))
            elif not self.may_add_sources:
                self.add_error(
                    "new_name", forms.ValidationError(SOURCE_ADD_NOT_ALLOWED, code="no_add_source")
                )
        cleaned["text"] = text
        return cleaned


SPEAKER_FIELDS = ("new_name", "new_title", "new_organization", "new_abbreviation", "new_kind")


class SpeakerForm(forms.Form):
    """The new source proposed for one speaker, shared by all of that speaker's quotes."""

    source = forms.ModelChoiceField(
        queryset=Source.objects.all(),
        required=False,
        label="or a recorded source",
        widget=AutocompleteSelect(Quote._meta.get_field("source"), admin.site),
    )
    new_name = forms.CharField(label="name", required=False, max_length=200)
    new_title = forms.CharField(label="title or role", required=False, max_length=200)
    new_organization = forms.CharField(label="organization", required=False, max_length=200)
    new_abbreviation = forms.CharField(label="abbreviation", required=False, max_length=20)
    new_kind = forms.ChoiceField(label="kind", choices=Source.Kind.choices, initial=Source.Kind.PERSON)


SpeakerFormSet = formset_factory(SpeakerForm, extra=0)


class BaseSuggestionFormSet(forms.BaseFormSet):
    def __init__(self, *args, article=None, may_add_sources=True, speakers=None, **kwargs):
        self.article = article
        self.may_add_sources = may_add_sources
        self.speakers = speakers or {}
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        return {"article": self.article, "may_add_sources": self.may_add_sources, "speakers": self.speakers}

    def clean(self):
        recorded = {
            quote_key(t) for t in Quote.objects.filter(article=self.article).values_list("text", flat=True)
        }
        seen = set()
        for form in self.forms:
            if not form.accepted or not form.cleaned_data.get("text"):
                continue
            key = quote_key(form.cleaned_data["text"])
            if key in recorded:
                form.add_error("text", forms.ValidationError(QUOTE_ALREADY_RECORDED, code="duplicate"))
            elif key in seen:
                form.add_error("text", forms.ValidationError(QUOTE_TWICE, code="duplicate"))
            seen.add(key)


SuggestionFormSet = formset_factory(SuggestionForm, formset=BaseSuggestionFormSet, extra=0)


def _speaker_groups(found) -> tuple[list, list]:
    """The proposed new sources of the suggestions, one per speaker, and for each suggestion
    the index of its speaker's proposal (None when a record matched or nobody is credited)."""
    proposals: dict[tuple[str, str], int] = {}
    groups, of_quote = [], []
    for quote in found:
        if quote.source is not None or quote.proposed is None:
            of_quote.append(None)
            continue
        key = (quote.proposed.name.casefold(), quote.proposed.kind)
        if key not in proposals:
            proposals[key] = len(groups)
            groups.append({"proposed": quote.proposed, "numbers": []})
        groups[proposals[key]]["numbers"].append(len(of_quote) + 1)
        of_quote.append(proposals[key])
    return groups, of_quote


def _speaker_initial(proposed) -> dict:
    return {
        "new_name": proposed.name,
        "new_title": proposed.title,
        "new_organization": proposed.organization,
        "new_abbreviation": proposed.abbreviation,
        "new_kind": proposed.kind,
    }


def _initial(found, group=None) -> dict:
    data = {
        "decision": "accept",
        "text": found.text,
        "obtained": found.obtained,
        "is_partial": found.is_partial,
        "speaker": found.speaker,
        "speaker_group": group,
    }
    if found.source is not None:
        data["source"] = found.source.pk
    elif found.proposed is not None:
        data.update(
            new_name=found.proposed.name,
            new_title=found.proposed.title,
            new_organization=found.proposed.organization,
            new_abbreviation=found.proposed.abbreviation,
            new_kind=found.proposed.kind,
        )
    return data


def _highlighted_body(article, suggestions) -> list:
    """The body's paragraphs with each suggested quote marked and numbered."""
    by_paragraph: dict[int, list] = {}
    for number, found in suggestions:
        by_paragraph.setdefault(found.paragraph, []).append((number, found))
    result, offset = [], 0
    for index, text in enumerate(paragraphs(article.body)):
        pieces, cursor = [], 0
        for number, found in sorted(by_paragraph.get(index, []), key=lambda item: item[1].start):
            start, end = found.start - offset, found.end - offset
            pieces.append(format_html("{}", text[cursor:start]))
            pieces.append(
                format_html(
                    '<mark id="quote-{0}" data-quote="{0}"><sup>{0}</sup>{1}</mark>', number, text[start:end]
                )
            )
            cursor = end
        pieces.append(format_html("{}", text[cursor:]))
        result.append(format_html_join("", "{}", ((p,) for p in pieces)))
        offset += len(text) + 2
    return result


def find_quotes_view(request, pk):
    # A story the user may not see is missing, as one that does not exist.
    article = get_object_or_404(workflow.articles_visible_to(request.user).select_related("section"), pk=pk)
    article_admin = admin.site.get_model_admin(Article)
    if not article_admin.has_change_permission(request, article) or not request.user.has_perm(
        "articles.add_quote"
    ):
        raise PermissionDenied(FIND_QUOTES_NOT_ALLOWED)
    may_add_sources = request.user.has_perm("articles.add_source")
    change_url = reverse("admin:articles_article_change", args=[article.pk])

    recorded = list(Quote.objects.filter(article=article).select_related("source").order_by("order", "id"))
    recorded_keys = {quote_key(q.text) for q in recorded}
    finder_error = ""
    try:
        candidates = find_quotes(article.body, sources=Source.objects.all())
    except TextTooLong as too_long:
        # The story stays as it is; the journalist is told why nothing is suggested.
        candidates, finder_error = [], str(too_long)
    found = [q for q in candidates if quote_key(q.text) not in recorded_keys]
    suggestions = list(enumerate(found, 1))
    groups, group_of_quote = _speaker_groups(found)

    if request.method == "POST":
        speaker_formset, speakers = None, {}
        if "speaker-TOTAL_FORMS" in request.POST:
            speaker_formset = SpeakerFormSet(request.POST, prefix="speaker")
            if speaker_formset.is_valid():
                speakers = dict(enumerate(speaker_formset.cleaned_data))
        formset = SuggestionFormSet(
            request.POST, article=article, may_add_sources=may_add_sources, speakers=speakers
        )
        speakers_valid = speaker_formset is None or speaker_formset.is_valid()
        if formset.is_valid() and speakers_valid:
            accepted = [
                form.cleaned_data for form in formset.forms if form.cleaned_data.get("decision") == "accept"
            ]
            if not accepted:
                messages.info(request, NOTHING_ACCEPTED)
                return HttpResponseRedirect(change_url)
            quotes, created = _save(article, accepted, request.user)
            messages.success(
                request, QUOTES_ADDED.format(quotes=quotes, headline=article.headline, sources=created)
            )
            return HttpResponseRedirect(change_url)
    else:
        formset = SuggestionFormSet(
            initial=[_initial(f, g) for (_, f), g in zip(suggestions, group_of_quote, strict=True)],
            article=article,
            may_add_sources=may_add_sources,
        )
        speaker_formset = SpeakerFormSet(
            initial=[_speaker_initial(g["proposed"]) for g in groups], prefix="speaker"
        )

    matched_ids = [f.source.pk for f in found if f.source is not None]
    usage = source_usage(matched_ids)
    rows = []
    for n, form in enumerate(formset.forms):
        suggestion = found[n] if n < len(found) else None
        source = suggestion.source if suggestion else None
        group = group_of_quote[n] if n < len(group_of_quote) else None
        rows.append(
            {
                "number": n + 1,
                "form": form,
                "usage": usage.get(source.pk) if source else None,
                "speaker_number": None if group is None else group + 1,
            }
        )
    speaker_rows = []
    if speaker_formset is not None:
        for n, form in enumerate(speaker_formset.forms):
            numbers = groups[n]["numbers"] if n < len(groups) else []
            speaker_rows.append({"number": n + 1, "form": form, "quotes": numbers})
    context = {
        **admin.site.each_context(request),
        "opts": Article._meta,
        "title": f"Find quotes: {article.headline}",
        "article": article,
        "change_url": change_url,
        "formset": formset,
        "rows": rows,
        "speaker_formset": speaker_formset,
        "speaker_rows": speaker_rows,
        "recorded": recorded,
        "body": _highlighted_body(article, suggestions),
        "media": formset.media + (speaker_formset.media if speaker_formset is not None else forms.Media()),
        "may_add_sources": may_add_sources,
        "finder_error": finder_error,
    }
    return TemplateResponse(request, "admin/articles/article/find_quotes.html", context)


@transaction.atomic
def _save(article, accepted, user) -> tuple[int, int]:
    """Create the accepted quotes (and new sources) in one transaction."""
    # The story row is locked so two people accepting at once cannot record a quote twice.
    article = Article.objects.select_for_update().get(pk=article.pk)
    recorded = {quote_key(t) for t in Quote.objects.filter(article=article).values_list("text", flat=True)}
    order = (Quote.objects.filter(article=article).aggregate(m=Max("order"))["m"] or 0) + 1
    new_sources: dict[tuple[str, str], Source] = {}
    added = 0
    for data in accepted:
        key = quote_key(data["text"])
        if key in recorded:
            continue
        source = data.get("source")
        if source is None:
            wanted = (data["new_name"].strip().casefold(), data["new_organization"].strip().casefold())
            source = new_sources.get(wanted)
            if source is None:
                source = Source(
                    name=data["new_name"].strip(),
                    title=data["new_title"].strip(),
                    organization=data["new_organization"].strip(),
                    abbreviation=data["new_abbreviation"].strip(),
                    kind=data["new_kind"],
                )
                source.full_clean(exclude=["slug"])
                source.save()
                new_sources[wanted] = source
        Quote.objects.create(
            article=article,
            source=source,
            text=data["text"],
            obtained=data["obtained"],
            is_partial=data["is_partial"],
            order=order,
        )
        recorded.add(key)
        order += 1
        added += 1
    if added:
        workflow.article_saved(article=article, user=user, comment=VERSION_COMMENT)
    return added, len(new_sources)


urlpatterns = [
    path("<int:pk>/", admin.site.admin_view(find_quotes_view), name="find"),
]
