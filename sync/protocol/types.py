"""Column types and helpers that behave the same on SQLite and PostgreSQL."""

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.types import TypeDecorator


def new_id() -> str:
    """A random UUID, generated where a row is created so offline creation never collides."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as UTC and always returns them aware.

    SQLite has no time zones; without this a value would come back naive on the
    client and aware on PostgreSQL, and comparisons between them would fail.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware UTC datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class JSONText(JSON):
    """JSON stored as text on SQLite too: every JSON column of both sides uses it.

    SQLite derives a column's affinity from its declared type, and `JSON` matches none of
    its words, so it got NUMERIC affinity: the JSON text `50` was stored as the integer 50
    and came back as an int the JSON decoder refuses. A conflict entry that lost a number
    then made every pull that included it answer 500 (issue 17). Declared `TEXT` on
    SQLite, the text stays text; PostgreSQL keeps its `JSON`.
    """

    cache_ok = True


@compiles(JSONText, "sqlite")
def _sqlite_json_as_text(_type: JSONText, _compiler: Any, **_kw: Any) -> str:
    return "TEXT"
