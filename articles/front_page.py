"""The front page: which stories it shows where, and its markup kept whole.

The editors' featured stories lead (the newest story when none is featured), the latest
stories run beside them, and each section's newest few follow below, leaving out the top
stories. Which stories those are is read on every render (three queries); the markup they
make is kept as one fragment, keyed by every story's place, card and last save and by the
sections' names, so a front page whose stories have not changed is not assembled again
from its cards. It names the tags its cards name, so purging any card purges it too.
"""

import hashlib
from dataclasses import dataclass

from django.template import engines
from markupsafe import Markup

from articles import lists
from articles.addresses import address
from articles.cards import CardVariant, cards, present, row_published
from articles.delivery.fragments import fragment
from articles.site_templates import rendering_digest

FEATURED = 3
PER_SECTION = 4
LATEST = 8
# The latest stories read to fill the rail and to know whether "More stories" leads on.
LATEST_READ = 20

LEAD = CardVariant(heading="h2", show_image=True, size="lead")
SECONDARY = CardVariant(heading="h2", show_image=True, size="secondary")
RAIL = CardVariant(heading="h3", compact=True)
BLOCK_FIRST = CardVariant(heading="h3", show_image=True)
BLOCK = CardVariant(heading="h3")
TEMPLATE = "articles/includes/front.html"


@dataclass(frozen=True)
class FrontPage:
    markup: Markup
    # When each story shown was last published: the page's Last-Modified.
    moments: list


def front_page() -> FrontPage:
    """The first page of the front page, as markup."""
    latest = list(lists.latest.of()[: LATEST_READ + 1])
    more = len(latest) > LATEST_READ
    latest = latest[:LATEST_READ]
    featured = list(lists.featured.of()[:FEATURED])
    top = featured or latest[:1]
    on_top = {row["id"] for row in top}
    rail = [row for row in latest if row["id"] not in on_top][:LATEST]
    blocks = []
    for row in lists.newest_by_section(PER_SECTION, leaving_out=on_top):
        if not blocks or blocks[-1]["section"]["id"] != row["section_id"]:
            section = {"id": row["section_id"], "name": row["section__name"], "slug": row["section__slug"]}
            section["url"] = address("articles:section", slug=section["slug"])
            blocks.append({"section": section, "rows": []})
        blocks[-1]["rows"].append(row)

    shown = [(top[0], LEAD)] if top else []
    shown += [(row, SECONDARY) for row in top[1:]] + [(row, RAIL) for row in rail]
    for block in blocks:
        shown += [(row, BLOCK_FIRST if index == 0 else BLOCK) for index, row in enumerate(block["rows"])]

    def render() -> Markup:
        found = iter(cards(shown))
        lead = next(found) if top else None
        context = {
            "lead": lead,
            "featured": present(next(found) for _row in top[1:]),
            "latest_rail": present(next(found) for _row in rail),
            "sections": [
                {"section": block["section"], "stories": present(next(found) for _row in block["rows"])}
                for block in blocks
            ],
            "more": more,
        }
        return Markup(engines["jinja2"].get_template(TEMPLATE).render(context))

    places = [(variant.key, row["id"], row["saved"]) for row, variant in shown]
    places += [tuple(block["section"].values()) for block in blocks]
    places.append(more)
    key = f"front:{hashlib.sha256(repr(places).encode()).hexdigest()[:32]}:{rendering_digest()}"
    return FrontPage(markup=fragment(key, render), moments=[row_published(row) for row, _variant in shown])
