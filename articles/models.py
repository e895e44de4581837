"""The newsroom's data: stories, the people quoted in them, what they said, and the
related-articles box beside each story.

Editorial state (status, publish times, the live/working-copy link) is owned by
``articles.workflow``; those fields are ``editable=False`` so no form can set them.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.text import slugify
from django_prose_editor.fields import ProseEditorField
from taggit.managers import TaggableManager

from articles.addresses import address
from articles.images import WebImageField, validate_image_upload
from articles.sanitize import BODY_EXTENSIONS, sanitize_html

RELATED_LINK_NEEDS_ONE_TARGET = "Link either to a story or to a web address, not both."
RELATED_LINK_NO_TARGET = "Choose a story to link to, or give a web address."
RELATED_LINK_SELF = "A story cannot list itself among its related articles."
RELATED_LINK_SCHEME = "Only http:// and https:// addresses can be linked."
LEAD_IMAGE_ALT_REQUIRED = "Describe the image for readers who cannot see it."
RELATED_LINK_EXTERNAL_TITLE = "An external link needs a title."


class Section(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True)
    order = models.PositiveSmallIntegerField(default=0, help_text="Lower comes first in menus.")

    class Meta:
        ordering = ["order", "name", "id"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return address("articles:section", slug=self.slug)


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """Stories readers may see: live and published. Working copies, drafts, stories in
        review, scheduled stories (until the scheduler publishes them) and withdrawn ones
        never match."""
        return self.filter(status=Article.Status.PUBLISHED, live_article__isnull=True)

    def live(self):
        """Live rows, whatever their status: every story except the working copies that hold
        unpublished edits of a published story."""
        return self.filter(live_article__isnull=True)

    def authored_by(self, user):
        """Stories on whose byline the user stands."""
        return self.filter(authors=user)

    def overdue(self, now=None):
        """Scheduled stories whose publish time has passed without the scheduler running."""
        return self.filter(status=Article.Status.SCHEDULED, scheduled_at__lte=now or timezone.now())


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "in_review", "In review"
        SCHEDULED = "scheduled", "Scheduled"
        PUBLISHED = "published", "Published"
        WITHDRAWN = "withdrawn", "Withdrawn"

    headline = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=120,
        help_text="The story's address. Changing it after publication redirects the old one.",
    )
    kicker = models.CharField(
        max_length=60, blank=True, help_text="A word or two over the headline; the section's by default."
    )
    dek = models.CharField(
        "dek", max_length=300, blank=True, help_text="The one-sentence summary under the headline."
    )
    section = models.ForeignKey(Section, on_delete=models.PROTECT, related_name="articles")
    authors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="ArticleAuthor", related_name="bylined_articles"
    )
    byline_override = models.CharField(
        max_length=200,
        blank=True,
        help_text='Printed instead of the authors\' names, e.g. "From staff and wire reports".',
    )
    body = ProseEditorField(extensions=BODY_EXTENSIONS, sanitize=True, blank=True)
    lead_image = WebImageField(upload_to="lead/%Y/%m/", blank=True, validators=[validate_image_upload])
    lead_image_alt = models.CharField("alt text", max_length=300, blank=True)
    lead_image_caption = models.CharField("caption", max_length=500, blank=True)
    lead_image_credit = models.CharField("credit", max_length=200, blank=True)
    tags = TaggableManager(blank=True)
    is_featured = models.BooleanField(
        "featured", default=False, help_text="Editors' pick for the top of the home page."
    )

    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.DRAFT, editable=False, db_index=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    first_published_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_published_at = models.DateTimeField(null=True, blank=True, editable=False)
    scheduled_at = models.DateTimeField(null=True, blank=True, editable=False)
    withdrawn_at = models.DateTimeField(null=True, blank=True, editable=False)
    withdrawn_reason = models.TextField(blank=True, editable=False)
    publication_date = models.DateField(
        null=True, blank=True, editable=False, help_text="Local date of first publication, in the URL."
    )
    # Why the scheduler could not publish this story at its time, and when it last tried;
    # cleared when the story is published or taken off the schedule.
    publish_failure = models.TextField(blank=True, editable=False)
    publish_failed_at = models.DateTimeField(null=True, blank=True, editable=False)
    # A published story is never edited in place: its unpublished edits live on a working
    # copy that points here, and readers keep the live row until an editor approves them.
    live_article = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="working_copy",
        editable=False,
    )
    # Bumped on every save; a form posted with an older number is a stale save.
    edit_version = models.PositiveIntegerField(default=1, editable=False)
    last_edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-last_published_at", "-created_at", "-id"]
        permissions = [
            ("publish_article", "Can approve, schedule, publish and withdraw stories"),
            ("edit_any_article", "Can edit stories they do not author"),
            ("view_sourcing_report", "Can see the sourcing report"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["publication_date", "slug"],
                condition=Q(live_article__isnull=True, publication_date__isnull=False),
                name="article_slug_unique_per_publication_date",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-last_published_at"], name="article_status_pub_idx"),
            models.Index(fields=["section", "status", "-last_published_at"], name="article_section_pub_idx"),
            models.Index(fields=["status", "scheduled_at"], name="article_scheduled_idx"),
            # The related-articles box checks thousands of candidate ids against this, from
            # the index alone: is it published and live, and when was it published.
            models.Index(
                fields=["id", "last_published_at"],
                condition=Q(status="published", live_article__isnull=True),
                name="article_published_live_idx",
            ),
            # Section pages count and page through their published stories, newest first.
            models.Index(
                "section",
                F("last_published_at").desc(),
                condition=Q(status="published", live_article__isnull=True),
                name="article_section_live_idx",
            ),
            # The admin's story list pages through every story in this order.
            models.Index(
                F("last_published_at").desc(),
                F("created_at").desc(),
                F("id").desc(),
                name="article_admin_order_idx",
            ),
            # The admin's date hierarchy starts from the first and last creation times.
            models.Index(fields=["created_at"], name="article_created_idx"),
        ]

    def __str__(self):
        return self.headline

    def get_absolute_url(self):
        """The canonical, date-based address of a story that has been published."""
        live = self.live_article or self
        if live.publication_date is None:
            return address("articles:preview", pk=live.pk)
        d = live.publication_date
        return address(
            "articles:detail", year=d.year, month=f"{d.month:02d}", day=f"{d.day:02d}", slug=live.slug
        )

    @property
    def is_working_copy(self) -> bool:
        return self.live_article_id is not None

    @property
    def is_overdue(self) -> bool:
        return (
            self.status == self.Status.SCHEDULED
            and self.scheduled_at is not None
            and self.scheduled_at <= timezone.now()
        )

    @property
    def display_kicker(self) -> str:
        return self.kicker or self.section.name

    def clean(self):
        super().clean()
        errors = {}
        if self.lead_image and not self.lead_image_alt.strip():
            errors["lead_image_alt"] = ValidationError(LEAD_IMAGE_ALT_REQUIRED, code="alt_required")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # Whatever path a body takes into the database, it is cleaned here too.
        self.body = sanitize_html(self.body)
        if not self.slug:
            self.slug = slugify(self.headline)[:120] or "story"
        super().save(*args, **kwargs)


def person_name(user) -> str:
    """How the newsroom names a user to people: full name, else username."""
    return user.get_full_name() or user.get_username()


def author_url(user) -> str:
    """The public page of a byline author: their id and a slug of their name, never their
    login name, which stays out of public pages."""
    return address("articles:author", pk=user.pk, slug=slugify(person_name(user)) or "author")


class ArticleAuthor(models.Model):
    """One name on a story's byline, in byline order."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bylines")
    # Indexed with the story (below): a person's stories are read from that index alone.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="bylines", db_index=False
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["article", "author"], name="byline_author_once"),
        ]
        indexes = [
            # A journalist's own stories, which bound what they see in the admin, without
            # reading the bylines' rows: 20 ms to 4 ms for 28,000 stories of 1,000,000.
            models.Index(fields=["author", "article"], name="byline_author_story_idx"),
        ]

    def __str__(self):
        return person_name(self.author)

    @property
    def author_url(self) -> str:
        return author_url(self.author)


class ArticleRedirect(models.Model):
    """An old address of a published story whose slug changed; it redirects permanently."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="old_addresses")
    publication_date = models.DateField()
    slug = models.SlugField(max_length=120)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["publication_date", "slug"], name="article_redirect_unique"),
        ]

    def __str__(self):
        return f"{self.publication_date}/{self.slug} → {self.article_id}"


EDITOR_GUARDED_STATUSES = (Article.Status.PUBLISHED, Article.Status.SCHEDULED, Article.Status.IN_REVIEW)


class SourceQuerySet(models.QuerySet):
    def public(self):
        """Sources readers may see: those quoted in at least one published story."""
        # EXISTS stops at the first such quote (the source's quotes are indexed by source),
        # where a join read every quote of the source and made the sources distinct.
        quoted = Quote.objects.filter(
            source=models.OuterRef("pk"), article__in=Article.objects.published().values("pk")
        )
        return self.filter(models.Exists(quoted))

    def editor_guarded(self):
        """Sources whose public fields only an editor changes directly: those quoted in a
        story that is published, scheduled or in review (a working copy included). Readers
        see them now, or will without anyone looking at the story again; a journalist's
        change to their public fields waits for an editor (``SourceChange``)."""
        shown = Article.objects.filter(status__in=EDITOR_GUARDED_STATUSES).values("pk")
        return self.filter(quotes__article__in=shown).distinct()


class Source(models.Model):
    """A person, organization or document that the newsroom quotes.

    ``phone``, ``email`` and ``notes`` are private: they are shown in the admin to staff and
    nowhere else. Public code reads only ``PUBLIC_FIELDS``.
    """

    PUBLIC_FIELDS = ("id", "name", "slug", "title", "organization", "abbreviation", "kind", "description")

    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANIZATION = "organization", "Organization"
        DOCUMENT = "document", "Document"

    class Gender(models.TextChoices):
        WOMAN = "woman", "Woman"
        MAN = "man", "Man"
        NONBINARY = "nonbinary", "Non-binary"
        SELF_DESCRIBED = "self_described", "Self-described"
        DECLINED = "declined", "Prefers not to say"

    class Selection(models.TextChoices):
        NEWSMAKER = "newsmaker", "Newsmaker by role"
        REPORTER_CHOSEN = "reporter_chosen", "Chosen by the reporter"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    title = models.CharField(
        "title or role", max_length=200, blank=True, help_text="e.g. Sheriff, spokesperson"
    )
    organization = models.CharField(max_length=200, blank=True)
    abbreviation = models.CharField(
        max_length=20, blank=True, help_text="For organizations, the short name news copy uses, e.g. EPA."
    )
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.PERSON)
    description = models.TextField("public description", blank=True)

    phone = models.CharField(max_length=50, blank=True)
    email = models.EmailField(blank=True)
    notes = models.TextField(blank=True, help_text="Private to staff; never published.")

    # Self-identified, recorded only with the source's consent; never inferred.
    attributes_consent = models.BooleanField("consented to self-identified attributes", default=False)
    gender = models.CharField("gender (self-identified)", max_length=16, choices=Gender.choices, blank=True)
    gender_self_description = models.CharField(max_length=100, blank=True)
    selection = models.CharField(
        "how the source was chosen", max_length=16, choices=Selection.choices, blank=True
    )

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["name"], name="source_name_idx")]

    def __str__(self):
        if self.title or self.organization:
            return f"{self.name} ({', '.join(filter(None, [self.title, self.organization]))})"
        return self.name

    def get_absolute_url(self):
        return address("articles:source", slug=self.slug)

    def clean(self):
        super().clean()
        if not self.attributes_consent and (self.gender or self.selection):
            raise ValidationError({"attributes_consent": ATTRIBUTES_NEED_CONSENT}, code="consent_required")

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Source, self.name)
        super().save(*args, **kwargs)


ATTRIBUTES_NEED_CONSENT = "Self-identified attributes are recorded only with the source's consent."


def unique_slug(model, text: str, max_length: int = 200) -> str:
    """A slug for ``text`` not yet used by any row of ``model``."""
    base = slugify(text)[: max_length - 8] or "item"
    slug, n = base, 2
    while model.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def shorten_at_word(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[: limit + 1] else text[:limit]
    return cut.rstrip(" ,;:.—–-") + "…"


class Quote(models.Model):
    """Words a Source said, as they appear in a story."""

    class Obtained(models.TextChoices):
        SAID = "said", "said (public remarks)"
        TOLD_US = "told_us", "told the newsroom"
        INTERVIEW = "interview", "in an interview"
        STATEMENT = "statement", "in a statement"
        EMAIL = "email", "by email"
        HEARING = "hearing", "at a meeting or hearing"
        DOCUMENT = "document", "in a document or filing"
        SOCIAL = "social", "on social media"
        RELAYED = "relayed", "told another outlet, or reported by one"
        OTHER = "other", "other"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="quotes")
    text = models.TextField("quoted words")
    obtained = models.CharField(
        "how obtained", max_length=16, choices=Obtained.choices, default=Obtained.SAID
    )
    order = models.PositiveSmallIntegerField(default=0)
    is_pull_quote = models.BooleanField("pull quote", default=False)
    is_partial = models.BooleanField("partial quote", default=False)

    class Meta:
        ordering = ["order", "id"]
        indexes = [models.Index(fields=["source", "article"], name="quote_source_article_idx")]

    def __str__(self):
        return f"{self.source.name}: “{shorten_at_word(self.text, 60)}”"


class RelatedLink(models.Model):
    """An entry an editor put in the "Related articles" box beside a story: another story
    of ours, or an outside web page. An internal link's title, kicker and teaser default to
    the target story's headline, section and dek."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="related_links")
    target_article = models.ForeignKey(
        Article,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="linked_from",
        limit_choices_to={"live_article__isnull": True},
        verbose_name="story",
    )
    url = models.URLField("web address", max_length=500, blank=True)
    title = models.CharField(max_length=200, blank=True, help_text="The story's headline if left blank.")
    kicker = models.CharField(max_length=60, blank=True, help_text="The story's section if left blank.")
    teaser = models.CharField(max_length=300, blank=True, help_text="The story's dek if left blank.")
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(target_article__isnull=False) & Q(url=""))
                | (Q(target_article__isnull=True) & ~Q(url="")),
                name="related_link_exactly_one_target",
                violation_error_message=RELATED_LINK_NEEDS_ONE_TARGET,
            ),
            models.CheckConstraint(
                condition=~Q(target_article=F("article")),
                name="related_link_not_self",
                violation_error_message=RELATED_LINK_SELF,
            ),
            models.CheckConstraint(
                condition=Q(url="") | Q(url__istartswith="http://") | Q(url__istartswith="https://"),
                name="related_link_http_only",
                violation_error_message=RELATED_LINK_SCHEME,
            ),
        ]

    def __str__(self):
        return self.display_title

    @property
    def is_external(self) -> bool:
        return not self.target_article_id

    @property
    def display_title(self) -> str:
        if self.title or not self.target_article_id:
            return self.title
        return self.target_article.headline

    @property
    def display_kicker(self) -> str:
        if self.kicker or not self.target_article_id:
            return self.kicker
        return self.target_article.display_kicker

    @property
    def display_teaser(self) -> str:
        if self.teaser or not self.target_article_id:
            return self.teaser
        return self.target_article.dek

    @property
    def href(self) -> str:
        return self.url if self.is_external else self.target_article.get_absolute_url()

    def clean(self):
        super().clean()
        if self.target_article_id and self.url:
            raise ValidationError(RELATED_LINK_NEEDS_ONE_TARGET, code="both_targets")
        if not self.target_article_id and not self.url:
            raise ValidationError(RELATED_LINK_NO_TARGET, code="no_target")
        if self.url and not self.url.lower().startswith(("http://", "https://")):
            raise ValidationError({"url": RELATED_LINK_SCHEME}, code="scheme")
        if self.url and not self.title:
            raise ValidationError({"title": RELATED_LINK_EXTERNAL_TITLE}, code="title_required")
        if self.target_article_id and self.article_id:
            own = {self.article_id, self.article.live_article_id}
            if self.target_article_id in own:
                raise ValidationError({"target_article": RELATED_LINK_SELF}, code="self_link")


class RelatedStory(models.Model):
    """One story in another's stored related-articles fill, with its score (what the two
    share: ``articles.related.SOURCE_WEIGHT`` per quoted source, ``TAG_WEIGHT`` per tag).

    Written only by ``articles.related`` when stories are published, changed or withdrawn,
    so that a story page reads its box with one indexed query instead of scoring the archive.
    Rows may name a story readers can no longer see: the page reads them through
    ``published()`` again, so a withdrawn story leaves every box at once."""

    # No index of its own: the unique constraint on (article, related) serves reads by article.
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="related_stories", db_index=False
    )
    related = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    score = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "related"], name="related_story_unique"),
        ]
        # Which boxes a story is in, when it changes or leaves.
        indexes = [models.Index(fields=["related"], name="related_story_related_idx")]

    def __str__(self):
        return f"{self.article_id} → {self.related_id} ({self.score})"


class Listing(models.Model):
    """One published story on one list: the latest stories' (every published story, key 0),
    its section's, a tag's, a byline's author's or a quoted source's, with the time it was
    last published, the list's order.

    Written only by ``articles.listings`` in the transaction that changes what readers see,
    so that a list reads its page down one index and its length from ``ListingCount``
    instead of counting and sorting the archive. Lists read their stories through
    ``published()`` again, so a row left behind never shows a story readers may not see."""

    class Kind(models.IntegerChoices):
        SECTION = 1, "section"
        TAG = 2, "tag"
        AUTHOR = 3, "author"
        SOURCE = 4, "source"
        LATEST = 5, "latest"

    kind = models.PositiveSmallIntegerField(choices=Kind.choices)
    # The section's, tag's, person's or source's id (several tables, so no foreign key); 0
    # on the latest stories' list.
    key = models.BigIntegerField()
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="listings")
    published_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "key", "article"], name="listing_once"),
        ]
        indexes = [
            models.Index(fields=["kind", "key", "-published_at", "-article"], name="listing_order_idx"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.key}: {self.article_id}"


class ListingCount(models.Model):
    """How many published stories one list holds (the rows of ``Listing`` for its kind
    and key), kept by ``articles.listings`` with them."""

    kind = models.PositiveSmallIntegerField(choices=Listing.Kind.choices)
    key = models.BigIntegerField()
    # Not positive-only: a count gone wrong must not stop an editor publishing (rebuild mends it).
    stories = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "key"], name="listing_count_once"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.key}: {self.stories}"


class ArticleEvent(models.Model):
    """The audit trail: one row per editorial transition, written by ``articles.workflow``."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="events")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=32)
    from_status = models.CharField(max_length=16, blank=True)
    to_status = models.CharField(max_length=16, blank=True)
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.action}: {self.from_status} → {self.to_status}"


class Correction(models.Model):
    """A published correction: what was wrong, shown on the story and on /corrections/."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="corrections")
    text = models.TextField(help_text="What was wrong and what is right now.")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.text[:80]


class PreviewLink(models.Model):
    """A shareable, expiring, revocable link to preview one story without an account."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="preview_links")
    key = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"Preview of {self.article} until {self.expires_at:%Y-%m-%d %H:%M}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()


class SourceMerge(models.Model):
    """The record of a duplicate source merged into another: who, when and what moved."""

    kept = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="merges")
    merged_name = models.CharField(max_length=200)
    merged_data = models.JSONField(help_text="The merged record's fields, as they were.")
    quotes_moved = models.PositiveIntegerField(default=0)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.merged_name} → {self.kept.name}"


class SourceChangeQuerySet(models.QuerySet):
    def pending(self):
        """Proposals still waiting for an editor's decision."""
        return self.filter(decision=SourceChange.Decision.PENDING)


class SourceChange(models.Model):
    """A change to the public fields of a source readers see (``Source.objects.editor_guarded()``)
    and what became of it: proposed by a journalist and waiting for an editor, approved or
    rejected by one, replaced by the proposer's newer proposal, closed by a merge, or made
    directly by an editor. Written only by ``articles.workflow``; the rows are the log."""

    class Decision(models.TextChoices):
        PENDING = "pending", "Waiting for an editor"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"
        SUPERSEDED = "superseded", "Replaced by a newer proposal"
        APPLIED = "applied", "Made by an editor"

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="changes")
    proposed = models.JSONField(help_text="The public fields changed, with their new values.")
    previous = models.JSONField(help_text="The source's public fields when the change was proposed.")
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    decision = models.CharField(max_length=16, choices=Decision.choices, default=Decision.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    comment = models.TextField(blank=True)

    objects = SourceChangeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["decision", "created_at"], name="source_change_decision_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "proposed_by"],
                condition=Q(decision="pending"),
                name="source_change_one_pending_each",
            ),
        ]

    def __str__(self):
        return f"{self.source.name}: {', '.join(self.proposed)} ({self.get_decision_display().lower()})"

    @property
    def rows(self) -> list[tuple[str, str, str]]:
        """(field label, value before, value proposed) for each field the change touches."""
        rows = []
        for name, value in self.proposed.items():
            field = Source._meta.get_field(name)
            shown = dict(field.flatchoices) if field.choices else {}
            before = self.previous.get(name, "")
            rows.append(
                (str(field.verbose_name).capitalize(), shown.get(before, before), shown.get(value, value))
            )
        return rows


from articles.planning.models import BudgetLine, BudgetLineEvent  # noqa: E402, F401
from articles.wire.models import WireOrigin  # noqa: E402, F401
