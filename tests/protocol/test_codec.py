"""One value codec, several paths (sync/protocol/values.py), and they must agree for every
column type the entities use, on real databases:

- the typed path: Python value -> `to_wire` -> wire -> `from_wire` -> the same value;
- the server's pull reads rows untyped and turns the driver's values straight into wire
  values (`stored_to_wire`, `rows.stored_reader`): the same wire values as the typed read;
- the client's download writes wire values straight into SQLite (`wire_to_stored`, through
  `replica_ops.upsert(wire=True)`): the same stored values as decoding them and letting
  SQLAlchemy store the Python values, and whatever spelling of a value the wire uses.
"""

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    Engine,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    delete,
    insert,
    select,
)
from sqlalchemy.orm import Session

from sync.client.replica_ops import upsert
from sync.client.tables import LocalConflict
from sync.protocol.db import make_engine
from sync.protocol.entities import ENTITIES
from sync.protocol.rows import codec, stored_reader, untyped
from sync.protocol.types import UTCDateTime
from sync.protocol.values import (
    column_codec,
    from_wire,
    stored_to_wire,
    storing,
    to_wire,
    wire_to_stored,
)

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# --- every column type of the synced tables, each with the values it may hold ---------------


def _kinds() -> dict[str, Column[Any]]:
    """One column per distinct type (by its DDL), named after the first column using it."""
    tables = [cls.__table__ for cls in ENTITIES.values()] + [LocalConflict.__table__]
    found: dict[str, Column[Any]] = {}
    for table in tables:
        for column in table.columns:
            found.setdefault(repr(column.type), column)  # type: ignore[arg-type]
    return {f"{c.table.name}_{c.name}": c for c in found.values()}


KINDS = _kinds()

_OFFSETS = st.integers(-23 * 60 - 59, 23 * 60 + 59).map(lambda m: timezone(timedelta(minutes=m)))
_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=10,
)


def _text(size: int | None) -> st.SearchStrategy[str]:
    # PostgreSQL text holds no NUL; lone surrogates are not text in any encoding
    alphabet = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
    return st.text(alphabet, max_size=size if size is not None else 300)


def values_of(column: Column[Any]) -> st.SearchStrategy[Any]:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        naive = st.datetimes(datetime(1000, 1, 2), datetime(9998, 12, 30))
        value = st.builds(lambda d, tz: d.replace(tzinfo=tz), naive, st.just(UTC) | _OFFSETS)
    elif isinstance(kind, Date):
        value = st.dates(date(1000, 1, 1), date(9999, 12, 31))
    elif isinstance(kind, Numeric):
        assert kind.precision is not None and kind.scale is not None
        top = Decimal(10) ** (kind.precision - kind.scale) - Decimal(10) ** -kind.scale
        value = st.decimals(-top, top, places=kind.scale, allow_nan=False, allow_infinity=False)
    elif isinstance(kind, Boolean):
        value = st.booleans()
    elif isinstance(kind, BigInteger):
        value = st.integers(-(2**63), 2**63 - 1)
    elif isinstance(kind, Integer):
        value = st.integers(-(2**31), 2**31 - 1)
    elif isinstance(kind, JSON):
        value = _JSON
    elif isinstance(kind, String):
        value = _text(kind.length)
    else:
        raise AssertionError(f"no values for {kind!r}: add them here")
    return st.none() | value


ROWS = st.fixed_dictionaries({name: values_of(column) for name, column in KINDS.items()})


def _probe(metadata: MetaData) -> Table:
    """A table with one column of each kind (no constraints but the key)."""
    columns = [Column(name, column.type) for name, column in KINDS.items()]
    return Table("codec_probe", metadata, Column("id", Integer, primary_key=True), *columns)


def _spellings(column: Column[Any], value: Any) -> list[Any]:
    """The canonical wire form of `value` and the other forms a wire value may take."""
    wire = to_wire(column, value)
    if isinstance(column.type, UTCDateTime) and value is not None:
        utc = value.astimezone(UTC)
        naive = utc.replace(tzinfo=None).isoformat()  # taken as UTC
        return [wire, value.isoformat(), utc.isoformat(), value.isoformat(" "), naive]
    if isinstance(column.type, Numeric) and value is not None:
        return [wire, float(value)] if abs(value) < 10**9 else [wire]
    return [wire]


def test_every_column_type_of_the_synced_tables_has_values_here() -> None:
    codecs = {column_codec(c).name for c in KINDS.values()}
    assert codecs == {"datetime", "date", "decimal", "plain"}
    for column in KINDS.values():
        values_of(column)  # raises for a type the strategies do not know


@given(ROWS)
@SETTINGS
def test_the_wire_form_decodes_to_the_same_value(row: dict[str, Any]) -> None:
    for name, column in KINDS.items():
        value = row[name]
        decoded = from_wire(column, to_wire(column, value))
        assert decoded == value, name
        if isinstance(value, datetime):
            assert decoded.tzinfo is UTC


@given(st.sampled_from(sorted(ENTITIES)), st.data())
@SETTINGS
def test_a_whole_row_goes_to_the_wire_and_back(entity: str, data: st.DataObject) -> None:
    table = ENTITIES[entity].__table__
    row = data.draw(st.fixed_dictionaries({c.key: values_of(c) for c in table.columns}))
    wire = codec(entity).to_wire(row)
    assert wire == {c.key: to_wire(c, row[c.key]) for c in table.columns}
    assert codec(entity).from_wire({**wire, "a_field_from_a_newer_server": 1}) == row


# --- the server: stored values straight to the wire, on SQLite and PostgreSQL ---------------


@pytest.fixture
def probe(empty_database_url: str) -> Iterator[tuple[Engine, Table]]:
    engine = make_engine(empty_database_url)
    table = _probe(MetaData())
    table.create(engine)
    yield engine, table
    engine.dispose()


@given(ROWS)
@SETTINGS
def test_a_row_read_untyped_gives_the_wire_form_of_the_typed_read(
    probe: tuple[Engine, Table], row: dict[str, Any]
) -> None:
    engine, table = probe
    with engine.begin() as conn:
        conn.execute(delete(table))
        conn.execute(insert(table).values(id=1, **row))
        typed = conn.execute(select(table)).mappings().one()
        raw = conn.execute(select(*untyped(table))).one()
    direct = stored_reader(table, engine.dialect)(raw)
    for name, column in KINDS.items():
        assert direct[name] == to_wire(column, typed[name]), name
        convert = stored_to_wire(column, engine.dialect)
        value = raw[list(table.c.keys()).index(name)]
        expected = direct[name] if convert is None or value is None else convert(value)
        assert direct[name] == expected, name


# --- the client: wire values straight into its SQLite replica ----------------------------------


@pytest.fixture
def replica_probe(tmp_path: Any) -> Iterator[tuple[Engine, Table]]:
    engine = make_engine(f"sqlite:///{tmp_path / 'replica.sqlite3'}")
    table = _probe(MetaData())
    table.create(engine)
    yield engine, table
    engine.dispose()


@given(ROWS, st.data())
@SETTINGS
def test_wire_values_are_stored_as_their_decoded_values_would_be(
    replica_probe: tuple[Engine, Table], row: dict[str, Any], data: st.DataObject
) -> None:
    engine, table = replica_probe
    dialect = engine.dialect
    wire = {
        name: data.draw(st.sampled_from(_spellings(column, row[name])))
        for name, column in KINDS.items()
    }
    decoded = {name: from_wire(column, wire[name]) for name, column in KINDS.items()}
    for name, column in KINDS.items():
        slow = storing(column, dialect)(decoded[name])
        assert wire_to_stored(column, dialect)(wire[name]) == slow, (name, wire[name])

    stored = []
    with engine.begin() as conn:
        for values, as_wire in ((wire, True), (decoded, False)):
            conn.execute(delete(table))
            with Session(bind=conn) as session:
                upsert(session, table, [{"id": 1, **values}], wire=as_wire)
            stored.append(conn.execute(select(*untyped(table))).one())
            typed = conn.execute(select(table)).mappings().one()
            for name in KINDS:
                assert typed[name] == decoded[name], name  # Decimal: 1.5 == 1.50
    assert stored[0] == stored[1]
