"""Indexes for the related-articles sidebar and, on PostgreSQL, the full-text search document.

Sidebar: the story's score counts shared tags and shared quoted sources. Quote already has
an index on (source, article); taggit's TaggedItem is indexed by (content_type, object_id)
but not by tag, so "every story carrying these tags" gets a (tag, content_type, object_id)
index that answers it from the index alone.

Search (PostgreSQL only): a weighted tsvector per story, headline (A) above dek (B) above
body (C, with its HTML tags stripped), in a column that is not part of the Django model and
is kept current by a trigger on every insert and every update of those three fields, and a
GIN index over it. A trigger rather than a generated column, because PostgreSQL refuses to
change the type of a column a generated column reads, which would block any later
max_length change of headline or dek. SQLite gets neither; search falls back to icontains.
"""

from django.db import migrations

TAG_INDEX = "taggit_item_tag_ct_obj_idx"

POSTGRES_FORWARD = [
    "ALTER TABLE articles_article ADD COLUMN search_document tsvector",
    """
    CREATE FUNCTION articles_article_search_document() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        NEW.search_document :=
            setweight(to_tsvector('english'::regconfig, coalesce(NEW.headline, '')), 'A')
            || setweight(to_tsvector('english'::regconfig, coalesce(NEW.dek, '')), 'B')
            || setweight(
                to_tsvector('english'::regconfig, regexp_replace(coalesce(NEW.body, ''), '<[^>]*>', ' ', 'g')),
                'C'
            );
        RETURN NEW;
    END
    $$
    """,
    """
    CREATE TRIGGER articles_article_search_document
    BEFORE INSERT OR UPDATE OF headline, dek, body ON articles_article
    FOR EACH ROW EXECUTE FUNCTION articles_article_search_document()
    """,
    # Rows that existed before this migration get their document now.
    "UPDATE articles_article SET headline = headline",
    "CREATE INDEX article_search_document_idx ON articles_article USING GIN (search_document)",
]

POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS article_search_document_idx",
    "DROP TRIGGER IF EXISTS articles_article_search_document ON articles_article",
    "DROP FUNCTION IF EXISTS articles_article_search_document()",
    "ALTER TABLE articles_article DROP COLUMN IF EXISTS search_document",
]


def add_search_document(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRES_FORWARD:
            schema_editor.execute(statement)


def remove_search_document(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRES_BACKWARD:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_newsroom_groups"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [
        migrations.RunSQL(
            sql=f"CREATE INDEX {TAG_INDEX} ON taggit_taggeditem (tag_id, content_type_id, object_id)",
            reverse_sql=f"DROP INDEX {TAG_INDEX}",
        ),
        migrations.RunPython(add_search_document, remove_search_document),
    ]
