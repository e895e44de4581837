"""The quote finder: direct quotations in a story and who said them.

``find_quotes(text_or_html, sources=None)`` reads plain text or a story body's HTML and
returns one ``FoundQuote`` per quoted passage, in reading order. Offsets are positions in
``plain_text(text_or_html)``: paragraphs joined by a blank line, entities decoded.

What counts as a quotation:

- words between double quote marks, straight or curly, mixed, or typed as two backticks and
  two apostrophes; a closing mark typed as an opening one still closes. Single marks inside
  are nested quotes and stay part of the text, as do square-bracket insertions; in copy that
  has no double marks at all, or closes more quotations between single marks than between
  double ones (British style, doubles nested inside), single marks are the quotation marks;
- a paragraph whose quotation is not closed carries on into the next paragraph that
  opens with a quote mark, and that paragraph keeps the same speaker;
- a short passage (three words or fewer) is a partial quote only when someone is credited
  with it in the same sentence; scare quotes (the so-called "lifeline" network), titles
  of works, slogans and nicknames (Walter "Sugar" Simmons) are not quotations. One word
  quoted after a verb of the credited sentence is partial (had "extensive" histories); after
  an article or a possessive it is a label (the city's "legacy business" program);
- words in lowercase inside a sentence with no word of speaking, credited to nobody, are a
  label or a category, not a quotation;
- a photo caption's words are not quotations, nor are a headline's, nor those of the
  headlines and standfirst over a byline.

Who said it, in the forms news copy uses: ``"...," Ortiz said.``, ``"...," said Sheriff
Dana Whitfield.``, ``Ortiz said, "..."``, ``"..." Whitfield reportedly said``, ``according
to ...``, a passage after an introduction ending in a colon, a second passage after a
mid-quote attribution, ``Said the mayor: "..."``, a long description between the name and
its verb (``X, senior vice president of ..., said in a news release``), a paragraph that is
nothing but a quotation (it carries on from the last speaker), pronouns ("she said") and
role nouns ("the agency said") that point back to the last person or organization named.
"He" and "she" skip a person the story itself calls by the other pronoun; "they" is a group
named in the paragraph or the one before, else nobody; "a spokesman for X ... he said" is X.
A family speaks as one ("the Ortiz family said", "Daniel's family said": the Ortiz family); a
parent, child or sibling named by first name after a possessive shares the surname ("Daniel's
father Tomás" is Tomás Ortiz); "the agency" may be one known only by its abbreviation (ICE).
A pronoun means the one who spoke last in its paragraph (or the one before, for a quotation
opening it) rather than someone spoken of; someone the story will not name ("who asked not to
be named") or only describes ("A motorist travelling the other way") is credited as nobody.
"The statement said" (the letter, the memo) is whoever the story said issued it; a paragraph
or sentence of quotation alone after one reporting someone's words ("Gilsenan told the
Observer the group was not opposed") is theirs; "an HSE spokeswoman" speaks for the HSE.
"The release quoted X as saying" is X's; someone "who gave his name only as Kofi" is Kofi; a
participle after a comma ("issued a warning, telling residents") is spoken by the sentence's
subject; "the teenager" or "the 64-year-old" is the person the story is about; a role a lead
uses before naming its holder ("what its new chief executive called") is the one named later.
A name after "the" ("The Lowfield Red Cross said") or one "which operates" something is an
organization, never a person. A paragraph without double marks in a story that uses them
quotes between single marks where someone is credited with the words.
A surname, a first name alone, or a title plus surname stands for the first full mention
in the story ("Sheriff Dana Whitfield", then "Whitfield"), and the end of an organization's
name for the whole ("the Coast Guard" after "the U.S. Coast Guard").

Each speaker resolves to one of ``sources`` (Source rows, or anything with ``name``,
``title``, ``organization``, ``abbreviation`` and ``kind``) by full name, by surname, by
title plus name, or by an organization's name or abbreviation. When none matches, the quote
carries a ``ProposedSource`` built from the first full mention ("EPA spokesperson Tom K.
Reyes" gives name Tom K. Reyes, title spokesperson, organization EPA, or the name the story
spells it out as; "Angela Chan, who
leads the Police Commission"; "U.S. Immigration and Customs Enforcement (ICE)" gives the
name whose capitals spell the abbreviation); a title written short is proposed in full
("Coun." and "Cllr" are Councillor, "Det. Insp." Detective Inspector). Words "told the Ledger"
are told to the newsroom when the story names the Ledger as its own (its byline, contributor
line, request for comment or note to readers). Nothing else is inferred about a person: no
gender, ever (the pronouns a story uses are read only to tell two people apart, and kept
nowhere).

Pure Python and regular expressions: no model, no network. The work grows in step with the
text, whatever it holds; a text longer than ``MAX_TEXT_LENGTH`` is refused with
``TextTooLong``, whose message is written for the person who pasted it.

The package has the shape of the pipeline, each stage in its own module with its own tests:
``text`` (paragraphs and sentences), ``marks`` (quote marks and spans), ``mentions`` (the people
and organizations a story names), ``attribution`` (who said each quotation), ``obtained`` (how
the words were obtained), ``proposals`` (the recorded source a speaker is, or a new one), and
``finder``, which runs them in order. Everything a caller needs is importable from here.
"""

from .finder import FoundQuote, find_quotes
from .proposals import ProposedSource, match_source
from .text import MAX_TEXT_LENGTH, TEXT_TOO_LONG, TextTooLong, looks_like_html, paragraphs, plain_text
from .vocabulary import SPEECH_VERBS

__all__ = [
    "MAX_TEXT_LENGTH",
    "SPEECH_VERBS",
    "TEXT_TOO_LONG",
    "FoundQuote",
    "ProposedSource",
    "TextTooLong",
    "find_quotes",
    "looks_like_html",
    "match_source",
    "paragraphs",
    "plain_text",
]
