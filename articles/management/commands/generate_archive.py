"""Generate a synthetic archive of published stories, for measuring the site at scale.

This is a test-data generator, not an editorial tool. It writes published rows, their
publish times and publication dates directly with bulk inserts instead of going through
``articles.workflow``: it produces a snapshot of an archive as if years of stories had been
approved, so it writes no audit events. It sends ``public_content_changed`` once, at the end,
so that page caches forget the pages that predate the new stories, and works out every
story's related-articles box (printing progress with an estimate of the time left; -v0 for none).
Never run it against a newsroom's real database.

By default each story has 3 to 5 tags from a vocabulary of 500, 8 quotes from a pool of
sources, and 3 curated related links, about nine in ten to earlier stories and the rest to
outside pages. Stories are spread over the years up to ``--end-date`` (6 pm that day) or up
to now, oldest first, never in the future. The same ``--seed`` and a past ``--end-date`` on
an empty database give the same archive.
"""

import datetime
import itertools
import random
import time
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.contrib.auth.models import Group, User
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag, TaggedItem

from articles.listings import rebuild as rebuild_listings
from articles.models import (
    Article,
    ArticleAuthor,
    Listing,
    ListingCount,
    Quote,
    RelatedLink,
    RelatedStory,
    Section,
    Source,
)
from articles.related import related_rebuild_all
from articles.signals import public_content_changed


def listed(text: str) -> list[str]:
    """The comma-separated entries of ``text``, in order."""
    return [entry.strip() for entry in text.split(",") if entry.strip()]


SECTIONS = [
    ("News", "news", 30),
    ("Local", "local", 20),
    ("Politics", "politics", 14),
    ("Business", "business", 10),
    ("Education", "education", 8),
    ("Health", "health", 7),
    ("Environment", "environment", 6),
    ("Sports", "sports", 5),
]
TOPICS = listed(
    """
    housing, rent control, transit, bike lanes, wildfire, drought, flooding, sea level rise,
    school board, teacher contracts, charter schools, police budget, homelessness, public health,
    vaccines, hospital staffing, minimum wage, tech layoffs, small business, downtown recovery,
    port expansion, airport noise, water rates, power outages, solar, recycling, air quality,
    parks, libraries, public art, elections, redistricting, campaign finance, city budget,
    pensions, taxes, tourism, restaurants, high school sports, stadium deal, immigration, courts,
    jail conditions, fentanyl, gun violence, traffic safety, ferries, bridges, zoning,
    affordable housing
    """
)
PLACES = listed(
    """
    Oakland, Berkeley, Alameda, Fremont, Hayward, Richmond, San Leandro, Emeryville, Albany,
    Piedmont, Union City, Newark
    """
)
FIRST_NAMES = listed(
    """
    Ana, Ben, Carla, Dev, Elena, Farid, Grace, Hector, Ines, Jamal, Keiko, Luis, Maya, Nadia, Omar,
    Priya, Quinn, Rosa, Sam, Tariq, Uma, Victor, Wen, Ximena, Yusuf, Zoe, Aaron, Bea, Chen,
    Dolores, Emeka, Fatima, Gus, Hana, Ivan, Joy, Kofi, Lena, Marco, Noor
    """
)
LAST_NAMES = listed(
    """
    Alvarez, Brooks, Castillo, Dang, Ellis, Fong, Garcia, Hughes, Ibrahim, Jensen, Kim, Lopez,
    Morales, Nguyen, Okafor, Patel, Quintero, Reyes, Singh, Tran, Ueda, Vargas, Walker, Xu, Yamada,
    Zamora, Abbott, Baptiste, Cohen, Diaz, Eriksen, Flores, Gupta, Hernandez, Ito, Johnson, Khan,
    Lee, Mendoza, Novak, Ortiz, Park, Rivera, Sato, Torres, Usman, Vega, Wong, Young, Zhang
    """
)
ROLES = [
    ("Mayor", "City of {place}"),
    ("Council member", "{place} City Council"),
    ("Spokesperson", "{place} Police Department"),
    ("Superintendent", "{place} Unified School District"),
    ("Director", "{place} Tenants Union"),
    ("Economist", "University of California"),
    ("Owner", "a {place} bakery"),
    ("Resident", ""),
    ("Nurse", "{place} Medical Center"),
    ("Chief", "{place} Fire Department"),
    ("Organizer", "{place} Transit Riders"),
    ("Professor", "Cal State East Bay"),
    ("President", "{place} Chamber of Commerce"),
]
VERBS = ["approves", "rejects", "delays", "debates", "weighs", "expands", "cuts", "revisits", "backs"]
NOUNS = ["council", "school board", "planning commission", "water district", "transit agency", "county"]
HEADLINES = [
    "{place} {noun} {verb} {topic} plan",
    "{Topic}: what the new rules mean for {place}",
    "{place} {noun} split over {topic}",
    "After long fight, {place} {verb} {topic} measure",
    "How {topic} is reshaping {place}",
    "{Topic} costs climb as {place} waits for answers",
    "{place} {noun} presses state on {topic}",
]
DEKS = [
    "The vote on {topic} is expected before the end of the month.",
    "Residents packed the hearing; officials promised a second look at {topic}.",
    "Supporters say the {topic} plan is overdue. Critics say it goes too far.",
    "A look at the numbers behind {place}'s {topic} debate.",
]
QUOTES = [
    "We cannot keep putting off decisions on {topic}.",
    "Nobody in {place} wants this, but the numbers do not lie.",
    "This is the most important vote on {topic} in a decade.",
    "We heard the residents, and we are going to act.",
    "The plan does not go far enough.",
    "I have lived here for thirty years and I have never seen anything like it.",
    "We need the state to step in on {topic}.",
    "The money simply is not there.",
]
FILLER = (
    "the city said on tuesday that a report released last month showed costs had risen faster than "
    "expected while officials and residents disagreed about the next step and a final vote was set "
    "for the coming weeks after months of public comment many neighbors spoke at the meeting some in "
    "favor others against the proposal would take effect next year if approved by the board staff "
    "estimated the program could reach thousands of households but critics questioned the timeline "
    "state law requires a review before any change and the county has not yet responded to requests"
).split()


@dataclass
class Vocabulary:
    """What stories are made of: looked up or created once, then picked from by index."""

    sections: list
    section_weights: list
    tags: list  # (pk, name)
    sources: list  # pk
    authors: list  # pk
    tag_order: dict = field(default_factory=dict)  # section pk -> tag indexes, most used first
    source_order: dict = field(default_factory=dict)


def zipf_cum_weights(n: int, offset: float = 8.0) -> list[float]:
    """Cumulative weights where a few items are picked often and most rarely, like real tags."""
    return list(itertools.accumulate(1.0 / (rank + offset) for rank in range(n)))


class Command(BaseCommand):
    help = "Generate a synthetic archive of published stories with tags, quotes and related links."

    def add_arguments(self, parser):
        parser.add_argument("--stories", type=int, default=1000, help="How many stories (default 1000).")
        parser.add_argument("--seed", type=int, default=1, help="Random seed; same seed, same archive.")
        parser.add_argument("--tags", type=int, default=500, help="Size of the tag vocabulary (500).")
        parser.add_argument("--sources", type=int, default=2000, help="Size of the source pool (2000).")
        parser.add_argument("--authors", type=int, default=40, help="Number of reporters (40).")
        parser.add_argument("--tags-per-story", default="3-5", help="Range of tags per story (3-5).")
        parser.add_argument("--quotes-per-story", type=int, default=8, help="Quotes per story (8).")
        parser.add_argument("--links-per-story", type=int, default=3, help="Related links per story (3).")
        parser.add_argument(
            "--internal-share",
            type=float,
            default=0.9,
            help="Share of related links that point to earlier stories rather than outside (0.9).",
        )
        parser.add_argument("--years", type=float, default=8.0, help="Years the archive spans (8).")
        parser.add_argument(
            "--end-date",
            type=datetime.date.fromisoformat,
            default=None,
            help="Date of the newest story, YYYY-MM-DD, in the past (default: up to now).",
        )
        parser.add_argument("--batch-size", type=int, default=2000, help="Stories per transaction (2000).")
        parser.add_argument(
            "--skip-related",
            action="store_true",
            help="Leave the related-articles boxes empty (work them out later with related_rebuild).",
        )

    def handle(self, *args, **options):
        n_stories = options["stories"]
        if n_stories < 1:
            raise CommandError("--stories must be at least 1.")
        try:
            low, high = (int(part) for part in options["tags_per_story"].split("-"))
        except ValueError as error:
            raise CommandError("--tags-per-story must look like 3-5.") from error
        if not 0 <= low <= high <= options["tags"]:
            raise CommandError("--tags-per-story must be a range within the tag vocabulary.")
        if not 0.0 <= options["internal_share"] <= 1.0:
            raise CommandError("--internal-share must be between 0 and 1.")
        if options["sources"] < 1 or options["authors"] < 1 or options["batch_size"] < 1:
            raise CommandError("--sources, --authors and --batch-size must be at least 1.")

        started = time.monotonic()
        rng = random.Random(options["seed"])
        vocabulary = self.vocabulary(rng, options)
        end = options["end_date"]
        newest = timezone.now().replace(second=0, microsecond=0)
        if end is not None and end < timezone.localdate():
            newest = datetime.datetime.combine(
                end, datetime.time(18, 0), tzinfo=timezone.get_current_timezone()
            )
        span = datetime.timedelta(days=365.25 * options["years"])
        oldest = newest - span
        numbering = Article.objects.aggregate(n=Max("pk"))["n"] or 0
        article_type = ContentType.objects.get_for_model(Article)
        tag_weights = zipf_cum_weights(len(vocabulary.tags))
        source_weights = zipf_cum_weights(len(vocabulary.sources), offset=20.0)
        pks: list[int] = []
        counts = {"quotes": 0, "tags": 0, "links": 0}

        for first in range(0, n_stories, options["batch_size"]):
            last = min(first + options["batch_size"], n_stories)
            plans = [
                self.plan_story(
                    rng,
                    i,
                    vocabulary,
                    options,
                    (low, high),
                    tag_weights,
                    source_weights,
                    oldest + span * ((i + rng.random()) / n_stories),
                    numbering + i + 1,
                    newest,
                )
                for i in range(first, last)
            ]
            with transaction.atomic(), archive_timestamps():
                self.insert_batch(plans, pks, article_type, counts)
            if options["verbosity"] >= 1:
                spent = time.monotonic() - started
                eta = spent / last * (n_stories - last)
                self.stdout.write(f"{last} / {n_stories} stories, {spent:.1f} s, about {eta:.0f} s to go")

        boxes_started = time.monotonic()

        def boxes_progress(done, total):
            if options["verbosity"] >= 1:
                spent = time.monotonic() - boxes_started
                eta = spent / done * (total - done)
                self.stdout.write(f"related boxes: {done} / {total}, {spent:.0f} s, about {eta:.0f} s to go")

        # Statistics before the boxes: scoring them against never-analyzed tables picks plans
        # that scan, and takes seconds a story instead of milliseconds.
        self.refresh_statistics([Article, ArticleAuthor, Quote, RelatedLink, Source, TaggedItem, Tag])
        # The lists each published story is on, as publishing each story would have left them.
        listed_started = time.monotonic()
        listed = rebuild_listings()
        self.refresh_statistics([Listing, ListingCount])
        if options["verbosity"] >= 1:
            self.stdout.write(f"lists: {listed} rows, {time.monotonic() - listed_started:.1f} s")
        # Every story's related-articles box, as publishing each story would have left it.
        if not options["skip_related"]:
            related_rebuild_all(progress=boxes_progress)
        self.refresh_statistics([RelatedStory])
        newest_story = Article.objects.published().filter(pk__in=pks[-1:]).first()
        if newest_story is not None:
            transaction.on_commit(
                lambda: public_content_changed.send(
                    sender=Article, article=newest_story, action="generate_archive"
                )
            )
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {n_stories} stories with {counts['tags']} tags, {counts['quotes']} quotes and "
                f"{counts['links']} related links in {elapsed:.1f} s."
            )
        )

    @staticmethod
    def refresh_statistics(models) -> None:
        """Fresh planner statistics for ``models``' tables, so the next queries plan against
        the real sizes, and, where allowed (VACUUM cannot run inside a transaction), a
        visibility map, without which PostgreSQL will not answer from covering indexes until
        autovacuum comes by."""
        if connection.vendor != "postgresql":
            return
        command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
        with connection.cursor() as cursor:
            for model in models:
                cursor.execute(f"{command} {connection.ops.quote_name(model._meta.db_table)}")

    def vocabulary(self, rng: random.Random, options) -> Vocabulary:
        """Sections, tags, sources and reporters, reusing rows a previous run created."""
        Section.objects.bulk_create(
            [Section(name=name, slug=slug, order=order) for order, (name, slug, _) in enumerate(SECTIONS)],
            ignore_conflicts=True,
        )
        by_slug = Section.objects.in_bulk([slug for _, slug, _ in SECTIONS], field_name="slug")
        sections = [by_slug[slug] for _, slug, _ in SECTIONS]

        names = TOPICS + [f"{place} {topic}" for place in PLACES for topic in TOPICS]
        extra = (f"{topic} {n}" for n in itertools.count(2) for topic in TOPICS)
        names += itertools.islice(extra, max(0, options["tags"] - len(names)))
        names = names[: options["tags"]]
        Tag.objects.bulk_create([Tag(name=name, slug=slugify(name)) for name in names], ignore_conflicts=True)
        tag_pks = dict(Tag.objects.filter(name__in=names).values_list("name", "pk"))
        tags = [(tag_pks[name], name) for name in names]

        people = [f"{first} {last}" for last in LAST_NAMES for first in FIRST_NAMES]
        source_rows = []
        for i in range(options["sources"]):
            name = people[i % len(people)]
            role, organization = ROLES[i % len(ROLES)]
            place = PLACES[i % len(PLACES)]
            source_rows.append(
                Source(
                    name=name,
                    slug=f"{slugify(name)}-{i + 1}",
                    title=role,
                    organization=organization.format(place=place),
                    kind=Source.Kind.PERSON,
                )
            )
        Source.objects.bulk_create(source_rows, ignore_conflicts=True, batch_size=1000)
        source_pks = dict(
            Source.objects.filter(slug__in=[s.slug for s in source_rows]).values_list("slug", "pk")
        )
        sources = [source_pks[s.slug] for s in source_rows]

        reporters = []
        for i in range(options["authors"]):
            first, last = FIRST_NAMES[i % len(FIRST_NAMES)], LAST_NAMES[(i * 7) % len(LAST_NAMES)]
            reporter = User(username=f"reporter{i + 1:03d}", first_name=first, last_name=last, is_staff=True)
            reporter.set_unusable_password()
            reporters.append(reporter)
        User.objects.bulk_create(reporters, ignore_conflicts=True)
        user_pks = dict(
            User.objects.filter(username__in=[r.username for r in reporters]).values_list("username", "pk")
        )
        authors = [user_pks[r.username] for r in reporters]
        journalists = Group.objects.filter(name="Journalists").first()
        if journalists:
            Membership = User.groups.through
            Membership.objects.bulk_create(
                [Membership(user_id=pk, group_id=journalists.pk) for pk in authors], ignore_conflicts=True
            )

        vocabulary = Vocabulary(
            sections=sections,
            section_weights=list(itertools.accumulate(weight for _, _, weight in SECTIONS)),
            tags=tags,
            sources=sources,
            authors=authors,
        )
        # Each section has its own favourite tags and its own regularly quoted people.
        for section in sections:
            order = list(range(len(tags)))
            rng.shuffle(order)
            vocabulary.tag_order[section.pk] = order
            order = list(range(len(sources)))
            rng.shuffle(order)
            vocabulary.source_order[section.pk] = order
        return vocabulary

    def plan_story(
        self, rng, i, vocabulary, options, tag_range, tag_weights, source_weights, when, number, newest
    ) -> dict:
        """One story and everything hanging off it, as plain values (no queries). Nothing is
        published or updated after ``newest``."""
        section = rng.choices(vocabulary.sections, cum_weights=vocabulary.section_weights)[0]
        tag_order = vocabulary.tag_order[section.pk]
        tag_indexes = pick_distinct(rng, tag_order, tag_weights, rng.randint(*tag_range))
        tags = [vocabulary.tags[index] for index in tag_indexes]
        topic, place = rng.choice(TOPICS), rng.choice(PLACES)
        if tags:
            # "Oakland housing" makes a story about housing in Oakland.
            topic = tags[0][1]
            for name in PLACES:
                if topic.startswith(f"{name} "):
                    place, topic = name, topic[len(name) + 1 :]
        words = {
            "place": place,
            "topic": topic,
            "Topic": topic[:1].upper() + topic[1:],
            "noun": rng.choice(NOUNS),
            "verb": rng.choice(VERBS),
        }
        headline = rng.choice(HEADLINES).format(**words)
        headline = headline[:1].upper() + headline[1:]
        paragraphs = []
        for _ in range(rng.randint(4, 7)):
            sentence = " ".join(rng.choices(FILLER, k=rng.randint(30, 60)))
            paragraphs.append(f"<p>{sentence.capitalize()}, the {place} {words['noun']} said of {topic}.</p>")
        updated = (
            min(when + datetime.timedelta(hours=rng.randint(1, 48)), newest) if rng.random() < 0.1 else when
        )

        n_quotes = options["quotes_per_story"]
        people = pick_distinct(
            rng,
            vocabulary.source_order[section.pk],
            source_weights,
            min(n_quotes, rng.randint(3, 6), len(vocabulary.sources)),
        )
        speakers = people + [rng.choice(people) for _ in range(n_quotes - len(people))] if people else []
        quotes = [
            (vocabulary.sources[index], rng.choice(QUOTES).format(**words), rng.choice(Quote.Obtained.values))
            for index in speakers
        ]

        links = []
        for _ in range(options["links_per_story"]):
            if i and rng.random() < options["internal_share"]:
                # Editors mostly link the recent coverage of a subject, sometimes older pieces.
                targets = (("story", i - 1 - int(rng.expovariate(1 / 200)) % i) for _ in range(10))
                target = next((t for t in targets if t not in links), None)
                if target:
                    links.append(target)
                    continue
            links.append(("url", f"https://www.example.org/{slugify(topic)}/{number}-{len(links) + 1}"))

        n_authors = 1 if rng.random() < 0.85 else 2
        return {
            "article": Article(
                headline=headline,
                slug=f"{slugify(headline)[:100]}-{number}",
                dek=rng.choice(DEKS).format(**words),
                section=section,
                body="\n".join(paragraphs),
                is_featured=rng.random() < 0.005,
                status=Article.Status.PUBLISHED,
                first_published_at=when,
                created_at=when,
                updated_at=updated,
                last_published_at=updated,
                publication_date=timezone.localdate(when),
            ),
            "authors": rng.sample(vocabulary.authors, min(n_authors, len(vocabulary.authors))),
            "tags": [pk for pk, _ in tags],
            "quotes": quotes,
            "links": links,
            "topic": topic,
        }

    def insert_batch(self, plans, pks, article_type, counts):
        """Insert a batch of planned stories and their rows, a bulk insert per table."""
        articles = Article.objects.bulk_create([plan["article"] for plan in plans], batch_size=1000)
        pks.extend(article.pk for article in articles)
        bylines, tagged, quotes, links = [], [], [], []
        for plan, article in zip(plans, articles, strict=True):
            bylines += [
                ArticleAuthor(article_id=article.pk, author_id=author, order=order)
                for order, author in enumerate(plan["authors"])
            ]
            tagged += [
                TaggedItem(content_type_id=article_type.pk, object_id=article.pk, tag_id=tag)
                for tag in plan["tags"]
            ]
            quotes += [
                Quote(
                    article_id=article.pk,
                    source_id=source,
                    text=text,
                    obtained=obtained,
                    order=order,
                    is_pull_quote=order == 0,
                )
                for order, (source, text, obtained) in enumerate(plan["quotes"])
            ]
            for order, (kind, value) in enumerate(plan["links"]):
                if kind == "story":
                    links.append(
                        RelatedLink(article_id=article.pk, target_article_id=pks[value], order=order)
                    )
                else:
                    links.append(
                        RelatedLink(
                            article_id=article.pk,
                            url=value,
                            title=f"Background: {plan['topic']}",
                            kicker="Elsewhere",
                            teaser="Reporting and documents from outside the newsroom.",
                            order=order,
                        )
                    )
        ArticleAuthor.objects.bulk_create(bylines, batch_size=5000)
        TaggedItem.objects.bulk_create(tagged, batch_size=5000)
        Quote.objects.bulk_create(quotes, batch_size=5000)
        RelatedLink.objects.bulk_create(links, batch_size=5000)
        counts["tags"] += len(tagged)
        counts["quotes"] += len(quotes)
        counts["links"] += len(links)


@contextmanager
def archive_timestamps():
    """Inside, inserted stories keep the created and updated times they were given instead of
    being stamped with the current time: an archive story was written when it was published.
    Rewriting them afterwards would write every row twice and leave half the table dead."""
    fields = [Article._meta.get_field("created_at"), Article._meta.get_field("updated_at")]
    saved = [(f.auto_now, f.auto_now_add) for f in fields]
    for f in fields:
        f.auto_now = f.auto_now_add = False
    try:
        yield
    finally:
        for f, (auto_now, auto_now_add) in zip(fields, saved, strict=True):
            f.auto_now, f.auto_now_add = auto_now, auto_now_add


def pick_distinct(rng: random.Random, order: list[int], cum_weights: list[float], k: int) -> list[int]:
    """``k`` distinct entries of ``order``, favouring those near its front."""
    k = min(k, len(order))
    chosen: list[int] = []
    while len(chosen) < k:
        index = order[rng.choices(range(len(order)), cum_weights=cum_weights)[0]]
        if index not in chosen:
            chosen.append(index)
    return chosen
