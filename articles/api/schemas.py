"""The shapes of the API's answers; Django Ninja publishes them as the OpenAPI schema.

Only what readers may see has a field here: a source is its ``Source.PUBLIC_FIELDS`` and
its page, an author their id, name and page, never a login name or an e-mail address.
Dates are ISO 8601 with their UTC offset; addresses are absolute.
"""

from datetime import datetime

from ninja import Field, Schema


class Error(Schema):
    detail: str


class SectionOut(Schema):
    id: int
    name: str
    slug: str
    url: str = Field(description="The section's page.")


class SectionDetailOut(SectionOut):
    description: str


class TagOut(Schema):
    id: int
    name: str
    slug: str
    url: str = Field(description="The tag's page.")


class SourceOut(Schema):
    id: int
    name: str
    slug: str
    title: str = Field(description="Title or role, e.g. Sheriff.")
    organization: str
    abbreviation: str = Field(description="The short name news copy uses for an organization.")
    kind: str = Field(description="person, organization or document.")
    description: str = Field(description="The public description.")
    url: str = Field(description="The source's page, listing the stories that quote them.")


class AuthorOut(Schema):
    id: int = Field(description="Filter stories by it with ?author=.")
    name: str
    url: str = Field(description="The author's page.")


class ListImageOut(Schema):
    url: str = Field(description="The original image.")
    alt: str


class RenditionOut(Schema):
    name: str = Field(description="w480, w800 and w1200 (widths), card (400×250, cropped).")
    url: str
    width: int
    height: int
    content_type: str | None


class LeadImageOut(Schema):
    url: str = Field(description="The original image.")
    alt: str
    caption: str
    credit: str
    renditions: list[RenditionOut] = Field(description="Those made so far; made in the background.")


class QuoteOut(Schema):
    text: str = Field(description="The quoted words, as they appear in the body.")
    is_partial: bool
    is_pull_quote: bool
    source: SourceOut


class RelatedOut(Schema):
    title: str
    kicker: str
    teaser: str
    url: str
    is_external: bool
    story_id: int | None = Field(description="For a story of ours; its API address is api_url.")
    api_url: str | None


class CorrectionOut(Schema):
    text: str
    created_at: datetime


class StorySummaryOut(Schema):
    id: int
    url: str = Field(description="The story's page.")
    api_url: str
    headline: str
    kicker: str
    dek: str
    section: SectionOut
    byline: str = Field(description="As printed: the authors' names, or the byline an editor wrote.")
    authors: list[AuthorOut]
    published_at: datetime = Field(description="First publication.")
    updated_at: datetime | None = Field(description="Latest republication or correction, if any.")
    lead_image: ListImageOut | None


class StoryOut(StorySummaryOut):
    body: str = Field(description="Sanitized HTML.")
    lead_image: LeadImageOut | None
    tags: list[TagOut]
    quotes: list[QuoteOut]
    related: list[RelatedOut] = Field(description="The related-articles box, as on the story page.")
    corrections: list[CorrectionOut]
    ninjs_url: str = Field(description="The story as IPTC NINJS.")
    revision: int = Field(description="Grows whenever the published story changes.")


class StoryPage(Schema):
    results: list[StorySummaryOut]
    next_cursor: str | None = Field(description="Pass as ?cursor= for the next page; null on the last.")


class SectionList(Schema):
    results: list[SectionDetailOut]


class TagPage(Schema):
    results: list[TagOut]
    next_cursor: str | None


class SourcePage(Schema):
    results: list[SourceOut]
    next_cursor: str | None
