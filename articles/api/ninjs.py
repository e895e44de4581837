"""A published story as an IPTC NINJS 2.1 document ("News in JSON"), for syndication.

The mapping, from what the API shows of the story (``reads.story_detail``), public
fields only:

* ``uri`` the story's API address (its stable identifier), ``type`` text, ``version`` its
  revision, ``firstcreated`` / ``versioncreated`` its first publication and latest
  republication or correction, ``pubstatus`` usable (withdrawn stories are gone, never
  served as ``canceled``: a partner learns of a withdrawal from the ``410``);
* ``headlines`` (main), ``descriptions`` (the dek, as summary), ``bodies`` (the sanitized
  HTML, with its character and word counts), ``by`` (the printed byline);
* ``people``: the authors (``rel`` author) and the people quoted (``rel`` quoted);
  ``organisations``: the organizations and documents quoted; each with the address of
  their page;
* ``subjects``: the section (``rel`` section) and the tags (``rel`` about);
* ``associations``: the lead image (``featureimage``, a picture with its alt text,
  caption, credit and renditions) and the related-articles box (``related1`` …);
* ``renditions``: the story's web page; ``ednote``: the corrections, newest first;
  ``copyrightholder``: the paper.
"""

from django.conf import settings
from django.utils.html import strip_tags

NINJS_VERSION = "2.1"
NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json"
CONTENT_TYPE = "application/json; charset=utf-8"


def _when(moment) -> str:
    return moment.isoformat()


def _language() -> str:
    language, _, region = settings.LANGUAGE_CODE.partition("-")
    return f"{language}-{region.upper()}" if region else language


def _picture(image: dict) -> dict:
    renditions = [{"name": "original", "href": image["url"]}]
    for rendition in image["renditions"]:
        entry = {
            "name": rendition["name"],
            "href": rendition["url"],
            "width": rendition["width"],
            "height": rendition["height"],
        }
        if rendition["content_type"]:
            entry["contenttype"] = rendition["content_type"]
        renditions.append(entry)
    picture = {
        "name": "featureimage",
        "uri": image["url"],
        "type": "picture",
        "renditions": renditions,
        "descriptions": [{"role": "alt", "value": image["alt"]}],
    }
    if image["caption"]:
        picture["descriptions"].append({"role": "caption", "value": image["caption"]})
    if image["credit"]:
        picture["by"] = image["credit"]
    return picture


def _related(number: int, item: dict) -> dict:
    related = {
        "name": f"related{number}",
        "uri": item["api_url"] or item["url"],
        "type": "text",
        "headlines": [{"role": "main", "value": item["title"]}],
        "renditions": [{"name": "web", "href": item["url"], "contenttype": "text/html"}],
    }
    if item["teaser"]:
        related["descriptions"] = [{"role": "summary", "value": item["teaser"]}]
    return related


def story_ninjs(story: dict) -> dict:
    """The NINJS document of ``story`` (as ``reads.story_detail`` returns it)."""
    text = strip_tags(story["body"])
    document = {
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA},
        "uri": story["api_url"],
        "type": "text",
        "representationtype": "full",
        "profile": "text-photo" if story["lead_image"] else "text-only",
        "version": str(story["revision"]),
        "firstcreated": _when(story["published_at"]),
        "versioncreated": _when(story["updated_at"] or story["published_at"]),
        "pubstatus": "usable",
        "language": _language(),
        "copyrightholder": settings.SITE_NAME,
        "headlines": [{"role": "main", "value": story["headline"]}],
        "bodies": [
            {
                "role": "main",
                "contenttype": "text/html",
                "charcount": len(text),
                "wordcount": len(text.split()),
                "value": story["body"],
            }
        ],
        "renditions": [{"name": "web", "href": story["url"], "contenttype": "text/html"}],
        "altids": [{"role": "story-id", "value": str(story["id"])}],
    }
    if story["dek"]:
        document["descriptions"] = [{"role": "summary", "contenttype": "text/plain", "value": story["dek"]}]
    if story["byline"]:
        document["by"] = story["byline"]

    people = [{"name": a["name"], "rel": "author", "uri": a["url"]} for a in story["authors"]]
    organisations, seen = [], set()
    for quote in story["quotes"]:
        source = quote["source"]
        if source["id"] in seen:
            continue
        seen.add(source["id"])
        entry = {"name": source["name"], "rel": "quoted", "uri": source["url"], "literal": source["slug"]}
        (people if source["kind"] == "person" else organisations).append(entry)
    if people:
        document["people"] = people
    if organisations:
        document["organisations"] = organisations

    section = story["section"]
    document["subjects"] = [
        {"name": section["name"], "rel": "section", "uri": section["url"], "literal": section["slug"]},
        *({"name": t["name"], "rel": "about", "uri": t["url"], "literal": t["slug"]} for t in story["tags"]),
    ]

    associations = []
    if story["lead_image"]:
        associations.append(_picture(story["lead_image"]))
    associations.extend(_related(number, item) for number, item in enumerate(story["related"], start=1))
    if associations:
        document["associations"] = associations
    if story["corrections"]:
        document["ednote"] = "\n".join(
            f"Correction, {_when(c['created_at'])}: {c['text']}" for c in story["corrections"]
        )
    return document
