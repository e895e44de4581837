"""The newsroom's admin: declarative ModelAdmins; editorial state changes go through
``articles.workflow``."""

from articles.admin import article, source, tags  # noqa: F401
