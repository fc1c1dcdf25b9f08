"""A server restored from a backup gets back, from the clients, every change it lost."""

import os
import sqlite3
import subprocess
import sys

import pytest

from tests.support.clients import connect
from tests.support.restore import assert_laptop_restores_what_the_backup_lacked
from tests.support.servers import ROOT, ServerProcess

PASSWORD = "restore drill 1"


def cli(url, *args):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "server.cli", "--database-url", url, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )


@pytest.mark.slow
def test_clients_resend_what_a_restored_server_lost(tmp_path):
    path = tmp_path / "server.sqlite3"
    url = f"sqlite:///{path}"
    cli(url, "init-db")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "server.cli",
            "--database-url",
            url,
            "create-user",
            "lin",
            "--role",
            "rep",
            "--branch",
            "上海",
        ],
        input=PASSWORD + "\n",
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    server = ServerProcess(url, tmp_path / "server.log").start()
    try:
        laptop = connect(server.url, "lin", PASSWORD, tmp_path / "laptop.sqlite3")
        before = laptop.records.create("customer", {"name": "Before backup"})
        laptop.sync()
        with sqlite3.connect(path) as source, sqlite3.connect(tmp_path / "backup.db") as copy:
            source.backup(copy)
        after = laptop.records.create("customer", {"name": "After backup"})
        laptop.records.update("customer", before["id"], {"city": "杭州"})
        laptop.sync()
        assert laptop.records.pending_count() == 0
    finally:
        server.stop()

    # The disk dies; IT restores last night's backup and announces it.
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"server.sqlite3{suffix}").unlink(missing_ok=True)
    with sqlite3.connect(tmp_path / "backup.db") as copy, sqlite3.connect(path) as target:
        copy.backup(target)
    cli(url, "new-epoch")
    server = ServerProcess(url, tmp_path / "server2.log").start()
    assert_laptop_restores_what_the_backup_lacked(
        server, url, laptop, (before, after), PASSWORD, tmp_path
    )
