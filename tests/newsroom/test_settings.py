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
        "newsroom.redis_cache.RedisCache",
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


def print_settings(names, **env):
    """The named settings, as loaded in a fresh process with ``env``."""
    code = "import django; django.setup(); from django.conf import settings; " + "; ".join(
        f"print(repr(getattr(settings, {name!r}, None)))" for name in names
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SECURE_", "TRUST", "DEBUG"))}
    clean.update(env, DJANGO_SETTINGS_MODULE="newsroom.settings")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return dict(zip(names, result.stdout.splitlines()[-len(names) :], strict=True))


PRODUCTION = {"DEBUG": "0", "SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "news.example.org"}
TRANSPORT = [
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SECURE_PROXY_SSL_HEADER",
]


def test_production_is_https_only_by_default_for_a_year_and_trusts_no_proxy_header():
    assert print_settings(TRANSPORT, **PRODUCTION) == {
        "SECURE_SSL_REDIRECT": "True",
        "SECURE_HSTS_SECONDS": "31536000",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": "True",
        "SECURE_HSTS_PRELOAD": "False",
        "SESSION_COOKIE_SECURE": "True",
        "CSRF_COOKIE_SECURE": "True",
        "SECURE_PROXY_SSL_HEADER": "None",
    }


def test_behind_a_tls_proxy_or_on_the_loopback_the_environment_switches_the_transport_settings():
    behind_proxy = print_settings(
        TRANSPORT, TRUST_X_FORWARDED_PROTO="1", SECURE_HSTS_PRELOAD="1", **PRODUCTION
    )
    plain_loopback = print_settings(
        TRANSPORT, SECURE_SSL_REDIRECT="0", SESSION_COOKIE_SECURE="0", CSRF_COOKIE_SECURE="0", **PRODUCTION
    )

    assert behind_proxy["SECURE_PROXY_SSL_HEADER"] == "('HTTP_X_FORWARDED_PROTO', 'https')"
    assert behind_proxy["SECURE_HSTS_PRELOAD"] == "True"
    assert [plain_loopback[name] for name in TRANSPORT[:1] + TRANSPORT[4:6]] == ["False"] * 3


def test_development_neither_redirects_nor_pins_https():
    local = print_settings(["SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SESSION_COOKIE_SECURE"])

    assert local == {
        "SECURE_SSL_REDIRECT": "False",
        "SECURE_HSTS_SECONDS": "0",
        "SESSION_COOKIE_SECURE": "False",
    }


def test_request_body_limits_are_set_deliberately_and_read_from_the_environment():
    names = [
        "ANONYMOUS_REQUEST_MAX_BYTES",
        "STAFF_REQUEST_MAX_BYTES",
        "DATA_UPLOAD_MAX_MEMORY_SIZE",
        "FILE_UPLOAD_MAX_MEMORY_SIZE",
        "DATA_UPLOAD_MAX_NUMBER_FIELDS",
        "DATA_UPLOAD_MAX_NUMBER_FILES",
    ]
    defaults = print_settings(names)
    configured = print_settings(
        names, ANONYMOUS_REQUEST_MAX_BYTES="1000", IMAGE_MAX_BYTES="2000", DATA_UPLOAD_MAX_MEMORY_SIZE="3000"
    )

    assert defaults == {
        "ANONYMOUS_REQUEST_MAX_BYTES": str(64 * 1024),
        "STAFF_REQUEST_MAX_BYTES": str(20 * 1024 * 1024),
        "DATA_UPLOAD_MAX_MEMORY_SIZE": str(5 * 1024 * 1024),
        "FILE_UPLOAD_MAX_MEMORY_SIZE": "2621440",
        "DATA_UPLOAD_MAX_NUMBER_FIELDS": "1000",
        "DATA_UPLOAD_MAX_NUMBER_FILES": "10",
    }
    assert configured["ANONYMOUS_REQUEST_MAX_BYTES"] == "1000"
    assert configured["STAFF_REQUEST_MAX_BYTES"] == "5000"


def test_sign_in_throttle_is_read_from_the_environment():
    names = ["AXES_FAILURE_LIMIT", "AXES_COOLOFF_TIME", "AXES_LOCKOUT_PARAMETERS", "TRUSTED_PROXY_COUNT"]

    assert print_settings(names) == {
        "AXES_FAILURE_LIMIT": "5",
        "AXES_COOLOFF_TIME": "datetime.timedelta(seconds=900)",
        "AXES_LOCKOUT_PARAMETERS": "[['username', 'ip_address']]",
        "TRUSTED_PROXY_COUNT": "0",
    }
    configured = print_settings(
        names, LOGIN_FAILURE_LIMIT="10", LOGIN_LOCKOUT_MINUTES="60", TRUSTED_PROXY_COUNT="2"
    )
    assert configured["AXES_FAILURE_LIMIT"] == "10"
    assert configured["AXES_COOLOFF_TIME"] == "datetime.timedelta(seconds=3600)"
    assert configured["TRUSTED_PROXY_COUNT"] == "2"


def test_mail_goes_to_the_console_only_in_development():
    name = ["EMAIL_BACKEND"]
    assert print_settings(name, DEBUG="1") == {
        "EMAIL_BACKEND": "'django.core.mail.backends.console.EmailBackend'"
    }
    assert print_settings(name, **PRODUCTION) == {
        "EMAIL_BACKEND": "'django.core.mail.backends.smtp.EmailBackend'"
    }


def test_the_package_license_is_an_spdx_string_as_setuptools_now_expects():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert project["project"]["license"] == "BSD-3-Clause"
    assert "setuptools>=77" in project["build-system"]["requires"]


@pytest.mark.django_db
def test_postgresql_compiles_no_query_just_in_time_unless_asked_to():
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("JIT compilation is PostgreSQL's")
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone() == ("off",)
