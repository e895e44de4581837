"""Trigram indexes for the admin story list's search (PostgreSQL only).

The list searches headline, dek and slug for the words typed anywhere in them
(``icontains``), which Django writes as ``UPPER(column::text) LIKE UPPER('%word%')``. No
B-tree answers a pattern with a leading wildcard, so at 100,000 stories every search read
the whole table (about 230 ms a query, three queries a page). A GIN index of the trigrams
(pg_trgm) of ``UPPER(column)`` answers that same expression: the planner finds the
candidate rows in the three indexes and checks only those.

The indexes live outside the Django model, as the search document of migration 0003 does:
SQLite has neither GIN nor pg_trgm, and an index in the model's state would be rebuilt on
SQLite whenever a later migration remakes the table there. SQLite keeps its scan, which is
quick at the sizes it is used for (development and tests).
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

SEARCHED_COLUMNS = {
    "headline": "article_headline_trgm_idx",
    "dek": "article_dek_trgm_idx",
    "slug": "article_slug_trgm_idx",
}


def add_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column, name in SEARCHED_COLUMNS.items():
        schema_editor.execute(
            f"CREATE INDEX {name} ON articles_article USING GIN ((UPPER({column}::text)) gin_trgm_ops)"
        )


def remove_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in SEARCHED_COLUMNS.values():
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0013_quote_obtained"),
    ]

    operations = [
        # Does nothing on databases other than PostgreSQL.
        TrigramExtension(),
        migrations.RunPython(add_trigram_indexes, remove_trigram_indexes),
    ]
