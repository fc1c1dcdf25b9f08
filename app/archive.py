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
from typing import Any

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from sync.client.replica_ops import insert_many
from sync.protocol import validation
from sync.protocol.types import utcnow

from .changes import Changes
from .local_tables import OutboxEntry
from .records import CHUNK, Records

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
        """Archive the live ones of `ids` in one transaction; the rest are left alone. A few
        statements whatever the number (10,000 customers one by one took half a minute)."""
        table = validation.entity_class(entity).__table__
        wanted = list(dict.fromkeys(ids))
        now, user = utcnow(), self.records.user_id
        with self.records.replica.transaction() as session:
            live: list[tuple[str, datetime, str | None]] = []
            for start in range(0, len(wanted), CHUNK):
                query = select(table.c.id, table.c.updated_at, table.c.updated_by).where(
                    table.c.id.in_(wanted[start : start + CHUNK]), table.c.deleted_at.is_(None)
                )
                live.extend((row_id, at, by) for row_id, at, by in session.execute(query))
            if not live:
                return Archived(entity, ())
            session.execute(
                update(table).where(table.c.id == bindparam("row_id")),
                [
                    {"row_id": row_id, "deleted_at": now, "updated_at": now, "updated_by": user}
                    for row_id, _at, _by in live
                ],
            )
            seqs = self._entries(session, entity, [row[0] for row in live], "delete", now)
        archived = Archived(entity, tuple((i, seqs[i], at, by) for i, at, by in live))
        self._publish(archived.entity, archived.ids)
        return archived

    def undo(self, archived: Archived) -> int:
        """Take an archive back; returns how many rows went back without a change to send."""
        table = validation.entity_class(archived.entity).__table__
        now, user = utcnow(), self.records.user_id
        rows = {row[0]: row for row in archived.rows}
        ids = list(rows)
        with self.idle() as idle, self.records.replica.transaction() as session:
            archived_now: set[str] = set()
            last: dict[str, int] = {}
            for start in range(0, len(ids), CHUNK):
                part = ids[start : start + CHUNK]
                query = select(table.c.id).where(
                    table.c.id.in_(part), table.c.deleted_at.is_not(None)
                )
                archived_now.update(session.scalars(query))  # not moved away nor restored
                query = (
                    select(OutboxEntry.row_id, func.max(OutboxEntry.seq))
                    .where(OutboxEntry.row_id.in_(part))
                    .group_by(OutboxEntry.row_id)
                )
                last.update((row_id, seq) for row_id, seq in session.execute(query))
            back = [rows[i] for i in ids if i in archived_now]
            quiet = [row for row in back if idle and last.get(row[0]) == row[1]]
            loud = [row[0] for row in back if not (idle and last.get(row[0]) == row[1])]
            seqs = [row[1] for row in quiet]
            for start in range(0, len(seqs), CHUNK):
                part_seqs = seqs[start : start + CHUNK]
                session.execute(delete(OutboxEntry).where(OutboxEntry.seq.in_(part_seqs)))
            stamps = [
                {"row_id": row_id, "deleted_at": None, "updated_at": at, "updated_by": by}
                for row_id, _seq, at, by in quiet
            ] + [
                {"row_id": row_id, "deleted_at": None, "updated_at": now, "updated_by": user}
                for row_id in loud
            ]
            if stamps:
                session.execute(update(table).where(table.c.id == bindparam("row_id")), stamps)
            if loud:
                self._entries(session, archived.entity, loud, "restore", now)
        self._publish(archived.entity, archived.ids)
        return len(quiet)

    def _entries(
        self, session: Session, entity: str, ids: list[str], op: str, now: datetime
    ) -> dict[str, int]:
        """The outbox entries of `op` on these rows (as `Records.record`); their seqs."""
        first = (session.scalar(select(func.max(OutboxEntry.seq))) or 0) + 1
        entries: list[dict[str, Any]] = [
            {
                "entity": entity,
                "row_id": row_id,
                "op": op,
                "changes": {},
                "base": {},
                "user_id": self.records.user_id,
                "created_at": now,
            }
            for row_id in ids
        ]
        insert_many(session, OutboxEntry.__table__, entries)
        query = select(OutboxEntry.row_id, OutboxEntry.seq).where(OutboxEntry.seq >= first)
        return {row_id: seq for row_id, seq in session.execute(query)}

    def restore(self, entity: str, ids: Sequence[str]) -> None:
        """Bring archived rows back (from "Show archived"): an edit like any other."""
        for row_id in ids:
            self.records.restore(entity, row_id)

    def _publish(self, entity: str, ids: list[str]) -> None:
        if ids:
            self.records.feed.publish(Changes.of(entity, ids, ["deleted_at"], local=True))
