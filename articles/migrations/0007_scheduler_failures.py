from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("articles", "0006_public_record_changes")]

    operations = [
        migrations.AddField(
            model_name="article",
            name="publish_failure",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddField(
            model_name="article",
            name="publish_failed_at",
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
    ]
