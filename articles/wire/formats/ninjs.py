"""IPTC NINJS, news in JSON: one news object per file, in the 1.x shape (``headline``,
``byline``, ``body_html``/``body_text``, ``description_text``) or the 2.x one
(``headlines``, ``bylines``, ``bodies``, ``descriptions``, each a list of objects).

Read: ``uri`` (the wire id, required), ``version``, ``embargoed``, ``pubstatus`` (a
canceled or withheld story is refused), ``located`` (the dateline), ``copyrightholder``
(the credit) and ``provider``. Only ``type`` "text" (or none) is a story.
"""

import json

from articles.wire.formats.text import paragraphs_html
from articles.wire.item import CANCELED, WireItem, WireRefused, one_line, parse_moment, parse_version

MALFORMED = "it is not valid JSON ({error}, line {line}, column {column})"
TOO_DEEP = "it is not valid JSON (nested too deeply)"
NOT_AN_OBJECT = "it is JSON but not a NINJS news object (expected {{...}}, found {kind})"
NO_URI = "it has no “uri”, the wire's id for the story"
NOT_TEXT = "it is a NINJS {kind} item, not a text story"
KINDS = {list: "a list", str: "a string", int: "a number", float: "a number", bool: "true or false"}


def _first(values, *, role_first=("main", "summary", "")) -> dict:
    """The entry of a 2.x list to use: the one with the preferred role, else the first."""
    entries = [v for v in values if isinstance(v, dict)] if isinstance(values, list) else []
    for role in role_first:
        for entry in entries:
            if (entry.get("role") or "") == role:
                return entry
    return entries[0] if entries else {}


def _body(data: dict) -> str:
    if isinstance(data.get("body_html"), str) and data["body_html"].strip():
        return data["body_html"]
    if isinstance(data.get("body_text"), str) and data["body_text"].strip():
        return paragraphs_html(data["body_text"])
    bodies = (
        [b for b in data.get("bodies") or [] if isinstance(b, dict)]
        if isinstance(data.get("bodies"), list)
        else []
    )
    html = [b for b in bodies if "html" in str(b.get("contenttype") or "").lower()]
    if html and isinstance(html[0].get("value"), str):
        return html[0]["value"]
    if bodies and isinstance(bodies[0].get("value"), str):
        return paragraphs_html(bodies[0]["value"])
    return ""


def _named(value) -> str:
    if isinstance(value, dict):
        return one_line(value.get("name") or value.get("literal") or "")
    return one_line(value)


def read(filename: str, content: str) -> WireItem:
    try:
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        raise WireRefused(
            filename, MALFORMED.format(error=exc.msg, line=exc.lineno, column=exc.colno)
        ) from None
    except RecursionError:
        raise WireRefused(filename, TOO_DEEP) from None
    if not isinstance(data, dict):
        raise WireRefused(filename, NOT_AN_OBJECT.format(kind=KINDS.get(type(data), "null")))
    uri = data.get("uri") or data.get("guid")
    if not isinstance(uri, str) or not uri.strip():
        raise WireRefused(filename, NO_URI)
    kind = data.get("type") or "text"
    if kind != "text":
        raise WireRefused(filename, NOT_TEXT.format(kind=one_line(str(kind))[:40]))
    status = one_line(data.get("pubstatus")).lower()
    if status in ("canceled", "withheld"):
        raise WireRefused(filename, CANCELED.format(status=status))

    headline = data.get("headline")
    if not isinstance(headline, str):
        headline = _first(data.get("headlines")).get("value")
    dek = data.get("description_text")
    if not isinstance(dek, str):
        dek = _first(data.get("descriptions"), role_first=("summary", "")).get("value")
    byline = data.get("byline")
    if not isinstance(byline, str):
        byline = _first(data.get("bylines")).get("byline")
    rights = data.get("rightsinfo") if isinstance(data.get("rightsinfo"), dict) else {}
    credit = data.get("copyrightholder") or rights.get("copyrightholder") or ""
    return WireItem(
        filename=filename,
        format="ninjs",
        wire_id=uri.strip(),
        version=parse_version(filename, data.get("version")),
        headline=one_line(headline),
        body=_body(data),
        dek=one_line(dek),
        byline=one_line(byline),
        dateline=_named(data.get("located")),
        credit=_named(credit),
        provider=_named(data.get("provider")),
        embargoed_until=parse_moment(filename, "embargo time", data.get("embargoed")),
    )
