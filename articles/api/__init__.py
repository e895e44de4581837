"""The read API: published stories, sections, tags and sources as JSON under ``/api/v1/``,
and each story as IPTC NINJS for syndication partners.

* ``reads``: what the API shows, read over ``Article.objects.published()`` and
  ``Source.objects.public()`` only, reusing the story page's own reads (``articles.story``);
* ``cursors``: keyset ("cursor") pagination, stable while stories are published;
* ``schemas``: the response shapes, which are also the OpenAPI schema;
* ``ninjs``: a story as an IPTC NINJS 2.1 document;
* ``limits``: the rate limit for anonymous clients;
* ``api``: the endpoints (Django Ninja), served through the public page cache
  (``articles.delivery``) with the same cache tags as the pages showing the same things;
* ``urls``: mounted at ``/api/v1/`` by ``newsroom.urls``.

Layering: ``cursors``, ``schemas`` and ``limits`` import nothing of this package; ``reads``
imports ``cursors``; ``ninjs`` imports ``reads``; ``api`` imports them all.
"""
