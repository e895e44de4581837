"""Proposals: which recorded source a speaker is, or the new source to suggest.

A speaker resolves to one record by full name, by surname with a compatible first name, or,
for an organization, by its abbreviation or a name one ends with the other. When none matches,
the quote carries a ``ProposedSource`` built from the first full mention, its title as a
record keeps it: no honorific ("Dr"), no age or home town ("a 47-year-old concreter from
Elizabeth" is a concreter), no word for how the person stands to the story ("Neighbor").
Nothing else is inferred about a person: no gender, ever.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .vocabulary import (
    _CIRCUMSTANCE_TITLE_WORDS,
    _HONORIFIC_TITLE_WORDS,
    _HONORIFICS,
    _LEGAL_SUFFIXES,
    TITLE_WORDS,
)


@dataclass(frozen=True)
class ProposedSource:
    """A new source suggested from the first full mention of a speaker nobody has recorded."""

    name: str
    title: str = ""
    organization: str = ""
    abbreviation: str = ""
    kind: str = "person"  # "person" or "organization", values of Source.Kind


# An age or a whose-office possessive opening a description ("47-year-old concreter", "the
# county's public health officer"), a home town closing it ("teacher from Bellingham"), a
# place closing an organization's name ("Kvist Securities in Stockholm") or opening it
# ("Kuala Lumpur-based Meridian Cargo").
_AGE_OPENING_RE = re.compile(r"^(?:an?\s+)?[\w\-]+-(?:year|month)s?-old\s+")
_POSSESSIVE_OPENING_RE = re.compile(r"^(?:the\s+)?[a-z]+['’]s\s+(?=[a-z])")
_FROM_PLACE_RE = re.compile(r"\s+(?:from|in)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*$")
# How long someone has held a job, no part of it: "Longtime waitress", "two-term senator"; nor
# the verb of the sentence the mention stands in ("defeating two-term senator Ruth Oduya").
_LONGTIME_RE = re.compile(
    r"^(?:(?:defeating|beating|unseating|ousting|replacing|succeeding)\s+)?"
    r"(?:(?:[Ll]ong-?time|[Ll]ongstanding|[\w]+-term)\s+(?=\w))?"
)
# The ward or constituency written before a seat ("Nyalenda B MCA", "Area MCA"): where the seat
# is, not part of its title.
_SEAT_PLACE_RE = re.compile(r"^(?:[A-Z][\w'’\-]*\s+)+(?=Member\s+of\s+(?:County\s+Assembly|Parliament)$)")
_IN_PLACE_RE = re.compile(r"\s+in\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?$")
_BASED_OPENING_RE = re.compile(r"^(?:[A-Z][\w'’]*\s+){0,2}[A-Z][\w'’]*-based\s+(?=[A-Z])")
# "Local councillor", "the local MP": where the seat is from the story's point of view, no part
# of it (a union's "Local 57" is a body, and is read as one before a title gets here).
_LOCAL_OPENING_RE = re.compile(r"^[Ll]ocal\s+(?=[a-z]|(?:MP|MPP|MLA|MSP|MHA|MNA|MEP|TD)$)")
# A school year as a pupil is in it: "Eighth-grader", "sixth-grader".
_GRADE_RE = re.compile(r"[\w\-]+-?grader", re.IGNORECASE)
# Seats written short that a record keeps in full ("MCA" is expanded where titles are read).
_SEAT_IN_FULL = {"MP": "Member of Parliament"}


_HONORIFIC = _HONORIFIC_TITLE_WORDS | _HONORIFICS
# Ranks of a police force or an army, which may follow the job a member does.
_RANKS = frozenset(
    """Constable Sergeant Inspector Superintendent Lieutenant Captain Major Colonel Brigadier
    General Commander""".split()
)
_AFTER_OFFICE = _HONORIFIC | {"Professor"}


def proposed_title(title: str) -> str:
    """A title as a new source's record keeps it: without an age, a home town or the
    possessive of the body it is of; none when every word is an honorific or a circumstance
    ("Dr", "Barrister", "Neighbor", "parent"); an honorific after another title dropped
    ("Vice-Chancellor Professor" is Vice-Chancellor)."""
    title = _FROM_PLACE_RE.sub("", _POSSESSIVE_OPENING_RE.sub("", _AGE_OPENING_RE.sub("", title.strip())))
    title = _LOCAL_OPENING_RE.sub("", _LONGTIME_RE.sub("", title))
    title = _SEAT_PLACE_RE.sub("", " ".join(_SEAT_IN_FULL.get(w, w) for w in title.split()))
    words = title.split()
    if all(
        w in _HONORIFIC or w.lower() in _CIRCUMSTANCE_TITLE_WORDS or _GRADE_RE.fullmatch(w) for w in words
    ):
        return ""
    # "Vice-Chancellor Professor Helen Marchetti": the office, then the honorific.
    while len(words) >= 2 and words[-1] in _AFTER_OFFICE and words[-2].split("-")[-1] in TITLE_WORDS:
        words = words[:-1]
    # "Police spokesperson Brigadier Thabo Sithole": the job, not the rank written after it.
    if len(words) >= 2 and words[-1] in _RANKS and words[-2].islower():
        words = words[:-1]
    return " ".join(words)


def proposed_organization(organization: str) -> str:
    """An organization a person's title is at, without a place around its name or the full
    stop of the sentence it ends ("Inc." keeps its own)."""
    organization = _BASED_OPENING_RE.sub("", _IN_PLACE_RE.sub("", organization.strip()))
    if organization.endswith("-based"):
        return ""  # "Boston-based private equity investor": where, not whom, the job is for
    words = organization.split()
    if words and words[-1].endswith(".") and words[-1][:-1] not in _LEGAL_SUFFIXES and len(words[-1]) > 3:
        organization = organization[:-1]
    return organization


def propose(name: str, title: str, organization: str, abbreviation: str, kind: str) -> ProposedSource:
    """The new source to suggest for a speaker, its title and organization as a record keeps them."""
    if kind == "person":
        title, organization = proposed_title(title), proposed_organization(organization)
    return ProposedSource(name, title, organization, abbreviation, kind)


def _key(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", name.casefold()).split())


# The legal form a company's name may end with, or leave off ("Vardhan Steel Ltd" is the record
# "Vardhan Steel"), as a key writes it.
_LEGAL_FORM_RE = re.compile(r"(?: (?:ltd|limited|inc|plc|llc|llp|corp|pty|gmbh|ag|bhd|berhad|sdn))+$")


def _company_key(name: str) -> str:
    """An organization's key without the legal form it ends with, if any is left."""
    key = _key(name)
    return _LEGAL_FORM_RE.sub("", key) or key


def _same_first_name(theirs: str, ours: str) -> bool:
    """Whether two first names are one person's: the same, or one the short form the other
    begins with ("Rob" for Robert, "Kath" for Katherine), of three letters at least."""
    shorter, longer = sorted((theirs, ours), key=len)
    return shorter == longer or (len(shorter) >= 3 and longer.startswith(shorter))


def match_source(entity_name: str, kind: str, sources, *, abbreviations=()) -> object | None:
    """The one record among ``sources`` that a speaker named ``entity_name`` is: the same
    name; for an organization the same abbreviation or a name one ends with the other
    ("U.S. Environmental Protection Agency"); for a person the same surname with a
    compatible first name (the same, or a short form of it). None when no record, or more than one, fits."""
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
        company = _company_key(entity_name)
        for source in sources:
            if getattr(source, "kind", "person") == "organization" and _company_key(source.name) == company:
                return source
        for source in sources:
            other = _key(source.name)
            if len(other.split()) >= 2 and (key.endswith(" " + other) or other.endswith(" " + key)):
                return source
        return None
    tokens = key.split()
    if not tokens:
        return None
    # A surname alone, hyphenated or not ("Villanueva-Hart"), matches the name it ends.
    surname = len(entity_name.split()) == 1
    found = []
    for source in sources:
        theirs = _key(source.name).split()
        if getattr(source, "kind", "person") == "organization" or not theirs or theirs[-1] != tokens[-1]:
            continue
        if (surname and theirs[-len(tokens) :] == tokens) or _same_first_name(theirs[0], tokens[0]):
            found.append(source)
    return found[0] if len(found) == 1 else None


def match_body(described: str, sources) -> object | None:
    """The one organization among ``sources`` whose name ends with the words a story
    describes it by ("sheriff's office" is the Pell Valley Sheriff's Office); None when no
    record, or more than one, fits."""
    key = _key(described)
    if len(key.split()) < 2:
        return None
    found = [
        source
        for source in sources or ()
        if getattr(source, "kind", "person") == "organization" and _key(source.name).endswith(" " + key)
    ]
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
                # "Vardhan Steel Ltd" may be recorded as "Vardhan Steel", and the other way round.
                condition |= Q(name__istartswith=name + " ")
                company = _company_key(name)
                if company != _key(name):
                    condition |= Q(name__iexact=company) | Q(name__istartswith=company + " ")
        for source in sources.filter(condition).order_by("pk")[:_MAX_CANDIDATES]:
            found.setdefault(source.pk, source)
    return [found[pk] for pk in sorted(found)[:_MAX_CANDIDATES]]
