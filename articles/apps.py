from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "Newsroom"

    def ready(self):
        # Connects the page-cache purge, the related-articles boxes, the kept lists and the
        # lead-image renditions to content changes, and lets browsers on other sites read the API (GET only).
        from articles import listings, related, renditions  # noqa: F401
        from articles.api import cors  # noqa: F401
        from articles.delivery import purge  # noqa: F401
        from articles.templatetags import site_nav  # noqa: F401
