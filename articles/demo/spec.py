"""The shapes of demo content, and the small markup its story bodies are written in.

A body is plain text: paragraphs are separated by a blank line, a line inside a paragraph
continues it, and a paragraph starting with ``## `` is a subhead. Quoted words are
marked where they stand, so a Quote row can never drift from the copy::

    “[[teresa-vance: We have patched this bridge for long enough]],” Mayor Teresa Vance said.

``[[source-slug|option|option: words]]`` records the words as a quote by that source.
Options are a ``Quote.Obtained`` value (``said`` when none is given), ``pull`` for a
pull quote and ``partial`` for a fragment quoted inside a sentence. A quote that carries
on into the next paragraph keeps its marker open across the blank line; the Quote row then
holds both paragraphs as printed, the next one reopening with a quotation mark by newspaper
convention, so it reads (and is checked against the body) exactly as the story prints it.
"""

import re
from dataclasses import dataclass, field
from html import escape

from articles.models import Quote, Source

MARKUP_UNKNOWN_OPTION = "Quote marker for {source!r} has an unknown option {option!r}."
MARKUP_UNCLOSED = "A quote marker is opened but never closed near: {text!r}"

_MARKER = re.compile(r"\[\[([a-z0-9-]+)((?:\|[a-z_]+)*):\s(.+?)\]\]", re.DOTALL)
_PARAGRAPH_BREAK = re.compile(r"\s*\n[ \t]*\n\s*")


@dataclass(frozen=True)
class DemoSource:
    slug: str
    name: str
    kind: str = Source.Kind.PERSON
    title: str = ""
    organization: str = ""
    abbreviation: str = ""
    description: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""


@dataclass(frozen=True)
class DemoLink:
    """An entry in a story's related-articles box: ``story`` (a demo slug) or ``url``."""

    story: str = ""
    url: str = ""
    title: str = ""
    kicker: str = ""
    teaser: str = ""


@dataclass(frozen=True)
class DemoImage:
    """A generated lead image: ``motif`` names a drawing in ``artwork``; ``palette`` is
    sky-top, sky-bottom, accent and ink colours as hex strings."""

    motif: str
    palette: tuple[str, str, str, str]
    alt: str
    caption: str


@dataclass(frozen=True)
class DemoStory:
    """One story and where it stands in the workflow.

    ``status`` is the state the loader brings it to: ``published`` (``day`` days ago, at
    ``time`` local), ``scheduled`` (``day`` days ahead), ``in_review`` or ``draft``.
    A story with a ``correction`` is first published with the ``erratum`` (wrong, right)
    pair reversed, then fixed and corrected the next day, as an editor would.
    """

    slug: str
    section: str
    headline: str
    dek: str
    authors: tuple[str, ...]
    body: str
    status: str = "published"
    day: int = 0
    time: str = "09:00"
    kicker: str = ""
    tags: tuple[str, ...] = ()
    links: tuple[DemoLink, ...] = ()
    image: DemoImage | None = None
    featured: bool = False
    byline_override: str = ""
    correction: str = ""
    erratum: tuple[str, str] | tuple[()] = ()
    review_note: str = ""


@dataclass(frozen=True)
class ParsedQuote:
    source: str
    text: str
    obtained: str
    is_pull_quote: bool
    is_partial: bool
    spans_paragraphs: bool


@dataclass(frozen=True)
class ParsedBody:
    html: str
    quotes: list[ParsedQuote] = field(default_factory=list)


def body_parse(text: str) -> ParsedBody:
    """Turn demo body markup into story HTML and the quotes marked in it, in reading order.

    Raises ``ValueError`` on a marker with an unknown option or one left unclosed, so bad
    content fails loudly before anything is saved.
    """
    quotes = []

    def take(match: re.Match) -> str:
        source, options, words = match.group(1), match.group(2), match.group(3)
        obtained, pull, partial = Quote.Obtained.SAID, False, False
        for option in filter(None, options.split("|")):
            if option == "pull":
                pull = True
            elif option == "partial":
                partial = True
            elif option in Quote.Obtained.values:
                obtained = option
            else:
                raise ValueError(MARKUP_UNKNOWN_OPTION.format(source=source, option=option))
        pieces = [" ".join(piece.split()) for piece in _PARAGRAPH_BREAK.split(words.strip())]
        quotes.append(
            ParsedQuote(
                source=source,
                text="\n\n".join(pieces),
                obtained=obtained,
                is_pull_quote=pull,
                is_partial=partial,
                spans_paragraphs=len(pieces) > 1,
            )
        )
        return words

    plain = _MARKER.sub(take, text.strip())
    if "[[" in plain or "]]" in plain:
        start = max(plain.find("[["), 0)
        raise ValueError(MARKUP_UNCLOSED.format(text=plain[start : start + 60]))
    blocks = []
    for block in _PARAGRAPH_BREAK.split(plain):
        line = " ".join(block.split())
        if line.startswith("## "):
            blocks.append(f"<h2>{escape(line[3:], quote=False)}</h2>")
        elif line:
            blocks.append(f"<p>{escape(line, quote=False)}</p>")
    return ParsedBody(html="".join(blocks), quotes=quotes)
