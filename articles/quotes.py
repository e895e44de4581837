"""The quote finder: direct quotations in a story and who said them.

``find_quotes(text_or_html, sources=None)`` reads plain text or a story body's HTML and
returns one ``FoundQuote`` per quoted passage, in reading order. Offsets are positions in
``plain_text(text_or_html)``: paragraphs joined by a blank line, entities decoded.

What counts as a quotation:

- words between double quote marks, straight or curly; single marks inside are nested
  quotes and stay part of the text, as do square-bracket insertions;
- a paragraph whose quotation is not closed carries on into the next paragraph that
  opens with a quote mark, and that paragraph keeps the same speaker;
- a short passage (three words or fewer) is a partial quote only when someone is credited
  with it in the same sentence; scare quotes (the so-called "lifeline" network), titles
  of works, slogans and nicknames (Walter "Sugar" Simmons) are not quotations.

Who said it, in the forms news copy uses: ``"...," Ortiz said.``, ``"...," said Sheriff
Dana Whitfield.``, ``Ortiz said, "..."``, ``"..." Whitfield reportedly said``, ``according
to ...``, a passage after an introduction ending in a colon, a second passage after a
mid-quote attribution, pronouns ("she said") and role nouns ("the agency said") that point
back to the last person or organization named. A surname or a title plus surname stands
for the first full mention in the story ("Sheriff Dana Whitfield", then "Whitfield").

Each speaker resolves to one of ``sources`` (Source rows, or anything with ``name``,
``title``, ``organization``, ``abbreviation`` and ``kind``) by full name, by surname, by
title plus name, or by an organization's name or abbreviation. When none matches, the quote
carries a ``ProposedSource`` built from the first full mention ("EPA spokesperson Tom K.
Reyes" gives name Tom K. Reyes, title spokesperson, organization EPA). Nothing else is
inferred about a person: no gender, ever.

Pure Python and regular expressions: no model, no network. The work grows in step with the
text, whatever it holds; a text longer than ``MAX_TEXT_LENGTH`` is refused with
``TextTooLong``, whose message is written for the person who pasted it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import asdict, dataclass
from html import unescape
from html.parser import HTMLParser

import nh3

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


# --- vocabulary -------------------------------------------------------------------------

_VERB_FORMS = """
say says said saying tell tells told telling state states stated add adds added adding
write writes wrote writing ask asks asked explain explains explained warn warns warned
warning note notes noted noting argue argues argued insist insists insisted acknowledge
acknowledges acknowledged recall recalls recalled testify testifies testified announce
announces announced declare declares declared reply replies replied respond responds
responded answer answers answered counter counters countered concede concedes conceded
admit admits admitted urge urges urged caution cautions cautioned predict predicts
predicted post posts posted tweet tweets tweeted email emails emailed remark remarks
remarked observe observes observed complain complains complained describe describes
described call calls called calling shout shouts shouted yell yelled joke jokes joked
conclude concludes concluded maintain maintains maintained contend contends contended
claim claims claimed promise promises promised vow vows vowed pledge pledges pledged
suggest suggests suggested recount recounts recounted boast boasts boasted lament laments
lamented continue continues continued quip quipped scoff scoffed
"""
SPEECH_VERBS = frozenset(_VERB_FORMS.split())
_VERB_RE = re.compile(r"\b(" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")\b", re.I)

TITLE_WORDS = frozenset(
    """Sheriff Mayor Commissioner Councilmember Councilman Councilwoman Supervisor
    Superintendent Director President Chair Chairman Chairwoman Judge Justice Attorney Counsel
    Dr. Dr Gov. Governor Sen. Senator Rep. Representative Assemblymember Chief Officer Sgt.
    Lt. Capt. Deputy Secretary Administrator Coach Professor Prof. Rev. Neighbor Parent
    Resident Principal Manager Spokesperson Spokeswoman Spokesman Mr. Mrs. Ms. Mx. Vice Member
    Treasurer Controller Auditor Assessor Clerk Inspector Lieutenant Sergeant Captain
    Detective Trustee Minister Chancellor Provost Pastor Owner Founder Organizer
    Executive CEO""".split()
)
ORG_NOUNS = frozenset(
    """Agency Department Office Authority Council Board Commission Committee District
    Association Union Company Co. Inc. Corp. Corporation LLC Partners Properties Group
    Coalition Project Services Service Bureau Administration Institute Foundation Center
    Centre Court Hospital Police University College Schools Club Transit Power Energy
    Electric Utilities Utility Bank Church Diner Restaurant Cafe Unified County City Network
    Alliance Federation Society Party Fund Trust Clinic Library Museum Legislature Assembly
    Senate Congress Ministry Patrol Airlines Railroad Railway Industries Holdings""".split()
)
PLACE_WORDS = frozenset(
    """Street St. Avenue Ave. Road Boulevard Blvd. Lane Drive Way Highway Freeway Bridge Hall
    Heights Valley River Lake Bay Mountain Mountains Square Plaza Games Olympics Elementary
    Middle High Island Beach Creek Hills Station Stadium Arena""".split()
)
_LEADING_WORDS = frozenset(
    """The A An But And Or In On At As When After Before Among Asked Reached For If While Her
    His Its Their Our My This That These Those Then So Since According Also Even Still Yet
    Meanwhile However Now Later Earlier By With From To Under Over Like Unlike During Until
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Jan. Feb. Aug. Sept. Oct. Nov.
    Dec. Last Next Every Each Both Neither Nobody Somebody Where Who What Why How Not""".split()
)
_HONORIFICS = frozenset("Dr. Dr Mr. Mrs. Ms. Mx. Prof. Rev.".split())
_PLACE_PREFIXES = frozenset("North South East West New Fort Mount San Santa Los Las".split())
_PRONOUNS = frozenset({"he", "she", "they", "it", "we"})
_PERSON_ROLES = frozenset(
    """sheriff mayor commissioner councilmember councilman councilwoman supervisor
    superintendent director president chair chairman chairwoman judge justice attorney
    counsel governor senator representative chief officer secretary administrator coach
    professor principal manager spokesperson spokeswoman spokesman owner founder organizer
    lawyer physician doctor official executive minister""".split()
)
_ORG_SYNONYMS = {
    "agency": {
        "Agency",
        "Administration",
        "Commission",
        "Department",
        "Service",
        "Bureau",
        "Authority",
        "Transit",
        "Office",
    },
    "utility": {"Power", "Energy", "Electric", "Utility", "Gas"},
    "company": {
        "Company",
        "Co.",
        "Inc.",
        "Corp.",
        "Corporation",
        "LLC",
        "Partners",
        "Properties",
        "Group",
        "Power",
        "Energy",
        "Holdings",
        "Industries",
        "Airlines",
    },
    "firm": {"Partners", "Properties", "Company", "Inc.", "Corp.", "LLC", "Group"},
    "owner": {"Partners", "Properties", "Company", "Inc.", "Corp.", "LLC", "Group", "Holdings"},
    "landlord": {"Partners", "Properties", "Company", "Inc.", "Corp.", "LLC", "Group", "Holdings"},
    "office": {"Office"},
    "department": {"Department"},
    "county": {"County"},
    "city": {"City"},
    "district": {"District", "Unified"},
    "board": {"Board"},
    "council": {"Council"},
    "commission": {"Commission"},
    "association": {"Association"},
    "union": {"Union"},
    "court": {"Court"},
    "hospital": {"Hospital", "Center", "Clinic"},
    "club": {"Club"},
    "group": {"Group", "Coalition", "Project", "Alliance", "Association", "Foundation"},
    "coalition": {"Coalition", "Alliance"},
    "university": {"University", "College"},
    "school": {"School", "Schools", "Unified", "District"},
    "police": {"Police", "Department"},
}
# The last word of a description that can stand before or beside a person's name.
_ROLE_WORDS = (
    frozenset(w.lower() for w in TITLE_WORDS)
    | _PERSON_ROLES
    | frozenset(
        """member parent resident neighbor organizer activist advocate student teacher nurse
    analyst economist researcher scientist historian spokesperson candidate plaintiff
    defendant witness volunteer worker employee leader head defender prosecutor engineer
    planner librarian physician surgeon pharmacist firefighter coordinator consultant lobbyist
    rabbi imam priest landlord tenant partner economist meteorologist forecaster""".split()
    )
)
# What an organization issues: "the statement said" speaks for the last organization named.
_DOCUMENT_NOUNS = frozenset(
    "statement letter report filing order ruling analysis release memo lawsuit complaint notice".split()
)
_GENERIC_ORG_NOUNS = frozenset("company firm group organization utility agency".split())

_SMALL_WORDS = frozenset("a an the of and or for to in on at by with from but nor as".split())
_NOT_SUBJECT_AFTER = _SMALL_WORDS | {"including", "among", "than", "like", "into", "about", "against"}
# Words that may follow a partial quote inside a sentence; a noun right after a short quoted
# phrase (the "legacy business" program) marks scare quotes instead.
_AFTER_PARTIAL = frozenset(
    "and or but of for to in on at with if because that as from by about than when while which "
    "who before after since unless until over into".split()
)
_ABBREVIATIONS = frozenset(
    """mr mrs ms mx dr st jr sr gov sen rep lt sgt capt gen col u.s vs inc corp co jan feb
    mar apr jun jul aug sep sept oct nov dec a.m p.m prof rev ave blvd mt ft""".split()
)

_UPPER = "A-ZÀ-ÖØ-Þ"
# How far the finder reads around a position. Every look backwards or forwards is bounded,
# so the work grows in step with the text whatever it holds (runs of initials, of quote
# marks, one endless paragraph). Nothing in news copy comes near these lengths.
_LONGEST_WORD = 64  # an abbreviation or the word before a name
_LONGEST_NAME = 200  # a run of capitalized words read as one name
_ATTRIBUTION_REACH = 400  # the words before an opening mark or after a closing one
_TOKEN = rf"[{_UPPER}][\w'’.\-]*"
_RUN = rf"{_TOKEN}(?:(?:\s+(?:of|for|de|la|del|van|von|der|the))?\s+{_TOKEN})*"
_RUN_RE = re.compile(_RUN)
_RUN_AT_END_RE = re.compile(rf"({_RUN})$")

# An abbreviation defined in brackets: "Environmental Protection Agency (EPA)". The name
# is the run of capitalized words that ends right before the bracket, read backwards from
# it (a pattern that starts with the run would try every capitalized word in the text).
_ABBR_DEF_RE = re.compile(rf"\(([{_UPPER}][A-Za-z.&]{{1,9}})\)")
_CLAUSE_END_RE = re.compile(
    r"[,;:()]|\.(?=\s|$)|\s(?:who|whose|which|in|at|on|during|after|before|as|when|while|to|and)\s"
)
_OPEN, _CLOSE = "“", "”"


# --- results ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ProposedSource:
    """A new source suggested from the first full mention of a speaker nobody has recorded."""

    name: str
    title: str = ""
    organization: str = ""
    abbreviation: str = ""
    kind: str = "person"  # "person" or "organization", values of Source.Kind


@dataclass
class FoundQuote:
    """One quoted passage and its speaker.

    ``start``/``end`` index the passage (without its quote marks) in ``plain_text``.
    ``speaker`` is the attribution as written ("Whitfield", "the agency", "she");
    ``source`` is the matching record when one was given, else ``proposed`` describes a new
    one; both are None when nobody is credited. ``obtained`` is a ``Quote.Obtained`` value.
    """

    text: str
    start: int
    end: int
    speaker: str = ""
    source: object | None = None
    proposed: ProposedSource | None = None
    is_partial: bool = False
    obtained: str = "said"
    verb: str = ""
    paragraph: int = 0

    @property
    def speaker_name(self) -> str:
        """The resolved speaker's name: the record's, else the proposal's, else ""."""
        if self.source is not None:
            return self.source.name
        if self.proposed is not None:
            return self.proposed.name
        return ""

    def as_dict(self) -> dict:
        """The quote as plain data (source by id; private fields of a source never appear)."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "speaker_name": self.speaker_name,
            "source_id": getattr(self.source, "pk", None),
            "proposed_source": None if self.proposed is None else asdict(self.proposed),
            "is_partial": self.is_partial,
            "obtained": self.obtained,
            "verb": self.verb,
            "paragraph": self.paragraph,
        }


# --- text -------------------------------------------------------------------------------

_BLOCK_TAGS = {"p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "tr", "pre"}


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

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
    text = text_or_html or ""
    if looks_like_html(text):
        extractor = _TextExtractor()
        # The standard library's parser takes quadratic time on some malformed markup (runs
        # of unclosed tags); nh3 rewrites any input as well-formed markup in linear time.
        extractor.feed(nh3.clean(text, tags=_BLOCK_TAGS, attributes={}, strip_comments=True))
        extractor.close()
        chunks = re.split(r"\n\s*\n", "".join(extractor.parts))
    else:
        text = unescape(text.replace("\r\n", "\n").replace("\r", "\n"))
        chunks = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.split("\n")
    return [p for p in (" ".join(c.split()) for c in chunks) if p]


def plain_text(text_or_html: str) -> str:
    """The text that offsets in ``FoundQuote`` refer to: paragraphs joined by a blank line."""
    return "\n\n".join(paragraphs(text_or_html))


# --- quote marks ------------------------------------------------------------------------


@dataclass
class _Entity:
    name: str
    kind: str  # person | organization
    title: str = ""
    organization: str = ""
    abbreviation: str = ""
    first: int = 0

    def proposal(self) -> ProposedSource:
        return ProposedSource(self.name, self.title, self.organization, self.abbreviation, self.kind)


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
    direct: bool = False
    partial: bool = False
    entity: _Entity | None = None

    @property
    def end_mark(self) -> int:
        return self.close + 1 if self.close is not None else self.content_end


def _find_spans(par_index: int, par: str) -> list[_Span]:
    spans, opened = [], None
    for i, ch in enumerate(par):
        if ch == _OPEN or (ch == '"' and opened is None):
            opened = i
        elif ch in (_CLOSE, '"') and opened is not None:
            spans.append(_Span(par_index, opened, i, opened + 1, i))
            opened = None
    if opened is not None:
        spans.append(_Span(par_index, opened, None, opened + 1, len(par)))
    return spans


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’\-]+", text)


def _is_title_case(content: str) -> bool:
    significant = [w for w in _words(content) if w.lower() not in _SMALL_WORDS]
    if not significant or content.rstrip(" ,;:").endswith((".", "?", "!")):
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in significant)


_SENTENCE_END_RE = re.compile(rf"[.?!][”\"’']*(?=\s+[\"“‘(\[0-9{_UPPER}]|\s*$)")
_WORD_AT_END_RE = re.compile(r"([\w.]+)$")
_DIGIT_AHEAD_RE = re.compile(r"\s+\d")
_QUOTE_AHEAD_RE = re.compile(r"\S*\s+[\"“]")


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
        ends.append(m.end())
    return ends


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


# --- who: the people and organizations a story names ------------------------------------


@dataclass
class _Mention:
    pos: int
    entity: _Entity
    subject_like: bool


# Patterns the finder applies to every word or run are compiled once.
_POSSESSIVE_RE = re.compile(r"['’]s$")
_DOT_INSIDE_RE = re.compile(r"\.\w")
_ABBREVIATION_RE = re.compile(rf"[{_UPPER}][{_UPPER}&.]{{1,8}}")
_WORD_RE = re.compile(r"\S+")
_SENTENCE_END_WORDS = TITLE_WORDS | ORG_NOUNS | _HONORIFICS


def _strip_possessive(token: str) -> str:
    return _POSSESSIVE_RE.sub("", token)


def _clean_run(tokens: list[str]) -> list[str]:
    while tokens and tokens[0] in _LEADING_WORDS:
        tokens = tokens[1:]
    if tokens:
        last = _strip_possessive(tokens[-1])
        # A sentence's full stop is not part of the name; an initial's or "Inc."'s is.
        if last.endswith(".") and len(last) > 2 and last not in ORG_NOUNS and not _DOT_INSIDE_RE.search(last):
            last = last[:-1]
        tokens = [*tokens[:-1], last]
    return tokens


def _is_abbreviation(token: str) -> bool:
    return bool(_ABBREVIATION_RE.fullmatch(token)) and token not in {"I", "A"}


def _is_org(tokens: list[str]) -> bool:
    if not tokens:
        return False
    if tokens[-1] in ORG_NOUNS or (len(tokens) == 1 and _is_abbreviation(tokens[0])):
        return True
    return any(t in ORG_NOUNS for t in tokens) and tokens[-1] not in PLACE_WORDS


def _is_person(tokens: list[str]) -> bool:
    if not 2 <= len(tokens) <= 4 or tokens[0] in _PLACE_PREFIXES:
        return False
    if any(t in ORG_NOUNS or t in PLACE_WORDS or t in _LEADING_WORDS for t in tokens):
        return False
    return not any(_is_abbreviation(t) and len(t.strip(".")) > 1 for t in tokens)


def _split_title(tokens: list[str]) -> tuple[list[str], list[str], list[str]]:
    """(before, title, name) of a run like "Harbor County Counsel Rebecca Lindqvist"."""
    idx = [i for i, t in enumerate(tokens) if t in TITLE_WORDS]
    if not idx or idx[-1] == len(tokens) - 1:
        return [], [], tokens
    return tokens[: idx[0]], tokens[idx[0] : idx[-1] + 1], tokens[idx[-1] + 1 :]


_ROLE_BEFORE_RE = re.compile(r"(?:^|\s)(?:[Tt]he|[Ii]ts|[\w\-]+['’]s)\s+((?:[\w\-]+\s+){0,3}([\w\-]+)),\s*$")
_ROLE_AFTER_RE = re.compile(r",\s+(?:an?|the)\s+(.{3,80}?)(?=[,;.]|\s(?:who|whose|which|and|since)\s|$)")


def _descriptor(masked_par: str, start: int, end: int) -> tuple[str, str]:
    """(title, organization) from the words around a person's first full mention:
    "Oakland school board member Rosa Ortiz", "Tom Reyes, a spokesperson for the EPA"."""
    words: list[str] = []
    window = masked_par[max(0, start - _ATTRIBUTION_REACH) : start]
    for word in reversed(window.split()):
        if word in _HONORIFICS:
            continue
        if (
            word[-1] in ',;:.()“”"'
            or word.lower() in _NOT_SUBJECT_AFTER | {"said", "told"}
            or word in _LEADING_WORDS
        ):
            break
        words.insert(0, word)
        if len(words) == 6:
            break
    if words and words[-1].lower() not in _ROLE_WORDS:
        words = []
    title = org = ""
    if words:
        split = next((i for i, w in enumerate(words) if w[0].islower() or w in TITLE_WORDS), len(words))
        org_words, title_words = words[:split], words[split:]
        # "Public Works Director" is one title; "Oakland school board member" and "EPA
        # spokesperson" name the organization first.
        names_org = (
            bool(org_words)
            and bool(title_words)
            and (_is_abbreviation(org_words[0]) or title_words[0][0].islower() or _is_org(org_words))
        )
        if names_org and not (len(org_words) == 1 and org_words[0] in ORG_NOUNS):
            org, title = " ".join(org_words), " ".join(title_words)
        else:
            title = " ".join(words)
    if not title:
        m = _ROLE_BEFORE_RE.search(window)
        if m and m.group(2).lower() in _ROLE_WORDS:
            title = m.group(1)
    if not title:
        m = _ROLE_AFTER_RE.match(masked_par, end)
        if m:
            parts = re.split(r"\s+(?:at|for|of|with)\s+(?:the\s+)?", m.group(1), maxsplit=1)
            title = parts[0].strip()
            org = parts[1].strip() if len(parts) > 1 and re.match(rf"[{_UPPER}]", parts[1]) else ""
    return title, org


def _runs(par: str):
    """(start, end, text) of each run of capitalized words, split where a sentence ends
    ("... Rosa Ortiz. According to ..."): a full stop after a word that is not an initial
    or an abbreviation."""
    for m in _RUN_RE.finditer(par):
        start = m.start()
        for token in _WORD_RE.finditer(m.group(0)):
            word = token.group(0)
            if (
                word.endswith(".")
                and len(word) > 2
                and not _DOT_INSIDE_RE.search(word)
                and (word not in _SENTENCE_END_WORDS and word.lower().rstrip(".") not in _ABBREVIATIONS)
            ):
                cut = m.start() + token.end()
                yield start, cut, par[start:cut]
                nxt = _WORD_RE.search(par, cut, m.end())
                start = nxt.start() if nxt else m.end()
        if start < m.end():
            yield start, m.end(), par[start : m.end()]


class _Document:
    """Everyone and everything a story names, in order, to resolve attributions against."""

    def __init__(self, masked: list[str], offsets: list[int]):
        self.persons: dict[str, _Entity] = {}
        self.orgs: dict[str, _Entity] = {}
        self.abbreviations: dict[str, _Entity] = {}
        self.mentions: list[_Mention] = []
        singles: list[tuple[int, str, bool]] = []
        for par, base in zip(masked, offsets, strict=True):
            for m in _ABBR_DEF_RE.finditer(par):
                window_start = max(0, m.start() - _LONGEST_NAME)
                named = _RUN_AT_END_RE.search(par[window_start : m.start()].rstrip())
                tokens = _clean_run(named.group(1).split()) if named else []
                if tokens:
                    org = self.org(" ".join(tokens), base + window_start + named.start())
                    org.abbreviation = m.group(1)
                    self.abbreviations[m.group(1)] = org
            words = [w.span() for w in _WORD_RE.finditer(par)]
            word_starts = [w_start for w_start, _ in words]
            for start, end, run in _runs(par):
                # The word before the run (the part before it, when the run starts mid-word).
                before = bisect_left(word_starts, start)
                prev = par[words[before - 1][0] : min(words[before - 1][1], start)] if before else ""
                subject_like = not prev or prev.lower() not in _NOT_SUBJECT_AFTER
                raw = run.split()
                tokens = _clean_run(raw)
                if not tokens:
                    continue
                skipped = len(raw) - len(tokens)
                pos = base + start + len(" ".join(raw[:skipped])) + (1 if skipped else 0)
                before, title_tokens, name = _split_title(tokens)
                if not title_tokens and _is_org(tokens):
                    org = self.abbreviations.get(tokens[0]) if len(tokens) == 1 else None
                    self.mentions.append(_Mention(pos, org or self.org(" ".join(tokens), pos), subject_like))
                    continue
                if (len(before) > 1 and _is_org(before)) or (
                    len(before) == 1 and _is_abbreviation(before[0])
                ):
                    org = self.abbreviations.get(before[0]) if len(before) == 1 else None
                    self.mentions.append(_Mention(pos, org or self.org(" ".join(before), pos), subject_like))
                if _is_person(name):
                    key = " ".join(name)
                    if key not in self.persons:
                        name_start = par.rfind(" ".join(name), start, end)
                        title, org_name = _descriptor(par, name_start, end)
                        self.persons[key] = _Entity(key, "person", title, org_name, first=pos)
                    self.mentions.append(_Mention(pos, self.persons[key], subject_like))
                elif len(name) == 1:
                    singles.append((pos, name[0], subject_like))
        self.surnames: dict[str, _Entity] = {}
        for person in sorted(self.persons.values(), key=lambda e: e.first):
            self.surnames.setdefault(person.name.split()[-1], person)
        for pos, token, subject_like in singles:
            entity = self.surnames.get(token) or self.abbreviations.get(token)
            if entity is not None:
                self.mentions.append(_Mention(pos, entity, subject_like))
        self.mentions.sort(key=lambda m: m.pos)
        self._positions = [m.pos for m in self.mentions]
        # Indexes of mentions by what a later reference may need ("the agency", "she"), each
        # in text order, so that looking back from a quote never rereads the whole story.
        self._indexes: dict[object, list[int]] = {}

    def _index(self, key, wanted) -> list[int]:
        if key not in self._indexes:
            self._indexes[key] = [i for i, m in enumerate(self.mentions) if wanted(m)]
        return self._indexes[key]

    def _last(self, key, wanted, pos: int) -> _Entity | None:
        """The entity of the last mention before ``pos`` that ``wanted`` accepts."""
        found = self._index(key, wanted)
        n = bisect_left(found, bisect_left(self._positions, pos))
        return self.mentions[found[n - 1]].entity if n else None

    def org(self, name: str, pos: int) -> _Entity:
        name = re.sub(r"^(?:the|The)\s+", "", name)
        if name not in self.orgs:
            self.orgs[name] = _Entity(name, "organization", first=pos)
        return self.orgs[name]

    def last_person(self, pos: int, role: str = "") -> _Entity | None:
        """The last person named before ``pos``: with ``role`` in their title, or else the
        last one named as a subject (not "met with Burke")."""
        if role:
            return self._last(
                ("role", role),
                lambda m: m.entity.kind == "person" and role in m.entity.title.lower(),
                pos,
            )
        return self._last(
            "subject", lambda m: m.entity.kind == "person" and m.subject_like, pos
        ) or self._last("person", lambda m: m.entity.kind == "person", pos)

    def last_org(self, pos: int, noun: str) -> _Entity | None:
        """The last organization named before ``pos`` that ``the <noun>`` can refer to."""
        wanted = frozenset(_ORG_SYNONYMS.get(noun, {noun.capitalize()}))

        def is_org(m: _Mention) -> bool:
            return m.entity.kind == "organization"

        found = self._last(("org", wanted), lambda m: is_org(m) and m.entity.name.split()[-1] in wanted, pos)
        if found is None and noun in _GENERIC_ORG_NOUNS:
            found = self._last("abbreviated", lambda m: is_org(m) and bool(m.entity.abbreviation), pos)
        if found is None and (noun in _GENERIC_ORG_NOUNS or noun in _DOCUMENT_NOUNS):
            found = self._last("org", is_org, pos)
        return found

    def by_name(self, tokens: list[str], pos: int) -> _Entity:
        name = " ".join(tokens)
        if len(tokens) == 1 and tokens[0] in self.abbreviations:
            return self.abbreviations[tokens[0]]
        if name in self.orgs or _is_org(tokens):
            return self.org(name, pos)
        if name in self.persons:
            return self.persons[name]
        if tokens[-1] in self.surnames:
            known = self.surnames[tokens[-1]]
            if len(tokens) == 1 or known.name.split()[0][0] == tokens[0][0]:
                return known
        self.persons[name] = _Entity(name, "person", first=pos)
        return self.persons[name]


# --- who: attribution -------------------------------------------------------------------

# Adverbs and auxiliaries between a speaker and the verb ("Whitfield reportedly said");
# nouns that merely end in -ly ("the family said") are not among them.
_AUX_RE = re.compile(
    r"\s+(?:(?!(?:family|ally|rally|assembly|supply|belly|bully)$)[a-z]+ly|also|later|then|has|had|have|would|will|again|once|first|still|repeatedly|"
    r"previously|recently|often|never|ever|alone|did|does|do|was|is)$"
)
_POSSESSIVE_OWNER_RE = re.compile(
    rf"({_RUN})['’]s\s+(?:office|campaign|administration|spokesperson|spokeswoman|spokesman|staff)$"
)
_DEFINITE_RE = re.compile(r"(?:^|\s)((?:the|The|its|Its)\s+(?:[\w'’\-]+\s+){0,3}[\w'’\-]+)$")


_CAPITAL_RE = re.compile(rf"[{_UPPER}]")


def _definite_head(phrase: str) -> str | None:
    """The role noun of "the agency", "the county's health department"; None otherwise."""
    if _CAPITAL_RE.search(phrase.split(None, 1)[1] if " " in phrase else ""):
        return None
    head = _strip_possessive(phrase.split()[-1]).lower()
    known = head in _PERSON_ROLES or head in _ORG_SYNONYMS or head in _DOCUMENT_NOUNS
    return head if known or head in _GENERIC_ORG_NOUNS else None


_RELATIVE_AT_END_RE = re.compile(r",?\s*\b(?:who|which)$")
_DESCRIPTION_START_RE = re.compile(r"(?:who|whose|which|an?|the|one|its|his|her|their|\d+)\b")
_LAST_WORD_RE = re.compile(r"(\S+)$")


def _subject_before(left: str) -> tuple[str, str] | None:
    """The speaker written at the end of ``left``, the words right before a speech verb,
    as (words, how) with how one of pronoun, definite, proper; None when there is none.
    Relative clauses, ages and descriptions set off by commas are skipped."""
    s = left.rstrip()
    while _AUX_RE.search(" " + s):
        s = _AUX_RE.sub("", " " + s).strip()
    s = _RELATIVE_AT_END_RE.sub(",", s).rstrip()
    for _ in range(3):
        if not s.endswith(","):
            break
        body = s[:-1].rstrip()
        cut = body.rfind(",")
        segment = body[cut + 1 :].strip()
        if cut >= 0 and _RUN_RE.fullmatch(segment) and _clean_run(segment.split()):
            return segment, "proper"
        if cut >= 0 and _DESCRIPTION_START_RE.match(segment):
            s = body[:cut].rstrip()
        else:
            s = body
    last = _LAST_WORD_RE.search(s)
    if not last:
        return None
    if last.group(1).lower() in _PRONOUNS:
        return last.group(1), "pronoun"
    m = _POSSESSIVE_OWNER_RE.search(s)
    if m:
        return m.group(1), "proper"
    m = _DEFINITE_RE.search(s)
    if m and _definite_head(m.group(1)):
        return m.group(1), "definite"
    m = _RUN_AT_END_RE.search(s)
    if m and _clean_run(m.group(1).split()):
        return m.group(1), "proper"
    return None


_INITIAL_OR_TITLE_RE = re.compile(r"(?:\b[A-Z]|\b(?:Dr|Mr|Mrs|Ms|St|Jr|Sr|Gov|Sen|Rep|Lt|Sgt))$")


def _cut_clause(s: str) -> str:
    """``s`` up to the end of the noun phrase that follows a speech verb; the period of an
    initial or a title ("Tom K. Reyes", "Dr. Bose") does not end it."""
    pos = 0
    while True:
        m = _CLAUSE_END_RE.search(s, pos)
        if m is None:
            return s
        if m.group(0) == "." and _INITIAL_OR_TITLE_RE.search(s, max(0, m.start() - 3), m.start()):
            pos = m.end()
            continue
        return s[: m.start()]


def _subject_after(rest: str) -> tuple[str, str] | None:
    """The speaker right after a speech verb: "said Sheriff Dana Whitfield, whose ..."."""
    chunk = _cut_clause(rest).strip()
    if not chunk:
        return None
    first = chunk.split()[0]
    if first.lower() in _PRONOUNS:
        return first, "pronoun"
    m = _RUN_AT_END_RE.search(chunk)
    if m and _clean_run(m.group(1).split()):
        return m.group(1), "proper"
    m = _DEFINITE_RE.search(chunk)
    if m and _definite_head(m.group(1)):
        return m.group(1), "definite"
    return None


_LEADING_PUNCTUATION_RE = re.compile(r"^[\s,—–\-]+")
_ACCORDING_TO_RE = re.compile(r"according to\s+", re.I)
_CLAUSE_STOP_RE = re.compile(r"[.;:]\s")


def _attribution_after(post: str) -> tuple[str, str, str] | None:
    """(speaker, how, verb) from the words after a closing quote mark."""
    rest = _LEADING_PUNCTUATION_RE.sub("", post)
    if not rest:
        return None
    m = _ACCORDING_TO_RE.match(rest)
    if m:
        found = _subject_after(rest[m.end() :])
        return (*found, "according to") if found else None
    m = _VERB_RE.match(rest)
    if m:
        found = _subject_after(rest[m.end() :])
        return (*found, m.group(1)) if found else None
    for m in _VERB_RE.finditer(rest):
        left = rest[: m.start()]
        if len(left.split()) > 9 or _CLAUSE_STOP_RE.search(left):
            break
        found = _subject_before(left)
        if found:
            return (*found, m.group(1))
    return None


def _attribution_before(pre: str) -> tuple[str, str, str] | None:
    """(speaker, how, verb) from the words of the sentence before an opening quote mark."""
    m = re.search(r"\baccording to\s+(.+?),\s*$", pre, re.I)
    if m:
        found = _subject_after(m.group(1))
        if found:
            return (*found, "according to")
    for m in reversed(list(_VERB_RE.finditer(pre))):
        found = _subject_before(pre[: m.start()])
        if found:
            return (*found, m.group(1))
    return None


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


# --- resolution -------------------------------------------------------------------------


def _key(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", name.casefold()).split())


def _name_tokens(head: str) -> list[str]:
    tokens = _clean_run(head.split())
    name = _split_title(tokens)[2]
    return name or tokens


def _resolve(head: str, how: str, pos: int, doc: _Document) -> _Entity | None:
    if how == "pronoun":
        if head.lower() in {"it", "we"}:
            return doc.last_org(pos, "group") or doc.last_person(pos)
        return doc.last_person(pos)
    if how == "definite":
        noun = _definite_head(head) or ""
        if noun in _PERSON_ROLES:
            return doc.last_person(pos, role=noun)
        return doc.last_org(pos, noun)
    tokens = _name_tokens(head)
    return doc.by_name(tokens, pos) if tokens else None


def match_source(entity_name: str, kind: str, sources, *, abbreviations=()) -> object | None:
    """The one record among ``sources`` that a speaker named ``entity_name`` is: the same
    name; for an organization the same abbreviation or a name one ends with the other
    ("U.S. Environmental Protection Agency"); for a person the same surname with a
    compatible first name. None when no record, or more than one, fits."""
    if not sources:
        return None
    key = _key(entity_name)
    for source in sources:
        if _key(source.name) == key:
            return source
    if kind == "organization":
        wanted = {a.upper() for a in abbreviations if a}
        for source in sources:
            if source.abbreviation and source.abbreviation.upper() in wanted:
                return source
        for source in sources:
            other = _key(source.name)
            if len(other.split()) >= 2 and (key.endswith(" " + other) or other.endswith(" " + key)):
                return source
        return None
    tokens = key.split()
    if not tokens:
        return None
    found = []
    for source in sources:
        theirs = _key(source.name).split()
        if getattr(source, "kind", "person") == "organization" or not theirs or theirs[-1] != tokens[-1]:
            continue
        if len(tokens) == 1 or theirs[0] == tokens[0]:
            found.append(source)
    return found[0] if len(found) == 1 else None


# Names looked up per query: a story naming thousands of people must not build one condition
# deeper than a database accepts (SQLite stops at a depth of 1,000).
_NAMES_PER_QUERY = 100
_MAX_CANDIDATES = 500


def _narrow(sources, names: set[str]) -> list:
    """Only the records that could match (the first 500 by id), in one query when
    ``sources`` is a QuerySet, and one more for each further hundred names."""
    if sources is None:
        return []
    if not hasattr(sources, "filter"):
        return list(sources)
    from django.db.models import Q

    ordered = sorted(names)
    found: dict[int, object] = {}
    for first in range(0, max(len(ordered), 1), _NAMES_PER_QUERY):
        condition = Q(pk__in=[])
        for name in ordered[first : first + _NAMES_PER_QUERY]:
            tokens = name.split()
            if tokens:
                last = tokens[-1]
                condition |= Q(name__iexact=name) | Q(name__iendswith=" " + last) | Q(name__iexact=last)
                condition |= Q(abbreviation__iexact=last)
        for source in sources.filter(condition).order_by("pk")[:_MAX_CANDIDATES]:
            found.setdefault(source.pk, source)
    return [found[pk] for pk in sorted(found)[:_MAX_CANDIDATES]]


# --- the finder -------------------------------------------------------------------------


def find_quotes(text_or_html: str, sources=None, *, newsroom: str | None = None) -> list[FoundQuote]:
    """Every direct quotation in ``text_or_html`` with its speaker, in reading order.

    ``sources`` (a list or QuerySet of Source) are the records a speaker may resolve to;
    a QuerySet is narrowed to the possible matches in one query. Speakers that match none
    come back with a ``ProposedSource``. ``newsroom`` is the publication's own name, for
    "told the Chronicle" (default: the SITE_NAME setting).

    Raises ``TextTooLong`` when the text is longer than ``MAX_TEXT_LENGTH`` characters, or
    the input with its markup longer than twice that.
    """
    if newsroom is None:
        newsroom = _site_name()
    if len(text_or_html or "") > 2 * MAX_TEXT_LENGTH:
        raise TextTooLong(len(text_or_html))
    pars = paragraphs(text_or_html)
    text_length = sum(len(par) + 2 for par in pars) - 2 if pars else 0
    if text_length > MAX_TEXT_LENGTH:
        raise TextTooLong(text_length)
    offsets, pos = [], 0
    for par in pars:
        offsets.append(pos)
        pos += len(par) + 2
    all_spans = [_find_spans(i, par) for i, par in enumerate(pars)]
    for par, spans in zip(pars, all_spans, strict=True):
        for span in spans:
            _classify(par, span)
    masked = [_mask(par, spans) for par, spans in zip(pars, all_spans, strict=True)]
    doc = _Document(masked, offsets)

    quotes: list[_Span] = []
    for i, (par, spans) in enumerate(zip(pars, all_spans, strict=True)):
        ends = _sentence_ends(masked[i])
        live = [s for s in spans if s.kind == "quote"]
        hints = _obtained_hints(masked[i]) if live else None
        last_direct: _Span | None = None
        for n, span in enumerate(live):
            before_open = bisect_right(ends, span.open)
            sentence_start = ends[before_open - 1] if before_open else 0
            pre_from = max(sentence_start, live[n - 1].end_mark if n else 0)
            pre = masked[i][pre_from : span.open]
            following = live[n + 1].open if n + 1 < len(live) else len(par)
            after_close = bisect_right(ends, span.end_mark)
            post_to = min(following, ends[after_close]) if after_close < len(ends) else following
            post = masked[i][span.end_mark : post_to] if span.close is not None else ""
            first_char = par[span.content_start : span.content_start + 1]
            span.partial = (
                bool(pre.strip()) and not pre.rstrip().endswith((",", ":"))
            ) or first_char.islower()
            found = _attribution_after(post[:_ATTRIBUTION_REACH]) if post.strip() else None
            if not found and pre.strip():
                found = _attribution_before(pre[-_ATTRIBUTION_REACH:])
            context_start = max(sentence_start, span.open - _ATTRIBUTION_REACH)
            context_end = min(post_to, span.end_mark + _ATTRIBUTION_REACH)
            span.context = masked[i][context_start:context_end]
            if hints is not None:
                first = bisect_left(hints[0], context_start)
                last = bisect_right(hints[0], context_end)
                span.obtained_hints = frozenset(
                    kind for _, end, kind in hints[1][first:last] if end <= context_end
                )
            if found:
                span.head, span.how, span.verb = found
                span.direct = True
            credited_before = last_direct is not None and last_direct.open >= sentence_start
            if span.direct:
                last_direct = span
            if len(_words(par[span.content_start : span.content_end])) <= 3 and not _short_is_quote(
                par, span, pre, credited_before
            ):
                span.kind = "scare"
                continue
            quotes.append(span)

    _attribute(quotes, masked, offsets, doc)

    names = {span.entity.name for span in quotes if span.entity is not None}
    names |= {
        span.entity.abbreviation for span in quotes if span.entity is not None and span.entity.abbreviation
    }
    names |= {" ".join(_name_tokens(s.head)) for s in quotes if s.how == "proper"}
    candidates = _narrow(sources, names)

    results = []
    for span in quotes:
        base = offsets[span.par]
        # The comma before an attribution sits inside the marks in American style; it is not
        # part of what was said.
        text = pars[span.par][span.content_start : span.content_end].rstrip().rstrip(",;:").rstrip()
        source = proposed = None
        if span.entity is not None:
            written = _name_tokens(span.head) if span.how == "proper" else []
            abbreviations = [span.entity.abbreviation, *[t for t in written if _is_abbreviation(t)]]
            source = match_source(span.entity.name, span.entity.kind, candidates, abbreviations=abbreviations)
            proposed = None if source is not None else span.entity.proposal()
        results.append(
            FoundQuote(
                text=text,
                start=base + span.content_start,
                end=base + span.content_start + len(text),
                speaker=span.head,
                source=source,
                proposed=proposed,
                is_partial=span.partial,
                obtained=_obtained(span.context, span.verb, newsroom, span.obtained_hints),
                verb=span.verb,
                paragraph=span.par,
            )
        )
    return results


def _site_name() -> str:
    try:
        from django.conf import settings

        name = getattr(settings, "SITE_NAME", "")
    except Exception:  # settings not configured: the finder still works on bare text
        name = ""
    return re.sub(r"^the\s+", "", name or "", flags=re.I)


_NAME_BEFORE_RE = re.compile(rf"[{_UPPER}][\w'’.\-]*\s$")
_NAME_AFTER_RE = re.compile(rf"\s+[{_UPPER}]")
_WORD_AFTER_RE = re.compile(r"\s+([a-z][\w'’\-]*)")


def _classify(par: str, span: _Span) -> None:
    """Mark nicknames and titles of works or slogans, which are never quotations."""
    content = par[span.content_start : span.content_end].strip()
    if not re.search(r"[^\W\d_]", content):
        span.kind = "title"
        return
    n_words = len(_words(content))
    if (
        n_words <= 3
        and _is_title_case(content)
        and _NAME_BEFORE_RE.search(par, max(0, span.open - _LONGEST_WORD), span.open)
        and _NAME_AFTER_RE.match(par, span.end_mark)
    ):
        span.kind = "nickname"
    elif n_words <= 10 and span.close is not None and _is_title_case(content):
        # The clause after the marks, up to 160 characters (one more to see a stop at the edge).
        after = par[span.end_mark : span.end_mark + 161]
        if not _attribution_after(re.split(r"[.;]\s", after, maxsplit=1)[0][:160]):
            span.kind = "title"


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
            return False
    return span.direct or credited_before


def _attribute(quotes: list[_Span], masked: list[str], offsets: list[int], doc: _Document) -> None:
    """Resolve each attribution. A quote with none takes the speaker of the quote it carries
    on from, of an introduction ending in a colon, or of its neighbour in the paragraph."""
    previous: _Span | None = None
    text_starts = [len(par) - len(par.lstrip()) for par in masked]
    # For each quote, the next credited quote in its paragraph (found in one pass backwards).
    next_direct: list[_Span | None] = [None] * len(quotes)
    for index in range(len(quotes) - 2, -1, -1):
        later = quotes[index + 1]
        if later.par == quotes[index].par:
            next_direct[index] = later if later.direct else next_direct[index + 1]
    for index, span in enumerate(quotes):
        pos = offsets[span.par] + span.open
        if span.head:
            span.entity = _resolve(span.head, span.how, pos, doc)
        if span.entity is None:
            starts_paragraph = text_starts[span.par] >= span.open
            parent = None
            if starts_paragraph and previous and previous.par == span.par - 1 and previous.close is None:
                parent = previous
            elif starts_paragraph and span.par > 0 and masked[span.par - 1].rstrip().endswith(":"):
                intro = masked[span.par - 1]
                last_start = max([e for e in _sentence_ends(intro) if e < len(intro.rstrip())], default=0)
                found = _attribution_before(intro[last_start:].rstrip().rstrip(":")[-_ATTRIBUTION_REACH:])
                if found:
                    span.head, span.how, span.verb = found
                    span.context, span.obtained_hints = intro, None
                    span.entity = _resolve(span.head, span.how, pos, doc)
            if span.entity is None and parent is None:
                if previous and previous.par == span.par and previous.entity is not None:
                    parent = previous
                else:
                    parent = next_direct[index]
                    if parent is not None:
                        parent.entity = _resolve(
                            parent.head, parent.how, offsets[parent.par] + parent.open, doc
                        )
            if parent is not None and parent.entity is not None:
                span.entity, span.head, span.how = parent.entity, parent.head, parent.how
                span.verb, span.context = parent.verb, parent.context
                span.obtained_hints = parent.obtained_hints
        previous = span
