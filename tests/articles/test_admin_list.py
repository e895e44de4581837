"""The admin's story list at any size: the same queries for 5 stories as for 60, plain,
filtered, searched, as a superuser and as a journalist; and its search, byline and date
filters still find what they did."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles import workflow
from articles.admin import article as story_admin
from articles.models import Article, person_name
from tests.factories import (
    ArticleFactory,
    EditorFactory,
    JournalistFactory,
    PublishedArticleFactory,
    ScheduledArticleFactory,
    WithdrawnArticleFactory,
    WorkingCopyFactory,
)

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:articles_article_changelist"


def add_stories(n, *, journalist, colleague):
    """``n`` stories of every kind a list shows: published (some with two bylines),
    the journalist's drafts, a colleague's drafts and scheduled stories, a working copy."""
    for i in range(n):
        kind = i % 5
        if kind == 0:
            ArticleFactory(authors=[journalist], tags=["harbor"])
        elif kind == 1:
            ArticleFactory(authors=[colleague], tags=["senate-bid"])
        elif kind == 2:
            ScheduledArticleFactory(authors=[colleague])
        elif kind == 3:
            live = PublishedArticleFactory(authors=[journalist, colleague], tags=["harbor", "budget"])
            ArticleFactory(authors=[journalist], live_article=live, slug=live.slug, headline=live.headline)
        else:
            PublishedArticleFactory(authors=[colleague])


def list_queries(client, params):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse(CHANGELIST), params)
    assert response.status_code == 200
    return len(captured), response.context["cl"]


@pytest.mark.parametrize("who", ["superuser", "journalist"])
def test_the_story_list_runs_the_same_queries_for_5_stories_as_for_60(client, admin_user, who):
    journalist, colleague = JournalistFactory(), JournalistFactory()
    client.force_login(admin_user if who == "superuser" else journalist)
    cases = {
        "plain": {},
        "by status": {"status__exact": "published"},
        "by byline": {"authors__id__exact": colleague.pk},
        "searched": {"q": "budget plan"},
        "by year": {
            "created_at__gte": "2000-01-01 00:00:00+00:00",
            "created_at__lt": "2100-01-01 00:00:00+00:00",
        },
        "filtered and searched": {"status__exact": "draft", "tag": "harbor", "q": "council"},
    }

    add_stories(5, journalist=journalist, colleague=colleague)
    few = {name: list_queries(client, params) for name, params in cases.items()}
    add_stories(55, journalist=journalist, colleague=colleague)
    many = {name: list_queries(client, params) for name, params in cases.items()}

    for name in cases:
        (few_queries, few_list), (many_queries, many_list) = few[name], many[name]
        assert many_queries == few_queries, name
        assert many_queries <= 12, name
        assert many_list.result_count > few_list.result_count, name
    plain = many["plain"][1]
    assert len(plain.result_list) == min(50, plain.result_count)
    if who == "superuser":
        assert plain.result_count == 72  # 60 stories and 12 working copies
    else:
        # 24 published stories, and the journalist's 12 drafts and 12 working copies.
        assert plain.result_count == 48
        assert not any(story.status == Article.Status.SCHEDULED for story in plain.queryset)


@pytest.mark.parametrize(
    ("term", "headline"),
    [
        ("DREDGING", "Harbor dredging resumes"),  # in the headline, in any case
        ("pilots", "Port news"),  # in the dek only
        ("berth-42", "Dock work"),  # in the slug only
    ],
)
def test_the_story_list_search_finds_words_inside_headline_dek_and_slug(client, editor, term, headline):
    PublishedArticleFactory(headline="Harbor dredging resumes", dek="Work starts Monday.", slug="dredging")
    PublishedArticleFactory(headline="Port news", dek="Tugboat pilots strike.", slug="port-news")
    PublishedArticleFactory(headline="Dock work", dek="A quiet week.", slug="dock-work-berth-42")
    PublishedArticleFactory(headline="Council meets", dek="Budget on the agenda.", slug="council-meets")
    client.force_login(editor)

    found = client.get(reverse(CHANGELIST), {"q": term}).context["cl"]

    assert [story.headline for story in found.result_list] == [headline]


def test_a_journalist_searching_the_list_never_finds_a_colleagues_draft(client, journalist, other_journalist):
    ArticleFactory(authors=[journalist], headline="Harbor dredging stalls")
    ArticleFactory(authors=[other_journalist], headline="Harbor donors line up")
    ScheduledArticleFactory(authors=[other_journalist], headline="Harbor audit findings")
    PublishedArticleFactory(authors=[other_journalist], headline="Harbor fees go up")
    client.force_login(journalist)

    found = client.get(reverse(CHANGELIST), {"q": "harbor"}).context["cl"]

    assert sorted(story.headline for story in found.result_list) == [
        "Harbor dredging stalls",
        "Harbor fees go up",
    ]
    assert found.result_count == 2


def test_a_search_matching_more_than_it_counts_lists_that_many_and_says_more_match(
    client, journalist, other_journalist, monkeypatch
):
    monkeypatch.setattr(story_admin, "SEARCHED_COUNT_LIMIT", 3)
    monkeypatch.setattr(story_admin.ArticleAdmin, "list_per_page", 2)
    for n in range(4):
        PublishedArticleFactory(authors=[other_journalist], headline=f"Harbor fees, part {n}")
    ArticleFactory(authors=[journalist], headline="Harbor fees: my draft")
    for n in range(3):
        ArticleFactory(authors=[other_journalist], headline=f"Harbor fees, their draft {n}")
    client.force_login(journalist)

    response = client.get(reverse(CHANGELIST), {"q": "harbor"})

    found = response.context["cl"]
    assert (found.result_count, found.more_found, found.paginator.num_pages) == (3, True, 2)
    text = " ".join(response.content.decode().split())
    assert "More than 3 articles match: the first 3 in this order are listed." in text
    assert "Add a word to narrow the search." in text
    assert "More than 3 results (" in text
    # A bulk action would act on every match, more than the list says: it is not offered.
    assert "Select all 3" not in text and "0 of 2 selected" in text
    assert client.get(reverse(CHANGELIST), {"q": "harbor", "p": 2}).status_code == 200


@pytest.mark.parametrize("who", ["superuser", "journalist"])
def test_a_search_matching_no_more_than_it_counts_is_counted_exactly(
    client, admin_user, journalist, other_journalist, who, monkeypatch
):
    monkeypatch.setattr(story_admin, "SEARCHED_COUNT_LIMIT", 3)
    monkeypatch.setattr(story_admin.ArticleAdmin, "list_per_page", 1)
    PublishedArticleFactory(authors=[other_journalist], headline="Harbor fees go up")
    ArticleFactory(authors=[journalist], headline="Harbor fees: my draft")
    ArticleFactory(authors=[other_journalist], headline="Harbor fees: their draft")
    PublishedArticleFactory(headline="Council meets")
    client.force_login(admin_user if who == "superuser" else journalist)

    response = client.get(reverse(CHANGELIST), {"q": "harbor fees"})

    found = response.context["cl"]
    assert (found.result_count, found.more_found) == ((3, False) if who == "superuser" else (2, False))
    assert f"{found.result_count} articles" in " ".join(response.content.decode().split())
    assert "More than" not in response.content.decode()
    assert f"Select all {found.result_count} articles" in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"authors__id__exact": "abc"},
        {"authors__id__exact": "١٢"},
        {"created_at__year": "99999"},
        {"created_at__year": "99999999999999999999"},
    ],
)
def test_a_filter_value_no_story_could_have_is_refused_as_django_refuses_a_bad_lookup(client, editor, params):
    PublishedArticleFactory(headline="Harbor fees go up")
    client.force_login(editor)

    response = client.get(reverse(CHANGELIST), params)

    assert response.status_code == 302
    assert response["Location"].endswith("?e=1")


def test_the_byline_filter_lists_a_story_with_two_bylines_once_and_finds_stories_without_one(client, editor):
    reporter, photographer = JournalistFactory(first_name="Ana", last_name="Ruiz"), JournalistFactory()
    shared = PublishedArticleFactory(authors=[reporter, photographer], headline="Shared byline")
    ArticleFactory(authors=[photographer], headline="Photographer alone")
    unsigned = PublishedArticleFactory(headline="Staff report")
    unsigned.bylines.all().delete()
    client.force_login(editor)
    changelist = reverse(CHANGELIST)

    by_reporter = client.get(changelist, {"authors__id__exact": reporter.pk}).context["cl"]
    by_photographer = client.get(changelist, {"authors__id__exact": photographer.pk}).context["cl"]
    no_byline = client.get(changelist, {"authors__isnull": "True"}).context["cl"]

    assert [story.pk for story in by_reporter.result_list] == [shared.pk]
    assert by_photographer.result_count == 2
    assert sorted(story.headline for story in by_photographer.result_list) == [
        "Photographer alone",
        "Shared byline",
    ]
    assert [story.pk for story in no_byline.result_list] == [unsigned.pk]
    html = client.get(changelist).content.decode()
    assert "Ana Ruiz" in html and f"?authors__id__exact={reporter.pk}" in html


def created(story, when):
    Article.objects.filter(pk=story.pk).update(created_at=when)
    return story


def test_the_date_filter_offers_each_year_back_to_the_oldest_story_and_the_months_of_the_one_chosen(
    client, journalist, other_journalist
):
    now = timezone.localtime()
    old = created(
        PublishedArticleFactory(headline="Old ferry story"), now.replace(year=now.year - 3, month=5)
    )
    created(ArticleFactory(authors=[journalist], headline="Recent draft"), now)
    # A colleague's draft older than anything the journalist may see offers no year of its own.
    created(
        ArticleFactory(authors=[other_journalist], headline="Buried draft"), now.replace(year=now.year - 6)
    )
    client.force_login(journalist)
    changelist = reverse(CHANGELIST)

    listing = client.get(changelist)
    choices = [choice["display"] for choice in date_filter(listing).choices(listing.context["cl"])]
    assert choices[:5] == ["Any date", "Today", "Past 7 days", "This month", "This year"]
    assert choices[5:] == [str(now.year - 1), str(now.year - 2), str(now.year - 3)]

    year = now.year - 3
    chosen = client.get(
        changelist,
        {
            "created_at__gte": str(
                now.replace(year=year, month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
            ),
            "created_at__lt": str(
                now.replace(year=year + 1, month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
            ),
        },
    )
    assert [story.pk for story in chosen.context["cl"].result_list] == [old.pk]
    shown = list(date_filter(chosen).choices(chosen.context["cl"]))
    assert [choice["display"] for choice in shown if choice["selected"]] == [str(year)]
    months = [choice["display"] for choice in shown if choice["display"].endswith(f" {year}")]
    assert len(months) == 12 and months[4].startswith("May")
    may = client.get(changelist + next(c["query_string"] for c in shown if c["display"] == months[4]))
    assert [story.pk for story in may.context["cl"].result_list] == [old.pk]


def test_old_date_hierarchy_addresses_still_filter_by_year(client, editor):
    now = timezone.localtime()
    when = now - datetime.timedelta(days=800)
    old = created(PublishedArticleFactory(), when)
    PublishedArticleFactory()
    client.force_login(editor)

    found = client.get(reverse(CHANGELIST), {"created_at__year": when.year})

    assert [story.pk for story in found.context["cl"].result_list] == [old.pk]


def date_filter(response):
    return next(spec for spec in response.context["cl"].filter_specs if spec.title == "date created")


def test_editors_and_journalists_lists_ask_the_same_questions_whoever_reads(client, journalist):
    # An editor sees every story; their list must be as bounded as the journalist's.
    editor = EditorFactory()
    add_stories(10, journalist=journalist, colleague=JournalistFactory())
    client.force_login(editor)
    queries, cl = list_queries(client, {"q": "council"})
    assert cl.result_count == Article.objects.count()
    assert queries <= 12


def test_the_byline_column_names_each_story_s_people_in_byline_order_unless_overridden(client, editor):
    reporter = JournalistFactory(first_name="Ana", last_name="Ruiz")
    nameless = JournalistFactory(username="desk-photo", first_name="", last_name="")
    PublishedArticleFactory(authors=[nameless, reporter], headline="Two on the byline")
    PublishedArticleFactory(
        authors=[reporter], headline="Wire rewrite", byline_override="Staff and wire reports"
    )
    client.force_login(editor)

    html = client.get(reverse(CHANGELIST)).content.decode()

    assert "desk-photo, Ana Ruiz" in html
    assert "Staff and wire reports" in html


# What a list's kept count is read by (the byline filter reads the kept lists' people too).
KEPT_COUNT = '"articles_listingcount"."stories"'


@pytest.mark.parametrize("who", ["superuser", "journalist"])
def test_the_whole_list_and_its_published_stories_are_counted_from_their_kept_count(client, admin_user, who):
    journalist, colleague = JournalistFactory(), JournalistFactory()
    add_stories(10, journalist=journalist, colleague=colleague)
    user = admin_user if who == "superuser" else journalist
    client.force_login(user)

    with CaptureQueriesContext(connection) as captured:
        whole = client.get(reverse(CHANGELIST)).context["cl"]
    read_kept_count = any(KEPT_COUNT in query["sql"] for query in captured.captured_queries)
    with CaptureQueriesContext(connection) as captured:
        published = client.get(reverse(CHANGELIST), {"status__exact": "published"}).context["cl"]
    published_read_kept_count = any(KEPT_COUNT in query["sql"] for query in captured.captured_queries)
    with CaptureQueriesContext(connection) as captured:
        drafts = client.get(reverse(CHANGELIST), {"status__exact": "draft"}).context["cl"]
    drafts_read_kept_count = any(KEPT_COUNT in query["sql"] for query in captured.captured_queries)

    assert whole.result_count == workflow.articles_visible_to(user).count()
    assert read_kept_count
    assert published.result_count == Article.objects.published().count() == 4
    assert published_read_kept_count and not drafts_read_kept_count
    assert drafts.result_count == workflow.articles_visible_to(user).filter(status="draft").count()


def test_a_journalist_s_byline_filter_names_people_on_stories_they_may_see_only(client, journalist):
    published_colleague = JournalistFactory(first_name="Ines", last_name="Park")
    drafting_colleague = JournalistFactory(first_name="Omar", last_name="Diaz")
    PublishedArticleFactory(authors=[published_colleague])
    ArticleFactory(authors=[drafting_colleague])
    ArticleFactory(authors=[journalist])
    client.force_login(journalist)

    cl = client.get(reverse(CHANGELIST)).context["cl"]
    authors = next(spec for spec in cl.filter_specs if spec.title == "authors")

    names = [name for _pk, name in authors.lookup_choices]
    assert sorted(names) == sorted(["Ines Park", person_name(journalist)])


def test_a_journalist_s_byline_filter_names_the_people_on_every_part_of_what_they_may_see(client, journalist):
    def person(name):
        first, last = name.split()
        return JournalistFactory(first_name=first, last_name=last)

    WithdrawnArticleFactory(authors=[person("Wen Withdrawn")])
    ArticleFactory(authors=[journalist, person("Cora Coauthor")])
    mine = PublishedArticleFactory(authors=[journalist])
    WorkingCopyFactory(live_article=mine, authors=[journalist, person("Ed Rewrite")])
    hidden = PublishedArticleFactory(authors=[person("Pia Published")])
    WorkingCopyFactory(live_article=hidden, authors=[person("Hal Hidden")])
    ScheduledArticleFactory(authors=[person("Sam Scheduled")])
    client.force_login(journalist)

    cl = client.get(reverse(CHANGELIST)).context["cl"]
    authors = next(spec for spec in cl.filter_specs if spec.title == "authors")

    names = sorted(name for _pk, name in authors.lookup_choices)
    expected = ["Cora Coauthor", "Ed Rewrite", "Pia Published", "Wen Withdrawn", person_name(journalist)]
    assert names == sorted(expected)


@pytest.mark.parametrize("who", ["superuser", "journalist"])
def test_a_list_narrowed_to_one_person_or_section_counts_its_published_stories_from_their_kept_list(
    client, admin_user, who
):
    journalist, colleague = JournalistFactory(), JournalistFactory()
    add_stories(10, journalist=journalist, colleague=colleague)
    section = Article.objects.published().first().section
    ArticleFactory(authors=[journalist], section=section)
    user = admin_user if who == "superuser" else journalist
    client.force_login(user)
    visible = workflow.articles_visible_to(user)
    cases = [
        ({"authors__id__exact": colleague.pk}, visible.filter(authors=colleague), True),
        (
            {"authors__id__exact": journalist.pk, "status__exact": "published"},
            visible.filter(authors=journalist, status="published"),
            True,
        ),
        ({"section__id__exact": section.pk}, visible.filter(section=section), True),
        (
            {"section__id__exact": section.pk, "authors__id__exact": colleague.pk},
            visible.filter(section=section, authors=colleague),
            False,
        ),
        ({"authors__id__exact": colleague.pk, "q": "budget"}, None, False),
        ({"authors__id__exact": "٣"}, None, False),
    ]
    for params, expected, from_kept_list in cases:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(reverse(CHANGELIST), params)
        read_kept_count = any(KEPT_COUNT in query["sql"] for query in captured.captured_queries)
        assert read_kept_count == from_kept_list, params
        if expected is not None:
            cl = response.context["cl"]
            assert cl.result_count == expected.distinct().count() == len(cl.result_list), params
