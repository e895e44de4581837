from django.db import migrations

import articles.images


class Migration(migrations.Migration):
    dependencies = [("articles", "0007_scheduler_failures")]

    operations = [
        migrations.AlterField(
            model_name="article",
            name="lead_image",
            field=articles.images.WebImageField(
                blank=True, upload_to="lead/%Y/%m/", validators=[articles.images.validate_image_upload]
            ),
        ),
    ]
