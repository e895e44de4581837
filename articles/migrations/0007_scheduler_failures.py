from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("articles", "0006_public_record_changes")]

    operations = []
