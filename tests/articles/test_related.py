import datetime

import pytest
from django.utils import timezone

from articles.models import Article
from articles.related import SOURCE_WEIGHT, TAG_WEIGHT, RelatedItem, related_for_article
from tests.factories import (
    ArticleFactory,
    ExternalLinkFactory,
    PublishedArticleFactory,
    QuoteFactory,
    RelatedLinkFactory,
    ScheduledArticleFactory,
    SectionFactory,
    SourceFactory,
    WithdrawnArticleFactory,
)

pytestmark = pytest.mark.django_db


def published(days_ago=0, **kwargs):
    when = timezone.now() - datetime.timedelta(days=days_ago)
    return PublishedArticleFactory(first_published_at=when, last_published_at=when, **kwargs)


def quote(article, *sources):
    for source in sources:
        QuoteFactory(article=article, source=source)


def titles(items):
    return [item.title for item in items]


def test_curated_links_come_first_in_the_editors_order_with_the_targets_details_by_default():
    story = published(headline="Council passes budget")
    politics = SectionFactory(name="Politics", slug="politics")
    plain = published(headline="Mayor vetoes plan", dek="The veto is her first.", section=politics)
    kicked = published(headline="Budget explained", kicker="Analysis", dek="What the numbers mean.")
    RelatedLinkFactory(article=story, target_article=kicked, order=3)
    ExternalLinkFactory(article=story, order=2)
    RelatedLinkFactory(article=story, target_article=plain, order=1)
    RelatedLinkFactory(
        article=story,
        target_article=published(),
        title="Our own title",
        kicker="Earlier",
        teaser="Own.",
        order=4,
    )

    items = related_for_article(story, total=4)

    assert items[0] == RelatedItem(
        kicker="Politics",
        title="Mayor vetoes plan",
        teaser="The veto is her first.",
        href=plain.get_absolute_url(),
        is_external=False,
        article=plain,
    )
    assert items[1] == RelatedItem(
        kicker="Document",
        title="The auditor's full report",
        teaser="Read the 84-page audit.",
        href="https://www.example.org/report",
        is_external=True,
        article=None,
    )
    assert (items[2].kicker, items[2].title, items[2].teaser) == ("Analysis", "Budget explained", kicked.dek)
    assert (items[3].kicker, items[3].title, items[3].teaser) == ("Earlier", "Our own title", "Own.")
    assert items[2].href == kicked.get_absolute_url()


@pytest.mark.parametrize(
    "make_target",
    [
        lambda: ArticleFactory(headline="Hidden draft"),
        lambda: ArticleFactory(headline="Hidden draft", status=Article.Status.IN_REVIEW),
        lambda: ScheduledArticleFactory(headline="Hidden draft"),
        lambda: WithdrawnArticleFactory(headline="Hidden draft"),
        lambda: ArticleFactory(headline="Hidden draft", live_article=published(headline="The live row")),
    ],
    ids=["draft", "in_review", "scheduled", "withdrawn", "working_copy"],
)
def test_links_to_stories_readers_cannot_see_are_left_out_but_outside_links_stay(make_target):
    story = published()
    visible = published(headline="Visible story")
    RelatedLinkFactory(article=story, target_article=make_target(), order=0)
    RelatedLinkFactory(article=story, target_article=visible, order=1)
    ExternalLinkFactory(article=story, order=2)

    items = related_for_article(story, total=3)

    assert titles(items) == ["Visible story", "The auditor's full report"]


def test_a_shared_source_outweighs_shared_tags_and_ties_go_to_the_newer_story():
    story = published(tags=["housing", "zoning", "transit"])
    mayor, tenant = SourceFactory(), SourceFactory()
    quote(story, mayor, tenant)
    assert SOURCE_WEIGHT > 2 * TAG_WEIGHT

    published(headline="Two tags", days_ago=1, tags=["housing", "zoning"])
    one_source = published(headline="One source", days_ago=5)
    quote(one_source, mayor)
    source_and_tag = published(headline="Source and tag", days_ago=9, tags=["transit"])
    quote(source_and_tag, tenant)
    published(headline="Three tags, older", days_ago=20, tags=["housing", "zoning", "transit"])
    published(headline="Three tags, newer", days_ago=2, tags=["housing", "zoning", "transit"])
    published(headline="Nothing in common", tags=["sports"])

    items = related_for_article(story, total=10)

    # Scores: 3+1, then 3 (one source, three tags: newest first), then 2.
    assert titles(items) == [
        "Source and tag",
        "Three tags, newer",
        "One source",
        "Three tags, older",
        "Two tags",
    ]
    assert all(not item.is_external and item.article is not None for item in items)
    assert items[0].href == source_and_tag.get_absolute_url()
    assert (items[0].kicker, items[0].teaser) == (source_and_tag.section.name, source_and_tag.dek)


def test_a_source_quoted_many_times_counts_once():
    story = published(tags=["transit"])
    mayor = SourceFactory()
    quote(story, mayor)
    chatty = published(headline="Quotes the mayor four times", days_ago=1)
    quote(chatty, mayor, mayor, mayor, mayor)
    with_tag = published(headline="Quotes the mayor once, shares a tag", days_ago=3, tags=["transit"])
    quote(with_tag, mayor)

    assert titles(related_for_article(story)) == [
        "Quotes the mayor once, shares a tag",
        "Quotes the mayor four times",
    ]


def test_the_fill_skips_the_story_itself_its_curated_targets_and_stories_readers_cannot_see():
    story = published(tags=["housing"])
    mayor = SourceFactory()
    quote(story, mayor)
    linked = published(headline="Already linked", tags=["housing"])
    quote(linked, mayor)
    RelatedLinkFactory(article=story, target_article=linked)
    for hidden in (
        ArticleFactory(headline="Draft", tags=["housing"]),
        ScheduledArticleFactory(headline="Scheduled", tags=["housing"]),
        WithdrawnArticleFactory(headline="Withdrawn", tags=["housing"]),
        ArticleFactory(headline="Working copy of story", live_article=story, tags=["housing"]),
    ):
        quote(hidden, mayor)
    published(headline="Shares a tag", tags=["housing"])

    assert titles(related_for_article(story)) == ["Already linked", "Shares a tag"]


def test_a_working_copy_preview_leaves_out_its_live_story():
    story = published(headline="Live story", tags=["housing"])
    copy = ArticleFactory(
        headline="Live story, edited", live_article=story, slug=story.slug, tags=["housing"]
    )
    published(headline="Neighbour", tags=["housing"])

    assert titles(related_for_article(copy)) == ["Neighbour"]


def test_the_total_is_configurable_and_never_cuts_the_editors_links(settings):
    story = published(tags=["housing"])
    for n in range(6):
        published(headline=f"Neighbour {n}", days_ago=n, tags=["housing"])

    settings.RELATED_ARTICLES_TOTAL = 2
    assert titles(related_for_article(story)) == ["Neighbour 0", "Neighbour 1"]
    assert len(related_for_article(story, total=4)) == 4

    for order in range(3):
        ExternalLinkFactory(article=story, title=f"Link {order}", order=order)
    assert titles(related_for_article(story)) == ["Link 0", "Link 1", "Link 2"]
    assert titles(related_for_article(story, total=4)) == ["Link 0", "Link 1", "Link 2", "Neighbour 0"]


def test_an_unsaved_story_has_no_related_articles():
    assert related_for_article(Article(headline="Not saved")) == []


def test_the_box_costs_three_queries_however_many_stories_tags_sources_and_links(
    django_assert_max_num_queries,
):
    tags = [f"topic {n}" for n in range(6)]
    sources = SourceFactory.create_batch(6)
    story = published(tags=tags)
    quote(story, *sources)
    for n in range(40):
        neighbour = published(headline=f"Neighbour {n}", days_ago=n, tags=tags[n % 6 :])
        quote(neighbour, *sources[: n % 6 + 1])
    for n in range(4):
        RelatedLinkFactory(article=story, target_article=published(headline=f"Linked {n}"), order=n)
    ExternalLinkFactory(article=story, order=9)

    with django_assert_max_num_queries(3):
        items = related_for_article(story, total=12)
        rendered = [(item.kicker, item.title, item.teaser, item.href) for item in items]

    assert len(rendered) == 12
    assert titles(items)[:5] == ["Linked 0", "Linked 1", "Linked 2", "Linked 3", "The auditor's full report"]
