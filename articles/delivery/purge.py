"""What each change purges: the one place that turns a change into cache tags.

Every purge happens after the transaction commits: first the page cache's own entries, at
once and for every process (``page_cache_purge_tags``), then the HTTP caches in front,
through the ``purge_frontend_tags`` background task, which retries while a cache is down.

* A published story changes (published, edited, corrected, withdrawn; saved or deleted
  while readers can see it): ``story-<id>`` (its page, and every list and related box that
  shows it), the lists it now belongs to (``section-<id>-list``, ``tag-<id>-list``,
  ``author-<id>-list``, ``source-<id>-list`` of the sources it quotes), and the pages of
  every kind that list the newest stories (home, feeds, sitemaps, search, corrections).
  Other stories' pages are kept: their related-articles box shows the new story when the
  page is next rendered (within ``PAGE_CACHE_SECONDS``), and a story leaving the box
  (withdrawn, edited) purges them through its own ``story-<id>``.
* A quote on a live story: the story and the quoted source's list. A related link: the
  story. A correction: the story and the corrections page.
* A story's stored related-articles box worked out again (a background task, after the
  story changed): ``box-<id>``, its page and the box kept for it.
* A published story's image renditions made (they are made after the story is saved, and
  its pages fall back to the original until then): the story, as for a change.
* A source, a tag, an author's name: the pages showing it (``source-<id>``, ``tag-<id>``,
  ``author-<id>``). A section: every page (the navigation shows the sections).

Saving a draft, a story in review, a scheduled story or a working copy purges nothing.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from taggit.models import Tag

from articles.delivery.pagecache import page_cache_purge_tags
from articles.delivery.tags import EVERY_STORY_CHANGE, SITE, list_tag, record_tag
from articles.models import Article, Correction, Quote, RelatedLink, Section, Source
from articles.signals import public_content_changed


def story_purge_tags(story_id: int) -> set[str]:
    """The tags purged when the published story ``story_id`` (or its working copy) changes,
    from what it is now: itself, the lists it belongs to, and the lists of newest stories."""
    story = Article.objects.filter(pk=story_id).only("live_article_id").first()
    live_id = (story.live_article_id or story.pk) if story else story_id
    tags = {f"story-{live_id}", *EVERY_STORY_CHANGE}
    live = Article.objects.filter(pk=live_id)
    tags.update(list_tag("section", pk) for pk in live.values_list("section_id", flat=True))
    tags.update(list_tag("tag", pk) for pk in live.exclude(tags=None).values_list("tags__id", flat=True))
    tags.update(
        list_tag("author", pk)
        for pk in live.exclude(bylines=None).values_list("bylines__author_id", flat=True)
    )
    tags.update(
        list_tag("source", pk) for pk in live.exclude(quotes=None).values_list("quotes__source_id", flat=True)
    )
    return tags


def _purge_now(tags: set[str], story_ids: set[int]) -> None:
    tags = set(tags)
    for story_id in story_ids:
        tags |= story_purge_tags(story_id)
    page_cache_purge_tags(tags)
    # Imported here: the task module imports this package's frontend module.
    from articles.tasks import enqueue_on_commit, purge_frontend_tags

    # Its retry policy puts it ahead of mail and image renditions in the queue.
    enqueue_on_commit(purge_frontend_tags, tags=sorted(tags))


def purge_after_commit(*, tags=(), stories=()) -> None:
    """Purge ``tags``, and what each story in ``stories`` (ids) appears on, once the
    current transaction commits. A failure is logged: the change has committed, and the
    page cache's entries expire within ``PAGE_CACHE_SECONDS`` anyway."""
    tags, story_ids = set(tags), set(stories)
    transaction.on_commit(lambda: _purge_now(tags, story_ids), robust=True)


def _seen_by_readers(article) -> bool:
    # Working copies and stories never published are invisible to readers; saving them
    # (journalists save often) must purge nothing.
    return article.live_article_id is None and (
        article.status in (Article.Status.PUBLISHED, Article.Status.WITHDRAWN)
        or article.first_published_at is not None
    )


def renditions_made(article) -> None:
    """The renditions of ``article``'s lead image have been made: purge what it appears on,
    if readers see it."""
    if _seen_by_readers(article):
        purge_after_commit(stories=[article.pk])


def related_box_refilled(story_id: int) -> None:
    """Story ``story_id``'s stored related-articles box has been worked out again: purge its
    page and the box kept for it, which may have been rendered before the box was."""
    purge_after_commit(tags={record_tag("box", story_id)})


@receiver(public_content_changed, dispatch_uid="articles.delivery.public_content_changed")
def _on_public_content_changed(sender, article, **kwargs):
    purge_after_commit(stories=[article.live_article_id or article.pk])


@receiver(post_save, sender=Article, dispatch_uid="articles.delivery.article_saved")
def _on_article_saved(sender, instance, **kwargs):
    if _seen_by_readers(instance):
        purge_after_commit(stories=[instance.pk])


@receiver(post_delete, sender=Article, dispatch_uid="articles.delivery.article_deleted")
def _on_article_deleted(sender, instance, **kwargs):
    if _seen_by_readers(instance):
        # Its rows are gone by commit time: the lists it was on carry its own tag.
        purge_after_commit(tags={f"story-{instance.pk}", list_tag("section", instance.section_id)})


def _live_story(article_id):
    article = (
        Article.objects.filter(pk=article_id).only("status", "live_article_id", "first_published_at").first()
    )
    # A story deleted with its parts was purged by its own signal if readers saw it.
    return article if article is not None and _seen_by_readers(article) else None


@receiver(post_save, sender=Quote, dispatch_uid="articles.delivery.quote_saved")
@receiver(post_delete, sender=Quote, dispatch_uid="articles.delivery.quote_deleted")
def _on_quote_change(sender, instance, **kwargs):
    if _live_story(instance.article_id):
        purge_after_commit(tags={f"story-{instance.article_id}", list_tag("source", instance.source_id)})


@receiver(post_save, sender=RelatedLink, dispatch_uid="articles.delivery.link_saved")
@receiver(post_delete, sender=RelatedLink, dispatch_uid="articles.delivery.link_deleted")
def _on_related_link_change(sender, instance, **kwargs):
    if _live_story(instance.article_id):
        purge_after_commit(tags={f"story-{instance.article_id}"})


@receiver(post_save, sender=Correction, dispatch_uid="articles.delivery.correction_saved")
@receiver(post_delete, sender=Correction, dispatch_uid="articles.delivery.correction_deleted")
def _on_correction_change(sender, instance, **kwargs):
    purge_after_commit(tags={f"story-{instance.article_id}", "corrections"})


@receiver(post_save, sender=Section, dispatch_uid="articles.delivery.section_saved")
@receiver(post_delete, sender=Section, dispatch_uid="articles.delivery.section_deleted")
def _on_section_change(sender, instance, **kwargs):
    purge_after_commit(tags={SITE})


@receiver(post_save, sender=Source, dispatch_uid="articles.delivery.source_saved")
@receiver(post_delete, sender=Source, dispatch_uid="articles.delivery.source_deleted")
def _on_source_change(sender, instance, **kwargs):
    purge_after_commit(tags={record_tag("source", instance.pk)})


@receiver(post_save, sender=Tag, dispatch_uid="articles.delivery.tag_saved")
@receiver(post_delete, sender=Tag, dispatch_uid="articles.delivery.tag_deleted")
def _on_tag_change(sender, instance, **kwargs):
    purge_after_commit(tags={record_tag("tag", instance.pk)})


# Signing in saves the user's last_login; only a change to what readers see purges.
_UNSEEN_USER_FIELDS = {"last_login", "password"}


@receiver(post_save, sender=get_user_model(), dispatch_uid="articles.delivery.user_saved")
def _on_user_saved(sender, instance, created, update_fields=None, **kwargs):
    if created or (update_fields and set(update_fields) <= _UNSEEN_USER_FIELDS):
        return
    purge_after_commit(tags={record_tag("author", instance.pk)})
