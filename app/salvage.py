"""Reading the outbox out of a damaged replica: the changes not yet sent exist nowhere else.

Everything else in a replica is a copy of the server's and comes back with a download; the
outbox does not. Two ways, best first (the sqlite3 shell's `.recover` is not in Python):

1. SQLite reads the table (`SELECT ... FROM outbox`), read-only. That works when the damage
   lies elsewhere (a customers page), and says so when it reaches the end of the table.
2. Page by page (`pages.py`): every table-leaf page of the file, as the newest committed frame
   of its write-ahead log has it, skipping the free pages when the header still names them;
   each cell whose record has the outbox's shape is taken. That works with a broken header
   or a broken tree, but cannot know what it missed.

An entry the server had already applied (its acknowledgement was lost with the file) may be
found too: `app.syncing` drops those at the first round, by the device's numbering.
"""

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

from sync.protocol.db import connect_keyed, sqlite_errors
from sync.protocol.entities import ENTITIES
from sync.protocol.wire import MutationOp

from .pages import Pages, plaintext, records

log = logging.getLogger(__name__)
# SQLCipher says SQLITE_NOMEM (MemoryError) of some pages it cannot decrypt.
_DB_ERRORS: tuple[type[Exception], ...] = (*sqlite_errors(), MemoryError)
_NUMBER_ERRORS: tuple[type[Exception], ...] = (*_DB_ERRORS, TypeError, ValueError)

# The outbox's columns in the order of its CREATE TABLE (migrations 0003 and 0006 added the
# last two; tests/app/test_salvage.py checks this against a migrated replica): `seq` is
# the rowid, stored as NULL in the record.
COLUMNS = ("seq", "entity", "row_id", "op", "user_id", "created_at", "changes", "base")
_OPS = {op.value for op in MutationOp}

Row = tuple[Any, ...]


@dataclass(frozen=True)
class Salvage:
    entries: list[Row] = field(default_factory=list)  # outbox rows in COLUMNS order, by seq
    complete: bool = False  # SQLite read the whole table and every row made sense
    sequence: int = 0  # the highest change number the device gave out, as far as known


def salvage_outbox(path: Path, key: bytes | None = None) -> Salvage:
    """The outbox entries that can be read from the replica at `path` (and its -wal),
    encrypted with `key` (a plaintext file is read as it is). With a wrong key nothing is.

    A file whose header is gone may be either: it is read both ways, and what makes sense
    is kept."""
    keys = [None] if key is None or plaintext(path) else [key, None]
    read: dict[int, Row] = {}
    sequence = 0
    for each in keys:
        by_sql, complete, by_sql_sequence = _by_sql(path, each)
        if complete:
            return Salvage(sorted(by_sql.values()), True, by_sql_sequence)
        read.update(by_sql)
        sequence = max(sequence, by_sql_sequence)
    found: dict[int, Row] = {}
    for each in keys:
        on_pages, found_sequence = _by_pages(path, each)
        found.update(on_pages)
        sequence = max(sequence, found_sequence)
    found.update(read)  # what SQLite read wins over a cell found on a page
    log.warning("outbox of %s read in part: %d by SQLite, %d in all", path, len(read), len(found))
    return Salvage(sorted(found.values()), False, sequence)


def _by_sql(path: Path, key: bytes | None = None) -> tuple[dict[int, Row], bool, int]:
    rows: dict[int, Row] = {}
    if not path.is_file() or path.stat().st_size == 0:
        return rows, False, 0
    try:
        conn = connect_keyed(f"{path.as_uri()}?mode=ro", key, uri=True)
    except _DB_ERRORS:
        return rows, False, 0
    sequence = 0
    try:
        try:
            found = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'")
            sequence = int((found.fetchone() or (0,))[0] or 0)
        except _NUMBER_ERRORS:
            pass
        sensible = True
        for row in conn.execute(f"SELECT {', '.join(COLUMNS)} FROM outbox ORDER BY seq"):
            if plausible(row):
                rows[row[0]] = row
            else:
                sensible = False
        return rows, sensible, sequence
    except _DB_ERRORS as exc:
        log.warning("outbox of %s not readable to its end by SQLite: %s", path, exc)
        return rows, False, sequence
    finally:
        conn.close()


def _by_pages(path: Path, key: bytes | None = None) -> tuple[dict[int, Row], int]:
    rows: dict[int, Row] = {}
    sequence = 0
    try:
        with Pages.open(path, key) as pages:
            for rowid, values in records(pages, _wanted):
                if len(values) == len(COLUMNS) and values[0] is None:
                    row = (rowid, *values[1:])
                    if plausible(row):
                        rows[rowid] = row
                elif len(values) == 2 and values[0] == "outbox" and isinstance(values[1], int):
                    sequence = max(sequence, values[1])  # its sqlite_sequence row
    except OSError as exc:
        log.warning("pages of %s not readable: %s", path, exc)
    return rows, sequence


def _wanted(types: list[int]) -> bool:
    """An outbox row (8 columns, the rowid stored as NULL) or a row of sqlite_sequence."""
    return (len(types) == len(COLUMNS) and types[0] == 0) or (len(types) == 2 and types[0] >= 13)


def plausible(row: Row) -> bool:
    """Whether `row` (COLUMNS order) looks like an outbox entry this app wrote: a cell of
    another table, or one with damaged bytes, fails on at least one column."""
    seq, entity, row_id, op, user_id, created_at, changes, base = row
    return (
        isinstance(seq, int)
        and seq > 0
        and entity in ENTITIES
        and isinstance(row_id, str)
        and 0 < len(row_id) <= 36
        and op in _OPS
        and (user_id is None or (isinstance(user_id, str) and len(user_id) <= 36))
        and not _is_datetime(user_id)  # a row of `sent`: created_at, acked_at in their place
        and _is_datetime(created_at)
        and _is_object(changes)
        and _is_object(base)
    )


def _is_datetime(value: Any) -> bool:
    try:
        datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _is_object(value: Any) -> bool:
    try:
        return isinstance(orjson.loads(value), dict)
    except (TypeError, orjson.JSONDecodeError):
        return False
