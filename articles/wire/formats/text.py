"""Plain-text and HTML wire copy.

Plain text may open with a header block of ``Name: value`` lines (Headline, Summary,
Byline, Dateline, Credit, Provider, ID, Version, Embargo), ended by a blank line. Without a
Headline header the first line is the headline. The body's paragraphs are separated by
blank lines; when there are none, every line is a paragraph. Lines of one paragraph are
joined (wire copy is often wrapped at a fixed width).

HTML: the headline is the first ``<h1>`` (else the ``<title>``), which is not repeated in
the body; ``<meta name="...">`` tags give the rest (description, byline or author,
dateline, credit, provider, wire-id, version, embargo). The body is the ``<body>`` without
that heading, sanitized later like every story body.

A file without an ID is known by a digest of its content, so importing the same file again
updates its draft instead of making a second one.
"""

import hashlib
import re
from html import escape
from html.parser import HTMLParser

from articles.wire.item import WireItem, one_line, parse_moment, parse_version

HEADER_NAMES = {
    "headline": "headline",
    "summary": "dek",
    "dek": "dek",
    "byline": "byline",
    "by": "byline",
    "dateline": "dateline",
    "credit": "credit",
    "provider": "provider",
    "id": "wire_id",
    "wire id": "wire_id",
    "version": "version",
    "embargo": "embargo",
    "embargoed": "embargo",
}
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z ]{0,20}):\s*(.*)$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def digest_id(kind: str, content: str) -> str:
    return f"{kind}:sha256:{hashlib.sha256(content.encode('utf-8')).hexdigest()[:32]}"


def text_paragraphs(body: str) -> list[str]:
    """Paragraphs of plain text: blocks between blank lines, or single lines when the text
    has no blank line; white space inside a paragraph is one space."""
    body = body.replace("\r\n", "\n").replace("\r", "\n").strip()
    blocks = _BLANK_LINE.split(body) if _BLANK_LINE.search(body) else body.split("\n")
    return [" ".join(block.split()) for block in blocks if block.strip()]


def paragraphs_html(body: str) -> str:
    return "".join(f"<p>{escape(p, quote=False)}</p>" for p in text_paragraphs(body))


def _header(lines: list[str]) -> tuple[dict, int]:
    """The header block's values and the number of lines it takes (0 when there is none)."""
    values: dict[str, str] = {}
    for n, line in enumerate(lines):
        if not line.strip():
            return (values, n + 1) if values else ({}, 0)
        match = _HEADER_LINE.match(line.strip())
        key = HEADER_NAMES.get(match.group(1).strip().lower()) if match else None
        if key is None:
            # Not a header block after all: a first line like "Update: ..." is a headline.
            return ({}, 0) if n == 0 else (values, n)
        values[key] = match.group(2).strip()
    return values, len(lines)


def read_text(filename: str, content: str) -> WireItem:
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    lines = content.split("\n")
    values, used = _header(lines)
    rest = lines[used:]
    headline = values.get("headline", "")
    if not headline:
        while rest and not rest[0].strip():
            rest.pop(0)
        headline = rest.pop(0) if rest else ""
    return WireItem(
        filename=filename,
        format="text",
        wire_id=values.get("wire_id") or digest_id("text", content),
        version=parse_version(filename, values.get("version")),
        headline=headline,
        body=paragraphs_html("\n".join(rest)),
        dek=values.get("dek", ""),
        byline=values.get("byline", ""),
        dateline=values.get("dateline", ""),
        credit=values.get("credit", ""),
        provider=values.get("provider", ""),
        embargoed_until=parse_moment(filename, "embargo time", values.get("embargo")),
    )


META_NAMES = {
    "description": "dek",
    "byline": "byline",
    "author": "byline",
    "dateline": "dateline",
    "credit": "credit",
    "provider": "provider",
    "wire-id": "wire_id",
    "guid": "wire_id",
    "version": "version",
    "embargo": "embargo",
    "embargoed": "embargo",
}


class _HeadReader(HTMLParser):
    """Collects the meta values, the title and the first h1 (its text and where it is)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self.h1 = ""
        self._in = None
        self._h1_done = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = META_NAMES.get((attrs.get("name") or "").strip().lower())
            if key and key not in self.meta:
                self.meta[key] = (attrs.get("content") or "").strip()
        elif tag == "title" and not self.title:
            self._in = "title"
        elif tag == "h1" and not self._h1_done:
            self._in = "h1"

    def handle_endtag(self, tag):
        if tag == self._in:
            if tag == "h1":
                self._h1_done = True
            self._in = None

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "h1":
            self.h1 += data


_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_H1_OPEN = re.compile(r"<h1\b", re.IGNORECASE)
_H1_CLOSE = re.compile(r"</h1\s*>", re.IGNORECASE)
_HEAD_CLOSE = re.compile(r"</head\s*>", re.IGNORECASE)


def _body_of(content: str) -> str:
    """What is inside <body> (to its end, or the file's), else what follows </head>.
    Found by searching forward only, so the time taken grows in step with the file."""
    opened = _BODY_OPEN.search(content)
    if opened is None:
        head_end = _HEAD_CLOSE.search(content)
        return content[head_end.end() :] if head_end else content
    rest = content[opened.end() :]
    end = rest.lower().rfind("</body")
    return rest[:end] if end >= 0 else rest


def _without_first_h1(body: str) -> str:
    opened = _H1_OPEN.search(body)
    if opened is None:
        return body
    closed = _H1_CLOSE.search(body, opened.end())
    return body[: opened.start()] + (body[closed.end() :] if closed else "")


def read_html(filename: str, content: str) -> WireItem:
    reader = _HeadReader()
    reader.feed(content)
    reader.close()
    body = _body_of(content)
    headline = one_line(reader.h1)
    if headline:
        body = _without_first_h1(body)
    else:
        headline = one_line(reader.title)
    meta = reader.meta
    return WireItem(
        filename=filename,
        format="html",
        wire_id=meta.get("wire_id") or digest_id("html", content),
        version=parse_version(filename, meta.get("version")),
        headline=headline,
        body=body,
        dek=meta.get("dek", ""),
        byline=one_line(meta.get("byline", "")),
        dateline=one_line(meta.get("dateline", "")),
        credit=one_line(meta.get("credit", "")),
        provider=one_line(meta.get("provider", "")),
        embargoed_until=parse_moment(filename, "embargo time", meta.get("embargo")),
    )
