"""The finder: the stages in order, from a story's text to its quotations and speakers."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import asdict, dataclass

from .attribution import _attribute, _attribution_after, _attribution_before, _described_subject
from .marks import (
    _CAPTION_RE,
    _DOUBLE_MARKS_RE,
    _classify,
    _find_single_spans,
    _find_spans,
    _mask,
    _short_is_quote,
    _Span,
    _words,
)
from .mentions import DESCRIBED_SPEAKER_RE, _Document, _is_abbreviation, _is_person, _name_tokens
from .obtained import (
    _PLACED_AWAY_RE,
    OUTLET_CITED_RE,
    _obtained,
    _obtained_hints,
    _reports_a_meeting,
    own_outlet_names,
)
from .proposals import ProposedSource, _narrow, match_body, match_source
from .text import MAX_TEXT_LENGTH, TextTooLong, _sentence_ends, paragraphs_and_captions
from .vocabulary import _ATTRIBUTION_REACH, _BYLINE_RE, _FINDING_RE, _LONGEST_WORD, _RUN, _TOKEN, _VERB_RE


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
    pars, captions = paragraphs_and_captions(text_or_html)
    text_length = sum(len(par) + 2 for par in pars) - 2 if pars else 0
    if text_length > MAX_TEXT_LENGTH:
        raise TextTooLong(text_length)
    offsets, pos = [], 0
    for par in pars:
        offsets.append(pos)
        pos += len(par) + 2
    # British copy quotes between single marks and nests double ones inside ("'He said, "Watch
    # this," and drove off'"): single marks are the quotation marks when the story has no
    # double ones, or when it closes more quotations between single marks than between double.
    all_spans = [_find_spans(i, par) for i, par in enumerate(pars)]
    if any(_SINGLE_MARKS_RE.search(par) for par in pars):
        doubles = any(_DOUBLE_MARKS_RE.search(par) for par in pars)
        single_spans = [_find_single_spans(i, par) for i, par in enumerate(pars)]
        if not doubles or _closed(single_spans) > _closed(all_spans):
            all_spans = single_spans
        else:
            # A paragraph of copy in the other style, without double marks: its single marks
            # are quotation marks where someone is credited with the words between them
            # ("'There have been near misses,' she said.", "said his ‘contribution is immense’").
            for i, par in enumerate(pars):
                if single_spans[i] and not all_spans[i]:
                    credited = [span for span in single_spans[i] if _credited_between_singles(par, span)]
                    if credited:
                        all_spans[i] = credited
    byline = _headline_block(pars)
    for index, (par, spans) in enumerate(zip(pars, all_spans, strict=True)):
        # A photo's caption and the headline over a story repeat words the story quotes.
        skip = (
            index in captions
            or _CAPTION_RE.match(par)
            or (index == 0 and len(pars) > 1 and _is_headline(par))
            # The headlines and standfirst over the byline.
            or index < byline
        )
        for span in spans:
            if skip:
                span.kind = "caption"
            else:
                _classify(par, span)
    masked = [_mask(par, spans) for par, spans in zip(pars, all_spans, strict=True)]
    sentence_ends = [_sentence_ends(par) for par in masked]
    doc = _Document(masked, offsets, sentence_ends, aliases=_nicknames(pars, all_spans))
    # A story whose first paragraphs report a meeting or hearing: its first three, a byline not
    # counted; or the headlines over its byline and the two paragraphs after it.
    if byline:
        lead = masked[:byline] + masked[byline + 1 : byline + 3]
    else:
        lead = [par for par in masked[:4] if not _BYLINE_RE.match(par)][:3]
    at_meeting = _reports_a_meeting(lead)
    own_names = own_outlet_names(masked)
    # Where the story first cites an outlet other than its own, which "the paper" after may mean.
    first_cited = next(
        (
            offsets[i] + m.start()
            for i, par in enumerate(masked)
            for m in OUTLET_CITED_RE.finditer(par)
            if not (m.group(1) and m.group(1) in own_names)
        ),
        None,
    )
    defined = frozenset(doc.abbreviations)

    quotes: list[_Span] = []
    for i, (par, spans) in enumerate(zip(pars, all_spans, strict=True)):
        ends = sentence_ends[i]
        live = [s for s in spans if s.kind == "quote"]
        hints = _obtained_hints(masked[i]) if live else None
        last_direct: _Span | None = None
        kept_end, skipped, skipped_after = 0, 0, -1
        for n, span in enumerate(live):
            if n and live[n - 1].kind == "quote":
                kept_end = live[n - 1].end_mark
            before_open = bisect_right(ends, span.open)
            sentence_start = ends[before_open - 1] if before_open else 0
            # Words before the last quotation kept, in the sentence: one read as a label or a
            # scare quote ('downgraded it to “hold” from “buy”, saying') is part of them.
            # As far as attribution reads, and for the first few labels after a quotation kept
            # only, so that a long run of labels is not read again for each of them.
            pre_from = max(sentence_start, kept_end)
            if n and pre_from < live[n - 1].end_mark:
                skipped = skipped + 1 if skipped_after == pre_from else 1
                skipped_after = pre_from
                if skipped > _LABELS_READ_PAST:
                    pre_from = live[n - 1].end_mark
                else:
                    pre_from = max(pre_from, span.open - _ATTRIBUTION_REACH)
            pre = masked[i][pre_from : span.open]
            following = live[n + 1].open if n + 1 < len(live) else len(par)
            after_close = bisect_right(ends, span.end_mark)
            post_to = min(following, ends[after_close]) if after_close < len(ends) else following
            post = masked[i][span.end_mark : post_to] if span.close is not None else ""
            first_char = par[span.content_start : span.content_start + 1]
            # A quotation carried on after a mid-sentence attribution ("“I was ready to stop,”
            # she said, “but I wasn't ready for it to stop.”") is as whole as the one before it.
            continued = (
                n > 0
                and pre_from == live[n - 1].end_mark
                and pre.rstrip().endswith(",")
                and not live[n - 1].partial
            )
            span.partial = (bool(pre.strip()) and not pre.rstrip().endswith((",", ":"))) or (
                first_char.islower() and not continued
            )
            found = _attribution_after(post[:_ATTRIBUTION_REACH]) if post.strip() else None
            if (
                found
                and pre.strip()
                and (
                    _NEW_CLAUSE_RE.match(post)
                    or (
                        par[span.content_start : span.content_end].rstrip()[-1:] in {".", "!", "?"}
                        and _NEW_SENTENCE_RE.match(post)
                    )
                )
            ):
                # "The Review called it “a quiet novel”, and the critic Ada Roe wrote that": the
                # words after "and" open a clause of their own, with a speaker of their own; "...
                # said the ruling would be “a reference point for every permit.” In a post on
                # Facebook, the center called it": the stop inside the marks ends the sentence,
                # and the next has a speaker of its own. The quotation is the one's before it.
                found = _attribution_before(pre[-_ATTRIBUTION_REACH:]) or found
            if not found and pre.strip():
                found = _attribution_before(pre[-_ATTRIBUTION_REACH:])
            if not found and pre.strip() and post.strip():
                found = _described_subject(pre[-_ATTRIBUTION_REACH:], post[:_ATTRIBUTION_REACH])
            context_start = max(sentence_start, span.open - _ATTRIBUTION_REACH)
            context_end = min(post_to, span.end_mark + _ATTRIBUTION_REACH)
            span.context = masked[i][context_start:context_end]
            span.lead_in = masked[i][max(0, context_start - _ATTRIBUTION_REACH) : context_start]
            if hints is not None:
                first = bisect_left(hints[0], context_start)
                last = bisect_right(hints[0], context_end)
                span.obtained_hints = frozenset(
                    kind for _, end, kind in hints[1][first:last] if end <= context_end
                )
                # The same words in the last sentence before the context.
                before = bisect_left(ends, context_start) - 1
                earlier_start = max(context_start - _ATTRIBUTION_REACH, ends[before] if before >= 0 else 0, 0)
                first = bisect_left(hints[0], earlier_start)
                last = bisect_left(hints[0], context_start)
                span.earlier_hints = frozenset(
                    kind for _, end, kind in hints[1][first:last] if end <= context_start
                )
            if found:
                span.head, span.how, span.verb = found
                span.direct = True
            credited_before = last_direct is not None and last_direct.open >= sentence_start
            if span.direct:
                last_direct = span
            if (
                len(_words(par[span.content_start : span.content_end])) <= 3
                and not _short_is_quote(
                    par,
                    span,
                    pre,
                    credited_before
                    # "a government official reportedly said the country was “not ready”": credited
                    # to someone the story does not name.
                    or (not span.direct and bool(DESCRIBED_SPEAKER_RE.search(pre[-_ATTRIBUTION_REACH:]))),
                )
            ):
                span.kind = "scare"
                continue
            # "states that “...” and that “...”": a quotation joined to the one before it in the
            # sentence stands as that one does.
            joined = (
                bool(quotes)
                and quotes[-1].par == i
                and quotes[-1].open >= sentence_start
                and bool(_JOINED_RE.fullmatch(pre))
            )
            if (
                span.partial
                and not span.direct
                and first_char.islower()
                and not credited_before
                and not joined
                # The words between this quotation and its neighbours, read once each.
                and not _VERB_RE.search(pre[-_ATTRIBUTION_REACH:])
                and not _VERB_RE.search(post[:_ATTRIBUTION_REACH])
                # "Judge Caroline Hatherley found ... that dismissal was 'outside the band'".
                and not _FINDING_RE.search(pre[-_ATTRIBUTION_REACH:])
            ):
                # Words in lowercase inside a sentence without a word of speaking are a label or a
                # category ("tallest and “most likely to appear in a horror film.”"), not a quotation.
                span.kind = "scare"
                continue
            quotes.append(span)

    _attribute(quotes, masked, offsets, doc)
    _credit_pull_quotes(quotes, pars, masked)

    names = {span.entity.name for span in quotes if span.entity is not None and span.entity.name}
    names |= {
        span.entity.abbreviation for span in quotes if span.entity is not None and span.entity.abbreviation
    }
    names |= {" ".join(_name_tokens(s.head)) for s in quotes if s.how == "proper"}
    described = {span.head: _described_body(span.head) for span in quotes if _unresolved_body(span)}
    names |= {words for words in described.values() if words}
    candidates = _narrow(sources, names)

    results = []
    obtained_by_span: dict[int, str] = {}
    placed_away: set[int] = set()
    placed_at: set[int] = set()
    previous: _Span | None = None
    for span in quotes:
        base = offsets[span.par]
        lead_in, earlier_hints = span.lead_in, span.earlier_hints
        setting = ""
        if not lead_in.strip() and span.par > 0:
            # The scene the paragraph before sets ("Outside the courtroom, members had waited."):
            # where a quotation opening the next one was spoken.
            before = masked[span.par - 1].rstrip()
            start = max([e for e in sentence_ends[span.par - 1] if e < len(before)], default=0)
            setting = before[max(start, len(before) - _ATTRIBUTION_REACH) :]
        if (
            not lead_in.strip()
            and span.par > 0
            and span.entity is not None
            and span.entity.name
            # "Lindqvist said later outside the union hall": words placed by their own sentence.
            and not _PLACED_AWAY_RE.search(span.context.lower())
        ):
            # A quotation opening its paragraph: the sentence before that names its speaker
            # tells how the words came ("X said after the meeting that ...", "X told the
            # Observer ...").
            before = masked[span.par - 1].rstrip()
            start = max([e for e in sentence_ends[span.par - 1] if e < len(before)], default=0)
            start = max(start, len(before) - _ATTRIBUTION_REACH)
            opener = before[start:].lstrip(" .!?”\"’'")
            # "The prefect, Anne-Sophie Reynaud, met a delegation. Afterwards she told Radio
            # Verdon ....\n\n“...,” Reynaud said.": the paragraph before names the speaker, then
            # its last sentence goes on about them by a pronoun.
            named = doc.names(span.entity, offsets[span.par - 1] + start, base) or (
                _PRONOUN_OPENER_RE.match(opener)
                and doc.names(span.entity, offsets[span.par - 1], offsets[span.par - 1] + start)
            )
            if named or (
                # "She told the Gazette she wants to study engineering.\n\n“...,” she said.": the
                # pronoun the sentence before opens with means the same person.
                span.how == "pronoun"
                and span.head.lower() in {"he", "she"}
                and opener.startswith(span.head.capitalize() + " ")
            ):
                lead_in, earlier_hints = before[start:], None
        elif (
            not lead_in.strip()
            and span.par > 0
            and (span.entity is None or not span.entity.name)
            and span.how == "definite"
            and span.head.lower().startswith("the ")
        ):
            # "One resident who stayed told ABC Radio he was sheltering.\n\n“...,” the man said.":
            # someone the sentence before introduces without a name, whose words came as it says.
            before = masked[span.par - 1].rstrip()
            start = max([e for e in sentence_ends[span.par - 1] if e < len(before)], default=0)
            start = max(start, len(before) - _ATTRIBUTION_REACH)
            opener = before[start:].lstrip(" .!?”\"’'")
            if opener.startswith(("One ", "A ", "An ")):
                lead_in, earlier_hints = before[start:], None
        # The comma before an attribution sits inside the marks in American style; it is not
        # part of what was said.
        text = pars[span.par][span.content_start : span.content_end].rstrip().rstrip(",;:").rstrip()
        source = proposed = None
        # Someone the story will not name ("who asked not to be named") is credited as nobody.
        if span.entity is None and described.get(span.head):
            # "The sheriff's office had a message": the one recorded body whose name ends so.
            source = match_body(described[span.head], candidates)
        if span.entity is not None and span.entity.name:
            written = _name_tokens(span.head) if span.how == "proper" else []
            abbreviations = [span.entity.abbreviation, *[t for t in written if _is_abbreviation(t)]]
            source = match_source(span.entity.name, span.entity.kind, candidates, abbreviations=abbreviations)
            proposed = None if source is not None else span.entity.proposal()
        # Someone whose words the story placed away from the meeting ("said after the inquest",
        # "speaking outside the hearing") spoke to the reporter there, and their later words
        # too, unless the story places those at the meeting.
        away = span.entity is not None and span.entity.name and id(span.entity) in placed_away
        # Someone whose words the story placed at a sitting ("told the House", "told senators")
        # spoke there, and their plain words after those were spoken there too.
        placed_at_meeting = span.entity is not None and span.entity.name and id(span.entity) in placed_at
        if span.entity is not None and span.entity.name and (at_meeting or placed_at_meeting):
            if _PLACED_AWAY_RE.search((lead_in + " " + span.context).lower()):
                placed_away.add(id(span.entity))
        carried = obtained_by_span.get(id(span.carries_on)) if span.carries_on is not None else None
        # A quotation carrying on from the one before came the same way: "“...,” she wrote. “...”"
        obtained = carried or _obtained(
            span.context,
            span.verb,
            newsroom,
            span.obtained_hints,
            lead_in=lead_in,
            earlier_hints=earlier_hints,
            at_meeting=(at_meeting or placed_at_meeting) and not away,
            own_names=own_names,
            defined=defined,
            setting=setting,
            speaker_title=span.entity.title if span.entity is not None else "",
            outlet_cited=first_cited is not None and first_cited < offsets[span.par] + span.open,
        )
        if obtained in ("said", "hearing") and span.how == "pronoun" and span.head.lower() == "it":
            if _document_before(masked, sentence_ends, span):
                # "The council's own staff report is less dramatic. It notes that ... “...”":
                # what the document the sentence before names says is written in it, though the
                # story reports the meeting it went to.
                obtained = "document"
        if (
            obtained == "said"
            and previous is not None
            and previous.par == span.par - 1
            and span.entity is not None
            and previous.entity is span.entity
            and not span.obtained_hints
            and obtained_by_span[id(previous)] in _CARRIED_WAYS
            # "Speaking to reporters in Kuala Lumpur later, Azman said": words given elsewhere.
            and not _PLACED_AWAY_RE.search((lead_in + " " + span.context).lower())
        ):
            # "..., the Governor said in a condolence message.\n\nThe governor said: “...”": the
            # next paragraph's plain words from the same speaker go on in the same message.
            obtained = obtained_by_span[id(previous)]
        if (
            obtained == "said"
            and previous is not None
            and previous.par == span.par
            and span.entity is not None
            and previous.entity is span.entity
            and not span.obtained_hints
            and obtained_by_span[id(previous)] in _SAME_PARAGRAPH_WAYS
            and not _PLACED_AWAY_RE.search(span.context.lower())
        ):
            # "“Everyone is dug in,” Adams said. He described the stand-off as “a disaster”.",
            # after "Adams told eNCA": the same speaker, in the same paragraph, told the same
            # outlet the same way.
            obtained = obtained_by_span[id(previous)]
        if (
            obtained == "said"
            and previous is not None
            and previous.par == span.par - 1
            and previous.close is None
            and span.entity is not None
            and previous.entity is span.entity
            and not span.obtained_hints
            and obtained_by_span[id(previous)] in _SAME_PARAGRAPH_WAYS
        ):
            # "X told Citi FM ....\n\n“What we saw is not only about the rain.\n\n“We have opened
            # two shelters,” he said.": the closing paragraph of words that ran on from the one
            # before came as they did.
            obtained = obtained_by_span[id(previous)]
        if obtained == "hearing" and span.entity is not None and span.entity.name:
            placed_at.add(id(span.entity))
        previous = span
        obtained_by_span[id(span)] = obtained
        results.append(
            FoundQuote(
                text=text,
                start=base + span.content_start,
                end=base + span.content_start + len(text),
                speaker=span.head,
                source=source,
                proposed=proposed,
                is_partial=span.partial,
                obtained=obtained,
                verb=span.verb,
                paragraph=span.par,
            )
        )
    return results


# A document named in a sentence: "The council's own staff report", "In its decision", "the
# indictment".
_DOCUMENT_NAMED_RE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?)\s+(?:[\w'’\-]+\s+){0,3}?"
    r"(?:report|decision|ruling|judgment|judgement|indictment|affidavit|petition|filing|study|audit"
    r"|memo|memorandum|letter|lawsuit|complaint|paper|advisory|bulletin|submission|review)\b"
)


# Ways of giving words that the same speaker's plain words in the next paragraph go on in: "“...,”
# she wrote." after "In an email, Tautahi said", then "She cautioned ... “...,” she added."
_CARRIED_WAYS = frozenset(("statement", "interview", "email"))


# Ways a speaker's words came that hold for the rest of the paragraph their words are in.
_SAME_PARAGRAPH_WAYS = frozenset(("interview", "relayed", "told_us"))


def _document_before(masked: list[str], sentence_ends: list[list[int]], span: _Span) -> bool:
    """Whether the sentence before the one holding ``span`` (the last of the paragraph before,
    when it opens its paragraph) names a document, which an "It" opening the next one means."""
    par = masked[span.par]
    ends = [e for e in sentence_ends[span.par] if e <= span.open]
    if ends:
        start = ends[-1]
        before = par[ends[-2] if len(ends) > 1 else 0 : start]
    elif span.par:
        prev = masked[span.par - 1]
        prev_ends = [e for e in sentence_ends[span.par - 1] if e < len(prev.rstrip())]
        before = prev[prev_ends[-1] if prev_ends else 0 :]
    else:
        return False
    return bool(_DOCUMENT_NAMED_RE.search(before))


# The given name before a nickname inside a name, and the surname after it.
_GIVEN_BEFORE_RE = re.compile(rf"(?<![\w'’.\-])({_TOKEN})\s+$")
_SURNAME_AFTER_RE = re.compile(rf"\s+({_TOKEN})")
# "Taufa, known to teammates as “The Fridge”": the name before what someone is known as.
_KNOWN_NAME_BEFORE_RE = re.compile(
    rf"({_RUN}),?\s+(?:(?:who\s+is|better|widely|also)\s+)?(?:known|nicknamed|called)\b[^,.;“”\"]{{0,40}}$"
)


def _nicknames(pars: list[str], all_spans: list[list[_Span]]) -> dict[str, list[str]]:
    """The name each nickname the story gives stands for: "Peg" and "Peg Lindholm" after
    "Marguerite “Peg” Lindholm", "The Fridge" and "Fridge" after "Taufa, known to teammates as
    “The Fridge”" (the name's words, to be read as any mention of it is)."""
    aliases: dict[str, list[str]] = {}
    for par, spans in zip(pars, all_spans, strict=True):
        for span in spans:
            if span.kind != "nickname":
                continue
            nick = par[span.content_start : span.content_end].strip(" ,.")
            given = _GIVEN_BEFORE_RE.search(par, max(0, span.open - _LONGEST_WORD), span.open)
            surname = _SURNAME_AFTER_RE.match(par, span.end_mark)
            known = _KNOWN_NAME_BEFORE_RE.search(par, max(0, span.open - _ATTRIBUTION_REACH), span.open)
            if known:
                name = known.group(1).split()
            elif _WHOM_EVERYONE_CALLS_RE.search(par, max(0, span.open - _LONGEST_WORD), span.open):
                # "When Louisa Bernice Gayle was born ... the woman everyone calls “Granny Lou”
                # said": the one the story is about, the first it names in full.
                name = _first_full_name(pars)
                if not name:
                    continue
            elif given and surname:
                name = [given.group(1), surname.group(1)]
                aliases.setdefault(f"{nick} {surname.group(1)}", name)
            else:
                continue
            aliases.setdefault(nick, name)
            if nick.startswith("The ") and len(nick) > 4:
                aliases.setdefault(nick[4:], name)
    return aliases


# The one the story is about, by what people call them: "the woman everyone calls", "the man
# locals know as".
_WHOM_EVERYONE_CALLS_RE = re.compile(
    r"\b[Tt]he\s+(?:woman|man|girl|boy)\s+(?:everyone|everybody|locals|villagers|neighbours|neighbors"
    r"|friends|people)\s+(?:calls|call|called|knows\s+as|know\s+as)\s*$"
)


def _first_full_name(pars: list[str]) -> list[str]:
    """The first name of a person of two words or more the story's text gives, outside quotation
    marks (not a headline's nickname, "At 100, “Granny Lou” still keeps the keys")."""
    for par in pars[:6]:
        for m in _FULL_NAME_RE.finditer(par):
            tokens = _name_tokens(m.group(0))
            if par[max(0, m.start() - 1) : m.start()] in {"“", '"', "‘", "'"}:
                continue
            if len(tokens) >= 2 and _is_person(tokens):
                return tokens
    return []


_FULL_NAME_RE = re.compile(_RUN)


# How many labels or scare quotes in a row the words before a quotation are read past.
_LABELS_READ_PAST = 4


# A sentence of its own after a closing mark: "In a post on Facebook, the center".
_NEW_SENTENCE_RE = re.compile(r"\s+(?:In|On|At|Later|Earlier|Meanwhile|However|The|A|An|Its|His|Her|Their)\b")


# What joins a second quotation to the first in a sentence: "and that", "and wanted", "or".
# A clause of its own after a quotation: "”, and the critic Ada Roe wrote", "”, but Ortiz said".
_NEW_CLAUSE_RE = re.compile(
    r"[\s,;]*(?:and|but|while|whereas)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,2}[A-Z]"
)


_JOINED_RE = re.compile(r"[\s,]*(?:and|or|but)(?:\s+(?:that|then|also|[a-z]+ed))?\s*")


def _credit_pull_quotes(quotes: list[_Span], pars: list[str], masked: list[str]) -> None:
    """A paragraph that is nothing but a quotation the story quotes again later, word for
    word, is a pull quote set off from the text: it is the later quotation's speaker's, and
    was obtained the same way, not the words of whoever spoke before it."""
    later: dict[str, _Span] = {}
    for span in reversed(quotes):
        words = " ".join(_words(pars[span.par][span.content_start : span.content_end])).casefold()
        alone = not masked[span.par][: span.open].strip() and not masked[span.par][span.end_mark :].strip()
        repeated = later.get(words)
        if alone and repeated is None and len(words) > 20:
            # "‘Families will be making impossible choices’" over "‘Families will be making
            # impossible choices between heating and eating,’ she said": a crosshead may give a
            # later quotation's opening words alone.
            repeated = next((s for w, s in reversed(later.items()) if w.startswith(words + " ")), None)
        if alone and repeated is not None and repeated.entity is not None and len(words) > 20:
            span.entity, span.head, span.how = repeated.entity, repeated.head, repeated.how
            span.verb, span.context = repeated.verb, repeated.context
            span.obtained_hints, span.earlier_hints = repeated.obtained_hints, repeated.earlier_hints
            span.lead_in = repeated.lead_in
            span.carries_on = repeated.carries_on
        later[words] = span


# "the sheriff's office", "its health department": a body described in lowercase, by two words
# or more after the determiner.
_DESCRIBED_BODY_RE = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[a-z][\w'’\-]*\s+){1,3}[a-z][\w\-]*)$")


def _unresolved_body(span: _Span) -> bool:
    return span.entity is None and span.how == "definite" and bool(span.head)


def _described_body(head: str) -> str:
    m = _DESCRIBED_BODY_RE.fullmatch(head.strip())
    return m.group(1) if m else ""


_SINGLE_MARKS_RE = re.compile(r"[‘’']")


def _credited_between_singles(par: str, span: _Span) -> bool:
    """Whether the words between single marks at ``span`` are three or more and credited in
    their sentence, by an attribution right after them or before them."""
    if span.close is None or len(_words(par[span.content_start : span.content_end])) < 3:
        return False
    after = par[span.close + 1 : span.close + 1 + _ATTRIBUTION_REACH]
    if _attribution_after(after):
        return True
    before = par[max(0, span.open - _ATTRIBUTION_REACH) : span.open]
    start = max([e for e in _sentence_ends(before) if e < len(before)], default=0)
    return bool(before[start:].strip()) and _attribution_before(before[start:]) is not None


def _closed(all_spans: list[list[_Span]]) -> int:
    return sum(span.close is not None for spans in all_spans for span in spans)


_HEADLINE_END_RE = re.compile(r"[.!?][”\"’']*\s*$")


# How many paragraphs may stand over a byline: a headline given short and in full, a
# standfirst, a page title in the markup.
_HEADLINES_OVER_BYLINE = 4


def _headline_block(pars: list[str]) -> int:
    """How many paragraphs open the story over its byline as headlines and standfirst (none
    ending a sentence), 0 when no byline follows such paragraphs."""
    for index, par in enumerate(pars[: _HEADLINES_OVER_BYLINE + 1]):
        if _BYLINE_RE.match(par):
            return index
        if not _is_headline(par, words=_STANDFIRST_WORDS):
            return 0
    return 0


# A standfirst may run longer than a headline, though it too ends no sentence.
_STANDFIRST_WORDS = 40


def _is_headline(par: str, *, words: int = 20) -> bool:
    """A first paragraph of at most 20 words (``words``) that does not end a sentence: a headline."""
    return len(par.split()) <= words and not _HEADLINE_END_RE.search(par)


# A sentence opening with "He" or "She", or with a word of when first ("Afterwards she told").
_PRONOUN_OPENER_RE = re.compile(r"(?:[A-Z][a-z]+,? (?:he|she) |(?:He|She) )")


def _site_name() -> str:
    try:
        from django.conf import settings

        name = getattr(settings, "SITE_NAME", "")
    except Exception:  # settings not configured: the finder still works on bare text
        name = ""
    return re.sub(r"^the\s+", "", name or "", flags=re.I)
