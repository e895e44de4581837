"""The masthead's section menu, read in one query on every public page."""

from django import template

from articles.models import Section

register = template.Library()


@register.inclusion_tag("articles/includes/section_nav.html", takes_context=True)
def section_nav(context, current=None):
    """Every section in menu order; ``current`` (a Section) is marked as the page's own."""
    return {
        "sections": list(Section.objects.only("name", "slug", "order")),
        "current_slug": getattr(current, "slug", None),
    }
