"""A desktop client without the desktop: replica file, services and sync engine, signed in."""

from dataclasses import dataclass, field
from pathlib import Path

from app.records import Records
from app.replica import Replica
from app.sync_hooks import HOOKS
from sync.client.engine import COMMIT_ROWS, SyncEngine
from sync.client.http import ServerApi


@dataclass
class Client:
    username: str
    user_id: str
    replica: Replica
    records: Records
    engine: SyncEngine
    api: ServerApi
    token: str
    device_id: str
    path: Path
    notes: list[str] = field(default_factory=list)

    def sync(self):
        return self.engine.sync_now()

    def close(self) -> None:
        self.replica.close()
        self.api.close()


def connect(
    server_url: str,
    username: str,
    password: str,
    path: Path,
    *,
    api: ServerApi | None = None,
    device_id: str | None = None,
    page_size: int = 1000,
    push_batch: int = 200,
    commit_rows: int = COMMIT_ROWS,
) -> Client:
    """Log in over HTTP and open (or create) the replica at `path`."""
    api = api or ServerApi(server_url, timeout=30)
    pair = api.login(username, password, f"test device {path.name}", device_id)
    replica = Replica(path)
    user_id = pair["user"]["id"]
    token = pair["access_token"]
    engine = SyncEngine(
        replica,
        api,
        lambda: token,
        hooks=HOOKS,
        page_size=page_size,
        push_batch=push_batch,
        commit_rows=commit_rows,
    )
    return Client(
        username,
        user_id,
        replica,
        Records(replica, user_id),
        engine,
        api,
        token,
        pair["device_id"],
        path,
    )
