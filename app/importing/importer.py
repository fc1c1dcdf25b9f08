"""The import service over one replica: read a file, plan it, run it in chunks through
`Records` (the only write path) as one batch, and undo a batch.

Running writes `CHUNK` rows a transaction, each with its outbox entries, search keys and the
batch's record of what it created or changed (`ImportItem`), so a cancelled or interrupted
import leaves whole chunks that "Undo import" removes like a finished one. Undo soft-deletes
what the batch created and puts back the fields it changed (where nobody changed them since):
ordinary deletes and updates, which sync like any other edit, before or after the import's
rows reached the server.
"""

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sync.client.replica_ops import insert_many
from sync.protocol import dedupe, validation
from sync.protocol.entities import Customer
from sync.protocol.types import new_id, utcnow
from sync.protocol.values import to_wire

from ..records import Records, Row
from . import children
from . import mapping as m
from .plan import Action, Decision, Existing, Plan, PlannedRow, Planner, UpdateKey, keys_of
from .reading import Table, read_table, sheet_names
from .tables import ImportBatch, ImportItem, ImportMapping

CHUNK = 5_000
"""Rows a transaction: about a second's writing, so the user's edits (another lane) wait at
most that long, and a 100,000-row import commits 20 times, not 50 (each commit of this size
also checkpoints the WAL: a disk sync)."""
UNDO_CHUNK = 10_000
Progress = Callable[[int, int], None]

RUNNING, DONE, CANCELLED, UNDONE = "running", "done", "cancelled", "undone"


@dataclass
class Summary:
    """What a run did; `held` rows wait undecided, `skipped` were decided so."""

    batch_id: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    held: int = 0
    skipped: int = 0
    refused: int = 0
    contacts: int = 0
    cancelled: bool = False
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "batch_id"}


@dataclass
class BatchInfo:
    id: str
    file_name: str
    started_at: datetime
    state: str
    summary: dict[str, Any] = field(default_factory=dict)


class Importer:
    def __init__(self, records: Records) -> None:
        self.records = records

    @property
    def replica(self) -> Any:
        return self.records.replica

    # --- reading and planning --------------------------------------------------------

    def sheets(self, path: Path) -> list[str]:
        return sheet_names(path)

    def read(self, path: Path, sheet: str | None = None, header_row: int = 0) -> Table:
        return read_table(path, sheet, header_row)

    def mapping_for(self, headers: Sequence[str]) -> m.Mapping:
        """The mapping last used for these headers, else the guess."""
        with self.replica.reading() as session:
            found = session.get(ImportMapping, m.header_key(headers))
        guessed = m.guess(headers)
        if found is None:
            return guessed
        return {h: found.mapping.get(h, guessed[h]) for h in headers}

    def remember(self, headers: Sequence[str], mapping: m.Mapping) -> None:
        with self.replica.transaction() as session:
            session.merge(
                ImportMapping(
                    header_key=m.header_key(headers),
                    headers=list(headers),
                    mapping=dict(mapping),
                    used_at=utcnow(),
                )
            )

    def existing(self) -> Existing:
        """The replica's live customers' duplicate keys (one read)."""
        out = Existing()
        query = select(
            Customer.id,
            Customer.kind,
            Customer.name,
            Customer.phones,
            Customer.email,
            Customer.registration_no,
        ).where(Customer.deleted_at.is_(None))
        with self.replica.reading() as session:
            for row_id, kind, name, phones, email, reg in session.execute(query):
                out.add(row_id, name, keys_of(kind, name, phones or [], email, reg))
        return out

    def plan(
        self,
        table: Table,
        mapping: m.Mapping,
        key: UpdateKey = UpdateKey.NONE,
        file_name: str = "",
    ) -> Plan:
        return Planner(table, mapping, key, self.existing()).plan(file_name or table.sheet)

    # --- running ---------------------------------------------------------------------

    def run(
        self,
        plan: Plan,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> Summary:
        started = utcnow()
        batch_id = new_id()
        summary = Summary(batch_id)
        summary.refused = plan.count(Action.REFUSE)
        with self.replica.transaction() as session:
            session.add(ImportBatch(id=batch_id, file_name=plan.file_name, state=RUNNING))
        work = _work(plan, summary)
        total = len(work)
        done = 0
        for start in range(0, total, CHUNK):
            if cancel is not None and cancel.is_set():
                summary.cancelled = True
                break
            self._chunk(batch_id, work[start : start + CHUNK], summary)
            done = min(total, start + CHUNK)
            if progress is not None:
                progress(done, total)
        summary.seconds = round((utcnow() - started).total_seconds(), 3)
        with self.replica.transaction() as session:
            session.execute(
                update(ImportBatch)
                .where(ImportBatch.id == batch_id)
                .values(
                    state=CANCELLED if summary.cancelled else DONE,
                    finished_at=utcnow(),
                    summary=summary.as_dict(),
                )
            )
        return summary

    def _chunk(self, batch_id: str, rows: list[PlannedRow], summary: Summary) -> None:
        records = self.records
        creates = [row for row in rows if _creates(row)]
        updates = [row for row in rows if not _creates(row)]
        made = records.create_many(
            "customer",
            [row.customer for row in creates],
            validated=True,
            on_written=recorder(batch_id, "customer"),
        )
        summary.created += len(made)
        contacts = [
            {**row.contact, "customer_id": new["id"]}
            for row, new in zip(creates, made, strict=True)
            if row.contact
        ]
        if contacts:
            summary.contacts += len(
                records.create_many(
                    "contact", contacts, validated=True, on_written=recorder(batch_id, "contact")
                )
            )
        if updates:
            current = records.rows("customer", [_target(row) for row in updates])
            changes = []
            for row in updates:
                now = current.get(_target(row))
                values = _joined(row.customer, now)
                if now is not None and not _valid("customer", values, now):
                    summary.refused += 1  # its lists and the customer's: over 20 phones or tags
                    continue
                changes.append((_target(row), values))
            changed = records.update_many(
                "customer", changes, on_written=change_recorder(batch_id, "customer")
            )
            ids = {before["id"] for before, _ in changed}
            summary.updated += len(ids)
            summary.unchanged += len({_target(row) for row in updates} - ids)

    # --- interactions, opportunities and tasks (further sheets or files) ---------------

    def plan_children(
        self, entity: str, table: Table, mapping: m.Mapping
    ) -> list[children.ChildRow]:
        with self.replica.reading() as session:
            customers = children.Customers(session)
        return children.plan_rows(entity, table, mapping, customers)

    def run_children(
        self,
        entity: str,
        rows: Sequence[children.ChildRow],
        file_name: str = "",
        cancel: threading.Event | None = None,
    ) -> Summary:
        """Creates the rows that have no errors as a batch of their own (undone alike)."""
        started = utcnow()
        summary = Summary(new_id())
        summary.refused = sum(1 for row in rows if row.errors)
        with self.replica.transaction() as session:
            session.add(ImportBatch(id=summary.batch_id, file_name=file_name, state=RUNNING))
        summary.created = children.create(self, summary.batch_id, entity, rows, cancel)
        summary.cancelled = bool(cancel is not None and cancel.is_set())
        summary.seconds = round((utcnow() - started).total_seconds(), 3)
        with self.replica.transaction() as session:
            session.execute(
                update(ImportBatch)
                .where(ImportBatch.id == summary.batch_id)
                .values(
                    state=CANCELLED if summary.cancelled else DONE,
                    finished_at=utcnow(),
                    summary={**summary.as_dict(), "entity": entity},
                )
            )
        return summary

    # --- batches and undo --------------------------------------------------------------

    def batches(self, limit: int = 20) -> list[BatchInfo]:
        query = select(ImportBatch).order_by(ImportBatch.started_at.desc()).limit(limit)
        with self.replica.reading() as session:
            return [
                BatchInfo(b.id, b.file_name, b.started_at, b.state, dict(b.summary))
                for b in session.scalars(query)
            ]

    def undo(self, batch_id: str, progress: Progress | None = None) -> dict[str, int]:
        """Removes what the batch created, puts back what it changed; returns the counts."""
        with self.replica.reading() as session:
            items = list(
                session.execute(
                    select(
                        ImportItem.entity,
                        ImportItem.row_id,
                        ImportItem.op,
                        ImportItem.before,
                        ImportItem.after,
                    )
                    .where(ImportItem.batch_id == batch_id)
                    .order_by(ImportItem.seq)
                )
            )
        restored = self._restore([i for i in items if i.op == "update"])
        removed = 0
        created = [i for i in items if i.op == "create"]
        total = len(created)
        for entity in (*children.ENTITIES, "contact", "customer"):  # children first
            ids = [i.row_id for i in created if i.entity == entity]
            for start in range(0, len(ids), UNDO_CHUNK):
                removed += len(self.records.delete_many(entity, ids[start : start + UNDO_CHUNK]))
                if progress is not None:
                    progress(min(removed, total), total)
        with self.replica.transaction() as session:
            session.execute(
                update(ImportBatch)
                .where(ImportBatch.id == batch_id)
                .values(state=UNDONE, finished_at=utcnow())
            )
        return {"removed": removed, "restored": restored}

    def _restore(self, items: list[Any]) -> int:
        """The fields an update of the batch changed, back to their values before it, where
        they still hold what the import wrote (a later edit by anyone is kept)."""
        restored = 0
        for entity in ("customer", "contact"):
            mine = [i for i in reversed(items) if i.entity == entity]
            if not mine:
                continue
            columns = validation.writable_columns(entity)
            current = self.records.rows(entity, [i.row_id for i in mine])
            changes: list[tuple[str, dict[str, Any]]] = []
            for item in mine:
                row = current.get(item.row_id)
                if row is None:
                    continue
                back = {
                    k: v
                    for k, v in item.before.items()
                    if k in columns and to_wire(columns[k], row[k]) == item.after.get(k)
                }
                if back:
                    changes.append((item.row_id, back))
            restored += len(self.records.update_many(entity, changes))
        return restored


def _creates(row: PlannedRow) -> bool:
    if row.action == Action.CREATE:
        return True
    return row.action == Action.HOLD and row.decision == Decision.CREATE


def _target(row: PlannedRow) -> str:
    assert row.target_id is not None
    return row.target_id


def _work(plan: Plan, summary: Summary) -> list[PlannedRow]:
    """The rows to write, in file order: creates, updates, and held rows as decided (a merge
    into an earlier row of the file joins its values into that row before anything is
    written)."""
    rows = {row.index: row for row in plan.rows}
    out: list[PlannedRow] = []
    for row in plan.rows:
        if row.action in (Action.CREATE, Action.UPDATE):
            out.append(row)
        elif row.action == Action.HOLD:
            if row.decision is None:
                summary.held += 1
            elif row.decision == Decision.SKIP:
                summary.skipped += 1
            elif row.decision == Decision.CREATE:
                out.append(row)
            elif row.target_id is not None:
                out.append(row)  # merge into an existing customer: an update
            elif row.earlier is not None and not _fold(rows[row.earlier], row):
                summary.held += 1  # together over 20 phones or tags: left for the user
    return out


def _valid(entity: str, values: dict[str, Any], current: Row | dict[str, Any]) -> bool:
    try:
        validation.validate(entity, values, current)
    except validation.ValidationError:
        return False
    return True


def _joined(values: dict[str, Any], current: Row | None) -> dict[str, Any]:
    """An update's values with its lists added to the customer's: phones it has already
    (in any format) and tags it has stay, new ones are appended."""
    if current is None:
        return values
    out = dict(values)
    if "phones" in values:
        out["phones"] = _phones(current.get("phones") or [], values["phones"])
    if "tags" in values:
        out["tags"] = list(dict.fromkeys([*(current.get("tags") or []), *values["tags"]]))
    return out


def _phones(have: list[str], more: list[str]) -> list[str]:
    keys = {dedupe.phone_key(p) or p for p in have}
    return [*have, *(p for p in more if (dedupe.phone_key(p) or p) not in keys)]


def _fold(into: PlannedRow, row: PlannedRow) -> bool:
    """A held row merged into the earlier row it repeats: its non-empty values on top, lists
    joined. False (nothing changed) when the two together are refused."""
    merged = dict(into.customer)
    for key, value in row.customer.items():
        if key == "phones":
            merged[key] = _phones(merged.get(key, []), value)
        elif isinstance(value, list):
            merged[key] = list(dict.fromkeys([*merged.get(key, []), *value]))
        elif value not in (None, ""):
            merged[key] = value
    if not _valid("customer", merged, validation.defaults("customer")):
        return False
    into.customer = merged
    if row.contact and not into.contact:
        into.contact = row.contact
    return True


def recorder(batch_id: str, entity: str) -> Callable[[Session, list[Row]], None]:
    def write(session: Session, rows: list[Row]) -> None:
        if rows:
            insert_many(
                session,
                ImportItem.__table__,
                [
                    {
                        "batch_id": batch_id,
                        "entity": entity,
                        "row_id": row["id"],
                        "op": "create",
                        "before": {},
                        "after": {},
                    }
                    for row in rows
                ],
            )

    return write


def change_recorder(batch_id: str, entity: str) -> Callable[[Session, list[tuple[Row, Row]]], None]:
    columns = validation.writable_columns(entity)

    def write(session: Session, pairs: list[tuple[Row, Row]]) -> None:
        items = []
        for before, after in pairs:
            changed = [k for k in columns if before[k] != after[k]]
            items.append(
                {
                    "batch_id": batch_id,
                    "entity": entity,
                    "row_id": after["id"],
                    "op": "update",
                    "before": {k: to_wire(columns[k], before[k]) for k in changed},
                    "after": {k: to_wire(columns[k], after[k]) for k in changed},
                }
            )
        if items:
            insert_many(session, ImportItem.__table__, items)

    return write
