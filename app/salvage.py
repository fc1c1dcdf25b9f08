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
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

from sync.protocol.entities import ENTITIES
from sync.protocol.wire import MutationOp

from .pages import Pages, records

log = logging.getLogger(__name__)

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


def salvage_outbox(path: Path) -> Salvage:
    """The outbox entries that can be read from the replica at `path` (and its -wal)."""
    read, complete, sequence = _by_sql(path)
    if complete:
        return Salvage(sorted(read.values()), True, sequence)
    found, found_sequence = _by_pages(path)
    found.update(read)  # what SQLite read wins over a cell found on a page
    log.warning("outbox of %s read in part: %d by SQLite, %d in all", path, len(read), len(found))
    return Salvage(sorted(found.values()), False, max(sequence, found_sequence))


def _by_sql(path: Path) -> tuple[dict[int, Row], bool, int]:
    rows: dict[int, Row] = {}
    if not path.is_file() or path.stat().st_size == 0:
        return rows, False, 0
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return rows, False, 0
    sequence = 0
    try:
        try:
            found = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'")
            sequence = int((found.fetchone() or (0,))[0] or 0)
        except (sqlite3.Error, TypeError, ValueError):
            pass
        sensible = True
        for row in conn.execute(f"SELECT {', '.join(COLUMNS)} FROM outbox ORDER BY seq"):
            if plausible(row):
                rows[row[0]] = row
            else:
                sensible = False
        return rows, sensible, sequence
    except sqlite3.Error as exc:
        log.warning("outbox of %s not readable to its end by SQLite: %s", path, exc)
        return rows, False, sequence
    finally:
        conn.close()


def _by_pages(path: Path) -> tuple[dict[int, Row], int]:
    rows: dict[int, Row] = {}
    sequence = 0
    try:
        with Pages.open(path) as pages:
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
