from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("articles", "0008_upload_names")]

    operations = []
