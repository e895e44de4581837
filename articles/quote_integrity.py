"""The quote integrity gate: every quote of a story must appear word for word in its body.

Rules, applied to both the quote and the body before comparing:

* HTML tags are dropped and entities decoded; the end of a paragraph, heading, list item or
  line break counts as white space.
* Every run of white space counts as one space, and white space at either end is ignored.
* Curly, straight, low and angle quotation marks count as the same mark (one kind for
  double, one for single marks and apostrophes), and "…" is the same as "...".
* A quote's own closing period, comma, colon or semicolon may differ from the body, where
  the sentence around it decides ("patrols." is found in "patrols,” she said").

Everything else — words, letters and their case, other punctuation — must match.
"""

import html
import re

from articles.models import Article, Quote

DOUBLE_MARKS = '"“”„‟«»❝❞〝〞＂'
SINGLE_MARKS = "'‘’‚‛‹›❛❜`´′"
_DOUBLE = str.maketrans({mark: '"' for mark in DOUBLE_MARKS})
_SINGLE = str.maketrans({mark: "'" for mark in SINGLE_MARKS})
_BLOCK_END = re.compile(r"(?i)</(p|h[1-6]|li|blockquote|div|td|th)\s*>|<br\s*/?>")
# No "<" inside a tag: a run of unclosed "<" is then one pass, not one scan per mark.
_TAG = re.compile(r"<[^<>]*>")
_SPACE = re.compile(r"\s+")
TRAILING_MARKS = ".,;:"


def normalize(text: str) -> str:
    """``text`` as the gate compares it: plain text, one kind of each quote mark, single spaces."""
    text = _BLOCK_END.sub(" ", text or "")
    text = html.unescape(_TAG.sub("", text))
    text = text.translate(_DOUBLE).translate(_SINGLE).replace("…", "...")
    return _SPACE.sub(" ", text).strip()


def _quote_core(text: str) -> str:
    core = normalize(text)
    # The quote's own surrounding marks, if the journalist typed them, are not part of the words.
    core = core.strip("\"' ")
    return core.rstrip(TRAILING_MARKS).strip()


def quote_in_body(quote_text: str, body: str) -> bool:
    """Whether the quoted words appear in the body, under the rules above."""
    core = _quote_core(quote_text)
    return bool(core) and core in normalize(body)


def quotes_missing_from_body(article: Article) -> list[Quote]:
    """The story's quotes (with their sources) not found in its body, in story order."""
    body = normalize(article.body)
    missing = []
    for quote in Quote.objects.filter(article=article).select_related("source").order_by("order", "id"):
        core = _quote_core(quote.text)
        if not core or core not in body:
            missing.append(quote)
    return missing
