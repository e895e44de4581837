import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """The stored related-articles fill (``RelatedStory``), filled by ``manage.py
    related_rebuild`` for stories published before it, and the indexes of the admin's
    story list order and date hierarchy."""

    dependencies = [
        ("articles", "0011_wire_import"),
    ]

    operations = [
        migrations.CreateModel(
            name="RelatedStory",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("score", models.PositiveIntegerField()),
                (
                    "article",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="related_stories",
                        to="articles.article",
                    ),
                ),
                (
                    "related",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="articles.article"
                    ),
                ),
            ],
            options={
                "indexes": [models.Index(fields=["related"], name="related_story_related_idx")],
                "constraints": [
                    models.UniqueConstraint(fields=("article", "related"), name="related_story_unique")
                ],
            },
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                models.OrderBy(models.F("last_published_at"), descending=True),
                models.OrderBy(models.F("created_at"), descending=True),
                models.OrderBy(models.F("id"), descending=True),
                name="article_admin_order_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["created_at"], name="article_created_idx"),
        ),
    ]
