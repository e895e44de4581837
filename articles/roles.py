"""The newsroom's roles as permission groups ("Journalists", "Editors"), granted by data
migrations as the models they cover arrive.

Data migrations run before Django creates the permissions of new models (it does that
after every migration has run), so a grant first creates them. The functions take the
migration's historical ``apps``, never the current models.
"""

import functools

from django.contrib.auth.management import create_permissions
from django.db import migrations

JOURNALISTS = "Journalists"
EDITORS = "Editors"


def _create_all_permissions(apps) -> None:
    for app_config in apps.get_app_configs():
        original = getattr(app_config, "models_module", None)
        app_config.models_module = original or True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = original


def _permissions(apps, app_label: str, codenames) -> list:
    Permission = apps.get_model("auth", "Permission")
    found = list(Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))
    missing = set(codenames) - {p.codename for p in found}
    if missing:
        raise RuntimeError(f"Permissions missing: {sorted(missing)}")
    return found


def roles_grant(apps, grants: dict, *, create_groups: bool = False) -> None:
    """Give each group in ``grants`` (name → {app label → codenames}) those permissions.
    Groups that do not exist are skipped, unless ``create_groups``."""
    _create_all_permissions(apps)
    Group = apps.get_model("auth", "Group")
    for name, by_app in grants.items():
        if create_groups:
            groups = [Group.objects.get_or_create(name=name)[0]]
        else:
            groups = list(Group.objects.filter(name=name))
        for group in groups:
            for app_label, codenames in by_app.items():
                group.permissions.add(*_permissions(apps, app_label, codenames))


def roles_revoke(apps, grants: dict) -> None:
    """Take back what ``roles_grant`` gave with the same ``grants``."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, by_app in grants.items():
        for group in Group.objects.filter(name=name):
            for app_label, codenames in by_app.items():
                group.permissions.remove(
                    *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
                )


def _grant_step(apps, schema_editor, *, grants):
    roles_grant(apps, grants)


def _revoke_step(apps, schema_editor, *, grants):
    roles_revoke(apps, grants)


def roles_grant_operation(grants: dict) -> migrations.RunPython:
    """A migration step that grants ``grants`` (see ``roles_grant``), and takes them back
    when the migration is unapplied."""
    return migrations.RunPython(
        functools.partial(_grant_step, grants=grants), functools.partial(_revoke_step, grants=grants)
    )
