"""Client processes that edit and sync in a loop until they are killed (for the kill test).

    python -m tests.support.sync_worker SERVER_URL TOKEN USER_ID REPLICA_PATH

starts a fork server: it imports the app once, then on each `go` line from stdin forks a
worker and prints `ready PID` when that worker has opened the replica; `reap PID` waits for
a killed worker and prints `reaped`. A worker costs milliseconds to start instead of the
second or two of a new interpreter, and is killed just the same (SIGKILL, mid-transaction).

Each round of a worker creates the next numbered customer, edits an earlier one, and syncs
with tiny batches and pages so a kill lands between many small transactions.
"""

import contextlib
import os
import sys
from pathlib import Path

from app.records import Records
from app.replica import Replica
from app.search_keys import customer_keys
from app.sync_hooks import HOOKS
from sync.client.engine import SyncEngine
from sync.client.errors import ClientError
from sync.client.http import ServerApi


def work(server_url: str, token: str, user_id: str, path: str) -> None:
    replica = Replica(Path(path))
    records = Records(replica, user_id)
    api = ServerApi(server_url, timeout=10)
    engine = SyncEngine(
        replica, api, lambda: token, hooks=HOOKS, push_batch=2, page_size=3, commit_rows=6
    )
    print(f"ready {os.getpid()}", flush=True)
    while True:
        names = {c["name"]: c for c in records.find("customer")}
        number = len([n for n in names if n.startswith("K-")])
        records.create("customer", {"name": f"K-{number:04}"})
        if number:
            earlier = names[f"K-{(number * 7) % number:04}"]
            records.update("customer", earlier["id"], {"notes": f"edited in round {number}"})
        with contextlib.suppress(ClientError):
            engine.sync_now()


def main() -> None:
    arguments = sys.argv[1:5]
    customer_keys("张伟")  # pinyin loads on first use: load it before any worker starts
    for line in sys.stdin:
        command = line.split()
        if command == ["go"]:
            if os.fork() == 0:
                try:
                    work(*arguments)
                finally:
                    os._exit(1)  # a worker never returns to the fork server's loop
        elif command[:1] == ["reap"]:
            os.waitpid(int(command[1]), 0)
            print("reaped", flush=True)


if __name__ == "__main__":
    main()
