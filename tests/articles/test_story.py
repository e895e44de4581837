import json
import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.utils import timezone

from articles import story as story_module
from articles import workflow
from articles.models import Article
from articles.renditions import lead_image_renditions_generate
from articles.story import (
    body_blocks,
    interleave_pull_quotes,
    jsonld_script,
    render_story,
    story_at,
    story_context,
)
from articles.tasks import refresh_related_stories
from tests.factories import (
    ArticleFactory,
    CorrectionFactory,
    ExternalLinkFactory,
    PublishedArticleFactory,
    QuoteFactory,
    RelatedLinkFactory,
    ScheduledArticleFactory,
    SourceFactory,
    UserFactory,
    WithdrawnArticleFactory,
    WorkingCopyFactory,
    image_file,
)

pytestmark = pytest.mark.django_db


def jsonld(content: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    assert match, "no JSON-LD on the page"
    return json.loads(match.group(1))


@pytest.fixture
def story():
    ann = UserFactory(username="ann", first_name="Ann", last_name="Lee")
    bo = UserFactory(username="bo", first_name="Bo", last_name="Park")
    story = PublishedArticleFactory(
        headline="Port strike ends after nine days",
        dek="Dockworkers return on Monday.",
        kicker="Labor",
        authors=[ann, bo],
        tags=["port", "labor unions"],
        body="<p>First.</p><p>Second.</p><h2>Next</h2><p>Third.</p>",
        lead_image=image_file(size=(1600, 900)),
        lead_image_alt="Dockworkers walk past cranes",
        lead_image_caption="Workers leave the terminal.",
        lead_image_credit="Photo: A. Lens",
    )
    mayor = SourceFactory(name="Lena Ortiz", slug="lena-ortiz", title="Mayor", organization="City of Oakport")
    QuoteFactory(article=story, source=mayor, text="The port is open again.", is_pull_quote=True, order=1)
    QuoteFactory(article=story, source=mayor, text="We thank everyone.", order=2)
    QuoteFactory(article=story, source=SourceFactory(name="Sam Ito", slug="sam-ito"), order=3)
    return story


def test_story_page_shows_kicker_headline_dek_byline_and_times(client, story):
    content = client.get(story.get_absolute_url()).content.decode()

    assert '<a href="/section/' in content and ">Labor</a>" in content
    assert re.findall(r"<h1[^>]*>(.*?)</h1>", content) == ["Port strike ends after nine days"]
    assert "Dockworkers return on Monday." in content
    ann, bo = (b.author for b in story.bylines.all())
    assert (
        f'<a href="/author/{ann.pk}-ann-lee/">Ann Lee</a> and <a href="/author/{bo.pk}-bo-park/">Bo Park</a>'
        in (content)
    )
    assert "/author/ann" not in content
    assert (
        f'Published <time datetime="{timezone.localtime(story.first_published_at).isoformat()}">' in content
    )


def test_byline_override_replaces_the_authors(client, story):
    story.byline_override = "From staff and wire reports"
    story.save()

    content = client.get(story.get_absolute_url()).content.decode()

    assert "From staff and wire reports" in content
    assert "/author/" not in content


def test_lead_image_has_responsive_webp_renditions_alt_caption_and_credit(client, story):
    content = client.get(story.get_absolute_url()).content.decode()

    img = re.search(r'<figure class="lead-figure">\s*(<img[^>]+>)', content).group(1)
    assert 'alt="Dockworkers walk past cranes"' in img
    srcset = re.search(r'srcset="([^"]+)"', img).group(1)
    widths = [int(w) for w in re.findall(r"\.webp (\d+)w", srcset)]
    assert widths == [480, 800, 1200]
    assert 'sizes="' in img
    assert "Workers leave the terminal." in content and "Photo: A. Lens" in content


def test_pull_quotes_are_set_apart_inside_the_body(client, story):
    content = client.get(story.get_absolute_url()).content.decode()

    aside = re.search(r'<aside class="pull-quote"[^>]*>(.*?)</aside>', content, re.S).group(1)
    assert "The port is open again." in aside and "Lena Ortiz" in aside
    assert "We thank everyone." not in aside
    assert content.index("<p>Second.</p>") < content.index('class="pull-quote"') < content.index("Next</h2>")


def test_people_in_this_story_lists_each_source_once_with_role_linked_to_their_page(client, story):
    content = client.get(story.get_absolute_url()).content.decode()

    box = re.search(r'<aside class="rail-box people"[^>]*>(.*?)</aside>', content, re.S).group(1)
    assert box.count('href="/source/lena-ortiz/"') == 1
    assert "Mayor, City of Oakport" in box
    assert 'href="/source/sam-ito/"' in box
    for private in ("+1 510 555 0100", "@example.org", "PRIVATE-NOTE"):
        assert private not in content


def test_tags_link_to_tag_pages_and_corrections_are_shown(client, story):
    CorrectionFactory(article=story, text="An earlier version gave the wrong length of the strike.")

    content = client.get(story.get_absolute_url()).content.decode()

    assert 'href="/tag/port/"' in content and 'href="/tag/labor-unions/"' in content
    assert "An earlier version gave the wrong length of the strike." in content


def test_related_box_puts_curated_links_first_and_marks_external_ones(client, story):
    target = PublishedArticleFactory(headline="Union vote set for Friday")
    RelatedLinkFactory(article=story, target_article=target, order=0)
    ExternalLinkFactory(
        article=story, title="The full contract", url="https://example.org/contract.pdf", order=1
    )

    content = client.get(story.get_absolute_url()).content.decode()

    box = re.search(r'<aside class="rail-box related"[^>]*>(.*?)</aside>', content, re.S).group(1)
    assert box.index("Union vote set for Friday") < box.index("The full contract")
    assert f'href="{target.get_absolute_url()}"' in box
    external = re.search(r'<a href="https://example.org/contract.pdf"[^>]*>', box).group(0)
    assert 'rel="noopener external"' in external
    assert "(external site)" in box


def test_social_tags_canonical_link_and_news_article_json_ld(client, settings, story):
    settings.SITE_URL = "https://news.example"

    content = client.get(story.get_absolute_url()).content.decode()

    canonical = f"https://news.example{story.get_absolute_url()}"
    assert f'<link rel="canonical" href="{canonical}">' in content
    assert f'<meta property="og:url" content="{canonical}">' in content
    assert '<meta property="og:title" content="Port strike ends after nine days">' in content
    assert '<meta name="twitter:card" content="summary_large_image">' in content
    data = jsonld(content)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Port strike ends after nine days"
    assert data["datePublished"].startswith(story.first_published_at.isoformat()[:19])
    assert data["dateModified"]
    assert [a["name"] for a in data["author"]] == ["Ann Lee", "Bo Park"]
    assert data["image"][0].startswith("https://news.example/media/") and data["image"][0].endswith(".webp")
    assert data["articleSection"] == story.section.name
    assert data["keywords"] == ["labor unions", "port"]


def test_json_ld_cannot_break_out_of_its_script_element(client):
    story = PublishedArticleFactory(headline="</script><script>alert(1)</script> & more")

    content = client.get(story.get_absolute_url()).content.decode()

    assert "<script>alert(1)" not in content
    assert jsonld(content)["headline"] == "</script><script>alert(1)</script> & more"


def test_jsonld_script_escapes_markup_characters():
    html = jsonld_script({"headline": "a</script>&<b>"})

    assert "</script>&" not in html
    assert "\\u003C/script\\u003E\\u0026" in html


def test_body_blocks_split_only_at_top_level():
    html = (
        '<p>One <a href="https://x.org/?a=1&amp;b=2" title="a>b">link</a></p>'
        "<blockquote><p>In</p><p>quote</p></blockquote><ul><li>x</li></ul><hr><p>End</p>"
    )

    assert body_blocks(html) == [
        '<p>One <a href="https://x.org/?a=1&amp;b=2" title="a>b">link</a></p>',
        "<blockquote><p>In</p><p>quote</p></blockquote>",
        "<ul><li>x</li></ul>",
        "<hr>",
        "<p>End</p>",
    ]
    assert body_blocks("") == []
    assert body_blocks("plain text") == ["plain text"]


def test_pull_quotes_go_after_the_second_block_then_every_fourth_and_the_rest_at_the_end():
    blocks = [f"<p>{n}</p>" for n in range(1, 8)]

    items = interleave_pull_quotes(blocks, ["A", "B", "C"])

    order = [item.get("pull_quote") or str(item["html"]) for item in items]
    assert order == [
        "<p>1</p>",
        "<p>2</p>",
        "A",
        "<p>3</p>",
        "<p>4</p>",
        "<p>5</p>",
        "<p>6</p>",
        "B",
        "<p>7</p>",
        "C",
    ]


def test_story_context_reads_a_fixed_number_of_queries(story, django_assert_max_num_queries):
    for n in range(10):
        QuoteFactory(article=story, source=SourceFactory(), order=10 + n)
        CorrectionFactory(article=story)
        RelatedLinkFactory(article=story)
    # As when the story was saved outside a test transaction: its renditions exist.
    lead_image_renditions_generate(story)

    with django_assert_max_num_queries(3):
        context = story_context(story)

    assert len(context["people"]) == 12
    assert len(context["corrections"]) == 10


def test_preview_is_not_indexed_carries_a_banner_and_is_never_cached(story):
    request = RequestFactory().get("/preview/")
    request.user = AnonymousUser()
    copy = WorkingCopyFactory(live_article=story, headline="Port strike ends, revised")

    response = render_story(request, copy, preview=True)

    content = response.content.decode()
    assert '<meta name="robots" content="noindex' in content
    assert "Preview" in content and 'class="preview-banner"' in content
    assert "Port strike ends, revised" in content
    assert response["Cache-Control"] == "private, no-store"
    assert 'rel="canonical"' not in content


def test_published_story_says_when_it_was_last_modified(client, story):
    response = client.get(story.get_absolute_url())

    assert response["Last-Modified"]
    assert response["ETag"]


def test_canonical_open_graph_and_json_ld_use_site_url_even_when_a_poisoned_host_fills_the_cache(
    client, settings, story
):
    settings.ALLOWED_HOSTS = ["*"]
    settings.SITE_URL = "https://news.example"
    lead_image_renditions_generate(story)

    poisoned = client.get(story.get_absolute_url(), HTTP_HOST="evil.example").content.decode()
    cached = client.get(story.get_absolute_url(), HTTP_HOST="news.example").content.decode()

    for content in (poisoned, cached):
        assert "evil.example" not in content
        canonical = f"https://news.example{story.get_absolute_url()}"
        assert f'<link rel="canonical" href="{canonical}">' in content
        assert f'<meta property="og:url" content="{canonical}">' in content
        assert re.search(r'<meta property="og:image" content="https://news\.example/media/lead/', content)
        data = jsonld(content)
        assert data["mainEntityOfPage"]["@id"] == canonical
        assert all(author["url"].startswith("https://news.example/author/") for author in data["author"])


def test_story_at_finds_the_live_story_with_its_section_in_one_query(django_assert_num_queries):
    story = PublishedArticleFactory(headline="Ferry fares rise")
    WorkingCopyFactory(live_article=story, slug=story.slug, publication_date=story.publication_date)

    with django_assert_num_queries(1):
        found = story_at(story.publication_date, story.slug)
        assert (found.pk, found.headline) == (story.pk, "Ferry fares rise")
        assert found.section.name == story.section.name
    assert found.body == story.body and not found._state.adding


def test_story_at_finds_withdrawn_stories_and_nothing_not_yet_public():
    withdrawn = WithdrawnArticleFactory()
    assert story_at(withdrawn.publication_date, withdrawn.slug).status == withdrawn.Status.WITHDRAWN
    day = timezone.localdate()
    for hidden in (ArticleFactory(publication_date=day), ScheduledArticleFactory(publication_date=day)):
        assert story_at(day, hidden.slug) is None


@pytest.fixture
def page_cache_off(settings):
    # Every request renders the page: what is left to see is the story's fragment.
    settings.PAGE_CACHE_SECONDS = 0


def test_a_story_page_rendered_again_reads_only_the_story(client, page_cache_off, django_assert_num_queries):
    story = PublishedArticleFactory(headline="Tunnel reopens")
    QuoteFactory(article=story, text="We are open.")
    CorrectionFactory(article=story)
    RelatedLinkFactory(article=story)
    first = client.get(story.get_absolute_url())

    with django_assert_num_queries(1):
        second = client.get(story.get_absolute_url())

    assert second.content == first.content
    assert second["Last-Modified"] == first["Last-Modified"]


def test_a_story_leaving_the_box_leaves_it_at_once_while_the_rest_of_the_page_is_kept(
    client, page_cache_off, editor, django_capture_on_commit_callbacks, django_assert_num_queries
):
    story = PublishedArticleFactory(headline="Tunnel reopens")
    linked = PublishedArticleFactory(headline="Tunnel closed for repairs")
    RelatedLinkFactory(article=story, target_article=linked)
    assert "Tunnel closed for repairs" in client.get(story.get_absolute_url()).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_withdraw(article=linked, user=editor, reason="Wrong tunnel.")
    # The story, then its box: the page around it is kept.
    with django_assert_num_queries(2):
        page = client.get(story.get_absolute_url()).content.decode()

    assert "Tunnel reopens" in page
    assert "Tunnel closed for repairs" not in page


def test_a_story_published_since_joins_a_kept_box_in_the_next_period(
    client, page_cache_off, editor, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.RELATED_BOX_SECONDS = 300
    now = [1_000_000.0]
    monkeypatch.setattr(story_module.time, "time", lambda: now[0])
    story = PublishedArticleFactory(headline="Tunnel reopens", tags=["tunnel"])
    client.get(story.get_absolute_url())
    newer = ArticleFactory(headline="Tunnel tolls to rise", tags=["tunnel"], status=Article.Status.IN_REVIEW)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_approve(article=newer, user=editor)

    assert "Tunnel tolls to rise" not in client.get(story.get_absolute_url()).content.decode()
    now[0] += 300
    assert "Tunnel tolls to rise" in client.get(story.get_absolute_url()).content.decode()


def test_with_no_box_period_the_box_is_read_on_every_request(
    client, page_cache_off, settings, django_assert_num_queries
):
    settings.RELATED_BOX_SECONDS = 0
    story = PublishedArticleFactory(headline="Tunnel reopens")
    RelatedLinkFactory(article=story, title="Ferry timetable")
    client.get(story.get_absolute_url())

    with django_assert_num_queries(2):
        page = client.get(story.get_absolute_url()).content.decode()

    assert "Ferry timetable" in page


def test_a_page_rendered_before_its_box_was_worked_out_shows_it_once_the_refill_has_run(
    client, page_cache_off, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(story_module.time, "time", lambda: 1_000_000.0)
    PublishedArticleFactory(headline="Tunnel closed for repairs", tags=["tunnel"])
    story = PublishedArticleFactory(headline="Tunnel reopens", tags=["tunnel"])
    # Its page read by a reader while the box's refill waits in the queue.
    assert "Tunnel closed for repairs" not in client.get(story.get_absolute_url()).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        refresh_related_stories.enqueue(article_id=story.pk)

    assert "Tunnel closed for repairs" in client.get(story.get_absolute_url()).content.decode()


def test_what_the_kept_page_shows_is_purged_with_it(
    client, page_cache_off, django_capture_on_commit_callbacks
):
    story = PublishedArticleFactory(headline="Tunnel reopens")
    source = SourceFactory(name="Dana Whitfield", title="Sheriff")
    QuoteFactory(article=story, source=source, text="We are open.")
    assert "Sheriff" in client.get(story.get_absolute_url()).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        source.title = "Undersheriff"
        source.save()
    page = client.get(story.get_absolute_url()).content.decode()

    assert "Undersheriff" in page


def test_a_preview_never_reads_or_fills_the_kept_page(client, page_cache_off, editor):
    story = PublishedArticleFactory(headline="Tunnel reopens")
    client.get(story.get_absolute_url())
    copy = WorkingCopyFactory(live_article=story, headline="Tunnel reopens on Monday")
    request = RequestFactory().get("/preview/")
    request.user = editor

    preview = render_story(request, copy, preview=True).content.decode()

    assert "Tunnel reopens on Monday" in preview and "Preview" in preview
    assert "Tunnel reopens on Monday" not in client.get(story.get_absolute_url()).content.decode()
