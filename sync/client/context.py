"""What every stage of a sync round works with: the replica, the server, the sign-in, the app's
hooks, the engine's own facts in the replica and the abort flag (see `engine.SyncEngine`)."""

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import bindparam, delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from sync.protocol.wire import Change

from . import replica_ops as ops
from .errors import SyncAborted
from .http import ServerApi
from .tables import Meta

CURSOR, EPOCH, LAST_SUCCESS, DEVICE_CHECKED, BULK = (
    "sync.cursor",
    "sync.epoch",
    "sync.last_success",
    "sync.device_checked",
    "sync.bulk",  # a full download is under way (set with its first page)
)


class Store(Protocol):
    """The replica as the engine needs it (app.replica.Replica is one)."""

    def transaction(self) -> AbstractContextManager[Session]: ...

    def reading(self) -> AbstractContextManager[Session]: ...


@dataclass
class Hooks:
    """How the app keeps its own derived tables (search keys) in step with pulled rows.

    `bulk_start` / `bulk_end` bracket a full download (first sign-in, server restore): derived
    data that is cheaper to rebuild once than to maintain row by row can be suspended. They run
    in the transaction of the first page and of the last one, so an interrupted download
    resumes still suspended and ends with `bulk_end`.

    `prepare` sees each page's changes as soon as it arrives, in the thread that downloads the
    next page while the current one is stored: work it does there (and caches) overlaps with
    SQLite's writing, which lets other threads run. It must not touch the replica."""

    after_apply: ops.AfterApply | None = None
    after_remove: ops.AfterRemove | None = None
    bulk_start: Callable[[Session], None] | None = None
    bulk_end: Callable[[Session], None] | None = None
    prepare: Callable[[list[Change]], None] | None = None


class Facts:
    """The engine's keys in the replica's `meta` table, read once per process: the engine is
    their only writer. A value written in a transaction is remembered only once it committed
    (`remember`), so a rolled-back transaction leaves nothing stale behind."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._known: dict[str, Any] = {}

    def get(self, key: str) -> Any:
        if key in self._known:
            return self._known[key]
        with self.store.reading() as session:
            value = session.scalar(select(Meta.value).where(Meta.key == key))
        # another thread may have remembered a newer value meanwhile: it wins
        return self._known.setdefault(key, value)

    def set(self, key: str, value: Any) -> None:
        """Write one key in a transaction of its own."""
        with self.store.transaction() as session:
            self.write(session, key, value)
        self.remember(key, value)

    @staticmethod
    def write(session: Session, key: str, value: Any) -> None:
        """Set one key in the caller's transaction: a single statement (merge reads first)."""
        session.execute(_PUT_META, {"key": key, "value": value})

    @staticmethod
    def erase(session: Session, key: str) -> None:
        session.execute(delete(Meta).where(Meta.key == key))

    def remember(self, key: str, value: Any) -> None:
        self._known[key] = value


_META = Meta.__table__
_PUT_META = (
    sqlite_insert(_META)
    .values(key=bindparam("key"), value=bindparam("value", type_=_META.c.value.type))
    .on_conflict_do_update(index_elements=[_META.c.key], set_={"value": bindparam("value")})
)


@dataclass
class Context:
    store: Store
    api: ServerApi
    token: Callable[[], str]
    hooks: Hooks
    facts: Facts
    abort: threading.Event

    def check_abort(self) -> None:
        """Stop here if `SyncEngine.abort` was called: a safe point, between transactions."""
        if self.abort.is_set():
            raise SyncAborted("Sync was stopped.")
