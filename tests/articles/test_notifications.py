"""Who is emailed, when: only after the transaction commits, only the people concerned."""

import pytest
from django.contrib.auth.models import Permission
from django.db import transaction

from articles import notifications, tasks, workflow
from articles.models import Article
from tests.factories import ArticleFactory, EditorFactory, JournalistFactory, UserFactory

pytestmark = pytest.mark.django_db

Status = Article.Status


def recipients(outbox):
    return sorted(address for message in outbox for address in message.to)


def test_submitting_emails_every_editor_and_nobody_else(
    journalist, other_journalist, editor, mailoutbox, django_capture_on_commit_callbacks
):
    second_editor = EditorFactory(username="ed2")
    inactive_editor = EditorFactory(username="gone", is_active=False)
    direct = UserFactory(username="direct", is_staff=True)
    direct.user_permissions.add(Permission.objects.get(codename="publish_article"))
    UserFactory(username="root", is_superuser=True, is_staff=True)  # not an editor by role
    article = ArticleFactory(authors=[journalist])
    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_submit(article=article, user=journalist)
    assert recipients(mailoutbox) == sorted([editor.email, second_editor.email, direct.email])
    assert inactive_editor.email not in recipients(mailoutbox)
    assert all(len(m.to) == 1 for m in mailoutbox)  # nobody sees the other recipients
    assert article.headline in mailoutbox[0].subject


def test_an_editor_submitting_their_own_story_is_not_emailed_about_it(
    editor, mailoutbox, django_capture_on_commit_callbacks
):
    other_editor = EditorFactory(username="ed2")
    article = ArticleFactory(authors=[editor])
    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_submit(article=article, user=editor)
    assert recipients(mailoutbox) == [other_editor.email]


def test_returning_emails_the_authors_with_the_comment(
    journalist, other_journalist, editor, mailoutbox, django_capture_on_commit_callbacks
):
    co_author = JournalistFactory(username="co")
    article = ArticleFactory(authors=[journalist, co_author], status=Status.IN_REVIEW)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_return(article=article, user=editor, comment="Confirm the date with the clerk.")
    assert recipients(mailoutbox) == sorted([journalist.email, co_author.email])
    assert "Confirm the date with the clerk." in mailoutbox[0].body
    assert mailoutbox[0].subject == notifications.SUBJECT_RETURNED.format(headline=article.headline)


def test_scheduling_and_publishing_email_the_authors(
    journalist, editor, mailoutbox, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from django.utils import timezone

    scheduled = ArticleFactory(authors=[journalist], status=Status.IN_REVIEW)
    now = ArticleFactory(authors=[journalist], status=Status.IN_REVIEW)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_approve(
            article=scheduled, user=editor, publish_at=timezone.now() + timedelta(hours=3)
        )
        workflow.article_approve(article=now, user=editor)
    subjects = sorted(m.subject for m in mailoutbox)
    assert subjects == sorted(
        [
            notifications.SUBJECT_SCHEDULED.format(headline=scheduled.headline),
            notifications.SUBJECT_PUBLISHED.format(headline=now.headline),
        ]
    )
    assert recipients(mailoutbox) == [journalist.email, journalist.email]
    published_mail = next(m for m in mailoutbox if m.subject.startswith("Published"))
    assert Article.objects.get(pk=now.pk).get_absolute_url() in published_mail.body


def test_nothing_is_sent_before_the_transaction_commits(journalist, editor, mailoutbox):
    article = ArticleFactory(authors=[journalist])
    with transaction.atomic():
        workflow.article_submit(article=article, user=journalist)
        assert mailoutbox == []


def test_nothing_is_sent_when_the_transaction_rolls_back(
    journalist, editor, mailoutbox, django_capture_on_commit_callbacks
):
    article = ArticleFactory(authors=[journalist])
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                workflow.article_submit(article=article, user=journalist)
                raise RuntimeError("the request failed later on")
        except RuntimeError:
            pass
    assert mailoutbox == []
    article.refresh_from_db()
    assert article.status == Status.DRAFT


def test_a_refused_transition_sends_nothing(
    journalist, editor, mailoutbox, django_capture_on_commit_callbacks
):
    article = ArticleFactory(authors=[journalist], status=Status.IN_REVIEW)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(workflow.TransitionError):
        workflow.article_return(article=article, user=editor, comment="")
    assert mailoutbox == []


def test_people_without_an_email_address_are_skipped(editor, mailoutbox, django_capture_on_commit_callbacks):
    author = JournalistFactory(username="noemail", email="")
    article = ArticleFactory(authors=[author], status=Status.IN_REVIEW)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_return(article=article, user=editor, comment="Fix the lede.")
    assert mailoutbox == []


def test_a_mail_server_failure_does_not_undo_or_break_a_committed_transition(
    journalist, editor, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(*args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr(tasks, "get_connection", lambda **kw: type("C", (), {"send_messages": broken})())
    article = ArticleFactory(authors=[journalist])
    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_submit(article=article, user=journalist)
    article.refresh_from_db()
    assert article.status == Status.IN_REVIEW


def test_a_headline_with_line_breaks_is_mailed_with_a_one_line_subject_and_nothing_added(
    journalist, editor, mailoutbox, django_capture_on_commit_callbacks
):
    article = ArticleFactory(authors=[journalist], headline="Budget passes\r\nBcc: everyone@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_submit(article=article, user=journalist)

    assert recipients(mailoutbox) == [editor.email]
    message = mailoutbox[0]
    assert message.subject == "For review: Budget passes Bcc: everyone@example.org"
    assert message.message()["Bcc"] is None
    assert "\nBudget passes Bcc: everyone@example.org\n" in message.body


def test_tabs_and_hidden_control_characters_in_a_headline_do_not_reach_the_subject_or_body(
    journalist, editor, mailoutbox, django_capture_on_commit_callbacks
):
    article = ArticleFactory(
        authors=[journalist],
        headline="Council\tvotes\x0b on \u202ethe\u202c budget\x1b",
        status=Status.IN_REVIEW,
    )
    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_approve(article=article, user=editor)

    assert [m.subject for m in mailoutbox] == ["Published: Council votes on the budget"]
    assert "Council votes on the budget\n" in mailoutbox[0].body
    assert not any(ch in mailoutbox[0].body for ch in "\t\x0b\x1b\u202e\r")


def test_a_returned_storys_comment_keeps_its_lines(
    journalist, editor, mailoutbox, django_capture_on_commit_callbacks
):
    article = ArticleFactory(authors=[journalist], status=Status.IN_REVIEW)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_return(article=article, user=editor, comment="Confirm the date.\r\nCall the clerk.")

    assert "Their comment:\nConfirm the date.\nCall the clerk.\n" in mailoutbox[0].body
