"""The reader's site in a real browser: layout at phone and desktop widths, keyboard use,
and reading with JavaScript switched off."""

import pytest

from tests.factories import (
    ExternalLinkFactory,
    PublishedArticleFactory,
    QuoteFactory,
    RelatedLinkFactory,
    SectionFactory,
    SourceFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
BODY = "".join(
    f"<p>Paragraph {n} of the story, long enough to wrap across several lines of the column "
    f"on a phone and on a desktop alike, as a real story would.</p>"
    for n in range(1, 9)
)


@pytest.fixture
def story():
    section = SectionFactory(name="City Hall", slug="city-hall")
    SectionFactory(name="Neighborhoods and transportation", slug="neighborhoods")
    author = UserFactory(username="mreyes", first_name="Marisol", last_name="Reyes")
    story = PublishedArticleFactory(
        section=section,
        headline="Council approves budget after late-night fight over overtime",
        dek="A 6-3 vote ends weeks of negotiation; libraries keep Sunday hours.",
        body=BODY,
        authors=[author],
        tags=["budget", "city council"],
    )
    source = SourceFactory(name="Ana Ruiz", slug="ana-ruiz", title="Council president")
    QuoteFactory(article=story, source=source, text="We will not close a single branch.", is_pull_quote=True)
    RelatedLinkFactory(article=story, target_article=PublishedArticleFactory(section=section))
    ExternalLinkFactory(article=story)
    return story


def open_page(browser, live_server, viewport, path, *, javascript=True):
    context = browser.new_context(base_url=live_server.url, viewport=viewport, java_script_enabled=javascript)
    page = context.new_page()
    page.goto(path)
    return context, page


def no_sideways_scrolling(page) -> bool:
    return page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_story_page_fits_the_screen_with_the_rail_beside_or_below_the_story(
    browser, live_server, shoot, story, viewport
):
    context, page = open_page(browser, live_server, viewport, story.get_absolute_url())
    try:
        shoot(page, f"story-{viewport['width']}")
        assert no_sideways_scrolling(page)
        assert page.locator("h1").count() == 1
        body = page.locator(".story-body").bounding_box()
        rail = page.locator(".story-rail").bounding_box()
        if viewport is DESKTOP:
            assert rail["x"] >= body["x"] + body["width"]
        else:
            assert rail["y"] >= body["y"] + body["height"]
            assert body["width"] >= viewport["width"] - 40
        assert page.locator("aside.pull-quote").is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_home_page_fits_the_screen(browser, live_server, shoot, story, viewport):
    context, page = open_page(browser, live_server, viewport, "/")
    try:
        shoot(page, f"home-{viewport['width']}")
        assert no_sideways_scrolling(page)
        assert page.get_by_role("link", name=story.headline).first.is_visible()
    finally:
        context.close()


def test_the_first_tab_reaches_a_visible_skip_link_that_moves_focus_to_the_content(
    browser, live_server, story
):
    context, page = open_page(browser, live_server, DESKTOP, story.get_absolute_url())
    try:
        page.keyboard.press("Tab")
        skip = page.locator(":focus")
        assert skip.inner_text() == "Skip to content"
        box = skip.bounding_box()
        assert box["y"] >= 0 and box["height"] > 0
        outline = skip.evaluate("el => getComputedStyle(el).outlineStyle")
        assert outline != "none"
        page.keyboard.press("Enter")
        assert page.evaluate("location.hash") == "#content"
    finally:
        context.close()


def test_the_story_reads_in_full_without_javascript(browser, live_server, story):
    context, page = open_page(browser, live_server, PHONE, story.get_absolute_url(), javascript=False)
    try:
        assert page.locator("h1").inner_text() == story.headline
        assert page.locator(".story-body > p").count() == 8
        assert page.get_by_role("link", name="Ana Ruiz").is_visible()
        page.get_by_role("link", name="Ana Ruiz").click()
        assert page.locator("h1").inner_text() == "Ana Ruiz"
    finally:
        context.close()
