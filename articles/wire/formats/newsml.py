"""NewsML-G2: one ``newsItem`` per file (alone, or the only item of a ``newsMessage``).

Read: the item's ``guid`` (the wire id) and ``version``; from ``itemMeta`` the provider,
``pubStatus`` (a canceled or withheld story is refused) and ``embargoed``; from
``contentMeta`` the headline, the summary description, ``by``, ``dateline`` and
``creditline``; the body from the ``contentSet``: XHTML in ``inlineXML``, or plain text in
``inlineData``.

The file is parsed with defusedxml: a document that declares entities (the "billion
laughs" expansion, external entities that would read files or fetch addresses) or refers
to an outside DTD is refused before anything in it is used.
"""

import xml.etree.ElementTree as ET

from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser

from articles.wire.formats.text import paragraphs_html
from articles.wire.item import CANCELED, WireItem, WireRefused, one_line, parse_moment, parse_version

G2 = "{http://iptc.org/std/nar/2006-10-01/}"
XHTML = "{http://www.w3.org/1999/xhtml}"

MALFORMED = "it is not well-formed XML ({error})"
ENTITIES = (
    "it declares an XML entity (“{name}”); entity declarations are refused, since they can expand "
    "to gigabytes or read files from the server"
)
EXTERNAL = "it refers to an outside file or address (“{ref}”); external references in XML are refused"
DTD = "it has a document type declaration; NewsML-G2 files have none, and it is refused"
NOT_NEWSML = "it is XML but not a NewsML-G2 news item (its root element is <{root}>)"
MESSAGE_ITEMS = "it is a NewsML-G2 news message holding {count} news items; send one item per file"
NO_GUID = "its newsItem has no guid, the wire's id for the story"
NOT_TEXT = "it is a NewsML-G2 {kind} item, not a text story"
NO_CONTENT = "its contentSet holds neither inlineXML nor inlineData"


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class _Parser(DefusedXMLParser):
    """defusedxml's parser, telling the attacks apart: an outside DTD is an external
    reference, an entity declaration is refused as one, and any other DTD after parsing."""

    def __init__(self):
        super().__init__(forbid_dtd=True, forbid_entities=True, forbid_external=True)
        self.doctype = None

    def defused_start_doctype_decl(self, name, sysid, pubid, has_internal_subset):
        if sysid or pubid:
            raise ExternalReferenceForbidden(None, None, sysid, pubid)
        self.doctype = name


def _parse(filename: str, data: bytes) -> ET.Element:
    parser = _Parser()
    try:
        parser.feed(data)
        root = parser.close()
    except EntitiesForbidden as exc:
        raise WireRefused(filename, ENTITIES.format(name=exc.name)) from None
    except ExternalReferenceForbidden as exc:
        raise WireRefused(filename, EXTERNAL.format(ref=exc.sysid or exc.pubid or "")) from None
    except DefusedXmlException as exc:
        raise WireRefused(filename, MALFORMED.format(error=type(exc).__name__)) from None
    except ET.ParseError as exc:
        raise WireRefused(filename, MALFORMED.format(error=str(exc))) from None
    if parser.doctype is not None:
        raise WireRefused(filename, DTD)
    return root


def _text(element) -> str:
    return one_line("".join(element.itertext())) if element is not None else ""


def _xhtml(element: ET.Element) -> str:
    """The children of an XHTML body as HTML text, namespaces dropped."""
    for node in element.iter():
        node.tag = _local(node.tag)
        node.attrib = {_local(k): v for k, v in node.attrib.items()}
    html = [ET.tostring(child, encoding="unicode", method="html") for child in element]
    return (element.text or "") + "".join(html)


def _body(filename: str, item: ET.Element) -> str:
    content_set = item.find(f"{G2}contentSet")
    if content_set is None:
        raise WireRefused(filename, NO_CONTENT)
    inline = content_set.find(f"{G2}inlineXML")
    if inline is not None:
        body = inline.find(f".//{XHTML}body")
        if body is None:
            body = next(iter(inline), None)
        return _xhtml(body) if body is not None else ""
    data = content_set.find(f"{G2}inlineData")
    if data is not None:
        return paragraphs_html(data.text or "")
    raise WireRefused(filename, NO_CONTENT)


def read(filename: str, data: bytes) -> WireItem:
    root = _parse(filename, data)
    if root.tag == f"{G2}newsMessage":
        items = root.findall(f"{G2}itemSet/{G2}newsItem")
        if len(items) != 1:
            raise WireRefused(filename, MESSAGE_ITEMS.format(count=len(items)))
        root = items[0]
    if root.tag != f"{G2}newsItem":
        raise WireRefused(filename, NOT_NEWSML.format(root=_local(root.tag) or "?"))
    guid = (root.get("guid") or "").strip()
    if not guid:
        raise WireRefused(filename, NO_GUID)
    meta = root.find(f"{G2}itemMeta")
    meta = meta if meta is not None else ET.Element("itemMeta")
    item_class = meta.find(f"{G2}itemClass")
    kind = (item_class.get("qcode") or "") if item_class is not None else ""
    if kind and kind.rsplit(":", 1)[-1] != "text":
        raise WireRefused(filename, NOT_TEXT.format(kind=one_line(kind)[:40]))
    status = meta.find(f"{G2}pubStatus")
    status = (status.get("qcode") or "").rsplit(":", 1)[-1].lower() if status is not None else ""
    if status in ("canceled", "withheld"):
        raise WireRefused(filename, CANCELED.format(status=status))
    provider = meta.find(f"{G2}provider")
    provider = (
        one_line(provider.get("literal") or provider.get("qcode") or "") if provider is not None else ""
    )
    embargo = meta.find(f"{G2}embargoed")

    content = root.find(f"{G2}contentMeta")
    content = content if content is not None else ET.Element("contentMeta")
    descriptions = content.findall(f"{G2}description")
    summary = next(
        (d for d in descriptions if (d.get("role") or "").endswith("summary")),
        descriptions[0] if descriptions else None,
    )
    return WireItem(
        filename=filename,
        format="newsml",
        wire_id=guid,
        version=parse_version(filename, root.get("version")),
        headline=_text(content.find(f"{G2}headline")),
        body=_body(filename, root),
        dek=_text(summary),
        byline=_text(content.find(f"{G2}by")),
        dateline=_text(content.find(f"{G2}dateline")),
        credit=_text(content.find(f"{G2}creditline")),
        provider=provider,
        embargoed_until=parse_moment(filename, "embargo time", embargo.text if embargo is not None else None),
    )
