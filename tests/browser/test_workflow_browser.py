"""The editorial workflow in a real browser: a journalist submits, an editor approves, a
reader sees the story; later changes wait for approval; two editors saving one story."""

import pytest

from articles.models import Article
from tests.browser.admin_session import log_in
from tests.factories import ArticleFactory, EditorFactory, JournalistFactory, QuoteFactory

pytestmark = pytest.mark.django_db(transaction=True)

BODY = "<p>“We will not cut patrols,” the sheriff said on Tuesday.</p>"


def test_a_story_goes_from_draft_to_readers_and_later_changes_wait_for_approval(new_page, shoot):
    journalist = JournalistFactory(username="jo", first_name="Jo", last_name="Reporter")
    EditorFactory(username="ed", first_name="Erin", last_name="Editor")
    article = ArticleFactory(authors=[journalist], headline="Sheriff keeps patrols", body=BODY)
    QuoteFactory(article=article, text="We will not cut patrols.")

    writer = new_page()
    log_in(writer, "jo")
    writer.goto(f"/admin/articles/article/{article.pk}/change/")
    writer.fill("#id_dek", "The budget vote is next week.")
    writer.fill("#id_workflow_note", "Ready for a read.")
    writer.click("button[value=submit]")
    writer.wait_for_selector(".messagelist")
    assert "Submitted for review" in writer.inner_text(".messagelist")
    assert "In review" in writer.inner_text("#workflow-status")
    shoot(writer, "journalist-submitted")

    editor = new_page()
    log_in(editor, "ed")
    editor.goto("/admin/articles/article/review-queue/")
    shoot(editor, "review-queue")
    editor.click("#queue-in-review >> text=Sheriff keeps patrols")
    editor.click("button[value=approve]")
    editor.wait_for_selector(".messagelist")
    assert "Approved and published" in editor.inner_text(".messagelist")
    shoot(editor, "editor-published")

    article.refresh_from_db()
    reader = new_page()
    reader.goto(article.get_absolute_url())
    assert "Sheriff keeps patrols" in reader.inner_text("h1")

    writer.goto(f"/admin/articles/article/{article.pk}/change/")
    writer.click("button[value=start_edit]")
    writer.wait_for_selector("#id_headline")
    writer.fill("#id_headline", "Sheriff keeps every patrol")
    writer.click("button[value=submit]")
    writer.wait_for_selector(".messagelist")
    shoot(writer, "changes-submitted")
    reader.goto(article.get_absolute_url())
    assert "Sheriff keeps patrols" in reader.inner_text("h1")

    copy = Article.objects.get(live_article=article)
    editor.goto(f"/admin/articles/article/{copy.pk}/change/")
    editor.click("button[value=approve_changes]")
    editor.wait_for_selector(".messagelist")
    assert "changes are approved" in editor.inner_text(".messagelist")
    reader.goto(article.get_absolute_url())
    assert "Sheriff keeps every patrol" in reader.inner_text("h1")


def test_the_second_of_two_editors_saving_is_refused_and_keeps_their_text(new_page, shoot):
    EditorFactory(username="ed", first_name="Erin", last_name="Editor")
    EditorFactory(username="max", first_name="Max", last_name="Desk")
    article = ArticleFactory(headline="Ferry fares rise", body=BODY)
    url = f"/admin/articles/article/{article.pk}/change/"

    first, second = new_page(), new_page()
    log_in(first, "ed")
    log_in(second, "max")
    first.goto(url)
    second.goto(url)

    first.fill("#id_dek", "Erin's dek")
    first.click("input[name=_continue]")
    first.wait_for_selector(".messagelist")

    second.fill("#id_dek", "Max's careful dek")
    second.click("input[name=_continue]")
    second.wait_for_selector(".errornote")
    shoot(second, "stale-save-refused")
    assert "Erin Editor saved this story" in second.inner_text("#content-main")
    assert second.input_value("#id_dek") == "Max's careful dek"
    article.refresh_from_db()
    assert article.dek == "Erin's dek"
