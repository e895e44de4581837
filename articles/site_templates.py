"""The Jinja2 environment of the reader's pages (``templates/site/``).

The public pages are rendered by Django's Jinja2 backend, which is several times faster
than the Django template language on pages made of many small parts (the front page's
cards, each with its byline); the admin keeps Django templates. The templates see:

* ``url(name, *args, **kwargs)``, Django's ``reverse``, once per process
  (``articles.addresses``); ``static(path)``, the fingerprinted address of a static file;
* ``menu_sections()``, the masthead's sections, and ``section_menu(current)``, the menu's
  markup (``articles.templatetags.site_nav``, cached: no query);
* ``lead_image(article, variant, loading)``, the responsive ``<img>`` of
  ``articles.templatetags.lead_images``;
* ``now(format)`` and the ``date`` filter, Django's ``now`` tag and ``date`` filter: the
  same formats, in the current time zone; ``urlencode``, Django's filter;
* ``SITE_NAME`` and ``SITE_URL`` (``articles.context_processors.site``) and ``request``,
  but never ``user`` or ``messages``: a public page is cached and served to everyone.

Rules that differ from Jinja2's defaults:

* A variable the view did not pass fails loudly (``StrictUndefined``), so a typo breaks a
  test instead of printing nothing; a template that takes an optional variable says so
  (``query|default("")``, ``section is defined``).
* Values are escaped exactly as Django escapes them (``&quot;``, ``&#x27;``), so a page reads
  the same byte for byte as it did from Django templates; values marked safe (``SafeString``,
  ``Markup``, a macro's output) pass through unchanged.
"""

import datetime
import functools
import hashlib
import html
from pathlib import Path

from django.conf import settings
from django.template import defaultfilters
from django.templatetags.static import static
from django.utils import timezone, translation
from jinja2 import Environment, StrictUndefined
from markupsafe import Markup

from articles.addresses import address
from articles.templatetags.lead_images import lead_image
from articles.templatetags.site_nav import menu_sections, section_menu

SITE_TEMPLATES = Path(settings.BASE_DIR) / "templates" / "site"
# The code that shapes what the templates print, besides the templates themselves.
_RENDERING_MODULES = (
    "articles/site_templates.py",
    "articles/templatetags/lead_images.py",
    "articles/story.py",
    "articles/cards.py",
)


def rendering_digest() -> str:
    """A digest of the site's templates and of the code that renders them: part of every
    kept fragment's key, so that a release rendering pages differently never serves what an
    older one rendered. Worked out once per process, or on every call with ``DEBUG`` (a
    template edited in development shows at once, as Jinja2 reloads it)."""
    if settings.DEBUG:
        return _digest()
    return _digest_once()


@functools.cache
def _digest_once() -> str:
    return _digest()


def _digest() -> str:
    digest = hashlib.sha256()
    sources = sorted(SITE_TEMPLATES.rglob("*.html")) + [
        Path(settings.BASE_DIR) / name for name in _RENDERING_MODULES
    ]
    for source in sources:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def url(viewname: str, *args, **kwargs) -> str:
    """The path of a named URL, as ``{% url %}`` gives it (reversed once per process)."""
    return address(viewname, *args, **kwargs)


def date(value, arg=None) -> str:
    """Django's ``date`` filter: an aware datetime is shown in the current time zone first,
    as the Django template engine does before calling the filter."""
    if isinstance(value, datetime.datetime):
        value = timezone.template_localtime(value)
    return defaultfilters.date(value, arg)


def now(format_string: str) -> str:
    """Django's ``{% now %}``: the current time in the current time zone, to the second,
    formatted."""
    tzinfo = timezone.get_current_timezone() if settings.USE_TZ else None
    moment = datetime.datetime.now(tz=tzinfo).replace(microsecond=0)
    return _formatted(moment, str(tzinfo), format_string, translation.get_language())


# Every page prints the date in its masthead and footer: formatting it is a part of each
# render worth keeping, and within a second (in one language and zone) it is the same. The
# zone is part of the key because aware times of one instant are equal in every zone.
@functools.lru_cache(maxsize=64)
def _formatted(moment: datetime.datetime, zone: str, format_string: str, language: str) -> str:
    return defaultfilters.date(moment, format_string)


def django_escape(value):
    """Every value printed: escaped as ``django.utils.html.escape`` does, unless already safe."""
    if hasattr(value, "__html__"):
        return value
    return Markup(html.escape(str(value)))


def environment(**options) -> Environment:
    """The environment ``TEMPLATES`` names for the public pages' Jinja2 engine."""
    options["undefined"] = StrictUndefined
    options["finalize"] = django_escape
    env = Environment(**options)
    env.globals.update(
        url=url,
        static=static,
        now=now,
        menu_sections=menu_sections,
        section_menu=section_menu,
        lead_image=lead_image,
    )
    env.filters.update(date=date, urlencode=defaultfilters.urlencode)
    return env
