"""Signals the newsroom sends, for concerns that stay decoupled from the workflow.

``public_content_changed`` is sent by ``articles.workflow`` after the transaction commits,
whenever what readers can see changes: a story published (now or by the scheduler), an
edit approved onto a live story, a correction, a withdrawal. Receivers purge caches.
"""

from django.dispatch import Signal

# kwargs: article (the live Article row), action (str: "publish", "withdraw", "correct", ...)
public_content_changed = Signal()
