"""The masthead's section menu, on every public page (``menu_sections()`` in the public
templates' environment, ``articles.site_templates``; the markup is
``templates/site/articles/includes/section_nav.html``).

The menu is kept in the shared cache (the page cache's own), so a page renders it without a
query; saving or deleting a section drops it once the change commits, for every process.
Its markup is made once per process for each menu and current section (``section_menu``):
it depends on nothing else.
"""

from functools import lru_cache
from typing import NamedTuple

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf

from articles.addresses import address
from articles.models import Section

# Named for the shape of its rows, so that a cache filled by an older release is not misread.
MENU_KEY = "site-nav:sections:name-slug"


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


def _menu_rows() -> list[tuple[str, str]]:
    rows = cache.get(MENU_KEY)
    if rows is None:
        rows = list(Section.objects.values_list("name", "slug"))
        cache.set(MENU_KEY, rows, timeout=None)
    return rows


@lru_cache(maxsize=256)
def _menu_markup(rows: tuple, current_slug: str, script_prefix: str, urlconf: str, digest: str):
    # Imported here: the template environment imports this module.
    from django.template import engines

    macro = engines["jinja2"].env.get_template("articles/includes/section_nav.html").module.section_nav
    return macro(_entries(rows), current_slug)


@receiver(post_save, sender=Section, dispatch_uid="articles.site_nav.section_saved")
@receiver(post_delete, sender=Section, dispatch_uid="articles.site_nav.section_deleted")
def _forget_menu(sender, **kwargs):
    transaction.on_commit(lambda: cache.delete(MENU_KEY), robust=True)
