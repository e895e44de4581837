"""``/api/v1/``: the read API (``articles.api.api``)."""

from django.urls import path

from articles.api.api import api

urlpatterns = [path("api/v1/", api.urls)]
