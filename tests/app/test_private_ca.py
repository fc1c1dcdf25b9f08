"""A server with a certificate from the company's own CA: trusted only through IT's preset."""

import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from app.account import Accounts
from app.errors import ServerUnreachable
from app.preset import Preset
from app.replica import Replica
from app.syncing import engine_for
from server.db import Database, migrate
from server.users.service import create_user
from sync.protocol.enums import Role
from tests.support.servers import ROOT, free_port

PASSWORD = "private ca 1"

CERTIFICATES = [
    "req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2"
    " -subj '/CN=Example IT Root CA' -addext basicConstraints=critical,CA:TRUE"
    " -addext keyUsage=critical,keyCertSign,cRLSign",
    "req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj /CN=127.0.0.1",
    "x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 2"
    " -extfile ext.cnf",
]


@pytest.fixture
def tls_server(tmp_path: Path):
    """A server on https://127.0.0.1 with a certificate signed by a throwaway CA."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command")
    (tmp_path / "ext.cnf").write_text(
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"
    )
    for command in CERTIFICATES:
        openssl = ["openssl", *shlex.split(command)]
        subprocess.run(openssl, cwd=tmp_path, check=True, capture_output=True)
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    database = Database(url)
    migrate(database.engine)
    with database.transaction() as session:
        create_user(session, username="lin", password=PASSWORD, role=Role.REP, branch="上海")
    database.dispose()
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", "--factory", "server.main:create_app"]
    command += ["--port", str(port), "--log-level", "warning"]
    command += ["--ssl-keyfile", "server.key", "--ssl-certfile", "server.pem"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OUTPOST_DATABASE_URL": url}
    with (tmp_path / "server.log").open("ab") as log:
        proc = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=log, stderr=log)
    base = f"https://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                requests.get(f"{base}/api/v1/health", verify=tmp_path / "ca.pem", timeout=1)
                break
            except requests.ConnectionError:
                assert proc.poll() is None, (tmp_path / "server.log").read_text()
                time.sleep(0.05)
        yield base, tmp_path / "ca.pem"
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.mark.slow
def test_the_preset_ca_lets_the_client_sign_in_and_sync(tls_server, tmp_path):
    url, ca = tls_server
    with pytest.raises(ServerUnreachable):  # the public CAs do not know this server
        Accounts(tmp_path / "plain").sign_in(url, "lin", PASSWORD)
    accounts = Accounts(tmp_path / "it", preset=Preset(server_url=url, ca_certificate=ca))
    account = accounts.sign_in(url, "lin", PASSWORD)
    replica = Replica(account.replica)
    engine = engine_for(account, replica, accounts)
    try:
        engine.sync_now()
        assert engine.status().last_success is not None
    finally:
        engine.api.close()
        replica.close()
