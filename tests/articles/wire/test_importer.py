"""Importing wire stories as drafts: what a draft keeps, re-imports by wire id and
version, working copies of published stories, quotes linked to recorded sources, who may
import, and a refused or failing file leaving nothing behind."""

import pytest
from django.utils import timezone

from articles import workflow
from articles.models import Article, ArticleEvent, Quote, WireOrigin
from articles.wire import importer
from articles.wire.importer import wire_import_file, wire_import_files
from tests.articles.wire.conftest import sample
from tests.factories import SectionFactory, SourceFactory, UserFactory

pytestmark = pytest.mark.django_db
Status = Article.Status


def run(name, user, section=None, data=None):
    return wire_import_file(
        filename=name, data=sample(name) if data is None else data, user=user, section=section
    )


@pytest.fixture
def mayor(db):
    return SourceFactory(name="Teresa Vance", title="Mayor", organization="City of Bellhaven")


def test_new_story_is_a_draft_in_the_chosen_section_with_the_wires_metadata(journalist, city):
    outcome = run("ferry-fares-v1.json", journalist, city)
    assert outcome.ok and outcome.action == "created"
    story = Article.objects.get(pk=outcome.article.pk)
    assert story.status == Status.DRAFT and story.section == city
    assert story.headline == "Bellhaven ferry fares to rise in January"
    assert story.byline_override == "By Nora Quillfeather, Bay Shore News Service"
    assert list(story.authors.all()) == [journalist]
    origin = story.wire_origin
    assert (origin.wire_id, origin.version, origin.format) == ("urn:bsns:2026:ferry-fares", 1, "ninjs")
    assert (origin.dateline, origin.credit) == ("BELLHAVEN", "Bay Shore News Service")
    assert origin.imported_by == journalist and origin.filename == "ferry-fares-v1.json"
    event = ArticleEvent.objects.get(article=story)
    assert (event.action, event.to_status) == ("wire_import", Status.DRAFT)
    assert workflow.EVENT_LABELS["wire_import"] == "Imported from the wire"


def test_body_is_sanitized(journalist, city):
    story = run("market-reopens.html", journalist, city).article
    story.refresh_from_db()
    assert "<script" not in story.body and "iframe" not in story.body and "onclick" not in story.body
    assert "<p>The market is open Wednesday to Sunday.</p>" in story.body
    ferry = run("ferry-fares-v1.json", journalist, city).article
    assert "alert" not in Article.objects.get(pk=ferry.pk).body


def test_no_byline_falls_back_to_credit_then_provider(journalist, city):
    data = b'{"uri": "u1", "headline": "H", "body_text": "B", "copyrightholder": "Bay Shore News Service"}'
    assert run("c.json", journalist, city, data).article.byline_override == "Bay Shore News Service"


def test_quotes_by_recorded_sources_are_linked_and_new_speakers_left_for_find_quotes(journalist, city, mayor):
    outcome = run("ferry-fares-v1.json", journalist, city)
    quotes = list(Quote.objects.filter(article=outcome.article))
    assert [(q.source, q.text) for q in quotes] == [
        (mayor, "Nobody likes paying more, but the boats are older than some of our deckhands")
    ]
    assert importer.QUOTES_ADDED.format(count=1) in outcome.notes
    assert importer.QUOTES_LEFT.format(count=1) in outcome.notes
    # The publishing gate accepts what the import recorded.
    assert workflow.quotes_missing_from_body(Article.objects.get(pk=outcome.article.pk)) == []


def test_without_recorded_sources_no_quote_is_made(journalist, city):
    outcome = run("ferry-fares-v1.json", journalist, city)
    assert not Quote.objects.filter(article=outcome.article).exists()
    assert importer.QUOTES_LEFT.format(count=2) in outcome.notes


def test_importing_again_updates_the_draft_instead_of_duplicating(journalist, city, mayor):
    first = run("ferry-fares-v1.json", journalist, city).article
    again = run("ferry-fares-v1.json", journalist, city)
    assert again.action == "updated" and again.article.pk == first.pk
    newer = run("ferry-fares-v2.json", journalist, SectionFactory(name="Business"))
    assert newer.action == "updated" and newer.article.pk == first.pk
    assert Article.objects.count() == 1 and WireOrigin.objects.count() == 1
    story = Article.objects.get(pk=first.pk)
    assert story.headline.endswith("discount for students kept")
    assert "Students keep their half-price pass." in story.body
    assert story.section == city  # a story seen before keeps its section
    assert story.wire_origin.version == 2
    assert Quote.objects.filter(article=story).count() == 1  # not recorded twice


def test_an_older_version_changes_nothing(journalist, city):
    run("library-levy-v2.xml", journalist, city)
    older = run("library-levy-v1.xml", journalist, city)
    assert older.ok and older.action == "unchanged"
    assert "older than version 2" in older.notes[0]
    story = Article.objects.get()
    assert "The vote was 6-1." in story.body and story.wire_origin.version == 2


def test_quotes_the_new_version_no_longer_holds_are_dropped(journalist, city, mayor):
    story = run("ferry-fares-v1.json", journalist, city).article
    data = sample("ferry-fares-v2.json").replace(b'\\"Nobody likes paying more', b'\\"Nobody likes paying')
    outcome = run("ferry-fares-v2.json", journalist, city, data)
    assert importer.QUOTES_REMOVED.format(count=1) in outcome.notes
    assert [q.text for q in Quote.objects.filter(article=story)] == [
        "Nobody likes paying, but the boats are older than some of our deckhands"
    ]


def test_newer_version_of_a_published_story_waits_on_a_working_copy(journalist, editor, city):
    draft = run("ferry-fares-v1.json", journalist, city).article
    workflow.article_submit(article=draft, user=journalist)
    live = workflow.article_approve(article=draft, user=editor)
    assert live.status == Status.PUBLISHED

    outcome = run("ferry-fares-v2.json", journalist, city)
    assert outcome.action == "working_copy"
    copy = outcome.article
    assert list(copy.events.values_list("action", "from_status", "to_status")) == [
        ("wire_import", Status.PUBLISHED, Status.DRAFT)
    ]
    assert copy.live_article_id == live.pk and copy.status == Status.DRAFT
    assert copy.headline.endswith("discount for students kept")
    live.refresh_from_db()
    assert live.headline == "Bellhaven ferry fares to rise in January"  # readers keep the published one
    # The same version again updates the same copy; no second copy.
    assert run("ferry-fares-v2.json", journalist, city).article.pk == copy.pk
    assert Article.objects.filter(live_article=live).count() == 1
    # An editor approves it like any working copy.
    workflow.article_submit(article=copy, user=journalist)
    workflow.article_approve(article=copy, user=editor)
    live.refresh_from_db()
    assert live.headline.endswith("discount for students kept")


def test_version_already_published_changes_nothing(journalist, editor, city):
    draft = run("ferry-fares-v1.json", journalist, city).article
    workflow.article_submit(article=draft, user=journalist)
    workflow.article_approve(article=draft, user=editor)
    outcome = run("ferry-fares-v1.json", journalist, city)
    assert outcome.action == "unchanged" and "already published" in outcome.notes[0]
    assert not Article.objects.filter(live_article__isnull=False).exists()


def test_withdrawn_story_takes_no_new_version(journalist, editor, city):
    draft = run("ferry-fares-v1.json", journalist, city).article
    workflow.article_submit(article=draft, user=journalist)
    workflow.article_approve(article=draft, user=editor)
    workflow.article_withdraw(article=draft, user=editor, reason="Agency withdrew it.")
    outcome = run("ferry-fares-v2.json", editor, city)
    assert not outcome.ok and "withdrawn" in outcome.message
    assert not Article.objects.filter(live_article__isnull=False).exists()


def test_story_in_review_is_frozen_for_the_journalist_but_not_for_an_editor(journalist, editor, city):
    draft = run("ferry-fares-v1.json", journalist, city).article
    workflow.article_submit(article=draft, user=journalist)
    refused = run("ferry-fares-v2.json", journalist, city)
    assert not refused.ok and refused.message == workflow.FROZEN.format(status="in review")
    assert run("ferry-fares-v2.json", editor, city).action == "updated"


def test_a_journalist_cannot_update_another_journalists_wire_draft(journalist, other_journalist, city):
    run("ferry-fares-v1.json", journalist, city)
    refused = run("ferry-fares-v2.json", other_journalist, city)
    assert not refused.ok and refused.message == workflow.NOT_YOURS
    assert Article.objects.get().wire_origin.version == 1


def test_someone_who_cannot_write_stories_cannot_import(city):
    reader = UserFactory(is_staff=True)
    outcome = run("ferry-fares-v1.json", reader, city)
    assert not outcome.ok and outcome.message == workflow.WIRE_NOT_ALLOWED
    assert not Article.objects.exists()


def test_a_new_story_needs_a_section(journalist):
    outcome = run("ferry-fares-v1.json", journalist)
    assert not outcome.ok and outcome.message == workflow.WIRE_NEEDS_SECTION


def test_a_failure_midway_leaves_nothing_half_imported(journalist, city, mayor, monkeypatch):
    def broken(**kwargs):
        raise workflow.TransitionError("The version store is full.")

    monkeypatch.setattr(workflow, "article_record_version", broken)
    outcome = run("ferry-fares-v1.json", journalist, city)
    assert not outcome.ok and outcome.message == "The version store is full."
    assert not Article.objects.exists()
    assert (
        not WireOrigin.objects.exists() and not Quote.objects.exists() and not ArticleEvent.objects.exists()
    )


def test_a_batch_reports_each_file_on_its_own(journalist, city):
    names = ["broken-truncated.json", "storm-drains.txt", "attack-external-entity.xml", "library-levy-v1.xml"]
    outcomes = wire_import_files([(n, sample(n)) for n in names], user=journalist, section=city)
    assert [(o.filename, o.ok) for o in outcomes] == [
        ("broken-truncated.json", False),
        ("storm-drains.txt", True),
        ("attack-external-entity.xml", False),
        ("library-levy-v1.xml", True),
    ]
    assert Article.objects.count() == 2
    assert str(outcomes[0]).startswith("broken-truncated.json: refused: it is not valid JSON")


def test_embargo_is_kept_and_reported(journalist, city):
    outcome = run("tide-gauge.json", journalist, city)
    assert outcome.article.wire_origin.embargoed_until == timezone.datetime(
        2030, 6, 1, 15, tzinfo=timezone.get_fixed_timezone(0)
    )
    assert any(note.startswith("Embargoed until") for note in outcome.notes)
