import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    """A person's stories indexed as (author, story), in place of the author's own index: the
    new index is built before the old one goes, so lookups by author always have one."""

    dependencies = [
        ("articles", "0016_latest_list"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name="articleauthor",
            index=models.Index(fields=["author", "article"], name="byline_author_story_idx"),
        ),
        migrations.AlterField(
            model_name="articleauthor",
            name="author",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="bylines",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
    ]
