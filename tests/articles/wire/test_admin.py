"""“Import from the wire” in the admin: the link on the story list, the upload form and its
errors, the result page, and the list of wire stories."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, WireOrigin
from articles.wire.admin import FILES_REQUIRED, SECTION_REQUIRED
from tests.articles.wire.conftest import sample
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
IMPORT = reverse("admin:articles_wireorigin_import")


def upload(name, data=None):
    return SimpleUploadedFile(name, sample(name) if data is None else data)


def test_story_list_links_to_the_import_page(client, journalist):
    client.force_login(journalist)
    response = client.get(reverse("admin:articles_article_changelist"))
    assert f'href="{IMPORT}"' in response.content.decode()


def test_import_page_has_no_inline_script_or_style(client, journalist):
    client.force_login(journalist)
    html = client.get(IMPORT).content.decode()
    assert "Import from the wire" in html
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"<script(?![^>]*\ssrc=)[^>]*>", html)


def test_uploading_files_lists_what_was_created_and_what_was_refused(client, journalist, city):
    client.force_login(journalist)
    response = client.post(
        IMPORT,
        {
            "section": city.pk,
            "files": [
                upload("storm-drains.txt"),
                upload("attack-entity-expansion.xml"),
                upload("tide-gauge.json"),
            ],
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "3 files read: 1 refused" in html
    assert "attack-entity-expansion.xml" in html and "It declares an XML entity" in html
    assert "Nothing from this file was imported." in html
    assert "Volunteers clear 300 storm drains before the first big rain" in html
    assert "Embargoed until" in html
    stories = Article.objects.filter(section=city)
    assert stories.count() == 2
    assert all(s.authors.get() == journalist for s in stories)
    for story in stories:
        assert reverse("admin:articles_article_change", args=[story.pk]) in html


def test_reimporting_a_newer_version_through_the_admin_says_updated(client, journalist, city):
    client.force_login(journalist)
    client.post(IMPORT, {"section": city.pk, "files": [upload("library-levy-v1.xml")]})
    html = client.post(
        IMPORT, {"section": city.pk, "files": [upload("library-levy-v2.xml")]}
    ).content.decode()
    assert "wire-badge-updated" in html and ">Updated<" in html
    assert Article.objects.count() == 1


def test_no_file_is_a_form_error_on_the_files_field(client, journalist, city):
    client.force_login(journalist)
    response = client.post(IMPORT, {"section": city.pk})
    assert response.context["form"].errors == {"files": [FILES_REQUIRED]}
    assert not Article.objects.exists()


def test_missing_section_is_a_form_error_and_nothing_is_imported(client, journalist):
    client.force_login(journalist)
    response = client.post(IMPORT, {"files": [upload("storm-drains.txt")]})
    assert response.context["form"].errors == {"section": [SECTION_REQUIRED]}
    assert not Article.objects.exists()


def test_oversized_upload_is_refused_naming_the_file(client, journalist, city, settings):
    settings.WIRE_IMPORT_MAX_BYTES = 200
    client.force_login(journalist)
    html = client.post(
        IMPORT, {"section": city.pk, "files": [upload("ferry-fares-v1.json")]}
    ).content.decode()
    assert "ferry-fares-v1.json" in html and "wire files may be at most 200 bytes" in html
    assert not Article.objects.exists()


def test_staff_who_cannot_write_stories_may_not_open_the_page(client):
    client.force_login(UserFactory(is_staff=True))
    response = client.get(IMPORT)
    assert response.status_code == 403
    assert not Article.objects.exists()


def test_imported_drafts_stay_off_the_public_site(client, journalist, city):
    client.force_login(journalist)
    client.post(IMPORT, {"section": city.pk, "files": [upload("storm-drains.txt")]})
    client.logout()
    for url in ["/", city.get_absolute_url(), "/feeds/rss/", "/search/?q=storm+drains"]:
        assert "Volunteers clear 300 storm drains" not in client.get(url).content.decode()


def test_wire_story_list_shows_only_stories_the_user_may_see(client, journalist, other_journalist, city):
    client.force_login(journalist)
    client.post(IMPORT, {"section": city.pk, "files": [upload("storm-drains.txt")]})
    client.force_login(other_journalist)
    client.post(IMPORT, {"section": city.pk, "files": [upload("market-reopens.html")]})
    html = client.get(reverse("admin:articles_wireorigin_changelist")).content.decode()
    assert "Ninth Street market reopens" in html
    assert "Volunteers clear 300 storm drains" not in html
    assert WireOrigin.objects.count() == 2


def test_wire_story_list_is_read_only(client, editor, city):
    client.force_login(editor)
    client.post(IMPORT, {"section": city.pk, "files": [upload("storm-drains.txt")]})
    origin = WireOrigin.objects.get()
    response = client.post(reverse("admin:articles_wireorigin_change", args=[origin.pk]), {"version": 9})
    assert response.status_code in (403, 200)
    origin.refresh_from_db()
    assert origin.version == 1
    assert client.get(reverse("admin:articles_wireorigin_add")).status_code == 403
