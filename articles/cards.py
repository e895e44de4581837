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

import datetime
from dataclasses import dataclass

from django.db.models import CharField, Prefetch
from django.db.models.functions import Cast
from django.template import engines
from markupsafe import Markup

from articles.delivery.fragments import fragments
from articles.delivery.tags import page_tags_add, record_tag, story_tag
from articles.models import Article, ArticleAuthor, Quote
from articles.site_templates import rendering_digest

CARD_TEMPLATE = "articles/includes/card.html"
QUOTED_TEMPLATE = "articles/includes/quoted_story.html"
# What a list reads of each story it shows: enough to order, key and date the page. Its last
# save and publication come as the database's text: a key needs no datetime, and turning
# every row's two into datetimes cost a millisecond a front page; ``row_published`` reads one.
CARD_ROW_VALUES = {
    "saved": Cast("updated_at", output_field=CharField()),
    "published": Cast("last_published_at", output_field=CharField()),
}


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


def card_rows(queryset, *more):
    """``queryset`` (stories) as the rows a list of cards needs: ``id``, ``saved`` and
    ``published`` (``CARD_ROW_VALUES``), and the ``more`` fields named."""
    return queryset.values("id", *more, **CARD_ROW_VALUES)


def row_published(row) -> datetime.datetime:
    """When the story of ``row`` (from ``card_rows``) was last published."""
    moment = datetime.datetime.fromisoformat(row["published"])
    # SQLite keeps UTC times without their offset.
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


def present(found) -> list[Markup]:
    """The cards of ``found`` (from ``cards`` or ``quoted_cards``) left after the stories no
    longer published."""
    return [card for card in found if card is not None]


def cards(shown) -> list[Markup | None]:
    """The card of each ``(row, variant)`` in ``shown``, in order (``row`` from
    ``card_rows``), from the cache where kept; None for a story no longer published."""
    return _kept(
        [(f"card:{variant.key}", row, variant) for row, variant in shown],
        load=lambda ids: story_cards(Article.objects.published().filter(pk__in=ids)),
        render=render_card,
    )


def quoted_cards(rows, source) -> list[Markup | None]:
    """A source's page: for each story in ``rows`` (``card_rows``), its card with the words it
    quotes ``source`` saying, kept as ``cards`` keeps cards; None for a story no longer
    published. A quote added, edited or removed purges its story, and so this card."""

    def load(ids):
        return story_cards(Article.objects.published().filter(pk__in=ids)).prefetch_related(
            Prefetch(
                "quotes",
                queryset=Quote.objects.filter(source=source).only(
                    "article_id", "text", "order", "is_partial"
                ),
                to_attr="source_quotes",
            )
        )

    return _kept([(f"quoted:{source.pk}", row, None) for row in rows], load=load, render=_render_quoted)


def _kept(wanted, *, load, render) -> list:
    """``wanted``: ``(kind, row, variant)`` triples; each fragment is keyed by its kind, its
    story's id and last save and the templates' digest. ``load(ids)`` reads the stories whose
    fragments are not kept, ``render(story, variant)`` renders one."""
    digest = rendering_digest()
    keys = [f"{kind}:{row['id']}:{row['saved'].replace(' ', 'T')}:{digest}" for kind, row, _variant in wanted]
    by_key = {key: (row["id"], variant) for key, (_kind, row, variant) in zip(keys, wanted, strict=True)}

    def render_missing(missing):
        stories = {story.pk: story for story in load({by_key[key][0] for key in missing})}
        return {
            key: (lambda story=stories[by_key[key][0]], variant=by_key[key][1]: render(story, variant))
            for key in missing
            if by_key[key][0] in stories
        }

    found = fragments(keys, render_missing)
    return [found.get(key) for key in keys]


def _name_shown(story: Article) -> None:
    page_tags_add(
        story_tag(story),
        record_tag("section", story.section_id),
        *(record_tag("author", byline.author_id) for byline in story.bylines.all()),
    )


def _macro(template: str, name: str):
    return getattr(engines["jinja2"].env.get_template(template).module, name)


def render_card(story: Article, variant: CardVariant) -> Markup:
    """One story's card (``story`` from ``story_cards``), naming what it shows on the page."""
    _name_shown(story)
    return _macro(CARD_TEMPLATE, "card")(
        story,
        heading=variant.heading,
        show_image=variant.show_image,
        size=variant.size,
        compact=variant.compact,
    )


def _render_quoted(story: Article, _variant) -> Markup:
    _name_shown(story)
    return _macro(QUOTED_TEMPLATE, "quoted_story")(story)
