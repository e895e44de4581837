"""Paragraphs and sentences: the plain text the finder reads, and where its sentences end.

HTML block elements make paragraphs; plain text is split on blank lines, or on line breaks
when it has none. Offsets everywhere are positions in ``plain_text``: paragraphs joined by a
blank line, entities decoded. A text longer than ``MAX_TEXT_LENGTH`` is refused with
``TextTooLong``, whose message is written for the person who pasted it.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

import nh3

from .vocabulary import (
    _ABBREVIATIONS,
    _BYLINE_RE,
    _CLOSE,
    _GIVEN_NAME_ABBREVIATIONS,
    _LONGEST_WORD,
    _OPEN,
    _UPPER,
)

# The longest text the finder reads, in characters of plain text (about 30,000 words,
# several times the longest feature a newspaper prints); markup may add as much again.
MAX_TEXT_LENGTH = 200_000


TEXT_TOO_LONG = (
    "This text is too long for the quote finder: {length:,} characters, and it reads at most "
    "{limit:,}. Find the quotes in a shorter part of it."
)


class TextTooLong(ValueError):
    """The text is longer than ``MAX_TEXT_LENGTH``; the message says so for a person."""

    def __init__(self, length: int):
        super().__init__(TEXT_TOO_LONG.format(length=length, limit=MAX_TEXT_LENGTH))
        self.length = length


_BLOCK_TAGS = {
    "p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "tr", "pre", "figcaption",
}  # fmt: skip


# Marks the start of a photo's caption (<figcaption>) among the extracted parts; never kept.
_CAPTION_MARK = "\x00"


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
        if tag == "figcaption":
            self.parts.append(_CAPTION_MARK)

    def handle_endtag(self, tag):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        self.parts.append(data)


# A tag's attributes stop at the next "<" as well as at ">": otherwise every unclosed "<a"
# would be read on to the end of the text.
_HTML_TAG_RE = re.compile(r"<(?:p|br|div|h[1-6]|li|blockquote|em|strong|a)\b[^<>]*>", re.I)


def looks_like_html(text: str) -> bool:
    """True when ``text`` carries the markup of a story body rather than plain text."""
    return bool(_HTML_TAG_RE.search(text or ""))


def paragraphs(text_or_html: str) -> list[str]:
    """The text's paragraphs, whitespace collapsed. HTML block elements make paragraphs;
    plain text is split on blank lines, or on line breaks when it has no blank lines."""
    return paragraphs_and_captions(text_or_html)[0]


def paragraphs_and_captions(text_or_html: str) -> tuple[list[str], frozenset[int]]:
    """``paragraphs(text_or_html)``, and the indexes of those that are a photo's caption in the
    markup (<figcaption>)."""
    text = text_or_html or ""
    if looks_like_html(text):
        extractor = _TextExtractor()
        # The standard library's parser takes quadratic time on some malformed markup (runs
        # of unclosed tags); nh3 rewrites any input as well-formed markup in linear time.
        text = text.replace(_CAPTION_MARK, "")
        extractor.feed(nh3.clean(text, tags=_BLOCK_TAGS, attributes={}, strip_comments=True))
        extractor.close()
        chunks = re.split(r"\n\s*\n", "".join(extractor.parts))
    else:
        text = unescape(text.replace("\r\n", "\n").replace("\r", "\n"))
        chunks = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.split("\n")
        # Copy that sets its headline and byline apart with blank lines but runs the story's
        # paragraphs on one line each: a block of three lines or more, most of them ending a
        # sentence, is paragraphs, not one paragraph wrapped.
        chunks = [part for chunk in chunks for part in _lines_if_paragraphs(chunk)]
        # Headlines typed one a line over the byline, with no blank line between them, are
        # each a paragraph: a name does not run on from a section's label into the headline.
        chunks = [*_headlines_over_byline(chunks[0]), *chunks[1:]] if chunks else chunks
    pars, captions = [], []
    for chunk in chunks:
        par = " ".join(chunk.split())
        if par.startswith(_CAPTION_MARK):
            par = par[1:].lstrip()
            if par:
                captions.append(len(pars))
        par = par.replace(_CAPTION_MARK, "")
        if par:
            pars.append(par)
    if any("``" in p for p in pars):
        # Typewriter copy marks quotations with two backticks and two apostrophes.
        pars = [p.replace("``", _OPEN).replace("''", _CLOSE) for p in pars]
    return pars, frozenset(captions)


_ENDS_SENTENCE_RE = re.compile(r"[.?!:][\"”’')\]]*\s*$")


def _lines_if_paragraphs(chunk: str) -> list[str]:
    lines = [line for line in chunk.split("\n") if line.strip()]
    if len(lines) < 3:
        return [chunk]
    ended = sum(1 for line in lines if _ENDS_SENTENCE_RE.search(line))
    return lines if ended * 4 >= len(lines) * 3 else [chunk]


# A headline or a section's label over a byline: at most this many words, no sentence ended.
_HEADLINE_LINE_WORDS = 40


def _headlines_over_byline(chunk: str) -> list[str]:
    lines = [line for line in chunk.split("\n") if line.strip()]
    for n, line in enumerate(lines[1:5], start=1):
        if _BYLINE_RE.match(line):
            over = lines[:n]
            if all(len(h.split()) <= _HEADLINE_LINE_WORDS and not _ENDS_SENTENCE_RE.search(h) for h in over):
                return [*over, "\n".join(lines[n:])]
            break
    return [chunk]


def plain_text(text_or_html: str) -> str:
    """The text that offsets in ``FoundQuote`` refer to: paragraphs joined by a blank line."""
    return "\n\n".join(paragraphs(text_or_html))


# A closing mark typed for an opening one may open the next sentence ("twice. ”That was all,“").
_SENTENCE_END_RE = re.compile(rf"[.?!][”\"’']*(?=\s+[\"“‘'(”\[0-9{_UPPER}]|\s*$)")


_WORD_AT_END_RE = re.compile(r"([\w.]+)$")


_DIGIT_AHEAD_RE = re.compile(r"\s+\d")


_QUOTE_AHEAD_RE = re.compile(r"\S*\s+[\"“]")


_CAPITAL_AHEAD_RE = re.compile(rf"\s+[{_UPPER}]")


def _sentence_ends(masked: str) -> list[int]:
    """Positions just after each sentence-ending mark in a paragraph whose quotes are masked."""
    ends = []
    for m in _SENTENCE_END_RE.finditer(masked):
        if masked[m.start()] == ".":
            token = _WORD_AT_END_RE.search(masked, max(0, m.start() - _LONGEST_WORD), m.start())
            word = token.group(1).lower() if token else ""
            if word == "no" and _DIGIT_AHEAD_RE.match(masked, m.end()):
                continue  # "No. 4"
            clock = word in {"a.m", "p.m"} and _QUOTE_AHEAD_RE.match(masked, m.start() + 1)
            if not clock and (word in _ABBREVIATIONS or re.fullmatch(r"[^\W\d_]|(?:[a-z]\.)+[a-z]", word)):
                continue
            given = token and token.group(1) in _GIVEN_NAME_ABBREVIATIONS
            if given and _CAPITAL_AHEAD_RE.match(masked, m.end()):
                continue  # "Ma. Luisa Reyes", "Wm. Ode": a given name written short
        ends.append(m.end())
    return ends
