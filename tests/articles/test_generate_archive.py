import datetime
from collections import Counter
from io import StringIO

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.utils import timezone
from taggit.models import Tag, TaggedItem

from articles.models import Article, Quote, RelatedLink, Source
from articles.related import related_for_article
from articles.search import search_articles
from articles.signals import public_content_changed
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def generate(stories, **options):
    options.setdefault("end_date", "2026-06-30")
    args = [f"--{name.replace('_', '-')}={value}" for name, value in options.items()]
    call_command("generate_archive", f"--stories={stories}", *args, stdout=StringIO())


def snapshot():
    """What a reader would see of the archive, story by story, oldest first."""
    article_type = ContentType.objects.get_for_model(Article)
    tags = Counter()
    stories = []
    for story in Article.objects.order_by("first_published_at", "pk"):
        tag_names = sorted(
            TaggedItem.objects.filter(content_type=article_type, object_id=story.pk).values_list(
                "tag__name", flat=True
            )
        )
        tags.update(tag_names)
        quoted = list(story.quotes.order_by("order").values_list("source__slug", "text"))
        stories.append((story.headline, story.slug, story.dek, story.first_published_at, tag_names, quoted))
    return stories


def test_every_story_is_published_with_3_to_5_tags_8_quotes_and_3_links():
    generate(60, seed=7)

    stories = Article.objects.all()
    assert stories.count() == 60
    assert Article.objects.published().count() == 60
    article_type = ContentType.objects.get_for_model(Article)
    tags_per_story = Counter(
        TaggedItem.objects.filter(content_type=article_type).values_list("object_id", flat=True)
    )
    assert set(tags_per_story) == set(stories.values_list("pk", flat=True))
    assert set(tags_per_story.values()) <= {3, 4, 5}
    assert Tag.objects.count() == 500
    assert set(Counter(Quote.objects.values_list("article_id", flat=True)).values()) == {8}
    assert set(Counter(RelatedLink.objects.values_list("article_id", flat=True)).values()) == {3}
    assert all(story.publication_date and story.bylines.exists() for story in stories)
    assert all(story.created_at == story.first_published_at for story in stories)
    assert all(story.updated_at == story.last_published_at for story in stories)
    dates = sorted(story.publication_date for story in stories)
    assert datetime.date(2018, 6, 30) <= dates[0] < dates[-1] <= datetime.date(2026, 6, 30)
    assert (dates[-1] - dates[0]).days > 6 * 365


def test_page_caches_are_told_once_that_public_content_changed(django_capture_on_commit_callbacks):
    received = []

    def receiver(sender, article, action, **kwargs):
        received.append((article.pk, action))

    public_content_changed.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            generate(12)
    finally:
        public_content_changed.disconnect(receiver)

    newest = Article.objects.published().latest("first_published_at")
    assert received == [(newest.pk, "generate_archive")]


def test_stories_saved_afterwards_are_stamped_with_the_current_time_again():
    generate(3)
    before = timezone.now()

    story = ArticleFactory()

    assert story.created_at >= before and story.updated_at >= before


def test_about_nine_links_in_ten_go_to_earlier_stories_and_the_rest_outside():
    generate(300, seed=3, tags=50, sources=100)

    links = RelatedLink.objects.select_related("article", "target_article")
    internal = [link for link in links if link.target_article_id]
    share = len(internal) / links.count()
    assert 0.85 <= share <= 0.95
    assert all(link.target_article.first_published_at < link.article.first_published_at for link in internal)
    assert all(link.url.startswith("https://") and link.title for link in links if not link.target_article_id)
    assert all(
        len({link.target_article_id for link in internal if link.article_id == pk}) == count
        for pk, count in Counter(link.article_id for link in internal).items()
    )


def test_the_same_seed_gives_the_same_archive():
    generate(25, seed=11)
    first = snapshot()
    Article.objects.all().delete()
    generate(25, seed=11)

    assert snapshot() == first
    Article.objects.all().delete()
    generate(25, seed=12)
    assert snapshot() != first


def test_a_second_run_adds_stories_and_reuses_tags_and_sources():
    generate(20, seed=1, tags=40, sources=30)
    generate(20, seed=2, tags=40, sources=30)

    assert Article.objects.published().count() == 40
    assert Tag.objects.count() == 40
    assert Source.objects.count() == 30


def test_rows_are_inserted_in_bulk_not_one_save_per_story(django_assert_max_num_queries, monkeypatch):
    # The related boxes are worked out story by story afterwards, as publishing would.
    monkeypatch.setattr("articles.management.commands.generate_archive.related_rebuild_all", lambda **kw: 0)
    # A story has 20 rows (story, byline, tags, quotes, links); per-row saves would need thousands.
    with django_assert_max_num_queries(80):
        generate(120, seed=5, batch_size=60)

    assert Quote.objects.count() == 120 * 8


def test_the_generated_archive_feeds_the_sidebar_and_search():
    generate(80, seed=9, tags=30, sources=40)
    newest = Article.objects.order_by("-first_published_at").first()

    items = related_for_article(newest)

    assert len(items) == 5
    assert search_articles(newest.headline.split()[-1]).exists()


@pytest.mark.parametrize(
    "arguments",
    [["--stories=0"], ["--tags-per-story=5-3"], ["--tags-per-story=many"], ["--internal-share=1.5"]],
)
def test_impossible_options_are_refused(arguments):
    with pytest.raises(CommandError):
        call_command("generate_archive", *arguments, stdout=StringIO())

    assert not Article.objects.exists()


def test_without_an_end_date_nothing_is_published_in_the_future():
    call_command("generate_archive", "--stories=200", "--years=0.01", stdout=StringIO())

    assert not Article.objects.filter(last_published_at__gt=timezone.now()).exists()
    assert not Article.objects.filter(first_published_at__gt=timezone.now()).exists()


def test_progress_is_shown_by_default_and_silenced_with_verbosity_0():
    shown, quiet = StringIO(), StringIO()
    call_command("generate_archive", "--stories=20", "--end-date=2026-06-30", stdout=shown)
    assert "20 / 20 stories" in shown.getvalue()
    call_command(
        "generate_archive", "--stories=20", "--end-date=2026-06-30", "--seed=2", "-v", "0", stdout=quiet
    )
    assert "/ 20 stories" not in quiet.getvalue() and "related boxes" not in quiet.getvalue()
