"""Responsive lead images: an ``<img>`` with WebP renditions in ``srcset`` and ``sizes``.

Renditions come from the ``THUMBNAIL_ALIASES`` of ``articles.Article.lead_image``. A
rendition that cannot be produced (a missing or unreadable file) is left out; with none
at all the original is used, so a story never loses its picture over a thumbnail.
"""

import logging

from django import template
from django.utils.html import format_html
from easy_thumbnails.exceptions import InvalidImageFormatError
from easy_thumbnails.files import get_thumbnailer

register = template.Library()
logger = logging.getLogger(__name__)

# Widths of the renditions offered to the browser, smallest first.
WIDTH_ALIASES = (("w480", 480), ("w800", 800), ("w1200", 1200))
# How wide the image is laid out (see static/css/site.css): the story's lead figure spans
# the page up to 70rem; the front page's lead story takes about half the page on desktop.
SIZES = {
    "story": "(min-width: 1140px) 1120px, calc(100vw - 2rem)",
    "lead": "(min-width: 1100px) 560px, calc(100vw - 2rem)",
}


def _rendition(thumbnailer, alias):
    try:
        return thumbnailer[alias]
    except (InvalidImageFormatError, OSError, ValueError):
        logger.warning("No %s rendition of %s", alias, thumbnailer.name, exc_info=True)
        return None


@register.simple_tag
def lead_image(article, variant="story", loading="lazy"):
    """``<img>`` for an article's lead image, or "" when it has none.

    ``variant="story"`` (the story page) and ``variant="lead"`` (the front page's top story)
    offer every width rendition; ``variant="card"`` the cropped card rendition for lists. ``loading="eager"`` for the image above the fold.
    """
    if not article.lead_image:
        return ""
    thumbnailer = get_thumbnailer(article.lead_image)
    alt = article.lead_image_alt
    if variant == "card":
        card = _rendition(thumbnailer, "card")
        if card is None:
            return format_html('<img src="{}" alt="{}" loading="{}">', article.lead_image.url, alt, loading)
        return format_html(
            '<img src="{}" width="{}" height="{}" alt="{}" loading="{}" decoding="async">',
            card.url,
            card.width,
            card.height,
            alt,
            loading,
        )

    # Images are never enlarged, so a small original yields several renditions of the same
    # width; each width is offered once, described by its real size.
    renditions = {}
    for alias, _width in WIDTH_ALIASES:
        rendition = _rendition(thumbnailer, alias)
        if rendition is not None:
            renditions.setdefault(rendition.width, rendition)
    if not renditions:
        return format_html('<img src="{}" alt="{}" loading="{}">', article.lead_image.url, alt, loading)
    srcset = ", ".join(f"{r.url} {width}w" for width, r in sorted(renditions.items()))
    ordered = [renditions[w] for w in sorted(renditions)]
    default = ordered[min(1, len(ordered) - 1)]
    return format_html(
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" loading="{}" decoding="async">',
        default.url,
        srcset,
        SIZES.get(variant, SIZES["story"]),
        default.width,
        default.height,
        alt,
        loading,
    )
