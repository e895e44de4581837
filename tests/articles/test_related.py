import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles import related as relatedmodule
from articles import workflow
from articles.models import Article, RelatedStory
from articles.related import (
    SOURCE_WEIGHT,
    TAG_WEIGHT,
    RelatedItem,
    related_for_article,
    related_rebuild_all,
    related_refresh,
)
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


def box(story, **kwargs):
    """The box once every stored fill has been worked out, as after the stories' publication."""
    related_rebuild_all()
    return related_for_article(story, **kwargs)


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
        story_id=plain.pk,
    )
    assert items[1] == RelatedItem(
        kicker="Document",
        title="The auditor's full report",
        teaser="Read the 84-page audit.",
        href="https://www.example.org/report",
        is_external=True,
        story_id=None,
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

    items = box(story, total=10)

    # Scores: 3+1, then 3 (one source, three tags: newest first), then 2.
    assert titles(items) == [
        "Source and tag",
        "Three tags, newer",
        "One source",
        "Three tags, older",
        "Two tags",
    ]
    assert all(not item.is_external and item.story_id is not None for item in items)
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

    assert titles(box(story)) == [
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

    assert titles(box(story)) == ["Already linked", "Shares a tag"]


def test_a_working_copy_preview_leaves_out_its_live_story():
    story = published(headline="Live story", tags=["housing"])
    copy = ArticleFactory(
        headline="Live story, edited", live_article=story, slug=story.slug, tags=["housing"]
    )
    published(headline="Neighbour", tags=["housing"])

    assert titles(box(copy)) == ["Neighbour"]


def test_the_total_is_configurable_and_never_cuts_the_editors_links(settings):
    story = published(tags=["housing"])
    for n in range(6):
        published(headline=f"Neighbour {n}", days_ago=n, tags=["housing"])

    settings.RELATED_ARTICLES_TOTAL = 2
    assert titles(box(story)) == ["Neighbour 0", "Neighbour 1"]
    assert len(box(story, total=4)) == 4

    for order in range(3):
        ExternalLinkFactory(article=story, title=f"Link {order}", order=order)
    assert titles(box(story)) == ["Link 0", "Link 1", "Link 2"]
    assert titles(box(story, total=4)) == ["Link 0", "Link 1", "Link 2", "Neighbour 0"]


def test_an_unsaved_story_has_no_related_articles():
    assert related_for_article(Article(headline="Not saved")) == []


def test_the_box_costs_one_query_however_many_stories_tags_sources_and_links(
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

    related_rebuild_all()

    with django_assert_max_num_queries(1):
        items = related_for_article(story, total=12)
        rendered = [(item.kicker, item.title, item.teaser, item.href) for item in items]

    assert len(rendered) == 12
    assert titles(items)[:5] == ["Linked 0", "Linked 1", "Linked 2", "Linked 3", "The auditor's full report"]


# --- the stored fill, worked out when stories change -----------------------------------


def stored(story):
    return dict(RelatedStory.objects.filter(article=story).values_list("related__headline", "score"))


def test_publishing_through_the_workflow_puts_the_story_in_the_boxes_it_earns_a_place_in(
    editor, django_capture_on_commit_callbacks
):
    mayor = SourceFactory()
    older = published(headline="Older story", days_ago=3, tags=["housing"])
    quote(older, mayor)
    related_rebuild_all()
    draft = ArticleFactory(
        headline="New story",
        tags=["housing"],
        status=Article.Status.IN_REVIEW,
        body="<p>“We will not cut patrols,” the mayor said.</p>",
    )
    QuoteFactory(article=draft, source=mayor, text="We will not cut patrols.")
    assert titles(related_for_article(older)) == []

    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_approve(article=draft, user=editor)

    assert titles(related_for_article(older)) == ["New story"]
    assert stored(older) == {"New story": SOURCE_WEIGHT + TAG_WEIGHT}
    assert titles(related_for_article(draft)) == ["Older story"]


def test_a_story_joining_other_boxes_keeps_sources_above_tags_and_newer_above_older():
    mayor = SourceFactory()
    story = published(headline="Story", days_ago=5, tags=["housing", "rent"])
    quote(story, mayor)
    for n in range(3):
        published(headline=f"Tag only {n}", days_ago=4 - n, tags=["housing", "rent"])
    related_rebuild_all()

    shares_source = published(headline="Shares the mayor", days_ago=0)
    quote(shares_source, mayor)
    related_refresh(shares_source.pk)
    newest_tag = published(headline="Newest tag only", days_ago=0, tags=["housing", "rent"])
    related_refresh(newest_tag.pk)

    expected = ["Shares the mayor", "Newest tag only", "Tag only 2", "Tag only 1", "Tag only 0"]
    assert titles(related_for_article(story)) == expected
    # The same box as one worked out from scratch.
    related_rebuild_all()
    assert titles(related_for_article(story)) == expected


def test_a_box_never_lists_drafts_scheduled_or_withdrawn_stories_even_after_their_refresh():
    story = published(headline="Story", tags=["housing"])
    hidden = [
        ArticleFactory(headline="Draft", tags=["housing"]),
        ScheduledArticleFactory(headline="Scheduled", tags=["housing"]),
        WithdrawnArticleFactory(headline="Withdrawn", tags=["housing"]),
    ]
    related_rebuild_all()
    for other in hidden:
        related_refresh(other.pk)

    assert titles(related_for_article(story)) == []
    assert stored(story) == {}
    assert not RelatedStory.objects.filter(article__in=hidden).exists()


def test_a_withdrawn_story_leaves_every_box_at_once_and_the_refresh_refills_them(settings):
    settings.RELATED_ARTICLES_TOTAL = 1
    story = published(headline="Story", tags=["housing", "rent"])
    best = published(headline="Best match", tags=["housing", "rent"])
    published(headline="Next best", days_ago=2, tags=["housing"])
    for n in range(relatedmodule.STORED_BEYOND_TOTAL + 2):
        published(headline=f"Filler {n}", days_ago=3 + n, tags=["housing"])
    related_rebuild_all()
    assert titles(related_for_article(story)) == ["Best match"]

    Article.objects.filter(pk=best.pk).update(status=Article.Status.WITHDRAWN)

    # Before any refresh has run: read through published(), the box skips it.
    assert titles(related_for_article(story)) == ["Next best"]
    related_refresh(best.pk)
    assert "Best match" not in stored(story)
    assert len(stored(story)) == relatedmodule.stored_per_story()
    assert titles(related_for_article(story)) == ["Next best"]


def test_related_rebuild_works_out_every_published_storys_box_and_drops_hidden_ones():
    story = published(headline="Story", tags=["housing"])
    neighbour = published(headline="Neighbour", tags=["housing"])
    withdrawn = WithdrawnArticleFactory(headline="Withdrawn", tags=["housing"])
    RelatedStory.objects.create(article=withdrawn, related=story, score=1)
    out = StringIO()

    call_command("related_rebuild", stdout=out)

    assert stored(story) == {"Neighbour": TAG_WEIGHT}
    assert stored(neighbour) == {"Story": TAG_WEIGHT}
    assert not RelatedStory.objects.filter(article=withdrawn).exists()
    assert "2 / 2 stories" in out.getvalue()


def test_a_story_joins_only_the_full_boxes_it_outranks_an_entry_of_as_a_rebuild_would(settings):
    settings.RELATED_ARTICLES_TOTAL = 1
    room = relatedmodule.stored_per_story()
    story = published(headline="Story", days_ago=30, tags=["housing", "rent"])
    for n in range(room):
        published(headline=f"Two tags {n}", days_ago=20 - n, tags=["housing", "rent"])
    roomy = published(headline="Little in common", days_ago=25, tags=["ferry"])
    related_rebuild_all()
    assert len(stored(story)) == room

    weaker = published(headline="One tag", tags=["housing", "ferry"])
    related_refresh(weaker.pk)
    stronger = published(headline="Two tags, newest", tags=["housing", "rent"])
    related_refresh(stronger.pk)

    assert "One tag" not in stored(story)
    assert "Two tags, newest" in stored(story) and "Two tags 0" not in stored(story)
    assert len(stored(story)) == room
    assert "One tag" in stored(roomy)
    every_box = set(RelatedStory.objects.values_list("article_id", "related_id", "score"))
    related_rebuild_all()
    assert set(RelatedStory.objects.values_list("article_id", "related_id", "score")) == every_box


def test_the_candidates_are_the_stories_last_published_with_each_share_scored_on_all_they_share(
    monkeypatch,
):
    monkeypatch.setattr(relatedmodule, "CANDIDATES_PER_SHARE", 2)
    story = published(headline="Story", tags=["ferry", "harbour"])
    mayor = SourceFactory()
    quote(story, mayor)
    for n in range(3):
        published(headline=f"Ferry {n}", days_ago=10 + n, tags=["ferry"])
    # Brought in by the harbour tag; beyond the two newest on the mayor's list, yet its
    # score counts the mayor too.
    harbour = published(headline="Harbour and mayor", days_ago=40, tags=["harbour"])
    quote(harbour, mayor)
    for n in range(2):
        newer = published(headline=f"Mayor {n}", days_ago=1 + n)
        quote(newer, mayor)

    related_rebuild_all()
    assert stored(story) == {
        "Harbour and mayor": SOURCE_WEIGHT + TAG_WEIGHT,
        "Mayor 0": SOURCE_WEIGHT,
        "Mayor 1": SOURCE_WEIGHT,
        "Ferry 0": TAG_WEIGHT,
        "Ferry 1": TAG_WEIGHT,
    }


def test_a_refresh_visits_only_the_boxes_of_its_candidates(monkeypatch):
    monkeypatch.setattr(relatedmodule, "CANDIDATES_PER_SHARE", 2)
    oldest = published(headline="Oldest", days_ago=30, tags=["ferry"])
    for n in range(2):
        published(headline=f"Ferry {n}", days_ago=10 + n, tags=["ferry"])
    related_rebuild_all()

    newest = published(headline="Newest", tags=["ferry"])
    related_refresh(newest.pk)

    assert set(stored(newest)) == {"Ferry 0", "Ferry 1"}
    assert "Newest" in stored(Article.objects.get(headline="Ferry 0"))
    # The oldest story is no candidate of the newest, so its box waits for a rebuild, which
    # finds the newest story on the ferry list's first places.
    assert "Newest" not in stored(oldest)
    related_rebuild_all()
    assert "Newest" in stored(oldest)
