"""The one value codec: a field's Python value <-> its JSON form, on the wire and in the outbox.

Dates and datetimes travel as ISO 8601 strings (datetimes in UTC with a `Z`), money as a
decimal string so no binary rounding ever touches an amount; everything else as it is.

Between a database and the wire there are two ways, and they must agree:
- the typed one: SQLAlchemy's result processor -> Python value -> `encode` -> wire, and
  wire -> `decode` -> Python value -> SQLAlchemy's bind processor;
- the direct one, for moving many rows: `stored_to_wire` (a value read untyped, as the driver
  returns it -> wire: the server's pull) and `wire_to_stored` (wire -> what SQLAlchemy would
  bind: the client's download). On SQLite they turn a date or datetime's text into the other
  text by slicing, and fall back to the typed path for anything that does not map directly.
Each shortcut sits right beside the slow path it must match; tests/protocol/test_codec.py
checks with hypothesis that every path gives the same answer for every column type.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import partial
from typing import Any

from sqlalchemy import ColumnElement, Date, Dialect, Numeric

from .types import UTCDateTime

Convert = Callable[[Any], Any]


def parse_datetime(raw: str) -> datetime:
    """ISO 8601 -> aware UTC datetime; naive input is taken as UTC."""
    value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def parse_date(raw: str) -> date:
    return date.fromisoformat(raw)


def parse_decimal(raw: str | int | float) -> Decimal:
    # float goes through str() so 0.1 becomes Decimal("0.1"), not its binary expansion
    return Decimal(str(raw))


def datetime_to_wire(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _date_to_wire(value: date) -> str:
    return value.isoformat()


def _fresh(value: Any) -> Any:
    """A list travels as a copy: the wire form never shares one with a live Python value."""
    return list(value) if isinstance(value, list) else value


def as_it_is(value: Any) -> Any:
    """The converter of a value that needs none (callers may skip calling it)."""
    return value


@dataclass(frozen=True)
class ColumnCodec:
    """How one kind of column travels; both directions for values other than None (null
    travels as itself)."""

    name: str
    encode: Convert  # Python value -> wire
    decode: Convert  # wire -> Python value


DATETIME = ColumnCodec("datetime", datetime_to_wire, parse_datetime)
DATE = ColumnCodec("date", _date_to_wire, parse_date)
DECIMAL = ColumnCodec("decimal", str, parse_decimal)
PLAIN = ColumnCodec("plain", _fresh, as_it_is)  # text, numbers, booleans, JSON


def column_codec(column: ColumnElement[Any]) -> ColumnCodec:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return DATETIME
    if isinstance(kind, Date):
        return DATE
    if isinstance(kind, Numeric):
        return DECIMAL
    return PLAIN


def to_wire(column: ColumnElement[Any], value: Any) -> Any:
    """Python value of `column` -> JSON-compatible value."""
    return None if value is None else column_codec(column).encode(value)


def from_wire(column: ColumnElement[Any], value: Any) -> Any:
    """JSON value of `column` -> Python value."""
    return None if value is None else column_codec(column).decode(value)


# --- between a database and the wire ---------------------------------------------------------


def storing(column: ColumnElement[Any], dialect: Dialect) -> Convert:
    """Python value -> what SQLAlchemy itself hands the driver for this dialect (e.g. SQLite's
    datetime text)."""
    return column.type.dialect_impl(dialect).bind_processor(dialect) or as_it_is


def _reading(column: ColumnElement[Any], dialect: Dialect) -> Convert | None:
    """What the driver returns -> Python value, as SQLAlchemy does (None: as it comes)."""
    if isinstance(column.type, Numeric) and dialect.name == "postgresql":
        return None  # psycopg returns Decimal (SQLAlchemy's processor wants the type oid)
    processor: Convert | None = column.type.dialect_impl(dialect).result_processor(dialect, None)
    return processor


def stored_to_wire(column: ColumnElement[Any], dialect: Dialect) -> Convert | None:
    """A value of `column` as the driver returns it (read untyped) -> its wire form, the same
    as `encode` of the typed value; None when the value goes as it comes. Not for None."""
    codec = column_codec(column)
    processor = _reading(column, dialect)
    if codec is PLAIN:
        return processor  # a value just read shares nothing: `encode`'s copy is not needed
    slow = codec.encode if processor is None else partial(_then, processor, codec.encode)
    if dialect.name == "sqlite" and isinstance(column.type, UTCDateTime):
        return partial(_sqlite_datetime_to_wire, slow=slow)
    if dialect.name == "sqlite" and isinstance(column.type, Date):
        return partial(_date_as_it_is, slow=slow)
    return slow


def wire_to_stored(column: ColumnElement[Any], dialect: Dialect) -> Convert:
    """Wire value of `column` -> what SQLAlchemy would hand the driver for its decoded value:
    `storing(decode(value))`, None for None."""
    store = storing(column, dialect)
    decode = column_codec(column).decode
    if decode is as_it_is:
        return store
    slow = partial(_decoded_then, decode, store)
    if dialect.name == "sqlite" and isinstance(column.type, UTCDateTime):
        return partial(_wire_datetime_to_sqlite, slow=slow)
    if dialect.name == "sqlite" and isinstance(column.type, Date):
        return partial(_date_as_it_is, slow=slow)
    return slow


def _then(first: Convert, second: Convert, value: Any) -> Any:
    return second(first(value))


def _decoded_then(decode: Convert, store: Convert, value: Any) -> Any:
    return None if value is None else store(decode(value))


# The SQLite shortcuts. SQLAlchemy stores a datetime as '2026-11-23 08:00:00.123456' (UTC
# here, `UTCDateTime`) and a date as '2026-11-23'; `datetime_to_wire` writes
# '2026-11-23T08:00:00.123456Z', or '2026-11-23T08:00:00Z' for a whole second.


def _sqlite_datetime_to_wire(value: Any, slow: Convert) -> Any:
    if isinstance(value, str) and len(value) == 26 and value[10] == " " and value[19] == ".":
        if value.endswith(".000000"):
            return f"{value[:10]}T{value[11:19]}Z"
        return f"{value[:10]}T{value[11:]}Z"
    return slow(value)


def _wire_datetime_to_sqlite(value: Any, slow: Convert) -> Any:
    if isinstance(value, str) and value.endswith("Z") and value[10:11] == "T":
        if len(value) == 27 and value[19] == ".":
            return f"{value[:10]} {value[11:26]}"
        if len(value) == 20:
            return f"{value[:10]} {value[11:19]}.000000"
    return slow(value)


def _date_as_it_is(value: Any, slow: Convert) -> Any:
    """Both sides write a date as '2026-11-23'."""
    return value if isinstance(value, str) and len(value) == 10 else slow(value)
