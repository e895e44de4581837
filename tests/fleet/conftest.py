"""A whole fleet for the tests: deploy/fleet.py with deploy/Procfile and deploy/varnish, on
free loopback ports, against a database of its own that is created fresh for the run."""

import html
import http.cookiejar
import importlib.util
import os
import re
import secrets
import shutil
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.network import free_port

ROOT = Path(__file__).resolve().parents[2]
# A database of the run's own, so test runs side by side never share one; dropped at the end.
DATABASE_URL = os.environ.get(
    "FLEET_TEST_DATABASE_URL", f"postgres://postgres@127.0.0.1:5432/newsroom_fleet_{secrets.token_hex(4)}"
)
REDIS_URL = os.environ.get("FLEET_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
EDITOR = ("editor", "editor-demo-pass")


def _fleet_module():
    spec = importlib.util.spec_from_file_location("fleet", ROOT / "deploy" / "fleet.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _answers(host: str, port: int) -> bool:
    try:
        socket.create_connection((host, port), timeout=1).close()
        return True
    except OSError:
        return False


def _psql(sql: str, dbname="postgres"):
    import dj_database_url
    import psycopg

    db = dj_database_url.parse(DATABASE_URL)
    connection = psycopg.connect(
        dbname=dbname, host=db["HOST"], port=db["PORT"] or 5432, user=db["USER"], autocommit=True
    )
    with connection:
        cursor = connection.execute(sql)
        return cursor.fetchall() if cursor.description else None


class Fleet:
    def __init__(self, module, env):
        self.module, self.env = module, env
        self.varnish = f"http://127.0.0.1:{env['FLEET_PORT']}"
        self.apps = [f"http://127.0.0.1:{port}" for port in env["FLEET_APP_PORTS"].split(",")]
        self.run_dir = Path(env["FLEET_RUN_DIR"])

    def sql(self, query):
        import dj_database_url

        return _psql(query, dbname=dj_database_url.parse(DATABASE_URL)["NAME"])

    def process_stop(self, name):
        with _environment(self.env):
            self.module.stop([name])

    def process_start(self, name):
        with _environment(self.env):
            cfg = self.module.config()
            self.module.process_start(name, self.module.app_environment(cfg))
            self.module._wait([name], cfg)


class _environment:
    def __init__(self, env):
        self.env, self.saved = env, None

    def __enter__(self):
        self.saved = dict(os.environ)
        os.environ.update(self.env)

    def __exit__(self, *exc):
        os.environ.clear()
        os.environ.update(self.saved)


@pytest.fixture(scope="session")
def fleet(tmp_path_factory):
    if shutil.which("varnishd") is None:
        pytest.skip("varnishd is not installed (Debian: apt-get install varnish varnish-modules)")
    if not _answers("127.0.0.1", 5432):
        pytest.skip("no PostgreSQL on 127.0.0.1:5432 for the fleet's database")
    if not _answers("127.0.0.1", 6379):
        pytest.skip("no Redis on 127.0.0.1:6379 (Debian: apt-get install redis-server)")
    module = _fleet_module()
    name = DATABASE_URL.rsplit("/", 1)[1]
    _psql(f'drop database if exists "{name}" with (force)')
    run_dir = tmp_path_factory.mktemp("fleet")
    env = {
        "FLEET_RUN_DIR": str(run_dir),
        "FLEET_PORT": str(free_port()),
        "FLEET_APP_PORTS": f"{free_port()},{free_port()}",
        "FLEET_ADMIN_PORT": str(free_port()),
        "FLEET_SCHEDULER_INTERVAL": "1",
        "FLEET_WEB_WORKERS": "2",
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": f"fleet-test-{secrets.token_hex(4)}",
        "MEDIA_ROOT": str(run_dir / "media"),
    }
    with _environment(env):
        try:
            module.start()
        except SystemExit as failure:
            logs = "\n".join(f"--- {log.name}\n{log.read_text()[-1500:]}" for log in run_dir.glob("*.log"))
            pytest.fail(f"the fleet did not start: {failure}\n{logs}")
    yield Fleet(module, env)
    with _environment(env):
        module.stop()
    _psql(f'drop database if exists "{name}" with (force)')
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(f"{env['CACHE_KEY_PREFIX']}:*"):
        client.delete(key)


class Browser:
    """A reader or a member of staff, over plain HTTP, keeping cookies."""

    def __init__(self):
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def get(self, url, headers=None):
        request = urllib.request.Request(url, headers=headers or {})
        try:
            with self.opener.open(request, timeout=10) as response:
                return response.status, dict(response.headers), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read().decode()

    def post(self, url, data):
        body = urllib.parse.urlencode(data).encode()
        request = urllib.request.Request(url, data=body, headers={"Referer": url})
        try:
            with self.opener.open(request, timeout=20) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def csrf(self, page):
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)


class Editor(Browser):
    def __init__(self, app):
        super().__init__()
        self.app = app
        _, _, page = self.get(f"{app}/admin/login/")
        status, landed = self.post(
            f"{app}/admin/login/?next=/admin/",
            {
                "username": EDITOR[0],
                "password": EDITOR[1],
                "csrfmiddlewaretoken": self.csrf(page),
                "next": "/admin/",
            },
        )
        assert status == 200 and "Log out" in landed, "the demo editor could not sign in"

    def workflow(self, pk, action, **fields):
        """Press a workflow button on the story's admin page."""
        _, _, page = self.get(f"{self.app}/admin/articles/article/{pk}/change/")
        version = re.search(r'name="workflow_version" value="([^"]*)"', page).group(1)
        status, result = self.post(
            f"{self.app}/admin/articles/article/{pk}/workflow/",
            {
                "_workflow": action,
                "workflow_version": html.unescape(version),
                "csrfmiddlewaretoken": self.csrf(page),
            }
            | fields,
        )
        assert status == 200, result[:500]
        return result


def eventually(check, *, within, every=0.05):
    """Seconds until ``check()`` is true, failing after ``within`` seconds."""
    start = time.monotonic()
    while True:
        if check():
            return time.monotonic() - start
        if time.monotonic() - start > within:
            pytest.fail(f"not true within {within} s")
        time.sleep(every)
