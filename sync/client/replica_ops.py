"""What the engine does to the replica's tables: store pulled rows under pending edits, remove
customers that left scope, and count rows for verification. Plain SQLAlchemy Core, no Qt."""

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from functools import cache
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import Dialect, Table, delete, func, select
from sqlalchemy.orm import Session

from sync.protocol.entities import ENTITIES
from sync.protocol.rows import Row, codec
from sync.protocol.values import as_it_is, storing, wire_to_stored

from .tables import LocalConflict, OutboxEntry, SentEntry

CONFLICT = "conflict"
CONFLICTS = LocalConflict.__table__
OUTBOX = OutboxEntry.__table__
SENT = SentEntry.__table__

AfterApply = Callable[[Session, str, list[Row]], None]
AfterRemove = Callable[[Session, list[str]], None]


def table_of(entity: str) -> Table:
    if entity == CONFLICT:
        return CONFLICTS
    return ENTITIES[entity].__table__


def pending_by_row(session: Session, row_ids: Iterable[str]) -> dict[str, list[Any]]:
    """Outbox entries (in order) of these rows: the local edits a pulled row must keep."""
    out: dict[str, list[Any]] = defaultdict(list)
    if session.scalar(select(OUTBOX.c.seq).limit(1)) is None:
        return out  # nothing pending: the usual case for every page of a first download
    ids = list(set(row_ids))
    for start in range(0, len(ids), 500):
        query = (
            select(OUTBOX.c.row_id, OUTBOX.c.op, OUTBOX.c.changes, OUTBOX.c.created_at)
            .where(OUTBOX.c.row_id.in_(ids[start : start + 500]))
            .order_by(OUTBOX.c.seq)
        )
        for entry in session.execute(query):
            out[entry.row_id].append(entry)
    return out


# What `sent` keeps of an outbox entry: every column the two tables share (the mutation and
# when it was made; `push.mutation_of` turns either into the wire's `Mutation`).
_KEPT = tuple(c.name for c in SENT.columns if c.name in OUTBOX.columns)
# Plain SQL run inside SQLite: the first push after a download would otherwise pay for
# SQLAlchemy compiling its statements (~10 ms), and the entries never need to be Python objects.
_ARCHIVE = (
    f"INSERT OR REPLACE INTO {SENT.name} ({', '.join(_KEPT)}, acked_at) "
    f"SELECT {', '.join(_KEPT)}, ? FROM {OUTBOX.name} WHERE seq <= ?"
)
_TRIM = f"DELETE FROM {OUTBOX.name} WHERE seq <= ?"
_PRUNE = f"DELETE FROM {SENT.name} WHERE acked_at < ?"


def archive_acknowledged(session: Session, last: int, now: datetime) -> None:
    """Move the outbox entries the server has applied (seq <= last) to `sent`, where they wait
    in case the server is restored from a backup that predates them (principle 8)."""
    connection = session.connection()
    at = storing(SENT.c.acked_at, connection.dialect)(now)
    connection.exec_driver_sql(_ARCHIVE, (at, last))
    connection.exec_driver_sql(_TRIM, (last,))


def prune_sent(session: Session, before: datetime) -> None:
    connection = session.connection()
    connection.exec_driver_sql(_PRUNE, (storing(SENT.c.acked_at, connection.dialect)(before),))


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
    """Upsert pulled rows, grouped by entity; returns how many.

    Rows without local edits go to SQLite straight from their wire form; only rows under
    pending edits are decoded, rebased and stored from Python values. `after_apply` gets both
    kinds: their text and list fields (what derived tables use) are the same in either form.
    """
    by_entity: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for change in changes:
        by_entity[change["entity"]].append(change["row"])
    pending = pending_by_row(
        session, (r["id"] for e, rows in by_entity.items() if e != CONFLICT for r in rows)
    )
    for entity, wire_rows in by_entity.items():
        if entity == CONFLICT:
            upsert(session, CONFLICTS, wire_rows, wire=True)
            continue
        if entity not in ENTITIES:
            continue  # an entity this client version does not know yet
        table = table_of(entity)
        plain = [r for r in wire_rows if r["id"] not in pending]
        decode = codec(entity).from_wire
        rebased = [
            rebase(entity, decode(r), pending[r["id"]]) for r in wire_rows if r["id"] in pending
        ]
        upsert(session, table, plain, wire=True)
        upsert(session, table, rebased)
        if after_apply is not None:
            after_apply(session, entity, [*plain, *rebased])
    return len(changes)


def upsert(session: Session, table: Table, rows: Sequence[Row], *, wire: bool = False) -> None:
    """Insert or replace by primary key, touching only the columns each row carries.

    `wire`: the values are in their JSON form (as pulled), and fields this version does not
    know are skipped; otherwise they are Python values of the table's columns."""
    groups: dict[tuple[str, ...], list[Row]] = defaultdict(list)
    for row in rows:
        groups[tuple(row)].append(row)
    connection = session.connection()
    for fields, group in groups.items():
        keys = tuple(k for k in fields if k in table.c) if wire else fields
        sql, convert = _upsert_plan(table, keys, connection.dialect, wire)
        connection.exec_driver_sql(sql, _parameters(keys, convert, group))


def insert_many(session: Session, table: Table, rows: Sequence[Row]) -> None:
    """Plain INSERT of rows (Python values), in order, with the columns each row carries: what
    `session.execute(insert(table), rows)` stores, without SQLAlchemy's per-row work (an
    import writes an outbox entry for each of 100,000 customers). Columns a row leaves out
    get the database's default only: give every column that has a Python-side default."""
    connection = session.connection()
    # runs of rows with the same columns, in order (an autoincrement key numbers them)
    for fields, run in groupby(rows, key=tuple):
        sql, convert = _insert_plan(table, fields, connection.dialect)
        connection.exec_driver_sql(sql, _parameters(fields, convert, list(run)))


@cache
def _insert_plan(
    table: Table, keys: tuple[str, ...], dialect: Dialect
) -> tuple[str, list[Callable[[Any], Any]]]:
    names = [table.c[key].name for key in keys]
    columns = ", ".join(f'"{n}"' for n in names)
    sql = f'INSERT INTO "{table.name}" ({columns}) VALUES ({", ".join("?" * len(names))})'
    return sql, [storing(table.c[key], dialect) for key in keys]


def _parameters(
    keys: tuple[str, ...], convert: list[Callable[[Any], Any]], rows: list[Row]
) -> list[Any]:
    """Rows as parameter lists: values picked in C, converters called only where one is
    needed (most columns store their value as it is; a page has ~80,000 values)."""
    pick = itemgetter(*keys)
    needed = [(i, c) for i, c in enumerate(convert) if c is not as_it_is]
    if len(keys) == 1:
        return [(convert[0](row[keys[0]]),) for row in rows]
    if not needed:
        return [pick(row) for row in rows]
    params = []
    for row in rows:
        values = list(pick(row))
        for i, c in needed:
            values[i] = c(values[i])
        params.append(tuple(values))
    return params


@cache
def _upsert_plan(
    table: Table, keys: tuple[str, ...], dialect: Dialect, wire: bool
) -> tuple[str, list[Callable[[Any], Any]]]:
    """SQL and per-column converters of one kind of upsert, built once: a pull stores
    hundreds of thousands of rows and SQLAlchemy's per-row parameter handling would cost
    more than SQLite's insert."""
    target = [c.name for c in table.primary_key.columns]
    names = [table.c[key].name for key in keys]
    updates = [f'"{n}" = excluded."{n}"' for n in names if n not in target]
    action = f"DO UPDATE SET {', '.join(updates)}" if updates else "DO NOTHING"
    columns = ", ".join(f'"{n}"' for n in names)
    sql = (
        f'INSERT INTO "{table.name}" ({columns}) VALUES ({", ".join("?" * len(names))}) '
        f"ON CONFLICT ({', '.join(target)}) {action}"
    )
    convert = wire_to_stored if wire else storing
    return sql, [convert(table.c[key], dialect) for key in keys]


def remove_customers(
    session: Session, customer_ids: Sequence[str], after_remove: AfterRemove | None = None
) -> None:
    """Drop customers that left scope with all their rows; the outbox is left alone."""
    if not customer_ids:
        return
    for entity, cls in reversed(ENTITIES.items()):
        table = cls.__table__
        if entity != "customer" and "customer_id" not in table.c:
            continue  # company-wide (the product catalogue): no customer takes it away
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
