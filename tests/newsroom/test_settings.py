"""Settings come from the environment, and production refuses to start half-configured."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOAD_SETTINGS = (
    "import django; django.setup(); from django.conf import settings; "
    "print(settings.DEBUG, settings.DATABASES['default']['ENGINE'], settings.CACHES['default']['BACKEND'])"
)


def load_settings(**env):
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS"}}
    clean.pop("DATABASE_URL", None)
    clean.pop("REDIS_URL", None)
    clean.pop("CACHE_BACKEND", None)
    clean.update(env, DJANGO_SETTINGS_MODULE="newsroom.settings")
    return subprocess.run(
        [sys.executable, "-c", LOAD_SETTINGS], cwd=ROOT, env=clean, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    "env, missing",
    [
        ({"DEBUG": "0", "ALLOWED_HOSTS": "news.example.org"}, "SECRET_KEY"),
        ({"DEBUG": "0", "SECRET_KEY": "x" * 50}, "ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_without_secret_key_or_allowed_hosts(env, missing):
    result = load_settings(**env)
    assert result.returncode != 0
    assert f"{missing} must be set when DEBUG is off" in result.stderr


def test_production_starts_when_configured():
    result = load_settings(DEBUG="0", SECRET_KEY="x" * 50, ALLOWED_HOSTS="news.example.org")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "False"


def test_defaults_are_sqlite_and_a_file_cache_shared_by_every_process_and_the_environment_switches_them():
    local = load_settings()
    assert local.stdout.split() == [
        "True",
        "django.db.backends.sqlite3",
        "django.core.cache.backends.filebased.FileBasedCache",
    ]
    switched = load_settings(
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/newsroom", REDIS_URL="redis://127.0.0.1:6379/0"
    )
    assert switched.stdout.split()[1:] == [
        "django.db.backends.postgresql",
        "django.core.cache.backends.redis.RedisCache",
    ]


def test_a_bucket_in_the_environment_moves_media_to_object_storage_and_tasks_choose_their_backend():
    snippet = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.STORAGES['default']['BACKEND'], settings.TASKS['default']['BACKEND'])"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "TASKS_"))}

    def run(**extra):
        result = subprocess.run(
            [sys.executable, "-c", snippet],
            cwd=ROOT,
            env={**env, **extra, "DJANGO_SETTINGS_MODULE": "newsroom.settings"},
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.split()

    assert run() == ["django.core.files.storage.FileSystemStorage", "django_tasks_db.DatabaseBackend"]
    assert run(AWS_STORAGE_BUCKET_NAME="media", TASKS_BACKEND="immediate") == [
        "storages.backends.s3.S3Storage",
        "django_tasks.backends.immediate.ImmediateBackend",
    ]


def test_production_refuses_a_cache_that_lives_in_each_processs_memory():
    production = {"DEBUG": "0", "SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "news.example.org"}

    refused = load_settings(CACHE_BACKEND="locmem", **production)
    allowed_in_development = load_settings(CACHE_BACKEND="locmem")

    assert refused.returncode != 0
    assert "keeps the page cache in each process's memory" in refused.stderr
    assert allowed_in_development.returncode == 0, allowed_in_development.stderr
