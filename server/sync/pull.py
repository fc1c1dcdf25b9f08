"""Changes after a client's cursor, in pages, within the caller's scope (principles 5, 6, 8).

Order is (change number, table, id). A page ends between two change numbers, so
a server transaction is never split, unless one transaction alone is bigger
than a page (a bulk import): then it continues on the next page from the exact
row. Pages never go past the watermark, the highest committed change number.
Customers moved into scope arrive with every child row; customers moved out
arrive as removals.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any

import orjson
from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Select,
    Table,
    any_,
    bindparam,
    column,
    exists,
    func,
    literal,
    or_,
    select,
    true,
    tuple_,
    union_all,
)
from sqlalchemy.orm import Session

from sync.protocol.entities import ENTITIES
from sync.protocol.rows import stored_reader, untyped
from sync.protocol.types import utcnow
from sync.protocol.wire import Arrival, Change, Counts, PullPage, PullRequest, Versions, WireRow

from ..auth.service import Caller
from ..errors import ApiError
from ..models import ConflictEntry, CustomerMove, DeviceSync, User
from .scope import (
    COMPANY_WIDE,
    CUSTOMERS,
    customer_in_scope,
    entered_scope,
    left_scope,
    note_known,
    own_task,
    require_replica,
)
from .versions import watermark

CONFLICT = "conflict"
CONFLICTS = ConflictEntry.__table__
SOURCES: list[tuple[str, Table]] = [
    *((name, cls.__table__) for name, cls in ENTITIES.items()),
    (CONFLICT, CONFLICTS),
]
DONE = len(SOURCES)  # table index of a cursor that has finished its change number
SEEN_PRECISION = timedelta(minutes=1)
ID_CHUNK = 10_000  # ids per lookup: one parameter (an array, or JSON text), whatever the count


@dataclass(frozen=True, order=True)
class Cursor:
    version: int = 0
    table: int = DONE
    row_id: str = ""

    @classmethod
    def parse(cls, text: str) -> "Cursor":
        if not text:
            return cls()
        try:
            version, table, row_id = text.split(":", 2)
            cursor = cls(int(version), int(table), row_id)
        except ValueError:
            cursor = None
        if cursor is None or cursor.version < 0 or not 0 <= cursor.table <= DONE:
            raise ApiError(400, "invalid_cursor", "The sync cursor is not one this server gave.")
        return cursor

    def __str__(self) -> str:
        return f"{self.version}:{self.table}:{self.row_id}"


def scoped(name: str, table: Table, user: User) -> Select[Any]:
    """Rows of one table that belong in the user's replica."""
    if name in COMPANY_WIDE:
        return select(*table.c)
    if name == "customer":
        return select(*table.c).where(customer_in_scope(user))
    if name == "task":
        joined = table.outerjoin(CUSTOMERS, CUSTOMERS.c.id == table.c.customer_id)
        return (
            select(*table.c).select_from(joined).where(or_(customer_in_scope(user), own_task(user)))
        )
    joined = table.join(CUSTOMERS, CUSTOMERS.c.id == table.c.customer_id)
    return select(*table.c).select_from(joined).where(customer_in_scope(user))


def _query(name: str, table: Table, user: User) -> Select[Any]:
    return _conflicts(user) if name == CONFLICT else scoped(name, table, user)


def _wire_rows(
    session: Session, table: Table, query: Select[Any], params: Any = None
) -> list[WireRow]:
    """Rows of `query` (a select of `table`'s columns) in their wire form, read untyped."""
    read = stored_reader(table, session.get_bind().dialect)
    found = session.execute(query.with_only_columns(*untyped(table)), params)
    return [read(values) for values in found.tuples()]


def pull(session: Session, caller: Caller, request: PullRequest) -> PullPage:
    user = caller.user
    require_replica(user)
    high, epoch = watermark(session)
    if request.epoch and request.epoch != epoch:
        raise ApiError(409, "epoch_changed", "The server was restored from a backup.", epoch=epoch)
    cursor = Cursor.parse(request.cursor)
    if cursor.version > high:
        raise ApiError(
            409, "epoch_changed", "The server has fewer changes than this device saw.", epoch=epoch
        )
    if cursor.version == high and cursor.table == DONE:
        page, more = [], False  # nothing committed since: the common idle pull reads nothing
    else:
        page, more = _page(session, user, cursor, high, request.limit)
    end = Cursor(page[-1][0], page[-1][1], page[-1][2]) if more else Cursor(high, DONE, "")
    # dict literals: a TypedDict call costs twice as much, 5,000 times a page
    changes: list[Change] = [{"entity": SOURCES[t][0], "row": row} for _v, t, _id, row in page]
    removed: list[str] = []
    arrived: list[Arrival] = []
    if 0 < cursor.version < end.version and _any_moves(session, cursor.version, end.version):
        # customers that entered scope come whole, some of their rows maybe in the page too
        changes = _unique(changes + _entered(session, user, cursor.version, end.version, high))
        removed = _left(session, user, cursor.version, end.version)
        arrived = _arrivals(session, user, cursor.version, end.version)
    if removed or not request.cursor:
        # told of the moves up to here (a full download holds no customer that left before)
        note_known(session, caller.device_id, high if not request.cursor else end.version)
    _seen(session, caller.device_id)
    body = PullPage(epoch=epoch, cursor=str(end), more=more, changes=changes, removed=removed)
    if arrived:
        body["arrived"] = arrived
    if request.counts and not more:
        body["counts"] = counts(session, user, high)
    return body


_noted: dict[str, datetime] = {}  # device -> when this process last stored its last pull


def _seen(session: Session, device_id: str) -> None:
    """Note when the device last pulled, to the minute: a write (or even a read) on every
    pull would cost each round trip. Several server processes each write it once a minute."""
    now = utcnow()
    noted = _noted.get(device_id)
    if noted is not None and now - noted <= SEEN_PRECISION:
        return
    state = session.get(DeviceSync, device_id)
    if state is None:
        session.add(DeviceSync(device_id=device_id, last_mutation=0, last_pull_at=now))
    elif state.last_pull_at is None or now - state.last_pull_at > SEEN_PRECISION:
        state.last_pull_at = now
    if len(_noted) > 100_000:
        _noted.clear()
    _noted[device_id] = now


def _page(
    session: Session, user: User, cursor: Cursor, high: int, limit: int
) -> tuple[list[tuple[int, int, str, dict[str, Any]]], bool]:
    """Pick the page's keys off the pull-order indexes first, then read only the rows sent."""
    values = {
        "cursor_version": cursor.version,
        "cursor_id": cursor.row_id,
        "high": high,
        "limit": limit + 1,
    }
    keys = session.execute(_keys_query(cursor.table, user), values).tuples().all()
    more = len(keys) > limit
    keys = keys[:limit]
    if more and keys[0][0] != keys[-1][0]:
        last = keys[-1][0]  # end between change numbers: never split a transaction
        keys = [key for key in keys if key[0] != last]
    rows = _rows_by_key(session, keys, high)
    # a row changed since its key was read has a number above `high`: it comes next time
    return [(*key, rows[key[1:]]) for key in keys if key[1:] in rows], more


_KEYS_QUERIES: dict[tuple[Any, ...], Select[Any]] = {}


def _keys_query(cursor_table: int, user: User) -> Select[Any]:
    """(change number, table index, id) of the first `limit` rows after the cursor, in pull
    order: the first `limit` of each table merged and cut by the database, as one statement
    (one round to the database, and only the keys sent come back), built once per cursor
    position and scope: building SQLAlchemy statements costs more than running them."""
    cache_key = (cursor_table, user.role, user.id, user.branch_id)
    query = _KEYS_QUERIES.get(cache_key)
    if query is None:
        parts = []
        for index, (name, table) in enumerate(SOURCES):
            version, row_id = table.c.version, table.c.id
            if index < cursor_table:  # a table the cursor has passed within its change number
                after = version > bindparam("cursor_version")
            elif index == cursor_table:
                after = tuple_(version, row_id) > tuple_(
                    bindparam("cursor_version"), bindparam("cursor_id")
                )
            else:
                after = version >= bindparam("cursor_version")
            first = (
                select(version, literal(index).label("source"), row_id)
                .where(_row_in_scope(name, table, user), after, version <= bindparam("high"))
                .order_by(version, row_id)
                .limit(bindparam("limit"))
                .subquery(f"keys_{index}")
            )
            parts.append(select(first))  # ORDER BY and LIMIT stay inside each part
        merged = union_all(*parts).subquery("keys")
        query = select(merged).order_by(*merged.c).limit(bindparam("limit"))
        if len(_KEYS_QUERIES) > 10_000:
            _KEYS_QUERIES.clear()
        _KEYS_QUERIES[cache_key] = query
    return query


def _row_in_scope(name: str, table: Table, user: User) -> ColumnElement[bool]:
    """Scope as a condition on `table` alone (a probe of the row's customer), so the page can
    be read in index order however many customers the scope holds."""
    if name in COMPANY_WIDE:
        return true()
    if name == "customer":
        return customer_in_scope(user)
    parent = CUSTOMERS.c.id == table.c.customer_id
    probe = exists().where(parent, customer_in_scope(user))
    return or_(probe, own_task(user)) if name == "task" else probe


def _rows_by_key(
    session: Session, keys: list[tuple[int, int, str]], high: int
) -> dict[tuple[int, str], dict[str, Any]]:
    wanted: dict[int, list[str]] = defaultdict(list)
    for _version, index, row_id in keys:
        wanted[index].append(row_id)
    out: dict[tuple[int, str], dict[str, Any]] = {}
    dialect = session.get_bind().dialect.name
    for index, ids in wanted.items():
        table = SOURCES[index][1]
        query = _rows_query(index, dialect)
        for start in range(0, len(ids), ID_CHUNK):
            chunk = ids[start : start + ID_CHUNK]
            ids_param = chunk if dialect == "postgresql" else orjson.dumps(chunk).decode()
            for row in _wire_rows(session, table, query, {"ids": ids_param, "high": high}):
                out[index, row["id"]] = row
    return out


@cache
def _rows_query(index: int, dialect: str) -> Select[Any]:
    """Rows by id, the ids as one parameter: an array on PostgreSQL, a JSON array on SQLite
    (json_each). An IN list of thousands of parameters made a new statement for SQLAlchemy
    to render and the driver to parse on every page."""
    table = SOURCES[index][1]
    if dialect == "postgresql":
        by_id = table.c.id == any_(bindparam("ids", type_=ARRAY(table.c.id.type)))
    else:
        listed = select(column("value")).select_from(func.json_each(bindparam("ids")))
        by_id = table.c.id.in_(listed)
    return select(*table.c).where(by_id, table.c.version <= bindparam("high"))


def _any_moves(session: Session, low: int, high: int) -> bool:
    """Moves are rare: one indexed probe saves the scope queries on almost every pull."""
    query = select(CustomerMove.id).where(CustomerMove.version > low, CustomerMove.version <= high)
    return session.scalar(query.limit(1)) is not None


def _entered(session: Session, user: User, low: int, high_page: int, high: int) -> list[Change]:
    """Every row of customers that moved into scope in (low, high_page]: they arrive whole."""
    ids = select(CustomerMove.customer_id).where(entered_scope(user, low, high_page))
    present = session.scalars(
        select(CUSTOMERS.c.id).where(CUSTOMERS.c.id.in_(ids), customer_in_scope(user))
    ).all()
    if not present:
        return []
    out: list[Change] = []
    for name, table in SOURCES:
        if name in COMPANY_WIDE:
            continue  # already in every replica
        key = table.c.id if name == "customer" else table.c.customer_id
        query = select(*table.c).where(key.in_(present), table.c.version <= high)
        out += [{"entity": name, "row": row} for row in _wire_rows(session, table, query)]
    return out


def _arrivals(session: Session, user: User, low: int, high_page: int) -> list[Arrival]:
    """Customers handed to this user in (low, high_page] and still theirs, grouped by who
    they came from, who moved them and why, so the app can tell its user what arrived (by
    display names). One that has already moved on is not announced (issue 17, item 14)."""
    query = (
        select(CustomerMove.customer_id, CustomerMove.from_owner, CustomerMove.by_user,
               CustomerMove.reason)
        .join(CUSTOMERS, CUSTOMERS.c.id == CustomerMove.customer_id)
        .where(CustomerMove.version > low, CustomerMove.version <= high_page)
        .where(CustomerMove.to_owner == user.id, CUSTOMERS.c.owner_id == user.id)
        .order_by(CustomerMove.id)
    )  # fmt: skip
    groups: dict[tuple[str | None, str | None, str | None], list[str]] = {}
    for customer_id, source, by, reason in session.execute(query):
        groups.setdefault((source, by, reason), []).append(customer_id)
    people = {i for key in groups for i in key[:2] if i}
    names = dict(
        session.execute(select(User.id, User.display_name).where(User.id.in_(people))).all()
    )
    return [
        {
            "from": names.get(source or ""),
            "by": names.get(by or ""),
            "reason": reason,
            "customers": ids,
        }
        for (source, by, reason), ids in groups.items()
    ]


def _left(session: Session, user: User, low: int, high_page: int) -> list[str]:
    moved = select(CustomerMove.customer_id).where(left_scope(user, low, high_page))
    still_here = select(CUSTOMERS.c.id).where(CUSTOMERS.c.id.in_(moved), customer_in_scope(user))
    return sorted(set(session.scalars(moved).all()) - set(session.scalars(still_here).all()))


def _conflicts(user: User) -> Select[Any]:
    joined = CONFLICTS.join(CUSTOMERS, CUSTOMERS.c.id == CONFLICTS.c.customer_id)
    return select(*CONFLICTS.c).select_from(joined).where(customer_in_scope(user))


def counts(session: Session, user: User, high: int) -> Counts:
    """Per entity in the user's scope (tombstones included): [rows, sum of change numbers].

    The sum catches a replica that lost one row and holds a stray one: same count, other sum.
    """
    out: Counts = {}
    for name, table in SOURCES:
        query = (
            _query(name, table, user)
            .where(table.c.version <= high)
            .with_only_columns(func.count(), func.coalesce(func.sum(table.c.version), 0))
        )
        rows, total = session.execute(query).one()
        out[name] = [int(rows), int(total)]
    return out


def versions(session: Session, caller: Caller, entity: str) -> Versions:
    """Id -> change number of every row of `entity` in scope, for repairing a replica."""
    require_replica(caller.user)
    table = _table(entity)
    query = _query(entity, table, caller.user).with_only_columns(table.c.id, table.c.version)
    return {row_id: version for row_id, version in session.execute(query)}


def rows(session: Session, caller: Caller, entity: str, ids: list[str]) -> list[WireRow]:
    """The rows with these ids that are in scope (ids outside it are silently absent)."""
    require_replica(caller.user)
    table = _table(entity)
    query = _query(entity, table, caller.user).where(table.c.id.in_(ids))
    return _wire_rows(session, table, query)


def _table(entity: str) -> Table:
    table = dict(SOURCES).get(entity)
    if table is None:
        raise ApiError(422, "unknown_entity", f"There is no entity called {entity!r}.")
    return table


def _unique(changes: list[Change]) -> list[Change]:
    seen: set[tuple[str, str]] = set()
    out = []
    for change in changes:
        key = (change["entity"], change["row"]["id"])
        if key not in seen:
            seen.add(key)
            out.append(change)
    return out
