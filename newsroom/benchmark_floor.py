"""The Django floor for ``manage.py benchmark_fleet``: the project's settings, middleware and
URLs plus ``/floor/``, a view that returns a fixed string, served by gunicorn. Nothing else
uses this module; the public site never routes to ``/floor/``.

    DJANGO_SETTINGS_MODULE=newsroom.benchmark_floor gunicorn newsroom.benchmark_floor:application
"""

from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import include, path

from newsroom.settings import *  # noqa: F403

ROOT_URLCONF = __name__


def fixed(request):
    return HttpResponse("The Chronicle", content_type="text/plain")


# Set up Django (with this module as its settings) before the project's URLs are imported.
application = get_wsgi_application()
urlpatterns = [path("floor/", fixed), path("", include("newsroom.urls"))]
