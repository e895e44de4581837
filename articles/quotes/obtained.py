"""How the words were obtained, read from the attribution: a ``Quote.Obtained`` value."""

from __future__ import annotations

import re

# The words that tell how a quotation was obtained, one group per Quote.Obtained value,
# found in a single pass over the sentence (no keyword overlaps another).
_OBTAINED_RE = re.compile(
    r"(?P<statement>\bstatement\b|\bpress release\b|\bnews release\b)"
    r"|(?P<email>\be-?mail(?:ed)?\b)"
    r"|(?P<interview>\binterview\b)"
    r"|(?P<social>\b(?:posted|tweeted)\b|social media|\bon (?:x|facebook|instagram|threads|bluesky)\b)"
    r"|(?P<hearing>\b(?:hearing|meeting|public comment|closed session|testified|testimony)\b)"
    r"|(?P<document>\b(?:order|ruling|filing|lawsuit|complaint|memo|letter|report|court records|analysis)\b)"
)


def _obtained_hints(masked_par: str) -> tuple[list[int], list[tuple[int, int, str]]] | None:
    """Where each of the _OBTAINED_RE words occurs in a paragraph (start positions, then
    (start, end, group) in order), read in one pass; the sentences of its quotations overlap,
    and reading each one again would take time in the square of their length. None when
    lowercasing moves positions (a few letters, such as "İ", lowercase to two)."""
    lowered = masked_par.lower()
    if len(lowered) != len(masked_par):
        return None
    found = [(m.start(), m.end(), m.lastgroup) for m in _OBTAINED_RE.finditer(lowered)]
    return [start for start, _, _ in found], found


def _obtained(context: str, verb: str, newsroom: str, hints: frozenset[str] | None = None) -> str:
    """How the words were obtained (a ``Quote.Obtained`` value), read from the attribution:
    a statement, an e-mail, an interview, told to the newsroom, social media, a hearing, a
    document, in that order of precedence; else said. ``hints`` are the groups of
    ``_OBTAINED_RE`` in ``context`` when they are known already."""
    text = context.lower()
    found = hints if hints is not None else {m.lastgroup for m in _OBTAINED_RE.finditer(text)}
    for kind in ("statement", "email", "interview"):
        if kind in found:
            return kind
    if (
        newsroom
        and "told" in text
        and re.search(rf"\btold\s+(?:the\s+)?{re.escape(newsroom.lower())}\b", text)
    ):
        return "told_us"
    for kind in ("social", "hearing"):
        if kind in found:
            return kind
    if verb.lower() in {"wrote", "writes", "write", "writing"} or "document" in found:
        return "document"
    return "said"
