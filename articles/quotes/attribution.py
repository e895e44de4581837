"""Attribution: who said each quotation, from the words around it.

The forms news copy uses: ``"...," Ortiz said.``, ``"...," said Sheriff Dana Whitfield.``,
``Ortiz said, "..."``, ``according to ...``, an introduction ending in a colon, a second
passage after a mid-quote attribution, pronouns and role nouns ("the agency said") that point
back to the last person or organization named.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .mentions import (
    _UNNAMED_NOUNS,
    _UNNAMED_PERSON_RE,
    _clean_run,
    _Document,
    _Entity,
    _is_org,
    _is_person,
    _name_tokens,
    _split_title,
    _strip_possessive,
)
from .text import _sentence_ends
from .vocabulary import (
    _APPOSITION_NOUNS,
    _ATTRIBUTION_REACH,
    _BODY_SPOKESPERSON,
    _BODY_UNIT,
    _CLAUSE_END_RE,
    _DOCUMENT_NOUNS,
    _FILED_NOUNS,
    _FINDING_RE,
    _GENERIC_ORG_NOUNS,
    _GIVEN_NAME_ABBREVIATIONS,
    _HONOUR,
    _HONOUR_TITLE,
    _ISSUED_NOUNS,
    _KIND_BEFORE_NAME,
    _ORG_SYNONYMS,
    _PAPER_TITLE_END,
    _PERSON_ROLES,
    _PLATFORMS,
    _PRONOUNS,
    _ROLE_WORDS,
    _RUN,
    _RUN_AT_END_RE,
    _RUN_RE,
    _SEAT_LETTERS,
    _SPOKESPERSON_WORDS,
    _TITLE_ABBREVIATIONS,
    _TOKEN,
    _UPPER,
    _VERB_RE,
    ORG_NOUNS,
    RELATIONS,
    SPEECH_VERBS,
    TITLE_WORDS,
)

if TYPE_CHECKING:
    from .marks import _Span

# Adverbs and auxiliaries between a speaker and the verb ("Whitfield reportedly said", "Kunjamma
# used to say", "Pruitt had earlier described", "she has since said");
# nouns that merely end in -ly ("the family said") are not among them.
_AUX_RE = re.compile(
    r"\s+(?:(?!(?:family|ally|rally|assembly|supply|belly|bully)$)[a-z]+ly|also|later|then|has|had|have|would|will|again|once|first|still|repeatedly|"
    r"previously|recently|often|never|ever|alone|earlier|since|already|did|does|do|was|is|used\s+to|"
    # "Harbaugh can be heard saying on the recording": what a recording lets one hear them say.
    r"(?:can|could|may)\s+be\s+(?:heard|seen)|(?:is|was)\s+(?:heard|seen))$"
)


_POSSESSIVE_OWNER_RE = re.compile(
    rf"({_RUN})['’]s\s+(?:office|campaign|administration|spokesperson|spokeswoman|spokesman|staff|report|statement|letter|lawsuit|filing|website|release)$"
)


_DEFINITE_RE = re.compile(r"(?:^|\s)((?:the|The|its|Its|their|Their)\s+(?:[\w'’\-]+\s+){0,3}[\w'’\-]+)$")


_CAPITAL_RE = re.compile(rf"[{_UPPER}]")


_BASED_RE = re.compile(r"\S+-based\b")


# "Her son said": the person the story named as someone's son.
_RELATIVE_SUBJECT_RE = re.compile(
    rf"(?:^|\s)((?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he)\s+(?:{'|'.join(sorted(RELATIONS))}))$"
)


# The judges of a court sitting together, as a story names them after "the".
_BENCHES = frozenset(("Bench", "Division Bench", "Full Bench", "Constitution Bench", "bench"))


# A publication's editors, speaking together: "journal's editors", "paper's editorial board".
_EDITORS_OF_RE = re.compile(r"([a-z]+)['’]s\s+(?:editors|editorial\s+board)")


# Capitalized words, then a role in lowercase: "Dimboola East skipper".
_PLACED_PERSON_ROLE_RE = re.compile(rf"(?:[{_UPPER}][\w'’\-]*\s+){{1,3}}([a-z][\w\-]*)")


def _definite_head(phrase: str) -> str | None:
    """The role noun of "the agency", "the county's health department", "the Minister"
    (a title alone, capitalized as British and Indian copy does); None otherwise."""
    rest = phrase.split(None, 1)[1] if " " in phrase else ""
    editors = _EDITORS_OF_RE.fullmatch(rest)
    if editors:
        # "The journal's editors called the findings": the publication they edit speaks.
        return editors.group(1).lower()
    if rest in TITLE_WORDS and rest.lower() in _PERSON_ROLES:
        return rest.lower()
    if rest in _SEAT_LETTERS:
        return rest.lower()  # "the TD", "the MP": a member, by the letters of their seat
    if rest in _BENCHES:
        # "the Bench", "the Division Bench": capitalized as Indian copy writes it, the court.
        return "bench"
    placed = _PLACED_PERSON_ROLE_RE.fullmatch(rest)
    if placed and (placed.group(1) in _PERSON_ROLES or _is_person_noun(placed.group(1))):
        # "the Dimboola East skipper", "the Labour leader": a role held in a side, a party or
        # a place the story names, still someone's role.
        return placed.group(1)
    # "the Chicago-based company": a place the noun is based in is no name.
    if _CAPITAL_RE.search(_BASED_RE.sub("", rest)):
        return None
    words = phrase.split()
    if len(words) >= 3 and _YEAR_OLD_RE.fullmatch(words[-2]) and words[-1].islower():
        # "the 31-year-old centre-half": whatever the noun, someone of an age, a person.
        return words[-2]
    head = _strip_possessive(words[-1]).lower()
    known = head in _PERSON_ROLES or head in _ORG_SYNONYMS or head in _DOCUMENT_NOUNS or head in _AUTHOR_NOUNS
    known = (
        known
        or head == "family"
        or head in _APPOSITION_NOUNS
        or head.capitalize() in ORG_NOUNS  # "the food bank"
        or _is_person_noun(head)
    )
    return head if known or head in _GENERIC_ORG_NOUNS else None


# Those who wrote a piece of research, speaking as one: "the authors write".
_AUTHOR_NOUNS = frozenset("authors researchers".split())


# What a piece of research is published as.
_RESEARCH_PAPERS = frozenset("paper study".split())


# Papers a court or prosecutors file, which speak as documents do: "the indictment states".
_COURT_PAPERS = frozenset("indictment affidavit petition judgment judgement warrant".split())


_YEAR_OLD_RE = re.compile(r"\d+-year-old")


def _is_person_noun(noun: str) -> bool:
    """Whether ``noun`` describes a person, not an organization: "the teenager", "the
    19-year-old", "the midfielder"."""
    if noun in _ORG_SYNONYMS or noun in _APPOSITION_NOUNS or noun in _GENERIC_ORG_NOUNS:
        return False
    return noun in _UNNAMED_NOUNS or bool(_YEAR_OLD_RE.fullmatch(noun))


_RELATIVE_AT_END_RE = re.compile(r",?\s*\b(?:who|which)$")


_DESCRIPTION_START_RE = re.compile(
    r"(?:who|whose|which|an?|the|one|its|his|her|their|of|for|from|at|with|\d+)\b"
    # "A community leader, quoted by the Post-Courier, said": who reported the words, set off.
    r"|(?:quoted|interviewed|cited)\s+by\b|(?:speaking|talking)\s+to\b"
)


# Words in lowercase between commas ("leader of the Liberal Democrat group", "senior vice
# president of Pacific operations at Northline") describe the name before them; after
# "including" or "according to" they name someone.
_LOWERCASE_DESCRIPTION_RE = re.compile(
    r"(?!(?:including|like|such|among|especially|notably|according|and|or)\b)[a-z]"
)


_LAST_WORD_RE = re.compile(r"(\S+)$")


_PLACED_ROLE_RE = re.compile(rf"(?:{_TOKEN}\s+){{1,3}}([a-z][\w\-]*)\b")


# "the Ortiz family", "Daniel's family": a family speaks as one.
_FAMILY_RE = re.compile(rf"(?:^|\s)(?:(?:[Tt]he\s+)({_TOKEN}(?:[\s\-]{_TOKEN})?)|({_TOKEN})['’]s)\s+family$")


# "His family said": the family of the one the story is about, as "the family" is.
_PRONOUN_FAMILY_RE = re.compile(r"(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir)\s+family$")


# Two people of one surname who speak together: "his parents, Gail and Martin Reddish, said".
_PAIR_RE = re.compile(rf"(?:^|\s)({_TOKEN})\s+(?:and|&)\s+({_TOKEN})\s+({_TOKEN})$")


# "of" or "for" right before a pair of words, or a word or two before it: the object of an
# organization's name ("the Ministry of Internal Security and Home Affairs").
_FIELD_OBJECT_BEFORE_RE = re.compile(rf"\s(?:of|for)\s(?:{_TOKEN}\s+){{0,2}}$")


def _family(phrase: str) -> tuple[str, str] | None:
    """("Ortiz family", "family") for a family named at the end of ``phrase``, or for the
    family of a person named there ("Daniel's family", as "Daniel"); ("the family",
    "definite") for "his family"; None otherwise."""
    m = _FAMILY_RE.search(phrase) if phrase.endswith("family") else None
    if not m:
        if phrase.endswith("family") and _PRONOUN_FAMILY_RE.search(phrase):
            return "the family", "definite"
        return None
    return (f"{m.group(1)} family", "family") if m.group(1) else (m.group(2), "family of")


# An aside in brackets of more than one word after a name, such as a councillor's party and
# ward ("Cllr Ada Roe (Lab, Hillside) said"), is no part of the subject; a bracketed
# abbreviation ("(KWAS)") is, and stays.
_BRACKETED_ASIDE_RE = re.compile(r"\s*\((?=[^()]*[\s,])[^()“”\"]{2,50}\)")


# A character and, in brackets, the one who plays them: "Beatrix (a ferocious Kiri Tamatea),",
# "the ferryman (played by Mateus Okonjo-Reyes)".
_PLAYED_BY_RE = re.compile(
    rf"{_TOKEN}\s+\((?:played\s+by\s+|(?:an?|the|her|his)\s+(?:[a-z][\w\-]*\s+){{0,2}})?({_RUN})\),?$"
)


# A first act before ", then" and the speech verb: "She paused, then added", "He looked away,
# then".
_THEN_AFTER_ACT_RE = re.compile(r"^[^,;:“”\"]{2,80}?\s(?:[a-z]+ly\s+)?[a-z]+ed(?:\s+[a-z]+){0,3},?\s+then$")


# A document of someone's, by a possessive pronoun: "Her filing", "his latest letter".
_OWN_DOCUMENT_RE = re.compile(
    rf"(?:^|\s)(Her|His|her|his)\s+(?:[a-z][\w\-]*\s+)?(?:{'|'.join(sorted(_DOCUMENT_NOUNS))})$"
)


# Someone's account on social media: "The zoo's Instagram account", "Elmbrook Zoo's Facebook page".
_ACCOUNT_OF_RE = re.compile(
    rf"(?:^|\s)([Tt]he\s+[a-z][\w\-]*|{_RUN})['’]s\s+(?:official\s+)?"
    r"(?:Instagram|Facebook|X|Twitter|TikTok|YouTube|LinkedIn|WhatsApp|Threads|Bluesky|social\s+media)\s+"
    r"(?:account|page|feed|channel|profile)$"
)


# A document the subject spoke through, set off by commas between the subject and its verb,
# however much it says of who signed or sent it.
_DOCUMENT_ASIDE_RE = re.compile(
    r",\s+(?:in|through|via)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w'’\-]+\s+){0,3}?"
    # "in a condolence message signed by his Chief Press Secretary, Mr. Kunle Odukoya,"
    rf"(?:{'|'.join(sorted(_DOCUMENT_NOUNS | {'message', 'tribute', 'commentary'}))})\b[^“”\"]*"
    # "in an accompanying commentary titled “A Frog's Second Chance,”": the title, blanked out
    # with the comma inside its marks, ends the aside.
    r"(?:,|\s(?:titled|entitled|headlined))$"
)


# Where the one speaking is or comes from, after them and right before the verb: "in Seattle",
# or set off by commas with them ("A caller, Dave from Gisborne, said").
_IN_PLACE_AT_END_RE = re.compile(rf"(?<=\w)\s+(?:in|from)\s+({_RUN}),?$")


def _subject_before(left: str, place_ok: bool = True) -> tuple[str, str] | None:
    """The speaker written at the end of ``left``, the words right before a speech verb,
    as (words, how) with how one of pronoun, definite, proper; None when there is none.
    Relative clauses, ages and descriptions set off by commas are skipped; when skipping a
    description in lowercase leaves no speaker, it named one ("signed by manager Trent Mabry")."""
    played = _PLAYED_BY_RE.search(left.rstrip())
    if played and _is_person(_name_tokens(played.group(1))):
        # "the youngest sister, Beatrix (a ferocious Kiri Tamatea), says": a review credits a
        # character's lines to the one who plays her, named in the brackets.
        return played.group(1), "proper"
    s = _BRACKETED_ASIDE_RE.sub("", left).rstrip()
    placed_body = _PLACE_AFTER_BODY_RE.search(s)
    if (
        placed_body
        and _is_org(_clean_run(placed_body.group(1).split()))
        and not _is_person(_split_title(_clean_run(placed_body.group(2).split()))[2])
        and not _is_person(_clean_run(placed_body.group(2).split()))
    ):
        # "Prof. Milind Gokhale of the College of Engineering, Pune, told": the town the body
        # is in, set off by commas after its name, is nobody's name.
        s = s[: placed_body.start(2)].rstrip(" ,")
    aside = _DOCUMENT_ASIDE_RE.search(s)
    if aside:
        # "the diocese, in a statement signed by its secretary, Ven. Dr. Ada Roe, and sent to
        # journalists in Ado-Ekiti, described": the one who issued it, whoever signed or sent it.
        found = _subject_before(s[: aside.start()])
        if found:
            return found
    if _THEN_AFTER_ACT_RE.search(s):
        # "She paused, then added:", "Okafor laughed, then said": the one who did the first
        # thing does the second.
        pronoun = _PRONOUN_ACTING_RE.match(s)
        if pronoun:
            return pronoun.group(1).lower(), "pronoun"
        acting = _acting_person(s, organizations=True)
        if acting:
            return acting[:2]
    placed = _IN_PLACE_AT_END_RE.search(s) if place_ok else None
    if placed:
        whole = _subject_before(left, place_ok=False)
        if whole is None or whole[0] == placed.group(1):
            # "An FBI spokesperson in Seattle said": where the speaker is, not who.
            found = _subject_before(s[: placed.start()], place_ok=False)
            if found is not None:
                return found
        return whole
    while _AUX_RE.search(" " + s):
        s = _AUX_RE.sub("", " " + s).strip()
    s = _RELATIVE_AT_END_RE.sub(",", s).rstrip()
    if s.endswith((" and", " but")):
        # "Cr Anahera Whaanga, who chairs the committee, moved the motion and said", "Magistrate
        # Johan Vermeulen found the State had not shown a flight risk, but warned him": the
        # subject of the sentence does both.
        reported = [m for m in _VERB_RE.finditer(s) if not _used_as_noun(s, m)]
        if reported:
            # "Oyelaran says the chief of staff, Victor Hale, repeatedly commented on her
            # appearance and once told her": the clause the first verb reports has a subject of
            # its own, who does both.
            acting = _acting_person(s[reported[-1].end() :], organizations=True)
            if acting:
                return acting[:2]
        acting = _acting_person(s, organizations=True)
        if acting:
            return acting[:2]
        # The pronoun opens the last sentence, maybe after a clause of time ("... his time.
        # As he walked away, he turned and").
        last = max((e for e in _sentence_ends(s) if e < len(s)), default=0)
        opening = _TIME_CLAUSE_RE.match(s, last)
        pronoun = _PRONOUN_ACTING_RE.match(s, opening.end() if opening else last)
        # "He accepted that transfers had been made but said": he, who does both.
        return (pronoun.group(1).lower(), "pronoun") if pronoun else None
    found, skipped = _skip_descriptions(s, lowercase=True)
    if found is None and skipped:
        found, _ = _skip_descriptions(s, lowercase=False)
    if found is not None and found[1] == "proper" and f"@{found[0]}" in s:
        # "One user, @SahraCommuter, posted:": a handle on social media, no name the story gives.
        return None
    return found


def _skip_descriptions(s: str, *, lowercase: bool) -> tuple[tuple[str, str] | None, bool]:
    """(the speaker at the end of ``s`` past descriptions set off by commas, whether one in
    lowercase was skipped); ``lowercase`` says whether to skip those."""
    skipped = False
    for _ in range(3):
        if not s.endswith(","):
            break
        body = s[:-1].rstrip()
        cut = body.rfind(",")
        segment = body[cut + 1 :].strip()
        if cut >= 0 and _PARTY_LABEL_RE.fullmatch(segment):
            # "Rep. Gary Schlagel, R-Hugoton, said": the party and the home town of the one named.
            s = body[: cut + 1].rstrip()
            continue
        seat = _SEAT_FOR_RE.fullmatch(segment)
        named = _RUN_AT_END_RE.search(body[:cut]) if cut >= 0 and seat else None
        if (
            seat
            and seat.group(1) in TITLE_WORDS
            and named
            and _name_tokens(named.group(1))
            and not _is_org(_clean_run(named.group(1).split()))
            # Not "Minister for Housing Ana Ruiz": a title with its holder's name is a speaker.
            and not _is_person(_split_title(_clean_run(segment.split()))[2])
        ):
            # "Ms Ashdown-Reeve, MP for Hatherleigh and Crane, said", "Daniel Ochieng, MCA for
            # Kipsaro East, said": the seat of the one named before, whatever its places.
            s = body[: cut + 1].rstrip()
            continue
        if (
            cut >= 0
            and _RUN_RE.fullmatch(segment)
            and _PLACE_BEFORE_COMMA_RE.search(body, 0, cut)
            and not _is_person(_name_tokens(segment))
        ):
            # "Dr. Ana Ruiz, who studies reefs at a laboratory in Hobart, Australia, said": the
            # country or region of the place before the comma, part of the description.
            s = body[:cut].rstrip() + ","
            continue
        if cut >= 0 and _RUN_RE.fullmatch(segment) and _clean_run(segment.split()):
            named = _RUN_AT_END_RE.search(body[:cut])
            if (
                _OFFICE_OF_RE.fullmatch(segment)
                and named
                and _is_person(_name_tokens(named.group(1)))
                and not _is_person(_name_tokens(segment))
            ):
                # "Cllr Bernadette Ní Fhloinn, Cathaoirleach of the West Clare Municipal
                # District, said": an office held in a body, after the one who holds it.
                s = body[: cut + 1].rstrip()
                continue
            return (segment, "proper"), skipped
        named_as = _NAMED_AS_RE.search(segment)
        if cut >= 0 and named_as and _clean_run(named_as.group(1).split()):
            # "Another parent, who gave his name only as Mr Okafor, said": the name given.
            return (named_as.group(1), "proper"), skipped
        named = _THE_NAME_RE.fullmatch(segment)
        if cut >= 0 and named and _is_org(_clean_run(named.group(1).split())):
            # "In a statement, the Dunlevy West Hospital Group, which runs St Columba's, said"
            return (named.group(1), "proper"), skipped
        if cut >= 0 and named:
            _, title, name = _split_title(_clean_run(named.group(1).split()))
            if title and _is_person(name):
                # "The board chair, the Rev. Ada Roe, said": a title written after "the".
                return (named.group(1), "proper"), skipped
        # A description set off by commas: "who ...", "a ...", "leader of the group".
        described = bool(_DESCRIPTION_START_RE.match(segment))
        placed = _PLACED_ROLE_RE.match(segment)
        # "Seamus Gaffney, Cavan chairman of the Rural Farmers Alliance, said": a role in
        # lowercase after the place or party it is held for describes the name before.
        # (Not "Her counterpart, Pulse coach Dianne Fa’alogo, said": the role before its holder.)
        described = described or bool(
            placed
            and placed.group(1) in _ROLE_WORDS
            and not _is_person(_name_tokens(segment[placed.end() :]))
        )
        in_lowercase = lowercase and not described and bool(_LOWERCASE_DESCRIPTION_RE.match(segment))
        if cut >= 0 and (described or in_lowercase):
            skipped = skipped or in_lowercase
            s = body[: cut + 1].rstrip()  # the comma kept: another description may come before
        else:
            s = body
    return _subject_at_end(s.rstrip(",").rstrip()), skipped


# A title and the place it is held for, between commas, maybe after the holder's party: "MP
# for Hatherleigh and Crane", "Liberal Democrat MP for Westmorland and Lonsdale".
_SEAT_FOR_RE = re.compile(
    rf"(?:{_TOKEN}\s+){{0,2}}?({_TOKEN})\s+(?:for|of)\s+{_RUN}(?:\s+(?:and|&)\s+{_RUN})?"
)


# An office in a body, written capitalized: "Cathaoirleach of the West Clare Municipal District",
# "Chair of the Finance Committee".
_OFFICE_OF_RE = re.compile(rf"[{_UPPER}][\w'’\-]+\s+of\s+the\s+.+")


# A place written after a preposition, before the comma and the region it lies in: "in Hobart".
# A body, maybe through one of its offices, then the place it is at or in.
_ORG_AT_PLACE_RE = re.compile(
    rf"(?:^|\s)({_RUN})(?:\s+(?:office|branch|bureau|station|campus))?\s+(?:at|in)\s+{_RUN}$"
)


_PLACE_BEFORE_COMMA_RE = re.compile(rf"\s(?:in|at|from|near|outside)\s+{_RUN}$")


# A legislator's party and district or state, as American copy sets them off after the name
# ("R-Hugoton", "D-Calif.", "D-New York").
_PARTY_LABEL_RE = re.compile(rf"[RDI]-[{_UPPER}][\w.'’]*(?:\s[{_UPPER}][\w.'’]*){{0,2}}")


# Someone known to the story only by the name they gave: "who gave his name only as Mr Okafor",
# "identified only as Wanjiru".
_NAMED_AS_RE = re.compile(
    rf"\b(?:(?:gave|gives|give)\s+(?:his|her|their)\s+(?:first\s+|last\s+|full\s+)?name|identified)\s+"
    rf"(?:only\s+)?as\s+({_RUN})$"
)


# "The university's release quoted Dr Amsel as saying", "the statement quoted its director,
# Captain Ife Oduya, as saying": the one quoted, whose words the document carries.
_QUOTED_AS_RE = re.compile(r"\bquoted\s+([^.;:“”\"]{2,120}?),?\s+as\s+(saying|telling|writing)\b")


# What a document quoted, introduced with a colon: "The release quoted its director, Kjell Aune:".
_QUOTED_INTRO_RE = re.compile(r"\bquoted\s+([^.;:“”\"]{2,120}?)\s*:\s*$")


# "Prakash Naik, who campaigned for her, was quoted by the Rashtra News Agency as saying": the
# subject, quoted by an outlet, whose words they are.
_WAS_QUOTED_AS_RE = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?quoted\s+"
    r"(?:by\s+[^.;:“”\"]{2,80}?\s+|in\s+[^.;:“”\"]{2,80}?\s+)?as\s+(saying|telling|writing)\b"
)


def _quoted_as(text: str) -> tuple[str, str, str] | None:
    """(speaker, how, verb) of "<a document> quoted <someone> as saying" in ``text``, or of
    "<someone> was quoted by <an outlet> as saying"."""
    if "quoted" not in text:
        return None
    m = _WAS_QUOTED_AS_RE.search(text)
    if m is not None:
        found = _subject_before(text[: m.start()])
        return (*found, m.group(1)) if found else None
    m = _QUOTED_AS_RE.search(text)
    if m is None:
        m = _QUOTED_INTRO_RE.search(text)
        found = _subject_before(m.group(1)) if m else None
        # "A news release quoted its director, Kjell Aune: “...”": the one quoted.
        return (*found, "quoted") if found and found[1] != "definite" else None
    found = _subject_before(m.group(1))
    return (*found, m.group(2)) if found else None


_THE_NAME_RE = re.compile(rf"[Tt]he\s+({_RUN})")


# An organization named before the noun for its kind: "The Save Stonebridge Fields group",
# "the Save the Greystone campaign".
_NAMED_KIND_RE = re.compile(rf"(?:^|\s)[Tt]he\s+({_RUN})\s+(?:{'|'.join(sorted(_APPOSITION_NOUNS))})$")


# What someone issued, as the subject: "An emergency warning issued by the Rural Fire
# Authority at 3.10pm", "A letter from the Ortiz family's lawyer".
_ISSUED_BY_AT_END_RE = re.compile(
    rf"^\s*(?:[Aa]n?|[Tt]he)\s+(?:[\w\-]+\s+){{0,2}}?(?:{'|'.join(sorted(_ISSUED_NOUNS))})\s+"
    rf"(?:(?:issued|released|published|sent|signed|posted|written)\s+)?(?:by|from)\s+(?:the\s+)?({_RUN})"
    # "issued by the Principal Secretary for Basic Education, Dr Fatuma Abdi, on 3 October": the
    # office, then the one who holds it.
    rf"(?:,\s+({_RUN}),)?"
    r"(?:\s+(?:at|on|in|last|this|late|early)\b[^,;:]{0,60})?$"
)


# A person of part of an organization: "PC Darren Whitlam of West Pennine Police's roads
# policing unit".
_OF_ORGS_UNIT_RE = re.compile(rf"({_RUN})['’]s(?:\s+[a-z][\w\-]*){{1,4}}$")


# A body someone is "of", then the town it is in, set off by commas: "of the College of
# Engineering, Pune,".
_PLACE_AFTER_BODY_RE = re.compile(rf"\bof\s+(?:the\s+)?({_RUN}),\s+({_RUN}),?$")


# A paper a body's name stands before: "The Health New Zealand report".
_NAMED_DOCUMENT_RE = re.compile(
    rf"(?:^|\s)[Tt]he\s+({_RUN})\s+(?:{'|'.join(sorted(_DOCUMENT_NOUNS - {'paper', 'note'}))})$"
)


# A body's part named for a place: "the Taxi Council's Western Cape branch".
_ORGS_PLACED_UNIT_RE = re.compile(rf"({_RUN})(?:['’]s|(?<=s)['’])(?:\s+{_TOKEN}){{1,3}}\s+{_BODY_UNIT}$")


# "circulating on", "posted on", "shared via": a platform or a place before a verb, no speaker;
# "A woman sheltering at the Vieux Fort School, ..., said": where someone is, not who speaks.
_PLACE_BEFORE_RE = re.compile(r"\b[a-z]+(?:ing|ed)\s+(?:on|via|at|in|inside|outside|near)\s+(?:the\s+)?$")


# The parts of an organization that speak for it: "the party's district unit", "its press office".
_UNIT_NOUNS = frozenset("unit branch wing chapter division arm office secretariat leadership".split())


# A union local: "Amalgamated Transit Union Local 1488".
_LOCAL_AT_END_RE = re.compile(rf"((?:{_TOKEN}\s+)*Local\s+\d[\d\-]*)$")


# Someone speaking for an organization, who stands for it: "an HSE spokeswoman", "a Google
# spokesperson", "a spokesperson for Kent and Weald Ambulance Service NHS Trust (KWAS)".
# "A Breakers club spokeswoman": the kind of body may come between its name and its speaker.
_SPOKESPERSON_OF_RE = re.compile(
    rf"(?:^|\s)(?:[Aa]n?|[Tt]he)\s+({_RUN})(?:\s+(?:club|party|union|team|campaign|company|group))?"
    rf"\s+{_SPOKESPERSON_WORDS}$"
)


# Someone speaking for a body named by its noun in lowercase: "a ministry spokesman".
_BODY_SPOKESPERSON_RE = re.compile(rf"(?:^|\s){_BODY_SPOKESPERSON}$")

# "A council report", "the ministry circular": a paper a body issues, named by the body; not
# one others file with it ("a court filing", "a tribunal complaint").
# "The press note", "a news release": the kind of paper, no body's name.
_BODY_DOCUMENT_RE = re.compile(
    rf"(?:^|\s)(?:[Aa]n?|[Tt]he)\s+(?!(?:press|news|media)\s)([a-z]+)\s+"
    rf"(?:{'|'.join(sorted(_DOCUMENT_NOUNS - _FILED_NOUNS))})$"
)


# What was done with a document, after its noun (and whom it is from) and before its verb,
# without commas: "A council report published ahead of the meeting (acknowledged)", "A report
# from the Transport Department presented to council (found)".
_DOCUMENT_HANDLED_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(_DOCUMENT_NOUNS))})(?:\s+(?:from|by)\s+(?:the\s+)?{_RUN})?"
    r"(\s+(?:published|released|issued|prepared|tabled|submitted|seen|obtained|circulated|sent|"
    r"presented|leaked)\b(?:(?!\bby\b)[^,;:“”\"])*)$"
)


_BRACKETED_ABBREVIATION_RE = re.compile(rf"\s*\(([{_UPPER}][A-Za-z.&]{{1,9}})\)$")


# Those who speak for a body or a person: "the society's lawyers", "his office".
_REPRESENTED_RE = re.compile(
    r"(?:^|\s)(?:[Tt]he\s+([a-z]+)['’]s\s+"
    r"(?:lawyers?|attorneys?|solicitors?|legal\s+team|management|leadership|administration"
    # "the club's trustees wrote", "the school's governors said": those who run a body speak for it.
    r"|trustees|directors|governors|board"
    # "The council's spokesperson said": one the story does not name, who speaks for the body.
    r"|spokes(?:person|man|woman)|press\s+office|media\s+office"
    # "the company's customer care team said": a team that answers for the body.
    r"|(?:customer\s+(?:care|service|services|relations)|communications|media|press)\s+team)"
    r"|([Hh]is|[Hh]er)\s+office)$"
)


# A parent named by how many children they have: "the mother of two", "the father-of-three".
_PARENT_OF_RE = re.compile(
    r"(?:^|\s)[Tt]he\s+(?:[a-z]+\s+)?(mother|father|grandmother|grandfather|mum|mom|dad)"
    r"[\s\-]of[\s\-](?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$"
)


_PARENT_PRONOUNS = {
    "mother": "she",
    "grandmother": "she",
    "mum": "she",
    "mom": "she",
    "father": "he",
    "grandfather": "he",
    "dad": "he",
}


# Someone named with the colleagues they worked with: "Solheim-Vatne and her co-authors".
_WITH_COLLEAGUES_RE = re.compile(
    rf"(?:^|\s)({_RUN})\s+and\s+(?:his|her|their)\s+(?:[a-z]+\s+)?"
    r"(?:co-authors|coauthors|colleagues|co-researchers|collaborators|team)$"
)


_NAME_JOINERS = frozenset({"and", "&", "of", "for", "the", "on", "in"})


def _spells_initials(abbreviation: str, s: str) -> bool:
    """Whether ``abbreviation`` is spelled, in order, by the initials of the capitalized words
    that end ``s``, the small words of a name between them left out: "Immigration and
    Customs Enforcement (ICE)" names the agency, though "Customs Enforcement" reads like a
    person; "Pádraig Ó Fearghail (FF)" is a person and their party."""
    letters = [c for c in abbreviation.upper() if c.isalpha()]
    initials = []
    for word in reversed(s.split()):
        if word[:1].isupper():
            initials.append(word[0].upper())
        elif word not in _NAME_JOINERS:
            break
    remaining = iter(reversed(initials))
    return len(letters) > 1 and all(letter in remaining for letter in letters)


# Someone described, not named, and where they are: "A neighbour of one of the victims in
# Stenbridge", "One nurse at the hospital" (not "a spokesman for", who speaks for a body).
_DESCRIBED_PLACED_RE = re.compile(
    rf"(?:^|\s)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?:{'|'.join(sorted(_UNNAMED_NOUNS))})"
    r"(?:\s+of\s+(?:one|some|two|three|several|many)\s+of\s+the\s+[a-z]+)?"
    r"\s+(?:in|at|from|near)\s+[^,;:“”\"]{1,60}$"
)


# A name, then the body they are of, maybe named after its kind, maybe of two words joined by
# "and": "Margaret Sorensen of the Allentown firm Dorsey Kuhl & Sorensen", "Atty. Jonathan
# Villaluz-Reyes of the Legal Rights and Natural Resources Center".
_OF_KIND_OF_BODY_RE = re.compile(
    rf"({_RUN})\s+(?:of|from|at)\s+(?:the|a|an)\s+(?:(?:[\w\-]+\s+){{0,3}}?"
    rf"(?:{'|'.join(sorted(_KIND_BEFORE_NAME))})\s+)?{_RUN}(?:\s+(?:&|and)\s+{_RUN})?$"
)


# A body's paper called by its title, capitalized: "The Treasury's Budget Economic and Fiscal
# Update", "the Reserve Bank's latest Monetary Policy Statement". The body issued it.
_TITLED_PAPER_RE = re.compile(
    rf"({_RUN})['’]s\s+(?:(?:own|latest|new|annual|quarterly|first|final)\s+)?"
    r"(?:[A-Z][\w\-]*\s+(?:(?:and|of|on|for|&)\s+)?){1,6}"
    rf"{_PAPER_TITLE_END}$"
)


def _subject_at_end(s: str) -> tuple[str, str] | None:
    handled = _DOCUMENT_HANDLED_RE.search(s)
    if handled:
        s = s[: handled.start(1)]
    paper = _TITLED_PAPER_RE.search(s)
    if paper and _clean_run(paper.group(1).split()):
        return paper.group(1), "proper"
    own = _OWN_DOCUMENT_RE.search(s)
    if own:
        # "Her filing described him as", "His letter says": whom the possessive means wrote it.
        return _POSSESSIVE_PRONOUNS[own.group(1).lower()], "pronoun"
    account = _ACCOUNT_OF_RE.search(s)
    if account:
        # "The zoo's Instagram account posted", "Elmbrook Zoo's Facebook page shared": the one
        # whose account it is.
        owner = account.group(1)
        if owner[:4] in {"the ", "The "}:
            return (owner, "definite") if _definite_head(owner) else None
        return (owner, "proper") if _clean_run(owner.split()) else None
    m = _WITH_COLLEAGUES_RE.search(s)
    if m and _clean_run(m.group(1).split()):
        # "Solheim-Vatne and her co-authors write that": the one the story names speaks for them.
        return m.group(1), "proper"
    m = _BRACKETED_ABBREVIATION_RE.search(s)
    if m:
        # "... for Kent and Weald Ambulance Service NHS Trust (KWAS)": the organization its
        # abbreviation was defined for; after a person, the bracket is their party
        # ("Cllr Pádraig Ó Fearghail (FF)").
        run = _RUN_AT_END_RE.search(s, 0, m.start())
        if not (run and _is_person(_name_tokens(run.group(1)))) or _spells_initials(
            m.group(1), s[: m.start()]
        ):
            return m.group(1), "proper"
        s = s[: m.start()]
    m = _SPOKESPERSON_OF_RE.search(s)
    if m and _clean_run(m.group(1).split()):
        return m.group(1), "organization"
    m = _BODY_SPOKESPERSON_RE.search(s) or _BODY_DOCUMENT_RE.search(s)
    if m and (m.group(1).capitalize() in ORG_NOUNS or m.group(1) in _ORG_SYNONYMS):
        # "a ministry spokesman", "a council report": who speaks for the body the story named,
        # or what it issued.
        return f"the {m.group(1)}", "definite"
    m = _REPRESENTED_RE.search(s)
    if m and m.group(1) and (m.group(1).capitalize() in ORG_NOUNS or m.group(1) in _ORG_SYNONYMS):
        # "the society's lawyers said", "the hospital's management said": they speak for the
        # body the story named.
        return f"the {m.group(1)}", "definite"
    if m and m.group(2):
        # "His office said in a statement": the office speaks for the one it serves.
        return _POSSESSIVE_PRONOUNS[m.group(2).lower()], "pronoun"
    m = _ISSUED_BY_AT_END_RE.search(s)
    if m and m.group(2) and _is_person(_split_title(_clean_run(m.group(2).split()))[2]):
        return m.group(2), "proper"
    if m and _clean_run(m.group(1).split()):
        # "An emergency warning issued by the Rural Fire Authority at 3.10pm (said)"
        return m.group(1), "proper"
    m = _OF_KIND_OF_BODY_RE.search(s)
    if m and _is_person(_name_tokens(m.group(1))):
        # "Margaret Sorensen of the Allentown firm Dorsey Kuhl & Sorensen told": the person,
        # then the body they work for, named after its kind.
        return m.group(1), "proper"
    m = _OF_ORGS_UNIT_RE.search(s)
    if m and " of " in m.group(1):
        person = m.group(1).split(" of ")[0]
        if _is_person(_name_tokens(person)):
            return person, "proper"
    if m and s.rsplit(None, 1)[-1] in _DOCUMENT_NOUNS and _clean_run(m.group(1).split()):
        # "Port Alder Regional Transit’s own fare review concluded": the paper of the one named.
        return m.group(1), "proper"
    if m and s.rsplit(None, 1)[-1] in _UNIT_NOUNS and _is_org(_clean_run(m.group(1).split())):
        # "the Lok Samta Party's district unit called the allegations": the party, through a
        # part of it.
        return m.group(1), "organization"
    m = _NAMED_DOCUMENT_RE.search(s)
    if m and _is_org(_clean_run(m.group(1).split())):
        # "The Health New Zealand report said the department was": the body's own paper.
        return m.group(1), "organization"
    m = _ORGS_PLACED_UNIT_RE.search(s)
    if m and _is_org(_clean_run(m.group(1).split())):
        # "The South African National Taxi Council's Western Cape branch, in a statement signed
        # by ..., said": the body, through a part of it named for a place.
        return m.group(1), "organization"
    m = _NAMED_KIND_RE.search(s) or _LOCAL_AT_END_RE.search(s)
    if m and _clean_run(m.group(1).split()) and not _BASED_RE.search(m.group(1)):
        return m.group(1), "organization"
    m = _PARENT_OF_RE.search(s)
    if m:
        # "“He's a smart kid,” the mother of two said": the one the story is about, called by
        # how many children she has, whom "she" would mean; no relative of anyone named.
        return _PARENT_PRONOUNS[m.group(1).lower()], "pronoun"
    if _DESCRIBED_PLACED_RE.search(s):
        # "A neighbour of one of the victims in Stenbridge", "One nurse at the hospital": someone
        # only described, by where they live or work; no speaker the story names.
        return None
    last = _LAST_WORD_RE.search(s)
    if not last:
        return None
    if last.group(1).lower() in _PRONOUNS:
        return last.group(1), "pronoun"
    family = _family(s)
    if family:
        return family
    m = _PAIR_RE.search(s)
    if (
        m
        and not _is_org([m.group(3)])
        and all(_clean_run([g]) == [g] for g in m.groups())
        and not _FIELD_OBJECT_BEFORE_RE.search(s, 0, m.start() + 1)
    ):
        # "Gail and Martin Reddish": given names joined by "and" before one surname; not the
        # fields an organization is named for ("the Ministry of Fisheries and Coastal Affairs").
        return m.group(0).strip(), "pair"
    m = _RELATIVE_SUBJECT_RE.search(s)
    if m:
        return m.group(1), "relative"
    m = _POSSESSIVE_OWNER_RE.search(s)
    if m:
        return m.group(1), "proper"
    m = _DEFINITE_RE.search(s)
    if m and _definite_head(m.group(1)):
        return m.group(1), "definite"
    m = _ORG_AT_PLACE_RE.search(s)
    if m and _is_org(_clean_run(m.group(1).split())):
        # "The Gaelic College at St. Ann's", "the National Weather Service office in Medford":
        # the body, wherever it is.
        return m.group(1), "organization"
    m = _RUN_AT_END_RE.search(s)
    if m and _clean_run(m.group(1).split()):
        if _PLACE_BEFORE_RE.search(s, 0, m.start(1)):
            # "messages circulating on WhatsApp said": where the words went round, not who
            # said them.
            return None
        word = m.group(1)
        if word == s.strip() and word.endswith("s") and word[:-1].lower() in _ROLE_WORDS:
            # "Campaigners have vowed to": people described by what they do, capitalized to open
            # the sentence, whom the story does not name.
            return None
        return m.group(1), "proper"
    return None


_WORD_BEFORE_STOP_RE = re.compile(r"\b(\w+)$")


def _cut_clause(s: str) -> str:
    """``s`` up to the end of the noun phrase that follows a speech verb; the period of an
    initial or a title ("Tom K. Reyes", "Dr. Bose") does not end it."""
    pos = 0
    while True:
        m = _CLAUSE_END_RE.search(s, pos)
        if m is None:
            return s
        if m.group(0) == "." and _after_initial_or_title(s, m.start()):
            pos = m.end()
            continue
        return s[: m.start()]


def _after_initial_or_title(s: str, stop: int) -> bool:
    """Whether the full stop at ``s[stop]`` ends an initial or a short title ("K.", "Sen."), or
    a given name written short before the next name ("Ma. Theresa", "Wm. Tully")."""
    word = _WORD_BEFORE_STOP_RE.search(s, max(0, stop - 8), stop)
    return (
        bool(word)
        and (
            len(word.group(1)) == 1
            and word.group(1).isupper()
            or word.group(1) in _TITLE_ABBREVIATIONS
            or (
                word.group(1) in _GIVEN_NAME_ABBREVIATIONS
                and s[stop + 1 : stop + 3].strip()[:1].isupper()
                # Not "said Jack Ma. The company": after a given name, the word is a surname.
                and _opens_name(s[: word.start(1)])
            )
        )
    )


def _opens_name(before: str) -> bool:
    """Whether a name may open right after ``before``: nothing, a word in lowercase or a title."""
    words = before.split()
    return not words or not words[-1][:1].isupper() or words[-1] in TITLE_WORDS


def _ends_clause(left: str) -> bool:
    """Whether ``left`` holds the end of a clause: a semicolon, a colon, or a full stop that
    does not end an initial or a short title ("Sen. Patricia Oduya said") and is not followed
    by a word in lowercase ("Halden & Co. analyst Ruth Amos wrote")."""
    return any(
        m.group(0)[0] != "."
        or not (_after_initial_or_title(left, m.start()) or left[m.end() : m.end() + 1].islower())
        for m in _CLAUSE_STOP_RE.finditer(left)
    )


_OF_AFTER_NAME_RE = re.compile(r"\s+(?:of|from|with)\s")


def _subject_after(rest: str) -> tuple[str, str] | None:
    """The speaker right after a speech verb: "said Sheriff Dana Whitfield, whose ..."."""
    chunk = _cut_clause(rest).strip()
    if not chunk:
        return None
    first = chunk.split()[0]
    if first.lower() in _PRONOUNS:
        return first, "pronoun"
    family = _family(chunk)
    if family:
        return family
    m = _RUN_RE.match(chunk)
    if m and _clean_run(m.group(0).split()):
        words = m.group(0).split()
        cut = next((n for n, w in enumerate(words) if w in {"of", "from"}), 0)
        if _OF_AFTER_NAME_RE.match(chunk, m.end()) or (cut >= 2 and _is_person(words[:cut])):
            return m.group(0), "proper"  # "said Yolanda Petrakis of the Alder County chapter of ..."
    m = _RUN_AT_END_RE.search(chunk)
    if m and _clean_run(m.group(1).split()):
        return m.group(1), "proper"
    m = _DEFINITE_RE.search(chunk)
    if m and _definite_head(m.group(1)):
        return m.group(1), "definite"
    return None


# "the woman, who gave her name only as Lorraine": someone described, then the name given.
_WHO_GAVE_NAME_RE = re.compile(
    r"\s+(?:the|a|an|one)\s+(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*,\s+who\s+(?:gave|gives|would\s+give)\s+"
    rf"(?:only\s+)?(?:his|her|their)\s+(?:first\s+|given\s+)?name\s+(?:only\s+)?as\s+({_RUN})"
)


# Someone's relative or colleague, then their name between commas: "his grandson, Ciarán Mac
# Giolla, 19.", "her business partner, Ada Roe,".
_RELATIVE_THEN_NAMED_RE = re.compile(
    rf"\s+(?:his|her|their)\s+(?:[a-z][\w\-]*\s+){{0,2}}[a-z][\w\-]*,\s+({_RUN})(?=\s*[,.;]|$)"
)


# Someone described without "the", then named between commas: "one former dishwasher, Tony
# Reyes.", "a neighbour, Ana Ruiz,".
_DESCRIBED_THEN_NAMED_RE = re.compile(
    rf"\s+(?:one|a|an|another)\s+(?:[a-z][\w\-]*\s+){{0,3}}[a-z][\w\-]*,\s+({_RUN})(?=\s*[,.;]|$)"
)


# A name set off by commas after a role: ", Dr Lena Hartwig," or ", Ana Ruiz."
_NAME_SET_OFF_RE = re.compile(rf",\s+({_RUN})(?=\s*[,.;]|$)")


# "said the union's liaison officer for the region, Siobhán Ó Cinnéide.", "said Network Rail's
# route director for the North West, Fiona Roe.": a role and what it is for or of (group 2),
# then the one who holds it (group 3), set off by commas.
_ROLE_FOR_THEN_NAME_RE = re.compile(
    rf"\s+((?:the|its|their|{_RUN}['’]s)\s+(?:[\w'’\-]+\s+){{0,3}}?[a-z][\w\-]*)\s+(?:for|of|at|in)\s+"
    rf"([^,;:.“”\"]{{2,60}}?),\s+({_RUN})(?=\s*[,.;]|$)"
)


_OWNER_BEFORE_ROLE_RE = re.compile(rf"^{_RUN}['’]s\s+")


_LEADING_PUNCTUATION_RE = re.compile(r"^[\s,—–\-]+")


_ACCORDING_TO_RE = re.compile(r"according to\s+", re.I)


# "According to him, “...”": the pronoun after the preposition is the speaker's.
_OBJECT_PRONOUN_RE = re.compile(r"(him|her|them)\b(?!\s+[a-z])")
_SUBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def _according_to(rest: str) -> tuple[str, str] | None:
    """The speaker after "according to": a name, a role, or a pronoun ("according to him")."""
    m = _OBJECT_PRONOUN_RE.match(rest.lstrip())
    if m:
        return _SUBJECT_PRONOUNS[m.group(1)], "pronoun"
    return _subject_after(rest)


_CLAUSE_STOP_RE = re.compile(r"[.;:]\s")


_APPOSITIVE_RE = re.compile(
    rf"({_RUN}),(?:\s+\d{{1,3}},)?\s+[^,.;:“”\"]{{3,160}},\s+(?:[a-z]+ly\s+)?({_VERB_RE.pattern[3:-3]})\b"
)


# After a quotation, a role in lowercase, then its holder set off by commas, then the verb: "the
# regional bishop of the Protestant church in the area, Dr. Martin Eschenbach, wrote".
_ROLE_HOLDER_VERB_RE = re.compile(
    rf"(?:the|its|his|her|their)\s+[a-z][^,.;:“”\"]{{2,100}}?,\s+({_RUN}),\s+(?:[a-z]+ly\s+)?({_VERB_RE.pattern[3:-3]})\b"
)


# A sentence that opens with its speech verb: "Said Mayor Lena Fairweather, opening the hearing: ..."
_VERB_FIRST_RE = re.compile(
    r"\s*(?:Said|Says|Added|Adds|Wrote|Writes|Replied|Recalled|Explained|Declared)\s+(?=[A-Z]|the\s)"
)


# Speech verbs that are also nouns: after an article or a possessive they name a thing ("said
# in a Facebook post", "her reply"), and the word before them is no speaker.
_NOUN_LIKE_VERBS = frozenset(
    """post posts tweet tweets email emails call calls answer answers counter claim claims
    promise promises pledge pledges vow vows remark remarks note notes reply replies warning
    joke jokes read accused""".split()
)


# Adverbs a verb may follow its subject by ("the report also notes").
_ADVERBS_BEFORE_VERB = frozenset("also further then later again still".split())


_DETERMINER_BEFORE_RE = re.compile(
    r"\b(?:a|an|the|his|her|its|their|our|my|this|that|[\w\-]+['’]s)\s+(?:[\w'’\-]+\s+){0,2}$", re.I
)


def _used_as_noun(text: str, verb: re.Match) -> bool:
    if verb.group(1).lower() not in _NOUN_LIKE_VERBS:
        return False
    before = text[max(0, verb.start() - _LONGEST_PHRASE) : verb.start()].split()
    while before and (before[-1] in _ADVERBS_BEFORE_VERB or before[-1].endswith("ly")):
        before.pop()  # "the document also notes", "the letter further reads"
    if before and before[-1].lower() in _DOCUMENT_NOUNS:
        return False  # "the statement read", "the letter reads": what the document says
    m = _DETERMINER_BEFORE_RE.search(text, max(0, verb.start() - _LONGEST_PHRASE), verb.start())
    if m is None:
        return False
    # "a role that Ní Fhlatharta calls": "that" before a name opens a clause whose subject the
    # name is, and the verb is its verb.
    words = m.group(0).split()
    if len(words) == 3 and words[1].islower() and words[1].isalpha() and _NAME_WORD_RE.fullmatch(words[2]):
        # "a decision Dumalagan calls", "the dish Reyes describes as": a noun, then the name
        # of the one whose verb it is, as after "that".
        return False
    return not (words[0].lower() == "that" and len(words) > 1 and words[1][:1].isupper())


_LONGEST_PHRASE = 60


# A surname as it stands alone: "Dumalagan", "Ní-Fhlatharta".
_NAME_WORD_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


# How far before or after a quotation "quoted ... as saying" may stand.
_LONGEST_QUOTED_AS = 200


def _holder_of_role(phrase: str) -> bool:
    """Whether the role ``phrase`` ("the union's liaison officer") is a person's, and one a
    name set off after its object holds (not a relation: "the mother of the victim, Ana Ruiz"
    may name either)."""
    head = _definite_head(phrase)
    return bool(head) and head not in RELATIONS and (head in _PERSON_ROLES or _is_person_noun(head))


def _attribution_after(post: str) -> tuple[str, str, str] | None:
    """(speaker, how, verb) from the words after a closing quote mark."""
    rest = _LEADING_PUNCTUATION_RE.sub("", post)
    if not rest:
        return None
    quoted = _quoted_as(rest[:_LONGEST_QUOTED_AS])
    if quoted:
        return quoted
    m = _ACCORDING_TO_RE.match(rest)
    if m:
        found = _according_to(rest[m.end() :])
        return (*found, "according to") if found else None
    m = _VERB_RE.match(rest)
    if m:
        described = _DESCRIBED_THEN_NAMED_RE.match(rest, m.end())
        described = described or _RELATIVE_THEN_NAMED_RE.match(rest, m.end())
        if described and _is_person(_name_tokens(described.group(1))):
            # "“...,” wrote one former dishwasher, Tony Reyes.", "said his grandson, Ciarán Mac
            # Giolla, 19.": someone described, then named.
            return described.group(1).rstrip("."), "proper", m.group(1)
        found = _subject_after(rest[m.end() :])
        named_as = _WHO_GAVE_NAME_RE.match(rest, m.end()) if not found or found[1] == "definite" else None
        if named_as and _clean_run(named_as.group(1).split()):
            # "said the woman, who gave her name only as Lorraine.": the name she gave.
            return named_as.group(1).rstrip("."), "proper", m.group(1)
        if found and found[1] == "definite":
            # "said the study's lead author, Dr Lena Hartwig, an ornithologist": the role, then
            # the name set off after it.
            named = _NAME_SET_OFF_RE.match(rest, m.end() + rest[m.end() :].find(found[0]) + len(found[0]))
            if named and _is_person(_name_tokens(named.group(1))):
                found = (named.group(1), "proper")
        held = _ROLE_FOR_THEN_NAME_RE.match(rest, m.end())
        if (
            held
            # "said Network Rail's route director for the North West, ...": the place the role
            # is for is no speaker.
            and (not found or found[1] == "definite" or found[0] in held.group(2))
            # "Network Rail's route director" is a role as "the route director" is.
            and _holder_of_role(_OWNER_BEFORE_ROLE_RE.sub("the ", held.group(1)))
            and _is_person(_name_tokens(held.group(3)))
        ):
            found = (held.group(3), "proper")
        return (*found, m.group(1)) if found else None
    m = _ROLE_HOLDER_VERB_RE.match(rest)
    if m and _is_person(_name_tokens(m.group(1))):
        # "“...,” the regional bishop of the Protestant church, Dr. Martin Eschenbach, wrote":
        # the role, then its holder set off by commas, then the verb.
        return m.group(1), "proper", m.group(2)
    m = _APPOSITIVE_RE.match(rest)
    if m and _clean_run(m.group(1).split()):
        # "Margaret Okonkwo-Hale, Northline's senior vice president for ..., said"
        return m.group(1), "proper", m.group(2)
    for m in _VERB_RE.finditer(rest):
        if _used_as_noun(rest, m):
            continue
        left = rest[: m.start()]
        # A name counts as one word, however long ("Valentina Ruiz-Tagle of the Universidad de Los Andes").
        if len(_RUN_RE.sub("N", left).split()) > 9 or _ends_clause(left):
            break
        if _CONTACT_CLAUSE_RE.search(left):
            # "had “abandoned” a dredging project it announced two years ago": a clause telling
            # which project, its "that" left out, not who spoke the words.
            break
        found = _subject_before(left)
        if found:
            return (*found, m.group(1))
        if _CONJOINED_VERB_RE.fullmatch(left):
            # "Mwangangi conceded that it had “put a strain on us” but said the ministry had
            # warned heads": a verb joined by "but" or "and" is the sentence's subject's again,
            # and what follows it, another speaker included, is what that subject said.
            break
    return None


# A noun after its article, then a pronoun: the subject of a clause about the noun ("a project it
# announced", "the plan she proposed"), not a speaker.
_CONTACT_CLAUSE_RE = re.compile(
    r"(?:^|\s)(?:a|an|the|its|his|her|their|this|that)\s+(?:[a-z\-]+\s+){0,2}?[a-z\-]+\s+(?:it|he|she|they|we)\s+$"
)


# What may stand before a speech verb that goes on from the sentence's subject: "but", "and also".
_CONJOINED_VERB_RE = re.compile(r"(?:and|but|yet|while)(?:\s+(?:also|then|later|[a-z]+ly))?\s+")


# Words another reports someone to have said: "was reported by Freedom Radio to have urged", "is
# said to have told".
_REPORTED_TO_HAVE_RE = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:reported|said|understood|believed)"
    r"(?:\s+by\s+[^,;:“”\"]{1,60}?)?\s+to\s+have\s+$"
)


# One a body speaks through, named after their role: "said through its chairperson, Prof.
# Esther Wafula-Mbugua,".
_THROUGH_NAMED_RE = re.compile(
    rf"\s+through\s+(?:its|their|his|her|the)\s+[a-z][a-z\- ]{{2,40}},\s+({_RUN}),"
)


def _reported_speech(sentence: str) -> tuple[str, str, str] | None:
    """(speaker, how, verb) of a sentence that reports what someone said, read from its first
    speech verb and the subject before it: "Its chairwoman, Úna Gilsenan, told the Observer
    the group was not opposed"."""
    sentence = sentence.lstrip()  # the space after the sentence before is no part of it
    for m in _VERB_RE.finditer(sentence):
        if _used_as_noun(sentence, m):
            continue
        left = sentence[: m.start()]
        if (
            m.group(1).lower() == "read"
            and _READ_OUT_RE.match(sentence, m.end())
            and left[-_LONGEST_PHRASE:].split()[-1:] in _DOCUMENT_WORD_LISTS
        ):
            continue  # "In a pastoral letter read in all churches": the letter read out, no speaker
        if (
            m.group(1).lower() in _DOCUMENT_PARTICIPLES
            and left[-_LONGEST_PHRASE:].split()[-1:] in _DOCUMENT_WORD_LISTS
        ):
            continue  # "In a statement posted on his campaign's page, he said": how it was put out
        aside = _DOCUMENT_ASIDE_RE.search(left.rstrip())
        scene = _SCENE_SET_RE.match(left)
        # A name counts as one word ("the Chief Press Secretary to the governor, Tunde Afolabi-Okon,"),
        # and a document set off after the subject none ("the diocese, in a statement signed by"),
        # nor the scene a sentence opens by setting ("In a pastoral letter read on Sunday,").
        counted = left[: aside.start()] if aside else left
        if len(_RUN_RE.sub("N", counted[scene.end() :] if scene else counted).split()) > 12:
            return None
        found = _subject_before(left)
        return (*found, m.group(1)) if found else None
    m = _FINDING_RE.search(sentence)
    if m and len(sentence[: m.start()].split()) <= 12:
        # "An audit completed in May by the county's Office of Internal Review found that":
        # what it found are its words.
        found = _subject_before(sentence[: m.start()])
        return (*found, m.group(1)) if found else None
    return None


# A document read out, the word before "read" as its participle: "In a pastoral letter read",
# "a statement read out", "a statement read outside court"; as one-word lists, the last word of
# the words before it.
_DOCUMENT_WORD_LISTS = [[noun] for noun in sorted(_DOCUMENT_NOUNS)]
_READ_OUT_RE = re.compile(r"\s+(?:in|to|out|outside|on|at|aloud|by|during|before|after|from)\b")


# The scene a sentence opens by setting, up to its comma: "In a pastoral letter read in all
# churches of the diocese on Sunday, ".
# A clock time may say when ("In a statement posted shortly after 12:30 a.m., ").
_SCENE_SET_RE = re.compile(r"(?:In|On|At|During|Through|Via)\s+(?:[^,;:“”\"]|(?<=\d):(?=\d)){2,100},\s+")


# Verbs that, right after a document's noun, say how it was put out, not who spoke: "a statement
# posted on his campaign's page", "a letter sent to parents".
_DOCUMENT_PARTICIPLES = frozenset("posted issued released sent published shared emailed tweeted".split())


# A sentence that opens with a person doing something: the name (after a role in lowercase), an
# age or description between commas, then its verb. A phrase that sets the scene or the means
# may come first ("In a memo to the board last month, Superintendent Delphine Marchand
# recommended ...").
_SCENE_FIRST = (
    r"(?:(?:In|On|At|After|Before|During|Later|Earlier|Since|Speaking|Asked|Meanwhile|Separately|"
    r"Afterwards|Afterward|Outside|Responding|Writing|Addressing|Through|Via|Last|This)\b[^,.;:“”\"]{0,80},\s+)?"
)
_ACTING_RE = re.compile(
    rf"\s*{_SCENE_FIRST}(?:(?:{_TOKEN}\s+){{0,2}}(?:[a-z][\w\-]*\s+){{1,2}})?({_RUN})(?:,\s+([^,.;:“”\"]{{1,60}}),)?\s+(?!(?:and|or|of|who|whose|which|for|to|in|at|on|with|from)\b)[a-z]+\b"
)


# A sentence that opens with someone's role in lowercase and then its holder between commas:
# "The department's spokesperson, Sipho Nkwanyana-Botha, confirmed", "Its chief executive, Ada
# Roe, 54, announced".
_ROLE_THEN_HOLDER_RE = re.compile(
    rf"\s*{_SCENE_FIRST}(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|{_TOKEN}['’]s)\s+(?:[\w'’\-]+\s+){{0,2}}?"
    rf"[a-z][\w\-]*,\s+({_RUN}),\s+(?:\d{{1,3}},\s+)?(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b"
)


def _acting_person(
    sentence: str, organizations: bool = False, doc: _Document | None = None
) -> tuple[str, str, str] | None:
    """(speaker, how, verb) of a sentence that opens with a named person, by full name or by
    title and surname (or, when ``organizations`` says so, an organization), doing something;
    given ``doc``, also by the surname alone of someone it named in full before ("Reis shook
    his head.")."""
    held = _ROLE_THEN_HOLDER_RE.match(sentence)
    if held and _is_person(_clean_run(held.group(1).split())):
        # "The department's spokesperson, Sipho Nkwanyana-Botha, confirmed ... and said": a role
        # in lowercase, then the one who holds it, named between commas.
        return held.group(1), "proper", ""
    m = _ACTING_RE.match(sentence)
    if m is None:
        return None
    set_off = m.group(2) and _clean_run(m.group(2).split())
    if set_off and m.group(1) in TITLE_WORDS and _RUN_RE.fullmatch(m.group(2)) and _is_person(set_off):
        # "The local MSP, Catriona Lindsay-Adu, said ... and described": a title, then the one
        # who holds it, named between commas.
        return m.group(2), "proper", ""
    tokens = _name_tokens(m.group(1))
    # "Mrs. Ortiz was not impressed.", "Judge Kaplan looked up.": a title and a surname.
    titled = len(tokens) == 1 and bool(_split_title(_clean_run(m.group(1).split()))[1])
    known = doc is not None and len(tokens) == 1 and doc.is_surname(tokens[0])
    if not (_is_person(tokens) or titled or known or (organizations and _is_org(tokens))):
        return None
    return m.group(1), "proper", ""


# The words before a verb in the form a demand takes ("demanded that the board explain").
_MANDATED_RE = re.compile(r"\bthat\s+(?:the|a|an|its|his|her|their)\s+(?:[\w'’\-]+\s+){0,3}$")


# Speech verbs whose past has no ending: "that the board said" is no demand.
_IRREGULAR_PAST = frozenset("said told wrote read".split())


def _is_mandated(verb: str, left: str) -> bool:
    """Whether ``verb``, after ``left``, is in the bare form a demand takes ("demanded that the
    board explain"): the words are what someone else demanded, whose speaker comes before."""
    bare = verb not in _IRREGULAR_PAST and not verb.endswith(("s", "ed", "ing"))
    return bare and bool(_MANDATED_RE.search(left))


# "as her family put it,", "as one neighbour put it:": words in someone's own way of saying them.
_AS_PUT_IT_RE = re.compile(
    r"\b[Aa]s\s+([^,.;:“”\"]{2,60}?)\s+(?:put|puts|has\s+put|had\s+put)\s+it\s*[,:]?\s*$"
)


# A verb of the subject's with "by" and a participle after it: "opened by calling", "began by".
# What moved someone to speak, then who, then "to" before the speech verb.
_PROMPTED_TO_RE = re.compile(
    rf"\b(?:prompting|prompted|leading|led|moving|moved|forcing|forced)\s+({_RUN})\s+to\s+$"
)


_VERB_BY_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s)|began)\s+by\s*$")


# A sentence opening with a pronoun doing something: "He praised his players' effort,", "She
# also took aim at the tax,"; the past of a verb that does not end in "-ed" is among a few.
_PAST_WITHOUT_ED = (
    "took|made|gave|went|came|hit|set|put|spoke|wrote|told|said|held|kept|left|led|met|paid|sent|sat|stood|"
    "won|lost|brought|thought|fought|struck|threw|drew|began|broke|chose|rose|shook|swore|tore"
)
_PRONOUN_ACTING_RE = re.compile(
    r"\s*((?i:he|she|they|it|we))\s+(?:(?:[a-z]+ly|also|then|later|again|even|still|only|never|just)\s+)?"
    rf"(?:[a-z]+(?:ed|s)|{_PAST_WITHOUT_ED})\b"
)


# A clause of time opening a sentence, set off by a comma: "As he walked away from the
# lectern, he turned and", "When the vote was called, she stood and".
_TIME_CLAUSE_RE = re.compile(r"\s*(?:As|When|After|Before|While|Once)\s+[^,;:“”\"]{2,100},\s+")


# A question put to someone, opening the sentence that tells what they did: "Asked about his
# celebration after the final wicket, when he sprinted towards the ramparts, ".
_ASKED_CLAUSE_RE = re.compile(r"\s*Asked\s+[^.!?;:“”\"]{2,200},\s+(?=(?:he|she)\s)")


# A sentence opening with someone who speaks for an organization: "A Pelipay spokesman declined".
_SPOKESPERSON_OPENS_RE = re.compile(rf"\s*(?:[Aa]n?|[Tt]he)\s+({_RUN})\s+{_SPOKESPERSON_WORDS}\s+[a-z]")


# Verbs of telling someone something, and the auxiliary that makes the one told their subject:
# "she was told", "the union had been assured".
_TOLD_VERBS = frozenset("told assured informed advised warned promised".split())
_PASSIVE_BEFORE_RE = re.compile(
    r"\b(?:was|were|is|are|been|being|get|got|gets)\s+(?:[a-z]+ly\s+|also\s+|only\s+)?$"
)


# Who told: "by Councillor Ada Roe", "by the housing office", up to what they told.
_TOLD_BY_RE = re.compile(r"\s*by\s+([^,.;:“”\"]{2,80}?)\s*(?:,|\bthat\b|\bto\b|$)")


# What the one told was told someone would do: "the county would", "the board will".
_WOULD_DO_RE = re.compile(
    r"\s*(?:that\s+)?([^,.;:“”\"]{2,80}?)\s+(?:would|will|was\s+going\s+to|were\s+going\s+to)(?:\s+[a-z]|\s*$)"
)


def _teller(told: str) -> tuple[str, str] | None:
    """(speaker, how) of words someone was told, from what follows the verb: the one named after
    "by"; else the one said to be going to do what the words say ("had been told the county
    would “look at it again”"); None when the story does not say who told them, and the words
    come only through the one who reports being told."""
    m = _TOLD_BY_RE.match(told) or _WOULD_DO_RE.match(told)
    if m:
        found = _subject_at_end(m.group(1).strip())
        if found and found[1] in {"proper", "definite", "organization"}:
            return found
    return None


# A name and the relative clause the quotation stands in: "His wife, Loretta Pettibone, who has
# heard the story "...," says"; and the verb after it, with no subject of its own.
_NAME_THEN_WHO_RE = re.compile(rf"({_RUN}),\s+who\s+[^,;:“”\"]{{2,160}}$")
_VERB_WITHOUT_SUBJECT_RE = re.compile(
    r",?\s*(says|said|adds|added|recalls|recalled)\s+(?:that\s+)?(?:the\s+)?[a-z]"
)


def _described_subject(pre: str, post: str) -> tuple[str, str, str] | None:
    """(speaker, how, verb) of a quotation inside the description set off after a name, when the
    sentence's verb comes after it: "Ana Ruiz, who has heard the story "maybe a hundred
    times," says the ledgers have taken over": the one described, who says it."""
    verb = _VERB_WITHOUT_SUBJECT_RE.match(post)
    named = _NAME_THEN_WHO_RE.search(pre) if verb else None
    if named is None or not _is_person(_name_tokens(named.group(1))):
        return None
    return named.group(1), "proper", verb.group(1)


# A court or an inquest that heard what someone named had done or said: "The inquest heard the
# houseboat's owner, Geoffrey Stanhope, had", "the court heard Ms Ruiz told".
_BODY_HEARD_RE = re.compile(
    r"\b(?:court|inquest|inquiry|tribunal|jury|hearing|trial|commission)\b[^.;:“”\"]{0,60}?\bheard\s+"
    rf"(?:that\s+)?(?:(?:the|a|an|his|her|their|[\w\-]+['’]s)\s+(?:[\w'’\-]+\s+){{0,3}}?[a-z][\w\-]*,\s+)?({_RUN})"
    r",?\s+(?:had|has|was|were|is|would|did)\b[^“”\"]*$"
)


def _attribution_before(pre: str) -> tuple[str, str, str] | None:
    """(speaker, how, verb) from the words of the sentence before an opening quote mark."""
    quoted = _quoted_as(pre[-_LONGEST_QUOTED_AS:])
    if quoted:
        return quoted
    m = _VERB_FIRST_RE.match(pre)
    if m:
        found = _subject_after(pre[m.end() :])  # "Said Mayor Lena Fairweather, opening ...: "
        if found:
            return (*found, m.group(0).strip().lower())
    m = re.search(r"\baccording to\s+(.+?),\s*$", pre, re.I)
    if m:
        found = _according_to(m.group(1))
        if found:
            return (*found, "according to")
    for m in reversed(list(_VERB_RE.finditer(pre))):
        if _used_as_noun(pre, m):
            continue
        left = pre[: m.start()]
        if _is_mandated(m.group(1).lower(), left):
            continue  # "demanded that the board explain": the demand's verb, not the speaker's
        if m.group(1).lower().endswith("ing") and left.rstrip().endswith(","):
            # "The authority issued a warning at noon, telling residents it was": the subject
            # that opens the sentence speaks the participle.
            acting = _acting_person(left, organizations=True)
            if acting:
                return (*acting[:2], m.group(1))
            pronoun = _PRONOUN_ACTING_RE.match(left)
            if pronoun:
                # "He praised his players' effort, describing the first half as": he.
                return pronoun.group(1).lower(), "pronoun", m.group(1)
            spokesperson = _SPOKESPERSON_OPENS_RE.match(left)
            if spokesperson and _clean_run(spokesperson.group(1).split()):
                # "A Pelipay spokesman declined to comment, saying only that": Pelipay.
                return spokesperson.group(1), "organization", m.group(1)
        if m.group(1).lower() in _TOLD_VERBS and _PASSIVE_BEFORE_RE.search(left):
            # "The union had been told by Councillor Ada Roe that", "had been told the county
            # would": the words are the teller's, not those of whoever reports being told them.
            teller = _teller(pre[m.end() :])
            if teller:
                return (*teller, m.group(1))
        prompted = _PROMPTED_TO_RE.search(left)
        if prompted and _clean_run(prompted.group(1).split()):
            # "..., prompting Bautista-Reyes to say the procedures were": the one prompted speaks.
            return prompted.group(1), "proper", m.group(1)
        through = _THROUGH_NAMED_RE.match(pre, m.end())
        if through and _is_person(_name_tokens(through.group(1))):
            # "The committee said through its chairperson, Prof. Esther Wafula-Mbugua, that":
            # a spokesperson the story names speaks as themself.
            return through.group(1), "proper", m.group(1)
        reported = _REPORTED_TO_HAVE_RE.search(left)
        if reported:
            # "Alhaji Nasiru Ado-Tofa was reported by Freedom Radio to have urged": the one
            # reported did the urging.
            left = left[: reported.start()] + " "
        if m.group(1).lower().endswith("ing"):
            by = _VERB_BY_RE.search(left)
            if by:
                # "Lindqvart opened by calling the rules", "She began by thanking": the subject
                # of the verb the participle tells the manner of.
                left = left[: by.start()]
        found = _subject_before(left)
        if found:
            return (*found, m.group(1))
    # A finding after the last verb of speaking, or in a sentence with none ("accused of the
    # shooting ... denied bail, with the magistrate finding that"), is the finder's words.
    spoken = [m.end() for m in _VERB_RE.finditer(pre)]
    if not spoken or _FINDING_RE.search(pre, spoken[-1]):
        for m in reversed(list(_FINDING_RE.finditer(pre, spoken[-1] if spoken else 0))):
            # "Employment Judge Caroline Hatherley found the company had failed to follow a fair
            # procedure and that dismissal was": the judge's words.
            found = _subject_before(pre[: m.start()])
            if found:
                return (*found, m.group(1))
    put = _AS_PUT_IT_RE.search(pre[-_LONGEST_QUOTED_AS:])
    if put:
        # "and, as her family put it, “several hundred students.”": the one who put it so.
        found = _subject_before(put.group(1))
        if found:
            return (*found, "put")
    own = _OWN_ACCOUNT_RE.search(pre[-_LONGEST_QUOTED_AS:])
    if own:
        # "she was, by her own account, “bored to the back teeth”", "by his own admission, knew
        # nothing about it except that it was “older than the building”": the words are theirs.
        if own.group(2):
            # "and that the cut was, in his words, “...”": the words of the sentence's speaker,
            # with no verb of their own.
            return _POSSESSIVE_PRONOUNS[own.group(2).lower()], "pronoun", ""
        return _POSSESSIVE_PRONOUNS[own.group(1).lower()], "pronoun", "account"
    heard = _BODY_HEARD_RE.search(pre)
    if heard and _is_person(_name_tokens(heard.group(1))):
        # "The inquest heard the houseboat's owner, Geoffrey Stanhope, had taken out the buoys
        # because they were “...”": what the body heard of someone named is their account.
        return heard.group(1), "proper", ""
    return _colon_introduction(pre)


# "Estrada issued a statement:", "The union put out a short response:", "She left a comment
# under the post:", "The office had a message for residents:": a verb that is not one of
# speaking, then what was issued, then the colon.
_ISSUED_COLON_RE = re.compile(
    r"\s+(?:issued|released|put out|sent|gave|offered|shared|provided|left|had|posted|published)\s+"
    r"(?:[\w'’\-]+\s+){0,3}?"
    r"(?:statement|message|response|reply|answer|note|comment|warning|explanation|tribute)\b[^:;.]{0,80}:\s*$"
)


# "The agency has just posted an update", "The club issued a statement on Sunday": someone
# issuing what the paragraph after quotes.
_ISSUED_SENTENCE_RE = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:just\s+|now\s+|also\s+)?(?:issued|released|posted|published|"
    r"put\s+out|shared)\s+(?:[\w'’\-]+\s+){0,3}?(?:statement|message|update|warning|notice|alert|"
    r"bulletin|post)\b"
)


# "His answer:", "Fitch's reply:": whose words, then what they were, then the colon; a few
# words in lowercase may say how they went ("His answer didn't change much:").
_POSSESSIVE_COLON_RE = re.compile(
    rf"(?:^|\s)(His|Her|Their|Its|his|her|their|its|{_RUN}['’]s|[Tt]he\s+(?:[a-z]+\s+)?[a-z]+['’]s)\s+"
    r"(?:[a-z]+\s+)?"
    r"(answer|reply|response|message|advice|verdict|explanation|warning|prediction|assessment|line|view|take|"
    r"greeting|motto|mantra|catchphrase|refrain|plea|promise|instructions)"
    r"(?:\s+[a-z][a-z’'\-]*){0,5}\s*:\s*$"
)


# "The municipality was blunt:": the subject, how it put the words, then the colon.
_MANNER_COLON_RE = re.compile(
    r"\s+(?:was|were|is|are)\s+(?:[a-z]+ly\s+)?(?:blunt|clear|direct|firm|unequivocal|emphatic|adamant|"
    r"candid|frank|defiant|unapologetic|brief|succinct|scathing|terse|philosophical|optimistic|upbeat)"
    r"\s*(?:in\s+(?:its|his|her|their)\s+(?:response|reply|assessment))?\s*:\s*$"
)


_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}


# Someone's words as the subject, however described after the noun: "Pettifer's message to
# those who have criticised him", "Her answer to the charge".
_WORDS_OF_SUBJECT_RE = re.compile(
    rf"(?:^|[\s,])(His|Her|Their|Its|{_RUN}['’]s)\s+(?:[a-z]+\s+)?"
    r"(?:answer|reply|response|message|advice|verdict|explanation|warning|assessment|view|take|plea)"
    r"\b[^:;.“”\"]{0,80}$"
)


# "by her own account,", "by his own admission,", "in their own words,", "in his words,": the
# words that follow are those of whom the possessive means.
_OWN_ACCOUNT_RE = re.compile(
    r"\b(?:(?:by|in)\s+(his|her|their|its)\s+own\s+(?:account|admission|words|description|telling)"
    r"|in\s+(his|her|their|its)\s+words)\b",
    re.I,
)


# "Another delegate, Marian Fisk, disagreed:", "Okafor objected sharply:": the subject and one
# verb in the past, an adverb beside it, then the colon.
_ACTED_COLON_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]{3,}ed)(?:\s+[a-z]+ly)?\s*:\s*$")


# Live copy's shorthand: the one speaking, then how, in a participle set off by a comma, then
# the colon ("Pettifer, laughing:", "The minister, visibly irritated by the question:").
_MANNER_SET_OFF_COLON_RE = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ing|ed)(?:\s+[a-z]+){0,4}\s*:\s*$")


# The subject's verb in the past and what it was done to, then the colon: "thanked drivers who
# pulled over:", "urged residents to stay indoors:".
_ACTED_ON_COLON_RE = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:thanked|urged|reminded|warned|told|asked|assured|welcomed|praised)"
    r"\s+(?:[\w'’\-]+\s+){0,8}?[\w'’\-]+\s*:\s*$"
)


# The page, account or post a body or someone keeps online, by its owner: "On the union's
# Facebook page, a post read:", "A post on its website said:", "On the Millbrook Choir Facebook
# page, organisers wrote:".
_OWNED_POST_RE = re.compile(
    rf"(?:^|\s)(?:(its|his|her|their|Its|His|Her|Their)|([Tt]he\s+(?:[a-z]+\s+)?[a-z]+)['’]s|({_RUN})['’]s?"
    rf"|[Tt]he\s+({_RUN}))\s+(?:own\s+|official\s+)?"
    rf"(?:(?:{'|'.join(sorted(_PLATFORMS))})\s+)?"
    r"(?:page|account|feed|channel|website|post)\b([^:;.“”\"]{0,120}):\s*$"
)


def _post_owner(pre: str) -> tuple[str, str, str] | None:
    """(speaker, how, verb) of an introduction naming only where the words were posted: the
    owner of the page, account or post ("On the union's Facebook page, a post read:"), unless
    a name after it says who posted them ("On its website, Kilbride Rovers said:")."""
    m = _OWNED_POST_RE.search(pre[-_ATTRIBUTION_REACH:])
    if m is None or _CAPITAL_RE.search(m.group(5)):
        return None
    if m.group(1):
        return _POSSESSIVE_PRONOUNS[m.group(1).lower()], "pronoun", ""
    if m.group(2):
        return (m.group(2), "definite", "") if _definite_head(m.group(2)) else None
    # "the Millbrook Choir Facebook page": the platform's name is no part of the owner's.
    words = [w for w in _strip_possessive(m.group(3) or m.group(4)).split() if w not in _PLATFORMS]
    if not words:
        return None
    return " ".join(words), "organization" if m.group(4) else "proper", ""


def _colon_introduction(pre: str) -> tuple[str, str, str] | None:
    """(speaker, how, verb) from an introduction that ends in a colon without a speech verb:
    "Estrada issued a statement:", "His answer:"."""
    if not pre.rstrip().endswith(":"):
        return None
    m = _ISSUED_COLON_RE.search(pre)
    if m:
        found = _subject_before(pre[: m.start()])
        return (*found, m.group(0).split()[0]) if found else None
    m = _MANNER_COLON_RE.search(pre)
    if m:
        # "In a later statement, the municipality was blunt:"
        found = _subject_before(pre[: m.start()])
        if found is None:
            # "Pettifer's message to his critics was blunt:": the words of whose they were.
            owner = _WORDS_OF_SUBJECT_RE.search(pre[max(0, m.start() - _ATTRIBUTION_REACH) : m.start()])
            if owner:
                pronoun = _POSSESSIVE_PRONOUNS.get(owner.group(1).lower())
                found = (pronoun, "pronoun") if pronoun else (_strip_possessive(owner.group(1)), "proper")
        return (*found, "") if found else None
    m = _POSSESSIVE_COLON_RE.search(pre)
    if m:
        owner = m.group(1)
        pronoun = _POSSESSIVE_PRONOUNS.get(owner.lower())
        if pronoun:
            return pronoun, "pronoun", m.group(2)
        if owner[:1] in "Tt" and owner.split()[0].lower() == "the":
            # "The city manager's bottom line:": the one the role means.
            phrase = _strip_possessive(owner)
            verb = m.group(2) if m.group(2) in SPEECH_VERBS else ""
            return (phrase, "definite", verb) if _definite_head(phrase) else None
        return _strip_possessive(owner), "proper", m.group(2)
    m = _ACTED_COLON_RE.search(pre)
    if m:
        found = _subject_before(pre[: m.start()])
        if found and found[1] in {"proper", "pronoun"}:
            return (*found, "")
        if found and found[1] == "definite" and _definite_head(found[0]) in _PERSON_ROLES:
            # "Pressed on his budget, the manager smiled:": someone named by their role.
            return (*found, "")
    m = _MANNER_SET_OFF_COLON_RE.search(pre)
    if m:
        found = _subject_before(pre[: m.start()])
        if found and (
            found[1] in {"proper", "pronoun"}
            or (found[1] == "definite" and _definite_head(found[0]) in _PERSON_ROLES)
        ):
            return (*found, "")
    m = _ACTED_ON_COLON_RE.search(pre[-_ATTRIBUTION_REACH:])
    if m:
        # "In a Facebook post, the sheriff's office thanked drivers who pulled over:": the one
        # who did something to someone, in the words after the colon.
        found = _subject_before(pre[-_ATTRIBUTION_REACH:][: m.start()])
        if found and found[1] in {"proper", "pronoun", "definite", "organization"}:
            return (*found, "")
    return _post_owner(pre)


def _resolve(head: str, how: str, pos: int, doc: _Document, verb: str = "") -> _Entity | None:
    if how == "pronoun":
        word = head.lower()
        if word == "it":
            document = doc.document_speaking_before(pos)
            if document in _DOCUMENT_NOUNS or document in _COURT_PAPERS:
                # "“...,” the indictment states.\n\nIt says he moved money": the document,
                # whose issuer is whoever the story said issued it, if anyone.
                return next((a for a in doc.authors_of(document, pos) if not isinstance(a, str)), None)
        if word in {"it", "we"}:
            noun = doc.opening_noun_before(pos) if word == "it" else ""
            if word == "it":
                # "The report, prepared by planning director Lise Comeau, found that .... It
                # warned": the document the paragraph opened with, and so its issuer.
                found = doc.document_opening_paragraph(pos)
                if found is not None:
                    return found
            if noun and (noun in _ORG_SYNONYMS or noun.capitalize() in ORG_NOUNS):
                # "The trust celebrated online. “...,” it wrote.": the trust.
                found = doc.last_org(pos, noun)
                if found is not None:
                    return found
            return doc.last_org(pos, "group") or doc.last_person(pos)
        if word == "they" and doc.authors_open_sentence_before(pos):
            # "The researchers believe traffic is the reason. In the paper they write that": the
            # study's authors, and so its lead author when the story names one.
            lead = doc.lead_author(pos)
            if lead is not None:
                return lead
        if word == "they":
            group = doc.last_org(pos, "group")
            return group if group is not None and doc.near(group, pos) else None
        # "she says", "he adds": spoken now, by someone alive.
        present = verb.endswith("s") and not verb.endswith("ss")
        return doc.last_person_called(pos, word, present=present)
    if how == "relative":
        return doc.last_relative(pos, head.split()[-1].lower())
    if how in {"family", "family of"}:
        return doc.family(head, pos) if how == "family" else doc.family_of(head, pos)
    if how == "pair":
        first, _, second, surname = head.split()
        if doc.is_surname(first):
            # "Okafor and Ruth Amos said": someone named before, and another.
            return doc.by_name([second, surname], pos)
        return doc.family(f"{surname} family", pos)
    if how == "definite":
        noun = _definite_head(head) or ""
        if noun in _DOCUMENT_NOUNS:
            # "the statement said": whoever the story said issued it.
            for author in doc.authors_of(noun, pos):
                if isinstance(author, str):
                    # The sentence that mentions it: its speaker ("the district said") issued it.
                    reported = _reported_speech(author)
                    author = None
                    if reported is not None and _definite_head(reported[0]) not in _DOCUMENT_NOUNS:
                        author = _resolve(reported[0], reported[1], pos, doc)
                if author is not None:
                    return author
            if head.startswith(("Its ", "its ")):
                # "SkyCast Aotearoa had issued a wind watch. Its report warned of ...": the
                # document of what "it" means, and so that one's words.
                owner = _resolve("it", "pronoun", pos, doc)
                if owner is not None and owner.kind == "organization":
                    return owner
            if noun in _RESEARCH_PAPERS:
                # "The paper warns that": the study's, and so its lead author's when the story
                # names one and nobody else as its author.
                lead = doc.lead_author(pos)
                if lead is not None:
                    return lead
        if noun in _AUTHOR_NOUNS:
            # "In the paper, the authors write": the study's lead author, when the story names one.
            return doc.lead_author(pos)
        if noun.upper() in _SEAT_LETTERS:
            # "One backbencher, who asked not to be named, said ... “...,” the MP said.": the
            # member who spoke last, named or not.
            return doc.last_person(pos)
        if noun not in _PERSON_ROLES and _is_person_noun(noun):
            # "Mowat, 19, came on late. ... the teenager said": the person the story is about.
            return doc.last_person(pos, role=noun) or doc.last_person(pos)
        if noun in _PERSON_ROLES:
            found = doc.last_person(pos, role=noun)
            if found is None and noun.startswith("spokes"):
                # "A spokesperson for the Pallikkara Municipality ... the spokesperson said"
                found = doc.last_spoken_for(pos)
            if found is None and not noun.startswith("spokes"):
                # A lead's "blaming what its new chief executive called ...": the one the
                # story names with that title later.
                found = doc.next_with_role(pos, noun)
            return found
        found = doc.last_org(pos, noun)
        if found is None and noun == "union":
            # "The union called the strike" after "the Association of Railway Drivers": a union
            # named an association, when the story names no Union.
            found = doc.last_org(pos, "association")
        if found is None and noun == "family":
            found = doc.family_of_relative(pos) or doc.family_of_subject(pos)
        return found
    titled = _CAPITALIZED_TITLE_RE.fullmatch(head)
    if titled and all(word in TITLE_WORDS for word in titled.group(1).split()):
        # "Chief Minister Harish Chandra Tiwari refused ... the Chief Minister said": a title
        # written with capitals after "the" is its holder's the story named before, no body.
        holder = doc.last_person(pos, role=titled.group(1).lower())
        if holder is not None:
            return holder
    letters = _TITLE_LETTERS_RE.fullmatch(head)
    if letters and letters.group(1) not in doc.abbreviations:
        holder = doc.last_titled_by_initials(pos, letters.group(1))
        if holder is not None:
            # "Education Cabinet Secretary Joseph Wafula Nyongesa ... the CS said": a title
            # written short by its initials, after "the", is its holder's.
            return holder
    if _HONOUR_RE.fullmatch(head):
        # "“...,” his Honour said.": the judge on the bench, or the magistrate, named before.
        return doc.last_on_the_bench(pos)
    if how == "organization" and doc.org_endings.get(head) is not None:
        # "The Labourers' International Union of North America, Local 837, said": the end of
        # a body's name, as the story wrote it, stands for the body.
        return doc.org_endings[head]
    tokens = _name_tokens(head)
    if how == "organization" and tokens:
        return doc.by_name(tokens, pos, organization=True)
    return doc.by_name(tokens, pos) if tokens else None


# "his Honour", or the title alone: the judge or magistrate on the bench.
_HONOUR_RE = re.compile(rf"{_HONOUR}|{_HONOUR_TITLE}")


# "the CS", "the PPRO": initials after "the", which may spell a title.
_TITLE_LETTERS_RE = re.compile(r"(?:[Tt]he\s+)?([A-Z]{2,5})")


# "the Chief Minister", "The Police Commissioner": a title after "the", in capitals.
_CAPITALIZED_TITLE_RE = re.compile(rf"(?:[Tt]he\s+)?({_TOKEN}(?:\s+{_TOKEN}){{0,2}})")


# What opens a paragraph that translates the quotation before it: "[Translation: ", "(Translated: ".
_TRANSLATION_RE = re.compile(r"[\[(]?\s*(?:[Tt]ranslation|[Tt]ranslated|[Ii]n English)\s*[:,—–-]?\s*")


# Words that tell only when or how someone went on: "Then, more seriously:", "Later, quietly:".
_MANNER_LONGEST = 60
_MANNER_WORDS = frozenset("then and but later finally again still more less very most afterwards now".split())


def _manner_only(lead: str) -> bool:
    """Whether ``lead``, the words opening a paragraph before its quotation, is an introduction
    ending in a colon made only of words of time or manner."""
    if len(lead) > _MANNER_LONGEST or not lead.rstrip().endswith(":"):
        return False
    words = re.findall(r"[A-Za-z]+", lead)
    return 0 < len(words) <= 4 and all(w.lower() in _MANNER_WORDS or w.lower().endswith("ly") for w in words)


def _reports_unnamed(paragraph: str) -> bool:
    """Whether the last sentence of ``paragraph`` opens with someone only described and reports
    their words: "A bus operator ..., who asked not to be named, said the readers had failed."."""
    body = paragraph.rstrip()
    start = max([e for e in _sentence_ends(body) if e < len(body)], default=0)
    last = body[start:].lstrip()
    m = _UNNAMED_PERSON_RE.match(last)
    return bool(m and _VERB_RE.search(last, m.end(), m.end() + 2 * _ATTRIBUTION_REACH))


# A section head: a short line of words, without a sentence's end or a quotation mark ("On why
# now", "The early years"); or the interviewer's question, a line ending in a question mark.
_SECTION_HEAD_RE = re.compile(
    rf"[{_UPPER}][^.!:;“”\"‘’\n]{{1,60}}[^.!:;,“”\"‘’\n\s]|[{_UPPER}][^“”\"\n]{{1,200}}\?"
)


def _is_section_head(paragraph: str) -> bool:
    """Whether ``paragraph`` is a section head of an interview write-up, or a question put."""
    return bool(_SECTION_HEAD_RE.fullmatch(paragraph.strip()))


def _most_quoted(quotes: list[_Span]) -> _Span | None:
    """The first quotation of the person the story has credited most often among ``quotes``."""
    counts: dict[int, int] = {}
    first: dict[int, _Span] = {}
    for span in quotes:
        if span.entity is not None and span.entity.kind == "person" and span.entity.name:
            counts[id(span.entity)] = counts.get(id(span.entity), 0) + 1
            first.setdefault(id(span.entity), span)
    if not counts:
        return None
    return first[max(counts, key=lambda key: counts[key])]


# A sentence opening with someone or something the story does not name, saying: "The auction
# house said in a statement that", "A neighbour told".
_UNNAMED_SAYS_RE = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w'’\-]*\s+){1,3}?(?:said|says|told|added|stated|wrote|announced)\b"
)


def _unnamed_says_before(par: str, at: int) -> bool:
    """Whether the sentence holding ``at`` opens, before it, with one the story does not name
    saying something: the quotation is theirs, not the last speaker's in the paragraph."""
    start = max([e for e in _sentence_ends(par[:at]) if e < at], default=0)
    return bool(_UNNAMED_SAYS_RE.match(par, start, at))


# Words that tell the story will not name someone.
_ANONYMOUS_RE = re.compile(
    r"\b(?:asked not to be (?:named|identified)|did not want (?:to be named|(?:his|her|their) name)"
    r"|declined to (?:be named|give (?:his|her|their) (?:full )?name)|on condition of anonymity)\b"
)


def _anonymous_before(span: _Span, masked: list[str]) -> bool:
    """Whether ``span``'s speaker, called by a plain noun for a person ("the man", "the
    woman"), is the one the paragraph before, or its own words before the quotation, say the
    story will not name."""
    noun = _definite_head(span.head) or ""
    if not _is_person_noun(noun) or noun in _PERSON_ROLES:
        return False
    here = masked[span.par][: span.open]
    before = masked[span.par - 1] if span.par else ""
    return bool(_ANONYMOUS_RE.search(here) or _ANONYMOUS_RE.search(before))


def _answerer(quotes: list[_Span], index: int, masked: list[str]) -> _Span | None:
    """The quotation of whoever answers, in the quotation at ``index``, the question asked in
    the one before it: the last before the question spoken by someone else, a few back at most."""
    question = quotes[index - 1]
    words = masked[question.par][question.content_start : question.content_end].rstrip()
    if question.verb.lower() not in {"asked", "asks"} or not words.endswith("?"):
        return None
    for earlier in reversed(quotes[max(0, index - 5) : index - 1]):
        if earlier.entity is not None and earlier.entity is not question.entity:
            return earlier
    return None


# "He" or "She" opening a sentence; and a sentence's end.
_PRONOUN_OPENS_RE = re.compile(r"(?:^|(?<=[.!?]\s))(He|She)\s")
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)")


# Someone named by a courtesy title or by two capitalized words: "Ms Tran", "Greg Hollis".
_NAMED_AFTER_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\b|\b[A-Z][a-z]+ [A-Z][a-z]+")


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
            at = pos
            if span.how == "pronoun" and span.verb and span.head.lower() in {"he", "she"}:
                # "In an interview, she said she built Beatrix around “...”": the pronoun means
                # whom it would where it stands, not someone the words it reports then name.
                par = masked[span.par]
                start = max(0, span.open - _ATTRIBUTION_REACH)
                said = re.compile(
                    rf"\b{re.escape(span.head)}\s+(?:[a-z]+ly\s+)?{re.escape(span.verb)}\b", re.I
                ).search(par, start, span.open)
                if said:
                    at = offsets[span.par] + said.start()
                else:
                    # "He thanked Mr Hollis, who sat in the gallery, and said the family had
                    # “...”": the pronoun opening the sentence, before whom it then names.
                    opened = _PRONOUN_OPENS_RE.search(par, start, span.open)
                    while opened:
                        later = _PRONOUN_OPENS_RE.search(par, opened.end(), span.open)
                        if later is None:
                            break
                        opened = later
                    if (
                        opened
                        and opened.group(1) == span.head.capitalize()
                        and not _SENTENCE_END_RE.search(par, opened.end(), span.open)
                        and re.compile(rf"\band\s+(?:[a-z]+ly\s+)?{re.escape(span.verb)}\b").search(
                            par, opened.end(), span.open
                        )
                    ):
                        at = offsets[span.par] + opened.start(1)
            span.entity = _resolve(span.head, span.how, at, doc, span.verb)
            if (
                span.how == "pronoun"
                and span.head.lower() in {"he", "she"}
                and span.par > 0
                and _is_section_head(masked[span.par - 1])
                # (Not "WARSAW — Museum recovers painting\n\nMuseum director Tomasz Kowalik said
                # ... he said": someone the paragraph itself names.)
                and not (span.entity is not None and doc.names(span.entity, offsets[span.par], pos))
            ):
                # "Did you worry about speaking for them?\n\nShe paused. “Always,” she said.": under
                # a question put or a section head, the one interviewed, whom the story calls so.
                interviewed = _most_quoted(quotes[:index])
                if interviewed is not None and interviewed.entity.pronoun() == span.head.lower():
                    span.entity = interviewed.entity
            elif (
                span.how == "pronoun"
                and span.head.lower() in {"he", "she"}
                and previous is not None
                and previous.par == span.par - 1
                and previous.how == "definite"
                and previous.entity is not None
                and previous.entity.kind == "person"
                and span.entity is not previous.entity
                and previous.entity.pronoun() in {span.head.lower(), ""}
                and text_starts[span.par] >= span.open
                and not _NAMED_AFTER_RE.search(masked[previous.par], previous.end_mark)
            ):
                # "In her written findings, the coroner said the sign was “...”.\n\n“...,” she
                # wrote.": the pronoun opening the next paragraph goes on from the one the last
                # quotation before was credited to by their title, whom no name follows.
                span.entity = previous.entity
        if span.entity is not None and span.how == "definite" and _anonymous_before(span, masked):
            # "A retired farmer, who did not want his name in the paper, said ...\n\n“...,” the
            # man said.": the one the story will not name, not the last person it named.
            span.entity = None
            previous = span
            continue
        if span.entity is None:
            starts_paragraph = text_starts[span.par] >= span.open
            parent = None
            lead = masked[span.par][text_starts[span.par] : span.open]
            if (
                _TRANSLATION_RE.fullmatch(lead)
                and previous
                and previous.entity is not None
                and previous.par >= span.par - 2
            ):
                # "[Translation: “I will not let this pass.”]": the words of the quotation before,
                # in another language, and so its speaker's.
                parent = previous
            elif (
                _manner_only(lead)
                and previous
                and previous.entity is not None
                and previous.par >= span.par - 1
            ):
                # "Then, more seriously: “When those 48 boys pull together, ...”": an
                # introduction that only tells how the words came is the last speaker's.
                parent = previous
            elif starts_paragraph and previous and previous.par == span.par - 1 and previous.close is None:
                parent = previous
            elif (
                starts_paragraph
                and span.close is None
                and index + 1 < len(quotes)
                and quotes[index + 1].par == span.par + 1
                and quotes[index + 1].direct
                and text_starts[span.par + 1] >= quotes[index + 1].open
            ):
                # "“I started here when the roof was still zinc.\n\n“Ten months is not a small
                # thing,” he said in an interview.": a quotation running on into the next
                # paragraph is the words of whom that paragraph credits.
                parent = quotes[index + 1]
                parent.entity = _resolve(parent.head, parent.how, offsets[parent.par] + parent.open, doc)
            elif starts_paragraph and span.par > 0 and masked[span.par - 1].rstrip().endswith(":"):
                intro = masked[span.par - 1]
                last_start = max([e for e in _sentence_ends(intro) if e < len(intro.rstrip())], default=0)
                found = _attribution_before(intro[last_start:].rstrip()[-_ATTRIBUTION_REACH:])
                if found:
                    span.head, span.how, span.verb = found
                    span.context, span.obtained_hints = intro, None
                    span.entity = _resolve(span.head, span.how, pos, doc)
            alone = starts_paragraph and not masked[span.par][span.end_mark :].strip()
            if span.entity is None and parent is None:
                reported, intro, last_start = None, "", 0
                if alone and span.par > 0 and not (previous and previous.par == span.par - 1):
                    # "Úna Gilsenan told the Observer the group was not opposed.\n\n“We want
                    # homes built here.”": the one whose words the paragraph before reported.
                    intro = masked[span.par - 1][-2 * _ATTRIBUTION_REACH :].rstrip()
                elif not starts_paragraph and not (previous and previous.par == span.par):
                    # "Tsang-Morrow says the camera has been the surprise hit. “Heating bills
                    # are brutal here.”": a quotation opening a sentence, after one reporting
                    # someone's words in the same paragraph.
                    head = masked[span.par][max(0, span.open - 2 * _ATTRIBUTION_REACH) : span.open].rstrip()
                    if head.endswith((".", "!", "?")):
                        intro = head
                if intro:
                    last_start = max([e for e in _sentence_ends(intro) if e < len(intro)], default=0)
                    reported = _reported_speech(intro[last_start:][:_ATTRIBUTION_REACH])
                    if reported is None and not alone and not masked[span.par][span.end_mark :].strip():
                        # "Linwood resident Carol Ann Vesely, 71, brought books to the lectern.
                        # “These are the books I checked out.”": the quotation ending the
                        # paragraph is the words of the person the sentence before is about.
                        reported = _acting_person(intro[last_start:][:_ATTRIBUTION_REACH], doc=doc)
                    acted = _PRONOUN_ACTING_RE.match(intro, last_start)
                    asked = _ASKED_CLAUSE_RE.match(intro, last_start) if acted is None else None
                    if asked:
                        # "Asked about his celebration, when he sprinted ..., he smiled. “My father
                        # is there.”": the one asked, who did something, then spoke.
                        acted = _PRONOUN_ACTING_RE.match(intro, asked.end())
                    if (
                        reported is None
                        and acted
                        and acted.group(1).capitalize() in {"He", "She"}
                        and not starts_paragraph
                        and not masked[span.par][span.end_mark :].strip()
                    ):
                        # "He singled out lock Brodie McAlister, who stole three lineouts. “Brodie
                        # was unbelievable.”": the quotation ending the paragraph is the words of
                        # whom the pronoun doing something means, where it stands.
                        reported = (acted.group(1).lower(), "pronoun", "")
                        pos = offsets[span.par] + max(0, span.open - 2 * _ATTRIBUTION_REACH) + acted.start(1)
                    whole = masked[span.par - 1].strip()
                    if reported is None and alone and not any(e < len(whole) for e in _sentence_ends(whole)):
                        # "Owner Teresa Haverly-Quinn, whose grandfather opened the bakery, stood
                        # across the street.\n\n“My grandfather built those ovens.”": a paragraph
                        # of one sentence turning to someone other than the last speaker, doing
                        # something, then their words.
                        acting = _acting_person(whole[:_ATTRIBUTION_REACH])
                        if acting is not None:
                            entity = _resolve(acting[0], acting[1], offsets[span.par - 1], doc)
                            if (
                                entity is not None
                                and entity.kind == "person"
                                and not (previous is not None and previous.entity is entity)
                            ):
                                reported = acting
                if reported is None and alone and intro:
                    issued = _ISSUED_SENTENCE_RE.search(intro, last_start)
                    found = _subject_before(intro[last_start : issued.start()]) if issued else None
                    if found is not None:
                        # "The Met Office has just posted an update on X.\n\n‘Gusts of ...’": the
                        # words of what the one the sentence before issued.
                        reported = (*found, "")
                if (
                    previous
                    and previous.par == span.par
                    and previous.entity is not None
                    and not _unnamed_says_before(masked[span.par], span.open)
                ):
                    parent = previous
                elif reported is not None and not intro.endswith(":"):
                    if not span.verb:
                        span.verb = reported[2]
                        span.context, span.obtained_hints = intro[last_start:], None
                    # else "“...,” the company said in a statement.": its own words tell how.
                    span.head, span.how = reported[:2]
                    span.entity = _resolve(span.head, span.how, pos, doc)
                elif reported is None and alone and intro and _reports_unnamed(masked[span.par - 1]):
                    # "A bus operator with more than 15 years on the job, who asked not to be
                    # named, said the readers had failed.\n\n“...”": the one the sentence before
                    # reports, whom the story does not name; nobody it names.
                    pass
                elif alone and span.par > 0 and _is_section_head(masked[span.par - 1]):
                    # "On why now\n\n“The rent went up by forty per cent.”": an interview's answer
                    # under its section head or question, the words of the one interviewed, whom
                    # the story has quoted most so far.
                    parent = _most_quoted(quotes[:index])
                elif alone and previous and previous.entity is not None and previous.par >= span.par - 2:
                    # A paragraph that is nothing but a quotation carries on from the last speaker,
                    # or answers the question they asked: "“...?” Miss Drummond asked.\n\n“No.”"
                    # is the one who spoke before her.
                    parent = _answerer(quotes, index, masked) or previous
                else:
                    parent = next_direct[index]
                    if parent is not None:
                        parent.entity = _resolve(
                            parent.head, parent.how, offsets[parent.par] + parent.open, doc
                        )
            if parent is not None and parent.entity is not None:
                span.carries_on = parent
                span.entity, span.head, span.how = parent.entity, parent.head, parent.how
                span.verb, span.context = parent.verb, parent.context
                span.obtained_hints = parent.obtained_hints
        previous = span
