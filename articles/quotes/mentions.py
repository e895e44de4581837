"""Mentions and entities: the people and organizations a story names, in order.

A run of capitalized words is a person (two to four words, no organization or place noun), an
organization (it ends in or holds an organization noun, or is an abbreviation defined in
brackets), or neither. A person's first full mention gives their title and organization; a
surname, a first name or a title plus surname later stands for it.

Organizations are also named in the ways news copy writes them: a union local with its number
("Food and Cannery Workers Local 19", "CUPE Local 402"); a body in lowercase after its place
("the Alder County civil grand jury" is the Alder County Civil Grand Jury); an outlet with its
kind after the name ("Westward Living magazine" is Westward Living); and beside the noun the
story then uses for it ("a group, Save Front Street," is what "the group" means later).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

from .proposals import ProposedSource, propose
from .text import _sentence_ends
from .vocabulary import (
    _ABBR_DEF_RE,
    _ABBREVIATIONS,
    _APPOSITION_NOUNS,
    _ATTRIBUTION_REACH,
    _BODY_MODIFIERS,
    _BODY_NOUNS,
    _BODY_SPOKESPERSON,
    _BODY_UNIT,
    _BYLINE_RE,
    _COURTESY_TITLES,
    _DOCUMENT_NOUNS,
    _ELDERS_COURTESIES,
    _GENERIC_ORG_NOUNS,
    _GIVEN_NAME_ABBREVIATIONS,
    _HONORIFIC_TITLE_WORDS,
    _HONORIFICS,
    _HONOUR,
    _KIND_BEFORE_NAME,
    _LAW_WORDS,
    _LEADING_WORDS,
    _LEGAL_SUFFIXES,
    _LONGEST_NAME,
    _LONGEST_WORD,
    _NOT_SUBJECT_AFTER,
    _ORG_SYNONYMS,
    _OUTLET_NOUNS,
    _PAPER_TITLE_END,
    _PERSON_ROLES,
    _PLACE_OFFICES,
    _PLACE_PREFIXES,
    _ROLE_QUALIFIERS,
    _ROLE_WORDS,
    _RUN,
    _RUN_AT_END_RE,
    _RUN_RE,
    _SEAT_LETTERS,
    _SMALL_WORDS,
    _SPOKESPERSON_WORDS,
    _TITLE_ABBREVIATIONS,
    _TOKEN,
    _UPPER,
    _VENUE_NOUNS,
    _VERB_RE,
    ORG_NOUNS,
    PLACE_NAMES,
    PLACE_WORDS,
    RELATIONS,
    SPEECH_VERBS,
    TITLE_EXPANSIONS,
    TITLE_WORDS,
)

# A courtesy title and the surname it goes before: "Ms Wanjiru", "Mr. Ortiz".
_AFTER_COURTESY_RE = re.compile(rf"\b(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+({_TOKEN})")


# The relations that tell whether "he" or "she" means someone.
_RELATION_PRONOUNS = {
    **dict.fromkeys(
        "son husband father brother widower nephew grandson grandfather uncle stepson stepfather".split(),
        "he",
    ),
    **dict.fromkeys(
        "daughter wife mother sister widow niece granddaughter grandmother aunt stepdaughter "
        "stepmother".split(),
        "she",
    ),
}


@dataclass
class _Entity:
    name: str
    kind: str  # person | organization
    title: str = ""
    organization: str = ""
    abbreviation: str = ""
    first: int = 0
    # How the story itself refers to this person ("he" or "she" votes), read only to tell
    # which of two people a pronoun means; never recorded, never guessed from a name.
    pronouns: dict = field(default_factory=dict)
    # What the story calls an organization besides its name ("the group", "the union").
    nouns: set = field(default_factory=set)
    # Whether the story says the person has died ("When Alec died in 2009", "her late husband,
    # Alec"): one who speaks in the present ("she says") is someone else.
    died: bool = False
    # The organization as the story names it at its fullest, for the proposal: "EPA" in a story
    # that spells out the U.S. Environmental Protection Agency.
    organization_in_full: str = ""
    # Whose the title is when the story says so by a possessive ("Its president", "the
    # agency's general manager", "Deltacrest's managing director"), for the proposal.
    organization_owner: str = ""
    # The title without the body it opens with, once that body is found ("spokesperson").
    title_in_full: str = ""

    def pronoun(self) -> str:
        # "Her son, Fiachra,": what the story calls someone by their relation tells the pronoun
        # that means them, whatever a pronoun near their name seemed to say.
        told = {_RELATION_PRONOUNS[n] for n in self.nouns if n in _RELATION_PRONOUNS}
        if len(told) == 1:
            return told.pop()
        if not self.pronouns:
            return ""
        best = max(self.pronouns.values())
        winners = [p for p, n in self.pronouns.items() if n == best]
        return winners[0] if len(winners) == 1 else ""

    def weakly_called(self) -> bool:
        """Whether only one pronoun near the name tells what the story calls this person."""
        told = {_RELATION_PRONOUNS[n] for n in self.nouns if n in _RELATION_PRONOUNS}
        return not told and sum(self.pronouns.values()) == 1

    def proposal(self) -> ProposedSource:
        organization = self.organization_in_full or self.organization
        return propose(
            self.name, self.title_in_full or self.title, organization, self.abbreviation, self.kind
        )


@dataclass
class _Mention:
    pos: int
    entity: _Entity
    subject_like: bool
    # "A spokesman for Greenmoor Homes": an unnamed person speaking for an organization, whom
    # a later "he said" means.
    speaks_for: bool = False
    # The subject of a speech verb ("Uikey, who represents Prabhag 23, said she ..."): whom a
    # "she said" after the sentence most likely means.
    speaking: bool | None = None  # read when a pronoun first asks


# Patterns the finder applies to every word or run are compiled once.
_POSSESSIVE_RE = re.compile(r"['’]s$")


# A plural or a name ending in s takes the apostrophe alone ("Derek Saunders’ votes").
_ANY_POSSESSIVE_RE = re.compile(r"(?:['’]s|(?<=s)['’])$")


_DOT_INSIDE_RE = re.compile(r"\.\w")


_ABBREVIATION_RE = re.compile(rf"[{_UPPER}][{_UPPER}&.]{{1,8}}")


_WORD_RE = re.compile(r"\S+")


_CAPITALS_WORD_RE = re.compile(rf"\b[{_UPPER}]{{3,8}}(?:['’]s)?\b")


# What follows a place in capitals opening a story: the dash of its dateline, or its region;
# the wire service or outlet may stand in brackets before the dash ("FRANKFURT (Rhein
# Wirtschaftsdienst) -"), and is no one the story quotes.
_DATELINE_END_RE = re.compile(r"(?:\s*\(([^()“”\"]{1,60})\))?\s*(?:--|—|–|-|,)\s")


# What may follow a name that ends its noun phrase: a stop, a speech verb, an auxiliary, maybe
# after an adverb; a noun ending in "ly" ("the Ortiz family said") is no adverb.
_THE_NAME_END_RE = re.compile(
    rf"\s*[,.;:)]|\s+(?:(?!family\b|assembly\b|supply\b|rally\b)[a-z]+ly\s+)?(?:{_VERB_RE.pattern}|(?:is|was|has|had|have|will|would|which|that)\b)"
)


# What a name before it calls a product: "the Aura range", "its Ginger Nuggets ranges".
# Those who back someone, named by the one they back: "a Kessler voter", "Obi supporters".
_FOLLOWERS_AFTER_RE = re.compile(r"\s+(?:voters?|supporters?|loyalists?|backers?|fans?|campaigners?)\b")


_PRODUCT_AFTER_RE = re.compile(r"\s+(?:ranges?|brands?|product\s+lines?|models?|flavours?|flavors?)\b")


# A number in order ("13th", "2nd"), before the name of a thing in a series: "the 13th Malaysia Plan".
_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)")


# What a person makes, whose title may follow it, set off or not: "her first novel, Slack Tide,",
# "the album Kitchen Light".
_WORK_NOUNS = frozenset(
    """novel novels book books album albums film films movie memoir song documentary poem musical
    opera""".split()
)
# A vessel, whose name follows it: "the inter-island ferry Hoy Head", "the trawler Girl Ann".
_VESSEL_NOUNS = frozenset(
    """ferry ship vessel trawler tanker freighter yacht liner steamer lifeboat tugboat tug barge
    schooner ketch frigate warship""".split()
)
_WORK_BEFORE_RE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?|[\w’'\-]+['’]s)\s+(?:[a-z\d\-]+\s+){0,2}[a-z]+,?\s+$"
)


# A determiner and a number before a name ("a 2006 Land Cruiser", "his 1971 Gibson Les Paul"):
# the model year or number of a product, which is nobody and no organization.
_PRODUCT_BEFORE_RE = re.compile(r"\b(?i:an?|the|his|her|their|my|our|its)\s+\d[\d,]*\s+$")


# "..., which operates the route": what an organization does.
_WHICH_DOES_RE = re.compile(
    r",\s+which\s+(?:also\s+)?(operates|operated|runs|ran|owns|owned|makes|made|manufactures|sells|sold|"
    r"provides|employs|represents|manages|publishes|promotes|organizes|organises|builds|built|supplies)\b"
)


# A venue or business set off after a name as what it is: ", the restaurant she opened", ", a
# bakery on Main Street"; not the noun of a role ("the restaurant's owner", "the shop manager").
_VENUE_AFTER_RE = re.compile(
    rf",\s+(?:the|an?|its|their|his|her|my|our)\s+(?:[a-z\-]+\s+){{0,2}}?(?:{'|'.join(sorted(_VENUE_NOUNS))})"
    rf"(?![\w'’\-])(?!\s+(?:{'|'.join(sorted(w for w in _ROLE_WORDS if w.isalpha()))})\b)"
)


# A clause in lowercase after a name that goes on to call it "its", naming nothing else on the
# way, and not a speech verb that reports someone's words about a thing: "will shut its plant".
_ITS_AFTER_RE = re.compile(
    rf"\s+(?!(?:[a-z]+ly\s+)?(?:{_VERB_RE.pattern}))"
    r"(?:(?!(?:the|a|an|that|this|his|her|their|who|and|or)\b)[a-z\d][\w\-]*(?:[,.]\d+)*\s+){1,8}its\b"
)


# A sentence opening with "The <noun>" and a verb, ended, before a quotation: what "it" after
# the quotation means.
# A sentence opening with the authors of a study: "The researchers believe".
_AUTHORS_OPENING_RE = re.compile(r"\s*[Tt]he\s+(?:researchers|authors|scientists)\b")


_OPENING_NOUN_RE = re.compile(r"(?:^|[.!?]\s+)[Tt]he\s+([a-z]+)\s+[a-z][^.!?“”\"]*[.!?]\s*[“\"]?$")


# The noun for the one who does it, by the verb's first letters.
_AGENT_NOUNS = {
    "oper": "operator",
    "runs": "operator",
    "ran": "operator",
    "owns": "owner",
    "owne": "owner",
    "make": "maker",
    "made": "maker",
    "manu": "manufacturer",
    "sell": "retailer",
    "sold": "retailer",
    "prov": "provider",
    "empl": "employer",
    "publ": "publisher",
    "prom": "promoter",
    "orga": "organizer",
    "buil": "builder",
    "supp": "supplier",
}


# The dash that ends a dateline: "BRANNOCK, Mo. (AP) —", "LONDON (Reuters) -".
_DATELINE_DASH_RE = re.compile(r"\s*(?:--|—|–|-)\s")


_SENTENCE_END_WORDS = TITLE_WORDS | ORG_NOUNS | _HONORIFICS


# A spokesperson for an organization, which may be a body written in lowercase after the
# name of its place or state ("a spokeswoman for the Saxon economy ministry").
_SPOKESPERSON_FOR_RE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?({_SPOKESPERSON_WORDS})\s+"
    rf"(?:for|of)\s+(?:the\s+[a-z]+[^,.;:“”\"]{{0,60}},\s+)?(?:the\s+)?({_RUN})"
    r"(?:\s+((?:[a-z]+\s+)?(?:ministry|department|agency|authority|office|council|commission|board|police))\b(?!['’-]))?"
)


# A spokesperson named by the body's name before the word: "A NSW Police spokesperson", "an FBI
# spokesman".
_NAMED_BODY_SPOKESPERSON_RE = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+({_RUN})\s+{_SPOKESPERSON_WORDS}\b")


# The rest of the body's name, then the spokesperson's own, set off: "... and North West
# region, Orla Fitzmaurice,".
_SPOKESPERSON_NAMED_RE = re.compile(rf"[^,.;:“”\"]{{0,60}},\s+({_RUN}),")


# A body that is part of an organization: "a tribunal of the Tenancy Disputes Board", "a panel
# of the Medical Council".
_PART_OF_RE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(tribunal|panel|committee|subcommittee|board|unit|division|branch|court)\s+of\s+"
    rf"(?:the\s+)?({_RUN})"
)


_BODY_AFTER_RE = re.compile(
    rf"\s+((?:(?:{'|'.join(sorted(_BODY_MODIFIERS))})\s+){{0,2}}(?:{'|'.join(sorted(_BODY_NOUNS))}))\b(?!['’-])"
)


_OUTLET_AFTER_RE = re.compile(rf"\s+({'|'.join(sorted(_OUTLET_NOUNS))})\b(?!['’-])")


# A union local: "Food and Cannery Workers Local 19", "CUPE Local 402", "Local 6".
_LOCAL_RE = re.compile(r"\bLocal\s+\d[\d\-]*\b")


# Words that make a clause of what follows a noun ("the company would save $60 million by
# closing its plant in Fort Wayne, Indiana,"): no name set off after it is the noun's.
_FINITE_VERBS = "would|will|is|was|are|were|has|had|have|said|says|can|could|did|does|must|should|may|might"


_APPOSITION_RE = re.compile(
    rf"(?:^|\s)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[\w\-]+['’]s)\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"({'|'.join(sorted(_APPOSITION_NOUNS))})\b(?:(?!\s(?:{_FINITE_VERBS})\b)[^,;:.“”\"]){{0,80}},\s+"
    rf"([{_UPPER}][^,;:“”\"]{{0,80}}?)(?=,|;|\.\s|\.$)"
)


# The relation and the relative's name are read first, the owner from the word before them: a
# pattern that starts with the owner's name would try every capitalized word in the text.
_RELATIVE_RE = re.compile(
    r"['’]s\s+(father|mother|son|daughter|brother|sister|grandfather|grandmother|stepfather|stepmother|"
    r"husband|wife|widow|widower|partner|grandson|granddaughter|uncle|aunt|niece|nephew)"
    rf"(?:\s+of\s+\d+\s+years)?,?\s+({_TOKEN})\b(?!\s+[{_UPPER}])"
)


_OWNER_RE = re.compile(rf"(?:^|\s)({_TOKEN})$")


# A relation before the name it is set off from: "she is survived by a son, Peter Penhallow",
# "Her son, Tama, climbed the fence".
_RELATION_BEFORE_RE = re.compile(
    # "Her eldest surviving daughter, Merline": two words may say which; "Her great-granddaughter
    # Shanique", "Their son Lachlan": a "great-" before the relation and no comma after it (not
    # "his wife and daughter, Dr. Weeks": two relatives, and the one named after them is neither).
    rf"(?:^|\s)(?:[Aa]n?|[Hh]er|[Hh]is|[Tt]heir|[Tt]he|[Oo]ne)\s+(?:(?!and\s|or\s)[a-z]+\s+){{0,2}}(?:great-)*"
    rf"({'|'.join(sorted(RELATIONS))})"
    # "Her husband of 61 years, Raymond": how long they have been married is no part of who.
    r"(?:\s+of\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+years)?(?:,\s*|\s+)$"
)


# A relative as the subject: "Her son said", "The widow told".
_RELATIVE_SUBJECT_RE = re.compile(
    # "Beatrice's father, now 74, was not pleased": the father the story named, by whose he is.
    rf"(?:\b(?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he)|(?<![\w'’\-])[{_UPPER}][a-z]+['’]s)\s+({'|'.join(sorted(RELATIONS))})"
    r"\b(?!['’\-])"
)


# A relative the story does not name: "the couple's niece", "the victim's mother".
_UNNAMED_RELATIVE_RE = re.compile(
    rf"['’]s\s+({'|'.join(sorted(RELATIONS))})\b(?!['’\-]|,?\s+(?:of\s+\d+\s+years\s+)?[{_UPPER}])"
)


# "the Ortiz family": a family the story names, which may speak as one.
# "The magistrate said", "the coach told reporters": a role as the subject of a speech verb.
_BODY_SPOKESPERSON_RE = re.compile(rf"\b{_BODY_SPOKESPERSON}\b")


_ROLE_SUBJECT_RE = re.compile(
    rf"\b[Tt]he\s+({'|'.join(sorted(_PERSON_ROLES))})\s+(?:[a-z]+ly\s+)?(?:{_VERB_RE.pattern})",
)


# How court copy in Australia and Britain speaks of the judge or magistrate on the bench: "his
# Honour said", "Her Honor told the court".
_HONOUR_SUBJECT_RE = re.compile(
    rf"\b{_HONOUR}\s+(?:[a-z]+ly\s+)?(?:{_VERB_RE.pattern})",
)


_FAMILY_MENTION_RE = re.compile(rf"\b[Tt]he\s+({_TOKEN}(?:[\s\-]{_TOKEN})?)\s+family\b")


# A speech verb right after a name, past a description or two between commas ("Rekha Uikey,
# who represents Prabhag 23, said", "Tom Ode, 71, a retired miner, said"), or right before it
# ("said Hollings", not "told Radio Kiwi").
_SPEAKING_AFTER_RE = re.compile(
    rf"(?:['’]s)?(?:(?:,[^,.;“”\"]{{1,120}}){{1,2}},|\s+(?:of|from|at|with)\s[^,.;“”\"]{{1,60}}?)?\s+(?:[a-z]+ly\s+)?"
    rf"(?:{_VERB_RE.pattern})"
)


# A name set off by commas after the role it holds, then the verb: "its manager of transport,
# Sarah Lane, told".
_APPOSED_SPEAKING_RE = re.compile(rf",\s+(?:[a-z]+ly\s+)?(?:{_VERB_RE.pattern})")


# A word in lowercase right after a name that follows a speech verb, which makes the name the
# subject of the words reported ("said Rangiwai could be stern"), not the one speaking ("said
# Hollings, who chairs it", "said Ana Ruiz of the union").
_REPORTED_SUBJECT_RE = re.compile(r"\s+(?!(?:of|from|at|with|who|whose|in|on|for|and)\b)[a-z]")


# What may stand between a speech verb and the pronoun that opens the words it reports: "said
# she", "said that he", "told reporters she", "said in a statement that he".
_REPORTED_OPENING_RE = re.compile(r"\s*(?:[a-z]+\s+)?|\s*(?:[\w,]+\s+){0,6}?that\s+")


# Verbs whose object is the one spoken to, not the speaker.
# A preposition and a role in lowercase before a name: "by referee", "with fellow striker"
# (not "from board member", "the chair of the bench", which may open who the story turns to).
_OBJECT_ROLE_BEFORE_RE = re.compile(
    r"\b(?:by|with|against|alongside|among|including)\s+"
    r"(?:[a-z][\w\-]*\s+){0,1}[a-z][\w\-]*\s+$"
)


# The question put to someone, before a name in the same sentence: "Hartley was asked about
# captain Ben Tolland", "Asked if she had advice for her successor, Ray Molina,". The one
# asked about is spoken of, not whom a "he said" after means.
_ASKED_ABOUT_BEFORE_RE = re.compile(
    r"\b[Aa]sked\s+(?:about|if|whether|what|how|why|when|who|where)\s[^.!?;:“”\"]*$"
)


# A listener's role in lowercase before their name: "told the regional broadcaster".
_LISTENER_ROLE_BEFORE_RE = re.compile(
    r"\b(?:told|tells|tell|telling|asked|asks|urged|urges|warned|warns)\s+"
    r"(?:the|a|an|his|her|their|its)\s+(?:[a-z][\w\-]*\s+){1,3}$"
)


_LISTENER_VERBS = frozenset(
    "tell tells told telling ask asks asked urge urges urged warn warns warned".split()
)


# The words before a name someone is known by in the story: "who gave her name only as",
# "identified only as".
_NAMED_AS_BEFORE_RE = re.compile(
    r"\b(?:name|identified)\s+(?:only\s+)?as\s+$"
    # "A father of three who would give only his first name, Derek, said": the name he gave.
    r"|\b(?:only|just)\s+(?:his|her|their)\s+(?:first|given)\s+name,\s+$"
)


# A role set off by a comma before a description and the name: "Kowalchuk's coach, longtime
# Moose Jaw curler ".
# "The Minister for Arts, Culture and Heritage, ": an office and the fields it covers, set off.
_OFFICE_SET_OFF_BEFORE_RE = re.compile(
    rf"(?:^|\s)[Tt]he\s+([{_UPPER}][a-z]+)\s+(?:of|for)\s+[{_UPPER}][\w'’\-]*(?:\s+[{_UPPER}][\w'’\-]*)?"
    rf"(?:,\s+[{_UPPER}][\w'’\-]*(?:\s+[{_UPPER}][\w'’\-]*)?)*,?\s+and\s+[{_UPPER}][\w'’\-]*,\s+$"
)


_ROLE_SET_OFF_BEFORE_RE = re.compile(
    # "The Governor, Mr. Olusegun Adeyemo-Bakare,": a title capitalized as Nigerian copy does.
    r"(?:^|\s)(?:[Tt]he|[Ii]ts|[Tt]heir|[\w\-]+['’]s)\s+([A-Za-z][\w\-]*),\s+(?:[^,.;:“”\"]{0,60}\s)?$"
)


_WORD_BEFORE_RE = re.compile(r"(\w+)\s+$")


# People the story may count among without naming: "one of the suspects".
_PLURAL_PEOPLE = frozenset(w for w in _ROLE_WORDS if w.isalpha() and w.islower()) | frozenset(
    "suspect victim survivor protester protestor demonstrator attendee mourner".split()
)


# "A motorist travelling the other way", "One woman walking a kelpie": someone the story
# describes but does not name, whom a later "she said" may mean. (A spokesperson speaks for
# an organization, read apart.)
_UNNAMED_NOUNS = frozenset(
    """woman man person girl boy teenager teen youngster neighbour bystander local villager mother
    father motorist cyclist pedestrian onlooker caller diner guest visitor tourist prisoner inmate
    detainee backbencher lawmaker legislator insider staffer operator reader listener viewer
    subscriber shopper customer patron passenger""".split()
) | frozenset(w for w in _ROLE_WORDS if w.isalpha() and not w.startswith(("spokes", "represent")))


_UNNAMED_PERSON_RE = re.compile(
    # "the unnamed nurse", "the unidentified caller": someone the story says it does not name.
    r"(?:^|\n|[.?!]\s+|,\s+)(?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he(?=\s+(?:unnamed|unidentified|anonymous)\s))"
    r"\s+(?:[a-z][\w\-]*\s+){0,2}?"
    # "One long-time Sharks supporter", "A Linden Park resident": a team, a place or a party
    # before the noun (not "A Greenmoor Homes spokesman", who speaks for the body named).
    r"(?:(?:[A-Z][\w'’\-]*\s+){1,2}(?:[a-z][\w\-]*\s+)?(?!spokes|representative\b))?"
    rf"({'|'.join(sorted(_UNNAMED_NOUNS))}|\d+-year-old)\b"
    # "One of the suspects, a 27-year-old who spoke to newsmen, said": one of a group, unnamed.
    rf"|[Oo]ne\s+of\s+the\s+(?:[a-z][\w\-]*\s+){{0,2}}?"
    rf"((?:{'|'.join(sorted(_UNNAMED_NOUNS | _PLURAL_PEOPLE))})s)\b)"
)


# Someone only described, as the subject of a speech verb: "a government official reportedly
# said the country was", "A former prisoner, released in April, told ABC Radio that".
DESCRIBED_SPEAKER_RE = re.compile(
    r"(?:^|[.?!]\s+|,\s+|\s)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w\-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(_UNNAMED_NOUNS))})(?:,[^,.;“”\"]{{1,80}},)?\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells)\b"
)


# Who a document is by: "The report, by the National Institute ...", "a letter from Ortiz",
# "a preliminary report released Thursday by the National Transportation Safety Board".
_ISSUED_BY_RE = re.compile(
    r",?\s+(?:by|from|(?:released|published|issued|prepared|compiled|produced|commissioned)"
    rf"(?:\s+(?:on|last|this)?\s*[\w.]+){{0,2}}?\s+by)\s+(?:the\s+)?(?:[a-z]+['’]s\s+)?"
    # "prepared by planning director Lise Comeau": a role in lowercase before the name.
    rf"(?:(?:[a-z][\w\-]*\s+)?(?:{'|'.join(sorted(w for w in _PERSON_ROLES if w.isalpha()))})\s+)?({_RUN})"
    # "a report by the state's Inspector of Custodial Services, Margaret Hollis-Baird": the
    # office, then the one who holds it.
    rf"(?:,\s+({_RUN})(?=[,.;]|\s*$))?"
)


# An inquiry and the one leading it, whose findings it publishes: "The review, led by senior
# midwife Professor Ada Roe,".
_LED_INQUIRY_RE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w\-]+\s+){{0,2}}?(?:review|inquiry|investigation|panel),?\s+"
    rf"(?:led|chaired|headed|conducted)\s+by\s+(?:[a-z][\w\-]*\s+){{0,3}}({_RUN})"
)


_ACCORDING_TO_RE = re.compile(r"\b[Aa]ccording\s+to\s+$")


# A document the story mentions, which a later "the statement said" may mean.
# A lead's body called by what it is, speaking: "the regional health authority says", "the
# state's transport agency said"; how far into a story a lead runs, and how soon after it the
# body must be named.
_LEAD_BODY_RE = re.compile(
    r"\b[Tt]he\s+(?:[a-z][\w\-]*\s+){0,3}(authority|agency|board|commission|department|ministry|"
    r"council|company|operator|utility|district|trust|union|association)\s+(?:says|said|announced|confirmed)\b"
)
_LEAD_PARAGRAPHS = 6
_LEAD_BODY_REACH = 800
_LEAD_BODIES_READ = 3


# Who led the research a paper reports: "the study's lead author, Dr Ada Roe", "said lead
# author Professor Ada Roe", "senior researcher Ada Roe".
_LEAD_AUTHOR_RE = re.compile(
    # "Lead author Dr Mere Tautahi, a behavioural ecologist, said": opening a sentence too.
    rf"\b(?:[Ll]ead|[Ss]enior|[Ff]irst|[Pp]rincipal|[Cc]orresponding)\s+(?:author|researcher|investigator)s?,?\s+({_RUN})"
)


# "Dr. Ada Roe, a coastal ecologist at the University of Kilwa and the study's lead author".
_NAMED_LEAD_AUTHOR_RE = re.compile(
    rf"({_RUN}),[^.;“”\"]{{0,100}}?\b(?:the|its)\s+(?:study|paper|research|report)['’]s\s+"
    r"(?:lead|senior|first|principal|corresponding)\s+(?:author|researcher|investigator)\b"
)


# A body of workers named for their trade: "the New Zealand Nurses Organisation", "the Kenya
# National Union of Teachers", "the Professional Firefighters Association".
_WORKERS_BODY_RE = re.compile(
    r"\b(?:Nurses|Teachers|Workers|Employees|Doctors|Drivers|Pilots|Firefighters|Journalists|Miners"
    r"|Dockers|Educators|Midwives|Physicians|Lecturers|Paramedics|Porters|Seafarers|Engineers)['’]?\s+"
    r"(?:Organisation|Organization|Association|Federation|Guild|Society|Alliance|Council|Congress|Union)\b"
)


_UNIT_AFTER_RE = re.compile(rf"\s+{_BODY_UNIT}\b")


# A body's officer who signed a paper, right after it: "A statement signed by the command's
# spokesperson".
_SIGNED_FOR_BODY_RE = re.compile(r",?\s+signed\s+by\s+the\s+([a-z]+)['’]s\s")


# Who signed a paper, set off after it: "The declaration, signed by Mayor Craig Hollings,".
_SIGNED_BY_RE = re.compile(rf",\s+signed\s+by\s+({_RUN})")


_DOCUMENT_MENTION_RE = re.compile(
    # A document's noun may be capitalized in its title ("The Budget Review published by").
    rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’\-]+\s+){{0,3}}?((?i:{'|'.join(sorted(_DOCUMENT_NOUNS))}))\b"
    # "Rep. Ana Ruiz wrote to the agency's field office": she wrote a letter, which a later
    # "The letter calls him" means.
    r"|\b(?:wrote|has\s+written|had\s+written)\s+to\s+(?=the\b|[A-Z])"
)


# A subject a document is about, passive before "in" and the document: "was judged inadequate
# ... in a report", "were criticised in an audit".
_JUDGED_IN_RE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b[^.;:“”\"]{0,80}?\bin\s+$"
)


# A document after its owner's possessive, its noun capitalized in a title or not: "The
# alliance's annual Workforce Report", "the council's report".
_OWNED_DOCUMENT_RE = re.compile(
    rf"\b[Tt]he\s+([a-z]+)['’]s\s+(?:[\w\-]+\s+){{0,3}}?((?i:{'|'.join(sorted(_DOCUMENT_NOUNS))}))\b"
)


# A document speaking at the end of a sentence: "the indictment states.", "the report said."
_DOCUMENT_SPOKE_RE = re.compile(
    r"\b[Tt]he\s+(?:[\w\-]+\s+)?([a-z]+)\s+(?:states|stated|said|says|reads|read|adds|added)[.!]?\s*[“”\"]?\s*$"
)


# A name before a comma, with the age news copy sets off after it ("Mrs Ellacott, 74,").
_NAME_BEFORE_COMMA_RE = re.compile(rf"[{_UPPER}][\w'’.\-]*(?:,\s+\d{{1,3}})?$")


# "One woman, who did not want to give her name, said ...": someone the story will not name,
# whom a later "she said" means; their words are credited to nobody.
_ANONYMOUS_RE = re.compile(
    r"\b(?:asked|requested|did\s+not\s+(?:want|wish)|does\s+not\s+(?:want|wish)|declined|refused|"
    r"spoke|speaking|talking|on\s+(?:the\s+)?condition)\b[^.;“”\"\n]{0,40}?"
    r"\b(?:named|identified|anonymity|name\s+not\s+be\s+(?:used|published|printed|given)|"
    r"(?:give|gave|share|provide|use)\s+(?:his|her|their)\s+(?:full\s+|last\s+)?name)\b"
)


# A relative clause in which the one just named speaks, maybe after where they work: ", who
# said", " of the Marine Area Command, who told the court".
_WHO_SPOKE_AFTER_RE = re.compile(
    rf"(?:\s+(?:of|from|at)\s+(?:the\s+)?{_RUN})?,\s+who\s+(?:[a-z]+ly\s+)?(?:{_VERB_RE.pattern})"
    # Not "in Briar Ridge, who asked not to be named": the one described before the place.
    r"(?!\s+not\b)"
)


_PAPER_TITLE_END_RE = re.compile(_PAPER_TITLE_END)
# The rest of a paper's title after "and": "(Budget Economic) and Fiscal Update".
_PAPER_TITLE_AFTER_RE = re.compile(rf"\s+(?:and|&)\s+(?:[A-Z][\w\-]*\s+){{0,3}}{_PAPER_TITLE_END}\b")


_PLACE_PREPOSITIONS = frozenset("in at near outside around across to into".split())


_OBJECT_PRONOUNS = frozenset("him her hers".split())


_PERSONAL_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er|[Hh]ers)\b")


# What is left of a masked quotation: its marks and final stop.
_QUOTED = " \"“”‘’'.?!,"
_FIRST_WORD_RE = re.compile(rf"[^{re.escape(_QUOTED)}]")


_POLICE_RANKS = frozenset(
    "constable sergeant inspector detective superintendent trooper deputy lieutenant captain".split()
)


# A person's death, after the name: "Alec died in 2009", "Wimberly, who led the band, died".
# The titles of a judge of a higher court.
_JUSTICE_TITLES = frozenset(("justice", "chief justice", "associate justice", "acting justice"))


# "Michael Ryan, the publican who trained three generations of hurlers, has died".
_DIED_AFTER_RE = re.compile(r"(?:,[^,.;:“”\"]{1,120},)?\s+(?:(?:has|had)\s+)?(?:died|passed\s+away)\b")


# "after the death of four-time MLA Ramkishan Patil": someone who has died, named in passing.
_DEATH_OF_BEFORE_RE = re.compile(r"\bdeath\s+of\s+(?:[\w\-]+\s+){0,3}$")


# "her late husband, Alec", "the late Ada Roe": someone who has died.
_LATE_BEFORE_RE = re.compile(r"\blate\s+(?:[a-z]+,?\s+)?$")


# A nickname may be two words ("Eulalie 'Mama Lu' Fontenelle").
_NICKNAME_RE = re.compile(
    rf"(?<=\w )['‘][{_UPPER}][\w.\-]{{0,20}}(?: [{_UPPER}][\w.\-]{{0,20}})?['’](?= [{_UPPER}])"
)


# How many mentions back a pronoun looks for a person the story calls by it.
_PRONOUN_LOOKBACK = 6


# How far after an office read as a name its holder, set off by commas, may be named.
_ROLE_TO_HOLDER = 100


def _expand_title(title: str) -> str:
    """A title written short in full, as a source's record keeps it: "Det. Insp." is
    Detective Inspector, "Coun." and "Cllr" Councillor; a courtesy title alone is none."""
    words = [TITLE_EXPANSIONS.get(word, word) for word in title.split()]
    return "" if all(word in _COURTESY_TITLES for word in words) else " ".join(words)


def _strip_possessive(token: str) -> str:
    return _ANY_POSSESSIVE_RE.sub("", token)


# An age written before a name and capitalized to open a sentence ("Twenty-year-old Ana
# Ruiz", "Six-month-old"): a description, no part of the name.
_AGE_RE = re.compile(r"[\w\-]+-(?:year|month|week|day)s?-old")


# A parent called by how many children they have, written before the name and capitalized to
# open a sentence ("Mother-of-two Ana Ruiz", "Father-of-four"): a description, no part of it.
_PARENT_OF_RE = re.compile(
    r"(?:[Gg]rand)?(?:[Mm]other|[Ff]ather|[Mm]um|[Mm]om|[Dd]ad)-of-(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
)


# The first words of the names of a state's bodies, which copy writes after the country's
# possessive.
_STATE_BODY_WORDS = frozenset(
    "Federal National State Central Supreme Constitutional Ministry Department Office Agency".split()
)


def _without_affiliation(tokens: list[str]) -> list[str]:
    """``tokens`` without a possessor written before a person's name, the party, club or
    company the person belongs to ("Labor's Dev Singh", "The Greens' Ortiz"); a possessive
    inside an organization's name ("St. Mary's Hospital") stays."""
    for n in range(len(tokens) - 2, -1, -1):
        if _ANY_POSSESSIVE_RE.search(tokens[n]) and len(tokens[n]) > 2:
            rest = tokens[n + 1 :]
            if _is_person(rest):
                return rest
            owner = _strip_possessive(tokens[n])
            if (
                n == 0
                and len(rest) >= 2
                and rest[0] in _STATE_BODY_WORDS
                and not owner.endswith(("en", "s", "ople"))
                and _is_org(rest)
            ):
                # "Germany's Federal Office for Migration and Refugees", "Kenya's Ministry of
                # Health": a country's or a state's own body, named without its owner.
                return rest
            if n >= 1 and owner in ORG_NOUNS:
                # "the Cobb's Ferry Band Alumni Association's Facebook page": the organization
                # owns what its name runs into.
                return [*tokens[:n], owner]
            return tokens
    return tokens


def _clean_run(tokens: list[str]) -> list[str]:
    """``tokens`` without the words before a name ("The", "According"), an age
    ("Twenty-year-old"), a possessor the person belongs to ("Labor's") or a description
    capitalized to open a sentence ("Developer Tallis Group"), and without a sentence's stop."""
    leading = len(tokens)
    while (
        tokens
        and (
            tokens[0] in _LEADING_WORDS or _AGE_RE.fullmatch(tokens[0]) or _PARENT_OF_RE.fullmatch(tokens[0])
        )
        and not _irish_article(tokens)
    ):
        tokens = tokens[1:]
    if len(tokens) < leading and len(tokens) >= 2 and tokens[0] == "the":
        tokens = tokens[1:]  # "In January the Taoiseach said": a date, then the one who spoke
    tokens = _without_affiliation(tokens)
    if len(tokens) >= 3 and tokens[0].lower() in _DESCRIBING_NOUNS and _is_org(tokens[1:]):
        tokens = tokens[1:]
    if tokens:
        last = _strip_possessive(tokens[-1])
        # A sentence's full stop is not part of the name; an initial's or "Inc."'s is.
        if last.endswith(".") and len(last) > 2 and last not in ORG_NOUNS and not _DOT_INSIDE_RE.search(last):
            last = _strip_possessive(last[:-1])  # "The motion was Anand's."
        tokens = [*tokens[:-1], last]
    while len(tokens) >= 3 and tokens[-1] in _POST_NOMINALS and _is_person(tokens[:-1]):
        tokens = tokens[:-1]  # "Philippa Drummond KC", "Sir Alan Pike MBE": letters after a name
    return tokens


# Letters written after a person's name for a rank, an honour or a degree, no part of the name.
_POST_NOMINALS = _SEAT_LETTERS | frozenset("KC QC SC MBE OBE CBE KBE DBE OAM AO AM JP PhD".split())


_CONSONANT_START_RE = re.compile(r"[B-DF-GJ-NP-TV-Z][a-záéíóú]")


def _irish_article(tokens: list[str]) -> bool:
    """Whether ``tokens`` open with the Irish article, part of the name ("An Garda Síochána",
    "An Bord Pleanála"): "An" before a word that begins with a consonant, which the English
    article never comes before (an abbreviation aside, "An SFRS spokesman", and an "h" that may
    be silent, "An Hour Late")."""
    return len(tokens) >= 2 and tokens[0] == "An" and bool(_CONSONANT_START_RE.match(tokens[1]))


# What a story calls an organization before its name ("developer Tallis Group"), which is no
# part of the name; nouns that end names themselves ("Union", "Network") are not among them.
_DESCRIBING_NOUNS = frozenset(w for w in _APPOSITION_NOUNS if w.capitalize() not in ORG_NOUNS) | frozenset(
    "insurer carrier broadcaster airline automaker carmaker supermarket grocer manufacturer builder".split()
)


def _is_abbreviation(token: str) -> bool:
    return bool(_ABBREVIATION_RE.fullmatch(token)) and token not in {"I", "A"}


def _is_org(tokens: list[str]) -> bool:
    if not tokens:
        return False
    if tokens[:2] == ["Port", "of"] or _irish_article(tokens):
        return True  # "Port of Carrow" ("Port Calder" is a place); "An Garda Síochána"
    if tokens[-1] in ORG_NOUNS or (len(tokens) == 1 and _is_abbreviation(tokens[0])):
        return True
    if (
        len(tokens) == 2
        and _CAPITALS_NAME_RE.fullmatch(tokens[0])
        and len(tokens[0]) >= 3
        and re.fullmatch(r"[A-Z][a-z]+", tokens[1])
        and tokens[1] not in TITLE_WORDS
        and tokens[1].lower() not in _ROLE_WORDS
    ):
        return True  # "IDA Ireland", "NHS England": a body's capitals and where it works
    return any(t in ORG_NOUNS for t in tokens) and tokens[-1] not in PLACE_WORDS


# Words that join the parts of an Arabic name ("Khalid Bin Sultan Al Nuaimi"): a name holding
# them may run to six words.
_ARABIC_PARTICLES = frozenset("Bin bin Ibn ibn Bint bint Al al El el".split())


# Days and months, which open a sentence ("Sunday Ortiz said") but are given names too.
# The months that are given names too, before a capitalized word: "June Halloran".
_GIVEN_MONTH_RE = re.compile(rf"(?<![\w\-])(?:April|May|June) [{_UPPER}][\w'’\-]+")


_CALENDAR_WORDS = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December""".split()
)


# Numbers written as words, which open the titles of works and no one's name.
_NUMBER_WORDS = frozenset(
    """Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty Fifty Sixty
    Seventy Eighty Ninety Hundred Thousand""".split()
)


# What tells a father and a son of one name apart, after the surname: "Thomas Kessler III".
_GENERATIONS = frozenset("Jr Jr. Sr Sr. II III IV".split())


def _is_person(tokens: list[str], titled: bool = False) -> bool:
    """Whether ``tokens`` are a person's name; after a title (``titled``: "Mr Sunday Oladokun",
    "Mrs May Ellery") a day or a month is a given name."""
    words = len(tokens) - sum(1 for t in tokens[1:-1] if t in _ARABIC_PARTICLES)
    if not 2 <= words <= 4 or len(tokens) > 6 or tokens[0] in _PLACE_PREFIXES:
        return False
    if tokens[0] in _JOINING_WORDS:
        return False  # "for Fisheries", "and Islands": the end of a title's object, no name
    if len(tokens) >= 2 and _PAPER_TITLE_END_RE.fullmatch(tokens[-1]):
        return False  # "Fiscal Update", "Stability Report": the end of a paper's title, no one
    if tokens[0] in _SAINT_WORDS:
        return False  # "the old St Ola", "St Magnus": a saint's name, a church's, a ship's, a place's
    if " ".join(_strip_possessive(t) for t in tokens) in PLACE_NAMES:
        return False  # "Sri Lanka", "Kuala Lumpur": a country or a city, no given name and surname
    if tokens[0] in _NUMBER_WORDS:
        return False  # "Seventy Years of Looking", "Three Sisters": a title, no one's name
    checked = tokens[1:] if titled and tokens[0] in _CALENDAR_WORDS else tokens
    if any(
        (
            t in ORG_NOUNS
            or t in PLACE_WORDS
            or (t in _LEADING_WORDS and not (n and t in _SURNAME_LEADING_WORDS))
        )
        # "Devon St. Aubyn Clarke": a saint's name between a given name and the surname.
        and not (t in _SAINT_WORDS and 0 < n < len(checked) - 2)
        for n, t in enumerate(checked)
    ):
        return False
    if any(t[:1].islower() and t not in _NAME_PARTICLES and t not in _ARABIC_PARTICLES for t in tokens[1:-1]):
        return False  # "Medal of Merit", "Order of Canada": a lowercase word other than "van", "bin"
    if any(_ANY_POSSESSIVE_RE.search(t) for t in tokens[:-1]):
        return False  # "Labor's Singh": a possessor and a surname, not a given name
    # Initials are part of a name ("P.T. Varghese"); an abbreviation is not ("EPA Director").
    given = tokens[:-1]
    # A regnal number ends a name ("Nana Ofosu Ampem II"); an initial may stand among the given.
    return not any(
        _is_abbreviation(t)
        and len(t.strip(".")) > 1
        and not (n < len(given) and _INITIALS_RE.fullmatch(t))
        and not (n == len(given) and n >= 2 and _REGNAL_RE.fullmatch(t))
        for n, t in enumerate(tokens)
    )


# Words that open a sentence and are surnames too, after a given name: "Peter Ouma Were",
# "Edward Said".
_SURNAME_LEADING_WORDS = frozenset({"Were", "Said", "Vale"})


# Words that join a title to its object or two fields of it, which open no name.
_JOINING_WORDS = frozenset("of for and & the".split())


_REGNAL_RE = re.compile(r"I{2,3}|IV|VI{0,3}|IX")


# A noun for what someone does, by its ending ("Actor", "Opener", "Investigator", "Novelist"),
# with a prefix joined by a hyphen too ("Co-author", "Co-founder").
_AGENT_NOUN_RE = re.compile(rf"[{_UPPER}][a-z]{{2,}}(?:er|or|ist)|[{_UPPER}][a-z]*(?:-[a-z]+)+(?:er|or|ist)")


# Offices written with "General" after them: "Attorney General", "Surgeon General".
_GENERAL_OFFICES = TITLE_WORDS | frozenset(
    "Solicitor Surgeon Postmaster Accountant Paymaster Procurator".split()
)


# The second word of a field of two words: a plural of a consonant and "s" ("Works",
# "Affairs", "Settlements"), not a given name ending in a vowel and "s" ("James", "Thomas").
_FIELD_PLURAL_RE = re.compile(rf"[{_UPPER}][a-z]+[^aeiouys'’\W]s")


# The word that names a company's parent after the name of the company it owns ("Cascadia Air
# Group Inc." owns "Cascadia Air"); "Holdings" is as often the company itself.
_PARENT_WORDS = frozenset(["Group"])


# Given names shaped like an agent noun ("Tyler James Hobart, who has no fixed address,"), which
# open a sentence as a name, not as a description ("Actor Lwazi Dlamini").
_AGENT_SHAPED_GIVEN_NAMES = frozenset(
    """Tyler Taylor Connor Conor Skyler Hunter Carter Parker Spencer Victor Trevor Peter Christopher
    Jennifer Heather Esther Amber Walter Oliver Homer Roger Alexander Eleanor Tudor Piper Harper
    Sawyer Cooper Archer Asher Baxter Dexter Jasper Lester Chester Fletcher Foster Hector Xavier
    Javier Olivier Nestor Salvador Ester Christer Gunter Günter Ingemar Kristofer Schuyler""".split()
)


# The fields an office is of, in one word: "Commissioner of Police", "Minister for Health".
_ONE_WORD_FIELDS = frozenset(
    """Police Health Education Finance Justice Defence Defense State Agriculture Transport Labour
    Labor Tourism Information Energy Environment Housing Trade Commerce Industry Sport Sports
    Culture Interior Communications Fisheries Forestry Mines Petroleum Water Lands Works""".split()
)


def _split_title(tokens: list[str], opens_sentence: bool = False) -> tuple[list[str], list[str], list[str]]:
    """(before, title, name) of a run like "Harbor County Counsel Rebecca Lindqvist".

    News copy writes a description before a name in lower case ("former spinner Kiran
    Dabholkar"), so a word shaped like an agent noun that is capitalized only because it opens
    the sentence, before a full name ("Actor Lwazi Dlamini said"), is that description too."""
    idx = [
        i
        for i, t in enumerate(tokens)
        if (t in TITLE_WORDS and not _field_of_a_body(tokens, i))
        # "Additional Advocate General Sunita Bhargava", "Solicitor General Ana Ruiz": "General"
        # after an office is part of its title, not a given name.
        or (t == "General" and 0 < i < len(tokens) - 2 and tokens[i - 1] in _GENERAL_OFFICES)
        # "Mama Grace Achieng": a courtesy before a given name and a surname.
        or (t in _ELDERS_COURTESIES and i < len(tokens) - 2 and _is_person(tokens[i + 1 :]))
    ]
    # "Investigator Declan Forde of the Marine Board": the name ends where "of" begins.
    cut = next((n for n, w in enumerate(tokens) if w in {"of", "for", "at"}), len(tokens))
    if (
        not idx
        and len(tokens) >= 3
        and (tokens[0].lower() in _ROLE_WORDS or tokens[0].lower() in RELATIONS)
        and not _is_org(tokens[:cut])
    ):
        # "Tenant Rosalind Mbeki", "Grandson Andre Walters"; not "Passenger Rail Agency of ...", a
        # body named for whom it serves.
        idx = [0]
    if (
        not idx
        and opens_sentence
        and len(tokens) >= 3
        and _AGENT_NOUN_RE.fullmatch(tokens[0])
        and tokens[0] not in _AGENT_SHAPED_GIVEN_NAMES
    ):
        idx = [0] if _is_person(tokens[1:cut]) else []
    if not idx or idx[-1] == len(tokens) - 1:
        return [], [], tokens
    name = tokens[idx[-1] + 1 :]
    last = idx[-1]
    if name and name[0] in {"of", "for"} and len(name) > 2:
        # "Secretary of State Ana Ruiz", "Minister of State for Urban Development Pradnya
        # Deshmukh": the title runs on through "of" and its object, however long; the name is
        # what ends the run, a surname with its particles, initials and one given name.
        keep = _name_at_end(name)
        if len(name) >= 5 and name[1] in _ONE_WORD_FIELDS and _is_person(name[2:]):
            # "Commissioner of Police Ibrahim Danladi Garba", "Minister of Health Abubakar Sani
            # Yakasai": an office of one field, then a name with more than one given name.
            keep = len(name) - 2
        compass = [n for n, w in enumerate(name[:-2]) if w in _COMPASS_WORDS]
        if compass and _is_person(name[compass[-1] + 1 :]):
            # "MP for Kipsaro East Daniel Ochieng Amolo": a place ends at its compass word, and
            # the name after it may have more than one given name.
            keep = len(name) - compass[-1] - 1
        joined = [n for n, w in enumerate(name[:-3]) if w in {"and", "&"}]
        after = name[joined[-1] + 2 :] if joined else []
        if len(after) > keep and _FIELD_PLURAL_RE.fullmatch(after[0]) and _is_person(after[1:]):
            # "MEC for Transport and Public Works Nomvula Khumalo": a field of two words, the
            # second a plural ("Public Works", "Home Affairs"), which no given name is shaped as.
            after = after[1:]
        if (
            len(after) > keep
            and _is_person(after)
            and not any(_INITIALS_RE.fullmatch(t) for t in name[-keep:])
        ):
            # "Minister of State for Trade and Industry Daniel Sim Kok Wah": the object's two
            # fields end one word after "and", and the name after them may have several given
            # names (not "Ports and Coastal Shipping R.K. Pillai", whose initials are his).
            keep = len(after)
        if {"and", "&"} & {name[-keep], name[-keep - 1]}:
            # "Cabinet Secretary for Rural Affairs and Islands": the title's object runs on
            # through "and" to the end; no name follows it.
            return tokens[: idx[0]], tokens[idx[0] :], []
        last += len(name) - keep
        name = name[-keep:]
    return tokens[: idx[0]], tokens[idx[0] : last + 1], name


def _field_of_a_body(tokens: list[str], i: int) -> bool:
    """Whether the title word ``tokens[i]`` is the field a body is named for, right after its
    "of" or "for": "Department of Justice", "Office for Judges' Pay"."""
    return i >= 2 and tokens[i - 1] in {"of", "for"} and tokens[i - 2] in ORG_NOUNS


_COMPASS_WORDS = frozenset("North South East West Central".split())


_NAME_PARTICLES = frozenset("van von der den de la del da dos du di le ter ten".split())


_INITIALS_RE = re.compile(rf"(?:[{_UPPER}]\.)+")


def _name_at_end(tokens: list[str]) -> int:
    """How many of ``tokens`` end them as a person's name: the surname, the particles before
    it ("van der"), initials ("P.T.", "K.") and a given name before a single initial."""
    i = len(tokens) - 1
    while i > 1 and (tokens[i - 1] in _NAME_PARTICLES or tokens[i - 1] in _SAINT_WORDS):
        i -= 1
    while i > 1 and _INITIALS_RE.fullmatch(tokens[i - 1]):
        i -= 1
    given_initials = _INITIALS_RE.fullmatch(tokens[i]) and len(tokens[i]) > 2
    if i > 1 and not given_initials and tokens[i - 1] not in {"of", "for", "the"}:
        i -= 1  # the given name: "Kate Harland", "Tom K. Reyes" (not "P.T. Varghese")
    if i > 2 and tokens[i - 1] in _SAINT_WORDS and tokens[i - 2][:1].isupper():
        # "Devon St. Aubyn Clarke": a saint's name given as a middle name is one with its "St.",
        # and the given name comes before them.
        i -= 2
    return len(tokens) - i


# The word a saint's name opens with, in names taken from one ("St. Aubyn", "St John").
_SAINT_WORDS = frozenset("St. St Ste. Saint Sainte".split())


_ROLE_BEFORE_RE = re.compile(
    r"(?:^|\s)(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[\w\-]+['’]s)\s+((?:[\w\-]+\s+){0,3}([\w\-]+)),\s*$"
)


# A name written only in capitals: "EFL", "SNP".
_CAPITALS_NAME_RE = re.compile(r"[A-Z]{2,6}")


_AND_RUN_AFTER_RE = re.compile(rf"\s+(and|&)\s+({_RUN})")


_NAME_SET_OFF_AFTER_RE = re.compile(rf",\s+[{_UPPER}]")


_TITLE_SET_OFF_BEFORE_RE = re.compile(
    rf"(?:^|\s)((?:[{_UPPER}][\w\-]*\s+){{0,3}}(?:{'|'.join(sorted(re.escape(t) for t in TITLE_WORDS))})"
    rf"\s+(?:of|for)\s+(?:the\s+)?[{_UPPER}][\w\-]*(?:\s+(?:(?:and|&|of|the)\s+)?[{_UPPER}][\w\-]*){{0,5}}),\s*$"
)


_LEADS_AFTER_RE = re.compile(
    rf",\s+who\s+(?:leads|heads|chairs|runs|directs|oversees|(?:sits|serves)\s+on|works\s+(?:for|at))\s+"
    rf"(?:the\s+)?((?:{_TOKEN})(?:\s+{_TOKEN}){{0,5}})"
)
_ROLE_AFTER_RE = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?:an?|the)\s+(.{3,80}?)(?=[,;.]|\s(?:who|whose|which|and|since)\s|$)"
)
# "Kavita Bhandari, consumer analyst at Arunodaya Securities,", "Clarisse Bouchard, 52,
# president of the Saskatchewan Union of Nurses": a job in lower case at a named body, set off
# after the name, with no article or after the honorific a title before the name was.
_JOB_AT_AFTER_RE = re.compile(
    rf",\s+(?:\d{{1,3}},\s+)?(?:(?:an?|the)\s+)?((?:[a-z][\w\-]*\s+){{0,4}}?[a-z][\w\-]*)\s+(?:of|at|for|with)\s+(?:the\s+)?({_RUN})"
)
# "Derek Makinen, president of the union local that represents ...": a job set off after the
# name, at a body written in lower case.
_JOB_OF_UNNAMED_AFTER_RE = re.compile(
    r",\s+(?:\d{1,3},\s+)?([a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)\s+(?:of|at|for)\s+(?:the|a|an)\s+[a-z]"
)
# How the name of a job ends when no list holds it ("vaccinologist", "hydrologist").
_AGENT_ENDINGS = ("ist", "ologist", "ician", "eer")


def _lower_job(word: str) -> bool:
    """Whether a word in lower case names a job no list holds: "crane operator", "waitress",
    "orthodontist", "private equity investor"."""
    return word.islower() and len(word) > 4 and word.endswith((*_AGENT_ENDINGS, "or", "er", "ess"))


# An office of a named body set off before its holder's name: "The managing director of Abuja
# Electricity Distribution Company (AEDC), Folake Adeyemi,".
_OFFICE_OF_BEFORE_RE = re.compile(
    rf"(?:^|\s)(?:[Tt]he\s+|[Aa]n?\s+)?((?:[A-Za-z][\w\-]*\s+){{0,2}}?[A-Za-z][\w\-]*)\s+(?:of|at)\s+(?:the\s+)?"
    rf"([{_UPPER}][\w'’\-.]*(?:\s+(?:(?:of|for|and|&|the)\s+)*[{_UPPER}][\w'’\-.]*){{0,8}})"
    r"(?:\s+\([^()]{1,12}\))?,\s*$"
)
# "The assembly member for Ahenbronum, Mrs Gifty Owusu-Sekyere,": a seat set off before its
# holder, the place it is for (a ward or an electoral area with it) its body.
_SEAT_FOR_BEFORE_RE = re.compile(
    rf"(?:^|\s)[Tt]he\s+((?:[a-z][\w\-]*\s+)?[Mm]ember)\s+for\s+([{_UPPER}][\w'’\-]*(?:\s+[{_UPPER}][\w'’\-]*){{0,3}}"
    r"(?:\s+(?:electoral\s+area|ward|constituency|division))?),\s*$"
)
# "the Member of the Senedd for Cwm Derwen", after the name: the seat, then the place it is for.
_SEAT_FOR_AFTER_RE = re.compile(
    rf"((?:[a-z]+\s+)?Member\s+of\s+(?:the\s+)?[{_UPPER}][\w'’\-]*(?:\s+[{_UPPER}][\w'’\-]*)*)"
    rf"\s+for\s+([{_UPPER}][\w'’\-]*(?:\s+[{_UPPER}][\w'’\-]*){{0,3}})"
)
# "Economist Dr Beatrice Ochieng of Maseno University": the body a person is of, after the name.
_OF_BODY_AFTER_RE = re.compile(rf"\s+(?:of|at)\s+(?:the\s+)?({_RUN})")
# "Detective Constable Mark Heaney, of the Tarnshire Police serious collision investigation
# unit,": the body set off after a titled name, its unit written in lower case included.
_OF_BODY_SET_OFF_AFTER_RE = re.compile(
    rf",\s+of\s+(?:the\s+)?([{_UPPER}][\w'’\-]*(?:\s+[\w'’\-&]+){{0,7}}?),"
)


_HONORIFIC_AT_END_RE = re.compile(
    rf"(?<=,)(?:\s+(?:{'|'.join(sorted((re.escape(h) for h in _HONORIFICS), key=len, reverse=True))}))+\s*$"
)


# Whose a title set off before or after a name is: "Its president, Desmond Achterberg,", "The
# agency's general manager, Yvonne Castillo,", "Deltacrest's managing director, Olumide
# Haastrup,", "Dr. Ifeoma Castellane, the county's health officer".
_OWNER_BEFORE_RE = re.compile(
    r"(?:^|\s)(?:[Tt]he\s+([a-z]+)['’]s|([Ii]ts)|((?:St\.?\s+)?[A-Z][\w\-.]*)['’]s)\s+(?:[\w\-]+\s+){0,3}[\w\-]+,\s*$"
)
_OWNER_AFTER_RE = re.compile(r",\s+the\s+([a-z]+)['’]s\s+[a-z]")


def _title_owner(masked_par: str, start: int, end: int) -> str:
    """The owner a title is written with: "its", a noun ("agency") or a name ("Deltacrest"); ""."""
    window = _HONORIFIC_AT_END_RE.sub("", masked_par[max(0, start - _ATTRIBUTION_REACH) : start])
    m = _OWNER_BEFORE_RE.search(window)
    if m:
        return m.group(1) or (m.group(2) or "").lower() or m.group(3)
    m = _OWNER_AFTER_RE.match(masked_par, end)
    return m.group(1) if m else ""


# The nouns for a place's government, which a body's name may hold ("Hartwell County Board of
# Supervisors"): "the county's public defender" is at the county.
_PLACE_BODY_NOUNS = frozenset({"county"})


# The nouns a body's name ends with that copy writes alone before a title, meaning the body the
# story has named ("Commission spokesperson", "Trust chair", "Coalition attorney"); not a
# committee, most often one the story names only in lower case.
_BODY_BEFORE_TITLE = frozenset(
    "Commission Trust Coalition Association Alliance Federation Chamber Local".split()
)


# Parties written before a seat their member holds ("Greens senator"), which is no office of
# the party's own, and the seats.
_PARTY_WORDS = frozenset(
    """Greens Green Labor Labour Liberal Liberals Conservative Tory Democratic Democrat
    Republican GOP Nationals Independent""".split()
)
_SEAT_WORDS = frozenset(
    """senator lawmaker legislator congressman congresswoman assemblyman assemblywoman
    councillor councilor""".split()
)


# A country written before a federal office ("U.S. District Judge", "Assistant U.S. Attorney").
_FEDERAL_PREFIXES = frozenset({"U.S.", "US"})


# Where a sentence opens, before a word: the paragraph's start or a sentence's stop.
_SENTENCE_OPENS_RE = re.compile(r"(?:^|[.!?][\"”’']?)\s*$")


# A capitalized word inside a sentence, after a word in lower case or a comma.
_CAPITAL_INSIDE_RE = re.compile(rf"(?<=[a-z,;:] )[{_UPPER}][\w'’\-]*")


def _opening_word_as_body(par: str, name_start: int, title: str, org: str) -> bool:
    """Whether the organization read before a title in lower case is one word that opens the
    sentence ("Truck operator", "Domestic worker"), and so may be capitalized only for that."""
    if not org or " " in org or not title[:1].islower() or _is_org([org]) or _is_abbreviation(org):
        return False
    if org.endswith("-based"):
        return False  # "Boston-based private equity investor": where, not the job
    at = par.rfind(org + " ", 0, max(name_start, 0))
    if at < 0:
        return False
    return bool(_SENTENCE_OPENS_RE.search(par, 0, at))


# The adjectives of the nouns a body's name ends with, written before a title to mean the
# body the story has named ("Municipal spokesperson").
_BODY_ADJECTIVES = {"Municipal": "municipality"}


# The levels of government an office may be written with, which name no place of their own.
_LEVEL_ADJECTIVES = frozenset("Provincial Regional Federal National Municipal Territorial District".split())


# Words written short with a stop that are no title: a street, a generation.
_NOT_TITLES_SHORT = frozenset("St Jr Sr".split())


def _descriptor(masked_par: str, start: int, end: int, name_end: int | None = None) -> tuple[str, str]:
    """(title, organization) from the words around a person's first full mention:
    "Oakland school board member Rosa Ortiz", "Tom Reyes, a spokesperson for the EPA"."""
    title, org = _descriptor_around(masked_par, start, end)
    words = title.split()
    if (
        not title
        or title in _HONORIFIC_TITLE_WORDS | {"Professor", "Prof."}
        # "lead author Dr Kirra Hollingworth, an epidemiologist at ...", "Co-author Associate
        # Professor Ravi Menon, a urologist at ...": the part in the story, or a rank, then
        # the job at a body.
        or (
            not org
            and words[-1] in {"author", "Professor", "Prof."}
            and all(w in _ROLE_QUALIFIERS or w.lower() in {"lead", "co-author"} for w in words[:-1])
        )
    ):
        # "Dr. Anwar Siddiqui, president of the Saskatchewan Medical Association": the job
        # after the name, not the honorific before it.
        m = _JOB_AT_AFTER_RE.match(masked_par, end)
        if m and any(w in _ROLE_WORDS or w.endswith(_AGENT_ENDINGS) for w in m.group(1).split()):
            return m.group(1), m.group(2)
        m = _JOB_OF_UNNAMED_AFTER_RE.match(masked_par, end)
        if not title and m and m.group(1).split()[-1] in _ROLE_WORDS:
            # "Carol-Ann Doucette, president of the nurses' union local": the job, at a body
            # the story does not name.
            return m.group(1), ""
        window = _HONORIFIC_AT_END_RE.sub("", masked_par[max(0, start - _ATTRIBUTION_REACH) : start])
        m = _OFFICE_OF_BEFORE_RE.search(window)
        office = m.group(1).lower().split() if m else []
        # "The director general of the National Oil Spill Detection and Response Agency".
        if office and (
            office[-1] in _ROLE_WORDS
            or office[-2:] == ["director", "general"]
            or " ".join(office) in {w.lower() for w in _PLACE_OFFICES}  # "The prefect of Haut-Verdon"
        ):
            body = m.group(2)
            if _is_org(body.split()) or m.group(1).lower() in {w.lower() for w in _PLACE_OFFICES}:
                # "The president of the Saskatchewan Union of Nurses, Clarisse Bouchard,", "The
                # mayor of Kindersley, Gord Sawatzky,": the office and its body, then its holder.
                return m.group(1), body
        before = masked_par[max(0, start - _ATTRIBUTION_REACH) : start].rstrip()
        if title in _HONORIFIC_TITLE_WORDS and before.endswith(title):
            # "The Presiding Member, Hon. Yaw Boateng,": the office set off before the honorific.
            m = _ROLE_BEFORE_RE.search(before[: -len(title)])
            if m and m.group(2).lower() in _ROLE_WORDS:
                return m.group(1), ""
    if title.lower() in {"co-author", "author", "lead author"}:
        # "The study's co-author, Dr Wen Hollis, a marine ecologist,": the job, not the part in
        # the story.
        m = _ROLE_AFTER_RE.match(masked_par, end)
        job = m.group(1) if m and not re.search(r"\s(?:at|for|of|with)\s", m.group(1)) else ""
        if job and (job.split()[-1] in _ROLE_WORDS or _lower_job(job.split()[-1])):
            return job, ""
    if not org:
        # "The assembly member for Ahenbronum, Mrs Gifty Owusu-Sekyere, a former trader,": the
        # seat at its place, over what the story says the holder is besides.
        window = _HONORIFIC_AT_END_RE.sub("", masked_par[max(0, start - _ATTRIBUTION_REACH) : start])
        m = _SEAT_FOR_BEFORE_RE.search(window)
        if m:
            return m.group(1), m.group(2)
    if not org and name_end is not None:
        m = _OF_BODY_AFTER_RE.match(masked_par, name_end)
        if m and _is_org(m.group(1).split()):
            org = m.group(1)
    if not org and title and name_end is not None:
        m = _OF_BODY_SET_OFF_AFTER_RE.match(masked_par, name_end)
        words = m.group(1).split() if m else []
        named = words[: next((i for i, w in enumerate(words) if w[0].islower()), len(words))]
        if named and _is_org(named):
            org = m.group(1)
    return title, org


def _descriptor_around(masked_par: str, start: int, end: int) -> tuple[str, str]:
    """(title, organization) from the words right before a first full mention, or an
    appositive with an article after it."""
    words: list[str] = []
    window = masked_par[max(0, start - _ATTRIBUTION_REACH) : start]
    for word in reversed(window.split()):
        # "City Coun. Marcel Oshkabewis": a councillor's short title is a title, with the
        # words before it, more than a courtesy.
        if word in _HONORIFICS and (words or TITLE_EXPANSIONS.get(word) != "Councillor"):
            continue
        # "Brenton Heights Police Lt. Carla Demarco", "State Sen. Paula Okafor": a title's
        # stop ends no sentence.
        short_title = word[:-1] in _TITLE_ABBREVIATIONS and word[:-1] not in _NOT_TITLES_SHORT
        # "Assistant U.S. Attorney", "U.S. District Judge": the country's stop ends no sentence.
        federal = word in _FEDERAL_PREFIXES and bool(words)
        if (
            (word[-1] in ',;:.()“”"' and not (short_title and word[-1] == ".") and not federal)
            or word.lower() in _NOT_SUBJECT_AFTER | {"said", "told"}
            # "KERIGO, Kenya — Former county health executive Grace Wambui": a dateline's dash.
            or word in {"—", "–", "--"}
            # "Local president Gurpreet Sandhu": a union's local, not the word opening a sentence.
            or (word in _LEADING_WORDS and not (word == "Local" and words and words[0].islower()))
        ):
            break
        words.insert(0, word)
        if len(words) == 6:
            break
    if (
        words
        and words[-1].lower() not in _ROLE_WORDS
        and not _lower_job(words[-1])
        # "Washington Attorney General": "General" after an office ends its title.
        and not (words[-1] == "General" and len(words) >= 2 and words[-2] in _GENERAL_OFFICES)
    ):
        words = []
    title = org = ""
    # "U.S. Sen. Patricia Lindqvist-Moore": a federal office keeps its country, which names
    # no body of its own; the rest is read as any title is.
    federal = words.pop(0) if len(words) >= 2 and words[0] in _FEDERAL_PREFIXES else ""
    if words:
        split = next((i for i, w in enumerate(words) if w[0].islower() or w in TITLE_WORDS), len(words))
        low = len(words)
        while low > 0 and words[low - 1][0].islower():
            low -= 1
        if 0 < low < len(words) and _is_org(words[:low]):
            # "Student Representative Council president": the body's name may hold a title word.
            split = low
        org_words, title_words = words[:split], words[split:]
        # "Public Works Director" is one title; "Oakland school board member" and "EPA
        # spokesperson" name the organization first.
        names_org = (
            bool(org_words)
            and bool(title_words)
            and (_is_abbreviation(org_words[0]) or title_words[0][0].islower() or _is_org(org_words))
        )
        qualifiers = [w for w in org_words if w in _ROLE_QUALIFIERS]
        place = org_words[len(qualifiers) :]
        if place and all(w in ORG_NOUNS for w in place) and title_words and title_words[0][0].isupper():
            # "County Health Executive Dr Peter Kiprono", "Assistant District Attorney": one title
            names_org = False
        if org_words and len(qualifiers) == len(org_words):
            title = " ".join(words)  # "Crown prosecutor", "Retired bus driver"
        elif (
            place
            and all(w in _PARTY_WORDS for w in place)
            and _expand_title(" ".join(title_words)).lower() in _SEAT_WORDS
        ):
            # "Greens senator Rosalind Tapsell": a seat is no office of the party it sits for.
            title = " ".join([*qualifiers, *title_words])
        elif (
            names_org
            and title_words[0][0].islower()
            and not _is_org(place)
            and not _is_abbreviation(place[0])
            and not any(w.capitalize() in ORG_NOUNS for w in title_words)
            and not _SENTENCE_OPENS_RE.search(window[: window.rfind(" ".join(words))])
        ):
            # "the Donegal fiddler Máire Ní Dhuibhir": where the person works from, no body.
            title = " ".join([*qualifiers, *title_words])
        elif names_org and not (len(org_words) == 1 and org_words[0] in ORG_NOUNS):
            org, title = " ".join(org_words), " ".join(title_words)
        elif (
            place
            and _expand_title(" ".join(title_words)) in _PLACE_OFFICES  # "Ohio Gov."
            and not any(w in TITLE_WORDS or w in ORG_NOUNS for w in place)
            # "Provincial Governor", "Regional Mayor": a level of government, no place named.
            and not (len(place) == 1 and place[0] in _LEVEL_ADJECTIVES)
        ):
            # "Former Harlan Mills Mayor Dick Oberholtzer": the office of the place named first.
            org, title = " ".join(place), " ".join([*qualifiers, *title_words])
        else:
            title = " ".join(words)
        if federal:
            org, title = (f"{federal} {org}", title) if org else ("", f"{federal} {title}")
    # "The state's Commissioner for Health, Dr Abubakar Yakasai,": an honorific after the comma
    # sets the name off no less.
    window = _HONORIFIC_AT_END_RE.sub("", window)
    if not title:
        m = _ROLE_BEFORE_RE.search(window)
        # "Her attorney, Grant Ellison,", "one former dishwasher, Tony Reyes": a job, set off.
        if m and (
            m.group(2).lower() in _ROLE_WORDS or (_lower_job(m.group(2)) and m.group(2) not in RELATIONS)
        ):
            title = m.group(1)
            words = title.split()
            low = next((i for i, w in enumerate(words) if w[0].islower()), len(words))
            if (
                0 < low < len(words)
                and words[-1] in _SEAT_WORDS
                and not all(w in _PARTY_WORDS for w in words[:low])
            ):
                # "The Lwandle Bay ward councillor, Vusi Nkosi,": the seat, at the place leading it.
                org, title = " ".join(words[:low]), " ".join(words[low:])
    if not title:
        m = _TITLE_SET_OFF_BEFORE_RE.search(window)
        if m:
            # "The Minister for Fisheries, Fiona Roe,", "Scotland's Cabinet Secretary for Rural
            # Affairs and Islands, Fiona Roe,": an office and its object, set off before the name.
            title = re.sub(r"^The\s+", "", m.group(1))
    if not title:
        m = _ROLE_AFTER_RE.match(masked_par, end)
        seat = _SEAT_FOR_AFTER_RE.fullmatch(m.group(1)) if m else None
        if seat:
            # "Eluned Price, the Member of the Senedd for Cwm Derwen,": the seat, at its place.
            return seat.group(1), seat.group(2)
        if m:
            parts = re.split(r"\s+(?:at|for|of|with)\s+(?:the\s+)?", m.group(1), maxsplit=1)
            title = parts[0].strip()
            org = parts[1].strip() if len(parts) > 1 and re.match(rf"[{_UPPER}]", parts[1]) else ""
            words = title.split()
            low = next((n for n, w in enumerate(words) if w[0].islower()), 0)
            if (
                0 < low <= 4
                and (words[-1] in _ROLE_WORDS or _lower_job(words[-1]))
                and not (low == 1 and words[0].isupper())  # "an ICU nurse"
            ):
                # "an Arizona State University water policy researcher": the body, then the
                # job; "a Spokane contractor": a place, then the job.
                if not org and _is_org(words[:low]):
                    org = " ".join(words[:low])
                title = " ".join(words[low:])
    if not org:
        m = _LEADS_AFTER_RE.match(masked_par, end)
        if m and not _ANY_POSSESSIVE_RE.search(m.group(1)):
            # "Angela Chan, who leads the Police Commission"; not "who chairs Thunder Bay's
            # housing committee", a body the story names only in lower case.
            org = m.group(1)
    return title, org


def _abbreviated_name(before: str, abbreviation: str) -> list[str]:
    """The name an abbreviation in brackets stands for, from the words right before it: the
    longest run of words whose capitals spell it ("U.S. Immigration and Customs Enforcement
    (ICE)"), with a "U.S." before it; else the capitalized run before the bracket."""
    letters = abbreviation.replace(".", "").replace("&", "").upper()
    words = before.split()[-12:]
    best: list[str] = []
    prefix: list[str] = []
    for start in range(len(words) - 1, -1, -1):
        first = words[start]
        # A comma may stand inside the name ("Department of Environment, Tourism and Science
        # (DETS)"); it ends the name only when the capitals do not spell the abbreviation.
        if first[-1:] in ";:" or (first.endswith(".") and not _DOT_INSIDE_RE.search(first)):
            break
        if first.endswith(",") and (best or prefix or start < len(words) - 6):
            break
        if not first[:1].isupper():
            continue
        initials = "".join(w[0] for w in words[start:] if w[:1].isupper() and not _DOT_INSIDE_RE.search(w))
        if initials.upper() == letters:
            best = words[start:]
        elif not best and initials.upper().startswith(letters) and first[:1] == letters[:1]:
            # "Kent and Weald Ambulance Service NHS Trust (KWAS)": the capitals spell its start.
            prefix = words[start:]
    if not best and prefix:
        best = prefix
    if best:
        lead = len(words) - len(best) - 1
        if lead >= 0 and _DOT_INSIDE_RE.search(words[lead]) and words[lead][:1].isupper():
            best = [words[lead], *best]
        return _clean_run(best)
    named = _RUN_AT_END_RE.search(before)
    return _clean_run(named.group(1).split()) if named else []


def _local_name(par: str, at: int, end: int) -> tuple[int, str]:
    """(start, name) of the union local whose "Local 19" is ``par[at:end]``: the capitalized
    words right before it, with "and" and "of" between them, belong to the name."""
    window_start = max(0, at - _LONGEST_NAME)
    words = list(_WORD_RE.finditer(par, window_start, at))
    keep = len(words)
    # "The Labourers' International Union of North America, Local 837,": the union set off
    # before its local's number is part of the name.
    set_off = bool(words) and words[-1].group(0).endswith(",") and par.startswith(",", end)
    for n in range(len(words) - 1, -1, -1):
        word = words[n].group(0)
        if set_off and n == len(words) - 1:
            word = word[:-1]
        if word[-1:] in ",;:.()" or not (word[:1].isupper() or word in {"and", "of", "&"}):
            break
        keep = n
    if set_off and not _is_org([w.group(0).rstrip(",") for w in words[keep:]]):
        keep = len(words)
    while keep < len(words) and (
        words[keep].group(0) in {"and", "of", "&"} or words[keep].group(0) in _LEADING_WORDS
    ):
        keep += 1
    start = words[keep].start() if keep < len(words) else at
    return start, " ".join(par[start:end].split())


def _runs(par: str, lone: frozenset = frozenset(), capitals: frozenset = frozenset()):
    """(start, end, text) of each run of capitalized words, split where a sentence ends
    ("... Rosa Ortiz. According to ..."): a full stop after a word that is not an initial
    or an abbreviation. A title's object joined by "and" is one run with the title and the
    name after it ("MEC for Roads and Transport Nomsa Mthembu"), and so is an organization
    whose name holds "and" (``_one_name_with_and``); ``lone`` holds the words the story
    writes as a run of their own ("Jones said"), which may be a surname."""
    held = None  # the run before, yielded once the next shows it is not joined to it
    # "the Ministry of Education, Sports and Culture": a body named for the fields it covers,
    # listed with commas, is one name.
    lists = [m.span() for m in _FIELDS_LISTED_RE.finditer(par)] if ", " in par else []
    n = 0  # the first list not ended before the run being read: each is passed once
    for start, end, run in _sentence_runs(par):
        while n < len(lists) and lists[n][1] < end:
            n += 1
        if held is not None and n < len(lists):
            a, b = lists[n]
            if a >= held[0] and a < held[1] < start < end <= b:
                held = (held[0], end, par[held[0] : end])
                continue
        if (
            held is not None
            and par[held[1] : start] in {" and ", " & "}
            and (
                _TITLE_OBJECT_RE.search(held[2])
                or _one_name_with_and(par, held[0], held[2], run, lone)
                or _initials_written_alone(held[2], run, capitals)
            )
        ):
            held = (held[0], end, par[held[0] : end])
            continue
        if held is not None:
            yield held
        held = (start, end, run)
    if held is not None:
        yield held


# "the Department of Housing, Local Government and Heritage": a field before the last may be
# two words; the last is one, so that "and" before someone's full name ends no list.
_FIELDS_LISTED_RE = re.compile(
    rf"\b(?:Ministry|Department|Office|Secretariat|Directorate|Bureau|Commission)\s+of\s+[{_UPPER}][a-z]+"
    rf"(?:,\s+[{_UPPER}][a-z]+(?:\s+[{_UPPER}][a-z]+)?){{1,3}},?\s+and\s+[{_UPPER}][a-z]+\b(?!\s+[{_UPPER}])"
)


def _initials_written_alone(a_run: str, b_run: str, capitals: frozenset) -> bool:
    """Whether ``a_run``, "and" and ``b_run`` are one name because their capitals, from some
    word of ``a_run`` on, spell an abbreviation the story writes on its own: "Immigration and
    Customs Enforcement" when the story goes on with "ICE's field office", "Food and Drug
    Administration" with "the FDA"; ``capitals`` holds the words the story writes in capitals."""
    return bool(b_run[:1].isupper()) and bool(_spelled_capitals(f"{a_run} and {b_run}".split(), capitals))


def _spelled_capitals(tokens: list[str], capitals: frozenset) -> str:
    """The word in ``capitals`` that the capitals of ``tokens``, from some word on to the end,
    spell ("ICE" for "U.S. Immigration and Customs Enforcement"), or ""; "and", "of" and "the"
    spell nothing."""
    if "and" not in tokens:
        return ""
    words = [w for w in tokens if w[:1].isupper()]
    for k in range(len(words) - 2, max(-1, len(words) - 7), -1):
        letters = "".join(w[0] for w in words[k:])
        if len(letters) >= 3 and letters in capitals:
            return letters
    return ""


# An organization named for its field, whose object runs on through "and": "Department of
# Transport and Regional Roads", "Ministry of Health and Wellness".
_FIELD_OF_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(re.escape(n) for n in ORG_NOUNS))})\s+(?:of|for)\s+(?!the\b)"
)


# A plural noun ("Roads", "Catchments", "Affairs"), not a surname written in the possessive.
_PLURAL_WORD_RE = re.compile(r"[A-Z][a-z]+[^s'’\W]s")


def _one_name_with_and(par: str, a_start: int, a_run: str, b_run: str, lone: frozenset) -> bool:
    """Whether ``a_run``, "and" and ``b_run`` are one organization's name, as news names one:
    a department of two fields ("the Department of Water and Catchments", "Department of
    Transport and Regional Roads", "of Justice and Corrective Services"; the second is no
    organization, title or name of a person, but one word or a plural the story never writes
    alone, as it would a surname, or a field of services), or one
    word and an organization named for both ("Clyde and Hebrides Ferry Services", "The
    Brewery and Distribution Workers' Union")."""
    a, b = a_run.split(), b_run.split()
    if b[0] in _LEADING_WORDS or b[0] in _HONORIFICS or b[0] in TITLE_WORDS or _is_abbreviation(b[0]):
        return False
    if _FIELD_OF_RE.search(a_run):
        return (
            len(b) <= 3
            # "Department of Justice and Corrective Services", "of Health and Human Services": a
            # field of services may end the name.
            and not any(
                t in ORG_NOUNS and not (n and n == len(b) - 1 and t == "Services") for n, t in enumerate(b)
            )
            and (len(b) == 1 or bool(_PLURAL_WORD_RE.fullmatch(b[-1])))
            and _strip_possessive(b[-1]).rstrip(".,") not in lone
        )
    before = par[max(0, a_start - _LONGEST_WORD) : a_start].split()
    a = _clean_run(a)
    # "Kalamindi Water and Sanitation Company": a place and one field, then "and" and a body
    # named for a second field.
    place_field = len(a) == 2 and a[1] in _ONE_WORD_FIELDS and a[0] not in _ONE_WORD_FIELDS
    return (
        (len(a) == 1 or place_field)
        and not any(w in _LEADING_WORDS or w in TITLE_WORDS for w in a)
        and not any(_is_abbreviation(w) or _ANY_POSSESSIVE_RE.search(w) for w in a)
        and (not before or before[-1].lower() not in {"between", "both"})
        and _is_org(_clean_run(b))
    )


_TITLE_OBJECT_RE = re.compile(rf"\b(?:{'|'.join(sorted(re.escape(t) for t in TITLE_WORDS))})\s+(?:of|for)\s")


def _sentence_runs(par: str):
    for m in _RUN_RE.finditer(par):
        start = m.start()
        if start and par[start - 1].isdigit() and _UNIT_AT_END_RE.match(par, start):
            # "The heat is already past 35C. Mourato sits": a unit ending the sentence, no initial.
            nxt = _WORD_RE.search(par, start + 2, m.end())
            if nxt is None:
                continue
            start = nxt.start()
        for token in _WORD_RE.finditer(m.group(0)):
            word = token.group(0)
            if (
                word.endswith(".")
                and len(word) > 2
                and not _DOT_INSIDE_RE.search(word)
                and (word not in _SENTENCE_END_WORDS and word.lower().rstrip(".") not in _ABBREVIATIONS)
                and not (word[:-1] in _GIVEN_NAME_ABBREVIATIONS and token.end() < len(m.group(0)))
            ):
                cut = m.start() + token.end()
                yield start, cut, par[start:cut]
                nxt = _WORD_RE.search(par, cut, m.end())
                start = nxt.start() if nxt else m.end()
        if start < m.end():
            yield start, m.end(), par[start : m.end()]


# A unit written after a number, ending a sentence: "35C.", "90F.", "12V.".
_UNIT_AT_END_RE = re.compile(r"[A-Z]\.(?=\s)")


# "the Gannets", "the Hornets": a plural (not "the Jones family", "the Rovers Return") after "the".
_THE_SIDES_ROLE_RE = re.compile(
    rf"\b[Tt]he\s+([{_UPPER}][a-z]+)\s+(?:boss|manager|head\s+coach|coach|captain|skipper|"
    r"squad|fans|supporters|players|dressing\s+room|back\s+line|defence|defense|midfield)\b"
)


_THE_PLURAL_RE = re.compile(
    rf"\b[Tt]he\s+([{_UPPER}][a-z]+[a-rt-z]s)\b(?!\s+(?:family|[{_UPPER}]))(?!['’]\w)"
)


# A verb right after a name in the possessive: the name is its subject ("Hartlow's said",
# "Sainsbury's is to close", "Macy's has confirmed"), not the owner of a noun after it.
_VERB_AFTER_NAME_RE = re.compile(
    r"\s+(?:(?:is|was|has|had|will|would|says|said|told|announced|confirmed|added|wrote|stated)\b)"
)


# Capitalized words, with "and", "of", "for", "the" or "&" between, that an abbreviation
# may spell.
_SPELLED_OUT_RE = re.compile(rf"{_TOKEN}(?:\s+(?:(?:and|of|for|the|&)\s+)?{_TOKEN}){{1,9}}")


# A name written short with full stops ("U.S.", "U.K.").
_DOTTED_RE = re.compile(rf"(?:[{_UPPER}]\.){{2,3}}")


_AUTHORED_BY_RE = re.compile(
    r"\b(?:post|tweet|video|message|speech|letter|statement|remarks|column|op-ed|essay|memo|email)\s+by\s+$"
)


class _Document:
    """Everyone and everything a story names, in order, to resolve attributions against."""

    def __init__(
        self,
        masked: list[str],
        offsets: list[int],
        sentence_ends: list[list[int]] | None = None,
        aliases: dict[str, list[str]] | None = None,
    ):
        # Where each paragraph's sentences end (``text._sentence_ends``), when read already.
        self._sentence_ends = sentence_ends or [_sentence_ends(par) for par in masked]
        # The name each nickname the story gives stands for ("Peg Lindholm": Marguerite Lindholm).
        self.aliases = aliases or {}
        self.persons: dict[str, _Entity] = {}
        self.orgs: dict[str, _Entity] = {}
        self.abbreviations: dict[str, _Entity] = {}
        # A firm named in the possessive ("Hartlow's"), by its name without the "'s".
        self.possessive_names: dict[str, _Entity] = {}
        self.mentions: list[_Mention] = []
        # The second word of each longer name, by the person named ("Gachanja" in "Peter
        # Gachanja Mwangi"), or None when two people share it.
        self.second_words: dict[str, _Entity | None] = {}
        # The holder of each office the story names before them, capitalized and set off ("The
        # Taoiseach, Ciarán Mac Lochlainn,"), by the office.
        self.offices: dict[str, _Entity] = {}
        # A surname of two words or more ("Ní Dhuibhir", "van der Berg") stands for the one
        # person named before whose name ends with it.
        self.tails: dict[str, _Entity | None] = {}
        # The first person whose name ends with each such surname, whom it stands for when
        # several share it, as a surname of one word does.
        self._first_tails: dict[str, _Entity] = {}
        # The people named by two words, by the second: whom a fuller form of a name may mean.
        self._by_surname: dict[str, list[_Entity]] = {}
        singles: list[tuple] = []
        # (position, relation, person) of each "a son, Peter Penhallow,": whom a later "her son" means.
        relatives: list[tuple[int, str, _Entity]] = []
        # A nickname between single marks inside a name ("Harold 'Doc' Wimberly") is no part of
        # it; blanked, the name reads whole, at the same positions.
        masked = [_NICKNAME_RE.sub(lambda m: " " * len(m.group(0)), par) for par in masked]
        # The byline names the reporter, whom the story never quotes: no pronoun means them.
        masked = [" " * len(par) if n < 4 and _BYLINE_RE.match(par) else par for n, par in enumerate(masked)]
        # A plural the story writes after "the" ("the Gannets", "the Hornets") is a team's name,
        # or a band's: a name ending with it ("Halcombe Gannets") is no person's.
        teams = {m.group(1) for par in masked for m in _THE_PLURAL_RE.finditer(par)}
        # "The Vale boss", "the Rovers manager": a side's name before its manager or players,
        # so "Hollin Vale" is a club's.
        teams |= {m.group(1) for par in masked for m in _THE_SIDES_ROLE_RE.finditer(par)}
        # The words the story writes as a run of their own ("Jones said"): a surname, maybe.
        lone = frozenset(
            _strip_possessive(run).rstrip(".,")
            for par in masked
            for start, _, run in _sentence_runs(par)
            if " " not in run and not par.endswith(" and ", 0, start)
        )
        # The words written in capitals ("ICE", "the FDA's"), which a name with "and" may spell.
        capitals = frozenset(
            _strip_possessive(m.group(0)) for par in masked for m in _CAPITALS_WORD_RE.finditer(par)
        )
        # The words the story writes after "Mr" or "Ms": surnames, never given names.
        after_courtesy = frozenset(
            _strip_possessive(m.group(1)).rstrip(".,")
            for par in masked
            for m in _AFTER_COURTESY_RE.finditer(par)
        )
        # A month that is a given name too, before a surname the story writes after it more than
        # once ("June Halloran" in the headline and again in the lead): a name, not a date.
        month_names = Counter(m.group(0) for par in masked for m in _GIVEN_MONTH_RE.finditer(par))
        given_months = {name for name, count in month_names.items() if count >= 2}
        # The capitalized words the story writes inside a sentence, read once when first asked.
        named_inside = None
        for par, base in zip(masked, offsets, strict=True):
            for m in _ABBR_DEF_RE.finditer(par):
                if _DATELINE_DASH_RE.match(par, m.end()):
                    continue  # "TILLMAN FALLS, Ohio (AP) --": the wire service, in a dateline
                window_start = max(0, m.start() - _LONGEST_NAME)
                before = par[window_start : m.start()].rstrip()
                tokens = _abbreviated_name(before, m.group(1))
                if tokens and not _is_person(_split_title(tokens)[2] or tokens):  # a party: "(FF)"
                    org = self.org(" ".join(tokens), base + window_start + max(before.rfind(tokens[0]), 0))
                    org.abbreviation = m.group(1)
                    self.abbreviations[m.group(1)] = org
            words = [w.span() for w in _WORD_RE.finditer(par)]
            word_starts = [w_start for w_start, _ in words]
            locals_ = []
            for m in _LOCAL_RE.finditer(par):
                local_start, name = _local_name(par, m.start(), m.end())
                org = self.org(name, base + local_start)
                org.nouns.add("union")
                self.mentions.append(_Mention(base + local_start, org, True))
                locals_.append((local_start, m.end()))
            in_local = 0
            dateline_end = 0
            for start, end, run in _runs(par, lone, capitals):
                if start < dateline_end:
                    continue  # the outlet in a dateline's brackets
                while in_local < len(locals_) and locals_[in_local][1] <= start:
                    in_local += 1
                if in_local < len(locals_) and locals_[in_local][0] < end:
                    continue  # part of a union local's name, read above
                # The word before the run (the part before it, when the run starts mid-word).
                before = bisect_left(word_starts, start)
                prev = par[words[before - 1][0] : min(words[before - 1][1], start)] if before else ""
                # Someone told or asked something is the listener ("told Radio Kiwi he").
                subject_like = not prev or prev.lower() not in _NOT_SUBJECT_AFTER | _LISTENER_VERBS
                # "A driver who gave his name only as Kofi said": the one described, by that name.
                named_as = prev in {"as", "name,"} and bool(
                    _NAMED_AS_BEFORE_RE.search(par, max(0, start - _LONGEST_WORD), start)
                )
                # "a Facebook post by Infrastructure Minister Semi Ravuvu, in which he described":
                # the author of what was posted or written is whom the pronoun after means.
                authored = prev == "by" and bool(
                    _AUTHORED_BY_RE.search(par, max(0, start - _LONGEST_WORD), start)
                )
                # "The court heard from Senior Constable Brett Ollerenshaw, who said": one a
                # relative clause has speaking is a speaker, whatever the word before the name.
                # (Not "a neighbour in Briar Ridge, who said": a place, after its preposition.)
                who_spoke = prev.lower() not in _PLACE_PREPOSITIONS and bool(
                    _WHO_SPOKE_AFTER_RE.match(par, end)
                )
                # "The forecast calls for rain, but Marchand cautioned that": a name after a
                # conjunction, with its own speech verb, is the subject of its clause.
                joined = prev in {"but", "and", "yet"} and bool(
                    _SPEAKING_AFTER_RE.match(par, end, end + _ATTRIBUTION_REACH)
                )
                subject_like = subject_like or named_as or authored or who_spoke or joined
                if (
                    subject_like
                    and prev[:1].islower()
                    and _OBJECT_ROLE_BEFORE_RE.search(par, max(0, start - _LONGEST_WORD), start)
                ):
                    # "sent to the stands by referee Neil Gadsby": the one a preposition takes
                    # through a role in lowercase is an object, not whom "he said" means.
                    subject_like = False
                if (
                    subject_like
                    and prev[:1].islower()
                    and _LISTENER_ROLE_BEFORE_RE.search(par, max(0, start - _LONGEST_WORD), start)
                ):
                    # "He told the regional broadcaster Bayerischer Rundfunk that": the listener,
                    # told through a role in lowercase, as "told Radio Kiwi" is.
                    subject_like = False
                asked = (
                    _ASKED_ABOUT_BEFORE_RE.search(par, max(0, start - _ATTRIBUTION_REACH), start)
                    if subject_like and not who_spoke
                    else None
                )
                if (
                    asked
                    # "Asked whether she hoped to win, Varghese laughed.": past the question's
                    # comma, a name not set off by commas of its own is the one asked.
                    and ("," not in par[asked.start() : start] or par[end : end + 1] == ",")
                    and not _SPEAKING_AFTER_RE.match(par, end, end + _ATTRIBUTION_REACH)
                ):
                    # "Hartley was also asked about captain Ben Tolland, who left the field.
                    # \n\n“It doesn't look great,” he said.": the one asked about is spoken of.
                    subject_like = False
                raw = run.split()
                tokens = _clean_run(raw)
                if len(tokens) < len(raw) and _UNIT_AFTER_RE.match(par, end):
                    # "The South African National Taxi Council's Western Cape branch": the body,
                    # through a part of it named for a place, not the place.
                    owner = next((k for k in range(len(raw) - 1) if _ANY_POSSESSIVE_RE.search(raw[k])), None)
                    body = []
                    if owner is not None:
                        body = _clean_run([*raw[:owner], _strip_possessive(raw[owner])])
                    if body and _is_org(body):
                        tokens = body
                given_month = (
                    len(raw) >= 2 and f"{raw[0]} {raw[1]}" in given_months and tokens[:1] == raw[1:2]
                )
                if given_month:
                    tokens = [raw[0], *tokens]
                if not tokens:
                    continue
                if (
                    len(tokens) <= 3
                    and _POSSESSIVE_RE.search(raw[-1])
                    and tokens[-1] == _strip_possessive(raw[-1])
                    and _VERB_AFTER_NAME_RE.match(par, end)
                ):
                    # "Hartlow's said", "Sainsbury's is to close": a firm named in the
                    # possessive, after its founder, does what a verb says; no owner of a thing.
                    name = " ".join([*tokens[:-1], raw[-1]])
                    pos = base + start + len(run) - len(name)
                    org = self.org(name, pos)
                    self.possessive_names[" ".join(tokens)] = org
                    self.mentions.append(_Mention(pos, org, subject_like))
                    continue
                dateline = run.isupper() and not par[:start].strip() and _DATELINE_END_RE.match(par, end)
                if dateline:
                    dateline_end = dateline.end(1) if dateline.group(1) else 0
                    continue  # "TORONTO —", "SAN ESTEBAN, Lanaro (AP) —": the dateline's place
                skipped = len(raw) - len(tokens)
                pos = base + start + len(" ".join(raw[:skipped])) + (1 if skipped else 0)
                known = self.orgs.get(" ".join(tokens)) if len(tokens) >= 2 else None
                if known is not None and not _is_org(tokens) and not _ANY_POSSESSIVE_RE.search(raw[-1]):
                    # "the environmental group Friends of the Xemxija Coast ... Friends of the
                    # Xemxija Coast said": a body the story named by what it is, named again
                    # with nothing to say it is one (not as an owner, "SkyBridge Air's fleet").
                    self.mentions.append(_Mention(pos, known, subject_like))
                    continue
                body = _BODY_AFTER_RE.match(par, end)
                if body:
                    # "the Alder County civil grand jury": the body is named for its place.
                    name = " ".join([*tokens, *(w.capitalize() for w in body.group(1).split())])
                    if _is_org(tokens):
                        # "The Ashgrove Unified School District board": the district is named too.
                        self.mentions.append(_Mention(pos, self.org(" ".join(tokens), pos), False))
                    self.mentions.append(_Mention(pos, self.org(name, pos), subject_like))
                    continue
                outlet = _OUTLET_AFTER_RE.match(par, end)
                if outlet:
                    org = self.org(" ".join(tokens), pos)  # "Westward Living magazine"
                    org.nouns.add(outlet.group(1))
                    self.mentions.append(_Mention(pos, org, subject_like))
                    continue
                if par.startswith("$", end) and len(raw) == 1:
                    continue  # "US$1.6 billion", "NZ$40": a currency's letters, no one's name
                if prev.isdigit() and _PRODUCT_BEFORE_RE.search(par, max(0, start - 80), start):
                    continue  # "a 2006 Land Cruiser": a product, named by its make and model
                if _PRODUCT_AFTER_RE.match(par, end) and not _is_org(tokens):
                    continue  # "its Fellside Crunch and Ginger Nuggets ranges": products, no one
                if len(tokens) == 1 and _FOLLOWERS_AFTER_RE.match(par, end):
                    continue  # "One longtime Kessler voter said": one who backs Kessler, not Kessler
                if len(tokens) >= 2 and tokens[-1] in _LAW_WORDS:
                    continue  # "the state's Emergency Conflagration Act": a law, which says nothing
                if _PAPER_TITLE_AFTER_RE.match(par, end) and not _is_org(tokens):
                    continue  # "the Budget Economic and Fiscal Update": the start of a paper's title
                if _ORDINAL_RE.fullmatch(prev) and not _is_org(tokens):
                    continue  # "under the 13th Malaysia Plan": a plan, a games, nobody's name
                if (
                    prev.rstrip(",").lower() in _WORK_NOUNS
                    and (not prev.endswith(",") or par.startswith(",", end))
                    and _WORK_BEFORE_RE.search(par, max(0, start - _LONGEST_WORD), start)
                ):
                    # "her first novel, Slack Tide, won": a work's title, set off after the noun
                    # (not "In the book, Ruiz argues", where the name opens the clause).
                    continue
                if (
                    prev.lower() in _VESSEL_NOUNS
                    and not _is_org(tokens)
                    and _WORK_BEFORE_RE.search(par, max(0, start - _LONGEST_WORD), start)
                ):
                    continue  # "command of the inter-island ferry Hoy Head": a vessel, no one
                if prev in _KIND_BEFORE_NAME and len(tokens) >= 2:
                    # "Environmental group Niger Delta Watch said": a body, which "the group" means.
                    org = self.org(" ".join(tokens), pos)
                    org.nouns.add(prev)
                    self.mentions.append(_Mention(pos, org, subject_like))
                    continue
                opens_sentence = not prev or prev.endswith((".", "!", "?", ":", "—", "–", "--", "”", '"'))
                before, title_tokens, name = _split_title(tokens, opens_sentence and raw[0] == tokens[0])
                if (
                    len(name) >= 2
                    and name[0] in after_courtesy
                    and len(title_tokens) >= 3
                    and title_tokens[-1] not in TITLE_WORDS
                    and title_tokens[-2] not in _JOINING_WORDS
                    and {"of", "for"} & set(title_tokens[:-2])
                ):
                    # "Member for Health Grace Wanjiru Muthoni", then "Ms Wanjiru": the word
                    # after "Ms" is a surname, so the one before it in the run is a given name,
                    # not the end of the office's object.
                    name, title_tokens = [title_tokens[-1], *name], title_tokens[:-1]
                # "Jerome Baptiste of Homes for Calder": a person, then where they work.
                cut = next((n for n, w in enumerate(name) if w in {"of", "for", "at"}), 0)
                if cut >= 2 and _is_person(name[:cut]) and name[cut + 1 :]:
                    self.mentions.append(_Mention(pos, self.org(" ".join(name[cut + 1 :]), pos), False))
                    name, tokens = name[:cut], [*before, *title_tokens, *name[:cut]]
                team = len(tokens) >= 2 and tokens[-1] in teams
                # "U.S. Immigration and Customs Enforcement" in a story that writes "ICE": an
                # organization, which its capitals name too.
                spelled = "" if title_tokens else _spelled_capitals(tokens, capitals)
                if not title_tokens and (
                    team or spelled or _is_org(tokens) or self._named_as_a_thing(par, raw, prev, end)
                ):
                    org = self.abbreviations.get(tokens[0]) if len(tokens) == 1 else None
                    org = org or self.org(" ".join(tokens), pos)
                    if spelled and spelled not in self.abbreviations and spelled not in self.orgs:
                        org.abbreviation = org.abbreviation or spelled
                        self.abbreviations[spelled] = org
                    does = _WHICH_DOES_RE.match(par, end)
                    if does:
                        # "Skerry Link, which operates the route": what "the operator" later means.
                        org.nouns.add(_AGENT_NOUNS.get(does.group(1)[:4], "company"))
                    self.mentions.append(_Mention(pos, org, subject_like))
                    continue
                if (len(before) > 1 and _is_org(before)) or (
                    len(before) == 1 and _is_abbreviation(before[0])
                ):
                    org = self.abbreviations.get(before[0]) if len(before) == 1 else None
                    # "Millbrook Unified Superintendent Tom Esparza said": the person is the subject.
                    org_subject = subject_like and not _is_person(name)
                    self.mentions.append(_Mention(pos, org or self.org(" ".join(before), pos), org_subject))
                # "The Minister for Fisheries, Fiona Roe,": the end of the office's object, set off
                # before the name, is nobody's name.
                object_set_off = (
                    bool(title_tokens)
                    and title_tokens[-1] in {"of", "for"}
                    and _NAME_SET_OFF_AFTER_RE.match(par, end)
                )
                if _is_person(name, titled=bool(title_tokens) or given_month) and not object_set_off:
                    alias = self.aliases.get(" ".join(name))
                    if alias is not None and len(alias) >= 2:
                        name = alias  # "Peg Lindholm" after or before "Marguerite “Peg” Lindholm"
                    key = " ".join(name)
                    person = (
                        self.persons.get(key)
                        or self.tails.get(key)
                        or self._particle_tail(name)
                        or self._fuller_name_of(name)
                        or self._first_tails.get(key)
                        or (self._born_as(name) if raw[0] == "Born" else None)
                    )
                    if person is None:
                        name_start = par.rfind(" ".join(name), start, end)
                        name_end = name_start + len(key) if name_start >= 0 else None
                        title, org_name = _descriptor(par, name_start, end, name_end)
                        if _opening_word_as_body(par, name_start, title, org_name):
                            # "Truck operator Lim Kok Seng", "State epidemiologist Dr. Rowena
                            # Achterberg": a word capitalized only to open the sentence, which
                            # the story never writes so inside one, is part of the job.
                            if named_inside is None:
                                named_inside = frozenset(
                                    _strip_possessive(m.group(0))
                                    for p in masked
                                    for m in _CAPITAL_INSIDE_RE.finditer(p)
                                )
                            if org_name not in named_inside:
                                title, org_name = f"{org_name} {title}", ""
                        if not title and [t for t in title_tokens if t not in _COURTESY_TITLES]:
                            title = " ".join(title_tokens)  # "Secretary of State Ana Ruiz", "Coun."
                        person = _Entity(key, "person", _expand_title(title), org_name, first=pos)
                        if title and not org_name and name_start >= 0:
                            person.organization_owner = _title_owner(par, name_start, end)
                            first_word = title.split()[0]
                            if (
                                not person.organization_owner
                                and len(title.split()) >= 2
                                and first_word.capitalize() in _BODY_BEFORE_TITLE
                            ):
                                # "Commission spokesperson Nadia Farouk", "association chief
                                # executive Justin Mabaso": the body the story has named.
                                person.organization_owner = first_word.lower()
                            elif not person.organization_owner and len(title.split()) >= 2:
                                # "Municipal spokesperson": the municipality the story has named.
                                person.organization_owner = _BODY_ADJECTIVES.get(first_word, "")
                        self.persons[key] = person
                        self._add_tails(person)
                        role = _ROLE_SET_OFF_BEFORE_RE.search(
                            par, max(0, start - _ATTRIBUTION_REACH // 4), start
                        )
                        office = _OFFICE_SET_OFF_BEFORE_RE.search(
                            par, max(0, start - _ATTRIBUTION_REACH // 2), start
                        )
                        if office and office.group(1).lower() in _PERSON_ROLES:
                            # "The Minister for Arts, Culture and Heritage, Rachel Fenwick-Oduya,":
                            # an office whose fields are listed with commas, then its holder.
                            person.nouns.add(office.group(1).lower())
                        if role and role.group(1).lower() in _PERSON_ROLES:
                            # "Kowalchuk's coach, longtime curler Hal Pederson,": whom "the coach" means.
                            person.nouns.add(role.group(1).lower())
                        elif (
                            role
                            and role.group(1)[:1].isupper()
                            and role.group(1) not in ORG_NOUNS
                            and par[role.start() : role.end()].lstrip()[:3].lower() == "the"
                            and not par[: role.start()].endswith((" of", " for"))
                        ):
                            # "The Taoiseach, Ciarán Mac Lochlainn,": an office capitalized, set
                            # off before the one who holds it, which "the Taoiseach" then means;
                            # not the body an office is of ("the leader of the Opposition, X").
                            self.offices[role.group(1)] = person
                    relation = _RELATION_BEFORE_RE.search(par, max(0, start - _LONGEST_WORD), start)
                    if relation:
                        person.nouns.add(relation.group(1))
                        relatives.append((pos, relation.group(1), person))
                    self.mentions.append(_Mention(pos, person, subject_like))
                elif len(name) == 1:
                    relation = _RELATION_BEFORE_RE.search(par, max(0, start - _LONGEST_WORD), start)
                    singles.append(
                        (pos, name[0], subject_like, title_tokens, relation and relation.group(1), named_as)
                    )
        for par, base in zip(masked, offsets, strict=True):
            for m in _APPOSITION_RE.finditer(par):
                name = " ".join(_clean_run(m.group(2).split()))
                if (
                    not name
                    or name in self.persons
                    or not (_RUN_RE.fullmatch(name) or _LOCAL_RE.search(name))
                ):
                    continue
                org = self.abbreviations.get(name) or self.org(name, base + m.start(2))
                org.nouns.add(m.group(1))
                self.mentions.append(_Mention(base + m.start(2), org, True))
        self.surnames: dict[str, _Entity] = {}
        # A first name alone ("Maria said") stands for the one person of that first name;
        # the end of an organization's name ("the Coast Guard") for the one it ends.
        self.first_names: dict[str, _Entity | None] = {}
        # The second word of a longer name may be the surname that the family name comes first
        # in, or the first of two ("Mr Teo" after "Marcus Teo Wei Liang").
        second_words: dict[str, _Entity | None] = self.second_words
        # A surname stands for the first person of that name, unless the story first names them
        # in passing as one who has died ("after the death of MLA Ramkishan Patil") and then a
        # namesake ("his son, Vikrant Patil"), who is the one still doing things.
        passed = set()
        for mention in self.mentions:
            if mention.entity.kind == "person" and mention.entity.first == mention.pos:
                n = bisect_right(offsets, mention.pos) - 1
                local = mention.pos - offsets[n]
                if _DEATH_OF_BEFORE_RE.search(masked[n], max(0, local - _LONGEST_WORD), local):
                    passed.add(id(mention.entity))
        for person in sorted(self.persons.values(), key=lambda e: e.first):
            surname = person.name.split()[-1]
            if surname in _GENERATIONS and len(person.name.split()) >= 3:
                # "Kessler said" after "Thomas Kessler III": the surname before the generation.
                surname = person.name.split()[-2]
            known = self.surnames.get(surname)
            if known is None or (id(known) in passed and id(person) not in passed):
                self.surnames[surname] = person
            words = person.name.split()
            if len(words) >= 3 and words[1][0].isupper() and not _INITIALS_RE.fullmatch(words[1]):
                second_words[words[1]] = person if second_words.get(words[1], person) is person else None
            first = person.name.split()[0]
            if first not in _HONORIFICS:
                known = self.first_names.get(first, person)
                self.first_names[first] = person if known is person else None
        # (position, person) of each "X's husband Peter": whose family "the family" means when
        # the story names no family.
        self._relatives_of: list[tuple[int, _Entity]] = []
        # The names the story gives a family ("the Kovács family").
        self._family_names = {m.group(1) for par in masked for m in _FAMILY_MENTION_RE.finditer(par)}
        for par, base in zip(masked, offsets, strict=True):
            for m in _RELATIVE_RE.finditer(par):
                self._relative(par, m, base)
            for m in _FAMILY_MENTION_RE.finditer(par):
                self.mentions.append(
                    _Mention(base + m.start(1), self.family(f"{m.group(1)} family", base), True)
                )
        self._spell_out_abbreviations(masked)
        self.org_endings: dict[str, _Entity | None] = {}
        self.org_starts: dict[str, _Entity | None] = {}
        bases: set[str] = set()
        for org in self.orgs.values():
            words = org.name.split()
            for n in range(1, len(words)):
                ending = " ".join(words[n:])
                if ending.lower() not in _SMALL_WORDS and ending[:1].isupper():
                    known = self.org_endings.get(ending, org)
                    self.org_endings[ending] = org if known is org else None
            if len(words) >= 2 and words[0] not in _PLACE_PREFIXES:
                known = self.org_starts.get(words[0], org)
                self.org_starts[words[0]] = org if known is org else None
            if len(words) >= 3 and words[-1].rstrip(".") in _LEGAL_SUFFIXES:
                # "Northplain Midstream" after "Northplain Midstream Ltd.": the company without
                # the words of its legal form, which copy drops after the first mention.
                base = " ".join(words[:-1]).rstrip(",")
                known = self.org_endings.get(base, org)
                self.org_endings[base] = org if known is org else None
                bases.add(base)
                # "Quenby & Hargrove" after "Quenby & Hargrove Markets Inc.": what the company
                # trades in goes too, its name of two words or more before it kept.
                body = base.split()
                for n in range(len(body) - 1, 1, -1):
                    if body[n] in _PARENT_WORDS:
                        # "Cascadia Air" beside "Cascadia Air Group Inc.": the group is the
                        # company's parent, another company, not the same one without a word.
                        break
                    if (
                        body[n - 1].lower() in _SMALL_WORDS
                        or body[n - 1] == "&"
                        or not body[n - 1][:1].isupper()
                    ):
                        continue
                    short = " ".join(body[:n])
                    known = self.org_endings.get(short, org)
                    self.org_endings[short] = org if known is org else None
                    bases.add(short)
        for mention in self.mentions:
            longer = self.org_endings.get(mention.entity.name)
            if longer is not None and (mention.entity.kind == "organization" or mention.entity.name in bases):
                mention.entity = longer  # "the Coast Guard" after "the U.S. Coast Guard"
        for pos, token, subject_like, title_tokens, relation, named_as in singles:
            entity = (
                self._org_named_by_first_word(token, pos)
                or self.surnames.get(token)
                or self.abbreviations.get(token)
                or self.first_names.get(token)
                or (second_words.get(token) if title_tokens else None)
            )
            if (
                entity is None
                and (title_tokens or relation or named_as)
                and not _is_abbreviation(token)
                and token not in ORG_NOUNS
            ):
                # "Mayor Okonjo", "Board President Villanueva-Hart", "Her son, Tama,", "who gave
                # his name as Kofi": a person the story names by title and surname, by relation
                # and first name, or by the one name they gave, only.
                entity = _Entity(token, "person", _expand_title(" ".join(title_tokens)), first=pos)
                self.persons[token] = self.surnames[token] = entity
            if entity is not None and relation:
                entity.nouns.add(relation)
                relatives.append((pos, relation, entity))
            if entity is not None:
                self.mentions.append(_Mention(pos, entity, subject_like))
        # Read over the whole text at once (positions in it are the document's), which costs
        # one call however many paragraphs the story has.
        whole = "\n\n".join(masked)
        for m in _ANONYMOUS_RE.finditer(whole):
            self.mentions.append(_Mention(m.start(), _Entity("", "person", first=m.start()), True))
        for m in _UNNAMED_RELATIVE_RE.finditer(whole):
            self.mentions.append(_Mention(m.start(1), _Entity("", "person", first=m.start(1)), True))
        for m in _UNNAMED_PERSON_RE.finditer(whole):
            if whole[m.start()] == "," and _NAME_BEFORE_COMMA_RE.search(
                whole, max(0, m.start() - _LONGEST_WORD), m.start()
            ):
                continue  # "Fonseca, a former teacher": a description of someone named
            if m.group(2) and whole[m.start()] == ",":
                continue  # "Dolores Baptiste, 58, one of the plaintiffs,": she is named
            at = m.start(1) if m.group(1) else m.start(2)
            self.mentions.append(_Mention(at, _Entity("", "person", first=at), True))
        for par, base in zip(masked, offsets, strict=True):
            for m in _PART_OF_RE.finditer(par):
                tokens = _clean_run(m.group(2).split())
                org = self.abbreviations.get(tokens[0]) if len(tokens) == 1 else None
                org = org or self.org_endings.get(" ".join(tokens)) or self.orgs.get(" ".join(tokens))
                if org is not None:
                    # "A tribunal of the Tenancy Disputes Board found": what "the tribunal" means.
                    org.nouns.add(m.group(1))
            for m in _SPOKESPERSON_FOR_RE.finditer(par):
                tokens = _clean_run(m.group(2).split())
                joined = _AND_RUN_AFTER_RE.match(par, m.end(2)) if not m.group(3) else None
                if joined and " ".join([*tokens, joined.group(1), *joined.group(2).split()]) in self.orgs:
                    # "A spokesperson for the Department of Justice and Corrective Services": the
                    # body whose name holds "and", read as one above.
                    tokens = [*tokens, joined.group(1), *joined.group(2).split()]
                if tokens and m.group(3) and not _is_org(tokens):
                    tokens = [*tokens, *m.group(3).split()]  # "the Saxon economy ministry"
                if tokens:
                    org = self.abbreviations.get(tokens[0]) if len(tokens) == 1 else None
                    org = (
                        org
                        or self.org_endings.get(" ".join(tokens))
                        or self.org(" ".join(tokens), base + m.start())
                    )
                    named = _SPOKESPERSON_NAMED_RE.match(par, m.end())
                    person = named and self.persons.get(" ".join(_clean_run(named.group(1).split())))
                    if person:
                        # "A spokeswoman for the Harbour Health Board, Orla Quinn, said": the
                        # spokeswoman is named, and "the spokeswoman" then means her.
                        person.nouns.add(m.group(1).lower())
                        self.mentions.append(_Mention(base + m.start(), org, False))
                        continue
                    self.mentions.append(_Mention(base + m.start(), org, True, speaks_for=True))
            for m in _NAMED_BODY_SPOKESPERSON_RE.finditer(par):
                # "A NSW Police spokesperson said ... “...,” the spokesperson said.": one who
                # speaks for the body named before the word, which "the spokesperson" then means.
                tokens = _clean_run(m.group(1).split())
                # "A Bayview Leisure spokesman" after "Bayview Leisure Ltd": a company the story
                # named, without its legal form.
                if not tokens or not (_is_org(tokens) or self.org_endings.get(" ".join(tokens))):
                    continue
                org = self.abbreviations.get(tokens[0]) if len(tokens) == 1 else None
                name = " ".join(tokens)
                org = org or self.org_endings.get(name) or self.org(name, base + m.start(1))
                self.mentions.append(_Mention(base + m.start(1), org, True, speaks_for=True))
        relatives.sort(key=lambda r: r[0])
        named_relatives: set[int] = set()
        for par, base in zip(masked, offsets, strict=True):
            for m in _RELATIVE_SUBJECT_RE.finditer(par):
                pos = base + m.start(1)
                n = bisect_left(relatives, pos, key=lambda r: r[0])
                for index in range(n - 1, max(n - 1 - _PRONOUN_LOOKBACK, -1), -1):
                    if relatives[index][1] == m.group(1).lower():
                        # "Her son said ...": the son the story named, whom "he said" then means.
                        self.mentions.append(_Mention(pos, relatives[index][2], True))
                        named_relatives.add(pos)
                        break
        if named_relatives:
            # The relative is named, not only described: no one unnamed stands there as well.
            self.mentions = [
                m
                for m in self.mentions
                if m.entity.name or m.entity.kind != "person" or m.pos not in named_relatives
            ]
        self.mentions.sort(key=lambda m: m.pos)
        self._positions = [m.pos for m in self.mentions]
        self._offsets = offsets
        self._masked = masked
        self._indexes: dict[object, list[int]] = {}
        self._lead_authors: list[tuple[int, _Entity]] | None = None
        self._lead_author_positions: list[int] = []
        self._first_words: dict[int, int] = {}
        self._read_roles(masked, offsets)
        self._read_lead_bodies(masked, offsets)
        self._read_deaths(masked, offsets)
        self._read_documents(masked, offsets)
        self._read_pronouns(masked, offsets)
        # Indexes of mentions by what a later reference may need ("the agency", "she"), each
        # in text order, so that looking back from a quote never rereads the whole story.
        self._indexes: dict[object, list[int]] = {}
        self._name_organizations_in_full()

    def _name_organizations_in_full(self) -> None:
        """Each person's organization as the story names it at its fullest: the one an
        abbreviation stands for ("EPA spokesperson"), or the one name that ends with the words
        a title came with ("Sanitation Company managing director" in a story naming the
        Kalamindi Water and Sanitation Company)."""
        # Each organization's name by the words it ends with and the word it begins with, so
        # that the work grows in step with the story, however many it names.
        by_end: dict[str, set[str]] = {}
        by_first: dict[str, set[str]] = {}
        by_last: dict[str, set[str]] = {}
        for o in self.orgs.values():
            if o.kind != "organization" or not o.name:
                continue
            words = o.name.split()
            by_first.setdefault(words[0], set()).add(o.name)
            if len(words) >= 2:
                by_last.setdefault(words[-1], set()).add(o.name)
            for n in range(1, len(words) - 1):
                by_end.setdefault(" ".join(words[n:]), set()).add(o.name)
        for person in self.persons.values():
            named = person.organization
            if not named and person.organization_owner:
                person.organization_in_full = self._owner_named(
                    person.organization_owner, person.first, by_first
                )
                words = person.title.split()
                if (
                    person.organization_in_full
                    and len(words) >= 2
                    and _BODY_ADJECTIVES.get(words[0], words[0].lower()) == person.organization_owner
                ):
                    person.title_in_full = " ".join(words[1:])  # "Commission spokesperson": spokesperson
                continue
            if not named:
                continue
            org = self.abbreviations.get(named)
            if org is not None and org.name and org.name != named:
                person.organization_in_full = org.name
                continue
            longer = by_end.get(named, set()) if len(named.split()) >= 2 else set()
            if len(named.split()) == 1 and not _is_abbreviation(named):
                # "Volta spokesperson" in a story naming Volta Power: the one name it begins;
                # not the body "Oakland school board member" itself names.
                longer = {
                    n
                    for n in by_first.get(named, ())
                    if n != named and not person.title.lower().startswith(n[len(named) + 1 :].lower())
                }
                if not longer and named.endswith("s") and named not in ORG_NOUNS:
                    # "Royals coach" in a story naming the Deccan Royals: a team's plural
                    # nickname stands for the one name it ends.
                    longer = by_last.get(named, set())
            if len(longer) == 1:
                person.organization_in_full = next(iter(longer))

    def _read_roles(self, masked: list[str], offsets: list[int]) -> None:
        """A role a story names someone by, as the subject of a speech verb ("The magistrate
        said she had considered it"), is a mention of the one named before with that title:
        whom a "she said" after it means. A spokesperson named by the body they speak for ("A
        police spokesman said") is a mention of that body, which "he said" after it means."""
        found = []
        for par, base in zip(masked, offsets, strict=True):
            for m in _ROLE_SUBJECT_RE.finditer(par):
                person = self.last_person(base + m.start(1), role=m.group(1).lower())
                if person is not None:
                    found.append(_Mention(base + m.start(1), person, True))
            for m in _HONOUR_SUBJECT_RE.finditer(par):
                person = self.last_on_the_bench(base + m.start(1))
                if person is not None:
                    found.append(_Mention(base + m.start(1), person, True))
            for m in _BODY_SPOKESPERSON_RE.finditer(par):
                noun = m.group(1)
                if noun in _ORG_SYNONYMS or noun.capitalize() in ORG_NOUNS:
                    org = self.last_org(base + m.start(1), noun)
                    if org is not None:
                        found.append(_Mention(base + m.start(1), org, True, speaks_for=True))
        if found:
            self.mentions = sorted([*self.mentions, *found], key=lambda m: m.pos)
            self._positions = [m.pos for m in self.mentions]
            self._indexes = {}

    def _read_lead_bodies(self, masked: list[str], offsets: list[int]) -> None:
        """A body a lead calls by what it is before naming it ("..., the regional health
        authority says." and then "Northern Shield Health said"): what "the authority" means
        after, when no body the story named before is one."""
        found = [
            (m.group(1).lower(), base + m.start(1))
            for par, base in list(zip(masked, offsets, strict=True))[:_LEAD_PARAGRAPHS]
            for m in _LEAD_BODY_RE.finditer(par[:_LEAD_BODY_REACH])
        ][:_LEAD_BODIES_READ]
        if not found:
            return
        orgs = [mention for mention in self.mentions if mention.entity.kind == "organization"]
        # A few at most, each read against the story's organizations once: the work stays in
        # step with the text.
        for noun, pos in found:
            wanted = _ORG_SYNONYMS.get(noun, {noun.capitalize()})
            if any(
                o.pos < pos
                and (
                    o.entity.name.split()[-1] in wanted
                    # "the department" after "the Montana Department of Environmental Quality":
                    # the noun before "of" names the body, as it does for last_org.
                    or o.entity.name.split(" of ")[0].split(" for ")[0].split()[-1] in wanted
                    or noun in o.entity.nouns
                )
                for o in orgs
            ):
                continue
            later = next((o for o in orgs if o.pos > pos and o.subject_like and o.entity.name), None)
            if later is not None and later.pos - pos <= _LEAD_BODY_REACH:
                later.entity.nouns.add(noun)

    def _read_deaths(self, masked: list[str], offsets: list[int]) -> None:
        """Mark each person the story says has died: named before "died" or "passed away" (past
        a description between commas), or after "late" ("her late husband, Alec")."""
        for mention in self.mentions:
            if mention.entity.kind != "person" or mention.entity.died or not mention.entity.name:
                continue
            n = bisect_right(offsets, mention.pos) - 1
            par, local = masked[n], mention.pos - offsets[n]
            run = _RUN_RE.match(par, local)
            if run is None:
                continue
            mention.entity.died = bool(
                _DIED_AFTER_RE.match(par, run.end(), run.end() + _ATTRIBUTION_REACH)
                or _LATE_BEFORE_RE.search(par, max(0, local - _LONGEST_WORD), local)
            )

    @staticmethod
    def _named_as_a_thing(par: str, raw: list[str], prev: str, end: int) -> bool:
        """Whether the name of two or more words ending at ``par[end]`` is written as a thing's,
        never a person's: after "the" ("The Cascade Relief Trust said"; not "the Ortiz case",
        where it describes the noun after it, nor "The Greens' Ana Ruiz", where it is the
        party's), before "which" and what it does ("Skerry Link, which operates the route"), or
        before a clause in lowercase that calls it "its" ("Harrow Appliances will shut its plant"),
        or before the kind of venue it is, set off ("Masala Yard, the restaurant she opened,")."""
        if len(raw) < 2:
            return False
        words = raw[1:] if raw[0] == "The" else raw
        owned = len(_without_affiliation(words)) < len(words)  # "The Greens' Ana Ruiz": the party's "the"
        if (prev.lower() == "the" or raw[0] == "The") and not owned and _THE_NAME_END_RE.match(par, end):
            return True
        return bool(
            _WHICH_DOES_RE.match(par, end) or _ITS_AFTER_RE.match(par, end) or _VENUE_AFTER_RE.match(par, end)
        )

    def _spell_out_abbreviations(self, masked: list[str]) -> None:
        """An organization the story calls by an abbreviation it never defines in brackets, but
        names in full somewhere ("U.S. Immigration and Customs Enforcement" ... "An ICE
        spokesperson"), is the organization of the name whose words' initials spell it."""
        wanted = {
            name: org
            for name, org in self.orgs.items()
            if len(name) >= 3 and name.isalpha() and name.isupper() and name not in self.abbreviations
        }
        if not wanted:
            return
        for par in masked:
            for m in _SPELLED_OUT_RE.finditer(par):
                words = m.group(0).split()
                for i, word in enumerate(words):
                    if word in _SMALL_WORDS or _DOTTED_RE.fullmatch(word):
                        continue
                    initials = ""
                    for j in range(i, len(words)):
                        if words[j] not in _SMALL_WORDS:
                            initials += words[j][0]
                        org = wanted.get(initials) if words[j] not in _SMALL_WORDS else None
                        if org is None or j - i < 2 or len(initials) < 3:
                            continue
                        # A country written short before the name is part of it ("U.S.").
                        first = i - 1 if i and _DOTTED_RE.fullmatch(words[i - 1]) else i
                        full = " ".join(words[first : j + 1])
                        if _is_person(words[first : j + 1]):
                            continue
                        abbreviation = org.name
                        known = self.orgs.get(full)
                        if known is not None and known is not org:
                            for mention in self.mentions:
                                if mention.entity is org:
                                    mention.entity = known
                            org = known
                        else:
                            org.name = full
                            self.orgs[full] = org
                        org.abbreviation = abbreviation
                        self.abbreviations[abbreviation] = org
                        del wanted[abbreviation]
                        if not wanted:
                            return
                        break

    def _owner_named(self, owner: str, pos: int, by_first: dict[str, set[str]]) -> str:
        """The organization a title's owner means at ``pos``: "its" the last one named as a
        subject in the paragraph or the one before, "the agency's" the last one the story
        calls or names an agency, "Deltacrest's" the one its name begins ("Deltacrest Energy
        Ltd"); "" when none, or more than one, fits."""
        if owner[:1].isupper():
            found = {
                n
                for n in by_first.get(owner.split()[0], ())
                if n == owner or n.startswith((owner + " ", owner + "'s ", owner + "’s "))
            }
            return next(iter(found)) if len(found) == 1 else ""
        if owner != "its":
            # "The county's public defender": the last body named, or called, a county.
            org = self._last(
                ("title owner", owner),
                lambda m: (
                    m.entity.kind == "organization"
                    and len(m.entity.name.split()) >= 2
                    and (
                        owner in m.entity.nouns
                        or m.entity.name.split()[-1] == owner.capitalize()
                        # "Local president": the union's local the story named ("Local 1488").
                        or (owner == "local" and _LOCAL_RE.search(m.entity.name) is not None)
                    )
                ),
                pos,
            )
            if org is None and owner in _PLACE_BODY_NOUNS:
                # "The county's emergency management director" after "the Hartwell County Board
                # of Supervisors": the county that body's name holds.
                org = self._last(
                    ("title owner in a name", owner),
                    lambda m: (
                        m.entity.kind == "organization" and owner.capitalize() in m.entity.name.split()[1:-1]
                    ),
                    pos,
                )
                if org is not None:
                    words = org.name.split()
                    return " ".join(words[: words.index(owner.capitalize(), 1) + 1])
            if org is None and owner in _ORG_SYNONYMS:
                # "the agency's regional bridge engineer" after the Oregon Department of
                # Transportation: the body "the agency" would mean there.
                org = self.last_org(pos, owner)
            return org.name if org is not None else ""
        paragraph = bisect_right(self._offsets, pos) - 1
        lo = self._offsets[max(paragraph - 1, 0)]
        for n in range(bisect_left(self._positions, pos) - 1, -1, -1):
            m = self.mentions[n]
            if m.pos < lo:
                break
            org = m.entity
            if org.kind != "organization" or not org.name or org.name.endswith(" family"):
                continue
            if (
                (owner == "its" and m.subject_like)
                or owner in org.nouns
                or org.name.split()[-1] == owner.capitalize()
            ):
                return org.name
        return ""

    def is_surname(self, token: str) -> bool:
        """Whether ``token`` is the surname of a person the story names in full."""
        person = self.surnames.get(token)
        return person is not None and len(person.name.split()) >= 2 and token not in self.orgs

    def _particle_tail(self, tokens: list[str]) -> _Entity | None:
        """The person whose surname ``tokens`` are with its particle capitalized to open a
        sentence: "Le Roux said" after "Marius le Roux"."""
        if tokens[0].lower() not in _NAME_PARTICLES or tokens[0].islower():
            return None
        return self.tails.get(" ".join([tokens[0].lower(), *tokens[1:]]))

    def _born_as(self, tokens: list[str]) -> _Entity | None:
        """ "Born Gwenllian Price in Ystalyfera": the name someone was born with, the one person
        named before with the same given name (an obituary's subject, by her married name)."""
        key = " ".join(tokens)
        same = {id(p): p for p in self.persons.values() if p.name.split()[0] == tokens[0] and p.name != key}
        return next(iter(same.values())) if len(same) == 1 else None

    def _fuller_name_of(self, tokens: list[str]) -> _Entity | None:
        """The one person named before by a first name and ``tokens``' surname whom ``tokens``,
        with a middle name, name in full: "Walter Stanley Koval" after "Walt Koval", the name a
        story gives when it tells a life; the first given name the same, or that one's start
        (the short form in everyday use: Walt, Chris, Alex)."""
        if len(tokens) < 3 or not tokens[1][:1].isupper():
            return None
        known = self._by_surname.get(tokens[-1], ())
        if len(known) != 1:
            return None
        short = known[0].name.split()[0]
        same = tokens[0] == short or (len(short) >= 3 and tokens[0].startswith(short))
        return known[0] if same else None

    def _add_tails(self, person: _Entity) -> None:
        words = person.name.split()
        if len(words) == 2:
            self._by_surname.setdefault(words[1], []).append(person)
        for n in range(1, len(words) - 1):
            tail = " ".join(words[n:])
            known = self.tails.get(tail, person)
            self.tails[tail] = person if known is person else None
            self._first_tails.setdefault(tail, person)

    def _relative(self, par: str, m: re.Match, base: int) -> None:
        """ "Daniel's father Tomás": a parent, child or sibling named by first name alone
        shares the surname of the person named before them."""
        word = _OWNER_RE.search(par, max(0, m.start() - _LONGEST_WORD), m.start())
        word = word.group(1) if word else ""
        owner = self.persons.get(word) or self.surnames.get(word) or self.first_names.get(word)
        if owner is None or len(owner.name.split()) < 2:
            return
        words = owner.name.split()
        name = f"{m.group(2)} {words[-1]}"
        if all(_INITIALS_RE.fullmatch(w) for w in words[:-1]):
            # "K. Murugesan ... Murugesan's wife, Selvi": initials and one name, as south
            # Indian names are written, give no family name to share; she is Selvi.
            name = m.group(2)
        if word == words[-1] and words[0] in self._family_names:
            # "Bence's daughter Lili" after "Kovács Bence" and "the Kovács family": the story
            # writes the family name first, and calls the owner by the given name after it.
            name = f"{words[0]} {m.group(2)}"
        pos = base + m.start(2)
        self._relatives_of.append((pos, owner))
        person = self.persons.setdefault(name, _Entity(name, "person", first=pos))
        self.first_names.setdefault(m.group(2), person)
        self.mentions.append(_Mention(pos, person, True))

    def _read_documents(self, masked: list[str], offsets: list[int]) -> None:
        """Who issued each statement, letter or memo the story mentions: the subject of the
        sentence that mentions it ("Dr. Solanki, in a statement issued on Wednesday, said";
        "Baldonado wrote a letter to the City Council"), so that "the statement said" is theirs.
        "Its report" after an inquiry "led by" someone is that person's."""
        # (position, noun, issuer, the sentence when it names no issuer before the noun).
        self._documents: list[tuple[int, str, _Entity | None, str]] = []
        led: list[tuple[int, _Entity]] = []
        for par, base, ends in zip(masked, offsets, self._sentence_ends, strict=True):
            for m in _LED_INQUIRY_RE.finditer(par):
                _, _, name = _split_title(_clean_run(m.group(1).split()))
                if _is_person(name):
                    led.append((base, self.by_name(name, base + m.start(1))))
            for m in _DOCUMENT_MENTION_RE.finditer(par):
                if _ACCORDING_TO_RE.search(
                    par, max(0, m.start() - _LONGEST_WORD), m.start()
                ) and not _ISSUED_BY_RE.match(par, m.end()):
                    # "According to the report, Eckhart-Vail radioed": the report the story named
                    # before, whose issuer is none of the people the sentence reports on.
                    continue
                n = bisect_right(ends, m.start())
                start = base + (ends[n - 1] if n else 0)
                first = bisect_left(self._positions, start)
                last = bisect_left(self._positions, base + m.start())
                noun, issuer = (m.group(1) or "letter").lower(), None
                by = _ISSUED_BY_RE.match(par, m.end())
                if by and _clean_run(by.group(1).split()):
                    # "The report, by the National Institute of Coastal Research (NICR),"
                    tokens = _clean_run(by.group(1).split())
                    holder = _clean_run(by.group(2).split()) if by.group(2) else []
                    if _is_person(holder) and any(t in TITLE_WORDS for t in tokens):
                        tokens = holder
                    issuer = self.by_name(tokens, base + by.start(1), organization=_is_org(tokens))
                subjects = [
                    mention
                    for mention in self.mentions[first : min(last, first + _PRONOUN_LOOKBACK)]
                    if mention.subject_like and mention.entity.name
                ]
                if (
                    len(subjects) >= 2
                    and subjects[0].pos >= base
                    and self._owner(par, subjects[0].pos - base)
                ):
                    # "Eckhart-Vail's daughter, Gwendolyn Eckhart-Vail, said in a statement": the
                    # one named after the owner and the relation issued it, not the owner.
                    subjects = subjects[1:]
                if (
                    issuer is None
                    and subjects
                    and subjects[0].pos >= base
                    and _JUDGED_IN_RE.search(par, subjects[0].pos - base, m.start())
                ):
                    # "Hollinshead Academy ... was judged inadequate ... in a report published on
                    # Thursday": what the report judged, not who wrote it.
                    subjects = []
                if (
                    len(subjects) >= 2
                    and subjects[0].entity.name.split()[-1] in TITLE_WORDS
                    and subjects[1].entity.kind == "person"
                    and "," in par[subjects[0].pos - base : subjects[1].pos - base]
                    and subjects[1].pos - subjects[0].pos <= _ROLE_TO_HOLDER
                ):
                    # "The Police Public Relations Officer in the state, SP Adebola Oyewumi,
                    # confirmed the rescue in a statement": the office, then the one who holds it.
                    subjects = subjects[1:]
                if issuer is None and not subjects and m.group(1) and m.start(1) - m.start() > 4:
                    # "The Health New Zealand report said": the body named before the noun,
                    # as the document's own, issued it.
                    inner = self.mentions[last : bisect_left(self._positions, base + m.start(1))]
                    named = [x for x in inner if x.entity.kind == "organization" and x.entity.name]
                    if named and not _is_news_outlet(named[-1].entity.name):
                        issuer = named[-1].entity
                if issuer is None and subjects:
                    issuer = subjects[0].entity
                body = _SIGNED_FOR_BODY_RE.match(par, m.end()) if issuer is None else None
                if body:
                    # "A statement signed by the command's spokesperson, ASP Musa Danjuma,
                    # said": the body whose officer signed it issued it.
                    issuer = self.last_org(base + m.start(), body.group(1).lower())
                signed = _SIGNED_BY_RE.match(par, m.end()) if issuer is None else None
                if signed and _is_person(_split_title(_clean_run(signed.group(1).split()))[2]):
                    # "The declaration, signed by Mayor Craig Hollings at 1.15am, states": one
                    # who signs a paper nobody else is said to issue issued it (a body that issues
                    # one is its issuer, whoever signed it).
                    name = _split_title(_clean_run(signed.group(1).split()))[2]
                    issuer = self.by_name(name, base + signed.start(1))
                if issuer is None and par[m.start() : m.start() + 3].lower() == "its" and led:
                    # "The review, led by Professor Ada Roe, ... Its report": the report is the
                    # review's, and so its leader's.
                    issuer = led[-1][1]
                sentence = ""
                if issuer is None:
                    sentence_end = ends[n] if n < len(ends) else len(par)
                    sentence = par[start - base : sentence_end][:_ATTRIBUTION_REACH]
                self._documents.append((base + m.start(), noun, issuer, sentence))
        for par, base in zip(masked, offsets, strict=True):
            for m in _OWNED_DOCUMENT_RE.finditer(par):
                # "The alliance's annual Workforce Report, released Tuesday at its spring
                # conference in Kansas City,": the report is the alliance's.
                owner, noun = m.group(1).lower(), m.group(2).lower()
                if owner in _ORG_SYNONYMS or owner.capitalize() in ORG_NOUNS:
                    issuer = self.last_org(base + m.start(), owner)
                    if issuer is not None:
                        self._documents.append((base + m.start(2), noun, issuer, ""))
        self._documents.sort(key=lambda d: d[0])
        self._document_positions = [d[0] for d in self._documents]

    def authors_of(self, noun: str, pos: int):
        """Who issued each ``noun`` ("statement", "letter") the story mentions before ``pos``,
        the last first, within a few mentions of documents: the issuer, or the sentence that
        mentions it when no name comes before the noun ("In a news release, the district
        said ..."). "The document" is any of them."""
        n = bisect_left(self._document_positions, pos)
        for index in range(n - 1, max(n - 1 - _PRONOUN_LOOKBACK, -1), -1):
            _, kind, issuer, sentence = self._documents[index]
            if (kind == noun or noun == "document") and (issuer or sentence):
                yield issuer or sentence

    def document_opening_paragraph(self, pos: int) -> _Entity | None:
        """The issuer of the document whose mention opens the paragraph holding ``pos`` ("The
        report, prepared by planning director Lise Comeau, found ... It warned"), when the
        story names one: what "it" in that paragraph means."""
        n = bisect_right(self._offsets, pos) - 1
        start = self._offsets[n]
        if not re.match(r"[Tt]he\s+[a-z]+$", self._masked[n][:_LONGEST_WORD].split(",")[0].strip()):
            return None
        i = bisect_left(self._document_positions, start)
        if i < len(self._documents) and self._documents[i][0] < pos:
            at, _, issuer, _ = self._documents[i]
            if at - start <= len("The ") and issuer is not None:
                return issuer
        return None

    def authors_open_sentence_before(self, pos: int) -> bool:
        """Whether the sentence before the one holding ``pos``, in its paragraph, opens with "The
        researchers" or "The authors" ("The researchers believe traffic is the reason. In the
        paper they write"): whom a "they" then means."""
        n = bisect_right(self._offsets, pos) - 1
        local = pos - self._offsets[n]
        ends = [e for e in self._sentence_ends[n] if e <= local]
        if not ends:
            return False
        start = ends[-2] if len(ends) > 1 else 0
        return bool(_AUTHORS_OPENING_RE.match(self._masked[n], start, ends[-1]))

    def opening_noun_before(self, pos: int) -> str:
        """The noun of "The <noun>" opening the sentence before ``pos`` in its paragraph ("The
        trust celebrated online. “...,” it wrote."); empty when there is none."""
        n = bisect_right(self._offsets, pos) - 1
        m = _OPENING_NOUN_RE.search(self._masked[n][: pos - self._offsets[n]])
        return m.group(1) if m else ""

    def document_speaking_before(self, pos: int) -> str:
        """The noun of a document that spoke last before ``pos``, at the end of the sentence
        before it in its paragraph or of the paragraph before ("“...,” the indictment states.\n\nIt
        says he"); empty when there is none."""
        n = bisect_right(self._offsets, pos) - 1
        before = self._masked[n][: pos - self._offsets[n]]
        # The sentence "It" opens: what comes before it, or the paragraph before when it opens
        # the paragraph.
        opening = max(before.rfind(". It "), before.rfind(".” It "), before.rfind('." It '))
        if opening >= 0:
            before = before[: opening + 1]
        elif before.lstrip(_QUOTED).startswith("It ") and n:
            before = self._masked[n - 1]
        m = _DOCUMENT_SPOKE_RE.search(before[-_LONGEST_WORD:])
        return m.group(1).lower() if m else ""

    def _text_before(self, pos: int) -> bool:
        """Whether words (not only quotation marks) come before ``pos`` in its paragraph."""
        n = bisect_right(self._offsets, pos) - 1
        first = self._first_words.get(n)
        if first is None:
            # Where the paragraph's first word stands, found once however often it is asked.
            m = _FIRST_WORD_RE.search(self._masked[n])
            first = self._first_words[n] = m.start() if m else len(self._masked[n])
        return first < pos - self._offsets[n]

    def _as_relation_of(self, pos: int, pronoun: str) -> bool:
        """Whether the mention at ``pos`` names someone by their relation to one the pronoun
        means ("his son" for "he", "her sister" for "she")."""
        n = bisect_right(self._offsets, pos) - 1
        owner = "his " if pronoun == "he" else "her "
        return self._masked[n][: pos - self._offsets[n]].endswith(owner)

    def _speaking(self, mention: _Mention) -> bool:
        """Whether ``mention`` names a person as the subject of a speech verb."""
        if mention.speaking is None:
            n = bisect_right(self._offsets, mention.pos) - 1
            par, local = self._masked[n], mention.pos - self._offsets[n]
            run = _RUN_RE.match(par, local)
            end = run.end() if run else local
            # "PC Darren Whitlock of Wiltshire Police's roads unit told": the name ends at "of".
            of = par.find(" of ", local, end)
            before = _WORD_BEFORE_RE.search(par, max(0, local - _LONGEST_WORD), local)
            mention.speaking = bool(
                mention.entity.kind == "person"
                and mention.entity.name
                and (
                    _SPEAKING_AFTER_RE.match(par, end, end + _ATTRIBUTION_REACH)
                    or (
                        par[max(0, local - 2) : local].strip() == ","
                        and _APPOSED_SPEAKING_RE.match(par, end, end + _LONGEST_WORD)
                    )
                    or (of >= 0 and _SPEAKING_AFTER_RE.match(par, of, of + _ATTRIBUTION_REACH))
                    or (
                        before
                        and before.group(1).lower() in SPEECH_VERBS
                        and before.group(1).lower() not in _LISTENER_VERBS
                        # "Henare said Rangiwai could be stern": the subject of the words reported.
                        and not _REPORTED_SUBJECT_RE.match(par, end)
                    )
                )
            )
        return mention.speaking

    def _read_pronouns(self, masked: list[str], offsets: list[int]) -> None:
        """Credit each "he" or "she" to the person named last before it, when that person is
        named in the same sentence or the pronoun opens the next one."""
        people = [m for m in self.mentions if m.entity.kind == "person"]
        positions = [m.pos for m in people]
        for par, base, par_ends in zip(masked, offsets, self._sentence_ends, strict=True):
            ends = [base + e for e in par_ends]
            for m in _PERSONAL_PRONOUN_RE.finditer(par):
                pos = base + m.start()
                n = bisect_left(positions, pos)
                if not n:
                    continue
                mention = people[n - 1]
                if mention.pos < base:
                    continue  # named in an earlier paragraph
                sentence = bisect_right(ends, pos)
                mention_sentence = bisect_right(ends, mention.pos)
                start = ends[sentence - 1] - base if sentence else 0
                # "Yoon disagreed. “Nobody chooses to lose rent,” he said.": a quotation may
                # stand between the sentence's start and its pronoun.
                opens_next = sentence == mention_sentence + 1 and not par[start : m.start()].strip(_QUOTED)
                if sentence == mention_sentence and self._deeper_in_words_reported(
                    par, mention.pos - base, m.start()
                ):
                    continue
                if sentence == mention_sentence:
                    # "with a little left over for Ruka's wages, which she tops up": one named
                    # as someone's owner is not whom the pronoun after the name means.
                    mention = self._last_not_owner(par, base, people, positions, start + base, n)
                    if mention is None:
                        continue
                if sentence == mention_sentence and m.group(0).lower() in _OBJECT_PRONOUNS:
                    continue  # "Her son, Lachlan, worries about her driving": another's, maybe
                if (
                    sentence == mention_sentence
                    and m.group(0).lower() == "his"
                    and any(
                        _Document._owner(par, other.pos - base)
                        for other in people[bisect_left(positions, start + base) : n - 1]
                    )
                ):
                    # "Mr Nguyen's partner, Kim Soo-ah, sat with his parents": the relative's
                    # owner, named before in the sentence, may be whom "his" means.
                    continue
                if opens_next and m.group(0).lower() in {"he", "she"}:
                    opened = ends[mention_sentence - 1] - base if mention_sentence else 0
                    opener = par[opened : mention.pos - base].lstrip(_QUOTED)
                    if opener.startswith(m.group(0).capitalize() + " "):
                        # "She later told reporters she would call Lindell. “...,” she said.": the
                        # pronoun goes on from the one the sentence before opened with, not from
                        # whom that one spoke of.
                        continue
                if sentence == mention_sentence or opens_next:
                    word = "she" if m.group(0).lower() in {"she", "her", "hers"} else "he"
                    votes = mention.entity.pronouns
                    votes[word] = votes.get(word, 0) + 1

    @staticmethod
    def _last_not_owner(par: str, base: int, people: list, positions: list[int], lo: int, n: int):
        """The last person mention from ``lo`` up to ``people[n]`` not named as an owner."""
        for candidate in reversed(people[max(bisect_left(positions, lo), n - _PRONOUN_LOOKBACK, 0) : n]):
            if candidate.pos >= base and not _Document._owner(par, candidate.pos - base):
                return candidate
        return None

    def _as_owner(self, mention: _Mention) -> bool:
        """Whether ``mention`` names a person as someone's owner inside a sentence ("through
        Kieran Dowd's header"), who is not the one a later "he said" means."""
        n = bisect_right(self._offsets, mention.pos) - 1
        par, local = self._masked[n], mention.pos - self._offsets[n]
        # "Rosemary Tuck's fingers are stained": an owner opening the sentence is its subject.
        opens = not par[:local].strip() or par[:local].rstrip().endswith((".", "!", "?", "”", '"'))
        return not opens and self._owner(par, local)

    @staticmethod
    def _owner(par: str, local: int) -> bool:
        """Whether the name at ``par[local]`` is written as someone's owner ("Ruka's wages")."""
        run = _RUN_RE.match(par, local)
        if run is None:
            return False
        # "PC Darren Whitlock of Wiltshire Police's roads unit": the name ends before "of".
        name = re.split(r"\s(?:of|for|at)\s", run.group(0), maxsplit=1)
        if len(name) > 1:
            return bool(_ANY_POSSESSIVE_RE.search(name[0]))
        return bool(_ANY_POSSESSIVE_RE.search(run.group(0))) or par.startswith(("'s ", "’s "), run.end())

    @staticmethod
    def _deeper_in_words_reported(par: str, named: int, at: int) -> bool:
        """Whether the pronoun at ``par[at]`` stands inside the words a speech verb after the name
        at ``par[named]`` reports, past their opening ("said the family had never stopped
        believing he would be found", "laughed when asked what would happen if she closed"),
        where it may mean anyone; right after the verb ("said she would"), it is the speaker."""
        last = None
        for verb in _VERB_RE.finditer(par, max(named, at - _ATTRIBUTION_REACH), at):
            last = verb
        return last is not None and _REPORTED_OPENING_RE.fullmatch(par, last.end(), at) is None

    def near(self, entity: _Entity, pos: int) -> bool:
        """Whether ``entity`` is named in the paragraph of ``pos`` or the one before it."""
        n = bisect_right(self._offsets, pos) - 1
        since = self._offsets[max(n - 1, 0)] if self._offsets else 0
        first = bisect_left(self._positions, since)
        last = bisect_left(self._positions, pos)
        return any(self.mentions[i].entity is entity for i in range(first, min(last, first + 200)))

    def names(self, entity: _Entity, start: int, end: int) -> bool:
        """Whether ``entity`` is named between ``start`` and ``end`` (a few mentions at most)."""
        first = bisect_left(self._positions, start)
        last = bisect_left(self._positions, end)
        return any(self.mentions[i].entity is entity for i in range(first, min(last, first + 20)))

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

    def family(self, name: str, pos: int) -> _Entity:
        """The family a story names ("Ortiz family"), which "the family" then means."""
        family = self.org(name, pos)
        family.nouns.add("family")
        return family

    def family_of_relative(self, pos: int) -> _Entity | None:
        """The family of the last person before ``pos`` whose relative the story named ("Mrs
        Marsh's husband, Peter," then "the family said"); None when it named none."""
        n = bisect_left(self._relatives_of, pos, key=lambda r: r[0])
        if not n:
            return None
        person = self._relatives_of[n - 1][1]
        return self.family(f"{person.name.split()[-1]} family", pos)

    def family_of(self, owner: str, pos: int) -> _Entity | None:
        """The family of the person ``owner`` stands for ("Daniel's family"), by their surname."""
        person = self.by_name([owner], pos)
        if person.kind != "person" or len(person.name.split()) < 2:
            return None
        return self.family(f"{person.name.split()[-1]} family", pos)

    def last_titled_by_initials(self, pos: int, letters: str) -> _Entity | None:
        """The last person named before ``pos`` whose title ends in words whose initials
        ``letters`` spell ("CS" after "Education Cabinet Secretary Joseph Wafula Nyongesa")."""

        def spelled(m: _Mention) -> bool:
            words = f"{m.entity.organization} {m.entity.title}".split()
            initials = "".join(w[0] for w in words if w[:1].isupper())
            return m.entity.kind == "person" and initials.endswith(letters)

        return self._last(("initials", letters), spelled, pos)

    def last_on_the_bench(self, pos: int) -> _Entity | None:
        """Whom "his Honour" or "her Honour" means at ``pos``: the judge named last before it,
        or else the magistrate."""
        return self.last_person(pos, role="judge") or self.last_person(pos, role="magistrate")

    def last_person(self, pos: int, role: str = "") -> _Entity | None:
        """The last person named before ``pos``: with ``role`` in their title, or else the
        last one named as a subject (not "met with Burke")."""
        if role:
            # "the officer": a police rank is an officer's title ("Police Constable", "Sergeant").
            roles = _POLICE_RANKS | {role} if role == "officer" else {role}
            # "Justice Arvind Sethi ... the judge said": a judge of a higher court is titled
            # Justice (not the Justice Minister).
            justices = _JUSTICE_TITLES if role == "judge" else frozenset()
            return self._last(
                ("role", role),
                lambda m: (
                    m.entity.kind == "person"
                    and (
                        any(r in m.entity.title.lower() for r in roles)
                        or role in m.entity.nouns
                        or m.entity.title.lower() in justices
                    )
                ),
                pos,
            )
        return self._last(
            "subject", lambda m: m.entity.kind == "person" and m.subject_like, pos
        ) or self._last("person", lambda m: m.entity.kind == "person", pos)

    def next_with_role(self, pos: int, role: str) -> _Entity | None:
        """The first person named after ``pos`` with ``role`` in their title: whom a lead's "its
        new chief executive called" means when the story names her later."""
        found = self._index(
            ("role", role),
            lambda m: m.entity.kind == "person" and role in m.entity.title.lower(),
        )
        n = bisect_left(found, bisect_left(self._positions, pos))
        return self.mentions[found[n]].entity if n < len(found) else None

    def family_of_subject(self, pos: int) -> _Entity | None:
        """The family of the first person the story names in full before ``pos``, the one it is
        about (the dead, the injured), whom "the family" means when it names no other family."""
        people = self._index("named", lambda m: m.entity.kind == "person" and len(m.entity.name.split()) >= 2)
        if not people or self._positions[people[0]] >= pos:
            return None
        return self.family(f"{self.mentions[people[0]].entity.name.split()[-1]} family", pos)

    def last_relative(self, pos: int, relation: str) -> _Entity | None:
        """The last person named before ``pos`` as someone's ``relation`` ("a son, Peter")."""
        return self._last(
            ("relation", relation), lambda m: m.entity.kind == "person" and relation in m.entity.nouns, pos
        )

    def lead_author(self, pos: int) -> _Entity | None:
        """The last person before ``pos`` the story calls a study's lead author ("the study's
        lead author, Dr Ada Roe", "said lead author Professor Ada Roe"): whose words "the paper
        warns" gives, when the story says nobody else wrote it."""
        if self._lead_authors is None:
            self._lead_authors = []
            for par, base in zip(self._masked, self._offsets, strict=True):
                for m in [*_LEAD_AUTHOR_RE.finditer(par), *_NAMED_LEAD_AUTHOR_RE.finditer(par)]:
                    _, _, name = _split_title(_clean_run(m.group(1).split()))
                    if _is_person(name):
                        self._lead_authors.append((base + m.start(1), self.by_name(name, base + m.start(1))))
            self._lead_authors.sort(key=lambda a: a[0])
            self._lead_author_positions = [at for at, _ in self._lead_authors]
        n = bisect_left(self._lead_author_positions, pos)
        return self._lead_authors[n - 1][1] if n else None

    def last_spoken_for(self, pos: int) -> _Entity | None:
        """The organization an unnamed spokesperson named last before ``pos`` speaks for."""
        return self._last("speaks for", lambda m: m.speaks_for, pos)

    def last_person_called(self, pos: int, pronoun: str, present: bool = False) -> _Entity | None:
        """The last person named as a subject before ``pos`` whom the story does not call by
        another pronoun than ``pronoun`` ("he" or "she"), looking back past a few it does;
        else the last person named. Words spoken in the ``present`` ("she says") are no dead
        person's."""
        found = self._index(
            ("speaker", present),
            lambda m: (
                ((m.entity.kind == "person" and m.subject_like and not self._as_owner(m)) or m.speaks_for)
                and not (present and m.entity.died)
            ),
        )
        n = bisect_left(found, bisect_left(self._positions, pos))
        # The one who spoke last, in this paragraph or, for a quotation opening it, the one
        # before: "Uikey said she had written to Solanki. “Not one reply,” she said."
        paragraph = bisect_right(self._offsets, pos) - 1
        since = self._offsets[paragraph]
        if (
            self._masked[paragraph].startswith(pronoun.capitalize() + " ")
            and n
            and self.mentions[found[n - 1]].pos > since
            and all(
                self.mentions[found[index]].entity.pronoun() not in {pronoun, ""}
                # (Or someone only spoken of by their relation: "He later told RNZ his son had
                # been “...”".)
                or self._as_relation_of(self.mentions[found[index]].pos, pronoun)
                for index in range(n - 1, max(n - 1 - _PRONOUN_LOOKBACK, -1), -1)
                if self.mentions[found[index]].pos > since
            )
        ):
            # "She later told reporters she would call Lindell. “...,” she said.": the pronoun
            # goes on from the one the paragraph opened with, not from someone she spoke of
            # whom the story calls by the other pronoun.
            return self.last_person_called(since, pronoun, present)
        if paragraph and not self._text_before(pos):
            since = self._offsets[paragraph - 1]
        weakly_other = None
        for index in range(n - 1, max(n - 1 - _PRONOUN_LOOKBACK, -1), -1):
            mention = self.mentions[found[index]]
            if mention.pos < since:
                break
            if self._speaking(mention) and mention.entity.pronoun() in {pronoun, ""}:
                return mention.entity
            if weakly_other is None and self._speaking(mention) and mention.entity.weakly_called():
                weakly_other = mention.entity
        if (
            paragraph
            and since == self._offsets[paragraph]
            and not (n and self.mentions[found[n - 1]].pos >= since)
        ):
            # "Corrigan said losing Falepau would hurt. “...”\n\nAsked about the ladder, he
            # added:": a paragraph naming nobody before its pronoun goes on from the one who
            # spoke in the paragraph before, not from someone only spoken of there.
            before = self._offsets[paragraph - 1]
            for index in range(n - 1, max(n - 1 - _PRONOUN_LOOKBACK, -1), -1):
                mention = self.mentions[found[index]]
                if mention.pos < before:
                    break
                if self._speaking(mention) and mention.entity.pronoun() in {pronoun, ""}:
                    return mention.entity
        for index in range(n - 1, max(n - 1 - _PRONOUN_LOOKBACK, -1), -1):
            # Someone the story itself calls by the pronoun, in this paragraph or the one before,
            # rather than someone unnamed it only describes just before ("Her partner, a
            # fisherman, ... she says").
            mention = self.mentions[found[index]]
            if mention.pos < since:
                break
            if mention.entity.pronoun() == pronoun:
                return mention.entity
            if mention.entity.name or mention.entity.pronoun():
                break
        if weakly_other is not None:
            # "Former Mayor Janet Colquitt said in an email that he had been ...\n\n“...,” she
            # wrote.": the one who spoke just before, whom a single pronoun near her name
            # (another's, in the words she reported) is too little to rule out, unless someone
            # named further back is called by the pronoun.
            for index in range(n - 1, max(n - 1 - _PRONOUN_LOOKBACK, -1), -1):
                entity = self.mentions[found[index]].entity
                if entity.pronoun() == pronoun:
                    return entity
            return weakly_other
        for index in range(n - 1, max(n - 1 - _PRONOUN_LOOKBACK, -1), -1):
            entity = self.mentions[found[index]].entity
            if entity.pronoun() in {pronoun, ""}:
                return entity
        return self.last_person(pos)

    def last_org(self, pos: int, noun: str) -> _Entity | None:
        """The last organization named before ``pos`` that ``the <noun>`` can refer to."""
        wanted = frozenset(_ORG_SYNONYMS.get(noun, {noun.capitalize()}))

        def is_org(m: _Mention) -> bool:
            return m.entity.kind == "organization"

        # An agency is often known by its abbreviation alone ("ICE did not respond ... the agency
        # said"): the one named last, by either, is meant.
        by_abbreviation = noun == "agency"
        # "The EFL's test ... the league said", "the SNP ... the party": a body known only by
        # the capitals of its name, the last of which is the noun's.
        simple = wanted == {noun.capitalize()} and noun.capitalize() in ORG_NOUNS
        initials = frozenset(noun[:1].upper()) if simple else frozenset()
        found = self._last(
            ("org", noun, wanted),
            lambda m: (
                is_org(m)
                and (
                    m.entity.name.split()[-1] in wanted
                    # "the chamber": the "Chamber of Commerce", whose noun comes before "of";
                    # "the office": the "Federal Office for Migration and Refugees".
                    or m.entity.name.split(" of ")[0].split(" for ")[0].split()[-1] in wanted
                    or noun in m.entity.nouns
                    or (by_abbreviation and bool(m.entity.abbreviation))
                    or (
                        m.entity.name[-1:] in initials
                        and bool(_CAPITALS_NAME_RE.fullmatch(m.entity.name))
                        and not _is_news_outlet(m.entity.name)
                    )
                )
            ),
            pos,
        )
        if found is None and noun in _GENERIC_ORG_NOUNS:
            # "LUCELEC says 18,000 customers are without power. The utility said": the body named
            # earlier in the paragraph, whatever its name, before one known by an abbreviation.
            since = self._offsets[bisect_right(self._offsets, pos) - 1]
            here = self._last(
                "org, no outlet", lambda m: is_org(m) and not _is_news_outlet(m.entity.name), pos
            )
            window = self.mentions[bisect_left(self._positions, since) : bisect_left(self._positions, pos)]
            if here is not None and any(m.entity is here for m in window):
                found = here
        if found is None and noun == "union":
            # "The New Zealand Nurses Organisation said ... the union said": a body of workers
            # by its trade, whatever it calls itself.
            found = self._last(
                "workers' body", lambda m: is_org(m) and bool(_WORKERS_BODY_RE.search(m.entity.name)), pos
            )
        if found is None and noun in _GENERIC_ORG_NOUNS:
            found = self._last("abbreviated", lambda m: is_org(m) and bool(m.entity.abbreviation), pos)
        if found is None and (noun in _GENERIC_ORG_NOUNS or noun in _DOCUMENT_NOUNS):
            # "In a statement to The Gulf Courier, the company said", "a memo seen by the Business
            # Tribune ... The memo said": a paper hears and reads what others say and issue; it
            # is not the company, nor whoever issued the memo.
            found = self._last(
                "org, no outlet", lambda m: is_org(m) and not _is_news_outlet(m.entity.name), pos
            )
        return found

    def _org_named_by_first_word(self, word: str, pos: int) -> _Entity | None:
        """The organization whose name ``word`` starts ("Bayline said" after "Bayline
        Ferries"), unless a person of that surname was named before ``pos``."""
        org = self.org_starts.get(word)
        person = self.surnames.get(word)
        if org is None or (person is not None and person.first < pos):
            return None
        return org

    def _namesake_just_named(self, surname: str, pos: int) -> _Entity | None:
        """The last of several people of ``surname`` whom the story names in full for the first
        time in the paragraph holding ``pos`` or the one before, when another of that name came
        before them: "Michael Ryan ... has died ... His son, Pádraig Ryan, said ....\n\n“...,” Mr
        Ryan said." is the son, just named, not the one who died."""
        namesakes = [p for p in self._by_surname.get(surname, ()) if p.first < pos]
        if len(namesakes) < 2:
            return None
        latest = max(namesakes, key=lambda p: p.first)
        paragraph = bisect_right(self._offsets, pos) - 1
        since = self._offsets[max(paragraph - 1, 0)]
        return latest if latest.first >= since else None

    def by_name(self, tokens: list[str], pos: int, organization: bool = False) -> _Entity:
        """The entity ``tokens`` name at ``pos``: an abbreviation's organization, the one an
        organization's short name stands for, a person by surname or first name; else a new
        person, or a new organization when ``organization`` says the name is one."""
        name = " ".join(tokens)
        if name in self.aliases and self.aliases[name] != tokens:
            # "Captain Peg Lindholm", "the Fridge": a nickname the story gave someone.
            return self.by_name(self.aliases[name], pos)
        if len(tokens) == 1 and tokens[0] in self.abbreviations:
            return self.abbreviations[tokens[0]]
        if name in self.offices and self.offices[name].first < pos:
            return self.offices[name]  # "the Taoiseach" after "The Taoiseach, Ciarán Mac Lochlainn,"
        if name in self.possessive_names:
            return self.possessive_names[name]
        if self.org_endings.get(name) is not None:
            return self.org_endings[name]
        if len(tokens) == 1 and self._org_named_by_first_word(name, pos) is not None:
            return self.org_starts[name]
        if len(tokens) >= 3 and not organization and name not in self.orgs and name not in self.persons:
            # "Maritime Development Asenaca Koroi" read after "Minister for Rural and", "Industry
            # Daniel Sim Kok Wah" after "Trade and": the end of a title's object, then the person
            # the story named in full, by two words or more.
            for k in range(min(len(tokens) - 1, 4), 1, -1):
                known = self.persons.get(" ".join(tokens[-k:]))
                if known is not None and known.first < pos:
                    return known
        if name in self.orgs or _is_org(tokens) or organization:
            return self.org(name, pos)
        if name in self.persons:
            return self.persons[name]
        if tokens[-1] in self.surnames:
            known = self.surnames[tokens[-1]]
            latest = self._namesake_just_named(tokens[-1], pos) if known.died else None
            if latest is not None and len(tokens) == 1 and not latest.died:
                return latest
            if len(tokens) == 1 or known.name.split()[0][0] == tokens[0][0]:
                return known
        if len(tokens) == 1 and self.first_names.get(tokens[0]) is not None:
            return self.first_names[tokens[0]]
        if len(tokens) == 1 and self.second_words.get(tokens[0]) is not None:
            # "Mr. Gachanja said" after "Peter Gachanja Mwangi": the name the story calls him
            # by, the second of three, as "Mr Teo" after "Marcus Teo Wei Liang".
            return self.second_words[tokens[0]]
        if len(tokens) >= 2 and self.tails.get(name) is not None:
            return self.tails[name]  # "Ní Dhuibhir" after "Máire Ní Dhuibhir"
        if len(tokens) >= 2 and self._particle_tail(tokens) is not None:
            return self._particle_tail(tokens)
        if len(tokens) >= 2 and name in self._first_tails:
            # "Mr Mac Giolla" after "Peadar Mac Giolla" and "his son, Ciarán Mac Giolla": the one
            # named first, as "Mr Ortiz" is when two Ortizes are named.
            return self._first_tails[name]
        if len(tokens) >= 3 and " ".join(tokens[-2:]) in self.persons:
            # "Transport Nomsa Mthembu" when the run began with the title's object
            # ("MEC for Roads and Transport"): the person named in full at its end.
            return self.persons[" ".join(tokens[-2:])]
        self.persons[name] = _Entity(name, "person", first=pos)
        return self.persons[name]


# The words that end a newspaper's or a news agency's name.
_NEWS_OUTLET_ENDINGS = frozenset(
    "Tribune Courier Times Gazette Herald Journal Chronicle Echo News Post Observer Sentinel Dispatch".split()
)


def _is_news_outlet(name: str) -> bool:
    """Whether ``name`` is a newspaper's or a news agency's ("The Gulf Courier", "Associated Press")."""
    words = name.split()
    return bool(words) and (words[-1] in _NEWS_OUTLET_ENDINGS or name in {"Associated Press", "Reuters"})


def _name_tokens(head: str) -> list[str]:
    tokens = _clean_run(head.split())
    name = _split_title(tokens)[2] or tokens
    if head[:4] in {"The ", "the "} and _is_org(name):
        return name  # "The Western Review of Books called it": an organization's name, whole
    # "Joanne Whitlatch of Brightline Research": the person, then where they work.
    cut = next((n for n, w in enumerate(name) if w in {"of", "for", "at"}), 0)
    return name[:cut] if cut >= 2 and _is_person(name[:cut]) else name
