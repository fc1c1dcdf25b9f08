"""A client killed (SIGKILL) at random points of its sync loses nothing and duplicates nothing."""

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest
from sqlalchemy import select

from sync.protocol.entities import Customer
from tests.support.servers import ROOT

KILLS = 50


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_fifty_kills_mid_sync(client_for, server_db, tmp_path):
    client = client_for()
    rng = random.Random(7)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [
        sys.executable,
        "-m",
        "tests.support.sync_worker",
        client.api.base_url,
        client.token,
        client.user_id,
        str(client.path),
    ]
    client.replica.close()
    forks = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
        text=True,
    )
    try:
        for _ in range(KILLS):
            forks.stdin.write("go\n")
            forks.stdin.flush()
            ready, pid = forks.stdout.readline().split()
            assert ready == "ready", forks.stderr.read()
            time.sleep(rng.uniform(0.0, 0.4))
            os.kill(int(pid), signal.SIGKILL)
            forks.stdin.write(f"reap {pid}\n")
            forks.stdin.flush()
            assert forks.stdout.readline().strip() == "reaped"
    finally:
        forks.stdin.close()
        forks.wait(30)

    # Reopen the same files and finish: everything made locally reaches the server once.
    client.engine.sync_now()
    local = client.records.find("customer")
    with server_db.transaction() as session:
        remote = session.execute(
            select(Customer.name, Customer.notes).where(Customer.owner_id == client.user_id)
        ).all()
    names = [row.name for row in remote]
    assert len(local) >= KILLS // 2  # real work got done between kills (fewer on a busy machine)
    assert Counter(names).most_common(1)[0][1] == 1, "a customer was created twice"
    assert sorted(names) == sorted(c["name"] for c in local)
    assert sorted(names) == [f"K-{n:04}" for n in range(len(names))], "a number is missing"
    assert {(r.name, r.notes) for r in remote} == {(c["name"], c["notes"]) for c in local}
    assert client.records.pending_count() == 0
