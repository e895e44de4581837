import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article
from tests.factories import (
    ArticleFactory,
    JournalistFactory,
    PublishedArticleFactory,
    SectionFactory,
    SourceFactory,
    image_file,
)

pytestmark = pytest.mark.django_db


def test_article_list_query_count_does_not_grow_with_rows(client, editor, django_assert_max_num_queries):
    authors = [JournalistFactory(), JournalistFactory()]
    for n in range(50):
        ArticleFactory(authors=authors, tags=[f"tag{n % 7}", "city hall"])
    client.force_login(editor)
    with django_assert_max_num_queries(15):
        response = client.get(reverse("admin:articles_article_changelist"))
    assert response.status_code == 200
    assert (
        response.content.count(b'class="field-headline"')
        + response.content.count(b'<th class="field-headline"')
        >= 50
    )


def test_article_list_filters_by_status_section_author_and_tag(client, editor, journalist):
    ArticleFactory(authors=[journalist], tags=["transit"])
    ArticleFactory(authors=[editor], tags=["schools"])
    client.force_login(editor)
    response = client.get(reverse("admin:articles_article_changelist"))
    html = " ".join(response.content.decode().split()).lower()
    for heading in ["by status", "by section", "by authors", "by tag"]:
        assert heading in html
    # Tags are searched, not listed: a newsroom has thousands.
    assert 'name="tag"' in html and ">transit<" not in html
    found = client.get(reverse("admin:articles_article_changelist"), {"tag": "TRANS"}).context["cl"]
    assert [story.tags.get().name for story in found.result_list] == ["transit"]


def new_story_data(editor, section):
    return {
        "section": section.pk,
        "headline": "Sheriff answers the board",
        "slug": "sheriff-answers-the-board",
        "dek": "A long session.",
        "body": "<p>Body text kept.</p>",
        "tags": "",
        "bylines-TOTAL_FORMS": "1",
        "bylines-INITIAL_FORMS": "0",
        "bylines-0-author": editor.pk,
        "bylines-0-order": "0",
        "quotes-TOTAL_FORMS": "0",
        "quotes-INITIAL_FORMS": "0",
        "related_links-TOTAL_FORMS": "1",
        "related_links-INITIAL_FORMS": "0",
        "related_links-0-url": "javascript:alert(1)",
        "related_links-0-title": "Bad link",
        "related_links-0-order": "0",
    }


def test_bad_related_link_gets_a_field_error_and_keeps_the_text(client, editor):
    client.force_login(editor)
    response = client.post(reverse("admin:articles_article_add"), new_story_data(editor, SectionFactory()))
    assert response.status_code == 200
    html = response.content.decode()
    assert "errorlist" in html
    assert "Sheriff answers the board" in html
    assert "Body text kept." in html
    assert not Article.objects.filter(headline="Sheriff answers the board").exists()


def test_source_admin_lists_the_stories_quoting_the_source(client, editor):
    from tests.factories import QuoteFactory

    source = SourceFactory(name="Rosa Ortiz")
    QuoteFactory(source=source, article=ArticleFactory(headline="School board splits"))
    client.force_login(editor)
    response = client.get(reverse("admin:articles_source_change", args=[source.pk]))
    assert "School board splits" in response.content.decode()


@pytest.mark.parametrize("role", ["journalist", "editor"])
def test_author_autocomplete_and_filter_name_people_not_usernames(client, role, request):
    reporter = JournalistFactory(username="dokafor", first_name="Daniel", last_name="Okafor")
    # Published: the filter names the authors of the stories the signed-in user may see.
    PublishedArticleFactory(authors=[reporter])
    client.force_login(request.getfixturevalue(role))
    response = client.get(
        reverse("admin:autocomplete"),
        {
            "term": "Okafor",
            "app_label": "articles",
            "model_name": "articleauthor",
            "field_name": "author",
        },
    )
    assert response.status_code == 200
    assert {"id": str(reporter.pk), "text": "Daniel Okafor"} in response.json()["results"]
    assert "example.org" not in response.content.decode()
    changelist = client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert "Daniel Okafor" in changelist


def test_read_only_story_shows_its_body_as_text_not_html_source(client, journalist, editor):
    from tests.factories import PublishedArticleFactory

    reporter = JournalistFactory(username="dokafor", first_name="Daniel", last_name="Okafor")
    story = PublishedArticleFactory(body="<p>The council <strong>voted</strong>.</p>", authors=[reporter])
    client.force_login(journalist)
    html = client.get(reverse("admin:articles_article_change", args=[story.pk])).content.decode()
    assert "The council <strong>voted</strong>." in html
    assert "&lt;strong&gt;" not in html
    assert "Daniel Okafor" in html
    assert "dokafor" not in html


@pytest.mark.parametrize(
    "upload, message",
    [
        (
            SimpleUploadedFile("chart.svg", b'<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
            "Upload a valid image",
        ),
        (
            SimpleUploadedFile("photo.jpg", b"<html><body>not a photo</body></html>"),
            "Upload a valid image",
        ),
        (image_file(name="huge.png", size=(120, 120), fmt="PNG"), "images may have at most"),
    ],
)
def test_a_bad_lead_image_gets_a_field_error_and_nothing_is_saved(client, editor, settings, upload, message):
    settings.IMAGE_MAX_PIXELS = 10_000
    client.force_login(editor)
    data = new_story_data(editor, SectionFactory())
    data.update({"related_links-TOTAL_FORMS": "0", "lead_image": upload, "lead_image_alt": "A chart"})
    response = client.post(reverse("admin:articles_article_add"), data)
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert message in " ".join(form.errors["lead_image"])
    assert "Sheriff answers the board" in response.content.decode()
    assert not Article.objects.exists()


def test_the_story_list_leaves_bodies_in_the_database_and_keeps_its_selection_boxes(client, editor):
    story = ArticleFactory(headline="Harbor dredging resumes", body="<p>" + "Long body. " * 50 + "</p>")
    client.force_login(editor)

    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("admin:articles_article_changelist"))

    listing = [q["sql"] for q in captured.captured_queries if '"articles_article"."headline"' in q["sql"]]
    assert listing and all('"articles_article"."body"' not in sql for sql in listing)
    html = response.content.decode()
    assert f'<input type="checkbox" name="_selected_action" value="{story.pk}" class="action-select"' in html
    assert 'id="action-toggle"' in html
