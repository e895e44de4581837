import datetime
import json
import re

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date

from articles import lists, workflow
from articles.delivery import fragments, pagecache
from articles.delivery.tags import list_tag
from articles.models import Article, ArticleRedirect, author_url
from tests.articles.delivery.test_pagecache import CountingCache
from tests.articles.public_site import (
    HIDDEN,
    PRIVATE_STRINGS,
    PUBLISHED,
    SHARED_TAG,
    assert_only_published,
    busy_archive,
    every_state,
)
from tests.factories import (
    ArticleFactory,
    CorrectionFactory,
    PublishedArticleFactory,
    QuoteFactory,
    SectionFactory,
    SourceFactory,
    UserFactory,
    WithdrawnArticleFactory,
    image_file,
)

pytestmark = pytest.mark.django_db


def story_url(date, slug):
    return reverse(
        "articles:detail",
        kwargs={"year": date.year, "month": f"{date.month:02d}", "day": f"{date.day:02d}", "slug": slug},
    )


PAGES = {
    "home": lambda s: reverse("articles:home"),
    "section": lambda s: reverse("articles:section", kwargs={"slug": s.section.slug}),
    "tag": lambda s: reverse("articles:tag", kwargs={"slug": SHARED_TAG}),
    "author": lambda s: author_url(s.author),
    "source": lambda s: reverse("articles:source", kwargs={"slug": s.source.slug}),
    "search": lambda s: reverse("articles:search") + "?q=Harbor+budget",
    "corrections": lambda s: reverse("articles:corrections"),
    "story": lambda s: s.published.get_absolute_url(),
}


@pytest.mark.parametrize("page", PAGES)
def test_every_public_page_shows_the_published_story_and_nothing_else(client, page):
    state = every_state()

    response = client.get(PAGES[page](state))

    assert response.status_code == 200
    assert_only_published(response.content.decode())


@pytest.mark.parametrize("page", PAGES)
def test_query_parameters_reveal_nothing_more(client, page):
    state = every_state()
    url = PAGES[page](state)
    tricks = "status=draft&preview=1&include_drafts=true&all=1"

    response = client.get(url + ("&" if "?" in url else "?") + tricks)

    assert response.status_code == 200
    assert_only_published(response.content.decode())


@pytest.mark.parametrize("page", PAGES)
def test_public_pages_never_show_an_authors_email(client, page):
    state = every_state()

    content = client.get(PAGES[page](state)).content.decode()

    assert state.author.email not in content


def test_story_page_is_at_its_canonical_date_based_address(client):
    story = PublishedArticleFactory(
        headline="Ferry service resumes",
        slug="ferry-service-resumes",
        first_published_at=timezone.make_aware(datetime.datetime(2025, 3, 4, 9, 30)),
    )

    response = client.get("/2025/03/04/ferry-service-resumes/")

    assert story.get_absolute_url() == "/2025/03/04/ferry-service-resumes/"
    assert response.status_code == 200
    assert b"Ferry service resumes" in response.content


def test_story_at_a_wrong_date_or_an_impossible_date_is_not_found(client):
    story = PublishedArticleFactory(slug="ferry-service-resumes")
    wrong_day = story.publication_date - datetime.timedelta(days=1)

    assert client.get(story_url(wrong_day, story.slug)).status_code == 404
    assert client.get("/2025/02/30/ferry-service-resumes/").status_code == 404
    assert client.get(story_url(story.publication_date, "another-slug")).status_code == 404


@pytest.mark.parametrize("state", ["draft", "in_review", "scheduled"])
def test_a_story_never_published_is_not_found_even_with_a_date_and_slug(client, state):
    when = timezone.localdate()
    story = ArticleFactory(slug="not-yet", status=getattr(Article.Status, state.upper()))
    # Even a row that somehow carries a publication date stays hidden until it is published.
    Article.objects.filter(pk=story.pk).update(publication_date=when)

    response = client.get(story_url(when, "not-yet") + "?preview=1")

    assert response.status_code == 404
    assert story.headline.encode() not in response.content


def test_a_withdrawn_story_is_gone_and_its_page_names_nothing_of_it(client):
    story = WithdrawnArticleFactory(
        headline="Mayor accused in leaked memo", dek="The memo was fabricated.", withdrawn_reason="Legal."
    )
    QuoteFactory(article=story, text="I never wrote that memo.")

    response = client.get(story.get_absolute_url())

    assert response.status_code == 410
    content = response.content.decode()
    assert "This story has been withdrawn" in content
    for detail in ("Mayor accused", "memo", "Legal.", story.slug):
        assert detail not in content
    assert content.count("<h1") == 1


def test_an_old_address_redirects_permanently_to_the_current_one(client):
    story = PublishedArticleFactory(slug="new-name")
    ArticleRedirect.objects.create(article=story, publication_date=story.publication_date, slug="old-name")

    response = client.get(story_url(story.publication_date, "old-name") + "?utm_source=x")

    assert response.status_code == 301
    assert response["Location"] == story.get_absolute_url()


def test_an_old_address_of_a_withdrawn_story_leads_to_gone(client):
    story = WithdrawnArticleFactory(slug="new-name")
    ArticleRedirect.objects.create(article=story, publication_date=story.publication_date, slug="old-name")

    response = client.get(story_url(story.publication_date, "old-name"), follow=True)

    assert response.redirect_chain == [(story.get_absolute_url(), 301)]
    assert response.status_code == 410


def test_the_live_story_is_shown_never_its_working_copy(client):
    state = every_state()

    content = client.get(state.published.get_absolute_url()).content.decode()

    assert PUBLISHED in content
    assert HIDDEN["working_copy"] not in content


def test_a_tag_only_on_unpublished_stories_does_not_exist_for_readers(client):
    ArticleFactory(tags=["secret-merger"])

    assert client.get(reverse("articles:tag", kwargs={"slug": "secret-merger"})).status_code == 404


def test_an_author_without_a_published_byline_has_no_page(client):
    user = UserFactory(username="newhire")
    ArticleFactory(authors=[user])

    assert client.get(author_url(user)).status_code == 404


def test_a_source_quoted_only_in_unpublished_stories_has_no_page(client):
    source = SourceFactory(slug="whistleblower")
    QuoteFactory(article=ArticleFactory(), source=source)
    QuoteFactory(article=WithdrawnArticleFactory(), source=source)

    assert client.get(reverse("articles:source", kwargs={"slug": "whistleblower"})).status_code == 404


def test_source_page_shows_who_they_are_and_each_published_quote(client):
    state = every_state()
    QuoteFactory(article=state.published, source=state.source, text="The harbor is open for business.")

    content = client.get(reverse("articles:source", kwargs={"slug": "ida-marsh"})).content.decode()

    assert "Ida Marsh" in content and "Harbor master" in content and "Port of Oakport" in content
    assert f"Words said in {PUBLISHED}." in content
    assert "The harbor is open for business." in content
    assert state.published.get_absolute_url() in content
    for secret in PRIVATE_STRINGS:
        assert secret not in content


def test_corrections_page_lists_newest_first_each_linking_to_its_story(client):
    older = PublishedArticleFactory(headline="Older story")
    newer = PublishedArticleFactory(headline="Newer story")
    two_days_ago = timezone.now() - datetime.timedelta(days=2)
    CorrectionFactory(article=older, text="First fix.", created_at=two_days_ago)
    CorrectionFactory(article=newer, text="Second fix.")

    content = client.get(reverse("articles:corrections")).content.decode()

    assert content.index("Second fix.") < content.index("First fix.")
    assert older.get_absolute_url() in content and newer.get_absolute_url() in content


def test_search_without_words_shows_the_form_and_no_results(client):
    PublishedArticleFactory(headline="Harbor news")

    response = client.get(reverse("articles:search"))

    assert response.status_code == 200
    assert b"Harbor news" not in response.content
    assert b'name="q"' in response.content


def test_search_finds_published_stories_by_headline(client):
    PublishedArticleFactory(headline="Lighthouse keeper retires")
    PublishedArticleFactory(headline="Council weighs fees")

    content = client.get(reverse("articles:search"), {"q": "lighthouse"}).content.decode()

    assert "Lighthouse keeper retires" in content
    assert "Council weighs fees" not in content


def test_lists_are_paginated(client):
    section = SectionFactory(slug="metro")
    for i in range(25):
        PublishedArticleFactory(
            section=section,
            headline=f"Metro story number {i:02d}",
            first_published_at=timezone.now() - datetime.timedelta(hours=i),
        )
    url = reverse("articles:section", kwargs={"slug": "metro"})

    first = client.get(url).content.decode()
    second = client.get(url, {"page": 2}).content.decode()

    assert "Metro story number 00" in first and "Metro story number 19" in first
    assert "Metro story number 20" not in first
    assert "Metro story number 20" in second and "Metro story number 24" in second
    assert "Page 2 of 2" in second
    assert client.get(url, {"page": "nonsense"}).status_code == 200


def test_home_page_leads_with_featured_stories_and_groups_the_rest_by_section(client):
    politics = SectionFactory(name="Politics", slug="politics")
    sports = SectionFactory(name="Sports", slug="sports")
    featured = PublishedArticleFactory(section=politics, headline="Featured election night", is_featured=True)
    PublishedArticleFactory(section=politics, headline="Turnout hits a record")
    PublishedArticleFactory(section=sports, headline="Tigers win the pennant")
    ArticleFactory(section=sports, headline="Unpublished featured", is_featured=True)

    content = client.get(reverse("articles:home")).content.decode()

    assert content.index("Featured election night") < content.index('id="section-politics"')
    assert 'id="section-sports"' in content and "Tigers win the pennant" in content
    assert "Unpublished featured" not in content
    assert featured.get_absolute_url() in content


def test_pages_have_one_h1_landmarks_and_a_skip_link(client):
    state = every_state()
    for name, page in PAGES.items():
        content = client.get(page(state)).content.decode()
        assert len(re.findall(r"<h1[\s>]", content)) == 1, name
        for landmark in ("<header", "<nav", "<main", "<footer", 'href="#content"'):
            assert landmark in content, (name, landmark)


def test_not_found_page_is_friendly(client):
    response = client.get("/no/such/page/")

    assert response.status_code == 404
    assert "can’t find that page".encode() in response.content or b"can&rsquo;t find" in response.content


def test_server_error_page_renders_without_a_request_or_database(django_assert_num_queries):
    with django_assert_num_queries(0):
        content = render_to_string("500.html")

    assert "Something went wrong" in content


def test_robots_txt_points_at_the_sitemaps_and_keeps_crawlers_out_of_the_newsroom(client, settings):
    settings.SITE_URL = "https://news.example"

    response = client.get("/robots.txt")

    text = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in text
    assert "Sitemap: https://news.example/sitemap.xml" in text
    assert "Sitemap: https://news.example/news-sitemap.xml" in text


# Ceilings for a page listing 30 stories with 8 quotes, 5 tags, 3 related links and 2
# corrections each, rendered for the first time (no card or story page kept yet); the same
# ceilings hold for any number of rows.
QUERY_CEILINGS = {
    "home": 8,
    "home page 2": 4,
    "section": 6,
    "tag": 7,
    "author": 7,
    "source": 6,
    "search": 4,
    "corrections": 3,
    # The story, its quotes, its byline, tags and corrections, its related-articles box.
    "story": 4,
}


def test_every_public_page_runs_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    stories = busy_archive()
    story = stories[5]
    urls = {
        "home": reverse("articles:home"),
        "home page 2": reverse("articles:home") + "?page=2",
        "section": story.section.get_absolute_url(),
        "tag": reverse("articles:tag", kwargs={"slug": "topic-1"}),
        "author": author_url(User.objects.get(username="reporter1")),
        "source": reverse("articles:source", kwargs={"slug": "source-3"}),
        "search": reverse("articles:search") + "?q=harbor",
        "corrections": reverse("articles:corrections"),
        "story": story.get_absolute_url(),
    }
    for name, url in urls.items():
        with django_assert_max_num_queries(QUERY_CEILINGS[name]):
            response = client.get(url)
        assert response.status_code == 200, name


def test_a_list_rendered_again_reads_only_which_stories_it_shows(client, settings, django_assert_num_queries):
    busy_archive()
    settings.PAGE_CACHE_SECONDS = 0
    section_url = reverse("articles:section", kwargs={"slug": "city"})
    first = client.get(section_url).content

    # The section, its count of stories and the page's rows: every card is kept.
    with django_assert_num_queries(3):
        again = client.get(section_url).content

    assert again == first


def test_a_list_made_of_kept_cards_reads_the_cache_once_and_dates_itself_by_its_last_purge(
    client, settings, monkeypatch
):
    settings.PAGE_CACHE_SECONDS = 0
    section = SectionFactory(name="Harbor", slug="harbor")
    story = PublishedArticleFactory(section=section, tags=["ferries"])
    client.get(section.get_absolute_url())
    counting = CountingCache(fragments.cache)
    monkeypatch.setattr(fragments, "cache", counting)
    monkeypatch.setattr(pagecache, "cache", counting)

    client.get(section.get_absolute_url())
    assert counting.calls == ["get_many"]

    # A purge of the list alone (a story withdrawn from it) dates the page, though its cards,
    # and the versions they were kept with, are as they were.
    later = story.last_published_at.timestamp() + 3600
    monkeypatch.setattr(pagecache, "_clock", lambda: later)
    pagecache.page_cache_purge_tags([list_tag("section", section.pk)])
    response = client.get(section.get_absolute_url())
    assert response.headers["Last-Modified"] == http_date(later)


def test_a_card_kept_for_a_list_shows_a_renamed_author_and_leaves_a_withdrawn_story(
    client, settings, editor, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 0
    section = SectionFactory(name="Harbor", slug="harbor")
    ann = UserFactory(first_name="Ann", last_name="Lee")
    kept = PublishedArticleFactory(section=section, headline="Ferry fares rise", authors=[ann])
    gone = PublishedArticleFactory(section=section, headline="Ferry pier closes")
    assert "Ann Lee" in client.get(section.get_absolute_url()).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        ann.last_name = "Lee-Park"
        ann.save()
        workflow.article_withdraw(article=gone, user=editor, reason="Wrong pier.")
    page = client.get(section.get_absolute_url()).content.decode()

    assert kept.headline in page and "Ann Lee-Park" in page
    assert "Ferry pier closes" not in page


def test_a_source_page_kept_card_shows_an_edited_quote(client, settings, django_capture_on_commit_callbacks):
    settings.PAGE_CACHE_SECONDS = 0
    source = SourceFactory(name="Dana Whitfield", slug="dana-whitfield")
    quote = QuoteFactory(article=PublishedArticleFactory(), source=source, text="We are ready.")
    assert "We are ready." in client.get(source.get_absolute_url()).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        quote.text = "We are not ready."
        quote.save()

    assert "We are not ready." in client.get(source.get_absolute_url()).content.decode()


def test_home_page_does_not_repeat_the_top_stories_in_the_section_blocks(client):
    section = SectionFactory(name="Harbor", slug="harbor")
    PublishedArticleFactory(section=section, headline="Featured harbor story", is_featured=True)
    PublishedArticleFactory(section=section, headline="Other harbor story")

    content = client.get(reverse("articles:home")).content.decode()

    block = content[content.index('id="section-harbor"') :]
    assert "Other harbor story" in block
    assert "Featured harbor story" not in block


def test_lists_of_stories_with_lead_images_cost_no_extra_queries(client, django_assert_max_num_queries):
    section = SectionFactory(slug="photos")
    for i in range(12):
        PublishedArticleFactory(
            section=section, lead_image=image_file(f"p{i}.jpg"), lead_image_alt=f"Photo {i}"
        )

    with django_assert_max_num_queries(QUERY_CEILINGS["section"]):
        response = client.get(reverse("articles:section", kwargs={"slug": "photos"}))

    assert response.content.decode().count('alt="Photo ') == 12


@pytest.fixture
def three_candidates(monkeypatch):
    # The ranking query is compiled once per process: compiled again with the patched size.
    monkeypatch.setattr(lists, "SECTION_CANDIDATES", 3)
    lists._ranked_query.forget()
    yield
    monkeypatch.undo()
    lists._ranked_query.forget()


def test_home_page_section_blocks_come_from_the_newest_stories_only(client, three_candidates):
    busy, quiet = SectionFactory(name="Busy", slug="busy"), SectionFactory(name="Quiet", slug="quiet")
    PublishedArticleFactory(section=quiet, first_published_at=timezone.now() - datetime.timedelta(days=30))
    for hours in range(4):
        PublishedArticleFactory(
            section=busy, first_published_at=timezone.now() - datetime.timedelta(hours=hours)
        )

    content = client.get(reverse("articles:home")).content.decode()

    assert 'id="section-busy"' in content
    assert 'id="section-quiet"' not in content


def test_server_error_page_names_the_paper(rf, settings):
    from articles.views import server_error

    settings.SITE_NAME = "The Bellhaven Chronicle"
    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "The Bellhaven Chronicle" in response.content.decode()


def test_a_merged_source_address_redirects_to_the_record_it_was_merged_into(
    client, editor, django_capture_on_commit_callbacks
):
    from articles.sources import source_merge
    from tests.factories import QuoteFactory, SourceFactory

    kept = SourceFactory(name="Dana Whitfield", slug="dana-whitfield")
    duplicate = SourceFactory(name="D. Whitfield", slug="d-whitfield")
    QuoteFactory(source=kept, article=PublishedArticleFactory())
    QuoteFactory(source=duplicate, article=PublishedArticleFactory())
    old_address = duplicate.get_absolute_url()
    assert client.get(old_address).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        source_merge(keep=kept, merge=duplicate, user=editor)
    response = client.get(old_address)
    assert response.status_code == 301
    assert response["Location"] == kept.get_absolute_url()
    assert client.get("/source/never-existed/").status_code == 404


def test_a_merged_source_does_not_redirect_to_a_record_readers_cannot_see(client, editor):
    from articles.sources import source_merge
    from tests.factories import QuoteFactory, SourceFactory

    kept = SourceFactory(name="Unpublished Person", slug="unpublished-person")
    duplicate = SourceFactory(name="U. Person", slug="u-person")
    QuoteFactory(source=duplicate, article=ArticleFactory())
    source_merge(keep=kept, merge=duplicate, user=editor)
    assert client.get("/source/u-person/").status_code == 404


def test_author_pages_use_the_name_not_the_login_and_follow_a_name_change(client):
    reporter = UserFactory(username="dokafor", first_name="Daniel", last_name="Okafor")
    PublishedArticleFactory(authors=[reporter])
    address = author_url(reporter)
    assert address == f"/author/{reporter.pk}-daniel-okafor/"
    page = client.get(address)
    assert page.status_code == 200
    assert "dokafor" not in page.content.decode()
    reporter.last_name = "Okafor-Reyes"
    reporter.save()
    cache.clear()  # account edits do not purge the page cache; its short TTL covers them
    response = client.get(address)
    assert response.status_code == 301
    assert response["Location"] == f"/author/{reporter.pk}-daniel-okafor-reyes/"


ODD_PAGE_NUMBERS = ["-1", "abc", "1.5", "99999999999999999999", "9" * 5_000, "%00", "２"]


@pytest.mark.parametrize("page", [name for name in PAGES if name != "story"])
def test_list_pages_answer_any_page_number_with_a_page(client, page):
    address = PAGES[page](every_state())

    for number in ODD_PAGE_NUMBERS:
        response = client.get(address + ("&" if "?" in address else "?") + "page=" + number)

        assert response.status_code == 200, number
        assert PUBLISHED in response.content.decode(), number


# --- the editing desk's changes to public pages -------------------------------------------


@pytest.mark.parametrize(
    "opening, drop_cap",
    [
        ("The council voted on Tuesday.", True),
        ("U.S. officials arrived on Tuesday.", False),
        ("NASA engineers arrived on Tuesday.", False),
        ("“We will not cut patrols,” the sheriff said.", False),
        ("$48 million is the price.", False),
    ],
)
def test_the_drop_cap_skips_abbreviations_and_punctuation(client, opening, drop_cap):
    story = PublishedArticleFactory(body=f"<p>{opening}</p><p>More.</p>")
    html = client.get(story.get_absolute_url()).content.decode()
    assert ('<p class="drop-cap">' in html) is drop_cap
    assert opening.split()[0] in html


def test_a_tag_page_shows_the_tags_name_as_written(client):
    story = PublishedArticleFactory(tags=["Port of Bellhaven"])
    tag = story.tags.get()
    html = client.get(reverse("articles:tag", kwargs={"slug": tag.slug})).content.decode()
    assert "<h1>Port of Bellhaven</h1>" in html


def test_published_changes_show_as_updated_and_move_date_modified(client, editor):
    from articles import workflow

    long_ago = timezone.now() - datetime.timedelta(days=3)
    story = PublishedArticleFactory(authors=[editor], first_published_at=long_ago, last_published_at=long_ago)
    page = client.get(story.get_absolute_url()).content.decode()
    assert "Updated <time" not in page
    copy = workflow.article_start_edit(article=story, user=editor)
    workflow.article_publish_changes(article=copy, user=editor)
    cache.clear()
    page = client.get(story.get_absolute_url()).content.decode()
    assert "Updated <time" in page
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert data["dateModified"] > data["datePublished"]


def test_the_front_page_links_to_more_stories_without_counting_the_archive(client):
    for _ in range(21):
        PublishedArticleFactory()

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")

    assert b'href="?page=2"' in response.content
    assert not [q for q in queries.captured_queries if "COUNT(" in q["sql"].upper()]
    assert b"Page 2 of 2" in client.get("/?page=2").content


def test_the_front_page_has_no_more_link_when_everything_fits(client):
    for _ in range(20):
        PublishedArticleFactory()

    assert b'href="?page=2"' not in client.get("/").content


def test_favicon_ico_is_sent_on_to_the_sites_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"].endswith(".svg") and "favicon" in response["Location"]
