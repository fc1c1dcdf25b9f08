"""Archive and restore, with an undo that leaves no trace when it can.

Archiving is the soft delete of `Records` (the row keeps its history and syncs as "deleted";
lists, search and Today hide it). Undo right after archiving should not send anything: if the
archive's outbox entry is still the row's last unsent change and no sync round is running
(`SyncEngine.between_rounds`, which also keeps one from starting meanwhile), the entry is
dropped and the row put back as it was. Otherwise (already sent, or a round is sending it)
the undo is an ordinary restore, which syncs like any other edit.
"""

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from sync.protocol import validation
from sync.protocol.types import utcnow

from .changes import Changes
from .local_tables import OutboxEntry
from .records import Records

Idle = Callable[[], AbstractContextManager[bool]]


@dataclass(frozen=True)
class Archived:
    """What one archive did, to take it back: per row its outbox entry and former stamp."""

    entity: str
    rows: tuple[tuple[str, int, datetime, str | None], ...]  # id, seq, updated at/by

    @property
    def ids(self) -> list[str]:
        return [row[0] for row in self.rows]


@contextmanager
def _always_idle() -> Iterator[bool]:
    yield True  # no sync engine (offline start, tests): nothing can be sending


class Archive:
    def __init__(self, records: Records, idle: Idle | None = None) -> None:
        self.records = records
        self.idle = idle or _always_idle

    def archive(self, entity: str, ids: Iterable[str]) -> Archived:
        """Archive the live ones of `ids` in one transaction; the rest are left alone."""
        cls = validation.entity_class(entity)
        done: list[tuple[str, int, datetime, str | None]] = []
        with self.records.replica.transaction() as session:
            for row_id in ids:
                obj = session.get(cls, row_id)
                if obj is None or obj.deleted_at is not None:
                    continue
                before = (obj.updated_at, obj.updated_by)
                obj.deleted_at = obj.updated_at = utcnow()
                obj.updated_by = self.records.user_id
                entry = self.records.record(session, obj, "delete")
                session.flush()
                done.append((row_id, entry.seq, *before))
        archived = Archived(entity, tuple(done))
        self._publish(archived.entity, archived.ids)
        return archived

    def undo(self, archived: Archived) -> int:
        """Take an archive back; returns how many rows went back without a change to send."""
        cls = validation.entity_class(archived.entity)
        quiet = 0
        with self.idle() as idle, self.records.replica.transaction() as session:
            for row_id, seq, updated_at, updated_by in archived.rows:
                obj = session.get(cls, row_id)
                if obj is None or obj.deleted_at is None:
                    continue  # moved away, or restored meanwhile
                last = session.scalar(
                    select(func.max(OutboxEntry.seq)).where(OutboxEntry.row_id == row_id)
                )
                if idle and last == seq:
                    session.delete(session.get(OutboxEntry, seq))
                    obj.deleted_at = None
                    obj.updated_at, obj.updated_by = updated_at, updated_by
                    quiet += 1
                else:
                    obj.deleted_at = None
                    obj.updated_at, obj.updated_by = utcnow(), self.records.user_id
                    self.records.record(session, obj, "restore")
        self._publish(archived.entity, archived.ids)
        return quiet

    def restore(self, entity: str, ids: Sequence[str]) -> None:
        """Bring archived rows back (from "Show archived"): an edit like any other."""
        for row_id in ids:
            self.records.restore(entity, row_id)

    def _publish(self, entity: str, ids: list[str]) -> None:
        if ids:
            self.records.feed.publish(Changes.of(entity, ids, ["deleted_at"], local=True))
