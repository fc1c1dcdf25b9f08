"""Finding a damaged replica when it is opened, and putting it aside.

Disks, sleep on a dying battery and sync tools damage files. A replica is checked when it is
opened: its header by hand (a few bytes) every time, its structure by SQLite's
`PRAGMA quick_check`, which reads every page: milliseconds for a rep's few thousand
customers, but 0.5-1 s for 100,000 customers with their history (400 MB) in the OS cache and
8 s from a cold cache on a loaded machine. So the full check is skipped when the file is
exactly as Outpost left it at its last clean close (size and modification time, kept in the
`KNOWN` marker beside it) and was checked less than `CHECK_EVERY` ago; a crash (a -wal left
behind), any change made by something else (a sync tool, a restore, a truncation) or damage
SQLite met while running (`app.replica`'s `.suspect` note) means a full check. Damage that
changes neither (bits rotting on the disk) is found when SQLite meets it, or within a week.

A file of 0 bytes is a new replica unless this computer already opened one at that path (the
marker): then it is what is left of one. A damaged replica is renamed with its -wal and -shm
to `<name>.damaged-<when>.sqlite3` in the same folder (the support desk can open it with the
sqlite3 shell as it was); `app.replica` salvages its outbox first (`app.salvage`) and builds
the new replica beside it.
"""

import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sync.protocol.db import connect_keyed, sqlite_errors

from .errors import DiskFull, storage_error
from .pages import CIPHER_PAGE_SIZE, MAGIC, key_for

log = logging.getLogger(__name__)

KNOWN = ".known"  # suffix of the marker: a replica was opened at this path
CHECK_EVERY = timedelta(days=7)
SIDE_FILES = ("-wal", "-shm")
_ERRORS_SHOWN = 5  # quick_check lines kept for the log
# An encrypted replica's full check took 3.6 s with SQLite's 2 MiB page cache and 2.4 s with
# a larger one (20,000 customers, 99 MB, a loaded 2-core VM; plaintext: 0.5 s).
_CHECK_CACHE_MIB = 256
# SQLCipher says SQLITE_NOMEM (MemoryError) of some pages it cannot decrypt.
_DB_ERRORS: tuple[type[Exception], ...] = (*sqlite_errors(), MemoryError)


@dataclass(frozen=True)
class Damage:
    """What the check found, in English for the log and the support desk."""

    kind: str  # empty | header | unreadable (an encrypted file its key does not open) | structure
    detail: str


@dataclass(frozen=True)
class Recovery:
    """What happened to a damaged replica: where it went and which unsent changes were kept."""

    damage: Damage
    damaged_copy: Path
    saved: int  # changes not yet sent that are in the new replica's outbox
    complete: bool  # every change not yet sent could be read: none was lost


def find_damage(path: Path, key: bytes | None = None) -> Damage | None:
    """None if the replica at `path` (encrypted with `key`, if given) is sound, or new
    (missing, or empty and never opened)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None
    if size == 0:
        if known(path):
            return Damage("empty", "the file is empty (0 bytes)")
        return None
    key = key_for(path, key)
    problem = header_problem(path, size, key)
    if problem is not None and not Path(f"{path}-wal").is_file():
        return Damage("header", problem)
    if problem is None and key is not None:
        unreadable = _key_check(path, key)
        if unreadable is not None:
            return unreadable
    if problem is None and left_as_checked(path):
        return None
    # the log may hold a good page 1 (a checkpoint then mends it)
    found = _quick_check(path) if key is None else _quick_check(path, key)
    if found is None:
        _remember(path, checked=datetime.now(UTC).isoformat())
    return Damage("header", problem) if problem is not None and found is not None else found


def left_as_checked(path: Path) -> bool:
    """Whether the file is as Outpost left it at a clean close, checked not long before."""
    if Path(f"{path}-wal").exists():
        return False  # not closed cleanly (or open in another process)
    seen = _marker(path)
    try:
        checked = datetime.fromisoformat(seen["checked"])
        left = (seen["size"], seen["mtime_ns"])
    except (KeyError, TypeError, ValueError):
        return False
    stat = path.stat()
    fresh = datetime.now(UTC) - checked < CHECK_EVERY
    return fresh and left == (stat.st_size, stat.st_mtime_ns)


def header_problem(path: Path, size: int, key: bytes | None = None) -> str | None:
    """What is wrong with the first 100 bytes, if anything (fileformat2 section 1.3); of an
    encrypted file (`key`) only its size can be judged without opening it."""
    with path.open("rb") as file:
        head = file.read(100)
    if key is not None:
        if size < CIPHER_PAGE_SIZE:
            return f"the file is {size} bytes, shorter than an encrypted database's first page"
        if size % CIPHER_PAGE_SIZE:
            return f"the file ({size} bytes) is not a whole number of {CIPHER_PAGE_SIZE}-byte pages"
        return None
    if len(head) < 100:
        return f"the file is {size} bytes, shorter than a database header"
    if head[:16] != MAGIC:
        return "the file does not start with an SQLite header"
    page = int.from_bytes(head[16:18], "big")
    page = 65536 if page == 1 else page
    if not 512 <= page <= 65536 or page & (page - 1):
        return f"the header gives an impossible page size ({page})"
    if head[18] not in (1, 2) or head[19] not in (1, 2) or head[21:24] != b"\x40\x20\x20":
        return "the header's format bytes are wrong"
    if size % page:
        return f"the file ({size} bytes) is not a whole number of {page}-byte pages"
    pages = int.from_bytes(head[28:32], "big")
    valid = head[24:28] == head[92:96]  # the page count is current (fileformat2 1.3.7)
    log_pending = Path(f"{path}-wal").is_file()  # a checkpoint may not have ended
    if valid and not log_pending and pages * page > size:
        return f"the file is cut short: {size // page} of {pages} pages"
    return None


def _key_check(path: Path, key: bytes) -> Damage | None:
    """Whether `key` opens the encrypted file: SQLCipher reads and authenticates page 1."""
    try:
        conn = connect_keyed(f"{path.as_uri()}?mode=rw", key, uri=True, timeout=10)
    except _DB_ERRORS as exc:
        return _refused(exc)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except _DB_ERRORS as exc:
        damage = _refused(exc)
        detail = f"{damage.detail}: this computer's key does not open it (the key was lost) or"
        return Damage("unreadable", f"{detail} its first page is damaged")
    finally:
        conn.close()
    return None


def _quick_check(path: Path, key: bytes | None = None) -> Damage | None:
    try:
        conn = connect_keyed(f"{path.as_uri()}?mode=rw", key, uri=True, timeout=10)
    except _DB_ERRORS as exc:
        return _refused(exc)
    try:
        if key is not None:  # each page read is decrypted and authenticated: keep them
            conn.execute(f"PRAGMA cache_size = {-1024 * _CHECK_CACHE_MIB}")
        rows = conn.execute(f"PRAGMA quick_check({_ERRORS_SHOWN})").fetchall()
    except _DB_ERRORS as exc:
        return _refused(exc)
    finally:
        conn.close()
    if rows == [("ok",)]:
        return None
    return Damage("structure", "; ".join(str(row[0]) for row in rows))


def _refused(exc: Exception) -> Damage:
    """SQLite refused the file: damage when it says so, else the error itself."""
    if isinstance(exc, MemoryError):
        return Damage("structure", "a page could not be decrypted")
    known_error = storage_error(exc)
    if isinstance(known_error, DiskFull):
        raise known_error from exc
    if known_error is not None:
        return Damage("structure", str(exc))
    raise exc


def known(path: Path) -> bool:
    return Path(f"{path}{KNOWN}").exists()


def note_known(path: Path) -> None:
    """Remember that a replica was opened at `path`."""
    if not known(path):
        _remember(path)


def note_closed(path: Path) -> None:
    """Remember how a cleanly closed replica was left (after SQLite removed its log)."""
    if path.exists() and not Path(f"{path}-wal").exists():
        stat = path.stat()
        _remember(path, size=stat.st_size, mtime_ns=stat.st_mtime_ns)


def _marker(path: Path) -> dict[str, Any]:
    try:
        seen = json.loads(Path(f"{path}{KNOWN}").read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return seen if isinstance(seen, dict) else {}


def _remember(path: Path, **facts: Any) -> None:
    """Update the marker; a failure (a full disk) only costs a full check at the next open,
    or the distinction between an emptied replica and a new one."""
    marker = Path(f"{path}{KNOWN}")
    try:
        marker.write_text(json.dumps({**_marker(path), **facts}), "utf-8")
    except OSError as exc:
        log.warning("could not write %s: %s", marker, exc)


def move_aside(path: Path) -> Path:
    """Rename the replica and its -wal and -shm to a dated name in the same folder."""
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.damaged-{stamp}-{n}{path.suffix}")
    # The log goes first: a crash between the renames must never leave a log beside a
    # database that is not its own (SQLite would replay it into the next one).
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, f"{target}{suffix}")
    os.replace(path, target)
    return target


def remove(path: Path) -> None:
    for file in (path, *(Path(f"{path}{suffix}") for suffix in SIDE_FILES)):
        file.unlink(missing_ok=True)


def damaged_copies(path: Path) -> list[Path]:
    """The damaged copies put aside for the replica at `path`, with their side files."""
    return sorted(path.parent.glob(f"{path.stem}.damaged-*"))
