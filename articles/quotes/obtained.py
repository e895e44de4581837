"""How the words were obtained, read from the attribution: a ``Quote.Obtained`` value.

Words told another outlet are relayed, words told the newsroom told_us; a statement, an e-mail,
an interview, social media, a hearing or a document is read from the sentence, and "wrote" or
"said in the video" from the medium the sentence before names ("posted on Facebook"). In a
story whose first paragraphs report a meeting or hearing (they name one, or a public body
votes or questions someone), words spoken plainly were spoken there, unless they were said
afterwards, in an interview, by a spokesperson or told anyone but the body.
"""

from __future__ import annotations

import re

from .vocabulary import _BYLINE_OPENER, _FINDING_RE, _UPPER, SPEECH_VERBS

# The words that tell how a quotation was obtained, one group per Quote.Obtained value,
# found in a single pass over the sentence (no keyword overlaps another).
_OBTAINED_RE = re.compile(
    # "a statement to the court" was read out at the hearing.
    r"(?P<statement>\bstatement\b(?! to the (?:court|jury|judge|magistrates?|tribunal|inquest)\b)"
    r"(?! (?:was |were )?read (?:out )?(?:to|in|at|before) (?:the )?(?:court|jury|judge|magistrates?|tribunal"
    r"|inquest|hearing)\b)"
    r"|\bpress release\b|\bnews release\b|\bmessage to\b"
    # "in a condolence message signed by his Chief Press Secretary": an office's message, issued.
    r"|\b(?:condolence|goodwill|congratulatory|solidarity|sympathy) message\b"
    r"|\b(?:warning|alert|advisory|notice|bulletin|update) issued\b"
    r"|\bissued (?:an? |the |its )?(?:[\w\-]+ ){0,2}(?:warning|alert|advisory|bulletin)\b"
    r"|\b(?:media|press|news) release\b"
    # "said in a written response to questions": a statement given in writing.
    r"|\bin (?:a|its|their|his|her) written (?:response|reply|answer|comment)\b"
    # "said in an update": an agency's update, issued.
    r"|\bin (?:an|its|their) (?:[\w\-]+ )?update\b"
    r"|\bin (?:a|the|its|their) (?:[\w\-]+ )?release\b"
    # "“...,” the release said.": the release the story named speaks its words.
    r"|\bthe (?:news |press |media )?release (?:said|says|stated|states|added|read|reads)\b)"
    # An e-mail the words came in ("said in an email"); someone's e-mail only mentioned ("a day
    # before the firm's email") is not.
    # "A reader, Graham, emails:": the verb in the present, before the colon it introduces.
    r"|(?P<email>(?<!['’]s )\be-?mail(?:ed\b|\b|s(?=\s*:)))"
    r"|(?P<interview>\binterview\b)"
    # (Not "posted an 18% fall in earnings", "posted a record profit": results a firm reports.)
    r"|(?P<social>\btweeted\b|\bposted\b(?! (?:an? |its |their )?(?:(?!of )[\w%$.,\-]+ ){0,3}?"
    r"(?:loss|losses|profits?|fall|rise|drop|gains?|increase|decline|deficit|surplus|revenues?|earnings"
    r"|results)\b)|social media|\bon (?:x|threads)\b"
    r"|\b(?:facebook|instagram|tiktok|linkedin|twitter|bluesky|youtube)\b"
    r"|\bin (?:a|his|her|their|its) (?:[\w'’\-]+ ){0,2}post\b"
    r"|\b(?:under|on|beneath|below) (?:a|the|her|his|their|its) (?:[\w'’\-]+ ){0,2}post\b)"
    r"|(?P<hearing>\b(?:hearing|meeting|public comment|closed session|testified|testimony|in court"
    r"|telling members"
    # "Appearing before the Senate Standing Committee on Education, Wafula said": giving evidence.
    r"|(?:appearing|appeared|appears) before (?:the |a )?(?:[\w'’\-]+ ){0,4}?"
    r"(?:committee|court|tribunal|inquiry|commission|panel|senate|parliament|assembly|council|board"
    r"|magistrates?|judge)"
    r"|statement to the (?:court|jury|judge|magistrates?|tribunal|inquest)"
    r"|(?:during|in|at) (?:the|a|this|that|last) (?:[\w'’\-]+ ){0,2}?debate"
    r"|(?:from|in|into|took) the (?:witness box|witness stand|dock)"
    # A trial's opening and closing statements and a victim's impact statement are spoken in court.
    r"|(?:opening|closing|impact) statements?"
    # "In the County Assembly on Tuesday afternoon": a chamber a word may name ("County").
    r"|the court heard"
    r"|in (?:the )?(?:[\w'’\-]+ )?(?:parliament|dáil|senate|legislature|commons|assembly|chamber))\b"
    r"|\btold (?:the |her |his |their |fellow )?(?:legislative |state |county |city |district |full )?"
    r"(?:court|jury|jurors|judge|magistrates?"
    r"|tribunal|inquest|inquiry|committee|council|board|commission|panel|lawmakers|legislators|senators"
    r"|colleagues|councillors|councilors|trustees|members|parliament|mps|senate|house|legislature|delegates"
    r"|assembly"
    # Members of a parliament by the letters after their names: "told MSPs at Holyrood", "told
    # TDs", "told MLAs"; and the chamber they sit in.
    r"|msps|mlas|mpps|mhas|tds|chamber"
    r"|dáil|commons)\b"
    # A parliament's sitting for questions: "during question period", "a tense session of prime
    # minister's questions", "Leaders' Questions".
    r"|\b(?:question period|question time|prime minister['’]s questions|leaders['’] questions|pmqs)\b)"
    # "said the ruling showed": what the words are about, not where they were written.
    r"|(?P<topic>\b(?:said|says|say)\s+(?:that\s+)?(?:the|a|an|its|his|her|their)\s+(?:[\w\-]+\s+)?"
    r"(?:order|ruling|filing|lawsuit|complaint|memo|letter|report|analysis|article|editorial)\b"
    # "described the order as", "called the circular", "travelled from Calabar for the judgment",
    # "clutching a copy of the order", "at the report's launch": a paper someone speaks of, not
    # one their words are written in.
    r"|\b(?:called|calling|described|describing|branded|labelled|labeled|termed|dismissed)\s+"
    r"(?:the|a|an|its|his|her|their|this|that)\s+(?:[\w'’\-]+\s+){0,2}?(?:order|ruling|filing|lawsuit"
    r"|complaint|memo|letter|report|analysis|circular|decision|judgment|judgement|directive|audit)\b"
    r"|\b(?:for|about|over|against|of|on)\s+the\s+(?:[\w'’\-]+\s+)?(?:judgment|judgement|order|ruling"
    r"|report|letter|circular|decision)\b(?!\s+(?:said|says|states|stated|found|finds|notes|noted|reads"
    r"|read|warned|warns|concluded|concludes|added|adds)\b)"
    r"|\b(?:report|letter|memo|ruling|order|circular)['’]s\b"
    # "told little beyond what was in the release": what a statement held, not how words came.
    r"|\bwhat (?:was|is|were) (?:said |written )?in (?:the|a|its|their|his|her) (?:[\w\-]+ )?"
    r"(?:release|statement)\b)"
    r"|(?P<document>\b(?:order|ruling|filing|lawsuit|complaint|memo|letter|report|court records|analysis"
    # "In written testimony, ... said": testimony filed in writing, quoted as written.
    r"|written (?:testimony|evidence|submissions?|comments)"
    # "The authority, in a submission on the file, had noted": a submission to a body, as written.
    r"|\bin (?:a|an|its|their|his|her|the) (?:[\w\-]+ )?submission\b"
    # (not "a level that would have affected his judgment": someone's good sense)
    r"|determination|(?<!his )(?<!her )(?<!their )(?<!my )(?<!your )(?:judgment|judgement)"
    # "In its citation, the society described her as": an award's citation, written.
    r"|citation"
    # "In a victim statement read to the court, she said": written for its writer, read for them.
    r"|statement (?:was |were )?read (?:out )?(?:to|in|at|before) (?:the )?(?:court|jury|judge|magistrates?"
    r"|tribunal|inquest|hearing)"
    # "the indictment states": the charges as filed, a court paper.
    r"|indictment|affidavit"
    # "The declaration, signed by Mayor Craig Hollings at 1.15am, states": an emergency declared
    # in writing (not "said the declaration was a gamble", a captain's).
    r"|(?:declaration|proclamation),? (?:signed|issued|published|gazetted)"
    # "The audit described the plan as", "A circular issued by the health officer directs".
    r"|audit|circular|memorandum|directive"
    # "in an accompanying commentary titled": a journal's piece printed beside a study (not
    # "said in his commentary on the radio", spoken over a match).
    r"|(?:accompanying|written|published) commentary|commentary (?:titled|entitled|headlined)"
    # "In dissent, Justice Ada Roe said", "the majority opinion": a judgment's written reasons.
    r"|in (?:a |his |her |the )?dissent|dissenting (?:opinion|judgment|reasons)|majority (?:opinion|judgment)"
    # "The paper, by Ruiz and 11 co-authors, states", "In the paper, the authors write": a
    # piece of research, quoted as published (not "told the paper", a newspaper).
    r"|(?:[Tt]he|[Tt]heir|[Ii]ts|['’]s) paper,? (?:by|published|states|stated|describes|described|"
    r"warns|warned|concludes|concluded|argues|argued|notes|noted|says|said|suggests|suggested)"
    r"|[Ii]n (?:the|a|their|its) paper"
    # "The paper, in the journal Northern Seas Research, describes": a study, as published.
    r"|(?:the|their|its) (?:paper|study),? (?:published )?in (?:the |a )?(?:[\w\-]+ )?journal"
    # "the note said", "the testimony said", "the decision reads": a note to clients, testimony
    # filed in writing, a ruling, a resolution or a study speaking as documents do.
    # "The resolution's text states": the words of a paper, as written.
    r"|(?:the|a|an|its|his|her|their) (?:[\w'’\-]+ )?"
    r"(?:note|testimony|decision|resolution|study|survey|bulletin|advisory|declaration|proclamation|text|submission"
    r"|wording)"
    r" (?:said|says|read|reads|states|stated|noted|notes|warned|warns|concluded|concludes|described"
    r"|describes|added|adds)"
    r"|in (?:a|an|the|her|his|their|its) (?:client |research |investor )?note"
    # "said in its weekly bulletin that": a forecaster's or a health agency's bulletin, as issued.
    # (Not "in a special weather bulletin issued at 5am": a bulletin issued, a statement.)
    r"|in (?:a|an|the|its|their) (?:[\w.\-]+ ){0,2}?(?:bulletin|advisory)(?! issued\b)"
    # "The authors warn that": a study's, in the paper they wrote.
    r"|(?:the|its|their) authors (?:write|wrote|warn|warned|note|noted|conclude|concluded|argue|argued)"
    # "In its decision, published yesterday, the board said": a body's ruling, as written.
    r"|in (?:its|their|the|a) (?:written |final )?decision"
    # "In findings released on Tuesday, the coroner said", "he said in his findings": a
    # coroner's or a tribunal's findings, as written; "In a notice published on Monday", "in
    # a notification signed by its controller": a body's notice, as issued in writing.
    r"|in (?:(?:a|an|the|his|her|its|their) )?(?:[\w\-]+ ){0,2}?(?:findings|notification)"
    r"|in (?:a|an|the|its|their) (?:[\w\-]+ ){0,2}?notice"
    # "described the novel in its catalogue as", "On the restaurant's website, he describes",
    # "in a programme note": words printed for readers.
    r"|in (?:a|an|the|its|his|her|their) (?:[\w\-]+ )?"
    r"(?:catalogue|catalog|brochure|programme note|program note)"
    r"|on (?:the |its |his |her |their )?(?:[\w\-]+['’]s )?(?:[\w\-]+ )?website"
    r"|article|editorial)\b)"
)


def _kinds(lowered: str) -> set[str]:
    """The groups of ``_OBTAINED_RE`` in ``lowered`` that tell how words were obtained."""
    return {m.lastgroup for m in _OBTAINED_RE.finditer(lowered)} - {"topic"}


def _obtained_hints(masked_par: str) -> tuple[list[int], list[tuple[int, int, str]]] | None:
    """Where each of the _OBTAINED_RE words occurs in a paragraph (start positions, then
    (start, end, group) in order), read in one pass; the sentences of its quotations overlap,
    and reading each one again would take time in the square of their length. None when
    lowercasing moves positions (a few letters, such as "İ", lowercase to two)."""
    lowered = masked_par.lower()
    if len(lowered) != len(masked_par):
        return None
    found = [
        (m.start(), m.end(), m.lastgroup) for m in _OBTAINED_RE.finditer(lowered) if m.lastgroup != "topic"
    ]
    return [start for start, _, _ in found], found


def _obtained(
    context: str,
    verb: str,
    newsroom: str,
    hints: frozenset[str] | None = None,
    lead_in: str = "",
    at_meeting: bool = False,
    own_names: tuple[str, ...] = (),
    earlier_hints: frozenset[str] | None = None,
    defined: frozenset[str] = frozenset(),
    setting: str = "",
    speaker_title: str = "",
    outlet_cited: bool = True,
) -> str:
    """How the words were obtained (a ``Quote.Obtained`` value), read from the attribution:
    told to the newsroom, told to or reported by another outlet (relayed), a statement, an
    e-mail, an interview, social media, a hearing, a document, in that order of precedence;
    else said. ``hints`` are the groups of ``_OBTAINED_RE`` in ``context`` when they are known
    already; ``lead_in`` is the sentence before, where "X told the Chronicle ..." often
    stands; ``at_meeting`` says the story reports a meeting or hearing, where words said
    plainly were said; ``own_names`` are the names the story gives its own outlet
    (``own_outlet_names``); ``earlier_hints``, the groups of ``_OBTAINED_RE`` in the last
    sentence of ``lead_in`` when they are known already; ``defined``, the abbreviations the
    story defines (an agency "told" something is no broadcaster); ``setting``, the last sentence
    of the paragraph before, whose scene, when it opens by setting one ("Outside the courtroom,
    ..."), a story about a meeting moves its plain words to; ``speaker_title``, the title the
    story gives the speaker, a spokesperson's of whom answers the press, not the meeting;
    ``outlet_cited``, whether the story names another outlet before the words (which "the
    paper" may then mean)."""
    text = context.lower()
    found = hints if hints is not None else _kinds(text)
    if "House" in context and "hearing" not in found and _IN_THE_HOUSE_RE.search(context):
        # "she said in the House": the chamber, written with its capital.
        found = frozenset(found) | {"hearing"}
    near = (lead_in.lower() + " " + text) if lead_in else text
    if (
        "told" in near or "asked" in near or "with this " in near or "to this " in near
    ) and _TOLD_US_RE.search(near):
        return "told_us"
    names = [n.lower() for n in (newsroom, *own_names) if n]
    if names and ("told" in near or "tell" in near or " to " in near or " by " in near):
        # "told the Post", and "Speaking to the Champion after the meeting," or "Contacted by
        # the Post," before the speaker's words: they answered the newsroom.
        outlets = "|".join(map(re.escape, names))
        told = re.compile(
            r"\b(?:told|tells|tell|telling|(?:speaking|spoke|talking|talked)\s+to|"
            rf"(?:contacted|approached|reached)\s+by)\s+(?:the\s+)?(?:{outlets})\b"
        )
        if told.search(near):
            return "told_us"
    if not outlet_cited and "paper" in near and _TOLD_THE_PAPER_UNNAMED_RE.search(near):
        # "Whitcomb, 64, told the newspaper this week": in a story that has cited no other
        # outlet, the newspaper is the one publishing it.
        return "told_us"
    if _RELAYED_RE.search(near):
        return "relayed"
    written = (lead_in + " " + context) if lead_in else context
    if "The " in written and _TOLD_THE_PAPER_RE.search(written):
        return "relayed"
    if "told" in near or " to " in near:
        for m in _TOLD_BROADCASTER_RE.finditer(written):
            if (m.group(1) or m.group(2)) not in defined:
                return "relayed"
        for m in _TOLD_PROGRAMME_RE.finditer(written):
            # "told Morning Report on RNZ": a programme, on the broadcaster airing it.
            if m.group(1) not in defined:
                return "relayed"
    if "interview" in near and _TOLD_NAMED_IN_INTERVIEW_RE.search(written):
        # "Mr Teo told Bloomberg in an interview that": an interview that outlet did.
        return "relayed"
    if "reportedly" in near and not _MEETING_RE.search(near):
        # Another outlet reported the words, unless the story places them at a hearing.
        return "relayed"
    if verb.lower() in _WRITE_VERBS or _BACK_REFERENCE_RE.search(text):
        # "Finch posted on Facebook that ... “...,” she wrote.", "“...,” he said in the video.":
        # the words came by the medium the sentence before names.
        # Or the paragraph before, whose last sentence tells of the post ("The singer announced
        # it in an Instagram post.\n\n“...,” she wrote.").
        before = lead_in or setting
        earlier = _kinds(before.lower()) if before else set()
        for kind in ("social", "email"):
            if kind in earlier and not found - {kind}:
                return kind
    if found == {"statement"} and "the statement " in text and _STATEMENT_SPEAKS_RE.search(text):
        # "In a statement read to the court, she said ....\n\n“...,” the statement said.": the
        # statement the sentence before names, written for its writer and read out for them.
        before = lead_in or setting
        if before and "statement" in before and _STATEMENT_READ_RE.search(_last_sentence(before).lower()):
            return "document"
    if verb.lower() in {"stated", "states"} and "document" not in found:
        # "Their report states that": what a document states is written in it.
        return "statement"
    if "document" in found and "hearing" in found and _DOCUMENT_VEHICLE_RE.search(text):
        # "In a report tabled at the meeting, the directorate said", "A council report
        # published ahead of the meeting acknowledged": written in the document, whichever
        # meeting it went to.
        return "document"
    for kind in ("statement", "email", "interview", "social", "hearing"):
        # "said after the meeting" names the meeting and places the words after it.
        if kind in found and not (kind == "hearing" and _PLACED_AWAY_RE.search(text)):
            return kind
    if not found and lead_in and verb.lower() in {"said", "says", "added", "adds"}:
        # "The family said in a message to supporters that ... “...,” the family said.": words
        # said plainly right after a sentence that names a statement, an e-mail or an interview
        # came the same way, as do those it "added" ("In an email, ... said .... He added").
        earlier = earlier_hints
        if earlier is None:
            earlier = _kinds(_last_sentence(lead_in).lower())
        for kind in ("statement", "email", "interview"):
            # "read a statement from the witness box": a statement read out at the hearing.
            # An interview is given away from any sitting (no one reads one out there), whatever
            # the sentence says of the speaker ("spokesperson in the provincial legislature, Imran
            # Keeka, said in an interview").
            if kind in earlier and ("hearing" not in earlier or kind == "interview"):
                return kind
        last = _last_sentence(lead_in).lower()
        if "hearing" in earlier and _TOLD_BODY_RE.search(last) and not _PLACED_AWAY_RE.search(last):
            # "Health Minister Annabel Corrigan-Sethi told parliament on Tuesday the government
            # was ...\n\n“...,” Ms Corrigan-Sethi said.": said where the sentence before placed
            # the speaker's words.
            return "hearing"
    if not found and (lead_in or setting) and verb.lower() in {"said", "says", "added", "adds"}:
        ruling = _IN_ITS_RULING_RE.match(_last_sentence(lead_in or setting))
        if ruling and re.search(rf"\b{re.escape(ruling.group(1).lower())} (?:said|says|added|adds)\b", text):
            # "In its order, the bench observed that ....\n\n“...,” the bench said.": the words
            # of the ruling the sentence before opened with, as written.
            return "document"
    if verb.lower() in _WRITE_VERBS or "document" in found or _FINDING_RE.fullmatch(verb):
        # What a court, a tribunal or an audit "found" or "ruled" is written in its judgment
        # or report.
        return "document"
    # Words a story about a meeting reports in the past tense, or without a verb of their own
    # (someone "brought books to the lectern"), were spoken there; "says" is what the speaker
    # tells the reporter now.
    if (
        at_meeting
        and (verb.lower() in _SPOKEN_VERBS or not verb)
        and not verb.lower().endswith("s")
        and not _AWAY_FROM_MEETING_RE.search(near)
        and not (setting and _SCENE_RE.match(setting))
        and not _SPOKESPERSON_TITLE_RE.search(speaker_title)
        and not _SAID_BEFORE_RE.search(text)
    ):
        return "hearing"
    return "said"


# An outlet word that is only a prefix: "post-match", "post-war" (no Post).
_NOT_A_PREFIX = r"(?!-(?:match|game|war|season|mortem|election|race|fight|budget|pandemic|op)\b)"


_OUTLET_WORDS = (
    r"(?:echo|gazette|times|post|news|herald|tribune|journal|chronicle|courier|ledger|press|reuters|station|paper|"
    r"newspaper|magazine|news agency|network|radio|fm|television|tv|weekly|daily|programme|program|podcast|"
    r"broadcaster|voice|observer|sentinel|advertiser|examiner|telegraph|guardian|mercury|dispatch|enquirer"
    r"|inquirer|argus)"
)


# Words another outlet obtained: "told Channel 7", "told the paper", "the Harbor Gazette reported".
# A broadcaster by its call letters or channel: "KXLM-TV", "Magic-FM".
_STATION = r"[a-z0-9]+-(?:tv|fm|am)\b"


# Words another outlet obtained: "told Channel 7", "told the paper", "speaking to SABC News", "told
# KXLM-TV", "the Harbor Gazette reported".
_RELAYED_RE = re.compile(
    rf"\b(?:told|telling|(?:speaking|spoke|talking|talked)(?:\s+[a-z]+ly)?\s+to)\s+(?:the\s+)?"
    # (not "told his post-match press conference", "told a news conference": said to reporters)
    rf"(?:(?:[\w'’.\-]+\s+){{0,3}}?{_OUTLET_WORDS}\b{_NOT_A_PREFIX}(?!\s+(?:conferences?|briefings?)\b)|{_STATION})"
    r"|\btold\s+channel\s+\d+"
    # "Appearing on BBC Radio 4's Today programme", "said on the Channel 9 coverage": words
    # another outlet broadcast (not "said on the station platform").
    r"|\b(?:appearing|appeared|speaking|spoke|said|says)\s+on\s+(?:the\s+)?(?:channel\s+\d+\b"
    rf"|(?:[\w'’.\-]+\s+){{0,3}}?(?!station|press|post|voice|paper|daily|weekly){_OUTLET_WORDS}\b{_NOT_A_PREFIX})"
    rf"|\b{_OUTLET_WORDS}\s+(?:reported|reports)\b"
    # "he said, according to the broadcaster": words the outlet heard and reported.
    rf"|\b(?:said|says|added|told\s+[a-z]+),\s+according\s+to\s+(?:the\s+)?(?:[\w'’.\-]+\s+){{0,2}}?{_OUTLET_WORDS}\b"
    # "was quoted as saying", "was quoted by the Rashtra News Agency as saying": quoted elsewhere
    # first, as "reportedly said" is (a release that "quoted her as saying" is a statement's).
    r"|\b(?:was|were|is|are|been)\s+(?:also\s+)?quoted\s+(?:by\s+[^.;:“”\"]{2,80}?\s+)?as\s+(?:saying|telling)\b"
    r"|\bin an interview with (?:the\s+)?(?:ap|associated press)\b"
    # "A community leader, quoted by the Post-Courier, said": words another outlet reported.
    rf"|\bquoted\s+by\s+(?:the\s+)?(?:[\w'’.\-]+\s+){{0,3}}?{_OUTLET_WORDS}\b{_NOT_A_PREFIX}"
    # "Kulkarni said, as quoted by the league's website", then "he told the website": words a
    # site reported, as a paper would.
    r"|\bas\s+quoted\s+by\s+(?:the\s+|an?\s+)?(?:[\w'’.\-]+\s+){0,3}?(?:website|site)\b"
    r"|\btold\s+the\s+(?:[\w'’.\-]+\s+)?website\b"
    # "in an interview with the Halden Chronicle-Herald", "In an interview over radio station
    # DZSR": an interview another outlet did.
    # "in a 2015 interview with BBC Radio Cymru": a word may say when or what kind.
    r"|\bin an? (?:[\w\-]+\s+)?interview (?:with|on|over|for)\s+(?:the\s+)?"
    rf"(?:[\w'’.\-]+\s+){{0,3}}?{_OUTLET_WORDS}\b{_NOT_A_PREFIX}"
)


# A document the words came in, named as their vehicle or as the sentence's subject.
_DOCUMENT_VEHICLE_RE = re.compile(
    r"\b(?:in|according to) (?:a|an|the|its|their|his|her) (?:[\w\-]+ ){0,2}"
    r"(?:report|letter|memo|memorandum|filing|submission|ruling|judgment|judgement|dissent|resolution)\b"
    # "The township's letter, which was included in the meeting package, said": its owner's.
    r"|^\W*(?:a|an|the|its|their) (?:[\w'’\-]+ ){0,2}(?:report|letter|memo|memorandum|submission|ruling"
    r"|judgment|judgement|resolution)\b"
)


# Someone told a name in an interview: "told Bloomberg in an interview", "told Radio Kiwi in
# an interview", "told the Orcadian in a 1997 interview".
_TOLD_NAMED_IN_INTERVIEW_RE = re.compile(
    r"\btold\s+(?:[Tt]he\s+)?[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,2}\s+in\s+an?\s+"
    r"(?:(?:[a-z]+|\d{4})\s+)?interview\b"
)


# "told the newspaper", "told the paper": the paper unnamed, the story's own unless another
# outlet was cited before.
_TOLD_THE_PAPER_UNNAMED_RE = re.compile(
    r"\b(?:told|(?:speaking|spoke|talking|talked)\s+to)\s+the\s+(?:news)?paper\b(?!\s*['’]s)"
)


# Another outlet cited by name: "told the Ashworth Echo", "interviewed by the Standard",
# "according to the Portland Business Ledger", "the Kisumu Herald". Any capitalized name after
# such words counts ("told the Senate" too): where one stands, "the paper" after it may be theirs.
OUTLET_CITED_RE = re.compile(
    r"\b(?:told|(?:speaking|spoke|talking|talked)\s+to|according\s+to|(?:interviewed|reported|quoted"
    r"|contacted|reached|approached|asked|reviewed|seen|obtained)\s+by)\s+(?:the\s+|The\s+)?"
    r"([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})"
    rf"|\b[A-Z][\w'’\-]*\s+(?:{_OUTLET_WORDS.replace('(?:', '(?i:', 1)})\b"
)


# A programme someone spoke on, then its broadcaster by its capitals: "told Morning Report on
# RNZ", "told Breakfast on TVNZ".
_TOLD_PROGRAMME_RE = re.compile(
    r"\btold\s+(?:[A-Z][\w'’\-]*\s+){1,4}on\s+([A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*)\b"
)


# A paper whose name begins with a capital "The" inside a sentence: "according to The Mercury",
# "told The Clarion"; a public body's "the" is written small.
_TOLD_THE_PAPER_RE = re.compile(r"\b(?:according to|told|reported by|speaking to|spoke to) The [A-Z]")


# A broadcaster or outlet by a name no person or public body has: letters in capitals
# ("told CBC Saskatchewan", "told RTÉ's Morning Ireland"), maybe after one small letter ("told
# eNCA"), a channel number before or after ("told 7NEWS", "told CNC3"), or capitals inside one
# word ("told SuperSport"), capitals before "fm" ("told SAfm"), or a name and the frequency a
# radio station goes by ("told Power 106 after the match", "told Hot 97."), unless the story
# defines the letters for an organization of its own.
_TOLD_BROADCASTER_RE = re.compile(
    r"\b(?:told|(?:[Ss]peaking|[Ss]poke|[Tt]alking|[Tt]alked)(?:\s+[a-z]+ly)?\s+to)\s+(?:the\s+)?"
    r"((?:\d+[A-Z][A-Za-z]+|[A-ZÀ-Þ]{2,5}\d{1,2}|[A-ZÀ-Þ]{2,6}|[a-z][A-Z]{2,5}|(?!Mc|Mac|De|La|Le|Di|Du|Van|Von)[A-Z][a-z]+[A-Z][a-z]+"
    r"|[A-Z]{1,4}fm))"
    r"(?![\w\-])"
    # The frequency ends the phrase or comes before when or where: not "told Ines 300 jobs would go".
    r"|\b(?:told|(?:[Ss]peaking|[Ss]poke|[Tt]alking|[Tt]alked)\s+to)\s+([A-Z][a-z]+\s\d{2,3}(?:\.\d)?)(?:\s?FM)?"
    r"(?=\s*[,.;]|\s+(?:after|before|on|in|at|during|this|last|that|when|earlier|later)\b)"
)


# Verbs of words spoken aloud, which at a meeting were spoken there; not those of words written
# or posted ("wrote", "tweeted", "emailed", "read" of a sign).
_SPOKEN_VERBS = SPEECH_VERBS - frozenset(
    """write writes wrote writing post posts posted tweet tweets tweeted email emails emailed read
    reads state states stated""".split()
)


# A legislature's chamber, by its capital: "she said in the House", "on the floor of the House"
# (not "the House of Fraser", a shop).
_IN_THE_HOUSE_RE = re.compile(
    r"\b(?:in|on the floor of|before) the House\b"
    r"(?!\s+of\s+(?!Representatives|Commons|Lords|Assembly|Keys|Delegates)[A-Z])"
)


# Words told to a body in session: "told parliament", "told the court", "told the committee".
_TOLD_BODY_RE = re.compile(
    # "told the Legislative Assembly", "appeared before the Assembly's health committee": a word
    # may say which.
    r"\b(?:told|(?:appeared|appearing) before) (?:the )?(?:[\w'’\-]+ )?(?:court|jury|tribunal|inquest|inquiry"
    r"|committee|council|parliament|senate|house|legislature|assembly|dáil|commons|chamber|mps|msps|mlas|mpps"
    r"|mhas|tds)\b"
)


# A sentence opening with the ruling or the document its words come in: "In its order, the bench
# observed", "In a 40-page judgment, the court said".
_IN_ITS_RULING_RE = re.compile(
    r"\W*In (?:its|their|his|her|the|a|an) (?:[\w\-]+ ){0,2}?"
    r"(?:order|ruling|judgment|judgement|decision|report|filing|letter|memo),\s+(the [a-z]+) [a-z]+"
)


# A statement written for its writer and read out at a hearing: "In a statement read to the court".
_STATEMENT_READ_RE = re.compile(
    r"\bstatement (?:was |were )?read (?:out )?(?:to|in|at|before) (?:the )?(?:court|jury|judge|magistrates?"
    r"|tribunal|inquest|hearing)\b"
)


# A statement the story named before speaking its words: "the statement said".
_STATEMENT_SPEAKS_RE = re.compile(r"\bthe statement (?:said|says|read|reads|added|adds|continued|stated)\b")


def _last_sentence(text: str) -> str:
    """The last sentence of ``text``: what follows the sentence end before its final one."""
    body = text.rstrip()
    cut = max(body.rfind(mark, 0, len(body) - 1) for mark in (". ", "? ", "! ", ".” ", '." '))
    return body[cut + 1 :] if cut >= 0 else body


_WRITE_VERBS = frozenset("wrote writes write writing".split())


_BACK_REFERENCE_RE = re.compile(r"\bin (?:the|that|this|a) (?:video|post|clip|livestream)\b")


_PUBLIC_BODIES = (
    r"(?:council|board|committee|commission|supervisors|trustees|assembly|legislature|lawmakers"
    r"|senate|parliament|cabinet)"
)


# The members of a body, who vote as it does: "councillors approved", "approved by councillors".
_MEMBERS = r"(?:councillors|councilors|councilmembers|commissioners)"


# Words placed away from the meeting: said afterwards, outside, in an interview, told anyone
# but the body.
_PLACED_AWAY = (
    r"afterward|afterwards|after the (?:meeting|hearing|vote|session|trial|sentencing|debate|verdict|inquest)"
    r"|before the (?:meeting|hearing|session|trial|debate|inquest)|interview"
    # "said after chairing an emergency review meeting": a meeting of their own, over.
    r"|after (?:chairing|attending|leaving) (?:a|an|the) (?:[\w\-]+ ){0,3}?meeting"
    # "Lacoste, leaving the meeting, said": on the way out of it, to the reporter.
    r"|leaving (?:a|an|the) (?:[\w\-]+ ){0,2}?(?:meeting|hearing|court|courtroom|chambers?|session|talks)"
    # "said as she left the chambers": on the way out, to the reporter.
    r"|as (?:he|she|they) (?:left|was leaving|were leaving|walked out)"
    r"|outside (?:the )?(?:[\w\-]+ )?(?:court|courthouse|courtroom|meeting|chambers?|hall|building|hearing"
    r"|tribunal|offices|centre|center)"
    # "speaking briefly on the court steps": outside, to the reporter.
    r"|on the (?:court|courthouse|council|town hall|city hall) steps"
    r"|told (?:reporters|journalists|the press|the media|news|a crowd|supporters)"
    r"|(?:speaking|spoke|talking|talked) to (?:reporters|journalists|the press|the media)"
    # "Moloi-Erasmus, who attended the hearing, said", "Danjuma, who was in court with about 20
    # pensioners, said": one who watched, whose words came after.
    r"|who (?:had )?(?:attended|watched|sat through|(?:was|were) (?:in|at)) (?:the )?(?:[\w\-]+ )?"
    r"(?:hearing|court|courtroom|meeting|trial|sentencing|session|inquest)"
    # "said at a news conference": remarks to the press, which is no hearing.
    r"|(?:at|during) (?:a|an|the|his|her|their|its) (?:[\w\-]+ ){0,2}?"
    r"(?:news|press|media) (?:conference|briefing)"
    # "had told police: ...": words given the police, not the hearing that retells them.
    r"|told (?:police|officers|detectives|investigators)"
    # "Quintanar-Bode, reached by phone, said": words given the reporter on the telephone.
    r"|(?:reached|contacted|speaking) by (?:phone|telephone)"
    # "said she would ask for a special hearing": a meeting asked for is yet to be held.
    r"|(?:ask|asks|asked|asking|call|calls|called|calling|press|pressed|push|pushed|request|requests"
    r"|requested|seek|seeks|sought|demand|demands|demanded) for (?:a|an) (?:[\w\-]+ ){0,2}?"
    r"(?:hearing|meeting|inquiry|debate|session)"
    # "would seek an urgent hearing at the Fair Work Commission": sought, so not yet held.
    r"|(?:seek|seeks|sought|seeking|request|requests|requested|requesting|demand|demands|demanded"
    r"|demanding) (?:a|an) (?:[\w\-]+ ){0,2}?(?:hearing|meeting|inquiry|debate|session)"
)


# Words told to the body in session were said there; words placed away from it, or given by a
# spokesperson (who answers the press), were not.
_AWAY_FROM_MEETING_RE = re.compile(
    rf"\b(?:{_PLACED_AWAY}|spokes(?:man|woman|person)"
    # "Another, speaking privately, said", "who did not wish to be named": words given the
    # reporter off the record, never at the sitting.
    r"|speaking privately|(?:did not|didn't) (?:wish|want) to be (?:named|identified)"
    r"|asked not to be (?:named|identified)|on condition of anonymity)\b"
)


# Words someone "has said" or "had said" were said before the meeting the story reports, at
# no particular one: "Gov. Ada Roe has said she supports “meaningful action”".
_SAID_BEFORE_RE = re.compile(r"\b(?:has|have|had)\s+(?:[a-z]+ly\s+|also\s+|long\s+|already\s+)?said\b")


# A spokesperson's title ("district spokesperson"): one who speaks for a body to the press; a
# detective's or a constable's ("Detective Constable Owen Baird of Fenmouth Police"), who in a
# story about a court speaks for the force afterwards, unless the story puts them in the box.
_SPOKESPERSON_TITLE_RE = re.compile(
    r"\bspokes(?:man|woman|person)\b|\b(?:Detective|Det\.?|Constable|DC|DS|DI|DCI|DSI|PC)\b", re.I
)


# A sentence that names the meeting places the words there unless it places them away; a
# spokesperson's title alone ("Opposition spokesperson Cathal Byrne, during the debate") does not.
_PLACED_AWAY_RE = re.compile(rf"\b(?:{_PLACED_AWAY})\b")


# A sentence that opens by setting its scene away from the meeting: "Outside the courtroom, ...",
# "Afterwards, ..."; one that only reports someone's words after it does not set the scene.
_SCENE_RE = re.compile(
    # "He said outside court that he would appeal.": a pronoun's words placed away, whose next
    # paragraph, a quotation, carries on from them.
    # "Speaking outside court, the victim's daughter said": the scene, then who spoke there.
    rf"\s*(?:(?:He|She|They)\s+(?:later\s+)?(?:said|added|told\s+\w+)\s+|Speaking\s+(?:[a-z]+ly\s+)?)?"
    rf"(?:{_PLACED_AWAY})\b",
    re.I,
)


# A meeting, a hearing or a trial: the court hears a witness as a council hears a speaker.
_MEETING_RE = re.compile(
    # (Not "I can't stop hearing them": someone hearing something.)
    r"\b(?:hearing(?!\s+(?:them|him|her|it|you|us|me|voices|aids?|loss)\b)|meeting|public comment"
    # (Not "during trial runs last month", "a clinical trial": a test, no court.)
    r"|(?<!clinical )(?<!vaccine )(?<!drug )(?<!field )trial"
    r"(?!\s+(?:runs?|period|basis|version|phase|balloon|and error|scheme|programmes?|programs?|project"
    r"|flights?|operations?|services?)\b)"
    r"|testified|testimony|jurors|the court heard"
    # "a bad-tempered session of Leaders' Questions": a parliament sitting for questions.
    r"|question period|question time|prime minister['’]s questions|leaders['’] questions|pmqs"
    r"|pleaded (?:guilty|not guilty)|inquest"
    # "a jury at Kesterton Crown Court has heard", "jury told": a trial, reported as it sits.
    r"|(?:jury|court|tribunal|inquiry)\b[^.]{0,60}?\b(?:has|have|had|was|were)\s+(?:heard|told)|\bjury told"
    # A court sitting: someone appearing before it, bail decided, a sentence passed.
    r"|appeared\b[^.]{0,60}?\b(?:court|magistrate|judge|tribunal)"
    r"|(?:refused|denied|granted|refuses|denies|grants) (?:[\w,.$£€]+ ){0,2}?bail"
    # "The Senate Blue Ribbon Committee on Wednesday opened its inquiry": a body sitting to hear.
    r"|(?:committee|commission|inquiry|tribunal|panel)\b[^.;]{0,40}?\b(?:opened|began|resumed|opens|begins|resumes)"
    r"\s+(?:its\s+|an?\s+|the\s+)?(?:[\w\-]+\s+)?(?:inquiry|hearings?|investigation|probe)"
    # "A public inquiry into the bypass has opened": the inquiry itself sitting (not "has
    # opened an investigation", someone starting one).
    r"|(?:inquiry|inquest|tribunal|hearing)\b[^.;]{0,80}?\b(?:has|have|had)\s+(?:opened|begun|resumed)"
    r"(?!\s+(?:a|an|the|its|their|his|her)\b)"
    r"|(?:was|were|been) (?:sentenced|jailed)"
    # "handed down her findings at Lidcombe Coroners Court on Friday": read out where it sits.
    r"|handed down (?:his|her|its|their|the) (?:findings|judgment|judgement|ruling|decision|verdict|sentence)"
    r" (?:at|in) (?:the )?(?:[\w'’\-]+ ){0,4}?court\b"
    # A court or its judge passing judgment, in the active: "A Federal High Court in Abuja on
    # Thursday sentenced ...", "Court jails ex-director", "the magistrate convicted him".
    r"|(?:court|judge|justice|magistrate|sheriff|tribunal)\b[^.;]{0,60}?\b"
    r"(?:sentenced|sentences|jailed|jails|convicted|convicts|acquitted|acquits)"
    # A court or a tribunal ruling, the day it sat, on a case it heard: "the league tribunal on
    # Tuesday night upheld a one-match suspension", "The High Court on Friday stayed the
    # demolition" (not a judgment only handed down: "after the Court upheld their appeal").
    r"|(?:court|tribunal|bench)\s+on\s+\w+(?:\s+(?:night|morning|afternoon|evening))?\s+"
    r"(?:upheld|upholds|dismissed|dismisses|quashed|quashes|overturned|overturns|stayed|stays)"
    # "traded sharp words ... in the only scheduled debate": candidates debating, an event the
    # story reports (not "the debate over housing", a question argued about).
    r"|(?:in|at|during)\s+(?:the|a|an|their|its|[\w'’]+day['’]s)\s+(?:[\w\-]+\s+){0,3}?debate(?!\s+(?:over|about|on)\b))\b",
    re.I,
)


# A public body at work in a story's first paragraphs: it votes ("the City Council voted 6-1",
# "the board of directors approved a rate increase") or questions someone ("questioned ... by
# a state Senate committee"). A decision only mentioned ("under a settlement approved by the
# board", "plans approved on Wednesday") is not: the story reports what follows from it, and
# its quotations are often reactions given elsewhere.
_DECISIONS = (
    r"(?:voted|approved|rejected|adopted|passed|agreed|named|appointed|hired|chose|selected|confirmed|denied)"
)


# "Councillors have voted": a body that "has confirmed" news has not decided anything.
_VOTES = r"(?:voted|approved|rejected|adopted|passed)"


_BODY_IN_SESSION_RE = re.compile(
    rf"\b(?:{_PUBLIC_BODIES}|{_MEMBERS})(?:\s+of\s+(?:directors|supervisors|trustees|education|commissioners))?"
    # "The Kansas Senate on Thursday narrowly approved": how the vote went may stand before it.
    rf"(?:\s+on\s+\w+)?\s+(?:[a-z]+ly\s+)?(?:{_DECISIONS}|(?:has|have|had)\s+(?:[a-z]+ly\s+)?{_VOTES})\b"
    # "Plans for 120 homes were approved by the planning committee": the body deciding, as the
    # story's main clause (a decision "under a settlement approved by the board" is only named).
    rf"|\b(?:was|were|has\s+been|have\s+been)\s+(?:unanimously\s+)?{_DECISIONS}\s+(?:on\s+\w+\s+)?"
    rf"by\s+(?:an?\s+|the\s+)?(?:[\w'’\-]+\s+){{0,3}}?(?:{_PUBLIC_BODIES}|{_MEMBERS})\b"
    rf"|\b(?:questioned|grilled)\b[^.]{{0,120}}?\bby\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){{0,3}}?{_PUBLIC_BODIES}\b"
    # Someone addressing the body: "asked the Alder County Board of Supervisors to post lifeguards".
    rf"|\b(?:asked|urged|told|addressed|petitioned|implored)\s+(?:an?\s+|the\s+)?(?:[\w'’\-]+\s+){{0,3}}?{_PUBLIC_BODIES}\b",
    re.I,
)


def _reports_a_meeting(paragraphs: list[str]) -> bool:
    """Whether a story's first paragraphs report a meeting or hearing: they name one, or a
    public body voting or questioning someone."""
    return any(_MEETING_RE.search(par) or _BODY_IN_SESSION_RE.search(par) for par in paragraphs)


# "told this newspaper", "told us", "told our correspondent": the outlet that publishes the
# story, unnamed.
_TOLD_US_RE = re.compile(
    r"\b(?:told|(?:conversation|spoke|speaking|talking)\s+(?:with|to))\s+"
    r"(?:us|this\s+(?:newspaper|paper|publication|website|site|station|programme|program|reporter|correspondent|masthead)"
    r"|our\s+(?:correspondent|reporter))\b"
    # "Etxeberria, 71, told me last week": the reporter, writing in the first person.
    r"|\btold\s+me\b"
    # "When I asked her about it, she laughed.": the reporter, writing in the first person,
    # outside any quotation, asked.
    r"|\b(?:i|we)\s+asked\s+(?:him|her|them)\b"
)


# An outlet's name: up to three capitalized words, maybe joined by "&" ("Askern & District Gazette").
_OWN_NAME = r"(?:[Tt]he )?([A-Z][\w'’\-]+(?: (?:& )?[A-Z0-9][\w'’\-]*){0,2})"


# The outlet's name right before a match, with up to two words of beat or rank after it
# ("Ledger business reporter"); read backwards from the words after the name, since a pattern
# that starts with the name would try every capitalized word in the text.
_OWN_NAME_BEFORE_RE = re.compile(rf"(?:^|[^\w'’\-]){_OWN_NAME} (?:[a-z]+ ){{0,2}}$")


_OWN_NAME_AT_END_RE = re.compile(rf"(?:^|[^\w'’\-]){_OWN_NAME}$")


# Where a story names the outlet that publishes it: its byline or contributor line ("By Tom
# Ashworth, Echo court reporter", "Tribune correspondent Kai Lindgren contributed"), its own
# reporting ("a memo obtained by the Ledger", "the Ledger's request for comment", "The
# Observer has contacted the council for comment") and its notes to readers ("The Advocate
# will continue to update this story", "in Sunday's Sentinel"). Patterns with the name
# first, then (name before the match, or None when the name is in the match).
_OWN_OUTLET_RES = (
    (
        re.compile(
            rf"(?m)^{_BYLINE_OPENER} [^,\n]{{2,60}}, {_OWN_NAME} (?:[a-z]+ ){{0,2}}"
            r"(?:[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Ee]ditor)\b"
        ),
        None,
    ),
    # "By Marisol Keane, The Brannock Ledger", "By Luke Brandvold | The Prairie Gazette": a
    # byline naming the outlet alone after a comma or a bar.
    (re.compile(rf"(?m)^{_BYLINE_OPENER} [^,|\n]{{2,60}}(?:,| \|) {_OWN_NAME}[ \t]*$"), None),
    # "By Jaylen Marwick-Addo, Staff Writer\nThe Ridley Clarion": the reporter's rank, then the
    # outlet on the byline's next line.
    (
        re.compile(
            rf"(?m)^{_BYLINE_OPENER} [^,|\n]{{2,60}}, (?:[A-Z][a-z]+ ){{0,2}}"
            rf"(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor)[ \t]*\n?[ \t]*(?:The )?{_OWN_NAME}[ \t]*$"
        ),
        None,
    ),
    # "By Kevin Otieno | Rift Valley Sports Weekly": a name of four words, alone on the line.
    (
        re.compile(
            rf"(?m)^{_BYLINE_OPENER} [^,|\n]{{2,60}}(?:,| \|) "
            r"(?:The )?([A-Z][\w'’\-]+(?: (?:& )?[A-Z][\w'’\-]*){3})[ \t]*$"
        ),
        None,
    ),
    # "Ingrid Thorvaldsen-Mackie · Northern Prairie Dispatch": a byline without "By", the
    # reporter's name and the outlet's set apart by a dot or a bar, a line of its own.
    (re.compile(rf"(?m)^[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){{1,3}} [·|•] {_OWN_NAME}[ \t]*$"), None),
    # "By Martin Oddie, Business Editor, The Northern Post": the outlet after the rank; "By
    # Wanjiku Mbugua\nThe Rift Observer", "By Sophie Trenchard\nDaventon Echo": the outlet on the
    # byline's second line, read as one line, after a name of two words.
    (re.compile(rf"(?m)^{_BYLINE_OPENER} [^,|\n]{{2,60}}, [^,|\n]{{2,40}}, {_OWN_NAME}[ \t]*$"), None),
    (
        re.compile(
            rf"(?m)^{_BYLINE_OPENER} [A-Z][\w'’\-]+ [A-Z][\w'’\-]+ "
            r"(?:The ([A-Z][\w'’\-]+(?: (?:& )?[A-Z0-9][\w'’\-]*){0,2})"
            r"|([A-Z][\w'’\-]+(?: (?:& )?[A-Z0-9][\w'’\-]*){1,2}))[ \t]*$"
        ),
        None,
    ),
    # "CKRV News Staff", "Kimberly Rowe-Barrett/Clarion Staff Reporter": a staff byline, a
    # line of its own; "The Far North Gazette, with wire services": the outlet and its sources.
    (re.compile(rf"(?m)^(?:[^/\n]{{2,60}}/)?{_OWN_NAME} [Ss]taff(?: [Rr]eporter| [Ww]riter)?[ \t]*$"), None),
    (re.compile(rf"(?m)^{_OWN_NAME}, with (?:wire services|wires|agencies|news agencies)[ \t]*$"), None),
    # "By Mariah Castillo-Webb, Kenji Arakawa and the Courier-Tribune staff": reporters and
    # the newsroom they write for.
    (
        re.compile(rf"(?m)^{_BYLINE_OPENER} [^\n]{{2,80}}? and the {_OWN_NAME} (?:staff|team|newsroom)\b"),
        None,
    ),
    # "By the Island Star news team, Castries": a byline for the newsroom as a whole.
    (
        re.compile(rf"(?m)^By the {_OWN_NAME} (?:news |editorial )?(?:team|desk|staff|newsroom)\b"),
        None,
    ),
    # "By Marie-Claude Thibodeau, The Coastal Courier PORT AINSLIE — For": a byline run into
    # the dateline that opens the story, the outlet before the place in capitals.
    (
        re.compile(
            rf"(?m)^{_BYLINE_OPENER} [^,|\n]{{2,60}}, (?:The )?"
            r"((?:(?![A-Z]{2,}\b)[A-Z][\w'’\-]+)(?: (?![A-Z]{2,}\b)[A-Z][\w'’\-]+){0,2})"
            r" (?=[A-Z]{2,}\b[A-Z ,.'’\-]*[—–-])"
        ),
        None,
    ),
    (
        re.compile(r"\b(?:correspondent|reporter|writer|editor|staff)s? [^.\n]{0,80}\bcontributed\b"),
        _OWN_NAME_BEFORE_RE,
    ),
    # "This article first appeared in the Kilcarrig Champion": a note to readers.
    (re.compile(rf"\b(?:first appeared|was first published|originally appeared) in {_OWN_NAME}"), None),
    # "a memo obtained by the Ledger", "When contacted by The Chennai Ledger, the officer said".
    (re.compile(rf"\b(?:obtained|seen|reviewed|contacted|approached) by {_OWN_NAME}\b"), None),
    (re.compile(r"['’]s (?:requests? for comment|questions|inquiries|enquiries)\b"), _OWN_NAME_AT_END_RE),
    # "She did not respond to a request for comment from the Courier".
    (re.compile(rf"\b(?:requests?|calls?|messages?) (?:for|seeking) comment from {_OWN_NAME}\b"), None),
    # "The Millbrook Gazette — Obituaries": the masthead and the section, opening the page.
    (
        re.compile(
            rf"\A\s*(?:The )?((?:[A-Z][\w'’\-]+ ){{0,2}}(?i:{_OUTLET_WORDS})) [—–|] "
            r"[A-Z][\w&' ]{2,40}[ \t]*(?:\n|\Z)"
        ),
        None,
    ),
    # "Council votes to close two branches | Brennerton Gazette": a page's title, the headline
    # and then the outlet; "By Dwight Amundsen | Gazette staff": a byline and its staff line.
    (re.compile(rf"\A[^\n|]{{10,200}} \| {_OWN_NAME}[ \t]*(?:\n|\Z)"), None),
    (re.compile(rf"(?m)^{_BYLINE_OPENER} [^,|\n]{{2,60}} \| {_OWN_NAME} [Ss]taff\b"), None),
    (
        re.compile(
            r" (?:has|had|have) (?:contacted|approached|asked|sought|requested)\b[^.\n]{0,80}\bcomment\b"
        ),
        _OWN_NAME_AT_END_RE,
    ),
    (
        re.compile(r" (?:will|would) (?:continue to update|update|publish|like to hear|bring)\b"),
        _OWN_NAME_AT_END_RE,
    ),
    (
        re.compile(rf"\bin (?:[A-Z][a-z]+day|today|tomorrow)['’]s (?:edition of (?:the )?)?{_OWN_NAME}\b"),
        None,
    ),
    # A wire story's dateline names the agency that wrote it: "SAN ESTEBAN, Lanaro (AP) —".
    # "IPOH, Feb 19 (Nusantara Wire) —", "YENAGOA, Nigeria, Oct 14 (Meridian Wire) -": a
    # country and a date may follow the place, and the agency's name may run to three words.
    (
        re.compile(
            r"(?m)^[A-Z][A-Z .'’\-]+(?:, [A-Z][\w. ]{1,30}){0,2} "
            r"\(([A-Z][A-Za-z]{1,10}(?: [A-Z][A-Za-z]{1,12}){0,2})\) [—–-]"
        ),
        None,
    ),
)


# A wire agency is also called by its full name.
_AGENCY_NAMES = {"AP": "Associated Press", "AFP": "Agence France-Presse"}


def own_outlet_names(masked_paragraphs: list[str]) -> tuple[str, ...]:
    """The names a story gives the outlet that publishes it, where it names itself: words
    "told the Ledger" in the Ledger were told to the newsroom."""
    names: list[str] = []
    text = "\n".join(masked_paragraphs)  # none of the patterns reads across a line
    for pattern, name_before in _OWN_OUTLET_RES:
        for m in pattern.finditer(text):
            if name_before is None:
                name = m.group(1) or (m.group(2) if pattern.groups > 1 else "")
            else:
                found = name_before.search(text, max(0, m.start() - _LONGEST_OUTLET_NAME), m.start())
                name = found.group(1) if found else ""
            words = name.split() if name else []
            while words and words[-1].lower() in _BYLINE_ROLES:
                # "By Jaylen Marwick-Addo, Staff Writer": the reporter's rank, no outlet; "By Karen
                # Toomey Ledger Staff Writer", a byline's lines read as one: the outlet before it.
                words.pop()
            name = " ".join(words)
            if name and name not in names and name not in {"The", "A", "An"}:
                names.append(name)
                if name in _AGENCY_NAMES:
                    names.append(_AGENCY_NAMES[name])
    for par, after in zip(masked_paragraphs, masked_paragraphs[1:], strict=False):
        # "By Nandini Iyer" and then "THE KONKAN CHRONICLE" or "The Lagoon Tribune", a paragraph
        # of its own: the outlet under its reporter's byline, in capitals as a masthead may be.
        outlet = _OUTLET_LINE_RE.fullmatch(after.strip()) if _BYLINE_ALONE_RE.fullmatch(par.strip()) else None
        if outlet and _OUTLET_WORD_RE.fullmatch(outlet.group(1).split()[-1].lower()):
            name = outlet.group(1)
            if name.isupper():
                name = " ".join(word.capitalize() for word in name.split())
            if name not in names:
                names.append(name)
    for m in _LONG_BYLINE_RE.finditer(text):
        # "By Siobhán Mac Giolla Rua Shannonside Tribune-Echo": a byline whose lines were read
        # as one, where a name of many words hides where the outlet begins; its last word, a
        # paper's ("Echo", "Tribune-Echo", "Gazette"), is the paper's name as copy shortens it.
        last = m.group(1)
        if last not in names and any(_OUTLET_WORD_RE.fullmatch(part) for part in last.lower().split("-")):
            names.append(last)
    for m in _OWN_WORK_RE.finditer(text):
        # "A Gazette review of board minutes found": work the paper did itself, by its name.
        if m.group(1) not in names and _OUTLET_WORD_RE.fullmatch(m.group(1).lower()):
            names.append(m.group(1))
    # "told the Ledger" in the Brannock Ledger: a paper is called by the last word of its name;
    # "told KXRN" in KXRN News: a broadcaster by its call letters.
    for name in list(names):
        words = name.split()
        last = words[-1]
        if " " in name and last.lower() not in _BYLINE_ROLES and last not in names:
            names.append(last)
        shorter = " ".join(words[-2:])
        shortens = len(words) >= 3 and words[0] != "The" and last.lower() not in _BYLINE_ROLES
        if shortens and shorter not in names:
            # "told Business Daily" in the Manila Business Daily, "told 8 News" in WQDN 8 News: a
            # name of three words or more shortened to its last two.
            names.append(shorter)
        if len(words) >= 2 and _CALL_LETTERS_RE.fullmatch(words[0]) and words[0] not in names:
            names.append(words[0])
    return tuple(names)


# A paper's own reporting, by its name: "A Gazette review of the minutes found", "a Ledger
# analysis shows" (not "a Gazette reporter", who may write for any paper).
_OWN_WORK_RE = re.compile(
    r"\b[Aa]n? ([A-Z][a-z]+) (?:review|analysis|investigation|survey|examination|tally|count)"
    r" (?:of|found|finds|showed|shows|revealed|reveals)\b"
)


# A broadcaster's call letters: "KXRN", "WKRD".
_CALL_LETTERS_RE = re.compile(r"[KWC][A-Z]{2,3}")


# A byline of four words or more, with no comma or bar, ending in one word.
_LONG_BYLINE_RE = re.compile(
    rf"(?m)^{_BYLINE_OPENER} (?:[{_UPPER}][\w'’\-]*\s){{3,7}}([{_UPPER}][\w'’\-]+)[ \t]*$"
)


_OUTLET_WORD_RE = re.compile(_OUTLET_WORDS)


# A byline of a name alone, and the outlet's name alone in the paragraph after it.
_BYLINE_ALONE_RE = re.compile(r"By [A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){1,3}")
_OUTLET_LINE_RE = re.compile(r"(?:The |THE )?([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,3})")


_BYLINE_ROLES = frozenset("reporter reporters correspondent writer editor staff".split())


_LONGEST_OUTLET_NAME = 120
