"""The newsroom's admin: declarative ModelAdmins; editorial state changes go through
``articles.workflow``."""

from articles.admin import article, source, tags  # noqa: F401
from articles.planning import admin as planning_admin  # noqa: F401
from articles.wire import admin as wire_admin  # noqa: F401
