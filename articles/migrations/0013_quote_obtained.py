from django.db import migrations, models


class Migration(migrations.Migration):
    """Quote.obtained gains "relayed": words another outlet obtained ("told Channel 7", "the
    Gazette reported"), which the quote finder now tells apart from words told to us."""

    dependencies = [
        ("articles", "0012_speed"),
    ]

    operations = [
        migrations.AlterField(
            model_name="quote",
            name="obtained",
            field=models.CharField(
                choices=[
                    ("said", "said (public remarks)"),
                    ("told_us", "told the newsroom"),
                    ("interview", "in an interview"),
                    ("statement", "in a statement"),
                    ("email", "by email"),
                    ("hearing", "at a meeting or hearing"),
                    ("document", "in a document or filing"),
                    ("social", "on social media"),
                    ("relayed", "told another outlet, or reported by one"),
                    ("other", "other"),
                ],
                default="said",
                max_length=16,
                verbose_name="how obtained",
            ),
        ),
    ]
