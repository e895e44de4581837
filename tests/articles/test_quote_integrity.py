"""The quote gate's comparison: word for word, quote marks and white space aside."""

import time

import pytest

from articles.quote_integrity import normalize, quote_in_body, quotes_missing_from_body
from tests.factories import ArticleFactory, QuoteFactory


@pytest.mark.parametrize(
    "quote,body",
    [
        ("We will not cut patrols.", "<p>“We will not cut patrols,” the sheriff said.</p>"),
        ("We won't cut patrols", "<p>She said: “We won’t cut patrols.”</p>"),
        ("\u201cWe won\u2019t cut\n  patrols\u201d", '<p>"We won\'t cut patrols"</p>'),
        ("a plan that is dead on arrival", "<p>He called it <em>a plan that is dead on arrival</em>.</p>"),
        ("Wait… what?", "<p>“Wait... what?” she asked.</p>"),
        ("Tax rates &amp; fees", "<p>“Tax rates &amp; fees will rise,” he said.</p>"),
        ("We will act", "<p>“We will</p><p>act,” she said.</p>"),
    ],
)
def test_quotes_found_in_the_body(quote, body):
    assert quote_in_body(quote, body)


@pytest.mark.parametrize(
    "quote,body",
    [
        ("We will not cut patrols.", "<p>“We will not cut the patrols,” the sheriff said.</p>"),
        ("We will never cut patrols", "<p>“We will not cut patrols.”</p>"),
        ("we will not cut patrols", "<p>“We will not cut patrols.”</p>"),  # case is part of the words
        ("We will not cut patrols!", "<p>“We will not cut patrols?”</p>"),
        ("", "<p>Anything.</p>"),
    ],
)
def test_quotes_not_found_in_the_body(quote, body):
    assert not quote_in_body(quote, body)


def test_normalize_makes_marks_and_spaces_uniform():
    assert normalize("<p>“Yes,”&nbsp;she\n said.</p><p>‘No’</p>") == "\"Yes,\" she said. 'No'"


@pytest.mark.django_db
def test_missing_quotes_are_listed_in_story_order():
    article = ArticleFactory(body="<p>“We will not cut patrols,” the sheriff said.</p>")
    QuoteFactory(article=article, text="Invented line two.", order=2)
    QuoteFactory(article=article, text="We will not cut patrols.", order=0)
    QuoteFactory(article=article, text="Invented line one.", order=1)
    assert [q.text for q in quotes_missing_from_body(article)] == ["Invented line one.", "Invented line two."]


@pytest.mark.parametrize(
    "text",
    ["<" * 100_000, "." * 100_000 + "x", "<p>" + "<b" * 50_000 + "</p>", ";" * 50_000 + "word"],
    ids=["unclosed-tags", "dots-then-a-letter", "unclosed-attributes", "semicolons-then-a-word"],
)
def test_the_gate_reads_hostile_text_in_linear_time(text):
    started = time.process_time()
    quote_in_body(text, text)
    assert time.process_time() - started < 1.0
