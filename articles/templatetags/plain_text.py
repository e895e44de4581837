"""Plain text in XML templates (the news sitemap): ``{{ value|xml_text }}``."""

from django import template

from articles import plain_text

register = template.Library()


@register.filter
def xml_text(value):
    """``value`` without the characters XML 1.0 cannot carry; escaped as usual afterwards."""
    return plain_text.xml_text(str(value))
