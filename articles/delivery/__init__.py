"""Delivery: getting public pages to readers fast, and taking them back at once.

* ``tags``: the cache tags naming what a page shows, collected while it renders;
* ``pagecache``: the page cache shared by every process, purged by tag, and the HTTP
  caching headers (``ETag``, ``Surrogate-Key``) of public pages;
* ``frontend``: the HTTP caches in front (Varnish, Fastly, Cloudflare), purged by tag;
* ``purge``: what each change purges, after commit.

Layering: ``tags`` imports nothing of ours; ``pagecache`` imports ``tags`` and ``frontend``;
``purge`` imports the models and ``pagecache``.
"""
