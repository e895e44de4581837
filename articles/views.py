"""The reader's site: thin views over ``Article.objects.published()``.

Every page here shows published stories only, runs a fixed number of queries whatever it
lists, and is served through the public page cache (``articles.delivery``), tagged with what
it shows. Views only read: editorial state is written by ``articles.workflow`` alone.
"""

import datetime

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from articles import lists
from articles.cards import ROW, CardVariant, card_rows, cards, present, quoted_cards, row_published
from articles.delivery.pagecache import cached_public_page
from articles.delivery.tags import (
    CORRECTIONS,
    HOME,
    SEARCH,
    list_tag,
    page_tags_add,
    page_tags_add_stories,
    record_tag,
)
from articles.front_page import front_page
from articles.models import (
    Article,
    ArticleRedirect,
    Correction,
    Source,
    SourceMerge,
    author_url,
    person_name,
)
from articles.search import Found, search_query
from articles.story import render_story, story_at

STORIES_PER_PAGE = 20
CORRECTIONS_PER_PAGE = 30


def _paginate(request, queryset, per_page=STORIES_PER_PAGE, count=None):
    paginator = Paginator(queryset, per_page)
    if count is not None:
        # Counted already (a search counts its matches once, up to a limit).
        paginator.count = count
    return paginator.get_page(request.GET.get("page"))


def _with_last_modified(response, moments):
    moments = [moment for moment in moments if moment is not None]
    if moments:
        response.headers["Last-Modified"] = http_date(max(moments).timestamp())
    return response


def _row_moments(rows):
    return [row_published(row) for row in rows]


LATER = CardVariant(heading="h3", show_image=True, size="row")


@require_safe
@cached_public_page(tags=(HOME,))
def home(request):
    """The front page (``articles.front_page``); later pages (``?page=2``) continue the latest
    stories only."""
    if request.GET.get("page", "1") not in {"", "1"}:
        page = _paginate(request, lists.latest.of())
        if page.number > 1:
            rows = list(page.object_list)
            latest = present(cards([(row, LATER) for row in rows]))
            context = {"front": None, "page_obj": page, "latest": latest}
            return _with_last_modified(render(request, "articles/home.html", context), _row_moments(rows))

    front = front_page()
    response = render(request, "articles/home.html", {"front": front.markup})
    return _with_last_modified(response, front.moments)


def _story_list(request, *, template="articles/article_list.html", stories, **context):
    page = _paginate(request, stories)
    rows = list(page.object_list)
    context.update(page_obj=page, cards=present(cards([(row, ROW) for row in rows])))
    response = render(request, template, context)
    return _with_last_modified(response, _row_moments(rows))


@require_safe
@cached_public_page
def section_detail(request, slug):
    """A section's published stories, newest first."""
    section = lists.section_at(slug)
    if section is None:
        raise Http404("No such section.")
    page_tags_add(record_tag("section", section.pk), list_tag("section", section.pk))
    return _story_list(
        request,
        stories=lists.in_section.of(section_pk=section.pk),
        heading=section.name,
        description=section.description,
        kind="section",
        section=section,
        feed_url=reverse("articles:feed_section_rss", kwargs={"slug": section.slug}),
    )


@require_safe
@cached_public_page
def tag_detail(request, slug):
    """Published stories with a tag. A tag found only on unpublished stories does not exist
    for readers."""
    tag = lists.tag_at(slug)
    stories = lists.tagged.of(tag_pk=tag.pk) if tag is not None else []
    if not stories or not stories.count():
        raise Http404("No published story carries this tag.")
    page_tags_add(record_tag("tag", tag.pk), list_tag("tag", tag.pk))
    return _story_list(
        request,
        stories=stories,
        heading=tag.name,
        kind="tag",
        feed_url=reverse("articles:feed_tag_rss", kwargs={"slug": tag.slug}),
    )


@require_safe
@cached_public_page
def author_detail(request, pk, slug):
    """A writer's published stories. Only people with a byline on a published story have a
    page; their name is shown, never their login name or e-mail address. An address with
    an outdated name slug redirects to the current one."""
    user = lists.person_at(pk)
    if user is None:
        raise Http404("Nobody by this name has a published story.")
    stories = lists.by_author.of(author_pk=user.pk)
    if not stories.count():
        raise Http404("Nobody by this name has a published story.")
    if request.path != author_url(user):
        return HttpResponsePermanentRedirect(author_url(user))
    page_tags_add(record_tag("author", user.pk), list_tag("author", user.pk))
    return _story_list(
        request,
        stories=stories,
        heading=person_name(user),
        kind="author",
    )


@require_safe
@cached_public_page
def source_detail(request, slug):
    """Who a source is (public fields only) and every published story quoting them, each
    with the words quoted."""
    source = lists.source_at(slug)
    if source is None:
        return _merged_source_redirect(slug)
    page = _paginate(request, lists.quoting.of(source_pk=source.pk))
    rows = list(page.object_list)
    page_tags_add(record_tag("source", source.pk), list_tag("source", source.pk))
    response = render(
        request,
        "articles/source_detail.html",
        {"source": source, "page_obj": page, "cards": present(quoted_cards(rows, source))},
    )
    return _with_last_modified(response, _row_moments(rows))


def _merged_source_redirect(slug):
    """A source merged into another keeps its public address: it redirects permanently to
    the record it was merged into, when that one is public."""
    merge = SourceMerge.objects.filter(merged_data__slug=slug).only("kept_id").first()
    kept = merge and Source.objects.public().only("slug").filter(pk=merge.kept_id).first()
    if not kept:
        raise Http404("No such source.")
    return HttpResponsePermanentRedirect(kept.get_absolute_url())


@require_safe
@cached_public_page(query_params=("q", "page"), tags=(SEARCH,))
def search(request):
    """Full-text search over published stories: the newest ``SEARCH_LIMIT`` matches, best match
    first, and whether more match."""
    query = search_query(request.GET.get("q", ""))
    found = Found(query) if query else None
    page = _paginate(request, card_rows(found.stories), count=found.count()) if found else None
    shown = present(cards([(row, ROW) for row in page.object_list])) if page else []
    context = {"query": query, "page_obj": page, "cards": shown, "found": found}
    response = render(request, "articles/search.html", context)
    # Result pages are for people, not for search engines' indexes.
    response.headers["X-Robots-Tag"] = "noindex"
    return response


@require_safe
@cached_public_page(tags=(CORRECTIONS,))
def corrections(request):
    """Every correction on a published story, newest first, each linking to its story."""
    page = _paginate(
        request,
        Correction.objects.filter(article__in=Article.objects.published())
        .select_related("article__section")
        .only(
            "text",
            "created_at",
            "article__headline",
            "article__slug",
            "article__publication_date",
            "article__live_article",
            "article__kicker",
            "article__section__name",
        ),
        CORRECTIONS_PER_PAGE,
    )
    page_tags_add_stories(correction.article for correction in page.object_list)
    response = render(
        request, "articles/corrections.html", {"page_obj": page, "corrections": page.object_list}
    )
    return _with_last_modified(response, [c.created_at for c in page.object_list])


@require_safe
@cached_public_page(query_params=())
def article_detail(request, year, month, day, slug):
    """A published story at its canonical address. An old address of a renamed story
    redirects permanently; a withdrawn story is gone (410); anything else is not found."""
    try:
        date = datetime.date(int(year), int(month), int(day))
    except ValueError:
        raise Http404("No such date.") from None
    article = story_at(date, slug)
    if article is None:
        old = (
            ArticleRedirect.objects.filter(publication_date=date, slug=slug)
            .select_related("article")
            .filter(article__live_article__isnull=True)
            .filter(article__status__in=[Article.Status.PUBLISHED, Article.Status.WITHDRAWN])
            .first()
        )
        if old is None:
            raise Http404("No story at this address.")
        return HttpResponsePermanentRedirect(old.article.get_absolute_url())
    if article.status == Article.Status.WITHDRAWN:
        return render(request, "410.html", status=410)
    return render_story(request, article)


@require_safe
@cached_public_page(query_params=())
def robots_txt(request):
    """Crawlers may read the public site, not the newsroom, and are pointed at the sitemaps."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /preview/",
        f"Disallow: {reverse('articles:search')}",
        "",
        f"Sitemap: {settings.SITE_URL}{reverse('articles:sitemap')}",
        f"Sitemap: {settings.SITE_URL}{reverse('articles:news_sitemap')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
def favicon(request):
    """Browsers ask for /favicon.ico on every page that names no icon, the admin's among
    them: they are sent on to the site's icon, which the public pages name themselves."""
    return HttpResponsePermanentRedirect(static("favicon.svg"))


def server_error(request):
    """The 500 page, with the paper's name. It reads no database and no request context,
    since either may be what failed."""
    html = loader.get_template("500.html").render({"SITE_NAME": settings.SITE_NAME})
    return HttpResponseServerError(html)
