"""Previews of unpublished stories and unapproved changes, with the real story template.

Rules:

* Staff preview any story they may see in the admin (``articles:preview``), whatever its
  state; a working copy previews the changes waiting for approval.
* An editor can share a preview with someone who has no account: a link carrying a random
  key (unguessable) signed with the site's secret (``articles:preview_link``). It shows only
  the story it was made for, stops working when it expires or is revoked, and answers
  ``410 Gone`` from then on; a key that was never issued, or a bad signature, answers 404.
* Every preview response is marked ``noindex`` (in the page and in ``X-Robots-Tag``) and
  ``Cache-Control: private, no-store``, so no shared cache keeps it.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.core import signing
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import formats, timezone
from django.views.decorators.cache import never_cache

from articles.history import version_of_article
from articles.models import Article, PreviewLink, person_name
from articles.story import render_story
from articles.workflow import WorkflowPermissionError, article_version_preview, articles_visible_to

SIGNER_SALT = "articles.preview-link"
CANNOT_SHARE = "Only an editor can share a preview link."
CANNOT_REVOKE = "Only an editor can revoke a preview link."
LINK_GONE = "This preview link has expired or was revoked. Ask the editor who sent it for a new one."
LINK_HOURS_RANGE = "A preview link lasts between 1 hour and 30 days."
MAX_LINK_HOURS = 30 * 24
VERSION_NOTE = (
    "the version saved {saved}{saver}, as readers would see it. Corrections and publish times "
    "are the story's current ones."
)


def _signer() -> signing.Signer:
    return signing.Signer(salt=SIGNER_SALT)


def preview_link_create(*, article: Article, user, hours: int | None = None) -> PreviewLink:
    """A new shareable link to preview ``article``, valid for ``hours`` (the site's
    ``PREVIEW_LINK_HOURS`` by default). Editors only."""
    if not user.has_perm("articles.add_previewlink"):
        raise WorkflowPermissionError(CANNOT_SHARE)
    hours = settings.PREVIEW_LINK_HOURS if hours is None else int(hours)
    if not 1 <= hours <= MAX_LINK_HOURS:
        raise ValueError(LINK_HOURS_RANGE)
    return PreviewLink.objects.create(
        article=article,
        key=secrets.token_urlsafe(32),
        created_by=user,
        expires_at=timezone.now() + timedelta(hours=hours),
    )


@transaction.atomic
def preview_link_revoke(*, link: PreviewLink, user) -> PreviewLink:
    """Stop a shareable link from working, at once. Editors only."""
    if not user.has_perm("articles.change_previewlink"):
        raise WorkflowPermissionError(CANNOT_REVOKE)
    link = PreviewLink.objects.select_for_update().get(pk=link.pk)
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])
    return link


def preview_link_token(link: PreviewLink) -> str:
    return _signer().sign(link.key)


def preview_link_url(link: PreviewLink) -> str:
    """The full address to hand out."""
    return settings.SITE_URL + reverse("articles:preview_link", kwargs={"token": preview_link_token(link)})


def _private(response):
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@never_cache
@staff_member_required
def preview(request, pk):
    """Staff preview of any story they may see in the admin."""
    article = get_object_or_404(articles_visible_to(request.user).select_related("section"), pk=pk)
    return _private(render_story(request, article, preview=True))


@staff_member_required
@never_cache
def preview_version(request, pk, version_id):
    """Staff preview of a saved version of a story they may see, with the real template.
    Nothing is written: the version is applied in a transaction that is rolled back."""
    article = get_object_or_404(articles_visible_to(request.user), pk=pk)
    version = version_of_article(article, version_id)
    if version is None:
        raise Http404("No such version of this story.")
    saved = formats.date_format(timezone.localtime(version.revision.date_created), "DATETIME_FORMAT")
    saver = f" by {person_name(version.revision.user)}" if version.revision.user else ""
    note = VERSION_NOTE.format(saved=saved, saver=saver)
    with article_version_preview(article=article, version=version) as as_of:
        response = render_story(request, as_of, preview=True, preview_note=note)
    return _private(response)


@never_cache
def preview_link(request, token):
    """A shared preview, for whoever holds the link, while it is valid."""
    try:
        key = _signer().unsign(token)
    except signing.BadSignature:
        raise Http404("No such preview.") from None
    link = PreviewLink.objects.select_related("article__section").filter(key=key).first()
    if link is None:
        raise Http404("No such preview.")
    if not link.is_active:
        response = render(request, "articles/preview_gone.html", {"message": LINK_GONE}, status=410)
        return _private(response)
    return _private(render_story(request, link.article, preview=True))
