"""Pages under load for ``manage.py benchmark --load``: gunicorn with sync workers on the
loopback, wrk rotating through a list of addresses, and the CPU the workers (and, when the
database runs on this machine, its backends) spent per request.

CPU is read from ``/proc/<pid>/stat`` (user + system time) before and after a bounded wrk
run, so it counts only the processes serving the pages, not wrk or anything else sharing
the machine. Figures are printed for people to read; nothing here asserts a speed.
"""

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection

ROOT = Path(settings.BASE_DIR)
TICKS = os.sysconf("SC_CLK_TCK")
# wrk picks the next address of the list for every request, on every connection.
ROTATE_SCRIPT = """
local paths = {}
for line in io.lines("%(paths)s") do paths[#paths + 1] = line end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n %% #paths) + 1])
end
"""


@dataclass
class LoadResult:
    requests_per_second: float
    requests: int
    app_cpu_ms: float | None
    db_cpu_ms: float | None
    errors: int

    def line(self, floor: "LoadResult | None" = None) -> str:
        """The figures, and against ``floor`` (run beside it) its requests a second and, as
        the machine's other load sways those far more, the floor's app CPU a request over
        this one's (above 1 when a request here costs the workers less than the floor's)."""
        app = f"{self.app_cpu_ms:6.2f}" if self.app_cpu_ms is not None else "   n/a"
        db = f"{self.db_cpu_ms:6.2f}" if self.db_cpu_ms is not None else "   n/a"
        text = f"{self.requests_per_second:8.0f} req/s   app CPU {app} ms/req   db CPU {db} ms/req"
        if floor and floor.requests_per_second:
            text += f"   {self.requests_per_second / floor.requests_per_second:5.2f} x the floor"
            if floor.app_cpu_ms and self.app_cpu_ms:
                text += f" ({floor.app_cpu_ms / self.app_cpu_ms:4.2f} by CPU)"
        if self.errors:
            text += f"   ({self.errors} answers not 2xx/3xx)"
        return text


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _cpu_ticks(pid: int) -> int | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[11]) + int(fields[12])


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(child) for child in text.split()]


def _database_is_local() -> bool:
    return connection.vendor == "postgresql" and connection.settings_dict["HOST"] in (
        "127.0.0.1",
        "localhost",
    )


def own_backend_ticks() -> int | None:
    """The CPU clock ticks this connection's server process has spent, if the database runs
    on this machine."""
    if not _database_is_local():
        return None
    connection.ensure_connection()
    return _cpu_ticks(connection.connection.info.backend_pid)


def _database_backends() -> list[int]:
    """The server processes of the other sessions on this database, if it is local."""
    if not _database_is_local():
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
            " AND backend_type = 'client backend'"
        )
        return [row[0] for row in cursor.fetchall()]


def _total(pids) -> int | None:
    ticks = [_cpu_ticks(pid) for pid in pids]
    if not ticks or any(t is None for t in ticks):
        return None
    return sum(ticks)


def _get(url, timeout=10) -> int:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


class Gunicorn:
    """gunicorn serving ``app`` with ``workers`` sync workers on 127.0.0.1:``port``."""

    def __init__(self, *, app: str, env: dict, port: int, workers: int = 2, log=None):
        self.port = port
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", app, "--bind", f"127.0.0.1:{port}"]
            + ["--workers", str(workers), "--worker-class", "sync", "--log-level", "warning"],
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                _get(self.url("/robots.txt"), timeout=2)
                if len(self.workers()) >= workers:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"gunicorn did not answer on port {port}")

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def workers(self) -> list[int]:
        return _children(self.process.pid)

    def stop(self):
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        self.process.wait(timeout=20)


def wrk(server: Gunicorn, paths: list[str], *, seconds: int, connections: int = 8) -> LoadResult:
    """Load ``server`` with ``paths`` in turn for ``seconds``; warm every path once first."""
    if shutil.which("wrk") is None:
        raise RuntimeError("wrk is not installed (Debian: apt-get install wrk).")
    for path in paths:
        _get(server.url(path))
    with tempfile.TemporaryDirectory() as scratch:
        listing = Path(scratch, "paths.txt")
        listing.write_text("\n".join(paths) + "\n")
        script = Path(scratch, "rotate.lua")
        script.write_text(ROTATE_SCRIPT % {"paths": listing})
        workers, backends = server.workers(), _database_backends()
        app_before, db_before = _total(workers), _total(backends)
        result = subprocess.run(
            ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "-s", str(script), server.url("/")],
            capture_output=True,
            text=True,
            check=True,
        )
        app_after, db_after = _total(workers), _total(backends)
    requests = int(re.search(r"(\d+) requests in", result.stdout).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)

    def per_request(before, after):
        if before is None or after is None or not requests:
            return None
        return (after - before) / TICKS * 1000 / requests

    return LoadResult(
        requests_per_second=float(re.search(r"Requests/sec:\s+([\d.]+)", result.stdout).group(1)),
        requests=requests,
        app_cpu_ms=per_request(app_before, app_after),
        db_cpu_ms=per_request(db_before, db_after),
        errors=int(errors.group(1)) if errors else 0,
    )
