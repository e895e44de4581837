from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_section_live_index")]

    operations = []
