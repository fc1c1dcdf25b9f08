"""Whole rows on the wire: every column of an entity as JSON values, and back.

Pull sends rows in this form and the client stores them; unknown fields from a
newer server are ignored, so an older client keeps working (DESIGN.md, principle 2).
"""

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import Column, Date, Numeric

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
