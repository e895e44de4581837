"""The whole newsroom journey in headless Chromium, through the real admin and the real site.

A journalist writes a story (rich-text body, lead image, quotes from two sources, one of
them accepted from Find quotes, an internal and an external related link) and submits it;
an editor returns it with a comment; the journalist fixes it and resubmits; the editor
publishes it; a reader finds it on the home page, in the feed and in the sitemap; the editor
withdraws it and the reader gets 410 Gone; finally the journalist's hand-made requests to
publish are refused. Every step is screenshotted under screenshots/<test name>/.
"""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from PIL import Image

from articles.admin.workflow_views import UNKNOWN_ACTION
from articles.models import Article, ArticleEvent, Quote, RelatedLink
from articles.workflow import NOT_AN_EDITOR
from tests.browser.admin_session import log_in
from tests.factories import (
    ArticleFactory,
    EditorFactory,
    JournalistFactory,
    PublishedArticleFactory,
    QuoteFactory,
    SectionFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)

HEADLINE = "Sheriff keeps every night patrol through the winter"
SLUG = "sheriff-keeps-every-night-patrol-through-the-winter"
DEK = "The council found the money in its reserve fund; the vote is next week."
PARAGRAPHS = [
    "Bellhaven County will keep every night patrol through the winter, Sheriff Dana Whitfield "
    "said on Tuesday, after the council found the money in its reserve fund.",
    '"We will not cut patrols," Whitfield said.',
    "Council President Ana Ruiz said the reserve could carry the cost for a year. "
    '"The budget has room for every deputy," Ruiz said.',
    '"Residents deserve to know the plan before the vote," Whitfield added.',
]
TYPED_QUOTES = [
    ("Whitfield", "Dana Whitfield", "We will not cut patrols"),
    ("Ruiz", "Ana Ruiz", "The budget has room for every deputy"),
]
FOUND_QUOTE = "Residents deserve to know the plan before the vote"
EXTERNAL_URL = "https://www.example.org/bellhaven-reserve-fund-audit.pdf"
EXTERNAL_TITLE = "The reserve fund audit"
RETURN_COMMENT = "Please add a dek: readers need the one-line summary under the headline."


def pick_autocomplete(page, select_id, search, option):
    """Open the select2 widget of ``select_id``, type ``search`` and click ``option``."""
    page.click(f"#{select_id} + .select2 .select2-selection")
    page.fill(".select2-container--open .select2-search__field", search)
    page.click(f".select2-container--open .select2-results__option:has-text({option!r})")
    page.wait_for_selector(f"#select2-{select_id}-container:has-text({option!r})")


def press(page, selector):
    """Click a button that posts its form, and wait for the page the server answers with."""
    with page.expect_navigation():
        page.click(selector)


def success_message(page):
    return page.inner_text(".messagelist .success")


def lead_jpeg(tmp_path):
    path = tmp_path / "night-patrol.jpg"
    image = Image.new("RGB", (1600, 900), (30, 40, 70))
    image.paste((230, 190, 60), (700, 380, 900, 520))
    image.save(path, "JPEG", quality=85)
    return path


def crafted_post(page, url, fields, *, from_form=None):
    """POST ``fields`` to ``url`` with fetch() in the page, as a hand-made request would:
    the CSRF token comes from the page, everything else is chosen by the sender. With
    ``from_form`` the form's own fields are sent too (``fields`` override them)."""
    return page.evaluate(
        """async ([url, fields, formId]) => {
            const token = document.querySelector("[name=csrfmiddlewaretoken]").value;
            const data = formId ? new FormData(document.getElementById(formId)) : new FormData();
            data.set("csrfmiddlewaretoken", token);
            for (const [name, value] of Object.entries(fields)) data.set(name, value);
            const response = await fetch(url, {method: "POST", body: data, credentials: "same-origin"});
            return {status: response.status, url: response.url, text: await response.text()};
        }""",
        [url, fields, from_form],
    )


@pytest.fixture
def newsroom():
    """The people and the archive the story is written into."""
    section = SectionFactory(name="Public Safety", slug="public-safety")
    journalist = JournalistFactory(username="jo", first_name="Jo", last_name="Marsh")
    editor = EditorFactory(username="ed", first_name="Erin", last_name="Daley")
    whitfield = SourceFactory(
        name="Dana Whitfield", title="Sheriff", organization="Bellhaven County Sheriff's Office"
    )
    ruiz = SourceFactory(name="Ana Ruiz", title="Council president", organization="Bellhaven City Council")
    SourceFactory(name="Dana Whitaker", title="Librarian", organization="Bellhaven Public Library")
    now = timezone.now()
    earlier = PublishedArticleFactory(
        section=section,
        headline="Sheriff asks the council for overtime money",
        dek="Night shifts ran over budget by October.",
        first_published_at=now - timedelta(days=3),
    )
    # Newer than the curated story and quoting the same sheriff: the automatic fill of the
    # related box ranks it, but it must still come after the editor's own links.
    shared_source = PublishedArticleFactory(
        section=section,
        headline="Deputies' union backs the sheriff's winter plan",
        first_published_at=now - timedelta(days=1),
        body="<p>“Patrols keep people safe,” Whitfield said.</p>",
    )
    QuoteFactory(article=shared_source, source=whitfield, text="Patrols keep people safe")
    return {
        "section": section,
        "journalist": journalist,
        "editor": editor,
        "whitfield": whitfield,
        "ruiz": ruiz,
        "earlier": earlier,
        "shared_source": shared_source,
    }


def test_a_story_goes_from_a_journalist_to_readers_and_back_out(newsroom, new_page, shoot, tmp_path):
    writer = new_page()
    editor = new_page()
    reader = new_page()

    # 1. The journalist writes the story and submits it. -----------------------------------
    log_in(writer, "jo")
    writer.goto("/admin/articles/article/add/")
    writer.select_option("#id_section", label="Public Safety")
    writer.fill("#id_headline", HEADLINE)
    writer.click(".field-body .prose-editor > .ProseMirror")
    for n, paragraph in enumerate(PARAGRAPHS):
        if n:
            writer.keyboard.press("Enter")
        writer.keyboard.type(paragraph)
    for tag in ["public safety", "county budget"]:  # tags are chips: type one, pick "New tag"
        writer.click("#id_tags + .select2 .select2-selection")
        writer.keyboard.type(tag)
        writer.click(f".select2-container--open .select2-results__option:text-is('New tag: {tag}')")
    writer.set_input_files("#id_lead_image", str(lead_jpeg(tmp_path)))
    writer.fill("#id_lead_image_alt", "A patrol car under a street lamp on Main Street at night.")
    writer.fill("#id_lead_image_caption", "A county patrol on Main Street.")
    writer.fill("#id_lead_image_credit", "Jo Marsh / Bellhaven Ledger")
    for row, (search, name, text) in enumerate(TYPED_QUOTES):
        writer.click("#quotes-group .add-row a")
        pick_autocomplete(writer, f"id_quotes-{row}-source", search, name)
        writer.fill(f"#id_quotes-{row}-text", text)
        writer.fill(f"#id_quotes-{row}-order", str(row + 1))
    writer.check("#id_quotes-0-is_pull_quote")
    shoot(writer, "journalist-writes-the-story")
    press(writer, "input[name=_continue]")
    writer.wait_for_selector(".messagelist .success")
    shoot(writer, "journalist-saved-the-draft")

    article = Article.objects.get(headline=HEADLINE)
    assert article.slug == SLUG, "the slug is filled in from the headline as it is typed"
    assert article.status == Article.Status.DRAFT
    assert article.lead_image.name.endswith(".jpg")
    assert "We will not cut patrols" in article.body
    change_url = f"/admin/articles/article/{article.pk}/change/"
    assert writer.url.endswith(change_url)

    writer.click("#content .object-tools a:has-text('Find quotes')")
    writer.wait_for_selector("#find-quotes-form")
    cards = writer.locator(".fq-card")
    assert cards.count() == 1, "the two quotes already recorded are not suggested again"
    assert FOUND_QUOTE in cards.first.locator("textarea").input_value()
    assert "Dana Whitfield" in writer.inner_text("#select2-id_form-0-source-container")
    shoot(writer, "journalist-finds-a-quote")
    press(writer, "#find-quotes-form input[type=submit]")
    writer.wait_for_url(f"**{change_url}")
    assert "Added 1 quote(s)" in success_message(writer)

    writer.click("#related_links-group .add-row a")
    pick_autocomplete(writer, "id_related_links-0-target_article", "overtime", newsroom["earlier"].headline)
    writer.fill("#id_related_links-0-order", "1")
    writer.click("#related_links-group .add-row a")
    writer.fill("#id_related_links-1-url", EXTERNAL_URL)
    writer.fill("#id_related_links-1-title", EXTERNAL_TITLE)
    writer.fill("#id_related_links-1-kicker", "Document")
    writer.fill("#id_related_links-1-teaser", "The auditor's 40-page review of the county's reserves.")
    writer.fill("#id_related_links-1-order", "2")
    writer.fill("#id_workflow_note", "Ready for a read; the sheriff's numbers are checked.")
    shoot(writer, "journalist-adds-related-links")
    press(writer, "button[name=_workflow][value=submit]")
    writer.wait_for_selector(".messagelist .success")
    assert "Submitted for review" in success_message(writer)
    assert "In review" in writer.inner_text("#workflow-status")
    shoot(writer, "journalist-submitted")

    article.refresh_from_db()
    assert article.status == Article.Status.IN_REVIEW
    quotes = list(Quote.objects.filter(article=article).select_related("source").order_by("order", "id"))
    assert [(q.source.name, q.text) for q in quotes] == [
        ("Dana Whitfield", "We will not cut patrols"),
        ("Ana Ruiz", "The budget has room for every deputy"),
        ("Dana Whitfield", FOUND_QUOTE),
    ]
    links = list(RelatedLink.objects.filter(article=article).order_by("order"))
    assert [(link.target_article_id, link.url) for link in links] == [
        (newsroom["earlier"].pk, ""),
        (None, EXTERNAL_URL),
    ]

    # 2. The editor returns it with a comment; the journalist fixes it and resubmits. ------
    log_in(editor, "ed")
    editor.get_by_role("link", name="Review queue", exact=True).click()
    editor.wait_for_selector("#queue-in-review")
    assert HEADLINE in editor.inner_text("#queue-in-review")
    shoot(editor, "editor-review-queue")
    editor.click(f"#queue-in-review a:has-text({HEADLINE!r})")
    editor.wait_for_selector("#id_workflow_comment")
    editor.fill("#id_workflow_comment", RETURN_COMMENT)
    press(editor, "button[name=_workflow][value=return]")
    editor.wait_for_selector(".messagelist .success")
    assert "Returned to the author" in success_message(editor)
    shoot(editor, "editor-returned-the-story")

    writer.goto("/admin/")
    writer.get_by_role("link", name="My stories: drafts and returned").click()
    writer.wait_for_selector("#queue-returned")
    assert RETURN_COMMENT in writer.inner_text("#queue-returned")
    shoot(writer, "journalist-sees-it-returned")
    writer.click(f"#queue-returned a:has-text({HEADLINE!r})")
    writer.wait_for_selector("#workflow-status .wf-returned")
    assert RETURN_COMMENT in writer.inner_text("#workflow-status .wf-returned")
    writer.fill("#id_dek", DEK)
    writer.fill("#id_workflow_note", "Dek added.")
    shoot(writer, "journalist-fixes-the-story")
    press(writer, "button[name=_workflow][value=submit]")
    writer.wait_for_selector(".messagelist .success")
    assert "Submitted for review" in success_message(writer)

    article.refresh_from_db()
    assert article.status == Article.Status.IN_REVIEW
    assert article.dek == DEK

    # 3. The editor approves and publishes. -------------------------------------------------
    editor.goto("/admin/articles/article/review-queue/")
    editor.click(f"#queue-in-review a:has-text({HEADLINE!r})")
    editor.wait_for_selector("button[name=_workflow][value=approve]")
    assert DEK in editor.input_value("#id_dek")
    press(editor, "button[name=_workflow][value=approve]")
    editor.wait_for_selector(".messagelist .success")
    assert "Approved and published" in success_message(editor)
    assert "Published" in editor.inner_text("#workflow-status")
    shoot(editor, "editor-published")

    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    story_url = article.get_absolute_url()

    # 4. A reader finds it on the home page, in the feed and in the sitemap. ----------------
    reader.goto("/")
    shoot(reader, "reader-home-page")
    reader.get_by_role("link", name=HEADLINE).first.click()
    reader.wait_for_url(f"**{story_url}")
    assert reader.inner_text("h1") == HEADLINE
    assert reader.inner_text(".story-dek") == DEK
    body = reader.inner_text(".story-body")
    for _, _, text in TYPED_QUOTES:
        assert text in body
    assert FOUND_QUOTE in body
    assert "We will not cut patrols" in reader.inner_text(".pull-quote")
    lead = reader.locator(".lead-figure img")
    assert lead.get_attribute("alt") == "A patrol car under a street lamp on Main Street at night."
    assert lead.evaluate("img => img.complete && img.naturalWidth > 0")
    people = reader.locator(".people li a").all_inner_texts()
    assert sorted(people) == ["Ana Ruiz", "Dana Whitfield"]
    related = [t.replace("\u2197", "").strip() for t in reader.locator(".related li a").all_inner_texts()]
    related = [re.sub(r"\s*\(external site\)$", "", t) for t in related]
    assert related[:3] == [
        newsroom["earlier"].headline,
        EXTERNAL_TITLE,
        newsroom["shared_source"].headline,
    ], "the editor's links come first, in their order, then the automatic fill"
    assert reader.locator(".related li.external a").get_attribute("href") == EXTERNAL_URL
    page_html = reader.content()
    for source in (newsroom["whitfield"], newsroom["ruiz"]):
        assert source.phone not in page_html and source.email not in page_html
        assert source.notes not in page_html
    shoot(reader, "reader-story")

    feed = reader.goto("/feeds/rss/")
    assert feed.status == 200
    assert HEADLINE in feed.text() and story_url in feed.text()
    index = reader.goto("/sitemap.xml")
    stories_sitemap = re.search(r"<loc>[^<]*?(/sitemap-stories\.xml)</loc>", index.text())
    assert stories_sitemap, index.text()
    atom = reader.goto("/feeds/atom/")
    assert HEADLINE in atom.text() and story_url in atom.text()
    sitemap = reader.goto(stories_sitemap.group(1))
    assert f"{story_url}</loc>" in sitemap.text()

    # 5. The editor withdraws it: 410 for the reader, gone from the home page and feed. ----
    editor.goto(change_url)
    editor.fill("#id_workflow_reason", "A court order: the patrol figures are under seal.")
    editor.once("dialog", lambda dialog: dialog.accept())  # withdrawing asks first
    press(editor, "button[name=_workflow][value=withdraw]")
    editor.wait_for_selector(".messagelist .success")
    assert "Withdrawn" in success_message(editor)
    shoot(editor, "editor-withdrew-the-story")

    gone = reader.goto(story_url)
    assert gone.status == 410
    shoot(reader, "reader-gets-410")
    home = reader.goto("/")
    assert home.status == 200
    assert reader.get_by_role("link", name=HEADLINE).count() == 0
    assert newsroom["shared_source"].headline in reader.content()
    shoot(reader, "reader-home-without-the-story")
    feed = reader.goto("/feeds/rss/")
    assert HEADLINE not in feed.text() and story_url not in feed.text()
    assert newsroom["shared_source"].headline in feed.text()

    # 6. The journalist's hand-made requests to publish are refused. ------------------------
    draft = ArticleFactory(
        section=newsroom["section"],
        authors=[newsroom["journalist"]],
        headline="Fire station closures on hold",
        slug="fire-station-closures",
    )
    draft_url = f"/admin/articles/article/{draft.pk}/change/"
    writer.goto(draft_url)
    assert writer.locator("button[name=_workflow][value=approve]").count() == 0
    events_before = ArticleEvent.objects.count()

    # The story form itself, posted with an approve button the page never offered, and a
    # changed headline that must not be saved either.
    with_form = crafted_post(
        writer,
        draft_url,
        {"_workflow": "approve", "headline": "Published by a journalist"},
        from_form="article_form",
    )
    assert with_form["status"] == 200
    assert UNKNOWN_ACTION in with_form["text"]
    # The workflow endpoint, approve on the draft and publish-now on the withdrawn story.
    version = writer.input_value("input[name=workflow_version]")
    direct = crafted_post(
        writer,
        f"/admin/articles/article/{draft.pk}/workflow/",
        {"_workflow": "approve", "workflow_version": version},
    )
    assert NOT_AN_EDITOR in direct["text"]
    article.refresh_from_db()
    republish = crafted_post(
        writer,
        f"/admin/articles/article/{article.pk}/workflow/",
        {"_workflow": "publish_now", "workflow_version": str(article.edit_version)},
    )
    assert NOT_AN_EDITOR in republish["text"]
    # The list's bulk action, which journalists are not offered.
    bulk = crafted_post(
        writer,
        "/admin/articles/article/",
        {"action": "approve_selected", "_selected_action": str(draft.pk), "index": "0"},
    )
    assert bulk["status"] == 200
    assert "No action selected." in bulk["text"], "the list does not offer approving to a journalist"
    writer.set_content(direct["text"])
    shoot(writer, "journalist-crafted-publish-refused")

    draft.refresh_from_db()
    article.refresh_from_db()
    assert draft.status == Article.Status.DRAFT
    assert draft.headline == "Fire station closures on hold"
    assert draft.first_published_at is None
    assert article.status == Article.Status.WITHDRAWN
    assert ArticleEvent.objects.count() == events_before
    assert not Article.objects.published().filter(pk__in=[draft.pk, article.pk]).exists()
    assert reader.goto(story_url).status == 410
    reader.goto("/")
    assert "Fire station closures on hold" not in reader.content()
