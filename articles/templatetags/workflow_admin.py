"""Readable names for the transition log in the admin."""

from django import template

from articles.models import Article
from articles.workflow import EVENT_LABELS

register = template.Library()
_STATUS_LABELS = dict(Article.Status.choices)


@register.filter
def event_label(action: str) -> str:
    return EVENT_LABELS.get(action, action.replace("_", " ").capitalize())


@register.filter
def status_label(status: str) -> str:
    return _STATUS_LABELS.get(status, status or "—")
