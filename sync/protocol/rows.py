"""Whole rows on the wire: every column of an entity as JSON values, and back.

Pull sends rows in this form and the client stores them; unknown fields from a
newer server are ignored, so an older client keeps working (DESIGN.md, principle 2).
"""

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache, partial
from typing import Any

from sqlalchemy import Column, Date, Dialect, Label, Numeric, Table, type_coerce
from sqlalchemy.types import NullType

from .entities import ENTITIES
from .types import UTCDateTime
from .values import parse_date, parse_datetime

Row = dict[str, Any]
Convert = Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


def datetime_to_wire(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _decimal_in(value: Any) -> Decimal:
    return Decimal(str(value))


def _converters(column: Column[Any]) -> tuple[Convert, Convert]:
    """(python -> wire, wire -> python) for one column, matching `values.to_wire`."""
    if isinstance(column.type, UTCDateTime):
        return datetime_to_wire, parse_datetime
    if isinstance(column.type, Date):
        return lambda value: value.isoformat(), parse_date
    if isinstance(column.type, Numeric):
        return str, _decimal_in
    return _same, _same


def wire_decoder(column: Column[Any]) -> Convert | None:
    """wire -> Python for one column; None where the JSON value already is the Python value."""
    decode = _converters(column)[1]
    return None if decode is _same else decode


class RowCodec:
    """Converters for one entity's columns, built once (a pull moves hundreds of thousands)."""

    def __init__(self, entity: str) -> None:
        self.entity = entity
        self.table = ENTITIES[entity].__table__
        self.columns = [c.key for c in self.table.columns]
        pairs = {c.key: _converters(c) for c in self.table.columns}
        self._out = [(key, out) for key, (out, _in) in pairs.items() if out is not _same]
        self._in = [(key, in_) for key, (_out, in_) in pairs.items()]

    def to_wire(self, row: Mapping[str, Any]) -> Row:
        data = {key: row[key] for key in self.columns}
        for key, convert in self._out:
            if data[key] is not None:
                data[key] = convert(data[key])
        return data

    def from_wire(self, data: Mapping[str, Any]) -> Row:
        """Typed values of the known columns present in `data`; unknown fields are dropped."""
        out: Row = {}
        for key, convert in self._in:
            if key in data:
                value = data[key]
                out[key] = None if value is None else convert(value)
        return out


@cache
def codec(entity: str) -> RowCodec:
    return RowCodec(entity)


# --- straight from the database driver to the wire ----------------------------------------

StoredRow = Sequence[Any]


def untyped(table: Table) -> list[Label[Any]]:
    """The table's columns for a SELECT whose values SQLAlchemy hands back as the driver
    returned them, for `stored_reader`: a pull reads rows only to send them, and turning
    stored text into Python objects and back cost more than reading them."""
    return [type_coerce(c, NullType()).label(c.key) for c in table.columns]


@cache
def stored_reader(table: Table, dialect: Dialect) -> Callable[[StoredRow], Row]:
    """Row of `untyped(table)` values -> its wire form, the same as `RowCodec.to_wire` of
    the typed row. Built once per table and database kind."""
    keys = [c.key for c in table.columns]
    convert = [
        (index, key, reader)
        for index, (key, column) in enumerate(zip(keys, table.columns, strict=True))
        if (reader := _stored_to_wire(column, dialect)) is not None
    ]

    def read(values: StoredRow) -> Row:
        data = dict(zip(keys, values, strict=True))
        for index, key, reader in convert:
            if (value := values[index]) is not None:
                data[key] = reader(value)
        return data

    return read


def _stored_to_wire(column: Column[Any], dialect: Dialect) -> Convert | None:
    out = _converters(column)[0]
    if isinstance(column.type, Numeric) and dialect.name == "postgresql":
        processor = None  # psycopg returns Decimal (SQLAlchemy's processor wants the type oid)
    else:
        processor = column.type.dialect_impl(dialect).result_processor(dialect, None)
    if processor is None and out is _same:
        return None
    if dialect.name == "sqlite" and isinstance(column.type, UTCDateTime | Date):
        fast = _sqlite_datetime if isinstance(column.type, UTCDateTime) else _sqlite_date
        return partial(_from_sqlite_text, fast=fast, slow=_chain(processor, out))
    return _chain(processor, out)


def _chain(processor: Convert | None, out: Convert) -> Convert:
    if processor is None:
        return out
    return lambda value: out(processor(value))  # None in -> None out: callers skip None


def _from_sqlite_text(value: Any, fast: Callable[[str], str | None], slow: Convert) -> Any:
    """SQLAlchemy's SQLite text of a date or datetime -> its wire text by slicing where the
    two map directly, through Python objects otherwise."""
    wire = fast(value) if isinstance(value, str) else None
    return slow(value) if wire is None else wire


def _sqlite_datetime(value: str) -> str | None:
    """'2026-11-23 08:00:00.123456' -> '2026-11-23T08:00:00.123456Z' (UTC, as stored)."""
    if len(value) != 26 or value[10] != " " or value[19] != ".":
        return None
    if value.endswith(".000000"):
        return f"{value[:10]}T{value[11:19]}Z"  # as isoformat() writes a whole second
    return f"{value[:10]}T{value[11:]}Z"


def _sqlite_date(value: str) -> str | None:
    return value if len(value) == 10 else None
