"""The lists kept for section, tag, author and source pages: written with the change that
moves a story on or off them, read down one index, never showing what readers may not see."""

import threading
from datetime import timedelta

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag

from articles import listings, lists, workflow
from articles.models import Article, Listing, ListingCount
from articles.sources import source_merge
from tests.factories import (
    ArticleFactory,
    PublishedArticleFactory,
    QuoteFactory,
    SectionFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db
Kind = Listing.Kind
QUOTED = "We will not cut patrols."


def on_lists(story) -> set[tuple[int, int]]:
    return set(Listing.objects.filter(article=story).values_list("kind", "key"))


def counts() -> dict[tuple[int, int], int]:
    return {(c.kind, c.key): c.stories for c in ListingCount.objects.all() if c.stories}


def in_review(journalist, **fields):
    story = ArticleFactory(
        status=Article.Status.IN_REVIEW, authors=[journalist], body=f"<p>“{QUOTED}” she said.</p>", **fields
    )
    return story


def test_publishing_puts_a_story_on_its_lists_and_withdrawing_takes_it_off(
    client, journalist, editor, django_capture_on_commit_callbacks
):
    story = in_review(journalist, tags=["budget", "parks"])
    source = QuoteFactory(article=story, text=QUOTED).source
    budget, parks = (Tag.objects.get(name=name).pk for name in ("budget", "parks"))
    assert on_lists(story) == set()

    workflow.article_approve(article=story, user=editor)

    expected = {
        (Kind.LATEST, listings.LATEST_KEY),
        (Kind.SECTION, story.section_id),
        (Kind.TAG, budget),
        (Kind.TAG, parks),
        (Kind.AUTHOR, journalist.pk),
        (Kind.SOURCE, source.pk),
    }
    assert on_lists(story) == expected
    assert counts() == {entry: 1 for entry in expected}
    assert story.headline in client.get(reverse("articles:tag", args=["budget"])).text

    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_withdraw(article=story, user=editor, reason="Legal.")

    assert on_lists(story) == set()
    assert counts() == {}
    assert client.get(reverse("articles:tag", args=["budget"])).status_code == 404


def test_published_changes_move_the_story_from_list_to_list(journalist, editor):
    story = in_review(journalist, tags=["budget"])
    workflow.article_approve(article=story, user=editor)
    copy = workflow.article_start_edit(article=story, user=editor)
    copy.tags.set(["schools"])
    copy.section = SectionFactory(name="Education")
    copy.save()

    workflow.article_publish_changes(article=copy, user=editor)

    schools = Tag.objects.get(name="schools").pk
    moved_to = {
        (Kind.LATEST, listings.LATEST_KEY),
        (Kind.SECTION, copy.section_id),
        (Kind.TAG, schools),
        (Kind.AUTHOR, journalist.pk),
    }
    assert on_lists(story) == moved_to
    assert counts() == {entry: 1 for entry in moved_to}
    story.refresh_from_db()
    assert set(Listing.objects.filter(article=story).values_list("published_at", flat=True)) == {
        story.last_published_at
    }


def test_a_list_runs_newest_publication_first_and_its_length_is_one_row(django_assert_num_queries):
    now = timezone.now()
    stories = [
        PublishedArticleFactory(tags=["budget"], last_published_at=now - timedelta(hours=hours))
        for hours in (3, 1, 2)
    ]
    PublishedArticleFactory(tags=["parks"])
    tagged = lists.tagged.of(tag_pk=Tag.objects.get(name="budget").pk)

    with django_assert_num_queries(2):
        assert tagged.count() == 3
        assert [row["id"] for row in tagged[0:2]] == [stories[1].pk, stories[2].pk]
    assert [row["id"] for row in tagged[2:20]] == [stories[0].pk]


def test_the_latest_stories_are_every_published_story_counted_from_one_row(django_assert_num_queries):
    now = timezone.now()
    older = PublishedArticleFactory(last_published_at=now - timedelta(days=2))
    newer = PublishedArticleFactory(last_published_at=now - timedelta(days=1))
    ArticleFactory()
    latest = lists.latest.of()

    with django_assert_num_queries(2):
        assert latest.count() == 2
        assert [row["id"] for row in latest[0:20]] == [newer.pk, older.pk]


def test_a_row_left_behind_never_shows_a_story_readers_may_not_see():
    story = PublishedArticleFactory(tags=["budget"])
    # Written past the workflow, so the story keeps its rows.
    Article.objects.filter(pk=story.pk).update(status=Article.Status.DRAFT)

    assert on_lists(story)
    assert lists.tagged.of(tag_pk=Tag.objects.get(name="budget").pk)[0:20] == []


def test_merging_sources_moves_their_stories_onto_the_kept_sources_list(editor):
    keep, merge = SourceFactory(), SourceFactory()
    both = PublishedArticleFactory()
    QuoteFactory(article=both, source=keep)
    QuoteFactory(article=both, source=merge)
    only_merged = QuoteFactory(article=PublishedArticleFactory(), source=merge).article
    QuoteFactory(article=ArticleFactory(), source=merge)

    source_merge(keep=keep, merge=merge, user=editor)

    assert counts()[(Kind.SOURCE, keep.pk)] == 2
    assert (Kind.SOURCE, merge.pk) not in counts()
    assert [row["id"] for row in lists.quoting.of(source_pk=keep.pk)[0:20]] == [only_merged.pk, both.pk]


def test_merging_tags_moves_their_stories_onto_the_kept_tags_list(client, editor):
    story = PublishedArticleFactory(tags=["Housing", "Homes"])
    PublishedArticleFactory(tags=["Housing"])
    PublishedArticleFactory(tags=["Homes"])
    housing, homes = (Tag.objects.get(name=name).pk for name in ("Housing", "Homes"))
    client.force_login(editor)
    client.post(
        reverse("admin:taggit_tag_changelist"),
        {"action": "render_tag_form", ACTION_CHECKBOX_NAME: [housing, homes]},
    )

    client.post(reverse("admin:taggit_tag_merge_tags"), {"new_tag_name": "Housing"})

    assert counts()[(Kind.TAG, housing)] == 3
    assert (Kind.TAG, homes) not in counts()
    assert on_lists(story) >= {(Kind.TAG, housing)}


def test_a_story_or_tag_deleted_leaves_its_lists():
    story = PublishedArticleFactory(tags=["budget", "parks"])
    PublishedArticleFactory(tags=["budget"], section=story.section)
    budget, parks = (Tag.objects.get(name=name).pk for name in ("budget", "parks"))

    story.delete()
    left = {(Kind.LATEST, listings.LATEST_KEY): 1, (Kind.SECTION, story.section_id): 1}
    assert counts() == {**left, (Kind.TAG, budget): 1}

    Tag.objects.get(pk=budget).delete()
    assert counts() == left
    assert not Listing.objects.filter(kind=Kind.TAG).exists()
    assert not ListingCount.objects.filter(kind=Kind.TAG, key=parks).exclude(stories=0).exists()


def test_rebuilding_works_out_the_lists_the_changes_left(journalist, editor):
    first = in_review(journalist, tags=["budget"])
    QuoteFactory(article=first, text=QUOTED)
    workflow.article_approve(article=first, user=editor)
    second = in_review(journalist, tags=["budget", "parks"], section=first.section)
    workflow.article_approve(article=second, user=editor)
    workflow.article_withdraw(article=first, user=editor, reason="Legal.")
    ArticleFactory(tags=["budget"])
    kept = set(Listing.objects.values_list("kind", "key", "article_id", "published_at"))
    kept_counts = counts()

    assert listings.rebuild() == len(kept)

    assert set(Listing.objects.values_list("kind", "key", "article_id", "published_at")) == kept
    assert counts() == kept_counts


@pytest.mark.django_db(transaction=True)
def test_two_stories_published_onto_one_list_at_once_both_count():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite lets one writer in at a time.")
    section = SectionFactory()
    first, second = (ArticleFactory(section=section, status=Article.Status.PUBLISHED) for _ in range(2))
    Article.objects.update(last_published_at=timezone.now())
    listed_first, release = threading.Event(), threading.Event()

    def publish_first():
        with transaction.atomic():
            listings.list_stories([first.pk])
            listed_first.set()
            release.wait(10)
        connection.close()

    def publish_second():
        listed_first.wait(10)
        with transaction.atomic():
            listings.list_stories([second.pk])
        connection.close()

    threads = [threading.Thread(target=publish_first), threading.Thread(target=publish_second)]
    for thread in threads:
        thread.start()
    # The second adds to the count row the first holds: it waits for the first to commit.
    threads[1].join(0.5)
    release.set()
    for thread in threads:
        thread.join(10)

    assert ListingCount.objects.get(kind=Kind.SECTION, key=section.pk).stories == 2
