"""The local replica: one SQLite file per user and server, migrated on open.

Before a migration touches an existing replica it is copied to a timestamped
backup with SQLite's online backup API (safe with WAL), so an upgrade that goes
wrong never costs a rep their offline work.
"""

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from sync.protocol import db

from .errors import ReplicaError
from .local_tables import Meta

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"
KEEP_BACKUPS = 3
# SQLite's page cache per connection (it grows only as pages are read). With SQLite's 2 MiB a
# download of 100,000 customers re-reads index pages from the OS over and over: 64 MiB
# stored it 5-10 % faster.
CACHE_MIB = 64


class Replica:
    """Owns the engine of one replica file; hands out one session per unit of work."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        # Pulled pages may bring a child before its customer; the server keeps integrity.
        self.engine: Engine = db.make_engine(
            f"sqlite:///{path}", foreign_keys=False, cache_mib=CACHE_MIB
        )
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._writers = sessionmaker(
            self.engine.execution_options(**db.IMMEDIATE), expire_on_commit=False
        )
        try:
            self._migrate()
        except (DatabaseError, OperationalError) as exc:
            self.engine.dispose()
            raise ReplicaError(
                f"The local database {path} cannot be opened ({exc.orig}). "
                "Move it aside and sign in again to download your data."
            ) from exc

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A writing session in one transaction: committed on success, rolled back on error.

        It takes SQLite's write lock at once, so the UI and the sync worker queue politely.
        """
        with self._writers() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session: never waits for a writer (WAL)."""
        with self._sessions() as session, session.begin():
            yield session

    def get_meta(self, key: str, default: Any = None) -> Any:
        with self.reading() as session:
            value = session.scalar(select(Meta.value).where(Meta.key == key))
        return default if value is None else value

    def set_meta(self, key: str, value: Any) -> None:
        with self.transaction() as session:
            session.merge(Meta(key=key, value=value))

    def close(self) -> None:
        self.engine.dispose()

    def _migrate(self) -> None:
        current = db.current_revision(self.engine)
        head = db.newest_file_revision(MIGRATIONS)
        if current == head:
            return
        if current is not None:
            backup = self.backup(reason=f"before-{head}")
            log.info(
                "replica %s at %s, backed up to %s, migrating to %s",
                self.path,
                current,
                backup,
                head,
            )
        db.upgrade(self.engine, MIGRATIONS)

    def backup(self, reason: str = "backup") -> Path:
        """Copy the replica to `<name>.<timestamp>.<reason>.bak`, keeping the newest few."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        target = self.path.with_name(f"{self.path.name}.{stamp}.{reason}.bak")
        with sqlite3.connect(self.path) as source, sqlite3.connect(target) as dest:
            source.backup(dest)
        source.close()
        dest.close()
        old = sorted(self.path.parent.glob(f"{self.path.name}.*.bak"))
        for stale in old[:-KEEP_BACKUPS]:
            stale.unlink(missing_ok=True)
        return target
