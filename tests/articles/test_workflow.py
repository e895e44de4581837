"""The editorial workflow, through ``articles.workflow``: every transition for every role,
in every state, and what each one leaves behind (state, audit row, side effects)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles import workflow
from articles.models import Article, ArticleEvent, ArticleRedirect, Correction, Quote, RelatedLink
from articles.signals import public_content_changed
from tests.factories import (
    ArticleFactory,
    ExternalLinkFactory,
    PublishedArticleFactory,
    QuoteFactory,
    RelatedLinkFactory,
    ScheduledArticleFactory,
    SourceFactory,
    UserFactory,
    WithdrawnArticleFactory,
    WorkingCopyFactory,
)

pytestmark = pytest.mark.django_db

Status = Article.Status
QUOTED_BODY = "<p>“We will not cut patrols,” the sheriff said.</p>"


@pytest.fixture
def superuser(db):
    return UserFactory(username="root", is_staff=True, is_superuser=True)


@pytest.fixture
def signals_sent():
    sent = []

    def receiver(sender, article, action, **kwargs):
        sent.append((article.pk, action))

    public_content_changed.connect(receiver)
    yield sent
    public_content_changed.disconnect(receiver)


def story(status, author, **kwargs):
    """A live story in ``status``, on ``author``'s byline."""
    factories = {
        Status.DRAFT: ArticleFactory,
        Status.IN_REVIEW: ArticleFactory,
        Status.SCHEDULED: ScheduledArticleFactory,
        Status.PUBLISHED: PublishedArticleFactory,
        Status.WITHDRAWN: WithdrawnArticleFactory,
    }
    if status == Status.IN_REVIEW:
        kwargs["status"] = Status.IN_REVIEW
    return factories[status](authors=[author], body=QUOTED_BODY, **kwargs)


def future(minutes=60):
    return timezone.now() + timedelta(minutes=minutes)


# Each transition, the state it starts from, and how to call it.
TRANSITIONS = {
    "submit": (Status.DRAFT, lambda a, u: workflow.article_submit(article=a, user=u, note="Ready.")),
    "return": (
        Status.IN_REVIEW,
        lambda a, u: workflow.article_return(article=a, user=u, comment="Add a source."),
    ),
    "approve": (Status.IN_REVIEW, lambda a, u: workflow.article_approve(article=a, user=u)),
    "schedule": (
        Status.IN_REVIEW,
        lambda a, u: workflow.article_approve(article=a, user=u, publish_at=future()),
    ),
    "publish_now": (Status.SCHEDULED, lambda a, u: workflow.article_publish_now(article=a, user=u)),
    "unschedule": (Status.SCHEDULED, lambda a, u: workflow.article_unschedule(article=a, user=u)),
    "withdraw": (
        Status.PUBLISHED,
        lambda a, u: workflow.article_withdraw(article=a, user=u, reason="Legal."),
    ),
    "correct": (
        Status.PUBLISHED,
        lambda a, u: workflow.article_publish_correction(article=a, user=u, text="The total was $4m."),
    ),
    "start_edit": (Status.PUBLISHED, lambda a, u: workflow.article_start_edit(article=a, user=u)),
    "take_back": (
        Status.IN_REVIEW,
        lambda a, u: workflow.article_take_back(article=a, user=u, note="Wrong figure."),
    ),
}
EXPECTED_STATUS = {
    "submit": Status.IN_REVIEW,
    "return": Status.DRAFT,
    "approve": Status.PUBLISHED,
    "schedule": Status.SCHEDULED,
    "publish_now": Status.PUBLISHED,
    "unschedule": Status.DRAFT,
    "withdraw": Status.WITHDRAWN,
    "correct": Status.PUBLISHED,
    "start_edit": Status.PUBLISHED,
    "take_back": Status.DRAFT,
}
# Who may do what: "author" is a journalist on the byline, "other" a journalist who is not.
ALLOWED = {
    "submit": {"author", "editor", "superuser"},
    "return": {"editor", "superuser"},
    "approve": {"editor", "superuser"},
    "schedule": {"editor", "superuser"},
    "publish_now": {"editor", "superuser"},
    "unschedule": {"editor", "superuser"},
    "withdraw": {"editor", "superuser"},
    "correct": {"editor", "superuser"},
    "start_edit": {"author", "editor", "superuser"},
    "take_back": {"author", "editor", "superuser"},
}
ROLES = ["author", "other", "editor", "superuser"]


@pytest.fixture
def people(journalist, other_journalist, editor, superuser):
    return {"author": journalist, "other": other_journalist, "editor": editor, "superuser": superuser}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", list(TRANSITIONS))
def test_each_role_may_do_exactly_its_transitions(name, role, people, django_capture_on_commit_callbacks):
    start, call = TRANSITIONS[name]
    article = story(start, people["author"])
    events_before = ArticleEvent.objects.count()
    if role in ALLOWED[name]:
        with django_capture_on_commit_callbacks(execute=True):
            call(article, people[role])
        article.refresh_from_db()
        assert article.status == EXPECTED_STATUS[name]
        assert ArticleEvent.objects.count() == events_before + 1
    else:
        with pytest.raises(workflow.WorkflowPermissionError):
            call(article, people[role])
        article.refresh_from_db()
        assert article.status == start
        assert ArticleEvent.objects.count() == events_before


@pytest.mark.parametrize(
    "name,status",
    [(name, status) for name, (start, _) in TRANSITIONS.items() for status in Status if status != start],
)
def test_transitions_are_refused_from_every_other_state(name, status, journalist, editor):
    start, call = TRANSITIONS[name]
    article = story(status, journalist)
    with pytest.raises(workflow.TransitionError):
        call(article, editor)
    article.refresh_from_db()
    assert article.status == status
    assert not ArticleEvent.objects.filter(article=article).exists()


def test_every_transition_logs_who_when_from_to_and_the_comment(journalist, editor):
    article = story(Status.DRAFT, journalist)
    workflow.article_submit(article=article, user=journalist, note="Ready for a look.")
    workflow.article_return(article=article, user=editor, comment="Name the second councillor.")
    events = list(ArticleEvent.objects.filter(article=article).order_by("created_at", "id"))
    assert [(e.action, e.user, e.from_status, e.to_status, e.comment) for e in events] == [
        ("submit", journalist, "draft", "in_review", "Ready for a look."),
        ("return", editor, "in_review", "draft", "Name the second councillor."),
    ]
    assert all(e.created_at <= timezone.now() for e in events)


def test_returning_needs_a_comment(journalist, editor):
    article = story(Status.IN_REVIEW, journalist)
    with pytest.raises(workflow.TransitionError) as exc:
        workflow.article_return(article=article, user=editor, comment="   ")
    assert exc.value.message == workflow.COMMENT_REQUIRED
    article.refresh_from_db()
    assert article.status == Status.IN_REVIEW


def test_withdrawing_needs_a_reason(journalist, editor):
    article = story(Status.PUBLISHED, journalist)
    with pytest.raises(workflow.TransitionError) as exc:
        workflow.article_withdraw(article=article, user=editor, reason="")
    assert exc.value.message == workflow.REASON_REQUIRED


def test_a_correction_needs_its_text(journalist, editor):
    article = story(Status.PUBLISHED, journalist)
    with pytest.raises(workflow.TransitionError) as exc:
        workflow.article_publish_correction(article=article, user=editor, text=" ")
    assert exc.value.message == workflow.CORRECTION_REQUIRED
    assert not Correction.objects.exists()


def test_scheduling_in_the_past_is_refused(journalist, editor):
    article = story(Status.IN_REVIEW, journalist)
    with pytest.raises(workflow.TransitionError) as exc:
        workflow.article_approve(
            article=article, user=editor, publish_at=timezone.now() - timedelta(minutes=1)
        )
    assert exc.value.message == workflow.PUBLISH_AT_IN_PAST
    article.refresh_from_db()
    assert article.status == Status.IN_REVIEW


def test_approving_now_publishes_with_dates_and_tells_readers(
    journalist, editor, signals_sent, mailoutbox, django_capture_on_commit_callbacks
):
    article = story(Status.IN_REVIEW, journalist)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_approve(article=article, user=editor)
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED
    assert article.first_published_at is not None
    assert article.publication_date == timezone.localdate(article.first_published_at)
    assert Article.objects.published().filter(pk=article.pk).exists()
    assert signals_sent == [(article.pk, "publish")]
    assert [m.to for m in mailoutbox] == [[journalist.email]]


def test_scheduling_keeps_the_story_off_the_site_until_the_scheduler_runs(journalist, editor):
    article = story(Status.IN_REVIEW, journalist)
    when = future(30)
    workflow.article_approve(article=article, user=editor, publish_at=when)
    article.refresh_from_db()
    assert article.status == Status.SCHEDULED
    assert article.scheduled_at == when
    assert not Article.objects.published().filter(pk=article.pk).exists()
    assert workflow.articles_publish_due(now=when - timedelta(seconds=1)) == []
    assert [a.pk for a in workflow.articles_publish_due(now=when)] == [article.pk]
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED


def test_unscheduling_clears_the_time(journalist, editor):
    article = story(Status.SCHEDULED, journalist)
    workflow.article_unschedule(article=article, user=editor)
    article.refresh_from_db()
    assert (article.status, article.scheduled_at) == (Status.DRAFT, None)


def test_withdrawing_records_when_and_why_and_tells_readers(
    journalist, editor, signals_sent, django_capture_on_commit_callbacks
):
    article = story(Status.PUBLISHED, journalist)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_withdraw(article=article, user=editor, reason="Court order.")
    article.refresh_from_db()
    assert article.status == Status.WITHDRAWN
    assert article.withdrawn_reason == "Court order."
    assert article.withdrawn_at is not None
    assert not Article.objects.published().filter(pk=article.pk).exists()
    assert signals_sent == [(article.pk, "withdraw")]


def test_a_correction_is_published_on_the_live_story(
    journalist, editor, signals_sent, django_capture_on_commit_callbacks
):
    article = story(Status.PUBLISHED, journalist)
    with django_capture_on_commit_callbacks(execute=True):
        correction = workflow.article_publish_correction(
            article=article, user=editor, text="The vote was 5-2, not 4-3."
        )
    assert (correction.article, correction.created_by) == (article, editor)
    assert signals_sent == [(article.pk, "correct")]


def test_a_slug_taken_on_the_same_day_stops_publication(journalist, editor):
    PublishedArticleFactory(slug="budget-vote")
    article = story(Status.IN_REVIEW, journalist, slug="budget-vote")
    with pytest.raises(workflow.TransitionError) as exc:
        workflow.article_approve(article=article, user=editor)
    assert "budget-vote" in exc.value.message
    article.refresh_from_db()
    assert article.status == Status.IN_REVIEW


# --- working copies ------------------------------------------------------------------


def published_with_everything(author):
    live = story(Status.PUBLISHED, author, tags=["budget"])
    QuoteFactory(article=live, text="We will not cut patrols.")
    RelatedLinkFactory(article=live)
    ExternalLinkFactory(article=live)
    return live


def test_starting_an_edit_copies_the_story_and_leaves_readers_the_live_one(journalist):
    live = published_with_everything(journalist)
    copy = workflow.article_start_edit(article=live, user=journalist)
    assert copy.live_article == live
    assert copy.status == Status.DRAFT
    assert (copy.headline, copy.body, copy.slug) == (live.headline, live.body, live.slug)
    assert list(copy.authors.all()) == [journalist]
    assert [t.name for t in copy.tags.all()] == ["budget"]
    assert [q.text for q in copy.quotes.all()] == ["We will not cut patrols."]
    assert copy.related_links.count() == 2
    assert Article.objects.published().filter(pk=live.pk).exists()
    assert not Article.objects.published().filter(pk=copy.pk).exists()
    # Asking again opens the same copy rather than a second one.
    assert workflow.article_start_edit(article=live, user=journalist) == copy


def test_a_journalists_changes_wait_for_an_editor_then_replace_the_live_story(
    journalist, editor, signals_sent, django_capture_on_commit_callbacks
):
    live = published_with_everything(journalist)
    first_published = live.first_published_at
    copy = workflow.article_start_edit(article=live, user=journalist)
    copy.headline = "Sheriff keeps patrols"
    copy.save()
    Quote.objects.filter(article=copy).update(text="We will not cut patrols")
    copy.tags.set(["sheriff"])
    RelatedLink.objects.filter(article=copy, target_article__isnull=True).delete()
    workflow.article_submit(article=copy, user=journalist)
    assert Article.objects.get(pk=live.pk).headline != "Sheriff keeps patrols"

    with django_capture_on_commit_callbacks(execute=True):
        result = workflow.article_approve(article=copy, user=editor)

    live.refresh_from_db()
    assert result == live
    assert live.headline == "Sheriff keeps patrols"
    assert live.status == Status.PUBLISHED
    assert live.first_published_at == first_published
    assert [q.text for q in live.quotes.all()] == ["We will not cut patrols"]
    assert [t.name for t in live.tags.all()] == ["sheriff"]
    assert live.related_links.count() == 1
    assert not Article.objects.filter(pk=copy.pk).exists()
    # The copy's audit trail now belongs to the story.
    actions = list(ArticleEvent.objects.filter(article=live).values_list("action", flat=True))
    assert {"start_edit", "submit", "approve_changes"} <= set(actions)
    assert signals_sent == [(live.pk, "update")]


def test_changes_to_a_published_story_cannot_be_scheduled(journalist, editor):
    live = story(Status.PUBLISHED, journalist)
    copy = workflow.article_start_edit(article=live, user=journalist)
    workflow.article_submit(article=copy, user=journalist)
    with pytest.raises(workflow.TransitionError) as exc:
        workflow.article_approve(article=copy, user=editor, publish_at=future())
    assert exc.value.message == workflow.CANNOT_SCHEDULE_CHANGES


def test_an_editor_publishes_their_own_changes_directly(editor, journalist):
    live = story(Status.PUBLISHED, journalist)
    copy = workflow.article_start_edit(article=live, user=editor)
    copy.dek = "Updated with the vote count."
    copy.save()
    workflow.article_publish_changes(article=copy, user=editor)
    live.refresh_from_db()
    assert live.dek == "Updated with the vote count."


def test_a_journalist_cannot_publish_changes(journalist):
    live = story(Status.PUBLISHED, journalist)
    copy = workflow.article_start_edit(article=live, user=journalist)
    with pytest.raises(workflow.PublishPermissionError):
        workflow.article_publish_changes(article=copy, user=journalist)
    assert Article.objects.filter(pk=copy.pk).exists()


def test_a_correction_can_go_live_together_with_the_changes(editor, journalist):
    live = story(Status.PUBLISHED, journalist)
    copy = workflow.article_start_edit(article=live, user=editor)
    copy.body = "<p>“We will not cut patrols,” the sheriff said on Tuesday.</p>"
    copy.save()
    workflow.article_publish_correction(article=copy, user=editor, text="The sheriff spoke on Tuesday.")
    live.refresh_from_db()
    assert "on Tuesday" in live.body
    assert [c.text for c in live.corrections.all()] == ["The sheriff spoke on Tuesday."]
    assert not Article.objects.filter(live_article=live).exists()


def test_a_changed_slug_leaves_a_redirect_from_the_old_address(editor, journalist):
    live = story(Status.PUBLISHED, journalist, slug="old-address")
    copy = workflow.article_start_edit(article=live, user=editor)
    copy.slug = "new-address"
    copy.save()
    workflow.article_publish_changes(article=copy, user=editor)
    live.refresh_from_db()
    assert live.slug == "new-address"
    assert ArticleRedirect.objects.filter(
        article=live, publication_date=live.publication_date, slug="old-address"
    ).exists()


def test_discarding_changes_keeps_the_live_story_and_the_log(journalist):
    live = story(Status.PUBLISHED, journalist)
    copy = workflow.article_start_edit(article=live, user=journalist)
    copy.headline = "Wrong turn"
    copy.save()
    workflow.article_discard_changes(article=copy, user=journalist)
    live.refresh_from_db()
    assert live.headline != "Wrong turn"
    assert not Article.objects.filter(pk=copy.pk).exists()
    assert ArticleEvent.objects.filter(article=live, action="discard_changes").exists()


def test_other_journalists_cannot_touch_someone_elses_copy(journalist, other_journalist):
    live = story(Status.PUBLISHED, journalist)
    with pytest.raises(workflow.EditPermissionError):
        workflow.article_start_edit(article=live, user=other_journalist)
    copy = workflow.article_start_edit(article=live, user=journalist)
    with pytest.raises(workflow.EditPermissionError):
        workflow.article_submit(article=copy, user=other_journalist)
    with pytest.raises(workflow.EditPermissionError):
        workflow.article_discard_changes(article=copy, user=other_journalist)


def test_changes_cannot_go_live_on_a_withdrawn_story(journalist, editor):
    live = story(Status.PUBLISHED, journalist)
    copy = workflow.article_start_edit(article=live, user=journalist)
    workflow.article_submit(article=copy, user=journalist)
    workflow.article_withdraw(article=live, user=editor, reason="Legal.")
    with pytest.raises(workflow.TransitionError):
        workflow.article_approve(article=copy, user=editor)
    live.refresh_from_db()
    assert live.status == Status.WITHDRAWN


# --- who may edit ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "status,author_may,editor_may",
    [
        (Status.DRAFT, True, True),
        (Status.IN_REVIEW, False, True),
        (Status.SCHEDULED, False, True),
        (Status.PUBLISHED, False, False),  # through the working copy only
        (Status.WITHDRAWN, False, False),
    ],
)
def test_who_may_edit_a_story_in_each_state(
    status, author_may, editor_may, journalist, other_journalist, editor
):
    article = story(status, journalist)
    assert workflow.can_edit(journalist, article) is author_may
    assert workflow.can_edit(other_journalist, article) is False
    assert workflow.can_edit(editor, article) is editor_may


def test_a_journalist_may_edit_the_working_copy_of_their_story_only_while_it_is_a_draft(journalist, editor):
    live = story(Status.PUBLISHED, journalist)
    copy = workflow.article_start_edit(article=live, user=journalist)
    assert workflow.can_edit(journalist, copy)
    workflow.article_submit(article=copy, user=journalist)
    copy.refresh_from_db()
    assert not workflow.can_edit(journalist, copy)
    assert workflow.can_edit(editor, copy)


def test_saving_bumps_the_version_and_records_who(journalist):
    article = story(Status.DRAFT, journalist)
    article.headline = "Fresh"
    workflow.article_save(article=article, user=journalist, expected_version=article.edit_version)
    article.refresh_from_db()
    assert (article.edit_version, article.last_edited_by) == (2, journalist)


def test_a_stale_save_is_refused_naming_who_saved_in_between(journalist, editor):
    article = story(Status.DRAFT, journalist)
    loaded = article.edit_version
    theirs = Article.objects.get(pk=article.pk)
    theirs.dek = "Editor's dek"
    workflow.article_save(article=theirs, user=editor, expected_version=loaded)
    mine = Article.objects.get(pk=article.pk)
    mine.dek = "My dek"
    with pytest.raises(workflow.StaleEditError) as exc:
        workflow.article_save(article=mine, user=journalist, expected_version=loaded)
    assert editor.get_full_name() in exc.value.message
    assert Article.objects.get(pk=article.pk).dek == "Editor's dek"


def test_a_save_cannot_change_editorial_state(journalist):
    article = story(Status.DRAFT, journalist)
    article.status = Status.PUBLISHED
    article.first_published_at = timezone.now()
    workflow.article_save(article=article, user=journalist, expected_version=article.edit_version)
    article.refresh_from_db()
    assert (article.status, article.first_published_at) == (Status.DRAFT, None)


def test_a_transition_counts_as_a_change_for_stale_forms(journalist, editor):
    article = story(Status.IN_REVIEW, journalist)
    loaded = article.edit_version
    workflow.article_return(article=article, user=editor, comment="More detail.")
    with pytest.raises(workflow.StaleEditError):
        workflow.article_check_version(article=article, expected_version=loaded)


# --- the quote gate -------------------------------------------------------------------


def test_approval_is_refused_listing_quotes_missing_from_the_body(journalist, editor):
    article = story(Status.IN_REVIEW, journalist)
    source = SourceFactory(name="Rosa Ortiz")
    QuoteFactory(article=article, text="We will not cut patrols.")
    QuoteFactory(article=article, source=source, text="The budget is a fantasy.")
    with pytest.raises(workflow.QuoteIntegrityError) as exc:
        workflow.article_approve(article=article, user=editor)
    assert "Rosa Ortiz" in exc.value.message
    assert "The budget is a fantasy." in exc.value.message
    assert "We will not cut patrols" not in exc.value.message
    assert [q.text for q in exc.value.quotes] == ["The budget is a fantasy."]
    article.refresh_from_db()
    assert article.status == Status.IN_REVIEW


def test_changes_with_a_misquote_cannot_go_live(journalist, editor):
    live = story(Status.PUBLISHED, journalist)
    copy = workflow.article_start_edit(article=live, user=editor)
    QuoteFactory(article=copy, text="Words nobody printed.")
    with pytest.raises(workflow.QuoteIntegrityError):
        workflow.article_publish_changes(article=copy, user=editor)
    assert Article.objects.filter(pk=copy.pk).exists()


# --- history --------------------------------------------------------------------------


def test_restoring_a_version_of_a_published_story_lands_on_the_working_copy(journalist, editor):
    from articles.history import versions_for_article

    live = published_with_everything(journalist)
    copy = workflow.article_start_edit(article=live, user=editor)
    copy.headline = "Second headline"
    copy.save()
    Quote.objects.filter(article=copy).delete()
    workflow.article_saved(article=copy, user=editor)
    workflow.article_publish_changes(article=copy, user=editor)
    live.refresh_from_db()
    assert live.headline == "Second headline"
    assert not live.quotes.exists()

    oldest = list(versions_for_article(live))[-1]
    target = workflow.article_restore(article=live, user=journalist, version=oldest)

    live.refresh_from_db()
    assert live.headline == "Second headline"  # readers keep the approved version
    assert target.live_article == live
    assert target.headline != "Second headline"
    assert [q.text for q in target.quotes.all()] == ["We will not cut patrols."]
    assert target.status == Status.DRAFT


def test_restoring_a_published_story_is_one_log_entry_even_when_it_opens_the_working_copy(journalist, editor):
    from articles.history import versions_for_article

    live = published_with_everything(journalist)
    edit = workflow.article_start_edit(article=live, user=editor)
    edit.headline = "Second headline"
    edit.save()
    workflow.article_saved(article=edit, user=editor)
    workflow.article_publish_changes(article=edit, user=editor)
    oldest = list(versions_for_article(live))[-1]

    copy = workflow.article_restore(article=live, user=journalist, version=oldest)

    events = list(ArticleEvent.objects.filter(article=copy).values_list("action", "from_status", "to_status"))
    assert events == [("restore", Status.PUBLISHED, Status.DRAFT)]
    workflow.article_restore(article=live, user=journalist, version=oldest)  # the copy exists now
    assert ArticleEvent.objects.filter(article=copy, action="restore").first().from_status == Status.DRAFT
    assert not ArticleEvent.objects.filter(article=copy, action="start_edit").exists()


def test_restoring_never_brings_back_editorial_state(journalist, editor):
    from articles.history import versions_for_article

    article = story(Status.DRAFT, journalist)
    workflow.article_saved(article=article, user=journalist)
    workflow.article_submit(article=article, user=journalist)
    workflow.article_return(article=article, user=editor, comment="Shorter.")
    article.refresh_from_db()
    old = versions_for_article(article).first()
    workflow.article_restore(article=article, user=journalist, version=old)
    article.refresh_from_db()
    assert article.status == Status.DRAFT
    assert article.edit_version > 1


def test_a_journalist_cannot_restore_a_story_frozen_in_review(journalist):
    from articles.history import versions_for_article

    article = story(Status.DRAFT, journalist)
    workflow.article_saved(article=article, user=journalist)
    workflow.article_submit(article=article, user=journalist)
    with pytest.raises(workflow.EditPermissionError):
        workflow.article_restore(
            article=article, user=journalist, version=versions_for_article(article).first()
        )


# --- the editing desk ---------------------------------------------------------------------


def test_an_author_takes_a_submission_back_to_fix_it_and_the_editors_are_told(
    journalist, editor, mailoutbox, django_capture_on_commit_callbacks
):
    article = story(Status.IN_REVIEW, journalist)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_take_back(article=article, user=journalist, note="The total is wrong.")
    article.refresh_from_db()
    assert article.status == Status.DRAFT
    assert workflow.can_edit(journalist, article)
    event = ArticleEvent.objects.get(article=article)
    assert (event.action, event.user, event.from_status, event.to_status, event.comment) == (
        "take_back",
        journalist,
        Status.IN_REVIEW,
        Status.DRAFT,
        "The total is wrong.",
    )
    assert workflow.EVENT_LABELS["take_back"] == "Taken back by the author to fix"
    assert [m.to for m in mailoutbox] == [[editor.email]]
    assert "The total is wrong." in mailoutbox[0].body


@pytest.mark.parametrize("status", [Status.DRAFT, Status.SCHEDULED, Status.PUBLISHED])
def test_only_a_story_in_review_can_be_taken_back(status, journalist):
    article = story(status, journalist)
    with pytest.raises(workflow.TransitionError):
        workflow.article_take_back(article=article, user=journalist)


def test_a_correction_published_with_edits_is_one_entry_in_the_log(editor, journalist):
    live = story(Status.PUBLISHED, journalist)
    copy = workflow.article_start_edit(article=live, user=journalist)
    copy.dek = "A corrected dek."
    copy.save()
    before = set(ArticleEvent.objects.values_list("pk", flat=True))
    workflow.article_publish_correction(article=copy, user=editor, text="The total was $4 million.")
    new = ArticleEvent.objects.exclude(pk__in=before)
    assert [(e.action, e.article_id, e.comment) for e in new] == [
        ("correct_changes", live.pk, "The total was $4 million.")
    ]


def test_publishing_changes_moves_the_live_storys_modified_time(editor, journalist):
    long_ago = timezone.now() - timedelta(days=2)
    live = story(Status.PUBLISHED, journalist, first_published_at=long_ago, last_published_at=long_ago)
    copy = workflow.article_start_edit(article=live, user=journalist)
    workflow.article_publish_changes(article=copy, user=editor)
    live.refresh_from_db()
    assert live.first_published_at == long_ago
    assert live.last_published_at > timezone.now() - timedelta(minutes=1)


def test_the_visible_parts_are_disjoint_and_together_the_stories_a_journalist_may_see(
    journalist, other_journalist
):
    own_draft = ArticleFactory(authors=[journalist])
    own_in_review = ArticleFactory(authors=[journalist, other_journalist], status=Article.Status.IN_REVIEW)
    own_live = PublishedArticleFactory(authors=[journalist])
    WorkingCopyFactory(live_article=own_live, authors=[journalist])
    # A working copy of their story that does not carry their byline is theirs to see too.
    WorkingCopyFactory(live_article=PublishedArticleFactory(authors=[journalist]), authors=[other_journalist])
    PublishedArticleFactory(authors=[other_journalist])
    WithdrawnArticleFactory(authors=[other_journalist])
    ArticleFactory(authors=[other_journalist])
    ScheduledArticleFactory(authors=[other_journalist])
    others_live = PublishedArticleFactory(authors=[other_journalist])
    WorkingCopyFactory(live_article=others_live, authors=[other_journalist])

    parts = workflow.visible_parts(journalist)
    in_parts = [set(Article.objects.filter(part).values_list("pk", flat=True)) for part in parts]
    visible = set(workflow.articles_visible_to(journalist).values_list("pk", flat=True))
    assert sum(len(part) for part in in_parts) == len(visible) == len(set().union(*in_parts))
    assert set().union(*in_parts) == visible
    assert {own_draft.pk, own_in_review.pk} <= visible
    hidden = Article.objects.exclude(pk__in=visible)
    assert {(story.status, story.is_working_copy) for story in hidden} == {
        (Article.Status.DRAFT, False),
        (Article.Status.SCHEDULED, False),
        (Article.Status.DRAFT, True),
    }
    assert all(author != journalist for story in hidden for author in story.authors.all())


def test_editors_see_every_story_and_people_without_access_none(editor, journalist):
    assert workflow.visible_parts(editor) is None
    journalist.is_active = False
    assert workflow.visible_parts(journalist) == []
    assert not workflow.articles_visible_to(journalist).exists()
