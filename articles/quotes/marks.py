"""Quote marks and spans: where each quoted passage starts and ends, and whether it is a
quotation at all (nicknames, titles of works, slogans and scare quotes are not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .attribution import _attribution_after
from .mentions import _POSSESSIVE_RE, _Entity
from .vocabulary import _AFTER_PARTIAL, _CLOSE, _LONGEST_WORD, _OPEN, _SMALL_WORDS, _UPPER


@dataclass
class _Span:
    par: int
    open: int  # index of the opening mark in the paragraph
    close: int | None  # index of the closing mark; None when the quote runs on
    content_start: int
    content_end: int
    kind: str = "quote"  # quote, nickname, title, scare
    head: str = ""
    how: str = ""
    verb: str = ""
    context: str = ""
    # The _OBTAINED_RE groups found in ``context``, when read off the whole paragraph at once.
    obtained_hints: frozenset[str] | None = None
    # The same for the last sentence of ``lead_in``.
    earlier_hints: frozenset[str] | None = None
    lead_in: str = ""
    direct: bool = False
    partial: bool = False
    entity: _Entity | None = None
    # The quotation this one carries on from, whose speaker it takes.
    carries_on: _Span | None = None

    @property
    def end_mark(self) -> int:
        return self.close + 1 if self.close is not None else self.content_end


def _find_spans(par_index: int, par: str) -> list[_Span]:
    spans, opened = [], None
    # A single mark opening the paragraph may have been typed for a double one that a closing
    # double mark later closes ("'Everyone expected me to,” she says.").
    single = 0 if par[:1] in "'‘" and par[1:2].isalnum() else None
    for i, ch in enumerate(par):
        if ch == _CLOSE and opened is None and single is not None and not _opens(par, i):
            spans.append(_Span(par_index, single, i, single + 1, i))
            single = None
        elif (
            ch == _OPEN
            and opened is not None
            and i > 0
            and not par[i - 1].isspace()
            and _ends_word(par, i + 1)
        ):
            # A closing mark typed as an opening one: "...,“ said Green."
            spans.append(_Span(par_index, opened, i, opened + 1, i))
            opened = None
        elif (
            ch == _OPEN
            or (ch == '"' and opened is None)
            or (ch == _CLOSE and opened is None and _opens(par, i))
        ):
            opened, single = i, None
        elif ch in (_CLOSE, '"') and opened is not None:
            spans.append(_Span(par_index, opened, i, opened + 1, i))
            opened = None
    if opened is not None:
        spans.append(_Span(par_index, opened, None, opened + 1, len(par)))
    return spans


def _opens(par: str, i: int) -> bool:
    """Whether the closing mark at ``par[i]``, with nothing open, was typed for an opening one:
    it comes right before a word and right after a colon, a comma, a space or the start of the
    paragraph ("said:”We know ...", "twice. ”That was all,“ she said.")."""
    return (
        i < len(par) - 1 and (i == 0 or par[i - 1] in ":," or par[i - 1].isspace()) and par[i + 1].isalnum()
    )


def _find_single_spans(par_index: int, par: str) -> list[_Span]:
    """Quotations between single marks, in copy that uses them for quotations (British
    style): an apostrophe inside a word ("don't", "Dyer's") is neither mark."""
    spans, opened = [], None
    for i, ch in enumerate(par):
        if ch not in "‘’'":
            continue
        before = par[i - 1] if i else " "
        after = par[i + 1] if i + 1 < len(par) else " "
        if opened is None:
            if ch != "’" and (before.isspace() or before in "([—–") and not after.isspace():
                opened = i
        elif (
            ch != "‘"
            and (not before.isspace() or _after_nested_close(par, opened, i))
            and _ends_word(par, i + 1)
        ):
            spans.append(_Span(par_index, opened, i, opened + 1, i))
            opened = None
    if opened is not None:
        spans.append(_Span(par_index, opened, None, opened + 1, len(par)))
    return spans


_DOUBLE_MARKS_RE = re.compile(r"[“”\"]")


def _after_nested_close(par: str, opened: int, i: int) -> bool:
    """Whether the mark at ``par[i]``, after a space, follows the close of double marks nested
    in the quotation opened at ``opened`` ("'She said, "Go on," ' he said"): copy spaces the two
    closing marks apart, and the single one closes the quotation."""
    if i < 2 or par[i - 2] not in '”"':
        return False
    nested = len(_DOUBLE_MARKS_RE.findall(par, opened, i))
    return nested >= 2 and nested % 2 == 0


def _ends_word(par: str, i: int) -> bool:
    return i >= len(par) or par[i].isspace() or par[i] in ",.;:!?)—–-"


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’\-]+", text)


def _is_title_case(content: str) -> bool:
    significant = [w for w in _words(content) if w.lower() not in _SMALL_WORDS]
    if not significant or content.rstrip(" ,;:").endswith((".", "?", "!")):
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in significant)


def _mask(par: str, spans: list[_Span]) -> str:
    """The paragraph with quoted words blanked out (a quotation's final . ? ! kept), so that
    nothing inside quote marks is read as attribution, a name or a sentence end."""
    chars = list(par)
    for span in spans:
        last = span.content_end - 1
        for i in range(span.open, span.end_mark):
            # A quotation keeps its marks and final stop, so sentences still end after it.
            keep = span.kind == "quote" and (i in (span.open, span.close) or (i == last and par[i] in ".?!"))
            chars[i] = par[i] if keep else " "
    return "".join(chars)


# A photo's caption: it opens with a label ("Photo: ...") or with a quotation and a colon
# before a description in lowercase, or it ends with the photo's credit
# ("... Photo / Ana Leota", "... Photo: family handout", "... Photo courtesy of the family").
_CAPTION_RE = re.compile(
    # "[Photo caption: ...]": the label may stand in brackets, and name the caption itself.
    r"[\[(]?(?:(?:Photo|Picture|Image)\s+caption|Photo|Photograph|Caption|Pictured|Above|Below)\s*:"
    # Words quoted over a picture of who said them: "“Nobody told us”: passengers at the gate."
    r"|[“\"][^“”\"]{1,200}[”\"]\s*:\s+[a-z]"
    r"|.*[.!?”\"’']\s+(?:Photo|Photograph|Picture|Image)(?:\s*[:/|]|\s+(?:courtesy|by|credit)\b)[^.!?“”\"]{1,80}$",
    re.I,
)


_NAME_BEFORE_RE = re.compile(rf"[{_UPPER}][\w'’.\-]*\s$")


_NAME_AFTER_RE = re.compile(rf"\s+[{_UPPER}]")


_WORD_AFTER_RE = re.compile(r"\s+([a-z][\w'’\-]*)")


# A work named before its title: "The paper, “...”, was published", "a song titled “...”".
_WORK_BEFORE_RE = re.compile(
    r"(?:\b(?:paper|study|report|book|novel|album|song|single|film|documentary|play|poem|essay|article|"
    r"thesis|exhibition|series|show|podcast|episode),\s*|\b(?:titled|entitled|headlined)\s+)$",
    re.I,
)


# What a sign, a placard, a T-shirt or a flyer reads: "holding signs reading", "placards that
# read", "handed out flyers reading".
_SIGN_BEFORE_RE = re.compile(
    r"\b(?:signs?|placards?|banners?|posters?|t-shirts?|shirts?|stickers?|billboards?|flyers?|fliers?"
    r"|leaflets?|pamphlets?|badges?)\b[^.;“”\"]{0,40}?"
    r"\b(?:reading|that\s+read|which\s+read|saying|bearing(?:\s+the\s+words)?|with\s+the\s+words)\s*[:,]?\s*$",
    re.I,
)


def _classify(par: str, span: _Span) -> None:
    """Mark nicknames and titles of works or slogans, which are never quotations."""
    content = par[span.content_start : span.content_end].strip()
    if not re.search(r"[^\W\d_]", content):
        span.kind = "title"
        return
    if _SIGN_BEFORE_RE.search(par, max(0, span.open - 2 * _LONGEST_WORD - 40), span.open):
        span.kind = "title"  # "held placards reading “No water, no votes”": a slogan
        return
    if (
        span.close is not None
        and not content.endswith((".", "?", "!"))
        and _WORK_BEFORE_RE.search(par, max(0, span.open - _LONGEST_WORD), span.open)
        and par[span.end_mark : span.end_mark + 1] in {",", ")", ""}
    ):
        span.kind = "title"  # "The paper, “Night warming in a seabird”, was published"
        return
    n_words = len(_words(content))
    if (
        n_words <= 3
        and _is_title_case(content)
        and _NAME_BEFORE_RE.search(par, max(0, span.open - _LONGEST_WORD), span.open)
        and _NAME_AFTER_RE.match(par, span.end_mark)
    ):
        span.kind = "nickname"
    elif (
        n_words <= 3
        and _is_title_case(content)
        and _KNOWN_AS_RE.search(par, max(0, span.open - _LONGEST_WORD), span.open)
    ):
        span.kind = "nickname"  # "Dimakatso Seleka, known to regulars as “Mama Dee”,"
    elif n_words <= 10 and span.close is not None and _is_title_case(content):
        # The clause after the marks, up to 160 characters (one more to see a stop at the edge).
        after = par[span.end_mark : span.end_mark + 161]
        if not _attribution_after(re.split(r"[.;]\s", after, maxsplit=1)[0][:160]):
            span.kind = "title"


_WORD_BEFORE_RE = re.compile(r"([\w'’\-]+)\s+$")


# What someone is called by others, before a name between marks: "known to regulars as",
# "known locally as", "nicknamed", "the woman everyone calls".
_KNOWN_AS_RE = re.compile(
    r"\b(?:(?:known|referred\s+to)\s+(?:to\s+(?:[\w'’\-]+\s+){1,3}|locally\s+|simply\s+)?as|nicknamed"
    r"|(?:everyone|everybody|locals|villagers|neighbours|neighbors)\s+(?:calls|call|called))\s*$"
)


_AUXILIARIES = frozenset("had has have having was were is are been be being".split())


# After a modal, the words are what someone said would or should be done: the party would
# "not protect anyone" implicated.
_MODALS = frozenset("would will could can should shall must might may".split())


_DEGREE_RE = re.compile(r"(?:very|so|too|really|quite|[a-z]+ly)\s+[a-z][\w\-]*")


_LABEL_BEFORE = _SMALL_WORDS | frozenset(
    "its their his her our my this that these those your so-called".split()
)


# The endings English adjectives take ("extensive", "dangerous", "unworkable", "chronic").
_ADJECTIVE_SHAPE_RE = re.compile(r"[a-z\-]{2,}(?:ive|ous|ful|less|able|ible|ic|ent|ant|ish)")


_ARTICLES_AND_PREPOSITIONS = frozenset("a an the of for to in on at by with from as into about".split())


def _short_is_quote(par: str, span: _Span, pre: str, credited_before: bool) -> bool:
    """Three words or fewer are a partial quote only when credited in their own sentence
    (``credited_before``: an earlier quotation in the sentence is) and not used as a
    modifier ("the 'legacy business' program") or a so-called label."""
    if re.search(r"so-called\s*$", pre, re.I):
        return False
    content = par[span.content_start : span.content_end].rstrip()
    if not pre.strip() and content[:1].isupper() and content.endswith((".", "?", "!", ",")):
        return True  # a sentence of its own: "Maybe they'll remember." / "It was chaos," one said.
    if not content.endswith((".", ",", "?", "!", ";")):
        nxt = _WORD_AFTER_RE.match(par, span.end_mark)
        if nxt and nxt.group(1) not in _AFTER_PARTIAL:
            # One word the speaker used of something, after a verb: had "extensive" histories.
            # After an article or a possessive it names a thing: the city's "legacy business" program.
            before = _WORD_BEFORE_RE.search(par, max(0, span.open - _LONGEST_WORD), span.open)
            word = before.group(1) if before else ""
            adjective = (
                " " not in content
                and content.islower()
                and word.islower()
                and word not in _LABEL_BEFORE
                and not _POSSESSIVE_RE.search(word)
            )
            # A word shaped like an adjective, after an article or a preposition, is how the one
            # credited judged the thing named after it: an "extensive" history, relied on
            # "optimistic" forecasts (a word that names a thing, the "legacy" program, is not).
            judged = (
                " " not in content
                and content.islower()
                and word in _ARTICLES_AND_PREPOSITIONS
                and bool(_ADJECTIVE_SHAPE_RE.fullmatch(content))
            )
            adjective = adjective or (judged and span.direct)
            # Words after an auxiliary are what someone did (the bureau had "traced and frozen"
            # three homes), after a modal what someone would do; an adverb of degree before an
            # adjective is how someone judged a thing (craft "very convincing" scams). None of
            # them names the noun after it.
            spoken = word in _AUXILIARIES or word in _MODALS or bool(_DEGREE_RE.fullmatch(content))
            return (adjective or spoken) and (span.direct or credited_before)
    return span.direct or credited_before
