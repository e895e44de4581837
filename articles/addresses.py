"""Addresses of the site's pages, reversed once per process.

Django's ``reverse`` walks the URL patterns on every call, and a story page asks for some
thirty addresses (its own, its section's, each tag's, source's and related story's, the
menu's and the footer's): about a fifth of the page's CPU. An address depends only on the
view's name, its arguments, the URLconf and the script prefix, so ``address`` keeps the most
recent ones, keyed by all four; changing ``ROOT_URLCONF`` (tests do) forgets them.
"""

from functools import lru_cache

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf, reverse

KEPT = 20_000


def address(viewname: str, *args, **kwargs) -> str:
    """``reverse(viewname, args=args, kwargs=kwargs)``, from memory when asked before."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return _reversed(get_script_prefix(), urlconf, viewname, args, tuple(sorted(kwargs.items())))


@lru_cache(maxsize=KEPT)
def _reversed(prefix: str, urlconf: str, viewname: str, args: tuple, kwargs: tuple) -> str:
    return reverse(viewname, urlconf=urlconf, args=args or None, kwargs=dict(kwargs) or None)


@receiver(setting_changed, dispatch_uid="articles.addresses.forget")
def _forget(setting, **kwargs):
    if setting == "ROOT_URLCONF":
        _reversed.cache_clear()
