"""The user and group admin: nobody climbs above their role.

A person *holds* the permissions given to their account directly or through its groups,
whether or not the account is active; a superuser holds every permission.

A person *may manage* an account when they are a superuser, or when the account is not a
superuser's and holds no permission they do not hold themselves. Equal rights are enough:
someone may manage their own account and the accounts of peers with the same rights, so a
password reset or a changed e-mail address never opens a door wider than the one the
person managing it already has.

On every path into the user and group admin (change and add forms, the password form of
``/admin/auth/user/<id>/password/``, single and bulk delete, hand-made POSTs) someone who
is not a superuser, besides Django's model permissions:

- changes, resets the password of, or deletes only accounts they may manage; any other
  account's page is read-only for them (if they may view users) and a POST to it is
  refused (403). That covers username, first and last name (which readers see on
  bylines and author pages), e-mail, password, active and staff status, groups and
  permissions;
- never grants or removes superuser status: the field is read-only for them;
- may grant staff status to an account they manage: staff status only opens the admin,
  where that account sees what its permissions allow, and those are the manager's own;
- grants only groups all of whose permissions they hold, and only permissions they hold
  (anything else is a form error on the field; nothing is saved);
- changes or deletes a group only when they hold all of its permissions and every member
  who is not a superuser holds only permissions they hold, since changing a group
  changes its members' rights (a group changes nothing for a superuser); they may give
  a group only permissions they hold.

Last login and date joined are records, not settings, and are read-only for everyone.
Changing one's own password at ``/admin/password_change/`` needs the old one and touches
nothing else; journalists and editors have no other way to change their own account.
"""

from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, Permission, User
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet

GROUP_NOT_GRANTABLE = (
    "You can grant only groups whose permissions you hold yourself; %(value)s is not one of them."
)
PERMISSION_NOT_GRANTABLE = "You can grant only permissions you hold yourself; %(value)s is not one of them."
GROUPS_OFFERED = "Only groups whose every permission you hold yourself are offered."
PERMISSIONS_OFFERED = "Only permissions you hold yourself are offered."
OUTRANKED = "This change would give an account rights you do not hold."


def held_permissions(user) -> QuerySet[Permission]:
    """The permissions the account holds directly or through its groups, active or not;
    every permission for a superuser."""
    if user.is_superuser:
        return Permission.objects.all()
    direct = Permission.objects.filter(user=user).values("pk")
    through_groups = Permission.objects.filter(group__user=user).values("pk")
    return Permission.objects.filter(Q(pk__in=direct) | Q(pk__in=through_groups))


def _beyond(permissions: QuerySet[Permission], user) -> QuerySet[Permission]:
    """Those of ``permissions`` the user does not hold."""
    return permissions.exclude(pk__in=held_permissions(user).values("pk"))


def user_may_manage(actor, account) -> bool:
    """Whether ``actor`` outranks or equals ``account``: a superuser manages everyone;
    anyone else manages an account that is not a superuser's and holds only permissions
    they hold too. (The admin also requires Django's model permission.)"""
    if actor.is_superuser:
        return True
    if account.is_superuser:
        return False
    return not _beyond(held_permissions(account), actor).exists()


def grantable_groups(actor) -> QuerySet[Group]:
    """Groups whose every permission the actor holds."""
    if actor.is_superuser:
        return Group.objects.all()
    return Group.objects.exclude(permissions__in=_beyond(Permission.objects.all(), actor))


def group_may_manage(actor, group) -> bool:
    """Whether the actor may change or delete the group: they hold all of its permissions,
    and every member who is not a superuser holds only permissions they hold."""
    if actor.is_superuser:
        return True
    if _beyond(group.permissions.all(), actor).exists():
        return False
    members = group.user_set.filter(is_superuser=False)
    members_permissions = Permission.objects.filter(Q(user__in=members) | Q(group__user__in=members))
    return not _beyond(members_permissions, actor).exists()


def _held_ids(user) -> frozenset[int]:
    return frozenset(held_permissions(user).values_list("pk", flat=True))


class NewsroomUserAdmin(UserAdmin):
    """Django's user admin, with the rules of this module."""

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or user_may_manage(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or user_may_manage(request.user, obj))

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or self.has_change_permission(request, obj):
            return fieldsets
        # The read-only password row would link to a password form that refuses them.
        return [
            (name, {**options, "fields": [f for f in options["fields"] if f != "password"]})
            for name, options in fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        fields = [*super().get_readonly_fields(request, obj), "last_login", "date_joined"]
        if not request.user.is_superuser:
            fields.append("is_superuser")
        return fields

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if not request.user.is_superuser:
            if db_field.name == "groups":
                kwargs["queryset"] = grantable_groups(request.user)
                kwargs["error_messages"] = {"invalid_choice": GROUP_NOT_GRANTABLE}
                kwargs["help_text"] = GROUPS_OFFERED
            elif db_field.name == "user_permissions":
                kwargs["queryset"] = held_permissions(request.user).select_related("content_type")
                kwargs["error_messages"] = {"invalid_choice": PERMISSION_NOT_GRANTABLE}
                kwargs["help_text"] = PERMISSIONS_OFFERED
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        # Taken before anything is written, so that someone editing their own account is
        # measured against the rights they came with.
        form.granter_permission_ids = _held_ids(request.user)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if request.user.is_superuser:
            return
        account = form.instance
        # The form offers nothing beyond the granter's rights; this holds even if it did.
        # Raising here rolls back the admin's transaction: nothing is half-saved.
        if account.is_superuser or not _held_ids(account) <= form.granter_permission_ids:
            raise PermissionDenied(OUTRANKED)


class NewsroomGroupAdmin(GroupAdmin):
    """Django's group admin, with the rules of this module."""

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or group_may_manage(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or group_may_manage(request.user, obj))

    def formfield_for_manytomany(self, db_field, request=None, **kwargs):
        if db_field.name == "permissions" and not request.user.is_superuser:
            kwargs["queryset"] = held_permissions(request.user)
            kwargs["error_messages"] = {"invalid_choice": PERMISSION_NOT_GRANTABLE}
            kwargs["help_text"] = PERMISSIONS_OFFERED
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        form.granter_permission_ids = _held_ids(request.user)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if request.user.is_superuser:
            return
        group_ids = frozenset(form.instance.permissions.values_list("pk", flat=True))
        if not group_ids <= form.granter_permission_ids:
            raise PermissionDenied(OUTRANKED)


admin.site.unregister(User)
admin.site.register(User, NewsroomUserAdmin)
admin.site.unregister(Group)
admin.site.register(Group, NewsroomGroupAdmin)
