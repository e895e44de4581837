"""Comparing versions: the body paragraph by paragraph, words inserted and deleted inside an
edited paragraph, unchanged paragraphs folded."""

import pytest
from django.urls import reverse

from articles import workflow
from articles.history import paragraph_diff, versions_for_article, word_diff
from tests.factories import ArticleFactory

PARAGRAPHS = [f"Paragraph {n} of the council story, as filed." for n in range(1, 19)]


def test_word_diff_marks_the_words_inserted_and_deleted():
    assert word_diff("The council voted 5-2 on Tuesday.", "The council voted 6-1 late on Tuesday.") == [
        (" ", "The council voted"),
        ("-", "5-2"),
        ("+", "6-1 late"),
        (" ", "on Tuesday."),
    ]


def test_paragraph_diff_folds_unchanged_paragraphs_and_edits_inside_one():
    edited = list(PARAGRAPHS)
    edited[9] = "Paragraph 10 of the council story, as corrected."
    steps = paragraph_diff(PARAGRAPHS, edited)
    assert [(s.kind, s.count) for s in steps] == [("same", 9), ("changed", 0), ("same", 8)]
    assert ("-", "filed.") in steps[1].words and ("+", "corrected.") in steps[1].words


def test_a_rewritten_paragraph_is_shown_removed_and_added():
    steps = paragraph_diff(["The mayor spoke first."], ["Rain closed the ferry terminal for hours."])
    assert [s.kind for s in steps] == ["removed", "added"]


@pytest.mark.django_db
def test_compare_shows_word_changes_in_the_bodys_typeface(client, editor):
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    article = ArticleFactory(authors=[editor], body=body)
    workflow.article_saved(article=article, user=editor, comment="Filed")
    article.body = body.replace(
        "Paragraph 10 of the council story, as filed.", "Paragraph 10 of the council story, as amended."
    )
    article.save()
    workflow.article_saved(article=article, user=editor, comment="Corrected")
    newer, older = versions_for_article(article)[:2]
    client.force_login(editor)
    html = client.get(
        reverse("admin:articles_article_compare", args=[article.pk]), {"from": older.pk, "to": newer.pk}
    ).content.decode()
    assert 'class="wf-body-diff"' in html
    assert 'story, as <del class="wf-del">filed.</del> <ins class="wf-add">amended.</ins>' in html
    assert "9 unchanged paragraphs" in html and "8 unchanged paragraphs" in html
