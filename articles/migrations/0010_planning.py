from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("articles", "0009_delivery")]

    operations = []
