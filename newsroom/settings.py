"""Settings for the newsroom project.

Every knob is read from the environment once, here, with defaults that are safe for a
developer's machine. With DEBUG off the project refuses to start unless SECRET_KEY and
ALLOWED_HOSTS are set.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if DEBUG:
    SECRET_KEY = SECRET_KEY or "django-insecure-local-development-only"
    ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]", "testserver"]
else:
    if not SECRET_KEY:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DEBUG is off.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

SITE_NAME = os.environ.get("SITE_NAME", "The Chronicle")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "newsroom.apps.NewsroomAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "taggit",
    "reversion",
    "easy_thumbnails",
    "django_prose_editor",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    # The read API's docs page uses Django Ninja's own copy of Swagger UI (its static files).
    "ninja",
    "corsheaders",
    "articles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "articles.outage.OutageMiddleware",
    # Readers' pages from the page cache, before sessions, auth and the rest are set up;
    # inside the outage middleware, so a cache that is down gives the friendly 503 page.
    "articles.delivery.pagecache.PublicPageCacheMiddleware",
    # Inside the page cache: a page is stored with its policy and served without working it
    # out again (a public page's policy is the same for every reader). The outage page, made
    # outside, is given it by the outage middleware.
    "newsroom.content_security.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Before CommonMiddleware, so that CORS headers go on every answer of the read API.
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # After authentication, so it knows staff; before any view reads the body.
    "newsroom.request_limits.RequestBodyLimitMiddleware",
    # Last, so that it sees the lockout whichever view signed the person in.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsroom.urls"

TEMPLATES = [
    # The reader's pages (templates/site/), first so that their names (base.html, 404.html,
    # articles/...) are found there; see articles.site_templates. Everything else, the admin
    # and the sitemaps, is Django templates.
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [BASE_DIR / "templates" / "site"],
        "APP_DIRS": False,
        "OPTIONS": {
            "environment": "articles.site_templates.environment",
            "autoescape": True,
            "auto_reload": DEBUG,
            # The request is given by the backend; public pages are cached for everyone, so
            # they see no user and no messages.
            "context_processors": ["articles.context_processors.site"],
        },
    },
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "articles.context_processors.site",
            ],
        },
    },
]

WSGI_APPLICATION = "newsroom.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Seconds to wait for PostgreSQL to answer a new connection: a host that drops packets
    # then gets the outage page (articles.outage) instead of a request hung until it is killed.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "5"))
    )
    # No JIT compilation: the planner's cost of a query with hashed subplans (a journalist's
    # story list at 1,000,000 stories) passes its threshold, and compiling took 560-780 ms of
    # a query that runs in 60-80 ms. DATABASE_JIT=1 turns it back on.
    if not env_bool("DATABASE_JIT", False):
        DATABASES["default"]["OPTIONS"].setdefault("options", "-c jit=off")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The page cache is shared by every process (web workers, the scheduler, task workers), so a
# purge made by any of them is seen by all at once: Redis, or without it files on this machine.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_BACKEND = os.environ.get("CACHE_BACKEND", "") or ("redis" if REDIS_URL else "file")
CACHE_BACKENDS = {
    "redis": {"BACKEND": "newsroom.redis_cache.RedisCache", "LOCATION": REDIS_URL},
    "file": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(Path(os.environ.get("CACHE_DIR", BASE_DIR / "var" / "cache"))),
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    },
    "locmem": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # No cache at all: every page is rendered afresh (``manage.py benchmark`` measures
    # uncached pages this way). Nothing is purged because nothing is kept.
    "none": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
}
PER_PROCESS_CACHE = (
    "CACHE_BACKEND=locmem keeps the page cache in each process's memory: a purge made by one "
    "process (the scheduler, another web worker) would not reach the others, and readers would "
    "keep getting withdrawn stories. Set REDIS_URL, or leave CACHE_BACKEND unset for the file cache."
)
if CACHE_BACKEND not in CACHE_BACKENDS:
    raise ImproperlyConfigured(f"CACHE_BACKEND must be one of {', '.join(CACHE_BACKENDS)}.")
if CACHE_BACKEND == "redis" and not REDIS_URL:
    raise ImproperlyConfigured("CACHE_BACKEND=redis needs REDIS_URL.")
if CACHE_BACKEND == "locmem" and not DEBUG:
    raise ImproperlyConfigured(PER_PROCESS_CACHE)
CACHES = {
    "default": {**CACHE_BACKENDS[CACHE_BACKEND], "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "newsroom")}
}
# HTTP caches in front of the site, purged by cache tag after each change (articles.delivery).
FRONTEND_CACHE = {}
if env_list("VARNISH_URLS"):
    FRONTEND_CACHE["varnish"] = {
        "BACKEND": "articles.delivery.frontend.VarnishBackend",
        "LOCATIONS": env_list("VARNISH_URLS"),
    }
if os.environ.get("FASTLY_SERVICE_ID"):
    FRONTEND_CACHE["fastly"] = {
        "BACKEND": "articles.delivery.frontend.FastlyBackend",
        "SERVICE_ID": os.environ["FASTLY_SERVICE_ID"],
        "API_TOKEN": os.environ.get("FASTLY_API_TOKEN", ""),
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    FRONTEND_CACHE["cloudflare"] = {
        "BACKEND": "articles.delivery.frontend.CloudflareBackend",
        "ZONE_ID": os.environ["CLOUDFLARE_ZONE_ID"],
        "API_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN", ""),
    }
# Background work (articles.tasks): rows in the project's database, run by `manage.py task_worker`.
# "immediate" runs each task in the process that enqueued it, for a one-process setup.
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "database")
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
if TASKS_BACKEND not in TASK_BACKENDS:
    raise ImproperlyConfigured(f"TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)}.")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND]}}
# /health/ reports the task queue as late once a task has waited this long past its time.
TASKS_HEALTH_LAG_SECONDS = int(os.environ.get("TASKS_HEALTH_LAG_SECONDS", "120"))

# Seconds a public page may be served from the page cache; publishing invalidates sooner.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))

# The read API (articles/api/): any site may read it from a browser, with GET only and no
# cookies (django-cors-headers; articles/api/cors.py decides which requests, so the regex
# matches nothing); anonymous clients make at most this many requests per address.
CORS_URLS_REGEX = r"(?!)"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_HEADERS = ["accept", "if-none-match", "if-modified-since"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After"]
CORS_PREFLIGHT_MAX_AGE = 86400
API_ANONYMOUS_RATE_LIMIT = os.environ.get("API_ANONYMOUS_RATE_LIMIT", "120/min")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("TIME_ZONE", "America/Los_Angeles")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Uploads and their renditions in S3-compatible object storage (django-storages), shared by
# every app and task-worker machine; local disk (MEDIA_ROOT) when no bucket is named. Keys
# come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or the machine's role), as boto3 reads them.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            # The host readers fetch media from (a CDN in front of the bucket), if not the bucket's.
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            # Public pages link plain, cacheable addresses; stored names are unguessable.
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False),
            "file_overwrite": False,
        },
    }

# Uploaded images: bytes and decoded pixels are bounded before anything is stored.
IMAGE_MAX_BYTES = int(os.environ.get("IMAGE_MAX_BYTES", str(15 * 1024 * 1024)))
IMAGE_MAX_PIXELS = int(os.environ.get("IMAGE_MAX_PIXELS", str(40_000_000)))
# A wire file (one story: NINJS, NewsML-G2, text or HTML) is refused above this, before it is parsed.
WIRE_IMPORT_MAX_BYTES = int(os.environ.get("WIRE_IMPORT_MAX_BYTES", str(2 * 1024 * 1024)))
# Request bodies (newsroom/request_limits.py): readers can only post the sign-in form; staff
# post a story with its lead image. The web server in front caps bodies at the staff limit too.
ANONYMOUS_REQUEST_MAX_BYTES = int(os.environ.get("ANONYMOUS_REQUEST_MAX_BYTES", str(64 * 1024)))
# Everything in a request but its files (a story's body, its quotes and links) stays under this.
DATA_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("DATA_UPLOAD_MAX_MEMORY_SIZE", str(5 * 1024 * 1024)))
STAFF_REQUEST_MAX_BYTES = int(
    os.environ.get("STAFF_REQUEST_MAX_BYTES", str(IMAGE_MAX_BYTES + DATA_UPLOAD_MAX_MEMORY_SIZE))
)
# The largest admin form (a story with dozens of quotes and links) has a few hundred fields
# and one file.
DATA_UPLOAD_MAX_NUMBER_FIELDS = int(os.environ.get("DATA_UPLOAD_MAX_NUMBER_FIELDS", "1000"))
DATA_UPLOAD_MAX_NUMBER_FILES = int(os.environ.get("DATA_UPLOAD_MAX_NUMBER_FILES", "10"))
# A larger upload goes to a temporary file, so no request holds more than this in memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("FILE_UPLOAD_MAX_MEMORY_SIZE", str(2_621_440)))

THUMBNAIL_ALIASES = {
    "articles.Article.lead_image": {
        "w480": {"size": (480, 0), "crop": False},
        "w800": {"size": (800, 0), "crop": False},
        "w1200": {"size": (1200, 0), "crop": False},
        "card": {"size": (400, 250), "crop": "smart"},
    },
}
THUMBNAIL_EXTENSION = "webp"
THUMBNAIL_TRANSPARENCY_EXTENSION = "webp"
THUMBNAIL_QUALITY = 82
# Renditions are made from the original opened with the JPEG, PNG, WebP and GIF readers only.
THUMBNAIL_SOURCE_GENERATORS = ("articles.images.thumbnail_source_image",)

# Mail is printed to the console only in development; elsewhere it goes to a mail server,
# never to the standard output of the scheduler or the task worker (cron would mail it on).
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "newsroom@localhost")
if os.environ.get("EMAIL_FILE_PATH"):
    # For django.core.mail.backends.filebased.EmailBackend: one file per message.
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
if os.environ.get("EMAIL_HOST"):
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)

# How many entries the related-articles box shows: curated links first, then the closest stories.
RELATED_ARTICLES_TOTAL = int(os.environ.get("RELATED_ARTICLES_TOTAL", "5"))
# Longest a story page's related-articles box is kept between renders: a newly published story
# joins other stories' boxes within this long (a story leaving a box leaves it at once). 0: never.
RELATED_BOX_SECONDS = int(os.environ.get("RELATED_BOX_SECONDS", "300"))
# How long a shareable preview link lives, in hours, unless the editor picks otherwise.
PREVIEW_LINK_HOURS = int(os.environ.get("PREVIEW_LINK_HOURS", "48"))

# --- Security (the README's "Security" section; Django's deployment checklist) ---------
# With DEBUG off the site is HTTPS only: plain HTTP is redirected, browsers are told to come
# back over HTTPS only (HSTS, sent with HTTPS responses) and cookies never travel in clear.
# SECURE_SSL_REDIRECT=0 when the web server in front redirects by itself, or to run the
# production settings over plain HTTP on the loopback.
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 60 * 60)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
    if not SECURE_HSTS_PRELOAD:
        # Browsers ship the preload list and take months to drop a name from it: joining is
        # the operator's decision (SECURE_HSTS_PRELOAD=1), not a default to be warned into.
        SILENCED_SYSTEM_CHECKS = ["security.W021"]
# Monitors ask for /health/ over plain HTTP on the loopback.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
# Only a proxy that sets X-Forwarded-Proto itself, replacing the client's, may be believed.
if env_bool("TRUST_X_FORWARDED_PROTO", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# How many proxies of ours append to X-Forwarded-For (0: the connection's address is the
# client's); read by the sign-in throttle.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp, newsroom/content_security.py): everything from this site
# only (and images from the media storage's host), no inline script or style on public pages,
# never framed. CSP_IMG_SRC adds further image origins; CSP_REPORT_URI receives violation reports.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, *env_list("CSP_IMG_SRC")],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "report-uri": env_list("CSP_REPORT_URI") or None,
    }
}
# Added on admin pages: the nonce of the rich-text editor's inline import map, inline styles.
CONTENT_SECURITY_POLICY_ADMIN = {"script-src": [NONCE], "style-src": [UNSAFE_INLINE]}

# Sign-in throttling (django-axes, newsroom/login_throttle.py): LOGIN_FAILURE_LIMIT failures
# for one username from one address lock that pair out for LOGIN_LOCKOUT_MINUTES.
AUTHENTICATION_BACKENDS = [
    # First, so that a locked-out sign-in is refused before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = True
# Attempts live in the database: shared by every worker, kept across restarts, and rolled
# back with each test.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
# No start-up banner: every management command (the scheduler from cron too) would print it.
AXES_VERBOSE = False
AXES_CLIENT_IP_CALLABLE = "newsroom.login_throttle.client_ip_address"
AXES_LOCKOUT_CALLABLE = "newsroom.login_throttle.lockout_response"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}
