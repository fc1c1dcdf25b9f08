"""JSON representation of entity field values, the same on the wire and in the outbox.

Dates and datetimes travel as ISO 8601 strings (datetimes in UTC with a `Z`),
money as a decimal string so no binary rounding ever touches an amount.
"""

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, Date, Numeric

from .types import UTCDateTime


def to_wire(column: Column[Any], value: Any) -> Any:
    """Python value of `column` -> JSON-compatible value."""
    if value is None:
        return None
    if isinstance(column.type, UTCDateTime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(column.type, Date):
        return value.isoformat()
    if isinstance(column.type, Numeric):
        return str(value)
    if isinstance(value, list):
        return list(value)
    return value


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
