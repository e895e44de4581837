"""Server-side cleaning of every field that is rendered as HTML.

The editor in the admin only offers these constructs, and whatever a browser posts is
cut down to the same allowlist before it is stored, so public templates may mark the
stored HTML safe.
"""

import nh3

# What the story editor offers; the allowlist below is derived from the same list.
BODY_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Strike": True,
    "Subscript": True,
    "Superscript": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HorizontalRule": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
    "History": True,
}

_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "s",
    "sub",
    "sup",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "blockquote",
    "hr",
    "a",
}
_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}

_cleaner = nh3.Cleaner(
    tags=_TAGS,
    attributes=_ATTRIBUTES,
    url_schemes={"http", "https", "mailto"},
    link_rel="noopener noreferrer",
    strip_comments=True,
)


def sanitize_html(html: str) -> str:
    """Return ``html`` reduced to the story-body allowlist: no scripts, styles, event
    handlers, iframes or non-http(s)/mailto links survive. Empty editor output becomes ""."""
    if not html:
        return ""
    cleaned = _cleaner.clean(html).strip()
    if cleaned in {"<p></p>", "<p><br></p>"}:
        return ""
    return cleaned
