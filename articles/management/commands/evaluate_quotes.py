"""``python manage.py evaluate_quotes``: how well the quote finder does on annotated stories.

Each story in the data folder is a ``.txt`` or ``.html`` file with a ``.json`` beside it::

    {"known_sources": [{"name": "Dana Whitfield", "title": "Sheriff", "kind": "person"}],
     "quotes": [{"text": "...", "speaker": "Dana Whitfield", "partial": false, "obtained": "said"}],
     "not_quotes": ["Sugar"]}

``quotes`` lists every quotation in the story, one entry per quoted passage, with the
speaker's full name (or organization's name) as the finder should resolve it, or "" when
the story does not name the speaker ("one neighbor, who asked not to be named, said"). Two
conventions settle who the speaker is (the annotations follow them, and so must new stories):

- reported speech nested in reported speech credits the person whose words are in the marks:
  when the story reports that A said B said "..." ("the mayor said the county had promised to
  "look at it again""), the speaker is B and ``obtained`` is how B gave the words (a letter B
  wrote is a ``document``); when the story does not say who B is ("she said she had been told
  the school was "in no danger""), the words come only through A, and A is the speaker;
- an unnamed spokesperson of a named organization credits the organization ("a county
  spokeswoman said", "a spokesman for the port authority said": the county, the port
  authority); a spokesperson the story names is that person;
- a statement a body issues credits the body even when the story names who signed it ("the
  party, in a statement signed by its publicity secretary, Ada Obi, described it as "..."":
  the party); words the story then credits to the signer by name (""...," Obi said") are the
  signer's.

A story's headline, the standfirst or second headline over its byline, and a photo's caption
repeat or sum up words the story quotes: they are not quotations and are not listed in
``quotes`` (their quoted words go in ``not_quotes`` unless the story quotes them word for
word itself). Words quoted inside a quotation ("She said, 'Don't wait.' I never have.") are
part of it, not a quotation of their own.

``known_sources`` are records the newsroom already has; the finder resolves against them.
``obtained``, when given, is the ``Quote.Obtained`` value the words call for, by these
conventions (the annotations follow them, and so must new stories):

- ``statement``: "said in a statement", "stated", "in a news release", "issued a statement:";
- ``told_us``: told the outlet that publishes the story ("told the Chronicle" in the
  Chronicle, "told the newspaper"); ``relayed``: told or reported by another outlet ("told
  Channel 7", "told the Associated Press", "reportedly said", "according to the Times");
- ``interview``: "said in an interview"; ``email``: "said in an email", "wrote in an email";
- ``social``: posted or written on social media; ``document``: a letter, a filing, a report,
  a ruling, a memo quoted as written, a written statement read to a court for its writer
  ("said in a personal statement read to the court", "she wrote");
- ``hearing``: words spoken at a meeting, hearing, trial or debate the story reports on: the
  words are placed there ("told the council", "testified", "said during the meeting", "in
  court"), or the story reports the body's meeting (its lead has the body voting, approving or
  hearing someone) and the speaker speaks there as a member or a speaker, unless the words are
  placed elsewhere ("said after the meeting", "told reporters outside"); a statement someone
  reads out themselves there ("read a statement from the witness box") is ``hearing``;
- ``said``: everything else spoken ("said", "says", "added", "told reporters"), remarks at a
  press conference or a briefing among them ("said at a news conference"): a press
  conference is not a ``hearing``.

Three sets live in the data folder, and the command reports each on its own line:

- ``original``: the stories at the top of the folder, written alongside the first rules;
- ``dev``: stories written afterwards to reproduce what real published news does (quote marks
  of every kind, attribution in every position, pronouns, groups and documents as speakers),
  used while changing the rules;
- ``held-out``: stories written afterwards by someone who has not read or run the finder,
  measured only to check the rules, never to change them. Once studied, a held-out set joins
  ``dev`` and a new one is written; until it arrives the folder is empty (or absent), and the
  command leaves that set out of its table and says so.

The scores:

- a found passage matches an annotated one when their words are the same after quote marks
  are made straight, runs of space collapsed and the commas, periods, colons and
  semicolons at either end dropped (American style puts them inside the marks); each
  annotated passage matches at most one found passage;
- span precision = matched / found, span recall = matched / annotated;
- a speaker is right when a matched passage resolves to the annotated speaker's name
  (the record's name when it matched a known source, else the proposed source's name;
  for an unnamed speaker, when the finder credits nobody);
  speaker precision = right / found, speaker recall = right / annotated, so a missing or
  wrong speaker and a false quotation both count against;
- proposals: of the annotated proposals, the share the finder proposes exactly (see below).

A story's ``proposals``, when given, lists the new source the finder should propose for each
speaker of the story who is not among its ``known_sources``, every field written out ("" where
the story gives none)::

    "proposals": [{"name": "Angela Chan", "title": "Police Commissioner",
                   "organization": "Police Commission", "abbreviation": "", "kind": "person"}]

A proposal is right when the finder proposes it for that speaker (the one of its proposals
whose name is the annotated one, as speakers are compared) with every field equal once runs
of space are collapsed; a speaker with no proposal, or with two that differ, counts against.
The fields follow these conventions (the annotations follow them, and so must new stories):

- ``name``: the full name at the fullest mention ("Angela Chan", "U.S. Immigration and
  Customs Enforcement"), without an honorific ("Dr", "Mr", "Mrs", "Prof" before another
  title, "Datuk", "Alhaji", "Barrister") or a post-nominal ("MP", "QC");
- ``title``: the person's job or office as the story writes it at the fullest mention, before
  the name or beside it, in the story's capitals ("Police Commissioner", "senior vice
  president of operations", "County Health Executive", "retired mail carrier"), with the
  organization's name taken out when it leads the title ("Pinal County Supervisor" is
  Supervisor of Pinal County, "Brenton Heights Police Lt." Lieutenant of Brenton Heights
  Police) and a title the story writes short written in full ("Lt." is Lieutenant, "Rep."
  Representative, "MCA" Member of County Assembly, "MP" Member of Parliament), without "local"
  for a seat or an office near the story's place ("Local councillor" is councillor, "the
  local MP" Member of Parliament; a union's "Local 57" is a body). Honorifics are no part of it ("County
  Health Executive Dr Peter Kiprono" is County Health Executive; "Professor" is the title
  only when the story gives no other); nor is the part someone plays in the story ("lead author", "one of the
  plaintiffs", "who voted no") or a circumstance or relation ("neighbor", "parent",
  "resident", "retiree", an age, a home town), nor how someone stands to a school, a shop or
  an employer the mention names no job at ("student", "eighth-grader", "regular customer",
  "longest-serving employee"). When a mention gives a job at a named body and
  another title besides ("Co-author Associate Professor Ravi Menon, a urologist at Flinders
  Park Hospital"), the title is the job that goes with the body (urologist). "" for an
  organization, or for a person the story gives no job;
- ``organization``: for a person, the body the mention says the job is held at: one leading
  the title, after "of", "at" or "for", a possessive ("Deltacrest's managing director",
  "its president" right after the story names the union), or one the person leads or chairs
  ("who chairs the House Health Committee"), written as the story names it at its fullest,
  "the" dropped ("U.S. Environmental Protection Agency" for "EPA spokesperson" in a story
  that spells the agency out once). A town, county or state leading an office is its body
  ("Port Alder Mayor"); a party is a body only for the party's own offices ("NDP Leader", not
  "Greens senator"); a body the mention does not tie to the person (the company a story is
  about, a lowercase "union" or "team") is "". "" for an organization;
- ``abbreviation``: for an organization, only when the story gives one, in brackets or by
  calling it so ("U.S. Immigration and Customs Enforcement", "ICE"); "" otherwise, and for a
  person;
- ``kind``: "person" or "organization" (a company, an agency, a group, a family).
"""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.models import Source
from articles.quotes import find_quotes

DEFAULT_DATA_DIR = Path(settings.BASE_DIR) / "tests" / "data" / "quotes"
DATA_SETS = {
    "original": DEFAULT_DATA_DIR,
    "dev": DEFAULT_DATA_DIR / "dev",
    "held-out": DEFAULT_DATA_DIR / "held-out",
}
NO_STORIES = "No annotated stories (a .txt or .html file with a .json beside it) in {path}."


def normalize_span(text: str) -> str:
    text = text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    text = " ".join(text.split())
    return text.strip(" \"'.,;:").casefold()


def normalize_name(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", (name or "").casefold()).split())


@dataclass
class StoryScore:
    name: str
    found: int = 0
    annotated: int = 0
    matched: int = 0
    speakers_right: int = 0
    partial_right: int = 0
    traps_taken: list = field(default_factory=list)
    missed: list = field(default_factory=list)
    spurious: list = field(default_factory=list)
    wrong_speaker: list = field(default_factory=list)
    obtained_annotated: int = 0
    obtained_right: int = 0
    wrong_obtained: list = field(default_factory=list)
    proposals_annotated: int = 0
    proposals_right: int = 0
    wrong_proposals: list = field(default_factory=list)


@dataclass
class Evaluation:
    stories: list

    def _sum(self, attr):
        return sum(getattr(s, attr) for s in self.stories)

    @property
    def found(self):
        return self._sum("found")

    @property
    def annotated(self):
        return self._sum("annotated")

    @property
    def span_precision(self):
        return self._sum("matched") / self.found if self.found else 0.0

    @property
    def span_recall(self):
        return self._sum("matched") / self.annotated if self.annotated else 0.0

    @property
    def speaker_precision(self):
        return self._sum("speakers_right") / self.found if self.found else 0.0

    @property
    def speaker_recall(self):
        return self._sum("speakers_right") / self.annotated if self.annotated else 0.0

    @property
    def partial_accuracy(self):
        matched = self._sum("matched")
        return self._sum("partial_right") / matched if matched else 0.0

    @property
    def obtained_accuracy(self):
        """Of the matched quotes whose annotation says how the words were obtained, the share
        the finder got right; None when no annotation says."""
        annotated = self._sum("obtained_annotated")
        return self._sum("obtained_right") / annotated if annotated else None

    @property
    def proposals_annotated(self):
        return self._sum("proposals_annotated")

    @property
    def proposal_accuracy(self):
        """Of the annotated proposals, the share the finder proposes exactly; None when no
        story annotates any."""
        annotated = self._sum("proposals_annotated")
        return self._sum("proposals_right") / annotated if annotated else None


PROPOSAL_FIELDS = ("name", "title", "organization", "abbreviation", "kind")


def _proposal_fields(proposal) -> tuple[str, ...]:
    """A proposal's fields, from a ProposedSource or an annotation, with runs of space collapsed."""
    get = (
        proposal.get if isinstance(proposal, dict) else lambda name, default: getattr(proposal, name, default)
    )
    return tuple(" ".join(str(get(name, "") or "").split()) for name in PROPOSAL_FIELDS)


def score_proposals(score: "StoryScore", found: list, expected: list) -> None:
    """Count the annotated proposals the finder makes exactly: for each, the distinct proposals
    among ``found`` quotes whose name is the annotated one must be one, equal in every field."""
    proposed = {_proposal_fields(q.proposed) for q in found if q.proposed is not None}
    for entry in expected:
        wanted = _proposal_fields(entry)
        mine = {p for p in proposed if normalize_name(p[0]) == normalize_name(wanted[0])}
        score.proposals_annotated += 1
        if mine == {wanted}:
            score.proposals_right += 1
        else:
            score.wrong_proposals.append((wanted, sorted(mine)))


def story_files(data_dir: Path) -> list[tuple[Path, Path]]:
    """The annotated stories in ``data_dir``, sorted; none when the folder does not exist."""
    pairs = []
    if not data_dir.is_dir():
        return pairs
    for text_file in sorted(data_dir.iterdir()):
        if text_file.suffix in {".txt", ".html"} and text_file.with_suffix(".json").exists():
            pairs.append((text_file, text_file.with_suffix(".json")))
    return pairs


def evaluate(data_dir: Path = DEFAULT_DATA_DIR) -> Evaluation:
    """Run the finder over every annotated story in ``data_dir`` and score it. Known sources
    are unsaved Source objects: evaluating touches no database."""
    pairs = story_files(Path(data_dir))
    if not pairs:
        raise CommandError(NO_STORIES.format(path=data_dir))
    scores = []
    for text_file, annotation_file in pairs:
        annotation = json.loads(annotation_file.read_text(encoding="utf-8"))
        known = [
            Source(
                pk=n + 1,
                name=s["name"],
                title=s.get("title", ""),
                organization=s.get("organization", ""),
                abbreviation=s.get("abbreviation", ""),
                kind=s.get("kind", Source.Kind.PERSON),
            )
            for n, s in enumerate(annotation.get("known_sources", []))
        ]
        found = find_quotes(text_file.read_text(encoding="utf-8"), sources=known)
        gold = list(annotation["quotes"])
        score = StoryScore(text_file.name, found=len(found), annotated=len(gold))
        unmatched = {n: normalize_span(g["text"]) for n, g in enumerate(gold)}
        for quote in found:
            key = normalize_span(quote.text)
            hit = next((n for n, text in unmatched.items() if text == key), None)
            if hit is None:
                score.spurious.append(quote.text)
                continue
            del unmatched[hit]
            score.matched += 1
            expected = gold[hit]
            if normalize_name(quote.speaker_name) == normalize_name(expected["speaker"]):
                score.speakers_right += 1
            else:
                score.wrong_speaker.append((quote.text, quote.speaker_name, expected["speaker"]))
            if quote.is_partial == bool(expected.get("partial", False)):
                score.partial_right += 1
            if "obtained" in expected:
                score.obtained_annotated += 1
                if quote.obtained == expected["obtained"]:
                    score.obtained_right += 1
                else:
                    score.wrong_obtained.append((quote.text, quote.obtained, expected["obtained"]))
        score.missed = [gold[n]["text"] for n in unmatched]
        trap_keys = {normalize_span(t) for t in annotation.get("not_quotes", [])}
        score.traps_taken = [q.text for q in found if normalize_span(q.text) in trap_keys]
        score_proposals(score, found, annotation.get("proposals", []))
        scores.append(score)
    return Evaluation(scores)


class Command(BaseCommand):
    help = (
        "Print the quote finder's precision and recall for quote spans and speakers on annotated "
        "stories: each of the project's sets on its own line, or one folder with --data."
    )

    def add_arguments(self, parser):
        parser.add_argument("--data", help="One folder of annotated stories instead of the project's sets.")
        parser.add_argument(
            "--set",
            choices=sorted(DATA_SETS),
            action="append",
            dest="sets",
            help="Only this set (repeatable).",
        )
        parser.add_argument(
            "--verbose-errors", action="store_true", help="List every miss and wrong speaker."
        )

    def handle(self, *args, **options):
        if options["data"]:
            results = {"stories": evaluate(Path(options["data"]))}
            self._report(results["stories"])
        else:
            names = options["sets"]
            if not names:
                # A held-out set that has been studied and not yet replaced is no error.
                names = [name for name in DATA_SETS if story_files(DATA_SETS[name])]
                for name in (n for n in DATA_SETS if n not in names):
                    self.stderr.write(f"{name}: no annotated stories yet, left out.")
            results = {name: evaluate(DATA_SETS[name]) for name in names}
            self._table(results)
        if options["verbose_errors"]:
            for result in results.values():
                self._errors(result)

    def _report(self, result: Evaluation) -> None:
        out = self.stdout
        traps = sum(len(s.traps_taken) for s in result.stories)
        out.write(f"{len(result.stories)} stories, {result.annotated} annotated quotes, {result.found} found")
        out.write(f"span precision     {result.span_precision:.3f}")
        out.write(f"span recall        {result.span_recall:.3f}")
        out.write(f"speaker precision  {result.speaker_precision:.3f}")
        out.write(f"speaker recall     {result.speaker_recall:.3f}")
        out.write(f"partial flag right {result.partial_accuracy:.3f} of matched quotes")
        if result.obtained_accuracy is not None:
            out.write(f"how obtained right {result.obtained_accuracy:.3f} of matched quotes")
        if result.proposal_accuracy is not None:
            out.write(
                f"proposals right    {result.proposal_accuracy:.3f} of {result.proposals_annotated} annotated"
            )
        out.write(f"non-quotes taken for quotes: {traps}")

    def _table(self, results: dict[str, Evaluation]) -> None:
        out = self.stdout
        out.write(
            f"{'set':<10}{'stories':>8}{'quotes':>8}{'found':>7}{'span P':>8}{'span R':>8}"
            f"{'speaker P':>11}{'speaker R':>11}{'partial':>9}{'obtained':>10}{'traps':>7}{'proposals':>16}"
        )
        for name, r in results.items():
            traps = sum(len(s.traps_taken) for s in r.stories)
            obtained = "-" if r.obtained_accuracy is None else f"{r.obtained_accuracy:.3f}"
            proposals = (
                "-" if r.proposal_accuracy is None else f"{r.proposal_accuracy:.3f} ({r.proposals_annotated})"
            )
            out.write(
                f"{name:<10}{len(r.stories):>8}{r.annotated:>8}{r.found:>7}{r.span_precision:>8.3f}"
                f"{r.span_recall:>8.3f}{r.speaker_precision:>11.3f}{r.speaker_recall:>11.3f}"
                f"{r.partial_accuracy:>9.3f}{obtained:>10}{traps:>7}{proposals:>16}"
            )

    def _errors(self, result: Evaluation) -> None:
        out = self.stdout
        for s in result.stories:
            for text in s.missed:
                out.write(f"{s.name}: missed: {text[:70]}")
            for text in s.spurious:
                out.write(f"{s.name}: not a quote: {text[:70]}")
            for text, got, expected in s.wrong_speaker:
                out.write(f"{s.name}: speaker {got or '(none)'!r}, expected {expected!r}: {text[:50]}")
            for text, got, expected in s.wrong_obtained:
                out.write(f"{s.name}: obtained {got!r}, expected {expected!r}: {text[:50]}")
            for expected, got in s.wrong_proposals:
                out.write(f"{s.name}: proposal {got or '(none)'!r}, expected {expected!r}")
