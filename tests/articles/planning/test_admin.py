"""Planning in the admin: the budget, the calendar, the line admin and its buttons, for
each role; and nothing from planning on a public page."""

from datetime import datetime, time, timedelta

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, ArticleEvent, BudgetLine, BudgetLineEvent
from tests.factories import (
    ArticleFactory,
    BudgetLineFactory,
    PublishedArticleFactory,
    ScheduledArticleFactory,
    SectionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db
State = BudgetLine.State
BUDGET = reverse("admin:articles_budgetline_budget")
CALENDAR = reverse("admin:articles_budgetline_calendar")
CHANGELIST = reverse("admin:articles_budgetline_changelist")


def change_url(line):
    return reverse("admin:articles_budgetline_change", args=[line.pk])


def local(day, hour, minute=0):
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def messages_of(response):
    return [str(m) for m in response.context["messages"]] if response.context else []


# --- permissions from the migration ----------------------------------------------------


def test_journalists_view_add_and_change_lines_and_editors_may_also_delete_them(journalist, editor):
    journalists = set(Group.objects.get(name="Journalists").permissions.values_list("codename", flat=True))
    editors = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    assert {"view_budgetline", "add_budgetline", "change_budgetline", "view_budgetlineevent"} <= journalists
    assert "delete_budgetline" not in journalists
    assert "delete_budgetline" in editors
    assert not {"add_budgetlineevent", "change_budgetlineevent"} & (journalists | editors)


# --- the budget page -------------------------------------------------------------------


def test_the_admin_home_links_to_the_budget_and_the_calendar(client, journalist):
    client.force_login(journalist)
    page = client.get(reverse("admin:index")).content.decode()
    assert BUDGET in page and CALENDAR in page


def test_the_budget_page_shows_every_desk_to_editors_with_a_page_break_stylesheet(client, editor):
    BudgetLineFactory(slug="bridge-vote", section=SectionFactory(name="Metro"))
    BudgetLineFactory(slug="derby-day", section=SectionFactory(name="Sports"))
    client.force_login(editor)
    response = client.get(BUDGET)
    page = response.content.decode()
    assert response.status_code == 200
    assert "bridge-vote" in page and "derby-day" in page
    assert page.count('class="planning-desk"') == 2
    assert "admin/articles/planning.css" in page
    assert "<style" not in page.split("</head>")[1] and " style=" not in page


def test_a_chosen_days_budget(client, editor):
    day = timezone.localdate() + timedelta(days=3)
    BudgetLineFactory(slug="later-on", planned_date=day)
    BudgetLineFactory(slug="today-only")
    client.force_login(editor)
    page = client.get(BUDGET, {"date": day.isoformat()}).content.decode()
    assert "later-on" in page and "today-only" not in page


def test_a_journalist_sees_the_budget_without_another_journalists_hidden_headline(
    client, journalist, other_journalist
):
    draft = ArticleFactory(authors=[other_journalist], headline="Confidential: the mayor's resignation")
    BudgetLineFactory(slug="mayor-item", article=draft, reporters=[other_journalist], state=State.IN_PROGRESS)
    client.force_login(journalist)
    page = client.get(BUDGET).content.decode()
    assert "mayor-item" in page
    assert "Confidential" not in page
    assert reverse("admin:articles_article_change", args=[draft.pk]) not in page


def test_staff_without_planning_permissions_may_not_see_the_budget(client):
    clerk = UserFactory(is_staff=True)
    BudgetLineFactory(slug="hush")
    client.force_login(clerk)
    for url in (BUDGET, CALENDAR):
        response = client.get(url)
        assert response.status_code == 403
        assert b"hush" not in response.content


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(BUDGET)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_budget_page_runs_a_fixed_number_of_queries(client, editor, django_assert_max_num_queries):
    desks = [SectionFactory(name=f"Desk {n}") for n in range(4)]
    for n in range(40):
        line = BudgetLineFactory(section=desks[n % 4], planned_time=time(6 + n % 12))
        line.reporters.set([editor])
        PublishedArticleFactory(section=desks[n % 4])
    client.force_login(editor)
    with django_assert_max_num_queries(9):
        assert client.get(BUDGET).status_code == 200


# --- the calendar ----------------------------------------------------------------------


@pytest.mark.parametrize("period", ["week", "month"])
def test_the_calendar_pages_show_stories_and_lines(client, editor, period):
    ScheduledArticleFactory(
        headline="Scheduled for tomorrow", scheduled_at=timezone.now() + timedelta(days=1)
    )
    BudgetLineFactory(slug="planned-today")
    client.force_login(editor)
    page = client.get(CALENDAR, {"period": period}).content.decode()
    assert "planned-today" in page
    tomorrow = timezone.localdate() + timedelta(days=1)
    if tomorrow.month == timezone.localdate().month or period == "week":
        assert "Scheduled for tomorrow" in page


def test_the_calendar_filters_by_person(client, editor, journalist, other_journalist):
    BudgetLineFactory(slug="jos-line", reporters=[journalist])
    BudgetLineFactory(slug="kims-line", reporters=[other_journalist])
    client.force_login(editor)
    page = client.get(CALENDAR, {"person": journalist.pk}).content.decode()
    assert "jos-line" in page and "kims-line" not in page


@pytest.mark.parametrize("period", ["week", "month"])
def test_the_calendar_runs_a_fixed_number_of_queries(client, editor, django_assert_max_num_queries, period):
    today = timezone.localdate()
    for n in range(40):
        ScheduledArticleFactory(scheduled_at=local(today, 23) + timedelta(days=n % 5, minutes=n))
        PublishedArticleFactory(last_published_at=timezone.now() - timedelta(minutes=n))
        BudgetLineFactory(planned_date=today + timedelta(days=n % 6))
    client.force_login(editor)
    with django_assert_max_num_queries(10):
        assert client.get(CALENDAR, {"period": period}).status_code == 200


def test_a_journalist_is_offered_no_reschedule_form(client, journalist):
    ScheduledArticleFactory(authors=[journalist], scheduled_at=timezone.now() + timedelta(hours=2))
    BudgetLineFactory(reporters=[journalist])
    client.force_login(journalist)
    page = client.get(CALENDAR).content.decode()
    assert "planning-reschedule" not in page


# --- rescheduling from the calendar ----------------------------------------------------


def reschedule_story(client, article, when, version=None):
    return client.post(
        reverse("admin:articles_budgetline_reschedule_story", args=[article.pk]),
        {
            "publish_at": timezone.localtime(when).strftime("%Y-%m-%dT%H:%M"),
            "version": article.edit_version if version is None else version,
            "next": CALENDAR,
        },
        follow=True,
    )


def test_an_editor_reschedules_a_scheduled_story_from_the_calendar(client, editor):
    article = ScheduledArticleFactory(headline="Ferry fares")
    new = (timezone.now() + timedelta(days=2)).replace(second=0, microsecond=0)
    client.force_login(editor)
    response = reschedule_story(client, article, new)
    article.refresh_from_db()
    assert article.scheduled_at == new
    assert response.redirect_chain[-1][0] == CALENDAR
    assert any("now goes live" in m for m in messages_of(response))
    assert ArticleEvent.objects.filter(article=article, action="reschedule", user=editor).exists()


def test_a_reschedule_into_the_past_is_refused_with_the_reason(client, editor):
    article = ScheduledArticleFactory()
    client.force_login(editor)
    response = reschedule_story(client, article, timezone.now() - timedelta(hours=1))
    assert any("future" in m for m in messages_of(response))
    assert Article.objects.get(pk=article.pk).scheduled_at == article.scheduled_at


def test_a_reschedule_from_a_page_loaded_before_another_change_is_refused(client, editor):
    article = ScheduledArticleFactory()
    client.force_login(editor)
    response = reschedule_story(
        client, article, timezone.now() + timedelta(days=3), version=article.edit_version - 1
    )
    assert any("after you opened it" in m for m in messages_of(response))
    assert Article.objects.get(pk=article.pk).scheduled_at == article.scheduled_at


def test_a_journalists_hand_made_reschedule_is_refused(client, journalist):
    article = ScheduledArticleFactory(authors=[journalist])
    client.force_login(journalist)
    response = reschedule_story(client, article, timezone.now() + timedelta(days=3))
    assert any("Only an editor" in m for m in messages_of(response))
    assert Article.objects.get(pk=article.pk).scheduled_at == article.scheduled_at


def test_the_reschedule_address_does_not_confirm_a_story_the_user_may_not_see(
    client, journalist, other_journalist
):
    article = ScheduledArticleFactory(authors=[other_journalist])
    client.force_login(journalist)
    response = client.post(reverse("admin:articles_budgetline_reschedule_story", args=[article.pk]), {})
    assert response.status_code == 404


def test_going_back_after_a_reschedule_never_leaves_the_site(client, editor):
    article = ScheduledArticleFactory()
    client.force_login(editor)
    response = client.post(
        reverse("admin:articles_budgetline_reschedule_story", args=[article.pk]),
        {"publish_at": "2099-01-01T10:00", "version": article.edit_version, "next": "https://evil.example/"},
    )
    assert response["Location"] == CALENDAR


def test_an_editor_reschedules_a_line(client, editor):
    line = BudgetLineFactory()
    day = timezone.localdate() + timedelta(days=4)
    client.force_login(editor)
    client.post(
        reverse("admin:articles_budgetline_reschedule", args=[line.pk]),
        {"planned_date": day.isoformat(), "planned_time": "16:45", "version": line.edit_version},
    )
    line.refresh_from_db()
    assert (line.planned_date, line.planned_time) == (day, time(16, 45))
    assert BudgetLineEvent.objects.filter(line=line, action="reschedule").exists()


def test_a_line_reschedule_with_a_bad_time_names_the_problem(client, editor):
    line = BudgetLineFactory()
    client.force_login(editor)
    response = client.post(
        reverse("admin:articles_budgetline_reschedule", args=[line.pk]),
        {"planned_date": "2099-01-01", "planned_time": "noonish", "version": line.edit_version},
        follow=True,
    )
    assert any("hours and minutes" in m for m in messages_of(response))
    line.refresh_from_db()
    assert line.planned_date == timezone.localdate()


def test_the_planning_buttons_answer_only_posts(client, editor):
    line = BudgetLineFactory()
    client.force_login(editor)
    for name in ("state", "start_draft", "reschedule"):
        assert client.get(reverse(f"admin:articles_budgetline_{name}", args=[line.pk])).status_code == 405


# --- the line admin --------------------------------------------------------------------


def test_a_journalist_lists_only_the_lines_they_are_on(client, journalist, other_journalist):
    BudgetLineFactory(slug="jos-own", reporters=[journalist])
    BudgetLineFactory(slug="kims-own", reporters=[other_journalist])
    client.force_login(journalist)
    page = client.get(CHANGELIST).content.decode()
    assert "jos-own" in page and "kims-own" not in page
    assert BUDGET in page and CALENDAR in page


def test_a_journalist_cannot_open_or_post_to_a_line_they_are_not_on(client, journalist, other_journalist):
    line = BudgetLineFactory(slug="kims-own", reporters=[other_journalist])
    client.force_login(journalist)
    assert b"kims-own" not in client.get(change_url(line), follow=True).content
    state = client.post(reverse("admin:articles_budgetline_state", args=[line.pk]), {"state": "assigned"})
    assert state.status_code == 404
    draft = client.post(reverse("admin:articles_budgetline_start_draft", args=[line.pk]), {"version": 1})
    assert draft.status_code == 404
    assert not Article.objects.exists()


def test_the_changelist_runs_a_fixed_number_of_queries(
    client, editor, journalist, django_assert_max_num_queries
):
    for n in range(30):
        story = ArticleFactory() if n % 2 else None
        line = BudgetLineFactory(article=story, photographer=journalist)
        line.reporters.set([editor, journalist])
    client.force_login(editor)
    with django_assert_max_num_queries(11):
        assert client.get(CHANGELIST).status_code == 200


def line_form(line, **changes):
    data = {
        "slug": line.slug,
        "description": line.description,
        "section": line.section_id,
        "priority": line.priority,
        "photographer": "",
        "planned_length": "",
        "loaded_version": line.edit_version,
    }
    data.update(changes)
    return data


def test_a_journalist_adds_a_line_and_is_put_on_it(client, journalist):
    section = SectionFactory()
    client.force_login(journalist)
    day = timezone.localdate() + timedelta(days=1)
    response = client.post(
        reverse("admin:articles_budgetline_add"),
        {
            "slug": "pier-repairs",
            "description": "The pier reopens",
            "section": section.pk,
            "priority": 3,
            "planned_date": day.isoformat(),
            "planned_time": "09:30",
        },
    )
    assert response.status_code == 302
    line = BudgetLine.objects.get(slug="pier-repairs")
    assert list(line.reporters.all()) == [journalist]
    assert line.state == State.ASSIGNED
    assert (line.planned_date, line.planned_time) == (day, time(9, 30))


def test_the_form_does_not_set_the_state_the_story_or_the_planned_time(client, editor):
    line = BudgetLineFactory()
    story = PublishedArticleFactory()
    client.force_login(editor)
    client.post(
        change_url(line),
        line_form(
            line,
            description="Edited",
            state="killed",
            article=story.pk,
            planned_date="2099-01-01",
            edit_version=99,
        ),
    )
    line.refresh_from_db()
    assert line.description == "Edited"
    assert (line.state, line.article, line.planned_date) == (State.IDEA, None, timezone.localdate())
    assert line.edit_version == 2


def test_a_line_form_loaded_before_another_change_is_refused_and_keeps_the_text(client, editor):
    line = BudgetLineFactory()
    BudgetLine.objects.filter(pk=line.pk).update(edit_version=2)
    client.force_login(editor)
    response = client.post(
        change_url(line), line_form(line, description="My careful wording", loaded_version=1)
    )
    assert response.status_code == 200
    assert "after you opened it" in response.content.decode()
    assert "My careful wording" in response.content.decode()
    assert BudgetLine.objects.get(pk=line.pk).description != "My careful wording"


def test_the_line_page_offers_the_moves_the_user_may_make(client, editor, journalist):
    line = BudgetLineFactory(reporters=[journalist], state=State.ASSIGNED)
    client.force_login(journalist)
    page = client.get(change_url(line)).content.decode()
    assert 'value="in_progress"' in page and 'value="idea"' in page
    assert 'value="killed"' not in page and "planned_date" not in page.split('id="line-status"')[0]
    client.force_login(editor)
    page = client.get(change_url(line)).content.decode()
    assert 'value="killed"' in page and 'name="planned_date"' in page


def test_a_journalist_moves_their_line_and_starts_its_draft_from_the_admin(client, journalist):
    line = BudgetLineFactory(reporters=[journalist], state=State.ASSIGNED)
    client.force_login(journalist)
    client.post(
        reverse("admin:articles_budgetline_state", args=[line.pk]), {"state": "in_progress", "version": 1}
    )
    line.refresh_from_db()
    assert line.state == State.IN_PROGRESS
    response = client.post(reverse("admin:articles_budgetline_start_draft", args=[line.pk]), {"version": 2})
    line.refresh_from_db()
    assert response["Location"] == reverse("admin:articles_article_change", args=[line.article_id])
    assert list(line.article.authors.all()) == [journalist]
    page = client.get(change_url(line)).content.decode()
    assert line.article.headline in page and "Draft" in page


def test_a_state_change_without_the_pages_version_is_refused(client, editor):
    line = BudgetLineFactory(reporters=[editor], state=State.ASSIGNED)
    client.force_login(editor)
    client.post(reverse("admin:articles_budgetline_state", args=[line.pk]), {"state": "killed"})
    line.refresh_from_db()
    assert line.state == State.ASSIGNED


def test_only_editors_delete_lines(client, journalist, editor):
    line = BudgetLineFactory(reporters=[journalist])
    client.force_login(journalist)
    client.post(reverse("admin:articles_budgetline_delete", args=[line.pk]), {"post": "yes"})
    assert BudgetLine.objects.filter(pk=line.pk).exists()
    client.force_login(editor)
    client.post(reverse("admin:articles_budgetline_delete", args=[line.pk]), {"post": "yes"})
    assert not BudgetLine.objects.filter(pk=line.pk).exists()


# --- readers ---------------------------------------------------------------------------


def test_nothing_from_planning_reaches_a_public_page(client):
    section = SectionFactory(name="Metro", slug="metro")
    story = PublishedArticleFactory(section=section, headline="Bridge reopens")
    BudgetLineFactory(
        slug="nightjar-slug", description="Nightjar description", section=section, article=story
    )
    BudgetLineFactory(slug="nightjar-idea", description="Nightjar unplanned idea", section=section)
    pages = [
        "/",
        story.get_absolute_url(),
        section.get_absolute_url(),
        "/feeds/rss/",
        "/feeds/atom/",
        "/sitemap.xml",
        "/search/?q=nightjar",
    ]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        for text in (b"Nightjar description", b"Nightjar unplanned", b"nightjar-slug", b"nightjar-idea"):
            assert text not in response.content, url


def test_markup_typed_into_a_line_is_shown_as_text(client, editor):
    BudgetLineFactory(slug="xss", description='<img src=x onerror="alert(1)">Bridge')
    client.force_login(editor)
    for url in (BUDGET, CALENDAR):
        page = client.get(url).content.decode()
        assert "<img src=x" not in page
    assert "&lt;img src=x" in client.get(BUDGET).content.decode()


def test_a_story_is_rescheduled_from_a_day_and_a_time_posted_apart(client, editor):
    article = ScheduledArticleFactory()
    new = timezone.localtime(timezone.now() + timedelta(days=2)).replace(second=0, microsecond=0)
    client.force_login(editor)
    client.post(
        reverse("admin:articles_budgetline_reschedule_story", args=[article.pk]),
        {"publish_date": new.date().isoformat(), "publish_time": new.strftime("%H:%M"), "version": 1},
    )
    article.refresh_from_db()
    assert article.scheduled_at == new


def test_a_story_reschedule_without_a_time_names_what_is_missing(client, editor):
    article = ScheduledArticleFactory()
    client.force_login(editor)
    response = client.post(
        reverse("admin:articles_budgetline_reschedule_story", args=[article.pk]),
        {"publish_date": "2099-01-01", "publish_time": "", "version": 1},
        follow=True,
    )
    assert any("date and time" in m for m in messages_of(response))
    assert Article.objects.get(pk=article.pk).scheduled_at == article.scheduled_at


def test_a_draft_started_from_a_line_names_its_line_on_the_story_page(client, journalist):
    line = BudgetLineFactory(slug="pier-repairs", reporters=[journalist], planned_time=time(7, 15))
    client.force_login(journalist)
    client.post(reverse("admin:articles_budgetline_start_draft", args=[line.pk]), {"version": 1})
    line.refresh_from_db()
    page = client.get(reverse("admin:articles_article_change", args=[line.article_id])).content.decode()
    assert "On the budget as “pier-repairs”" in page and "07:15" in page
    assert f"{BUDGET}?date={line.planned_date.isoformat()}" in page
