"""Saved versions of stories, with django-reversion: recording, reading, comparing.

Rules:

* A story's version holds its own fields and, followed, its byline, tags, quotes and related
  links. Versions are recorded explicitly by ``articles.workflow`` after a save has written
  everything (inlines included), never by save signals half-way through a form.
* A working copy's versions belong to its story: when the copy is merged or discarded,
  its versions are moved onto the live row, so the story's history is never lost.
* Restoring reads only the fields a journalist can edit; status, publish times and the
  other editorial fields of an old version are never written back.
* A diff names a related link's story only if the reader of the diff may see that story;
  any other is ``HIDDEN_STORY``, with neither its headline nor its id.
"""

import difflib
import html
import re
from dataclasses import dataclass, field

import reversion
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils.html import strip_tags
from reversion.models import Version
from taggit.models import Tag

from articles.models import Article, ArticleAuthor, Quote, RelatedLink, Section, Source, person_name

HIDDEN_STORY = "A story you cannot open"

# The fields a version restores and a diff compares, in the order an editor reads them.
CONTENT_FIELDS = [
    "headline",
    "slug",
    "kicker",
    "dek",
    "section",
    "byline_override",
    "body",
    "lead_image",
    "lead_image_alt",
    "lead_image_caption",
    "lead_image_credit",
    "is_featured",
]

reversion.register(Article, follow=["bylines", "quotes", "related_links", "tags"])
reversion.register(ArticleAuthor)
reversion.register(Quote)
reversion.register(RelatedLink)
if not reversion.is_registered(Tag):
    reversion.register(Tag)


def article_record_version(*, article: Article, user, comment: str) -> None:
    """Record the story as it now stands in the database, with its related rows."""
    with reversion.create_revision(manage_manually=True):
        reversion.set_user(user)
        reversion.set_comment(comment[:200])
        reversion.add_to_revision(Article.objects.get(pk=article.pk))


def versions_for_article(article: Article):
    """The saved versions of a story, newest first, with who saved them."""
    return (
        Version.objects.get_for_object_reference(Article, article.pk)
        .select_related("revision__user")
        .order_by("-revision__date_created", "-pk")
    )


def version_of_article(article: Article, version_id) -> Version | None:
    """A saved version of this story (or of its working copy), or None."""
    story = article.live_article or article
    return (
        Version.objects.get_for_model(Article)
        .select_related("revision__user")
        .filter(pk=version_id, object_id__in={str(story.pk), str(article.pk)})
        .first()
    )


def move_versions(*, from_article: Article, to_article: Article) -> None:
    """Re-file a working copy's versions under its story."""
    Version.objects.get_for_object_reference(Article, from_article.pk).update(object_id=str(to_article.pk))


@dataclass
class VersionContent:
    """What a version of a story said: its fields and its related rows, readable."""

    fields: dict
    bylines: list = field(default_factory=list)  # user ids, in order
    tags: list = field(default_factory=list)  # tag names
    quotes: list = field(default_factory=list)  # dicts of Quote fields
    links: list = field(default_factory=list)  # dicts of RelatedLink fields


def _serialized_pk(version: Version) -> str:
    # The row a version was saved from: a working copy's versions keep the copy's pk in
    # their data after they have been re-filed under the live story.
    data = version._object_version.object
    return str(data.pk)


def version_content(version: Version) -> VersionContent:
    """Read a story's version and the related rows saved in the same revision."""
    field_dict = version.field_dict
    fields = {}
    for name in CONTENT_FIELDS:
        model_field = Article._meta.get_field(name)
        fields[name] = field_dict.get(model_field.attname)
    own_pk = _serialized_pk(version)
    content = VersionContent(fields=fields)
    related = version.revision.version_set.exclude(pk=version.pk)
    by_model = {}
    for related_version in related:
        by_model.setdefault(related_version.content_type_id, []).append(related_version)
    get_ct = ContentType.objects.get_for_model

    def own_rows(model):
        """The saved rows of ``model`` that belong to this story, in story order."""
        rows = [v.field_dict for v in by_model.get(get_ct(model).pk, [])]
        rows = [d for d in rows if str(d.get("article_id")) == own_pk]
        return sorted(rows, key=lambda d: (d.get("order", 0), d.get("id", 0)))

    content.bylines = [d["author_id"] for d in own_rows(ArticleAuthor)]
    content.tags = sorted(v.field_dict["name"] for v in by_model.get(get_ct(Tag).pk, []))
    content.quotes = own_rows(Quote)
    content.links = own_rows(RelatedLink)
    return content


def _body_lines(body: str) -> list[str]:
    text = re.sub(r"(?i)</(p|h[1-6]|li|blockquote)>|<br\s*/?>", "\n", body or "")
    return [line.strip() for line in html.unescape(strip_tags(text)).splitlines() if line.strip()]


def _readable(content: VersionContent, names: dict) -> dict[str, list[str]]:
    """The version as labelled lists of lines, as a person would compare them."""
    out = {}
    for name in CONTENT_FIELDS:
        value = content.fields[name]
        label = str(Article._meta.get_field(name).verbose_name).capitalize()
        if name == "body":
            out[label] = _body_lines(value)
        elif name == "section":
            out[label] = [names["sections"].get(value, f"#{value}")] if value else []
        elif name == "is_featured":
            out[label] = ["yes" if value else "no"]
        else:
            out[label] = [str(value)] if value not in (None, "") else []
    out["Byline"] = [names["users"].get(uid, f"user #{uid}") for uid in content.bylines]
    out["Tags"] = [", ".join(content.tags)] if content.tags else []
    out["Quotes"] = [
        f"{names['sources'].get(q.get('source_id'), 'unknown source')}: “{q.get('text', '')}”"
        for q in content.quotes
    ]
    out["Related links"] = [_link_line(link, names["articles"]) for link in content.links]
    return out


def _link_line(link: dict, headlines: dict) -> str:
    target = link.get("target_article_id")
    if not target:
        parts = [link.get("kicker"), link.get("title") or link.get("url"), link.get("url")]
    elif target in headlines:
        parts = [link.get("kicker"), link.get("title") or headlines[target], f"story #{target}"]
    else:
        parts = [link.get("kicker"), link.get("title"), HIDDEN_STORY]
    return " · ".join(filter(None, parts))


def _names_for(*contents: VersionContent, visible_stories) -> dict:
    user_ids = {uid for c in contents for uid in c.bylines}
    section_ids = {c.fields["section"] for c in contents if c.fields["section"]}
    source_ids = {q.get("source_id") for c in contents for q in c.quotes}
    article_ids = {
        q.get("target_article_id") for c in contents for q in c.links if q.get("target_article_id")
    }
    User = get_user_model()
    return {
        "users": {u.pk: person_name(u) for u in User.objects.filter(pk__in=user_ids)},
        "sections": dict(Section.objects.filter(pk__in=section_ids).values_list("pk", "name")),
        "sources": dict(Source.objects.filter(pk__in=source_ids).values_list("pk", "name")),
        "articles": dict(visible_stories.filter(pk__in=article_ids).values_list("pk", "headline")),
    }


@dataclass
class FieldDiff:
    label: str
    lines: list  # (kind, text): kind is " ", "-" or "+"
    # The body only: its paragraphs, as ``ParagraphDiff`` items (see ``paragraph_diff``).
    paragraphs: list = field(default_factory=list)


@dataclass
class ParagraphDiff:
    """One step through the body: ``kind`` is "same" (``count`` unchanged paragraphs,
    folded, in ``texts``), "changed" (``words``: (op, text) runs, op " ", "-" or "+"),
    "added" or "removed" (a whole paragraph, in ``words``)."""

    kind: str
    words: list = field(default_factory=list)
    texts: list = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.texts)


# Two paragraphs at the same place are one paragraph edited (shown word by word) when at
# least this share of their words is the same; below it, one was replaced by the other.
SAME_PARAGRAPH_RATIO = 0.4


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Runs of words kept (" "), deleted ("-") and inserted ("+") from ``old`` to ``new``."""
    a, b = old.split(), new.split()
    runs = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append((" ", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("-", " ".join(a[i1:i2])))
        if j2 > j1:
            runs.append(("+", " ".join(b[j1:j2])))
    return runs


def paragraph_diff(old: list[str], new: list[str]) -> list[ParagraphDiff]:
    """The body's paragraphs from ``old`` to ``new``: runs of unchanged paragraphs (to fold),
    paragraphs edited (word by word), added and removed."""
    steps = []

    def same(texts):
        if steps and steps[-1].kind == "same":
            steps[-1].texts.extend(texts)
        elif texts:
            steps.append(ParagraphDiff("same", texts=list(texts)))

    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            same(old[i1:i2])
            continue
        olds, news = old[i1:i2], new[j1:j2]
        for n in range(max(len(olds), len(news))):
            before = olds[n] if n < len(olds) else None
            after = news[n] if n < len(news) else None
            if before is not None and after is not None:
                ratio = difflib.SequenceMatcher(a=before.split(), b=after.split(), autojunk=False).ratio()
                if ratio >= SAME_PARAGRAPH_RATIO:
                    steps.append(ParagraphDiff("changed", words=word_diff(before, after)))
                    continue
            if before is not None:
                steps.append(ParagraphDiff("removed", words=[("-", before)]))
            if after is not None:
                steps.append(ParagraphDiff("added", words=[("+", after)]))
    return steps


BODY_LABEL = str(Article._meta.get_field("body").verbose_name).capitalize()


def diff_versions(older: Version, newer: Version, *, visible_stories) -> list[FieldDiff]:
    """What changed from ``older`` to ``newer``, field by field, as removed/added lines;
    the body also paragraph by paragraph, with the words changed inside each paragraph.
    Unchanged fields are left out. Related links name only the stories of
    ``visible_stories`` (the reader's ``articles_visible_to``)."""
    a, b = version_content(older), version_content(newer)
    names = _names_for(a, b, visible_stories=visible_stories)
    left, right = _readable(a, names), _readable(b, names)
    diffs = []
    for label in left:
        if left[label] == right[label]:
            continue
        lines = []
        for line in difflib.ndiff(left[label], right[label]):
            kind, text = line[0], line[2:]
            if kind in " -+":
                lines.append((kind, text))
        diff = FieldDiff(label=label, lines=lines)
        if label == BODY_LABEL:
            diff.paragraphs = paragraph_diff(left[label], right[label])
        diffs.append(diff)
    return diffs
