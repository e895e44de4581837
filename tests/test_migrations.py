from io import StringIO

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_no_migrations_are_pending():
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


@pytest.mark.django_db
def test_a_fresh_install_has_the_two_newsroom_roles():
    from django.contrib.auth.models import Group

    editors = Group.objects.get(name="Editors")
    journalists = Group.objects.get(name="Journalists")
    assert editors.permissions.filter(codename="publish_article").exists()
    assert not journalists.permissions.filter(codename="publish_article").exists()
    assert journalists.permissions.filter(codename="change_article").exists()
