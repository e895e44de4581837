from django.contrib.admin.apps import AdminConfig


class NewsroomAdminConfig(AdminConfig):
    default_site = "newsroom.admin.NewsroomAdminSite"

    def ready(self):
        super().ready()
        # After autodiscovery, which registered Django's own user and group admins.
        from newsroom import account_admin  # noqa: F401
