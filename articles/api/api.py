"""The read API's endpoints (Django Ninja), mounted at ``/api/v1/``.

Rules:

* GET only: every endpoint reads; any other method is ``405``. Every other answer is JSON.
* What an endpoint shows is decided by ``articles.api.reads``, over the visibility
  querysets; a story readers cannot see is ``404`` and a withdrawn one ``410``.
* Every endpoint is served through the public page cache (``cached_public_page``): anonymous
  answers are cached and tagged with what they show, carry ``ETag``, ``Last-Modified`` and
  ``Surrogate-Key``, and conditional requests get ``304``. Only the query parameters an
  endpoint reads reach its cache key.
* Anonymous clients are rate-limited per address (``articles.api.limits``), cached answers
  included.
* The OpenAPI schema is at ``openapi.json`` and its docs page at ``docs`` (Swagger UI,
  served from our own static files: the Content-Security-Policy allows no other origin; the
  docs page and its schema alone may show ``data:`` images, the icons of Swagger UI's
  stylesheet).
"""

import datetime

from csp.decorators import csp_update
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from ninja import NinjaAPI, Query, Schema, Status
from ninja.decorators import decorate_view
from ninja.openapi.docs import Swagger
from pydantic import Field

from articles.api import ninjs, reads
from articles.api.cursors import InvalidCursor
from articles.api.limits import anonymous_rate_limited
from articles.api.schemas import Error, SectionList, SourcePage, StoryOut, StoryPage, TagPage
from articles.delivery.pagecache import cached_public_page
from articles.models import Article

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
STORY_NOT_FOUND = "No published story has this id."
NOT_FOUND = {404: Error}
STORY_ERRORS = {404: Error, 410: Error}
BAD_CURSOR = {400: Error}
DOCS_CSP_UPDATE = {"img-src": ["data:"]}


def _cached(*, query_params=()):
    """Page cache inside, rate limit outside (``decorate_view`` wraps in the order given)."""
    return decorate_view(cached_public_page(query_params=query_params), anonymous_rate_limited)


def _docs_view(view):
    # Swagger UI's stylesheet draws its icons as data: images; nothing else is let in.
    return csp_update(DOCS_CSP_UPDATE)(
        require_safe(anonymous_rate_limited(cached_public_page(view, query_params=())))
    )


api = NinjaAPI(
    title="The Chronicle read API",
    version="1",
    description=(
        "Published stories, sections, tags and sources, read-only. Lists are newest first and "
        "paged with opaque cursors (`next_cursor`). Anonymous clients are rate-limited per "
        "address. Each story is also available as IPTC NINJS 2.1 (`/stories/{id}.ninjs`)."
    ),
    urls_namespace="api",
    docs=Swagger(settings={"validatorUrl": None, "supportedSubmitMethods": ["get"]}),
    docs_decorator=_docs_view,
)


class Limit(Schema):
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Rows per page.")
    cursor: str | None = Field(None, description="The next_cursor of the previous page.")


class StoryFilters(Limit):
    section: str | None = Field(None, description="A section's slug.")
    tag: str | None = Field(None, description="A tag's slug.")
    author: int | None = Field(None, description="An author's id.")
    source: str | None = Field(None, description="A quoted source's slug.")
    date: datetime.date | None = Field(None, description="Local date of first publication.")
    since: datetime.datetime | None = Field(
        None, description="Published or republished at or after (ISO 8601 date or date-time)."
    )
    until: datetime.datetime | None = Field(None, description="Published or republished before.")


STORY_LIST_PARAMS = tuple(StoryFilters.model_fields)
PAGE_PARAMS = tuple(Limit.model_fields)


def _read(path: str, **options):
    """Register an endpoint for GET (in the schema) and HEAD (the same answer without its
    body, as HTTP asks of every GET resource)."""

    def register(view):
        registered = api.get(path, **options)(view)
        api.api_operation(["HEAD"], path, response=options["response"], include_in_schema=False)(view)
        return registered

    return register


def _bad_cursor(error: InvalidCursor):
    return Status(400, {"detail": str(error)})


@_read(
    "/stories",
    response={200: StoryPage, **BAD_CURSOR},
    url_name="stories",
    summary="Published stories",
    tags=["stories"],
)
@_cached(query_params=STORY_LIST_PARAMS)
def stories(request: HttpRequest, filters: Query[StoryFilters]):
    """Published stories, newest publication first, matching every filter given."""
    try:
        return reads.stories_page(**filters.dict())
    except InvalidCursor as error:
        return _bad_cursor(error)


def _story(story_id: int):
    try:
        return reads.story_detail(story_id)
    except Article.DoesNotExist:
        return Status(404, {"detail": STORY_NOT_FOUND})
    except reads.StoryGone as gone:
        return Status(410, {"detail": str(gone)})


def _last_modified(response: HttpResponse, story: dict) -> None:
    changed = story["updated_at"] or story["published_at"]
    response["Last-Modified"] = http_date(changed.timestamp())


@_read(
    "/stories/{int:story_id}",
    response={200: StoryOut, **STORY_ERRORS},
    url_name="story",
    summary="One published story",
    tags=["stories"],
)
@_cached()
def story(request: HttpRequest, story_id: int, response: HttpResponse):
    """A published story with its body, lead image and renditions, byline, tags, quotes
    with their sources' public fields, related links and corrections. A withdrawn story is
    ``410``; any other story readers cannot see is ``404``."""
    found = _story(story_id)
    if isinstance(found, dict):
        _last_modified(response, found)
    return found


@_read(
    "/stories/{int:story_id}.ninjs",
    response={200: dict, **STORY_ERRORS},
    url_name="story_ninjs",
    summary="One published story as IPTC NINJS 2.1",
    tags=["stories"],
)
@_cached()
def story_ninjs(request: HttpRequest, story_id: int):
    """The story as an IPTC NINJS 2.1 document, for syndication partners."""
    found = _story(story_id)
    if not isinstance(found, dict):
        return found
    response = JsonResponse(
        ninjs.story_ninjs(found), content_type=ninjs.CONTENT_TYPE, json_dumps_params={"ensure_ascii": False}
    )
    _last_modified(response, found)
    return response


@_read("/sections", response={200: SectionList}, url_name="sections", summary="Sections", tags=["records"])
@_cached()
def sections(request: HttpRequest):
    """Every section, in the site's menu order."""
    return reads.sections_list()


@_read(
    "/tags",
    response={200: TagPage, **BAD_CURSOR},
    url_name="tags",
    summary="Tags on published stories",
    tags=["records"],
)
@_cached(query_params=PAGE_PARAMS)
def tags(request: HttpRequest, page: Query[Limit]):
    """Tags carried by at least one published story, by slug."""
    try:
        return reads.tags_page(**page.dict())
    except InvalidCursor as error:
        return _bad_cursor(error)


@_read(
    "/sources",
    response={200: SourcePage, **BAD_CURSOR},
    url_name="sources",
    summary="Sources quoted in published stories",
    tags=["records"],
)
@_cached(query_params=PAGE_PARAMS)
def sources(request: HttpRequest, page: Query[Limit]):
    """People, organizations and documents quoted in at least one published story, by slug,
    with their public fields only."""
    try:
        return reads.sources_page(**page.dict())
    except InvalidCursor as error:
        return _bad_cursor(error)
