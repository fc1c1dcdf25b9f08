"""What the engine does to the replica's tables: store pulled rows under pending edits, remove
customers that left scope, and count rows for verification. Plain SQLAlchemy Core, no Qt."""

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Dialect, Table, delete, func, select
from sqlalchemy.orm import Session

from sync.protocol.entities import ENTITIES
from sync.protocol.rows import Row, codec
from sync.protocol.values import parse_datetime

from .tables import LocalConflict, OutboxEntry

CONFLICT = "conflict"
CONFLICTS: Table = LocalConflict.__table__  # type: ignore[assignment]
OUTBOX: Table = OutboxEntry.__table__  # type: ignore[assignment]

AfterApply = Callable[[Session, str, list[Row]], None]
AfterRemove = Callable[[Session, list[str]], None]


def table_of(entity: str) -> Table:
    if entity == CONFLICT:
        return CONFLICTS
    return ENTITIES[entity].__table__  # type: ignore[return-value]


def pending_by_row(session: Session, row_ids: Iterable[str]) -> dict[str, list[Any]]:
    """Outbox entries (in order) of these rows: the local edits a pulled row must keep."""
    ids = list(set(row_ids))
    out: dict[str, list[Any]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        query = (
            select(OUTBOX.c.row_id, OUTBOX.c.op, OUTBOX.c.changes, OUTBOX.c.created_at)
            .where(OUTBOX.c.row_id.in_(ids[start : start + 500]))
            .order_by(OUTBOX.c.seq)
        )
        for entry in session.execute(query):
            out[entry.row_id].append(entry)
    return out


def rebase(entity: str, row: Row, pending: Sequence[Any]) -> Row:
    """The server's row with this device's pending edits re-applied on top (principle 7)."""
    rebased = dict(row)
    typed = codec(entity)
    for entry in pending:
        if entry.op in ("create", "update"):
            rebased.update(typed.from_wire(entry.changes))
        elif entry.op == "delete":
            rebased["deleted_at"] = rebased.get("deleted_at") or entry.created_at
        elif entry.op == "restore":
            rebased["deleted_at"] = None
    return rebased


def store_rows(
    session: Session, changes: Sequence[Mapping[str, Any]], after_apply: AfterApply | None = None
) -> int:
    """Upsert pulled rows, grouped by entity; returns how many."""
    by_entity: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for change in changes:
        by_entity[change["entity"]].append(change["row"])
    pending = pending_by_row(
        session, (r["id"] for e, rows in by_entity.items() if e != CONFLICT for r in rows)
    )
    for entity, wire_rows in by_entity.items():
        if entity == CONFLICT:
            typed_rows = [_conflict_row(r) for r in wire_rows]
        elif entity in ENTITIES:
            decode = codec(entity).from_wire
            typed_rows = [
                rebase(entity, decode(r), pending[r["id"]]) if r["id"] in pending else decode(r)
                for r in wire_rows
            ]
        else:
            continue  # an entity this client version does not know yet
        upsert(session, table_of(entity), typed_rows)
        if after_apply is not None and entity != CONFLICT:
            after_apply(session, entity, typed_rows)
    return len(changes)


def upsert(session: Session, table: Table, rows: Sequence[Row]) -> None:
    """Insert or replace by primary key, touching only the columns each row carries."""
    groups: dict[tuple[str, ...], list[Row]] = defaultdict(list)
    for row in rows:
        groups[tuple(row)].append(row)
    connection = session.connection()
    for keys, group in groups.items():
        sql, convert = _upsert_plan(table, keys, connection.dialect)
        params = [tuple(c(row[k]) for k, c in zip(keys, convert, strict=True)) for row in group]
        connection.exec_driver_sql(sql, params)


@cache
def _upsert_plan(
    table: Table, keys: tuple[str, ...], dialect: Dialect
) -> tuple[str, list[Callable[[Any], Any]]]:
    """SQL and per-column converters (the column types' own) of one kind of upsert, built
    once: a pull stores hundreds of thousands of rows and SQLAlchemy's per-row parameter
    handling would cost more than SQLite's insert."""
    target = [c.name for c in table.primary_key.columns]
    names = [table.c[key].name for key in keys]
    updates = [f'"{n}" = excluded."{n}"' for n in names if n not in target]
    action = f"DO UPDATE SET {', '.join(updates)}" if updates else "DO NOTHING"
    columns = ", ".join(f'"{n}"' for n in names)
    sql = (
        f'INSERT INTO "{table.name}" ({columns}) VALUES ({", ".join("?" * len(names))}) '
        f"ON CONFLICT ({', '.join(target)}) {action}"
    )
    convert = [_storage(table.c[key].type, dialect) for key in keys]
    return sql, convert


def _storage(type_: Any, dialect: Dialect) -> Callable[[Any], Any]:
    """The converter SQLAlchemy itself applies for this dialect (e.g. SQLite's datetime text)."""
    return type_.dialect_impl(dialect).bind_processor(dialect) or _same


def _same(value: Any) -> Any:
    return value


def remove_customers(
    session: Session, customer_ids: Sequence[str], after_remove: AfterRemove | None = None
) -> None:
    """Drop customers that left scope with all their rows; the outbox is left alone."""
    if not customer_ids:
        return
    for entity, cls in reversed(ENTITIES.items()):
        table = cls.__table__
        key = table.c.id if entity == "customer" else table.c.customer_id
        session.execute(delete(table).where(key.in_(customer_ids)))
    session.execute(delete(CONFLICTS).where(CONFLICTS.c.customer_id.in_(customer_ids)))
    if after_remove is not None:
        after_remove(session, list(customer_ids))


def pending_creates(session: Session, entity: str) -> set[str]:
    query = select(OUTBOX.c.row_id).where(OUTBOX.c.entity == entity, OUTBOX.c.op == "create")
    return set(session.scalars(query))


def local_counts(session: Session) -> dict[str, list[int]]:
    """[rows, sum of change numbers] per entity, as the server counts them: rows only created
    here (not pushed yet) are left out."""
    out = {}
    for entity in [*ENTITIES, CONFLICT]:
        table = table_of(entity)
        query = select(func.count(), func.coalesce(func.sum(table.c.version), 0))
        query = query.select_from(table)
        if entity != CONFLICT:
            unpushed = select(OUTBOX.c.row_id).where(
                OUTBOX.c.entity == entity, OUTBOX.c.op == "create"
            )
            query = query.where(table.c.id.not_in(unpushed))
        rows, total = session.execute(query).one()
        out[entity] = [int(rows), int(total)]
    return out


def local_versions(session: Session, entity: str) -> dict[str, int]:
    table = table_of(entity)
    skip = pending_creates(session, entity) if entity != CONFLICT else set()
    return {
        row_id: version
        for row_id, version in session.execute(select(table.c.id, table.c.version))
        if row_id not in skip
    }


def delete_rows(session: Session, entity: str, ids: Sequence[str]) -> None:
    table = table_of(entity)
    for start in range(0, len(ids), 500):
        session.execute(delete(table).where(table.c.id.in_(ids[start : start + 500])))


def _conflict_row(data: Mapping[str, Any]) -> Row:
    row = {c.key: data.get(c.key) for c in CONFLICTS.columns}
    row["at"] = parse_datetime(data["at"])
    return row
