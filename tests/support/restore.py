"""The check after a server restore drill, shared by the SQLite and the PostgreSQL drills."""

from pathlib import Path
from typing import Any

from sqlalchemy import select

from server.db import Database
from sync.protocol.entities import Customer
from tests.support.clients import Client, connect
from tests.support.servers import ServerProcess


def assert_laptop_restores_what_the_backup_lacked(
    server: ServerProcess,
    url: str,
    laptop: Client,
    rows: tuple[dict[str, Any], ...],
    password: str,
    tmp: Path,
) -> None:
    """The laptop re-sends what the restored server lost; a fresh device then gets it all."""
    before, after = rows
    try:
        laptop.api.base_url = server.url
        laptop.sync()
        database = Database(url)
        with database.sessions() as session:
            found = {c.name: c.city for c in session.scalars(select(Customer))}
        database.dispose()
        assert found == {"Before backup": "杭州", "After backup": None}
        desktop = connect(server.url, "lin", password, tmp / "desktop.sqlite3")
        desktop.sync()
        assert {c["id"] for c in desktop.records.find("customer")} == {before["id"], after["id"]}
        desktop.close()
    finally:
        laptop.close()
        server.stop()
