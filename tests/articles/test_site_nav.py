import pytest
from django.urls import reverse

from articles.delivery.pagecache import page_cache_purge
from articles.models import Section
from tests.factories import PublishedArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db


def test_the_menu_is_read_once_then_served_from_the_cache(client, django_assert_max_num_queries):
    SectionFactory(name="Harbor", slug="harbor")
    client.get(reverse("articles:corrections"))

    with django_assert_max_num_queries(2):
        response = client.get(reverse("articles:corrections") + "?page=1")

    assert b"Harbor" in response.content


def test_a_renamed_or_new_section_is_in_the_menu_once_the_change_commits(
    client, django_capture_on_commit_callbacks
):
    harbor = SectionFactory(name="Harbor", slug="harbor")
    PublishedArticleFactory(section=harbor)
    assert b">Harbor<" in client.get(reverse("articles:search")).content

    with django_capture_on_commit_callbacks(execute=True):
        harbor.name = "Waterfront"
        harbor.save()
        SectionFactory(name="Schools", slug="schools")

    content = client.get(reverse("articles:search") + "?q=x").content
    assert b">Waterfront<" in content and b">Schools<" in content and b">Harbor<" not in content


def test_each_process_reads_the_menu_again_once_the_site_tag_has_been_purged(client):
    SectionFactory(name="Harbor", slug="harbor")
    assert b">Harbor<" in client.get(reverse("articles:corrections")).content

    # Written as another process would: this one learns of it only from the purge.
    Section.objects.filter(slug="harbor").update(name="Waterfront")
    assert b">Harbor<" in client.get(reverse("articles:corrections") + "?page=1").content
    page_cache_purge()

    content = client.get(reverse("articles:corrections") + "?page=2").content
    assert b">Waterfront<" in content and b">Harbor<" not in content
