"""Story cards: a story as lists show it (kicker, headline, dek, byline, date, image).

A list page reads which stories it shows with their last saves (``card_rows``: one query of
plain rows), then every card in one cache read (``cards``); only the stories whose cards
are not kept are read in full (``story_cards``: the stories with their sections, then their
bylines) and rendered. A card is kept as a fragment (``articles.delivery.fragments``) under
the story's last save, its variant and the digest of the site's templates, and names the
story, its section and its authors, so that any change to what it shows (the story edited
or withdrawn, a section or an author renamed, the image's renditions made) renders it anew.

The rows come from the page's own query (``Article.objects.published()`` and the page's
filter); the stories read for the cards not kept are read through ``published()`` again, so
a story withdrawn between the two reads is left out rather than shown.
"""

from dataclasses import dataclass

from django.db.models import Prefetch
from django.template import engines
from markupsafe import Markup

from articles.delivery.fragments import fragments
from articles.delivery.tags import page_tags_add, record_tag, story_tag
from articles.models import Article, ArticleAuthor
from articles.site_templates import rendering_digest

CARD_TEMPLATE = "articles/includes/card.html"
# What a list reads of each story it shows: enough to order, key and date the page.
CARD_ROW_FIELDS = ("id", "updated_at", "last_published_at", "first_published_at")


@dataclass(frozen=True)
class CardVariant:
    """How a card is set: ``heading`` its headline's element, ``size`` its class (lead,
    secondary, row), ``show_image`` with the lead image, ``compact`` without the dek."""

    heading: str = "h3"
    show_image: bool = False
    size: str = ""
    compact: bool = False

    @property
    def key(self) -> str:
        return f"{self.heading}-{int(self.show_image)}-{self.size}-{int(self.compact)}"


ROW = CardVariant(heading="h2", show_image=True, size="row")


def story_cards(queryset):
    """Stories shaped for cards: section and byline loaded in two queries, body left behind."""
    return (
        queryset.select_related("section")
        .defer("body", "withdrawn_reason")
        .prefetch_related(
            Prefetch(
                "bylines",
                queryset=ArticleAuthor.objects.select_related("author").only(
                    "article_id", "order", "author__username", "author__first_name", "author__last_name"
                ),
            )
        )
    )


def card_rows(queryset):
    """``queryset`` (stories) as the rows a list of cards needs (``CARD_ROW_FIELDS``)."""
    return queryset.values(*CARD_ROW_FIELDS)


def cards(shown) -> list[Markup | None]:
    """The card of each ``(row, variant)`` in ``shown``, in order (``row`` from
    ``card_rows``), from the cache where kept; None for a story no longer published."""
    digest = rendering_digest()
    keys = [
        f"card:{variant.key}:{row['id']}:{row['updated_at'].isoformat()}:{digest}" for row, variant in shown
    ]
    wanted = {key: (row["id"], variant) for key, (row, variant) in zip(keys, shown, strict=True)}

    def render_missing(missing):
        ids = {wanted[key][0] for key in missing}
        stories = {story.pk: story for story in story_cards(Article.objects.published().filter(pk__in=ids))}
        return {
            key: (lambda story=stories[wanted[key][0]], variant=wanted[key][1]: render_card(story, variant))
            for key in missing
            if wanted[key][0] in stories
        }

    found = fragments(keys, render_missing)
    return [found.get(key) for key in keys]


def render_card(story: Article, variant: CardVariant) -> Markup:
    """One story's card (``story`` from ``story_cards``), naming what it shows on the page."""
    page_tags_add(
        story_tag(story),
        record_tag("section", story.section_id),
        *(record_tag("author", byline.author_id) for byline in story.bylines.all()),
    )
    macro = engines["jinja2"].env.get_template(CARD_TEMPLATE).module.card
    return macro(
        story,
        heading=variant.heading,
        show_image=variant.show_image,
        size=variant.size,
        compact=variant.compact,
    )
