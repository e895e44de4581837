"""The story list's table, drawn by ``articles.admin.story_rows`` where it can be."""

from django import template
from django.contrib.admin.templatetags import admin_list
from django.contrib.admin.templatetags.base import InclusionAdminNode

from articles.admin import story_rows

register = template.Library()


def _result_list(cl):
    return story_rows.result_list(cl) if story_rows.drawn_here(cl) else admin_list.result_list(cl)


@register.tag(name="story_result_list")
def story_result_list_tag(parser, token):
    """``{% story_result_list cl %}``: the admin's ``{% result_list cl %}``, the same markup
    from the same template."""
    return InclusionAdminNode(
        parser, token, func=_result_list, template_name="change_list_results.html", takes_context=False
    )
