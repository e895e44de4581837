"""Quotes in a real browser: a journalist runs Find quotes on a story, rejects one
suggestion and adds the rest; picking a source in the quote inline shows how often the
newsroom has quoted them."""

import pytest
from django.utils import timezone

from articles.models import Quote, Source
from tests.browser.admin_session import log_in
from tests.factories import (
    ArticleFactory,
    JournalistFactory,
    PublishedArticleFactory,
    QuoteFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)

BODY = (
    "<p>“We are sleeping people on the floor of a gymnasium,” said Sheriff Dana Whitfield.</p>"
    "<p>Police Commissioner Alan Burke disagreed. “Nobody is there for a parking ticket,” Burke said.</p>"
    "<p>Supervisor Teresa Gómez called the standoff “embarrassing for everyone at this table.”</p>"
)


def test_journalist_finds_quotes_and_sees_how_often_a_source_is_quoted(new_page, shoot):
    journalist = JournalistFactory(username="jo")
    whitfield = SourceFactory(name="Dana Whitfield", title="Sheriff", organization="Costa Verde County")
    QuoteFactory(source=whitfield, article=PublishedArticleFactory(headline="Jail budget passes"))
    QuoteFactory(
        source=whitfield,
        article=PublishedArticleFactory(
            headline="Sheriff on overtime", first_published_at=timezone.now() - timezone.timedelta(days=2)
        ),
    )
    story = ArticleFactory(authors=[journalist], headline="Jail crowding hearing", body=BODY)

    page = new_page()
    log_in(page, "jo")
    page.goto(f"/admin/articles/article/{story.pk}/change/")
    page.click("text=Find quotes")
    page.wait_for_selector("#find-quotes-form")
    assert page.locator("mark[data-quote]").count() == 3
    assert "2 quotes in the last 30 days" in page.inner_text("#suggestion-1")
    page.check("#id_form-2-decision_1")
    assert "fq-rejected" in page.get_attribute("#quote-3", "class")
    shoot(page, "find-quotes")
    page.click("input[value='Add accepted quotes']")
    page.wait_for_selector(".messagelist")
    assert "Added 2 quote(s)" in page.inner_text(".messagelist")
    assert list(
        Quote.objects.filter(article=story).values_list("source__name", flat=True).order_by("order")
    ) == [
        "Dana Whitfield",
        "Alan Burke",
    ]
    assert Source.objects.filter(name="Alan Burke", title="Police Commissioner").exists()

    # The second quote's source is changed to the sheriff in the inline: her record appears.
    page.click("#quotes-1 .select2-selection")
    page.keyboard.type("Whitfield")
    page.click(".select2-results__option >> text=Dana Whitfield")
    panel = page.locator("#quotes-1 .source-usage")
    panel.filter(has_text="Jail budget passes").wait_for()
    assert "2 quotes in the last 30 days" in panel.inner_text()
    shoot(page, "usage-panel")
