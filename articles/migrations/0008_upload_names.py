from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("articles", "0007_scheduler_failures")]

    operations = []
