"""Factories for tests: build stories, people and quotes without fixtures."""

import importlib
import io

import factory
from django.apps import apps
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from articles import listings
from articles.models import (
    Article,
    ArticleAuthor,
    BudgetLine,
    Correction,
    Quote,
    RelatedLink,
    Section,
    Source,
)
from articles.roles import roles_grant


def image_file(name="photo.jpg", size=(64, 48), fmt="JPEG", color=(200, 60, 40)):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, fmt)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{fmt.lower()}")


def newsroom_group(name: str) -> Group:
    """The Journalists or Editors group. The data migration creates them; a transactional
    test flushes the database afterwards, so they are recreated the same way when missing."""
    group = Group.objects.filter(name=name).first()
    if group is None:
        migration = importlib.import_module("articles.migrations.0002_newsroom_groups")
        migration.create_groups(apps, None)
        for later in ("0006_public_record_changes", "0010_planning", "0011_wire_import"):
            roles_grant(apps, importlib.import_module(f"articles.migrations.{later}").GRANTS)
        group = Group.objects.get(name=name)
    return group


TEST_PASSWORD = "correct-horse-battery"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", TEST_PASSWORD)

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class JournalistFactory(UserFactory):
    is_staff = True

    @factory.post_generation
    def groups(obj, create, extracted, **kwargs):
        if create:
            obj.groups.add(newsroom_group("Journalists"))


class EditorFactory(UserFactory):
    is_staff = True

    @factory.post_generation
    def groups(obj, create, extracted, **kwargs):
        if create:
            obj.groups.add(newsroom_group("Editors"))


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Section {n}")
    slug = factory.LazyAttribute(lambda s: s.name.lower().replace(" ", "-"))


class ArticleFactory(factory.django.DjangoModelFactory):
    """A draft by default; ``PublishedArticleFactory`` for a live story."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    headline = factory.Sequence(lambda n: f"Council weighs budget plan, part {n}")
    slug = factory.Sequence(lambda n: f"council-weighs-budget-plan-{n}")
    dek = "The vote is expected next week."
    section = factory.SubFactory(SectionFactory)
    body = "<p>The council met on Tuesday.</p>"

    @factory.post_generation
    def authors(obj, create, extracted, **kwargs):
        if create and extracted:
            for order, user in enumerate(extracted):
                ArticleAuthor.objects.create(article=obj, author=user, order=order)

    @factory.post_generation
    def tags(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.tags.add(*extracted)


class PublishedArticleFactory(ArticleFactory):
    """A live published story, on its lists as the workflow's publishing leaves it; quotes
    made with ``QuoteFactory`` put it on their sources' lists. A test that changes a
    published story's tags or byline afterwards calls ``listings.list_stories`` itself."""

    status = Article.Status.PUBLISHED
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.LazyAttribute(lambda a: a.first_published_at)
    publication_date = factory.LazyAttribute(lambda a: timezone.localdate(a.first_published_at))

    @factory.post_generation
    def listed(obj, create, extracted, **kwargs):
        if create:
            listings.list_stories([obj.pk])


class ScheduledArticleFactory(ArticleFactory):
    status = Article.Status.SCHEDULED
    scheduled_at = factory.LazyFunction(lambda: timezone.now() + timezone.timedelta(days=1))


class WithdrawnArticleFactory(PublishedArticleFactory):
    status = Article.Status.WITHDRAWN
    withdrawn_at = factory.LazyFunction(timezone.now)
    withdrawn_reason = "Legal review."


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    name = factory.Sequence(lambda n: f"Dana Whitfield {n}")
    title = "Sheriff"
    organization = "Alameda County"
    phone = "+1 510 555 0100"
    email = factory.Sequence(lambda n: f"private{n}@example.org")
    notes = "Prefers calls after 6 pm. PRIVATE-NOTE"


class QuoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quote
        skip_postgeneration_save = True

    article = factory.SubFactory(ArticleFactory)
    source = factory.SubFactory(SourceFactory)
    text = "We will not cut patrols."
    order = factory.Sequence(lambda n: n)

    @factory.post_generation
    def listed(obj, create, extracted, **kwargs):
        if create:
            listings.list_stories([obj.article_id])


class RelatedLinkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RelatedLink

    article = factory.SubFactory(ArticleFactory)
    target_article = factory.SubFactory(PublishedArticleFactory)
    order = factory.Sequence(lambda n: n)


class ExternalLinkFactory(RelatedLinkFactory):
    target_article = None
    url = "https://www.example.org/report"
    title = "The auditor's full report"
    kicker = "Document"
    teaser = "Read the 84-page audit."


class CorrectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Correction

    article = factory.SubFactory(PublishedArticleFactory)
    text = "An earlier version misstated the budget total."


class WorkingCopyFactory(ArticleFactory):
    """Unpublished edits of a published story, on their own row pointing at the live one."""

    live_article = factory.SubFactory(PublishedArticleFactory)
    headline = factory.Sequence(lambda n: f"Unapproved rewrite of a published story, {n}")
    section = factory.LazyAttribute(lambda a: a.live_article.section)
    slug = factory.LazyAttribute(lambda a: a.live_article.slug)


class BudgetLineFactory(factory.django.DjangoModelFactory):
    """A planned story for today, an idea nobody is on yet; ``reporters=[...]`` to assign."""

    class Meta:
        model = BudgetLine
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"bridge-vote-{n}")
    description = "Council votes on the bridge rebuild."
    section = factory.SubFactory(SectionFactory)
    planned_date = factory.LazyFunction(timezone.localdate)

    @factory.post_generation
    def reporters(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.reporters.set(extracted)
