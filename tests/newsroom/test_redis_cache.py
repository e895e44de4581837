"""The Redis cache backend keeps one client per server, and works as Django's does."""

import os
import uuid

import pytest
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache

from newsroom.redis_cache import RedisCache

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture
def redis_cache():
    cache = RedisCache(REDIS_URL, {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})
    try:
        cache.get("probe")
    except Exception:
        pytest.skip("No Redis server to talk to.")
    yield cache
    cache.clear()


def test_every_operation_uses_the_same_client(redis_cache):
    first = redis_cache._cache.get_client(write=False)

    redis_cache.set("a", 1)
    redis_cache.get_many(["a", "b"])

    assert redis_cache._cache.get_client(write=True) is first
    assert redis_cache._cache.get_client(write=False) is first


def test_it_stores_and_reads_like_djangos_backend(redis_cache):
    django_view = DjangoRedisCache(REDIS_URL, {"KEY_PREFIX": redis_cache.key_prefix})

    redis_cache.set_many({"page": (b"<html>", {"ETag": '"x"'}), "mark": "m1"}, timeout=30)

    assert django_view.get_many(["page", "mark"]) == {"page": (b"<html>", {"ETag": '"x"'}), "mark": "m1"}
    assert redis_cache.add("mark", "m2") is False
    redis_cache.delete("mark")
    assert redis_cache.get("mark") is None
