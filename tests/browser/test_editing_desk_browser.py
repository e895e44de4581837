"""The editing desk in a real browser: a journalist and an editor walk through the traps the
desk used to have (issue 13): leaving a changed form, a preview link after an edit,
discarding changes, taking a submission back, tags as chips, the status bar that stays
at the top with its actions, and compare word by word. Screenshots at 1280 and 1600 px."""

import pytest

from articles import workflow
from articles.history import versions_for_article
from articles.models import Article, ArticleEvent, PreviewLink
from tests.browser.admin_session import log_in
from tests.browser.conftest import SCREENSHOTS
from tests.factories import (
    ArticleFactory,
    EditorFactory,
    JournalistFactory,
    PublishedArticleFactory,
    QuoteFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)

PARAGRAPHS = [
    f"Paragraph {n} of the city hall story: the council met on Tuesday night and voted." for n in range(1, 19)
]
BODY = "<p>“We will not cut patrols,” the sheriff said on Tuesday.</p>" + "".join(
    f"<p>{p}</p>" for p in PARAGRAPHS
)


class Dialogs:
    """Answers the page's confirm() dialogs as told, and remembers what they said."""

    def __init__(self, page):
        self.messages = []
        self.accept = False
        page.on("dialog", self._answer)

    def _answer(self, dialog):
        self.messages.append(dialog.message)
        if self.accept:
            dialog.accept()
        else:
            dialog.dismiss()


def screen(page, request, name):
    """The window as the person sees it (not the full page), under screenshots/<test>/."""
    folder = SCREENSHOTS / request.node.name
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"view-{name}.png"))


def settled(page):
    """Wait until the form has noted its saved state (editing_desk.js)."""
    page.wait_for_selector("#article_form[data-settled=true]", state="attached")


def add_tag_chip(page, typed, pick=None):
    page.click("#id_tags + .select2 .select2-selection")
    page.keyboard.type(typed)
    option = pick or f"New tag: {typed}"
    page.click(f".select2-container--open .select2-results__option:text-is({option!r})")


def bar_stays_on_top(page):
    page.mouse.wheel(0, 4000)
    page.wait_for_timeout(300)
    assert page.evaluate("window.scrollY") > 1000
    top = page.locator("#workflow-status").bounding_box()["y"]
    assert abs(top) < 2, f"the status bar scrolled away (top at {top})"


def test_a_journalist_is_warned_before_losing_work_takes_a_story_back_and_tags_it(new_page, shoot, request):
    journalist = JournalistFactory(username="jo", first_name="Jo", last_name="Reporter")
    EditorFactory(username="ed", first_name="Erin", last_name="Editor")
    ArticleFactory(authors=[journalist], tags=["City Council"])
    article = ArticleFactory(authors=[journalist], headline="Council weighs the bridge rebuild", body=BODY)
    QuoteFactory(article=article, text="We will not cut patrols.")

    writer = new_page()
    dialogs = Dialogs(writer)
    log_in(writer, "jo")
    writer.goto(f"/admin/articles/article/{article.pk}/change/")
    settled(writer)
    shoot(writer, "draft-form-1280")
    assert "Quote check: every quote is found in the body." in writer.inner_text("#workflow-status")
    bar_stays_on_top(writer)
    screen(writer, request, "draft-form-1280-scrolled")
    writer.set_viewport_size({"width": 1600, "height": 900})
    screen(writer, request, "draft-form-1600-scrolled")
    writer.evaluate("window.scrollTo(0, 0)")
    writer.set_viewport_size({"width": 1280, "height": 900})

    # An edit, then a link away: the form warns, and staying keeps the text.
    writer.fill("#id_dek", "The vote is next week.")
    writer.click("#content .object-tools a.historylink")
    assert "unsaved changes" in dialogs.messages[-1]
    assert writer.url.endswith(f"/{article.pk}/change/")
    assert writer.input_value("#id_dek") == "The vote is next week."

    # Tags as chips: an existing tag picked from the autocomplete, a new one typed.
    add_tag_chip(writer, "Coun", pick="City Council")
    add_tag_chip(writer, "ferry budget")
    shoot(writer, "tag-chips")
    with writer.expect_navigation():
        writer.click("#workflow-status button[name=_continue]")
    assert sorted(Article.objects.get(pk=article.pk).tags.names()) == ["City Council", "ferry budget"]
    assert Article.objects.get(pk=article.pk).dek == "The vote is next week."

    # Submitted, then taken back to fix: the button asks first.
    settled(writer)
    with writer.expect_navigation():
        writer.click("#workflow-status button[value=submit]")
    assert "In review" in writer.inner_text("#workflow-status")
    dialogs.accept = False
    writer.click("#workflow-status button[value=take_back]")
    assert "Take this story back from review?" in dialogs.messages[-1]
    assert Article.objects.get(pk=article.pk).status == Article.Status.IN_REVIEW
    dialogs.accept = True
    with writer.expect_navigation():
        writer.click("#workflow-status button[value=take_back]")
    assert "the editors have been told" in writer.inner_text(".messagelist")
    assert "Draft" in writer.inner_text("#workflow-status")
    assert ArticleEvent.objects.filter(article=article, action="take_back").exists()
    writer.wait_for_selector("#id_headline")
    shoot(writer, "taken-back")


def test_an_editor_keeps_edits_before_a_preview_link_confirms_a_discard_and_compares_words(
    new_page, shoot, request
):
    journalist = JournalistFactory(username="jo", first_name="Jo", last_name="Reporter")
    editor_user = EditorFactory(username="ed", first_name="Erin", last_name="Editor")
    review = ArticleFactory(
        authors=[journalist],
        headline="Sheriff asks for body cameras",
        body=BODY,
        status=Article.Status.IN_REVIEW,
    )
    QuoteFactory(article=review, text="We will not cut patrols.")
    live = PublishedArticleFactory(
        authors=[journalist], headline="Council approves the bridge rebuild", body=BODY
    )

    editor = new_page()
    dialogs = Dialogs(editor)
    log_in(editor, "ed")

    # The status bar's actions, still there at the bottom of a long story.
    editor.goto(f"/admin/articles/article/{review.pk}/change/")
    settled(editor)
    shoot(editor, "review-form-1280")
    bar_stays_on_top(editor)
    bar = editor.locator("#workflow-status")
    for action in ("Save", "Approve and publish now", "Approve and schedule…", "Return to the author…"):
        assert bar.get_by_text(action, exact=True).is_visible()
    editor.click("#workflow-status a:text-is('Return to the author…')")
    assert editor.evaluate("document.activeElement.id") == "id_workflow_comment"
    screen(editor, request, "review-form-1280-return")

    # A preview link right after an edit: the page says the edit would be lost; staying keeps it.
    editor.evaluate("window.scrollTo(0, 0)")
    editor.fill("#id_dek", "Edited, not saved yet.")
    editor.click("#preview-links button:text-is('Create a preview link')")
    assert "unsaved changes" in dialogs.messages[-1]
    assert PreviewLink.objects.count() == 0
    assert editor.input_value("#id_dek") == "Edited, not saved yet."
    with editor.expect_navigation():
        editor.click("#workflow-status button[name=_continue]")
    settled(editor)
    with editor.expect_navigation():
        editor.click("#preview-links button:text-is('Create a preview link')")
    assert PreviewLink.objects.filter(article=review).count() == 1
    assert Article.objects.get(pk=review.pk).dek == "Edited, not saved yet."

    # Discarding a working copy asks first, naming what would be lost.
    copy = workflow.article_start_edit(article=live, user=editor_user)
    editor.goto(f"/admin/articles/article/{copy.pk}/change/")
    settled(editor)
    editor.click("#workflow-status button[value=discard_changes]")
    assert "Discard every change made on this copy" in dialogs.messages[-1]
    assert Article.objects.filter(pk=copy.pk).exists()
    dialogs.accept = True
    with editor.expect_navigation():
        editor.click("#workflow-status button[value=discard_changes]")
    assert not Article.objects.filter(pk=copy.pk).exists()

    # Compare: words changed inside a paragraph, unchanged paragraphs folded.
    copy = workflow.article_start_edit(article=live, user=editor_user)
    copy.body = BODY.replace(
        "Paragraph 10 of the city hall story", "Paragraph 10 of the amended city hall story"
    )
    copy.save()
    workflow.article_saved(article=copy, user=editor_user, comment="Amended paragraph 10")
    workflow.article_publish_changes(article=copy, user=editor_user)
    newer, older = list(versions_for_article(live)[:3])[0], list(versions_for_article(live)[:3])[2]
    editor.goto(f"/admin/articles/article/{live.pk}/history/")
    shoot(editor, "history-1280")
    editor.goto(f"/admin/articles/article/{live.pk}/versions/compare/?from={older.pk}&to={newer.pk}")
    assert editor.inner_text(".wf-body-diff ins.wf-add") == "amended"
    assert "unchanged paragraphs" in editor.inner_text(".wf-body-diff")
    shoot(editor, "compare-1280")
    editor.set_viewport_size({"width": 1600, "height": 900})
    shoot(editor, "compare-1600")
