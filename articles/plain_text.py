"""Plain text the newsroom typed (headlines, deks, names, comments), made fit for the place it
is written out to: one line in a mail header, lines in a mail body, characters XML can carry.

Form fields keep what a browser posts between its first and last visible character, so a
headline may hold a line break, a tab, a vertical tab or a right-to-left override pasted
from elsewhere. Each is harmless on a web page and breaks something here: a mail header
(Django refuses the message), an XML document (the feed or sitemap cannot be written).
"""

import re
import unicodedata

# C0 and C1 controls, and the Unicode line and paragraph separators.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_LINE_BREAKS = re.compile("\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_SPACES = re.compile(" {2,}")
# Format characters (Cf) are invisible; the bidirectional ones reorder the text after them.
# The joiners and emoji tag characters are kept: emoji and several scripts need them.
_KEPT_FORMAT = {"\u200c", "\u200d", *map(chr, range(0xE0020, 0xE0080))}
# What XML 1.0 cannot carry at all; the ones that read as white space become a space.
_NOT_XML_SPACE = re.compile("[\x0b\x0c\x1c-\x1f]")
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1b\ufffe\uffff]")


def _without_format_characters(text: str) -> str:
    return "".join(ch for ch in text if ch in _KEPT_FORMAT or unicodedata.category(ch) != "Cf")


def one_line(text: str) -> str:
    """``text`` as one line, for a mail subject or any other header: line breaks, tabs and
    other control characters become a space, format characters other than the joiners are
    dropped, runs of spaces collapse and the ends are trimmed."""
    text = _CONTROLS.sub(" ", _without_format_characters(text))
    return _SPACES.sub(" ", text).strip()


def text_lines(text: str) -> str:
    """``text`` as lines joined by ``\\n`` (whatever line breaks it had), each line cleaned as
    ``one_line`` does: for a mail body."""
    return "\n".join(one_line(line) for line in _LINE_BREAKS.split(text))


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot carry (controls other than tab, line
    feed and carriage return; U+FFFE and U+FFFF). Vertical tabs, form feeds and the other
    separators become a space."""
    return _NOT_XML.sub("", _NOT_XML_SPACE.sub(" ", text))


def spreadsheet_text(text: str) -> str:
    """``text`` for a CSV cell a spreadsheet will open: text that a spreadsheet would read as
    a formula (starting with ``=``, ``+``, ``-`` or ``@``, or a tab or carriage return before
    one) starts with an apostrophe, so it is shown, never run."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
