from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "Newsroom"

    def ready(self):
        # Connects the page-cache purge and the lead-image renditions to content changes.
        from articles import renditions  # noqa: F401
        from articles.delivery import purge  # noqa: F401
