"""The page for a refused request. In the admin it says why, in the admin's own look: the
refusal's message when the project wrote one for people (the workflow's, such as "Only an
editor can do this."), who the user is signed in as and in which groups, and where to go
next. Elsewhere Django's own 403 page is used."""

from django.contrib import admin
from django.template.response import TemplateResponse
from django.views import defaults

GENERIC_REASON = "Your account does not have the permission this page or action needs."


def permission_denied(request, exception=None):
    if (
        not request.path.startswith("/admin/")
        or not getattr(request, "user", None)
        or not request.user.is_staff
    ):
        return defaults.permission_denied(request, exception)
    reason = str(exception or "").strip() or GENERIC_REASON
    groups = ", ".join(request.user.groups.order_by("name").values_list("name", flat=True))
    context = {
        **admin.site.each_context(request),
        "title": "You cannot do this here",
        "subtitle": None,
        "reason": reason,
        "groups": groups,
    }
    response = TemplateResponse(request, "admin/403.html", context, status=403)
    return response.render()
