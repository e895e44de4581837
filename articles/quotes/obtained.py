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
    r"|(?P<document>\b(?:order|ruling|filing|lawsuit|complaint|memo|letter|report|court records|analysis"
    r"|article|editorial|study|audit)\b)"
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


def _obtained(
    context: str,
    verb: str,
    newsroom: str,
    hints: frozenset[str] | None = None,
    lead_in: str = "",
    at_meeting: bool = False,
) -> str:
    """How the words were obtained (a ``Quote.Obtained`` value), read from the attribution:
    told to the newsroom, told to or reported by another outlet (relayed), a statement, an
    e-mail, an interview, social media, a hearing, a document, in that order of precedence;
    else said. ``hints`` are the groups of ``_OBTAINED_RE`` in ``context`` when they are known
    already; ``lead_in`` is the sentence before, where "X told the Chronicle ..." often
    stands; ``at_meeting`` says the story reports a meeting or hearing, where words said
    plainly were said."""
    text = context.lower()
    found = hints if hints is not None else {m.lastgroup for m in _OBTAINED_RE.finditer(text)}
    near = (lead_in.lower() + " " + text) if lead_in else text
    if (
        newsroom
        and "told" in near
        and re.search(rf"\btold\s+(?:the\s+)?{re.escape(newsroom.lower())}\b", near)
    ):
        return "told_us"
    if _RELAYED_RE.search(near):
        return "relayed"
    if verb.lower() in {"stated", "states"}:
        return "statement"
    for kind in ("statement", "email", "interview", "social", "hearing"):
        if kind in found:
            return kind
    if verb.lower() in {"wrote", "writes", "write", "writing"} or "document" in found:
        return "document"
    if at_meeting and verb.lower() in _PLAIN_VERBS and not _AWAY_FROM_MEETING_RE.search(near):
        return "hearing"
    return "said"


_OUTLET_WORDS = (
    r"(?:echo|gazette|times|post|news|herald|tribune|journal|courier|ledger|press|reuters|station|paper|"
    r"newspaper|magazine|news agency|network|radio|television)"
)


# Words another outlet obtained: "told Channel 7", "told the paper", "the Harbor Gazette reported".
_RELAYED_RE = re.compile(
    rf"\btold\s+(?:the\s+)?(?:[\w'’.\-]+\s+){{0,3}}?{_OUTLET_WORDS}\b|\btold\s+channel\s+\d+"
    rf"|\b{_OUTLET_WORDS}\s+(?:reported|reports)\b"
    r"|\bin an interview with (?:the\s+)?(?:ap|associated press)\b"
)


_PLAIN_VERBS = frozenset("said says replied added asked answered told".split())


_AWAY_FROM_MEETING_RE = re.compile(
    r"\b(?:afterward|afterwards|after the (?:meeting|hearing|vote)|interview|told)\b"
)


_MEETING_RE = re.compile(r"\b(?:hearing|meeting|public comment)\b", re.I)
