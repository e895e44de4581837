"""Moved to ``articles.delivery``; these names stay importable from here."""

from articles.delivery.pagecache import cached_public_page, page_cache_key, page_cache_purge  # noqa: F401
