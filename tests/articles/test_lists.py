"""The records list pages are about, read by their address with SQL compiled once."""

import pytest

from articles.lists import person_at, source_at
from tests.factories import (
    ArticleFactory,
    JournalistFactory,
    PublishedArticleFactory,
    QuoteFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db


def test_a_source_at_its_address_carries_its_public_fields_and_nothing_private(django_assert_num_queries):
    source = SourceFactory(name="Dana Whitfield", title="Sheriff", phone="555-0100", email="d@example.org")
    QuoteFactory(article=PublishedArticleFactory(), source=source)

    with django_assert_num_queries(1):
        found = source_at(source.slug)
        assert (found.pk, found.name, found.title) == (source.pk, "Dana Whitfield", "Sheriff")
    assert {"phone", "email", "notes"} <= found.get_deferred_fields()


def test_a_source_quoted_only_in_drafts_has_no_public_address():
    source = SourceFactory()
    QuoteFactory(article=ArticleFactory(), source=source)

    assert source_at(source.slug) is None
    assert source_at("nobody") is None


def test_a_person_at_an_address_carries_what_a_byline_shows_and_nothing_of_their_account():
    person = JournalistFactory(first_name="Ines", last_name="Okafor", email="ines@example.org")

    found = person_at(person.pk)

    assert (found.pk, found.first_name, found.last_name) == (person.pk, "Ines", "Okafor")
    assert {"email", "password"} <= found.get_deferred_fields()
    assert person_at(person.pk + 1000) is None
