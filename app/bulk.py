"""Bulk edits of many customers at once (issue 25, item 2): add or remove a tag, set the tier
or the status, with one undo for the whole edit.

An edit is one transaction through `Records.edit_many` (rows, outbox entries, one change
notice), so it syncs like any edit. Undo is as the archive's (`app.archive`): a row whose bulk
entry is still its last unsent change, while no sync round runs, goes back without a trace
(the entry dropped, the values and the stamp as they were); any other row gets the inverse
edit as an ordinary change (the tag removed again, the former tier or status set), so what
someone changed meanwhile in other fields is kept.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, func, select, update

from sync.protocol.entities import Customer

from .archive import Idle, _always_idle
from .changes import Changes
from .local_tables import OutboxEntry
from .records import CHUNK, Edited, Records, Row

ADD_TAG, REMOVE_TAG, TIER, STATUS = "add_tag", "remove_tag", "tier", "status"
KINDS = (ADD_TAG, REMOVE_TAG, TIER, STATUS)
ENTITY = "customer"


@dataclass(frozen=True)
class BulkEdit:
    """What to do to each selected customer: `kind` one of KINDS, `value` the tag or value."""

    kind: str
    value: str

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown bulk edit {self.kind!r}")

    def values(self, row: Row) -> dict[str, Any]:
        if self.kind == ADD_TAG:
            tags = list(row["tags"] or [])
            return {"tags": tags if self.value in tags else [*tags, self.value]}
        if self.kind == REMOVE_TAG:
            return {"tags": [tag for tag in row["tags"] or [] if tag != self.value]}
        return {self.kind: self.value}


@dataclass(frozen=True)
class BulkDone:
    """One bulk edit as done, to take it back."""

    edit: BulkEdit
    rows: tuple[Edited, ...]

    @property
    def ids(self) -> list[str]:
        return [row.row_id for row in self.rows]


class Bulk:
    def __init__(self, records: Records, idle: Idle | None = None) -> None:
        self.records = records
        self.idle = idle or _always_idle

    def apply(self, ids: Sequence[str], edit: BulkEdit) -> BulkDone:
        """Edit the live customers among `ids`; those it would not change are left alone."""
        return BulkDone(edit, tuple(self.records.edit_many(ENTITY, ids, edit.values)))

    def undo(self, done: BulkDone) -> int:
        """Take a bulk edit back; returns how many rows went back without a change to send."""
        table = Customer.__table__
        by_id = {row.row_id: row for row in done.rows}
        ids = list(by_id)
        quiet: list[Edited] = []
        with self.idle() as idle, self.records.replica.transaction() as session:
            last: dict[str, int] = {}
            for start in range(0, len(ids), CHUNK):
                part = ids[start : start + CHUNK]
                query = (
                    select(OutboxEntry.row_id, func.max(OutboxEntry.seq))
                    .where(OutboxEntry.row_id.in_(part))
                    .group_by(OutboxEntry.row_id)
                )
                last.update((row_id, seq) for row_id, seq in session.execute(query))
            if idle:
                quiet = [row for row in done.rows if last.get(row.row_id) == row.seq]
            went = {row.row_id for row in quiet}
            loud = [row_id for row_id in ids if row_id not in went]
            if quiet:
                seqs = [row.seq for row in quiet]
                for start in range(0, len(seqs), CHUNK):
                    part_seqs = seqs[start : start + CHUNK]
                    session.execute(delete(OutboxEntry).where(OutboxEntry.seq.in_(part_seqs)))
                names = sorted(quiet[0].before)
                statement = (
                    update(table)
                    .where(table.c.id == bindparam("row_id"))
                    .values(
                        {
                            **{k: bindparam(f"old_{k}") for k in names},
                            "updated_at": bindparam("old_updated_at"),
                            "updated_by": bindparam("old_updated_by"),
                        }
                    )
                )
                session.connection().execute(
                    statement,
                    [
                        {
                            "row_id": row.row_id,
                            "old_updated_at": row.updated_at,
                            "old_updated_by": row.updated_by,
                            **{f"old_{k}": row.before[k] for k in names},
                        }
                        for row in quiet
                    ],
                )
            if loud:
                edit = done.edit

                def inverse(row: Row) -> dict[str, Any]:
                    if edit.kind == ADD_TAG:
                        return BulkEdit(REMOVE_TAG, edit.value).values(row)
                    if edit.kind == REMOVE_TAG:
                        return BulkEdit(ADD_TAG, edit.value).values(row)
                    return dict(by_id[row["id"]].before)

                loud = [
                    row.row_id
                    for row in self.records.edit_many(ENTITY, loud, inverse, session=session)
                ]
        touched = [row.row_id for row in quiet] + loud
        if touched:
            fields = set(done.rows[0].before) | {"updated_at"}
            self.records.feed.publish(Changes.of(ENTITY, touched, fields, local=True))
        return len(quiet)
