"""Load the demo newsroom into the database, the way a newsroom would have made it.

Rules:

* Everything is matched by slug or username, and only what is missing is created: a second
  run changes nothing. A story that exists (whatever became of it since) is left alone.
* Stories are written by their first byline author and moved through the workflow with
  ``articles.workflow``: submitted by the author, approved (published or scheduled) and
  corrected by the demo editor, so every quote passes the same gate as in the admin.
* The demo has a past: its stories were published over the last two weeks. The workflow
  publishes them now, so afterwards their publish times, and the audit rows and versions
  each step wrote, are moved back to when the story says they happened.
* It all happens in one transaction; if anything fails, nothing is left half-loaded.
"""

from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Max
from django.test.utils import override_settings
from django.utils import timezone
from reversion.models import Revision

from articles import listings
from articles.models import (
    Article,
    ArticleAuthor,
    ArticleEvent,
    Correction,
    Quote,
    RelatedLink,
    Section,
    Source,
)
from articles.workflow import (
    article_approve,
    article_publish_correction,
    article_save,
    article_saved,
    article_start_edit,
    article_submit,
)

from .artwork import MOTIFS, artwork_jpeg
from .budget import budget_load
from .people import EDITOR, SOURCE_ATTRIBUTES, SOURCES, STAFF, DemoAccount
from .spec import DemoStory, body_parse
from .stories import SECTIONS, STORIES

MISSING_GROUP = "The {group} group is missing; run `python manage.py migrate` first."
BAD_CONTENT = "Demo story {slug!r}: {problem}"
IMAGE_CREDIT = "Illustration: The Chronicle"


class DemoError(Exception):
    """The demo cannot be loaded as written, or not into this database."""


# How long after publication the demo's correction was published.
CORRECTION_DELAY = timedelta(hours=20)


@dataclass
class DemoLoadResult:
    """What one run created (zero everywhere when the demo was already loaded)."""

    created: Counter = field(default_factory=Counter)
    statuses: Counter = field(default_factory=Counter)
    accounts: list[tuple[DemoAccount, bool]] = field(default_factory=list)

    @property
    def already_loaded(self) -> bool:
        return not any(self.created.values())


def demo_load(*, now: datetime | None = None) -> DemoLoadResult:
    """Create whatever part of the demo newsroom is missing; see the module's rules."""
    now = now or timezone.now()
    plans = _plans()
    stored_files: list[str] = []
    result = DemoLoadResult()
    try:
        # The demo's history is not news: its emails go nowhere.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
            with transaction.atomic():
                _load(plans, now, result, stored_files)
    except BaseException:
        for name in stored_files:
            default_storage.delete(name)
        raise
    return result


@dataclass
class _Plan:
    story: DemoStory
    html: str
    quotes: list
    published_at: datetime | None = None


def _plans() -> list[_Plan]:
    """Parse and check every story before anything is written."""
    staff = {account.username for account in STAFF}
    sources = {source.slug for source in SOURCES}
    slugs = {story.slug for story in STORIES}
    sections = {slug for slug, _, _ in SECTIONS}
    plans = []
    for story in STORIES:

        def problem(text, story=story):
            return DemoError(BAD_CONTENT.format(slug=story.slug, problem=text))

        try:
            parsed = body_parse(story.body)
        except ValueError as exc:
            raise problem(str(exc)) from exc
        if story.section not in sections:
            raise problem(f"unknown section {story.section!r}")
        if not story.authors or set(story.authors) - staff:
            raise problem(f"unknown authors {sorted(set(story.authors) - staff)}")
        unknown = {quote.source for quote in parsed.quotes} - sources
        if unknown:
            raise problem(f"quotes unknown sources {sorted(unknown)}")
        if {link.story for link in story.links if link.story} - slugs:
            raise problem("links to a story that is not in the demo")
        if story.image and story.image.motif not in MOTIFS:
            raise problem(f"no drawing called {story.image.motif!r}")
        if story.status not in {"draft", "in_review", "scheduled", "published"}:
            raise problem(f"unknown status {story.status!r}")
        html = parsed.html
        if story.erratum:
            wrong, right = story.erratum
            if right not in html:
                raise problem(f"the corrected words {right!r} are not in the body")
            html = html.replace(right, wrong)
        plans.append(_Plan(story=story, html=html, quotes=parsed.quotes))
    return plans


def _load(plans: list[_Plan], now: datetime, result: DemoLoadResult, stored_files: list[str]) -> None:
    sections = _sections(result)
    users = _accounts(result)
    sources = _sources(result)
    existing = set(
        Article.objects.live().filter(slug__in=[p.story.slug for p in plans]).values_list("slug", flat=True)
    )
    new = [plan for plan in plans if plan.story.slug not in existing]
    articles = {}
    for plan in new:
        articles[plan.story.slug] = _write(plan, now, sections, users, sources, result, stored_files)
    live = {a.slug: a for a in Article.objects.live().filter(slug__in=[p.story.slug for p in plans])}
    editor = users[EDITOR.username]
    for plan in new:
        article = articles[plan.story.slug]
        _link(article, plan.story, live, result)
        author = users[plan.story.authors[0]]
        with _happened_at(_created_at(plan, now)):
            article_saved(article=article, user=author, comment="First draft")
        _advance(article, plan, now, author, editor, result)
        Article.objects.filter(pk=article.pk).update(created_at=_created_at(plan, now))
    budget_load(now=now, sections=sections, users=users, editor=editor, result=result)


def _sections(result: DemoLoadResult) -> dict[str, Section]:
    sections = {}
    for order, (slug, name, description) in enumerate(SECTIONS, start=1):
        section, created = Section.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description, "order": order}
        )
        sections[slug] = section
        result.created["sections"] += created
    return sections


def _accounts(result: DemoLoadResult) -> dict:
    User = get_user_model()
    users = {}
    for account in STAFF:
        try:
            group = Group.objects.get(name=account.group)
        except Group.DoesNotExist:
            raise DemoError(MISSING_GROUP.format(group=account.group)) from None
        user, created = User.objects.get_or_create(
            username=account.username,
            defaults={
                "first_name": account.first_name,
                "last_name": account.last_name,
                "email": f"{account.first_name}.{account.last_name}@example.org".lower(),
                "is_staff": bool(account.password),
            },
        )
        if created:
            if account.password:
                user.set_password(account.password)
            else:
                user.set_unusable_password()
            user.save()
            user.groups.add(group)
        users[account.username] = user
        result.created["accounts"] += created
        if account.password:
            result.accounts.append((account, created))
    return users


def _sources(result: DemoLoadResult) -> dict[str, Source]:
    sources = {}
    for spec in SOURCES:
        fields = {name: getattr(spec, name) for name in spec.__dataclass_fields__ if name != "slug"}
        fields.update(SOURCE_ATTRIBUTES.get(spec.slug, {}))
        source, created = Source.objects.get_or_create(slug=spec.slug, defaults=fields)
        sources[spec.slug] = source
        result.created["sources"] += created
    return sources


def _write(plan, now, sections, users, sources, result, stored_files) -> Article:
    """The story as its author saved it: a draft with its byline, tags, image and quotes."""
    story = plan.story
    author = users[story.authors[0]]
    article = Article(
        headline=story.headline,
        slug=story.slug,
        kicker=story.kicker,
        dek=story.dek,
        section=sections[story.section],
        byline_override=story.byline_override,
        body=plan.html,
        is_featured=story.featured,
    )
    if story.image:
        article.lead_image.save(
            f"{story.slug}.jpg", ContentFile(artwork_jpeg(story.image, seed=story.slug)), save=False
        )
        stored_files.append(article.lead_image.name)
        article.lead_image_alt = story.image.alt
        article.lead_image_caption = story.image.caption
        article.lead_image_credit = IMAGE_CREDIT
        result.created["images"] += 1
    article.full_clean(validate_unique=False, validate_constraints=False)
    with _happened_at(_created_at(plan, now)):
        article_save(article=article, user=author)
    ArticleAuthor.objects.bulk_create(
        ArticleAuthor(article=article, author=users[username], order=order)
        for order, username in enumerate(story.authors)
    )
    article.tags.add(*story.tags)
    Quote.objects.bulk_create(
        Quote(
            article=article,
            source=sources[quote.source],
            text=quote.text,
            obtained=quote.obtained,
            order=order,
            is_pull_quote=quote.is_pull_quote,
            is_partial=quote.is_partial,
        )
        for order, quote in enumerate(plan.quotes, start=1)
    )
    result.created["stories"] += 1
    result.created["quotes"] += len(plan.quotes)
    result.statuses[story.status] += 1
    return article


def _link(article: Article, story: DemoStory, live: dict[str, Article], result: DemoLoadResult) -> None:
    for order, spec in enumerate(story.links, start=1):
        target = live.get(spec.story) if spec.story else None
        if spec.story and target is None:
            continue
        link = RelatedLink(
            article=article,
            target_article=target,
            url=spec.url,
            title=spec.title,
            kicker=spec.kicker,
            teaser=spec.teaser,
            order=order,
        )
        link.full_clean()
        link.save()
        result.created["links"] += 1


def _advance(article, plan, now, author, editor, result) -> None:
    """Take the draft to its demo state through the workflow, at its moments in the past."""
    story = plan.story
    if story.status == "draft":
        return
    if story.status == "in_review":
        with _happened_at(now - timedelta(hours=3)):
            article_submit(article=article, user=author, note=story.review_note)
        return
    if story.status == "scheduled":
        with _happened_at(now - timedelta(hours=5)):
            article_submit(article=article, user=author, note=story.review_note)
        with _happened_at(now - timedelta(hours=1)):
            article_approve(article=article, user=editor, publish_at=_local(now, story.day, story.time))
        return
    published_at = min(_local(now, -story.day, story.time), now - timedelta(minutes=30))
    with _happened_at(published_at - timedelta(hours=2)):
        article_submit(article=article, user=author, note=story.review_note)
    with _happened_at(published_at):
        article = article_approve(article=article, user=editor)
    last_change = published_at
    if story.correction:
        last_change = min(published_at + CORRECTION_DELAY, now - timedelta(minutes=10))
        with _happened_at(last_change):
            _correct(article, story, editor)
        result.created["corrections"] += 1
    # Demo history: the workflow published the story just now; it was published back then.
    Article.objects.filter(pk=article.pk).update(
        first_published_at=published_at,
        last_published_at=last_change,
        publication_date=timezone.localdate(published_at),
        updated_at=last_change,
    )
    listings.list_stories([article.pk])


def _correct(article: Article, story: DemoStory, editor) -> None:
    """Fix the error in a working copy and publish it with the correction, as an editor does."""
    if not story.erratum:
        article_publish_correction(article=article, user=editor, text=story.correction)
        return
    wrong, right = story.erratum
    copy = article_start_edit(article=article, user=editor)
    copy.body = copy.body.replace(wrong, right)
    article_save(article=copy, user=editor, expected_version=copy.edit_version)
    article_saved(article=copy, user=editor, comment="Corrected the period the audit covers")
    article_publish_correction(article=copy, user=editor, text=story.correction)


def _local(now: datetime, days: int, clock: str) -> datetime:
    """``days`` from today (local time) at ``clock`` (HH:MM)."""
    hour, minute = (int(part) for part in clock.split(":"))
    day = timezone.localdate(now) + timedelta(days=days)
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def _created_at(plan: _Plan, now: datetime) -> datetime:
    story = plan.story
    if story.status == "published":
        return min(_local(now, -story.day, story.time), now - timedelta(minutes=30)) - timedelta(hours=6)
    if story.status == "draft":
        return now - timedelta(hours=4)
    return now - timedelta(days=1)


@contextmanager
def _happened_at(moment: datetime):
    """Date the audit rows, versions and corrections written inside the block at ``moment``."""
    marks = {model: model.objects.aggregate(last=Max("pk"))["last"] or 0 for model in _DATED}
    yield
    for model, column in _DATED.items():
        model.objects.filter(pk__gt=marks[model]).update(**{column: moment})


_DATED = {ArticleEvent: "created_at", Revision: "date_created", Correction: "created_at"}
