"""docs/DEPLOYMENT.md on PostgreSQL: several server processes on one database, and the
backup-and-restore drill with pg_dump / pg_restore followed by `outpost-server new-epoch`."""

import os
import shutil
import subprocess
import sys

import pytest
from sqlalchemy.engine import make_url

from sync.protocol.enums import Role
from tests.support.clients import connect
from tests.support.restore import assert_laptop_restores_what_the_backup_lacked
from tests.support.servers import ROOT, ServerProcess, postgres_database

pytestmark = pytest.mark.postgres
SIMULATION = ROOT / "tests" / "simulation.py"
PASSWORD = "deployment drill 1"


@pytest.fixture
def pg_url(pg_ok: bool):
    if not pg_ok:
        pytest.skip("PostgreSQL is not running at 127.0.0.1:5432")
    with postgres_database() as url:
        yield url


def cli(url: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "server.cli", "--database-url", url, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.mark.slow
def test_processes_started_together_upgrade_the_schema_once(pg_url):
    starting = [cli(pg_url, "init-db") for _ in range(3)]
    for proc in starting:
        output, _ = proc.communicate(timeout=120)
        assert proc.returncode == 0, output


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_clients_served_alternately_by_two_servers_converge(pg_ok):
    if not pg_ok:
        pytest.skip("PostgreSQL is not running at 127.0.0.1:5432")
    args = ["--servers", "2", "--database-url", "postgres", "--seeds", "5", "--steps", "60"]
    done = subprocess.run(
        [sys.executable, str(SIMULATION), *args], capture_output=True, text=True, timeout=600
    )
    last = done.stdout.strip().splitlines()[-1]
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert last == "seeds=5 converged=5 lost=0 duplicated=0", last


@pytest.mark.slow
def test_restore_from_pg_dump_then_new_epoch_loses_nothing(pg_url, tmp_path):
    if not (shutil.which("pg_dump") and shutil.which("pg_restore")):
        pytest.skip("needs pg_dump and pg_restore")
    user = cli(pg_url, "create-user", "lin", "--role", Role.REP.value, "--branch", "上海")
    output, _ = user.communicate(PASSWORD + "\n", timeout=120)
    assert user.returncode == 0, output
    libpq = make_url(pg_url).set(drivername="postgresql").render_as_string(hide_password=False)
    backup = tmp_path / "outpost.dump"
    server = ServerProcess(pg_url, tmp_path / "server.log").start()
    try:
        laptop = connect(server.url, "lin", PASSWORD, tmp_path / "laptop.sqlite3")
        before = laptop.records.create("customer", {"name": "Before backup"})
        laptop.sync()
        subprocess.run(["pg_dump", "-Fc", "-f", str(backup), libpq], check=True)
        after = laptop.records.create("customer", {"name": "After backup"})
        laptop.records.update("customer", before["id"], {"city": "杭州"})
        laptop.sync()
    finally:
        server.stop()

    # The database is lost; IT restores last night's dump and announces it (DEPLOYMENT.md).
    restore = ["pg_restore", "--clean", "--if-exists", "--no-owner", "-d", libpq, str(backup)]
    subprocess.run(restore, check=True)
    epoch = cli(pg_url, "new-epoch")
    assert epoch.wait(timeout=120) == 0
    server = ServerProcess(pg_url, tmp_path / "server2.log").start()
    assert_laptop_restores_what_the_backup_lacked(
        server, pg_url, laptop, (before, after), PASSWORD, tmp_path
    )
