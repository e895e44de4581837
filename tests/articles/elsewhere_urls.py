"""A URLconf where the front page lives elsewhere, for tests that change ``ROOT_URLCONF``."""

from django.http import HttpResponse
from django.urls import include, path

home = [path("", lambda request: HttpResponse("home"), name="home")]

urlpatterns = [path("elsewhere/", include((home, "articles")))]
