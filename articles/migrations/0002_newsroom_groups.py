"""Create the Journalists and Editors groups with their permissions, so a fresh install
has the newsroom's two roles."""

from django.db import migrations

from articles.roles import EDITORS, JOURNALISTS, roles_grant

JOURNALIST_PERMISSIONS = [
    "view_section",
    "add_article", "change_article", "view_article",
    "add_articleauthor", "change_articleauthor", "delete_articleauthor", "view_articleauthor",
    "add_quote", "change_quote", "delete_quote", "view_quote",
    "add_relatedlink", "change_relatedlink", "delete_relatedlink", "view_relatedlink",
    "add_source", "change_source", "view_source",
    "view_correction", "view_articleevent",
]
EDITOR_EXTRA_PERMISSIONS = [
    "add_section", "change_section",
    "delete_article", "delete_source",
    "publish_article", "edit_any_article", "view_sourcing_report",
    "add_correction", "change_correction",
    "add_previewlink", "change_previewlink", "view_previewlink",
    "view_sourcemerge", "add_sourcemerge",
]
TAGGIT_PERMISSIONS = ["add_tag", "view_tag"]


def create_groups(apps, schema_editor):
    roles_grant(
        apps,
        {
            JOURNALISTS: {"articles": JOURNALIST_PERMISSIONS, "taggit": TAGGIT_PERMISSIONS},
            EDITORS: {
                "articles": JOURNALIST_PERMISSIONS + EDITOR_EXTRA_PERMISSIONS,
                "taggit": TAGGIT_PERMISSIONS + ["change_tag", "delete_tag"],
            },
        },
        create_groups=True,
    )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[JOURNALISTS, EDITORS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
