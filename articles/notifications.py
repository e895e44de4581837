"""Email about a story's progress, sent by ``articles.workflow`` only after its transaction
commits, and only to the people concerned:

* submitted for review, or taken back from review by its author: the editors (active users
  holding ``articles.publish_article`` through a group or directly), except the one who acted;
* returned, scheduled, published: the story's byline authors, except the editor who acted.

Each recipient gets an email of their own, sent by a background task
(``articles.tasks.deliver_email``); people without an email address are skipped.
Headlines and names are put on one line wherever they go: a line break in a headline would
make Django refuse the subject (and the mail would be lost), or add a line to the body.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.urls import reverse
from django.utils import formats, timezone

from articles import tasks
from articles.models import Article, person_name
from articles.plain_text import one_line, text_lines

SUBJECT_SUBMITTED = "For review: {headline}"
SUBJECT_RETURNED = "Returned to you: {headline}"
SUBJECT_SCHEDULED = "Scheduled: {headline}"
SUBJECT_PUBLISHED = "Published: {headline}"
SUBJECT_CHANGES_PUBLISHED = "Your changes are live: {headline}"
SUBJECT_TAKEN_BACK = "Taken back from review: {headline}"


def _name(user) -> str:
    if user is None:
        return "The scheduler"
    return one_line(person_name(user))


def _headline(article: Article) -> str:
    return one_line(article.headline)


def _admin_url(article: Article) -> str:
    return settings.SITE_URL + reverse("admin:articles_article_change", args=[article.pk])


def editors():
    """Active users who may approve stories."""
    perm = Permission.objects.get(content_type__app_label="articles", codename="publish_article")
    User = get_user_model()
    return User.objects.filter(
        Q(groups__permissions=perm) | Q(user_permissions=perm), is_active=True
    ).distinct()


def authors_of(article: Article):
    """The byline authors of the story (of the live story, for a working copy)."""
    story_id = article.live_article_id or article.pk
    User = get_user_model()
    return User.objects.filter(bylines__article_id=story_id, is_active=True).distinct()


def _send(recipients, subject: str, body: str, exclude_id=None) -> int:
    """Queue one e-mail per recipient (a background task each, retried on its own while
    the mail server is down); returns how many were queued."""
    subject, body = one_line(subject), text_lines(body)
    addresses = [user.email for user in recipients if user.email and user.pk != exclude_id]
    for address in addresses:
        tasks.enqueue_on_commit(
            tasks.deliver_email,
            subject=subject,
            body=body,
            to=address,
            from_email=settings.DEFAULT_FROM_EMAIL,
        )
    return len(addresses)


def _load(article_id, actor_id):
    article = Article.objects.select_related("section", "live_article").filter(pk=article_id).first()
    actor = get_user_model().objects.filter(pk=actor_id).first() if actor_id else None
    return article, actor


def notify_submitted(*, article_id, actor_id) -> int:
    article, actor = _load(article_id, actor_id)
    if article is None:
        return 0
    what = "Changes to a published story" if article.is_working_copy else "A story"
    body = (
        f"{what} awaits your review.\n\n"
        f"{_headline(article)}\n"
        f"Submitted by {_name(actor)}.\n\n"
        f"Review it: {_admin_url(article)}\n"
    )
    return _send(editors(), SUBJECT_SUBMITTED.format(headline=_headline(article)), body, exclude_id=actor_id)


def notify_returned(*, article_id, actor_id, comment: str) -> int:
    article, actor = _load(article_id, actor_id)
    if article is None:
        return 0
    body = (
        f"{_name(actor)} returned your story to you.\n\n"
        f"{_headline(article)}\n\n"
        f"Their comment:\n{comment}\n\n"
        f"Edit it: {_admin_url(article)}\n"
    )
    return _send(authors_of(article), SUBJECT_RETURNED.format(headline=_headline(article)), body, actor_id)


def notify_scheduled(*, article_id, actor_id) -> int:
    article, actor = _load(article_id, actor_id)
    if article is None or article.scheduled_at is None:
        return 0
    when = formats.date_format(timezone.localtime(article.scheduled_at), "DATETIME_FORMAT")
    body = (
        f"{_name(actor)} approved your story. It goes live: {when}\n\n"
        f"{_headline(article)}\n\n"
        f"{_admin_url(article)}\n"
    )
    return _send(authors_of(article), SUBJECT_SCHEDULED.format(headline=_headline(article)), body, actor_id)


def notify_published(*, article_id, actor_id, changes: bool = False) -> int:
    article, actor = _load(article_id, actor_id)
    if article is None:
        return 0
    if changes:
        subject = SUBJECT_CHANGES_PUBLISHED.format(headline=_headline(article))
        lead = f"{_name(actor)} published the changes to your story."
    else:
        subject = SUBJECT_PUBLISHED.format(headline=_headline(article))
        lead = "Your story is published." if actor is None else f"{_name(actor)} published your story."
    body = f"{lead}\n\n{_headline(article)}\n{settings.SITE_URL}{article.get_absolute_url()}\n"
    return _send(authors_of(article), subject, body, actor_id)


def notify_taken_back(*, article_id, actor_id, note: str = "") -> int:
    article, actor = _load(article_id, actor_id)
    if article is None:
        return 0
    said = f"Their note:\n{note}\n\n" if note else ""
    body = (
        f"{_name(actor)} took this story back from review to fix it; it is a draft again.\n\n"
        f"{_headline(article)}\n\n{said}"
        f"{_admin_url(article)}\n"
    )
    subject = SUBJECT_TAKEN_BACK.format(headline=_headline(article))
    return _send(editors(), subject, body, exclude_id=actor_id)
