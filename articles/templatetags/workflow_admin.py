"""Readable names for the transition log in the admin."""

from django import template

from articles.models import Article, person_name
from articles.workflow import EVENT_LABELS

register = template.Library()
_STATUS_LABELS = dict(Article.Status.choices)


@register.filter
def event_label(action: str) -> str:
    return EVENT_LABELS.get(action, action.replace("_", " ").capitalize())


@register.filter
def status_label(status: str) -> str:
    return _STATUS_LABELS.get(status, status or "—")


@register.filter
def person(user, fallback: str = "—") -> str:
    """A user's full name, else their username; ``fallback`` when there is no user."""
    if user is None:
        return fallback
    return person_name(user)
