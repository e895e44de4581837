"""Staff previews and shareable preview links: the real story template, only the story the
link was made for, noindex, never cached, and dead once expired or revoked."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import formats, timezone

from articles import preview, workflow
from articles.history import article_record_version, versions_for_article
from articles.models import Article, PreviewLink
from tests.factories import ArticleFactory, PublishedArticleFactory, QuoteFactory

pytestmark = pytest.mark.django_db


def link_path(link):
    return reverse("articles:preview_link", kwargs={"token": preview.preview_link_token(link)})


def assert_private_and_noindex(response):
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert "noindex" in response["X-Robots-Tag"]


def test_staff_preview_a_draft_with_the_story_template(client, journalist):
    draft = ArticleFactory(authors=[journalist], headline="Draft headline", body="<p>Draft body text.</p>")
    client.force_login(journalist)
    response = client.get(reverse("articles:preview", kwargs={"pk": draft.pk}))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Draft headline" in html and "Draft body text." in html
    assert '<meta name="robots" content="noindex' in html
    assert "Preview" in html
    assert_private_and_noindex(response)


def test_staff_preview_shows_unapproved_changes_while_readers_keep_the_live_story(client, journalist):
    live = PublishedArticleFactory(authors=[journalist], headline="Live headline")
    copy = workflow.article_start_edit(article=live, user=journalist)
    copy.headline = "Pending headline"
    copy.save()
    client.force_login(journalist)
    assert (
        "Pending headline" in client.get(reverse("articles:preview", kwargs={"pk": copy.pk})).content.decode()
    )
    client.logout()
    assert "Pending headline" not in client.get(live.get_absolute_url()).content.decode()


def test_preview_is_for_staff_only(client):
    draft = ArticleFactory()
    response = client.get(reverse("articles:preview", kwargs={"pk": draft.pk}))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_a_journalist_cannot_preview_someone_elses_draft(client, journalist, other_journalist):
    draft = ArticleFactory(authors=[other_journalist])
    client.force_login(journalist)
    assert client.get(reverse("articles:preview", kwargs={"pk": draft.pk})).status_code == 404


def test_a_shared_link_shows_only_its_story_to_someone_without_an_account(client, editor):
    draft = ArticleFactory(headline="Embargoed story", body="<p>Embargoed text.</p>")
    other = ArticleFactory(headline="Another draft")
    link = preview.preview_link_create(article=draft, user=editor)
    response = client.get(link_path(link))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Embargoed story" in html and "Embargoed text." in html
    assert "Another draft" not in html
    assert '<meta name="robots" content="noindex' in html
    assert_private_and_noindex(response)
    # The token is for that story alone: it does not open another one's preview.
    assert client.get(reverse("articles:preview", kwargs={"pk": other.pk})).status_code == 302


def test_a_link_is_unguessable_and_signed(client, editor):
    draft = ArticleFactory()
    link = preview.preview_link_create(article=draft, user=editor)
    assert len(link.key) >= 40
    token = preview.preview_link_token(link)
    tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
    assert client.get(reverse("articles:preview_link", kwargs={"token": tampered})).status_code == 404
    unsigned = reverse("articles:preview_link", kwargs={"token": link.key})
    assert client.get(unsigned).status_code == 404
    forged_key = preview._signer().sign("not-a-real-key")
    assert client.get(reverse("articles:preview_link", kwargs={"token": forged_key})).status_code == 404


def test_an_expired_link_is_gone(client, editor):
    draft = ArticleFactory(headline="Embargoed story")
    link = preview.preview_link_create(article=draft, user=editor, hours=1)
    assert client.get(link_path(link)).status_code == 200
    PreviewLink.objects.filter(pk=link.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    response = client.get(link_path(link))
    assert response.status_code == 410
    assert "Embargoed story" not in response.content.decode()
    assert preview.LINK_GONE.split(".")[0] in response.content.decode()
    assert_private_and_noindex(response)


def test_a_revoked_link_stops_working_at_once(client, editor):
    draft = ArticleFactory(headline="Embargoed story")
    link = preview.preview_link_create(article=draft, user=editor)
    assert client.get(link_path(link)).status_code == 200
    preview.preview_link_revoke(link=link, user=editor)
    response = client.get(link_path(link))
    assert response.status_code == 410
    assert "Embargoed story" not in response.content.decode()


def test_only_editors_create_and_revoke_links(journalist, editor):
    draft = ArticleFactory(authors=[journalist])
    with pytest.raises(workflow.WorkflowPermissionError):
        preview.preview_link_create(article=draft, user=journalist)
    link = preview.preview_link_create(article=draft, user=editor)
    with pytest.raises(workflow.WorkflowPermissionError):
        preview.preview_link_revoke(link=link, user=journalist)
    link.refresh_from_db()
    assert link.is_active


def test_link_lifetime_is_bounded(editor):
    draft = ArticleFactory()
    with pytest.raises(ValueError):
        preview.preview_link_create(article=draft, user=editor, hours=0)
    with pytest.raises(ValueError):
        preview.preview_link_create(article=draft, user=editor, hours=preview.MAX_LINK_HOURS + 1)
    link = preview.preview_link_create(article=draft, user=editor, hours=2)
    assert timedelta(hours=1, minutes=59) < link.expires_at - timezone.now() <= timedelta(hours=2)


def test_editors_create_and_revoke_links_from_the_story_page(client, editor, journalist):
    draft = ArticleFactory(authors=[journalist])
    client.force_login(editor)
    create = reverse("admin:articles_article_preview_link_create", args=[draft.pk])
    response = client.post(create, {"preview_hours": "24"}, follow=True)
    link = PreviewLink.objects.get(article=draft)
    assert preview.preview_link_token(link) in response.content.decode()
    revoke = reverse("admin:articles_article_preview_link_revoke", args=[draft.pk, link.pk])
    client.post(revoke)
    link.refresh_from_db()
    assert link.revoked_at is not None

    client.force_login(journalist)
    client.post(create, {"preview_hours": "24"})
    assert PreviewLink.objects.filter(article=draft).count() == 1


def test_a_shared_preview_is_never_served_from_the_page_cache(client, editor):
    draft = ArticleFactory(headline="First wording")
    link = preview.preview_link_create(article=draft, user=editor)
    assert "First wording" in client.get(link_path(link)).content.decode()
    draft.headline = "Second wording"
    draft.save()
    assert "Second wording" in client.get(link_path(link)).content.decode()


def test_staff_preview_an_old_version_with_the_public_template_and_nothing_is_written(client, editor):
    story = PublishedArticleFactory(headline="First headline", body="<p>“Old words,” she said.</p>")
    QuoteFactory(article=story, text="Old words")
    article_record_version(article=story, user=editor, comment="First")
    Article.objects.filter(pk=story.pk).update(headline="Current headline", body="<p>New body.</p>")
    story.quotes.all().delete()
    old = versions_for_article(story).get()
    client.force_login(editor)

    response = client.get(reverse("articles:preview_version", args=[story.pk, old.pk]))

    page = response.content.decode()
    assert response.status_code == 200
    assert "First headline" in page and "Old words" in page
    saved = formats.date_format(timezone.localtime(old.revision.date_created), "DATETIME_FORMAT")
    assert f"the version saved {saved}" in page
    assert 'name="robots" content="noindex' in page
    assert {"private", "no-store"} <= {part.strip() for part in response["Cache-Control"].split(",")}
    story.refresh_from_db()
    assert story.headline == "Current headline"
    assert not story.quotes.exists()
    assert versions_for_article(story).count() == 1


def test_version_preview_needs_staff_and_a_version_of_that_story(client, editor):
    story, other = PublishedArticleFactory(), PublishedArticleFactory()
    article_record_version(article=other, user=editor, comment="Other")
    version = versions_for_article(other).get()
    url = reverse("articles:preview_version", args=[story.pk, version.pk])
    assert client.get(url).status_code == 302  # to the admin login
    client.force_login(editor)
    assert client.get(url).status_code == 404
