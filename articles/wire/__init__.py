"""Wire import: stories from news agencies' files turned into drafts.

``formats`` reads one file (IPTC NINJS JSON, NewsML-G2 XML, plain text, HTML) into a neutral
``WireItem``, or refuses it with ``WireRefused``; ``importer`` runs the quote finder on it and
hands it to ``articles.workflow.article_import_wire``, the one writer; ``admin`` offers the
upload page, and ``manage.py import_wire`` the same from the command line.
"""
