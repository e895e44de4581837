"""The masthead's section menu, on every public page (``menu_sections()`` in the public
templates' environment, ``articles.site_templates``; the markup is
``templates/site/articles/includes/section_nav.html``).

Each process keeps the menu with the version of the ``site`` cache tag it was read under,
and reads it again from the database when that version has moved: saving or deleting a
section purges ``site`` once the change commits (``articles.delivery.purge``), for every
process. The page being rendered has read that version already with its fragments, so the
menu costs a page no query and no cache read of its own. Its markup is made once per
process for each menu and current section (``section_menu``): it depends on nothing else.
"""

from functools import lru_cache
from typing import NamedTuple

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf

from articles.addresses import address
from articles.delivery.pagecache import tag_key, tag_versions
from articles.delivery.tags import SITE
from articles.models import Section


class MenuEntry(NamedTuple):
    """One section in the menu: what the menu shows of it."""

    name: str
    slug: str
    url: str


def menu_sections() -> list[MenuEntry]:
    """Every section in menu order, as much of each as the menu shows."""
    # Plain tuples, not Section rows: the menu is on every page, and a model row costs more
    # to make than the menu line it prints.
    return _entries(_menu_rows())


def _entries(rows) -> list[MenuEntry]:
    return [MenuEntry(name, slug, address("articles:section", slug=slug)) for name, slug in rows]


def section_menu(current=None):
    """The menu's markup (``articles/includes/section_nav.html``), ``current`` (a section, or
    None) marked as the page's own."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    # Imported here: the template environment imports this module.
    from articles.site_templates import rendering_digest

    key = (
        tuple(_menu_rows()),
        current.slug if current else "",
        get_script_prefix(),
        urlconf,
        rendering_digest(),
    )
    return _menu_markup(*key)


# The menu's rows as this process last read them, and the ``site`` version read before.
_kept = (None, [])


def _menu_rows() -> list[tuple[str, str]]:
    global _kept
    version = tag_versions([SITE]).get(tag_key(SITE))
    kept_under, rows = _kept
    # Read after the version: a section change commits before it purges, so rows read once
    # the new version is seen hold the change.
    if version is None or version != kept_under:
        rows = list(Section.objects.values_list("name", "slug"))
        _kept = (version, rows)
    return rows


@lru_cache(maxsize=256)
def _menu_markup(rows: tuple, current_slug: str, script_prefix: str, urlconf: str, digest: str):
    # Imported here: the template environment imports this module.
    from django.template import engines

    macro = engines["jinja2"].env.get_template("articles/includes/section_nav.html").module.section_nav
    return macro(_entries(rows), current_slug)
