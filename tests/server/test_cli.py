"""What IT types: `init-db && seed-demo && serve` gives a server the demo users can log in to."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from tests.support.servers import ROOT, ServerProcess

DEMO_PASSWORD = "demo1234"


def cli(url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OUTPOST_DATABASE_URL": url}
    return subprocess.run(
        [sys.executable, "-m", "server.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def login(server: ServerProcess, username: str, password: str) -> requests.Response:
    body = {"username": username, "password": password, "device_name": "test laptop"}
    return requests.post(f"{server.url}/api/v1/auth/login", json=body, timeout=10)


@pytest.mark.slow
def test_init_seed_serve_lets_demo_users_log_in(empty_database_url: str, tmp_path: Path) -> None:
    assert cli(empty_database_url, "init-db").returncode == 0
    seeded = cli(empty_database_url, "seed-demo", "--customers", "60")
    assert seeded.returncode == 0, seeded.stderr
    assert "60" in seeded.stdout
    again = cli(empty_database_url, "seed-demo", "--customers", "60")
    assert again.returncode != 0 and "already" in (again.stdout + again.stderr).lower()

    made = cli(
        empty_database_url,
        "create-user",
        "zhou.min",
        "--role",
        "rep",
        "--branch",
        "上海",
        stdin="s3cret pass\n",
    )
    assert made.returncode == 0, made.stderr

    server = ServerProcess(empty_database_url, tmp_path / "server.log").start()
    try:
        for username in ("alice", "manager.sh", "admin"):
            reply = login(server, username, DEMO_PASSWORD)
            assert reply.status_code == 200, reply.text
            assert reply.json()["access_token"]
        assert login(server, "zhou.min", "s3cret pass").status_code == 200
        assert login(server, "alice", "wrong").json()["code"] == "invalid_credentials"

        assert cli(empty_database_url, "deactivate-user", "alice").returncode == 0
        assert login(server, "alice", DEMO_PASSWORD).json()["code"] == "account_disabled"
    finally:
        server.stop()


def test_missing_user_and_bad_url_get_plain_errors(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert cli(url, "init-db").returncode == 0
    missing = cli(url, "deactivate-user", "nobody")
    assert missing.returncode != 0
    assert "nobody" in missing.stderr and "Traceback" not in missing.stderr
    bad = cli("postgresql+psycopg://nobody@127.0.0.1:1/none", "init-db")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
    assert "database" in bad.stderr.lower()
