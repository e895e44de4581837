import pytest
from django.core.cache import cache

from tests.factories import EditorFactory, JournalistFactory


@pytest.fixture(autouse=True)
def _isolated_media_and_cache(settings, tmp_path):
    """Uploads go to a throwaway folder and every test starts with an empty cache."""
    settings.MEDIA_ROOT = tmp_path / "media"
    # Test users' passwords need no protection; the production hasher costs ~0.3 s a user.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Background tasks run where they are enqueued (after commit); tests of the queue
    # itself switch to the database backend and run a real worker.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    # One process, its own cache: test runs side by side never share the file cache.
    # Coherence across processes is tested with real processes (tests/articles/delivery/).
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def journalist(db):
    return JournalistFactory(username="jo")


@pytest.fixture
def other_journalist(db):
    return JournalistFactory(username="kim")


@pytest.fixture
def editor(db):
    return EditorFactory(username="ed")
