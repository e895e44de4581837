from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

handler500 = "articles.views.server_error"
handler403 = "articles.admin.denied.permission_denied"

urlpatterns = [
    path("admin/find-quotes/", include("articles.admin.quote_finder")),
    path("admin/", admin.site.urls),
    path("", include("articles.api.urls")),
    path("", include("articles.urls")),
]
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
