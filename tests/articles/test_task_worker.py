"""The task worker outlives a database outage: a real worker process, its connection to
PostgreSQL cut and restored, goes on running what is queued."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from articles import tasks
from tests.network import TcpForwarder

ROOT = Path(__file__).resolve().parents[2]
DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def wait_for(predicate, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.django_db(transaction=True)
def test_the_worker_survives_the_database_going_away_and_runs_what_was_queued_meanwhile(settings, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL: a second process cannot open SQLite's in-memory test database.")
    settings.TASKS = DATABASE_BACKEND
    db = connection.settings_dict
    forwarder = TcpForwarder((db["HOST"] or "127.0.0.1", int(db["PORT"] or 5432)))
    forwarder.start()
    mailbox = tmp_path / "mail"
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}@127.0.0.1:{forwarder.port}/{db['NAME']}",
        "DATABASE_CONN_MAX_AGE": "0",
        # A cut connection is refused at once; a slow one on a loaded machine is no outage.
        "DATABASE_CONNECT_TIMEOUT": "10",
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(mailbox),
        "TASKS_BACKEND": "database",
    }
    log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "task_worker", "--interval", "0.2", "--no-startup-delay"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )

    def mails():
        return len(list(mailbox.iterdir())) if mailbox.exists() else 0

    try:
        tasks.deliver_email.enqueue(subject="one", body="b", to="a@example.org", from_email="n@example.org")
        assert wait_for(lambda: mails() == 1, 30), (tmp_path / "worker.log").read_text()

        forwarder.stop()
        tasks.deliver_email.enqueue(subject="two", body="b", to="a@example.org", from_email="n@example.org")
        time.sleep(4)
        assert worker.poll() is None, "the worker died with the database connection"
        assert mails() == 1

        forwarder.start()
        assert wait_for(lambda: mails() == 2, 30), (tmp_path / "worker.log").read_text()
        assert worker.poll() is None
    finally:
        worker.terminate()
        worker.wait(timeout=15)
        forwarder.stop()
        log.close()
    output = (tmp_path / "worker.log").read_text()
    assert output.count("the database is not answering") == 1
    assert "the database answers again" in output
