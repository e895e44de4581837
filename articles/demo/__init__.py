"""The demo newsroom: an invented Bay Area city paper, written for this project.

``python manage.py load_demo`` loads it. The content lives in plain Python data:
``people`` (staff accounts and the sources they quote), ``stories`` (one module per
section), ``artwork`` (the generated lead images) and ``loader`` (what puts it all in the
database, publishing through ``articles.workflow`` like a real editor would).

Bellhaven, Tamsen County, its people, companies and agencies are fictional.
"""
