import io
import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone
from django.utils.html import strip_tags
from PIL import Image
from reversion.models import Version
from taggit.models import TaggedItem

from articles.demo import loader
from articles.demo.artwork import MOTIFS, artwork_jpeg
from articles.demo.people import EDITOR, JOURNALIST
from articles.demo.spec import MARKUP_UNCLOSED, DemoImage, body_parse
from articles.demo.stories import STORIES
from articles.images import validate_image_upload
from articles.management.commands.load_demo import (
    DEMO_ACCOUNTS_WARNING,
    DEMO_ALREADY_LOADED,
    DEMO_NEEDS_DEBUG,
    DEMO_PASSWORD_CHANGED,
)
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
from articles.quote_integrity import quotes_missing_from_body

pytestmark = pytest.mark.django_db

DRAFT = "what-the-sales-tax-measure-would-pay-for"
IN_REVIEW = "sheriff-proposes-body-cameras-for-every-deputy"
SCHEDULED = "what-parents-need-to-know-before-enrollment-opens"
CORRECTED = "auditor-finds-unbilled-permit-fees"


def load_demo() -> str:
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(settings):
    settings.DEBUG = True
    return load_demo()


def row_counts() -> dict:
    User = get_user_model()
    models = [Article, ArticleAuthor, ArticleEvent, Correction, Quote, RelatedLink, Section, Source, User]
    counts = {model.__name__: model.objects.count() for model in models}
    counts["TaggedItem"] = TaggedItem.objects.count()
    counts["Version"] = Version.objects.count()
    return counts


def stored_files() -> set:
    root = Path(django_settings.MEDIA_ROOT)
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


# --- what the demo contains -------------------------------------------------------------


def test_demo_has_at_least_twelve_stories_in_every_editorial_state(demo):
    live = Article.objects.live()
    assert live.count() >= 12
    assert Article.objects.get(slug=DRAFT).status == Article.Status.DRAFT
    assert Article.objects.get(slug=IN_REVIEW).status == Article.Status.IN_REVIEW
    scheduled = Article.objects.get(slug=SCHEDULED)
    assert scheduled.status == Article.Status.SCHEDULED
    assert scheduled.scheduled_at > timezone.now()
    published = Article.objects.published()
    assert published.count() == live.count() - 3
    assert published.values("section").distinct().count() >= 3
    assert published.filter(is_featured=True).exists()
    assert (
        f"{live.count()} stories ({published.count()} published, 1 scheduled, 1 in review, 1 draft)" in demo
    )


def test_drafts_review_and_scheduled_stories_stay_off_the_public_site(demo, client):
    hidden = {DRAFT, IN_REVIEW, SCHEDULED}
    assert not Article.objects.published().filter(slug__in=hidden).exists()
    home = client.get("/")
    assert home.status_code == 200
    page = home.content.decode()
    for story in Article.objects.filter(slug__in=hidden):
        assert story.headline not in page
    featured = Article.objects.published().filter(is_featured=True).first()
    assert featured.headline in page


def test_published_stories_are_spread_over_the_last_two_weeks_and_open_at_their_address(demo, client):
    now = timezone.now()
    published = list(Article.objects.published())
    for story in published:
        assert now - timedelta(days=14) <= story.first_published_at <= now
        assert story.first_published_at <= story.last_published_at <= now
        assert story.publication_date == timezone.localdate(story.first_published_at)
        assert story.created_at < story.first_published_at
    assert len({story.publication_date for story in published}) >= 7
    story = published[0]
    assert client.get(story.get_absolute_url()).status_code == 200


def test_every_story_went_through_the_workflow_submitted_by_its_author_approved_by_the_editor(demo):
    editor = get_user_model().objects.get(username=EDITOR.username)
    for story in Article.objects.published():
        first_author = story.bylines.first().author
        assert story.events.filter(action="submit", user=first_author).exists()
        assert story.events.filter(action="publish", user=editor).exists()
        submitted = story.events.get(action="submit").created_at
        assert submitted < story.first_published_at
    scheduled = Article.objects.get(slug=SCHEDULED)
    assert scheduled.events.filter(action="schedule", user=editor).exists()
    assert Article.objects.get(slug=IN_REVIEW).events.filter(action="submit").exists()
    assert not Article.objects.get(slug=DRAFT).events.exists()


def test_every_quote_is_found_word_for_word_in_its_story(demo):
    for story in Article.objects.live():
        assert quotes_missing_from_body(story) == [], story.slug


def test_quotes_include_partial_pull_and_two_paragraph_quotes(demo):
    quotes = Quote.objects.filter(article__in=Article.objects.live())
    assert quotes.count() >= 40
    assert quotes.filter(is_partial=True).count() >= 3
    assert quotes.filter(is_pull_quote=True).count() >= 5
    continued = [quote for quote in quotes if "\n\n" in quote.text]
    assert len(continued) >= 3
    assert len({quote.obtained for quote in quotes}) >= 5


def test_sources_are_people_agencies_and_documents_with_private_fields_kept_private(demo, client):
    assert Source.objects.filter(kind=Source.Kind.PERSON, title__gt="", organization__gt="").count() >= 15
    agencies = Source.objects.filter(kind=Source.Kind.ORGANIZATION).exclude(abbreviation="")
    assert {"TCAD", "BTA", "BUSD"} <= set(agencies.values_list("abbreviation", flat=True))
    assert Source.objects.filter(kind=Source.Kind.DOCUMENT).count() >= 2
    assert Source.objects.exclude(phone="").exists() and Source.objects.exclude(notes="").exists()
    source = Source.objects.exclude(phone="").filter(quotes__article__status="published").first()
    story = source.quotes.filter(article__status="published").first().article
    page = client.get(story.get_absolute_url()).content.decode()
    assert source.name in page
    assert source.phone not in page and source.notes not in page


def test_related_links_are_internal_and_external_with_kickers_and_teasers(demo):
    links = RelatedLink.objects.filter(article__in=Article.objects.live())
    internal = links.exclude(target_article=None)
    external = links.filter(target_article=None)
    assert internal.count() >= 5 and external.count() >= 5
    for link in internal:
        assert link.target_article.live_article_id is None
        assert link.target_article_id != link.article_id
    for link in external:
        assert re.match(r"https?://", link.url)
        assert link.title and link.kicker and link.teaser


def test_stories_have_tags_and_several_paragraphs_the_main_ones_300_to_700_words(demo):
    main = 0
    for story in Article.objects.live():
        assert story.tags.exists()
        assert story.body.count("<p>") >= 5
        words = len(strip_tags(story.body).split())
        assert words < 750
        main += 300 <= words <= 700
    assert main >= 7


def test_lead_images_are_generated_jpegs_with_alt_caption_and_credit(demo):
    illustrated = Article.objects.live().exclude(lead_image="")
    assert illustrated.count() >= 6
    assert Article.objects.live().filter(lead_image="").count() >= 3
    for story in illustrated:
        assert story.lead_image_alt and story.lead_image_caption
        assert story.lead_image_credit == "Illustration: The Chronicle"
        validate_image_upload(story.lead_image)
        with story.lead_image.open("rb") as handle, Image.open(handle) as picture:
            assert (picture.format, picture.size) == ("JPEG", (1600, 900))


def test_the_corrected_story_was_fixed_through_a_working_copy_and_carries_its_correction(demo):
    story = Article.objects.get(slug=CORRECTED)
    correction = Correction.objects.get(article=story)
    assert "three fiscal years" in correction.text
    assert "2023 through the 2025 fiscal years" in story.body
    assert "2022 through" not in story.body
    assert story.first_published_at < correction.created_at <= story.last_published_at
    # The correction went live with the copy's changes: one entry for the one action.
    assert {"start_edit", "correct_changes"} <= set(story.events.values_list("action", flat=True))
    assert not Article.objects.filter(live_article=story).exists()


# --- accounts -----------------------------------------------------------------------------


def test_the_editor_and_the_journalist_can_sign_in_with_the_printed_passwords(demo, client):
    for account in (EDITOR, JOURNALIST):
        assert f"{account.username} / {account.password}" in demo
        user = get_user_model().objects.get(username=account.username)
        assert user.is_staff and not user.is_superuser
        assert user.groups.filter(name=account.group).exists()
        signed_in = client.post(
            "/admin/login/", {"username": account.username, "password": account.password, "next": "/admin/"}
        )
        assert signed_in.status_code == 302 and signed_in.url == "/admin/"
        assert client.get("/admin/").status_code == 200
        client.logout()
    assert DEMO_ACCOUNTS_WARNING in demo and "local demo only" in demo
    journalist = get_user_model().objects.get(username=JOURNALIST.username)
    assert Article.objects.published().authored_by(journalist).exists()
    assert not get_user_model().objects.filter(is_superuser=True).exists()


def test_reporters_who_only_stand_on_bylines_cannot_sign_in(demo):
    for user in get_user_model().objects.exclude(username__in=[EDITOR.username, JOURNALIST.username]):
        assert not user.has_usable_password() and not user.is_staff
        assert user.bylined_articles.exists()


def test_a_changed_demo_password_is_not_printed_again(demo):
    journalist = get_user_model().objects.get(username=JOURNALIST.username)
    journalist.set_password("a-password-of-my-own")
    journalist.save()
    again = load_demo()
    assert JOURNALIST.password not in again and "a-password-of-my-own" not in again
    assert f"{JOURNALIST.username} / {DEMO_PASSWORD_CHANGED}" in again
    assert f"{EDITOR.username} / {EDITOR.password}" in again


# --- running it again, failing, refusing --------------------------------------------------


def test_running_it_twice_changes_nothing(demo):
    before = row_counts()
    versions = dict(Article.objects.values_list("slug", "edit_version"))
    files = stored_files()
    again = load_demo()
    assert DEMO_ALREADY_LOADED in again
    assert row_counts() == before
    assert dict(Article.objects.values_list("slug", "edit_version")) == versions
    assert stored_files() == files


def test_a_deleted_story_is_the_only_thing_the_next_run_restores(demo):
    before = row_counts()
    Article.objects.get(slug="downtowns-oldest-hardware-store-to-close").delete()
    again = load_demo()
    assert "1 story (1 published)" in again
    after = row_counts()
    assert after["Article"] == before["Article"]
    assert after["Source"] == before["Source"] and after["Section"] == before["Section"]
    assert Article.objects.published().filter(slug="downtowns-oldest-hardware-store-to-close").exists()


def test_a_failure_half_way_leaves_nothing_behind(settings, monkeypatch):
    settings.DEBUG = True
    approve, calls = loader.article_approve, []

    def failing_approve(**kwargs):
        calls.append(kwargs)
        if len(calls) == 4:
            raise RuntimeError("The editor's laptop died.")
        return approve(**kwargs)

    monkeypatch.setattr(loader, "article_approve", failing_approve)
    with pytest.raises(RuntimeError, match="laptop died"):
        load_demo()
    assert Article.objects.count() == 0 and Source.objects.count() == 0
    assert not get_user_model().objects.filter(username=EDITOR.username).exists()
    assert stored_files() == set()


def test_it_refuses_to_run_with_debug_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError) as refused:
        load_demo()
    assert str(refused.value) == DEMO_NEEDS_DEBUG
    assert Article.objects.count() == 0
    assert not get_user_model().objects.filter(username=EDITOR.username).exists()


# --- the pieces: body markup and drawings -------------------------------------------------


def test_body_markup_records_quotes_in_order_with_how_they_were_obtained():
    parsed = body_parse(
        """
“[[ana-ruiz|told_us|pull: We will not cut patrols]],” Ruiz said. She called the plan
“[[ben-ode|hearing|partial: costly & unworkable]]” <b>twice</b>.

## Next steps

“[[ana-ruiz: The vote is in May.

“It will be close.]]”
"""
    )
    assert [(q.source, q.text, q.obtained, q.is_pull_quote, q.is_partial) for q in parsed.quotes] == [
        ("ana-ruiz", "We will not cut patrols", "told_us", True, False),
        ("ben-ode", "costly & unworkable", "hearing", False, True),
        ("ana-ruiz", "The vote is in May.\n\n“It will be close.", "said", False, False),
    ]
    assert parsed.quotes[2].spans_paragraphs
    assert parsed.html == (
        "<p>“We will not cut patrols,” Ruiz said. She called the plan “costly &amp; unworkable” "
        "&lt;b&gt;twice&lt;/b&gt;.</p><h2>Next steps</h2>"
        "<p>“The vote is in May.</p><p>“It will be close.”</p>"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("“[[ana-ruiz|shouted: No]],” she said.", "unknown option 'shouted'"),
        ("“[[ana-ruiz: No,” she said.", MARKUP_UNCLOSED.split("{")[0]),
    ],
)
def test_bad_body_markup_fails_loudly(text, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        body_parse(text)


def test_every_demo_story_parses_and_quotes_only_known_sources():
    plans = loader._plans()
    assert len(plans) == len(STORIES) >= 12
    assert len({story.slug for story in STORIES}) == len(STORIES)


def test_drawings_are_deterministic_and_differ_between_stories():
    image = DemoImage(motif="waves", palette=("#caf0f8", "#48cae4", "#0077b6", "#03045e"), alt="", caption="")
    first = artwork_jpeg(image, seed="one")
    artwork_jpeg.cache_clear()
    assert artwork_jpeg(image, seed="one") == first
    assert artwork_jpeg(image, seed="two") != first
    assert {story.image.motif for story in STORIES if story.image} <= set(MOTIFS)
    with pytest.raises(ValueError, match="No drawing called 'cubist'"):
        artwork_jpeg(DemoImage(motif="cubist", palette=image.palette, alt="", caption=""), seed="x")
