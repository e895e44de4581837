"""Start and stop the whole newsroom on one machine, on the loopback: `make fleet`.

    python deploy/fleet.py start     # migrate, load the demo into an empty database, start, wait
    python deploy/fleet.py stop      # stop exactly the processes `start` started
    python deploy/fleet.py status
    python deploy/fleet.py run CMD…  # run a command with the fleet's environment

It runs the processes of ``deploy/Procfile`` (two gunicorn app servers, Varnish with
``deploy/varnish/newsroom.vcl`` in front of both, the task worker, the scheduler loop, a
media server), each in a session of its own, with its PID in the run directory and its
output in ``<name>.log`` there. ``start`` returns once every process answers, or stops what
it started and fails. The environment chooses (defaults in brackets):

    FLEET_PORT [8080]            Varnish, where readers and the newsroom connect
    FLEET_APP_PORTS [8101,8102]  the two app servers
    FLEET_ADMIN_PORT [6082]      Varnish's admin port
    FLEET_MEDIA_PORT [any free]  the media server (only Varnish talks to it)
    FLEET_RUN_DIR [var/fleet]    PIDs, logs, generated backends.vcl, collected static files
    FLEET_WEB_WORKERS [2]        gunicorn workers per app server
    FLEET_SCHEDULER_INTERVAL [5] seconds between scheduler runs
    DATABASE_URL [postgres://postgres@127.0.0.1:5432/newsroom], created when missing
    REDIS_URL [redis://127.0.0.1:6379/0]

The app servers run the production settings (``DEBUG=0``) over plain HTTP on the loopback.
"""

import json
import os
import secrets
import shlex
import signal
import socket
import string
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEPLOY_DIR = ROOT / "deploy"
START_TIMEOUT = 90
STOP_TIMEOUT = 15

BACKENDS_VCL = """\
# Written by deploy/fleet.py for this fleet; see backends.vcl.example.
{backends}
backend media {{
    .host = "127.0.0.1";
    .port = "{media_port}";
}}

acl purgers {{
    "127.0.0.1";
    "::1";
}}

sub vcl_init {{
    new app = directors.round_robin();
{adds}
}}

sub vcl_recv {{
    if (req.url ~ "^/media/") {{
        set req.backend_hint = media;
        unset req.http.Cookie;
        return (hash);
    }}
}}
"""
BACKEND = """\
backend web{n} {{
    .host = "127.0.0.1";
    .port = "{port}";
    .probe = newsroom_app;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}}"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def config() -> dict:
    env = os.environ
    run_dir = Path(env.get("FLEET_RUN_DIR") or ROOT / "var" / "fleet").resolve()
    app_ports = [p.strip() for p in env.get("FLEET_APP_PORTS", "8101,8102").split(",") if p.strip()]
    if len(app_ports) != 2:
        sys.exit("FLEET_APP_PORTS names the two app servers' ports, e.g. 8101,8102.")
    return {
        "run_dir": run_dir,
        "port": env.get("FLEET_PORT", "8080"),
        "app_ports": app_ports,
        "admin_port": env.get("FLEET_ADMIN_PORT", "6082"),
        "media_port": env.get("FLEET_MEDIA_PORT") or str(_free_port()),
        "web_workers": env.get("FLEET_WEB_WORKERS", "2"),
        "scheduler_interval": env.get("FLEET_SCHEDULER_INTERVAL", "5"),
        "database_url": env.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/newsroom",
        "redis_url": env.get("REDIS_URL") or "redis://127.0.0.1:6379/0",
    }


def app_environment(cfg: dict) -> dict:
    """The environment of every process: production settings on the loopback."""
    run_dir = cfg["run_dir"]
    secret_file = run_dir / "secret_key"
    if not secret_file.exists():
        secret_file.write_text(secrets.token_urlsafe(50))
        secret_file.chmod(0o600)
    env = dict(os.environ)
    base = f"http://127.0.0.1:{cfg['port']}"
    env.update(
        DEBUG="0",
        SECRET_KEY=secret_file.read_text().strip(),
        ALLOWED_HOSTS=env.get("ALLOWED_HOSTS") or "127.0.0.1,localhost",
        CSRF_TRUSTED_ORIGINS=env.get("CSRF_TRUSTED_ORIGINS") or f"{base},http://localhost:{cfg['port']}",
        SITE_URL=env.get("SITE_URL") or base,
        DATABASE_URL=cfg["database_url"],
        REDIS_URL=cfg["redis_url"],
        VARNISH_URLS=base,
        TASKS_BACKEND="database",
        STATIC_ROOT=str(run_dir / "static"),
        MEDIA_ROOT=env.get("MEDIA_ROOT") or str(ROOT / "media"),
        # Plain HTTP on the loopback: no redirect to HTTPS, cookies without the Secure flag.
        SECURE_SSL_REDIRECT="0",
        SECURE_HSTS_SECONDS="0",
        SESSION_COOKIE_SECURE="0",
        CSRF_COOKIE_SECURE="0",
        # Varnish appends the reader's address to X-Forwarded-For.
        TRUSTED_PROXY_COUNT="1",
        PYTHON=sys.executable,
        RUN_DIR=str(run_dir),
        DEPLOY_DIR=str(DEPLOY_DIR),
        FLEET_PORT=cfg["port"],
        APP_PORT_1=cfg["app_ports"][0],
        APP_PORT_2=cfg["app_ports"][1],
        VARNISH_ADMIN_PORT=cfg["admin_port"],
        MEDIA_PORT=cfg["media_port"],
        WEB_WORKERS=cfg["web_workers"],
        SCHEDULER_INTERVAL=cfg["scheduler_interval"],
    )
    return env


def processes(env: dict) -> list[tuple[str, list[str]]]:
    """The Procfile's lines, with ${NAMES} filled from ``env``."""
    found = []
    for line in (DEPLOY_DIR / "Procfile").read_text().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, command = line.split(":", 1)
        found.append((name.strip(), shlex.split(string.Template(command).substitute(env))))
    return found


def manage(env: dict, *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def database_create_if_missing(url: str) -> None:
    if not url.startswith(("postgres://", "postgresql://")):
        return
    import dj_database_url
    import psycopg

    db = dj_database_url.parse(url)
    params = {"host": db["HOST"] or None, "port": db["PORT"] or None, "user": db["USER"] or None}
    params["password"] = db["PASSWORD"] or None
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as connection:
        exists = connection.execute("select 1 from pg_database where datname = %s", [db["NAME"]]).fetchone()
        if not exists:
            connection.execute(f'create database "{db["NAME"]}"')
            print(f"created database {db['NAME']}")


def demo_load_if_empty(env: dict) -> None:
    code = "from articles.models import Article; print(Article.objects.exists())"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        sys.exit(result.stderr)
    if result.stdout.strip().endswith("False"):
        # The demo prints its accounts' passwords, so it loads only under DEBUG: a local fleet.
        manage({**env, "DEBUG": "1"}, "load_demo")


def _pidfile(run_dir: Path, name: str) -> Path:
    return run_dir / f"{name}.pid"


def running(run_dir: Path) -> dict[str, int]:
    """The processes of this run directory that are still alive, by name."""
    alive = {}
    for pidfile in sorted(run_dir.glob("*.pid")):
        record = json.loads(pidfile.read_text())
        cmdline = Path(f"/proc/{record['pid']}/cmdline")
        # Alive, and still the program we started (a PID can be reused once ours exits).
        program = Path(record["program"]).name
        try:
            ours = _alive(record["pid"]) and program in cmdline.read_bytes().decode(errors="replace")
        except FileNotFoundError:
            ours = False
        if ours:
            alive[pidfile.stem] = record["pid"]
    return alive


def _get(url: str, timeout: float = 2) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


def _answers(name: str, cfg: dict) -> bool:
    if name.startswith("web-"):
        port = cfg["app_ports"][int(name.split("-")[1]) - 1]
        return _get(f"http://127.0.0.1:{port}/robots.txt") == 200
    if name == "varnish":
        return _get(f"http://127.0.0.1:{cfg['port']}/") == 200
    if name == "media":
        return _get(f"http://127.0.0.1:{cfg['media_port']}/") is not None
    if name == "worker":
        return _queue_drained(cfg["database_url"])
    return True  # the scheduler answers nobody: alive is ready


def _queue_drained(url: str) -> bool:
    """The worker has caught up (the demo's image renditions), so the fleet is ready for work."""
    if not url.startswith(("postgres://", "postgresql://")):
        return True
    import psycopg

    with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as connection:
        [(waiting,)] = connection.execute(
            "select count(*) from django_tasks_database_dbtaskresult where status = 'READY' and "
            # Deferred tasks (retries) wait for their time; the others carry the far future.
            "(run_after <= now() or run_after > now() + interval '100 years')"
        ).fetchall()
    return waiting == 0


def start() -> None:
    cfg = config()
    run_dir = cfg["run_dir"]
    run_dir.mkdir(parents=True, exist_ok=True)
    if running(run_dir):
        sys.exit(f"The fleet is already running ({', '.join(running(run_dir))}); `make fleet-stop` first.")
    env = app_environment(cfg)
    database_create_if_missing(cfg["database_url"])
    manage(env, "migrate", "--noinput", "-v", "0")
    demo_load_if_empty(env)
    manage(env, "collectstatic", "--noinput", "-v", "0")
    Path(env["MEDIA_ROOT"]).mkdir(parents=True, exist_ok=True)
    # The media server serves www/, where media/ is the uploads folder: /media/x is MEDIA_ROOT/x.
    (run_dir / "www").mkdir(exist_ok=True)
    if not (run_dir / "www" / "media").is_symlink():
        (run_dir / "www" / "media").symlink_to(env["MEDIA_ROOT"])
    secret = run_dir / "varnish.secret"
    if not secret.exists():
        secret.write_text(secrets.token_hex(16))
        secret.chmod(0o600)
    (run_dir / "backends.vcl").write_text(
        BACKENDS_VCL.format(
            backends="\n".join(BACKEND.format(n=n, port=port) for n, port in enumerate(cfg["app_ports"], 1)),
            adds="\n".join(f"    app.add_backend(web{n});" for n in range(1, len(cfg["app_ports"]) + 1)),
            media_port=cfg["media_port"],
        )
    )

    names = [name for name, _ in processes(env)]
    for name in names:
        process_start(name, env)
    _wait(names, cfg)
    print(
        f"The newsroom answers at http://127.0.0.1:{cfg['port']}/ (Varnish) in front of "
        f"{' and '.join('127.0.0.1:' + p for p in cfg['app_ports'])}; task worker and scheduler running.\n"
        f"Logs and PIDs in {run_dir}. Stop it with `make fleet-stop`."
    )


def process_start(name: str, env: dict) -> int:
    """Start the Procfile's process ``name`` in a session of its own; its PID goes to the run
    directory."""
    run_dir = Path(env["RUN_DIR"])
    command = dict(processes(env))[name]
    with open(run_dir / f"{name}.log", "ab") as log:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    _pidfile(run_dir, name).write_text(json.dumps({"pid": process.pid, "program": command[0]}))
    return process.pid


def _wait(names: list[str], cfg: dict) -> None:
    run_dir = cfg["run_dir"]
    deadline = time.monotonic() + START_TIMEOUT
    waiting = list(names)
    while waiting and time.monotonic() < deadline:
        alive = running(run_dir)
        dead = [name for name in waiting if name not in alive]
        if dead:
            stop()
            sys.exit(f"{', '.join(dead)} exited at start; see {run_dir}/<name>.log")
        waiting = [name for name in waiting if not _answers(name, cfg)]
        time.sleep(0.3)
    if waiting:
        stop()
        sys.exit(f"{', '.join(waiting)} did not answer within {START_TIMEOUT}s; see {run_dir}/<name>.log")


def _alive(pid: int) -> bool:
    try:
        # Reap it if it is our own child (the tests start and stop fleets in-process).
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    except ChildProcessError:
        pass
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def stop(names=None) -> None:
    """Stop the processes started here (or only ``names``): each session gets SIGTERM, then
    SIGKILL if it is still there after STOP_TIMEOUT seconds."""
    run_dir = config()["run_dir"]
    alive = {name: pid for name, pid in running(run_dir).items() if names is None or name in names}
    for pid in alive.values():
        try:
            os.killpg(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + STOP_TIMEOUT
    while time.monotonic() < deadline and any(_alive(pid) for pid in alive.values()):
        time.sleep(0.2)
    for pid in alive.values():
        if _alive(pid):
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    for pidfile in run_dir.glob("*.pid"):
        if names is None or pidfile.stem in names:
            pidfile.unlink()
    if alive:
        print(f"stopped {', '.join(alive)}")


def run(command: list[str]) -> None:
    """Run ``command`` with the fleet's environment (``manage.py shell``, the benchmark)."""
    env = app_environment(config())
    sys.exit(subprocess.run(command, cwd=ROOT, env=env).returncode)


def status() -> None:
    alive = running(config()["run_dir"])
    print("\n".join(f"{name}: pid {pid}" for name, pid in alive.items()) or "not running")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "run":
        run(sys.argv[2:])
    commands = {"start": start, "stop": stop, "status": status}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        sys.exit(f"usage: {sys.argv[0]} {'|'.join(commands)}")
    commands[sys.argv[1]]()
