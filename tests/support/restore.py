"""The check after a server restore drill, shared by the SQLite and the PostgreSQL drills."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import make_url, select

from server.db import Database
from sync.protocol.entities import Customer
from tests.support.clients import Client, connect
from tests.support.servers import ROOT, ServerProcess


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


class Backup:
    """A copy of a server database taken while it runs, put back as IT would restore it:
    SQLite by the backup API, PostgreSQL by `pg_dump` and `pg_restore --clean`; then
    `outpost-server new-epoch` (DEPLOYMENT.md, section 5)."""

    def __init__(self, url: str, folder: Path) -> None:
        self.url = url
        self.file = folder / ("backup.sqlite3" if url.startswith("sqlite") else "backup.dump")

    def take(self) -> None:
        if self.url.startswith("sqlite"):
            with (
                sqlite3.connect(_sqlite_path(self.url)) as source,
                sqlite3.connect(self.file) as copy,
            ):
                source.backup(copy)
            return
        subprocess.run(["pg_dump", "-Fc", "-f", str(self.file), _libpq(self.url)], check=True)

    def restore(self) -> None:
        """Put the copy back (the server stopped) and announce the new epoch."""
        if self.url.startswith("sqlite"):
            path = _sqlite_path(self.url)
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            with sqlite3.connect(self.file) as copy, sqlite3.connect(path) as target:
                copy.backup(target)
        else:
            command = ["pg_restore", "--clean", "--if-exists", "--no-owner", "-d"]
            subprocess.run([*command, _libpq(self.url), str(self.file)], check=True)
        subprocess.run(
            [sys.executable, "-m", "server.cli", "--database-url", self.url, "new-epoch"],
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            cwd=ROOT,
            capture_output=True,
            check=True,
        )


def _sqlite_path(url: str) -> str:
    return url.removeprefix("sqlite:///")


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
