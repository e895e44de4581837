"""The masthead's section menu, on every public page (``menu_sections()`` in the public
templates' environment, ``articles.site_templates``; the markup is
``templates/site/articles/includes/section_nav.html``).

The menu is kept in the shared cache (the page cache's own), so a page renders it without a
query; saving or deleting a section drops it once the change commits, for every process.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from articles.models import Section

MENU_KEY = "site-nav:sections"


def menu_sections() -> list[Section]:
    """Every section in menu order, as much of each as the menu shows."""
    rows = cache.get(MENU_KEY)
    if rows is None:
        rows = list(Section.objects.values_list("pk", "name", "slug", "order"))
        cache.set(MENU_KEY, rows, timeout=None)
    return [Section(pk=pk, name=name, slug=slug, order=order) for pk, name, slug, order in rows]


@receiver(post_save, sender=Section, dispatch_uid="articles.site_nav.section_saved")
@receiver(post_delete, sender=Section, dispatch_uid="articles.site_nav.section_deleted")
def _forget_menu(sender, **kwargs):
    transaction.on_commit(lambda: cache.delete(MENU_KEY), robust=True)
