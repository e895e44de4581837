"""``manage.py import_wire``: the same import as the admin's, as a named user."""

import shutil

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article
from tests.articles.wire.conftest import DATA

pytestmark = pytest.mark.django_db


def command(*args):
    from io import StringIO

    out, err = StringIO(), StringIO()
    try:
        call_command("import_wire", *args, stdout=out, stderr=err)
    except CommandError as exc:
        return out.getvalue(), err.getvalue(), str(exc)
    return out.getvalue(), err.getvalue(), None


def test_imports_files_as_the_named_user_into_the_section(journalist, city):
    out, err, error = command(
        str(DATA / "storm-drains.txt"),
        str(DATA / "library-levy-v1.xml"),
        "--user",
        "jo",
        "--section",
        "city-hall",
    )
    assert error is None and err == ""
    assert "storm-drains.txt: New draft: “Volunteers clear 300 storm drains" in out
    assert Article.objects.filter(section=city, authors=journalist).count() == 2


def test_reimport_and_refusals_are_reported_file_by_file(journalist, city, tmp_path):
    for name in [
        "library-levy-v1.xml",
        "library-levy-v2.xml",
        "broken-unclosed.xml",
        "attack-external-dtd.xml",
    ]:
        shutil.copy(DATA / name, tmp_path / name)
    out, err, error = command(str(tmp_path), "--user", "jo", "--section", "city-hall")
    assert "library-levy-v1.xml: New draft" in out and "library-levy-v2.xml: Updated" in out
    assert "broken-unclosed.xml: refused: it is not well-formed XML" in err
    assert "attack-external-dtd.xml: refused: it refers to an outside file" in err
    assert error == "2 of 4 file(s) refused."
    assert Article.objects.count() == 1


def test_oversized_file_is_refused_without_reading_it(journalist, city, settings, tmp_path):
    settings.WIRE_IMPORT_MAX_BYTES = 10
    out, err, error = command(str(DATA / "storm-drains.txt"), "--user", "jo", "--section", "city-hall")
    assert "storm-drains.txt: refused: the file is 563 bytes; wire files may be at most 10 bytes" in err
    assert not Article.objects.exists()


def test_missing_file_unknown_user_and_unknown_section(journalist, city):
    _, err, error = command("no-such-file.json", "--user", "jo", "--section", "city-hall")
    assert "no-such-file.json: refused: no such file" in err
    assert command(str(DATA / "storm-drains.txt"), "--user", "nobody")[2] == "No active user named “nobody”."
    assert "No section with the slug “sports”" in command("x.json", "--user", "jo", "--section", "sports")[2]


def test_a_user_who_cannot_write_stories_is_refused(city):
    from tests.factories import UserFactory

    UserFactory(username="reader")
    _, err, error = command(str(DATA / "storm-drains.txt"), "--user", "reader", "--section", "city-hall")
    assert "only those who write stories can" in err
    assert not Article.objects.exists()
