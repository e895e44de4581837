import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from articles.models import (
    LEAD_IMAGE_ALT_REQUIRED,
    RELATED_LINK_SCHEME,
    RELATED_LINK_SELF,
    Article,
    Source,
)
from tests.factories import (
    ArticleFactory,
    ExternalLinkFactory,
    PublishedArticleFactory,
    QuoteFactory,
    RelatedLinkFactory,
    ScheduledArticleFactory,
    SourceFactory,
    WithdrawnArticleFactory,
    image_file,
)

pytestmark = pytest.mark.django_db


def test_published_queryset_shows_only_live_published_stories():
    live = PublishedArticleFactory()
    ArticleFactory()
    ScheduledArticleFactory()
    WithdrawnArticleFactory()
    copy = ArticleFactory(live_article=live, slug=live.slug)
    assert list(Article.objects.published()) == [live]
    assert copy not in Article.objects.live()


def test_body_is_sanitized_on_every_save_whatever_path_it_took():
    article = ArticleFactory(
        body='<p onclick="steal()">Hi<script>alert(1)</script> <a href="javascript:x()">x</a></p>'
        '<iframe src="https://evil.example"></iframe><h2 style="color:red">Sub</h2>'
    )
    article.refresh_from_db()
    assert "script" not in article.body
    assert "onclick" not in article.body
    assert "javascript" not in article.body
    assert "iframe" not in article.body
    assert "style" not in article.body
    assert "<h2>Sub</h2>" in article.body


def test_slug_is_unique_per_publication_date_among_live_stories():
    first = PublishedArticleFactory(slug="budget")
    with pytest.raises(IntegrityError), transaction.atomic():
        PublishedArticleFactory(slug="budget", first_published_at=first.first_published_at)
    # Drafts have no publication date yet; working copies share their live story's slug.
    ArticleFactory(slug="budget")
    ArticleFactory(slug="budget", live_article=first)


def test_related_link_needs_exactly_one_target_in_the_database():
    story = ArticleFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        RelatedLinkFactory(article=story, url="https://example.org/x")
    with pytest.raises(IntegrityError), transaction.atomic():
        RelatedLinkFactory(article=story, target_article=None, url="")


def test_related_link_cannot_target_its_own_story_in_the_database():
    story = PublishedArticleFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        RelatedLinkFactory(article=story, target_article=story)
    link = RelatedLinkFactory.build(article=story, target_article=story)
    with pytest.raises(ValidationError) as error:
        link.full_clean()
    assert RELATED_LINK_SELF in str(error.value)


def test_related_link_urls_are_http_only():
    story = ArticleFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        ExternalLinkFactory(article=story, url="javascript:alert(1)")
    link = ExternalLinkFactory.build(article=story, url="ftp://example.org/file")
    with pytest.raises(ValidationError) as error:
        link.full_clean()
    assert "url" in error.value.message_dict
    assert RELATED_LINK_SCHEME in error.value.message_dict["url"] or error.value.message_dict["url"]


def test_internal_link_defaults_to_the_target_story():
    target = PublishedArticleFactory(headline="Sheriff defends overtime", dek="A one-line dek.")
    link = RelatedLinkFactory(target_article=target)
    assert link.display_title == "Sheriff defends overtime"
    assert link.display_kicker == target.section.name
    assert link.display_teaser == "A one-line dek."
    link.title, link.kicker, link.teaser = "Own title", "Own kicker", "Own teaser"
    assert (link.display_title, link.display_kicker, link.display_teaser) == (
        "Own title",
        "Own kicker",
        "Own teaser",
    )


def test_lead_image_needs_alt_text():
    article = ArticleFactory.build(section=ArticleFactory().section, lead_image=image_file())
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert error.value.message_dict["lead_image_alt"] == [LEAD_IMAGE_ALT_REQUIRED]


def test_quotes_and_links_keep_their_order():
    article = ArticleFactory()
    source = SourceFactory()
    third = QuoteFactory(article=article, source=source, order=3)
    first = QuoteFactory(article=article, source=source, order=1)
    second = QuoteFactory(article=article, source=source, order=1)
    assert list(article.quotes.all()) == [first, second, third]


def test_public_sources_are_those_quoted_in_published_stories():
    quoted_live = QuoteFactory(article=PublishedArticleFactory()).source
    QuoteFactory(article=ArticleFactory())
    QuoteFactory(article=ScheduledArticleFactory())
    QuoteFactory(article=WithdrawnArticleFactory())
    assert list(Source.objects.public()) == [quoted_live]
