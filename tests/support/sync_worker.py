"""A client process that edits and syncs in a loop until it is killed (for the kill test).

    python -m tests.support.sync_worker SERVER_URL TOKEN USER_ID REPLICA_PATH

Each round creates the next numbered customer, edits an earlier one, and syncs
with tiny batches and pages so a kill lands between many small transactions.
"""

import contextlib
import sys
from pathlib import Path

from app.records import Records
from app.replica import Replica
from app.search_keys import customer_keys
from app.sync_hooks import HOOKS
from sync.client.engine import SyncEngine
from sync.client.errors import ClientError
from sync.client.http import ServerApi


def main() -> None:
    server_url, token, user_id, path = sys.argv[1:5]
    replica = Replica(Path(path))
    records = Records(replica, user_id)
    api = ServerApi(server_url, timeout=10)
    engine = SyncEngine(replica, api, lambda: token, hooks=HOOKS, push_batch=2, page_size=3)
    customer_keys("张伟")  # pinyin loads on first use: ready means ready to edit at once
    print("ready", flush=True)
    while True:
        names = {c["name"]: c for c in records.find("customer")}
        number = len([n for n in names if n.startswith("K-")])
        records.create("customer", {"name": f"K-{number:04}"})
        if number:
            earlier = names[f"K-{(number * 7) % number:04}"]
            records.update("customer", earlier["id"], {"notes": f"edited in round {number}"})
        with contextlib.suppress(ClientError):
            engine.sync_now()


if __name__ == "__main__":
    main()
