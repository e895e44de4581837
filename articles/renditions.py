"""Lead-image renditions (the ``THUMBNAIL_ALIASES`` of ``articles.Article.lead_image``).

Renditions are made in the background (``articles.tasks.make_lead_image_renditions``)
when a story with a lead image is saved, after the transaction commits, so that pages
listing many stories only look renditions up and never make them while a reader waits
(making one writes easy-thumbnails' bookkeeping rows). Until they exist, pages fall back
to the original image.
"""

import logging

from django.db.models.signals import post_save
from django.dispatch import receiver
from easy_thumbnails.alias import aliases
from easy_thumbnails.exceptions import InvalidImageFormatError
from easy_thumbnails.files import get_thumbnailer

from articles import tasks
from articles.models import Article

logger = logging.getLogger(__name__)
TARGET = "articles.Article.lead_image"


def lead_image_renditions_generate(article: Article, *, retry_storage_errors: bool = False) -> int:
    """Make every missing rendition of ``article``'s lead image; returns how many were made.
    An image that cannot be decoded is logged and skipped: the pages fall back to the
    original. Any other failure (the storage) is raised when ``retry_storage_errors``, for
    the task to try again, and logged otherwise."""
    if not article.lead_image:
        return 0
    thumbnailer = get_thumbnailer(article.lead_image)
    made = 0
    for name, options in aliases.all(TARGET, include_global=True).items():
        try:
            if thumbnailer.get_existing_thumbnail(options) is None:
                thumbnailer.get_thumbnail(options)
                made += 1
        except Exception as exc:
            undecodable = isinstance(exc, InvalidImageFormatError)
            if not undecodable and (retry_storage_errors or not isinstance(exc, OSError | ValueError)):
                raise
            logger.warning(
                "Could not make the %s rendition of %s", name, article.lead_image.name, exc_info=True
            )
    return made


def lead_image_rendition(article: Article, alias: str, *, generate: bool):
    """The ``alias`` rendition of the lead image, or None. With ``generate=False`` only an
    existing rendition is returned (no database work on local storage)."""
    thumbnailer = get_thumbnailer(article.lead_image)
    options = aliases.get(alias, target=TARGET)
    try:
        if generate:
            return thumbnailer.get_thumbnail(options)
        return thumbnailer.get_existing_thumbnail(options)
    except (InvalidImageFormatError, OSError, ValueError):
        logger.warning("No %s rendition of %s", alias, article.lead_image.name, exc_info=True)
        return None


@receiver(post_save, sender=Article, dispatch_uid="articles.renditions.article_saved")
def _on_article_saved(sender, instance, **kwargs):
    if instance.lead_image:
        tasks.enqueue_on_commit(tasks.make_lead_image_renditions, article_id=instance.pk)
