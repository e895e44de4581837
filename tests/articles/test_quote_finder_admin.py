"""“Find quotes” in the admin: suggestions beside the body; accept, edit or reject."""

import pytest
from django.urls import reverse
from django.utils.html import escape

from articles.admin.quote_finder import (
    QUOTE_ALREADY_RECORDED,
    QUOTE_NOT_IN_BODY,
    SOURCE_REQUIRED,
)
from articles.models import Quote, Source
from tests.factories import ArticleFactory, PublishedArticleFactory, QuoteFactory, SourceFactory

pytestmark = pytest.mark.django_db

BODY = (
    "<p>“We are sleeping people on the floor of a gymnasium,” said Sheriff Dana Whitfield.</p>"
    "<p>Police Commissioner Alan Burke disagreed. "
    "“Nobody is there because of a parking ticket,” Burke said.</p>"
    "<p>Supervisor Teresa Gómez called the standoff “embarrassing for everyone at this table.”</p>"
)


def url(article):
    return reverse("quote_finder:find", args=[article.pk])


def suggestion_data(response, changes=None):
    """The page's formset as the browser would post it, with ``changes`` per row number."""
    formset = response.context["formset"]
    data = {
        "form-TOTAL_FORMS": str(formset.total_form_count()),
        "form-INITIAL_FORMS": "0",
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
    }
    for n, form in enumerate(formset.forms):
        for name, field in form.fields.items():
            value = form.initial.get(name, field.initial)
            if value is None or value is False:
                continue
            data[f"form-{n}-{name}"] = "on" if value is True else value
        for name, value in (changes or {}).get(n, {}).items():
            if value is None:
                data.pop(f"form-{n}-{name}", None)
            else:
                data[f"form-{n}-{name}"] = value
    return data


@pytest.fixture
def story(journalist):
    return ArticleFactory(authors=[journalist], body=BODY, headline="Jail crowding hearing")


def test_page_lists_suggestions_beside_the_highlighted_body(client, journalist, story):
    whitfield = SourceFactory(name="Dana Whitfield", title="Sheriff")
    client.force_login(journalist)
    response = client.get(url(story))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('<mark id="quote-') == 3
    forms = response.context["formset"].forms
    assert [f.initial["text"] for f in forms] == [
        "We are sleeping people on the floor of a gymnasium",
        "Nobody is there because of a parking ticket",
        "embarrassing for everyone at this table.",
    ]
    assert forms[0].initial["source"] == whitfield.pk
    assert forms[1].initial["new_name"] == "Alan Burke"
    assert forms[1].initial["new_title"] == "Police Commissioner"
    assert forms[2].initial["is_partial"] is True


def test_accepting_creates_quotes_and_new_sources_and_rejected_ones_are_skipped(client, journalist, story):
    whitfield = SourceFactory(name="Dana Whitfield", title="Sheriff")
    client.force_login(journalist)
    page = client.get(url(story))
    data = suggestion_data(page, {2: {"decision": "reject"}})
    response = client.post(url(story), data)
    assert response.status_code == 302
    quotes = list(Quote.objects.filter(article=story).select_related("source").order_by("order"))
    assert [(q.source.name, q.text) for q in quotes] == [
        ("Dana Whitfield", "We are sleeping people on the floor of a gymnasium"),
        ("Alan Burke", "Nobody is there because of a parking ticket"),
    ]
    assert quotes[0].source == whitfield
    burke = Source.objects.get(name="Alan Burke")
    assert burke.title == "Police Commissioner"
    assert not Source.objects.filter(name="Teresa Gómez").exists()


def test_journalist_can_edit_text_and_pick_another_source(client, journalist, story):
    other = SourceFactory(name="Ridgeport Police Department", kind=Source.Kind.ORGANIZATION)
    client.force_login(journalist)
    page = client.get(url(story))
    data = suggestion_data(
        page,
        {
            0: {"decision": "reject"},
            1: {"text": "Nobody is there because of a parking ticket", "source": str(other.pk)},
            2: {"decision": "reject"},
        },
    )
    assert client.post(url(story), data).status_code == 302
    quote = Quote.objects.get(article=story)
    assert quote.source == other
    assert not Source.objects.filter(name="Alan Burke").exists()


def test_words_not_in_the_body_are_a_field_error_and_nothing_is_saved(client, journalist, story):
    client.force_login(journalist)
    page = client.get(url(story))
    data = suggestion_data(page, {1: {"text": "Words the commissioner never said"}})
    response = client.post(url(story), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert escape(QUOTE_NOT_IN_BODY) in html
    assert "Words the commissioner never said" in html
    assert not Quote.objects.filter(article=story).exists()
    assert not Source.objects.filter(name="Alan Burke").exists()


def test_accepting_without_any_source_names_the_source_field(client, journalist, story):
    client.force_login(journalist)
    page = client.get(url(story))
    data = suggestion_data(page, {1: {"new_name": ""}})
    response = client.post(url(story), data)
    assert response.status_code == 200
    assert response.context["formset"].forms[1].errors["source"] == [SOURCE_REQUIRED]
    assert not Quote.objects.filter(article=story).exists()


def test_recorded_quotes_are_not_suggested_again_nor_added_twice(client, journalist, story):
    whitfield = SourceFactory(name="Dana Whitfield")
    QuoteFactory(article=story, source=whitfield, text="We are sleeping people on the floor of a gymnasium.")
    client.force_login(journalist)
    page = client.get(url(story))
    texts = [f.initial["text"] for f in page.context["formset"].forms]
    assert "We are sleeping people on the floor of a gymnasium" not in texts
    assert len(texts) == 2

    # A stale page posting the recorded quote again gets a field error.
    data = suggestion_data(page, {0: {"text": "We are sleeping people on the floor of a gymnasium"}})
    response = client.post(url(story), data)
    assert QUOTE_ALREADY_RECORDED in response.content.decode()
    assert Quote.objects.filter(article=story).count() == 1


def test_another_journalists_draft_is_missing_for_a_journalist(client, other_journalist, story):
    client.force_login(other_journalist)
    assert client.get(url(story)).status_code == 404
    assert client.post(url(story), {"form-TOTAL_FORMS": "0", "form-INITIAL_FORMS": "0"}).status_code == 404
    assert not Quote.objects.filter(article=story).exists()


def test_nobody_adds_quotes_to_a_live_published_story_in_place(client, editor):
    live = PublishedArticleFactory(body=BODY)
    client.force_login(editor)
    assert client.get(url(live)).status_code == 403


def test_editor_may_use_it_on_any_editable_story(client, editor, story):
    client.force_login(editor)
    assert client.get(url(story)).status_code == 200


def test_story_form_has_a_find_quotes_button_for_those_who_may_edit(
    client, journalist, other_journalist, story
):
    client.force_login(journalist)
    change = reverse("admin:articles_article_change", args=[story.pk])
    assert url(story) in client.get(change).content.decode()
    client.force_login(other_journalist)
    response = client.get(change)
    assert url(story) not in response.content.decode()


def test_finder_page_query_count_does_not_grow_with_recorded_sources(
    client, editor, django_assert_max_num_queries
):
    story = ArticleFactory(body=BODY * 5)
    for n in range(40):
        SourceFactory(name=f"Person Number{n}")
        QuoteFactory(source=SourceFactory(name="Dana Whitfield" if n == 0 else f"Other {n}"))
    client.force_login(editor)
    with django_assert_max_num_queries(25):
        response = client.get(url(story))
    assert response.status_code == 200


TWO_FROM_BURKE = BODY + "<p>“We will sit down this week,” Burke said.</p>"


def speaker_data(response, changes=None):
    """The page's speaker formset (one new source per speaker) as the browser posts it."""
    formset = response.context["speaker_formset"]
    data = {
        "speaker-TOTAL_FORMS": str(formset.total_form_count()),
        "speaker-INITIAL_FORMS": "0",
        "speaker-MIN_NUM_FORMS": "0",
        "speaker-MAX_NUM_FORMS": "1000",
    }
    for n, form in enumerate(formset.forms):
        for name, field in form.fields.items():
            value = form.initial.get(name, field.initial)
            if value:
                data[f"speaker-{n}-{name}"] = value
        data.update({f"speaker-{n}-{k}": v for k, v in (changes or {}).get(n, {}).items()})
    return data


def test_one_new_source_form_per_speaker_and_editing_it_once_applies_to_all_their_quotes(client, journalist):
    story = ArticleFactory(authors=[journalist], body=TWO_FROM_BURKE, headline="Jail crowding hearing")
    client.force_login(journalist)
    page = client.get(url(story))
    speakers = page.context["speaker_rows"]
    assert [(s["form"].initial["new_name"], s["quotes"]) for s in speakers] == [
        ("Dana Whitfield", [1]),
        ("Alan Burke", [2, 4]),
        ("Teresa Gómez", [3]),
    ]
    assert 'id="speaker-2"' in page.content.decode()
    data = suggestion_data(page) | speaker_data(
        page, {1: {"new_name": "Alan J. Burke", "new_organization": "Ridgeport Police Commission"}}
    )
    assert client.post(url(story), data).status_code == 302
    burke = Source.objects.get(name="Alan J. Burke")
    assert burke.organization == "Ridgeport Police Commission"
    assert list(Quote.objects.filter(source=burke).values_list("text", flat=True).order_by("order")) == [
        "Nobody is there because of a parking ticket",
        "We will sit down this week",
    ]
    assert not Source.objects.filter(name="Alan Burke").exists()


def test_a_recorded_source_picked_for_a_speaker_applies_to_all_their_quotes_unless_a_quote_picks_another(
    client, journalist
):
    story = ArticleFactory(authors=[journalist], body=TWO_FROM_BURKE, headline="Jail crowding hearing")
    recorded = SourceFactory(name="Alan Burke Jr.", title="Police Commissioner")
    other = SourceFactory(name="Ridgeport Police Department", kind=Source.Kind.ORGANIZATION)
    client.force_login(journalist)
    page = client.get(url(story))
    data = suggestion_data(page, {3: {"source": str(other.pk)}}) | speaker_data(
        page, {1: {"source": str(recorded.pk)}}
    )
    assert client.post(url(story), data).status_code == 302
    assert list(
        Quote.objects.filter(article=story).values_list("source__name", flat=True).order_by("order")
    ) == [
        "Dana Whitfield",
        "Alan Burke Jr.",
        "Teresa Gómez",
        "Ridgeport Police Department",
    ]
    assert Source.objects.filter(name="Alan Burke").count() == 0
