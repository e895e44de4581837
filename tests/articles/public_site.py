"""Test data for the reader's site: one story in every editorial state, all sharing a
section, a tag, an author and a quoted source, so that every public page has something
it must show and something it must hide.
"""

from dataclasses import dataclass

from articles.models import Article, Quote, RelatedLink, Section, Source
from tests.factories import (
    ArticleFactory,
    CorrectionFactory,
    PublishedArticleFactory,
    QuoteFactory,
    ScheduledArticleFactory,
    SectionFactory,
    SourceFactory,
    UserFactory,
    WithdrawnArticleFactory,
    WorkingCopyFactory,
)

PUBLISHED = "Harbor budget PUBLISHEDSTORY approved"
HIDDEN = {
    "draft": "Harbor budget DRAFTSTORY pending",
    "in_review": "Harbor budget REVIEWSTORY pending",
    "scheduled": "Harbor budget SCHEDULEDSTORY embargoed",
    "withdrawn": "Harbor budget WITHDRAWNSTORY retracted",
    "working_copy": "Harbor budget WORKINGCOPYSTORY rewrite",
}
PRIVATE_STRINGS = ("555-0199-PRIVATE", "secret-inbox@example.org", "PRIVATE-NOTE-Do-not-publish")
SHARED_TAG = "harbor-budget"


@dataclass
class EveryState:
    section: Section
    source: Source
    author: object
    published: Article
    draft: Article
    in_review: Article
    scheduled: Article
    withdrawn: Article
    working_copy: Article


def every_state() -> EveryState:
    """One story per state, plus a working copy of the published one with another headline.
    Each quotes the same source (whose private fields hold distinctive strings), carries
    the shared tag, the same author and a correction."""
    section = SectionFactory(name="Harbor", slug="harbor")
    author = UserFactory(username="writer", first_name="Wren", last_name="Porter", email="wren@example.org")
    source = SourceFactory(
        name="Ida Marsh",
        slug="ida-marsh",
        title="Harbor master",
        organization="Port of Oakport",
        phone=PRIVATE_STRINGS[0],
        email=PRIVATE_STRINGS[1],
        notes=PRIVATE_STRINGS[2],
    )
    common = {"section": section, "authors": [author], "tags": [SHARED_TAG], "dek": "Harbor dek."}
    published = PublishedArticleFactory(headline=PUBLISHED, slug="harbor-budget-approved", **common)
    draft = ArticleFactory(headline=HIDDEN["draft"], slug="draft-story", **common)
    in_review = ArticleFactory(
        headline=HIDDEN["in_review"], slug="review-story", status=Article.Status.IN_REVIEW, **common
    )
    scheduled = ScheduledArticleFactory(headline=HIDDEN["scheduled"], slug="scheduled-story", **common)
    withdrawn = WithdrawnArticleFactory(headline=HIDDEN["withdrawn"], slug="withdrawn-story", **common)
    working_copy = WorkingCopyFactory(live_article=published, headline=HIDDEN["working_copy"], **common)
    for story in (published, draft, in_review, scheduled, withdrawn, working_copy):
        QuoteFactory(article=story, source=source, text=f"Words said in {story.headline}.")
        CorrectionFactory(article=story, text=f"Correction to {story.headline}.")
    return EveryState(
        section, source, author, published, draft, in_review, scheduled, withdrawn, working_copy
    )


def assert_only_published(content: str, state: EveryState | None = None) -> None:
    """The published story is in ``content``; no other state's headline, quote or
    correction is, and none of the source's private fields."""
    assert PUBLISHED in content
    for name, headline in HIDDEN.items():
        assert headline not in content, f"{name} story leaked"
    for secret in PRIVATE_STRINGS:
        assert secret not in content, "a source's private field leaked"


def busy_archive(stories=30, quotes=8, tags=5, links=3):
    """``stories`` published stories, each with two authors, ``quotes`` quotes from as many
    sources, ``tags`` tags, ``links`` curated related links and two corrections: enough
    rows for an N+1 query to show."""
    section_a = SectionFactory(name="City", slug="city")
    section_b = SectionFactory(name="State", slug="state")
    authors = [UserFactory(username=f"reporter{i}") for i in range(3)]
    sources = [SourceFactory(name=f"Source {i}", slug=f"source-{i}") for i in range(quotes)]
    made = []
    for i in range(stories):
        story = PublishedArticleFactory(
            headline=f"Story {i} about the harbor budget",
            slug=f"story-{i}",
            section=section_a if i % 2 else section_b,
            authors=authors[:2] if i % 2 else authors[1:],
            tags=[f"topic-{(i + t) % (tags + 3)}" for t in range(tags)],
            is_featured=i < 4,
        )
        Quote.objects.bulk_create(
            Quote(article=story, source=source, text=f"Quote {n}", order=n, is_pull_quote=n < 2)
            for n, source in enumerate(sources)
        )
        made.append(story)
    for i, story in enumerate(made):
        RelatedLink.objects.bulk_create(
            [
                RelatedLink(article=story, target_article=made[(i + n + 1) % stories], order=n)
                for n in range(links - 1)
            ]
            + [RelatedLink(article=story, url="https://example.org/doc", title="Outside", order=links)]
        )
        CorrectionFactory(article=story)
        CorrectionFactory(article=story)
    return made
