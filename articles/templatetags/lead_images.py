"""Responsive lead images: an ``<img>`` with WebP renditions in ``srcset`` and ``sizes``.

Renditions come from the ``THUMBNAIL_ALIASES`` of ``articles.Article.lead_image`` (see
``articles.renditions``). The one large image of a page (the story's, the front page's
top story's) is made on the spot if missing; cards in lists only use renditions that
already exist, so a list never makes one per row. Without a rendition the original is used:
a story never loses its picture over a thumbnail.
"""

from django import template
from django.utils.html import format_html

from articles.renditions import lead_image_rendition

register = template.Library()

# Widths of the renditions offered to the browser, smallest first.
WIDTH_ALIASES = ("w480", "w800", "w1200")
# How wide the image is laid out (see static/css/site.css): the story's lead figure spans
# the page up to 70rem; the front page's lead story takes about half the page on desktop.
SIZES = {
    "story": "(min-width: 1140px) 1120px, calc(100vw - 2rem)",
    "lead": "(min-width: 1100px) 560px, calc(100vw - 2rem)",
}


def _original(article, loading):
    return format_html(
        '<img src="{}" alt="{}" loading="{}" decoding="async">',
        article.lead_image.url,
        article.lead_image_alt,
        loading,
    )


@register.simple_tag
def lead_image(article, variant="story", loading="lazy"):
    """``<img>`` for an article's lead image, or "" when it has none.

    ``variant="story"`` (the story page) and ``variant="lead"`` (the front page's top story)
    offer every width rendition; ``variant="card"`` the cropped card rendition for lists.
    ``loading="eager"`` for the image above the fold.
    """
    if not article.lead_image:
        return ""
    alt = article.lead_image_alt
    if variant == "card":
        card = lead_image_rendition(article, "card", generate=False)
        if card is None:
            return _original(article, loading)
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
    for alias in WIDTH_ALIASES:
        rendition = lead_image_rendition(article, alias, generate=True)
        if rendition is not None:
            renditions.setdefault(rendition.width, rendition)
    if not renditions:
        return _original(article, loading)
    ordered = [renditions[width] for width in sorted(renditions)]
    default = ordered[min(1, len(ordered) - 1)]
    return format_html(
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" loading="{}" decoding="async">',
        default.url,
        ", ".join(f"{r.url} {r.width}w" for r in ordered),
        SIZES.get(variant, SIZES["story"]),
        default.width,
        default.height,
        alt,
        loading,
    )
