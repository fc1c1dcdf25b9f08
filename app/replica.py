"""The local replica: one SQLite file per user and server, checked and migrated on open.

Before a migration touches an existing replica it is copied to a timestamped
backup with SQLite's online backup API (safe with WAL), so an upgrade that goes
wrong never costs a rep their offline work.

A damaged replica (`app.recovery`) is replaced when it is opened: its outbox is salvaged
(`app.salvage`) into a new replica built beside it, the damaged file is renamed aside with
its log, and the new one takes its place; `Replica.recovery` says what happened, the first
sync round downloads the rest. A full disk or damage met later is raised as `DiskFull` or
`ReplicaDamaged` by `transaction()` and `reading()`, so the UI says what to do.

With a `key` (the app always passes the account's, `Accounts.replica_key`) the file is
encrypted with SQLCipher: every page, its -wal and the backups. A plaintext replica made by
an older version is converted when it is opened (`encrypt_file`: `sqlcipher_export` into a
copy beside it, which then replaces it in one rename), its backups too, so its unsent changes
stay. A replica the key does not open (the keyring was wiped) is treated as damaged. Without
a key (tests, tools) the file is plain SQLite as before.
"""

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from sync.protocol import db
from sync.protocol.db import connect_keyed

from . import recovery
from .errors import ReplicaDamaged, ReplicaError, storage_error
from .local_tables import Meta
from .pages import plaintext
from .paths import private_dir, private_file, tighten
from .recovery import Damage, Recovery
from .salvage import COLUMNS, Salvage, salvage_outbox

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"
KEEP_BACKUPS = 3
# SQLite's page cache per connection (it grows only as pages are read). With SQLite's 2 MiB a
# download of 100,000 customers re-reads index pages from the OS over and over: 64 MiB
# stored it 5-10 % faster.
CACHE_MIB = 64
SALVAGED = "replica.salvaged"  # meta: change numbers salvaged from a damaged replica
SUSPECT = ".suspect"  # suffix of the note that SQLite reported damage while running
_RECOVERING = ".recovering"  # suffix of the replica built to replace a damaged one
_ENCRYPTING = ".encrypting"  # suffix of the encrypted copy of a plaintext replica
_STORAGE_ERRORS: tuple[type[Exception], ...] = (DBAPIError, *db.sqlite_errors(), OSError)


class Replica:
    """Owns the engine of one replica file; hands out one session per unit of work.

    `check=False` skips the check on open (for a replica made a moment ago); `key` (32
    bytes) encrypts it (the module docstring says how)."""

    def __init__(self, path: Path, *, check: bool = True, key: bytes | None = None) -> None:
        self.path = path
        self.key = key
        self.recovery: Recovery | None = None
        self._checked = check
        with _opening(path):
            private_dir(path.parent)
            if check:
                self.recovery = self._check()
            if key is not None:
                self._encrypt_plaintext(key)
            private_file(path)  # 0600 before SQLite opens it: its -wal and -shm follow
            for side in recovery.SIDE_FILES:
                tighten(Path(f"{path}{side}"))
            # Pulled pages may bring a child before its customer; the server keeps integrity.
            self.engine: Engine = db.make_engine(
                f"sqlite:///{path}", foreign_keys=False, cache_mib=CACHE_MIB, key=key
            )
            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
            self._writers = sessionmaker(
                self.engine.execution_options(**db.IMMEDIATE), expire_on_commit=False
            )
            try:
                self._migrate()
            except BaseException:
                self.engine.dispose()
                raise
        if check:
            recovery.note_known(path)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A writing session in one transaction: committed on success, rolled back on error.

        It takes SQLite's write lock at once, so the UI and the sync worker queue politely.
        A full disk raises `DiskFull` (nothing was written), damage `ReplicaDamaged`.
        """
        with _classified(self.path), self._writers() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session: never waits for a writer (WAL)."""
        with _classified(self.path), self._sessions() as session, session.begin():
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
        if self._checked:
            recovery.note_closed(self.path)

    def _check(self) -> Recovery | None:
        """Replace the replica if it is damaged (the module docstring says how)."""
        path, built = self.path, Path(f"{self.path}{_RECOVERING}")
        if built.exists() and not path.exists():  # stopped between the last two renames
            os.replace(built, path)
        suspect = Path(f"{path}{SUSPECT}")
        if suspect.exists():
            damage: Damage | None = Damage("structure", suspect.read_text("utf-8").strip())
        else:
            damage = recovery.find_damage(path, self.key)
        if damage is None:
            return None
        log.warning("replica %s is damaged (%s): replacing it", path, damage.detail)
        salvage = salvage_outbox(path, self.key)
        recovery.remove(built)
        try:
            _build(built, salvage, self.key)
        except BaseException:
            recovery.remove(built)
            raise
        aside = recovery.move_aside(path)
        os.replace(built, path)
        suspect.unlink(missing_ok=True)
        log.warning(
            "replica %s moved to %s; %d unsent changes salvaged (%s)",
            path,
            aside,
            len(salvage.entries),
            "all" if salvage.complete else "maybe not all",
        )
        return Recovery(damage, aside, len(salvage.entries), salvage.complete)

    def _encrypt_plaintext(self, key: bytes) -> None:
        """Convert a plaintext replica of an older version, and its backups, in place."""
        Path(f"{self.path}{_ENCRYPTING}").unlink(missing_ok=True)  # a conversion cut short
        if self.path.is_file() and plaintext(self.path):
            log.info("encrypting the plaintext replica %s", self.path)
            encrypt_file(self.path, key)
        for backup in sorted(self.path.parent.glob(f"{self.path.name}.*.bak")):
            if plaintext(backup):
                encrypt_file(backup, key)

    def restore_outbox(self, salvage: Salvage) -> None:
        """Put salvaged outbox entries in this (new) replica with their own change numbers,
        so the server applies each at most once, and number new changes after them."""
        rows = [dict(zip(COLUMNS, row, strict=True)) for row in salvage.entries]
        top = max([salvage.sequence, *(row["seq"] for row in rows)])
        with self.transaction() as session:
            if rows:
                names = ", ".join(COLUMNS)
                values = ", ".join(f":{name}" for name in COLUMNS)
                session.execute(text(f"INSERT INTO outbox ({names}) VALUES ({values})"), rows)
            session.execute(text("DELETE FROM sqlite_sequence WHERE name = 'outbox'"))
            if top:
                session.execute(
                    text("INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', :top)"),
                    {"top": top},
                )
            session.merge(Meta(key=SALVAGED, value=[row["seq"] for row in rows]))

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
        private_file(target)
        source = connect_keyed(str(self.path), self.key)
        try:
            dest = connect_keyed(str(target), self.key)  # the same key: SQLCipher copies pages
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
        old = sorted(self.path.parent.glob(f"{self.path.name}.*.bak"))
        for stale in old[:-KEEP_BACKUPS]:
            stale.unlink(missing_ok=True)
        return target


def encrypt_file(path: Path, key: bytes) -> None:
    """Replace the plaintext SQLite database at `path` (closed) by an encrypted copy, every
    row with it (the outbox and its numbering included): `sqlcipher_export` into
    `<path>.encrypting`, checked, then one rename. A crash before the rename leaves the
    plaintext file as it was (the copy is removed and made again at the next open); after it,
    the encrypted one. The plaintext log goes first: folded into the file, never left beside
    the encrypted one. The old file's blocks are freed, not overwritten (docs/DEPLOYMENT.md)."""
    target = Path(f"{path}{_ENCRYPTING}")
    recovery.remove(target)
    private_file(target)
    try:
        _export(path, target, key)
    except BaseException:
        recovery.remove(target)  # a full disk gets its room back at once
        raise
    _fsync(target)
    Path(f"{path}-shm").unlink(missing_ok=True)
    os.replace(target, path)
    _fsync(path.parent)


def _export(path: Path, target: Path, key: bytes) -> None:
    conn = db.sqlcipher().connect(str(path))  # no key: SQLCipher reads plain SQLite
    try:
        conn.execute("PRAGMA journal_mode=DELETE")  # the -wal folded in and removed
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY {_key_literal(key)}", (str(target),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
        expected = _counts(conn)
    finally:
        conn.close()
    copy = connect_keyed(str(target), key)  # read back as the app will: schema, rows
    try:
        found = _counts(copy)
    finally:
        copy.close()
    if found != expected:
        raise ReplicaError(f"The local database {path} could not be encrypted (rows differ).")


def _key_literal(key: bytes) -> str:
    return db.cipher_key_pragma(key).split("=", 1)[1].strip()


def _counts(conn: Any) -> dict[str, int]:
    """Rows per table, virtual tables (full-text indexes) included."""
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _fsync(path: Path) -> None:
    if os.name != "posix" and path.is_dir():
        return  # Windows cannot open a folder to flush it
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _build(path: Path, salvage: Salvage, key: bytes | None = None) -> None:
    """A new replica at `path` holding the salvaged outbox, as one file: its log folded in
    (rollback journal mode), so one rename puts it in place; opening it turns WAL on again."""
    replica = Replica(path, check=False, key=key)
    try:
        replica.restore_outbox(salvage)
    finally:
        replica.close()
    conn = connect_keyed(str(path), key)
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    finally:
        conn.close()
    if mode != "delete" or Path(f"{path}-wal").exists():
        raise ReplicaError(f"The new local database {path} could not be completed.")


@contextmanager
def _opening(path: Path) -> Iterator[None]:
    """A failure to open the replica that is neither a full disk nor damage (a lock held by
    another program, a permission) as `ReplicaError`, with the file and SQLite's reason."""
    try:
        with _classified(path):
            yield
    except _STORAGE_ERRORS as exc:
        reason = exc.orig if isinstance(exc, DBAPIError) else exc
        raise ReplicaError(f"The local database {path} cannot be opened ({reason}).") from exc


@contextmanager
def _classified(path: Path) -> Iterator[None]:
    """Storage failures as the expected errors they are (`app.errors.storage_error`); damage
    met while running is noted beside the file, so the next open replaces it."""
    try:
        yield
    except _STORAGE_ERRORS as exc:
        known = storage_error(exc)
        if known is None:
            raise
        if isinstance(known, ReplicaDamaged):
            _note_suspect(path, known.message)
        raise known from exc


def _note_suspect(path: Path, message: str) -> None:
    try:
        Path(f"{path}{SUSPECT}").write_text(message + "\n", "utf-8")
    except OSError as exc:
        log.warning("could not note the damage of %s: %s", path, exc)
