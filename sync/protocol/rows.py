"""Whole rows on the wire: every column of an entity as JSON values, and back.

Pull sends rows in this form and the client stores them; unknown fields from a
newer server are ignored, so an older client keeps working (DESIGN.md, principle 2).
Values go through the one codec of `values`.
"""

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Dialect, Label, Table, type_coerce
from sqlalchemy.types import NullType

from .entities import ENTITIES
from .values import Convert, column_codec, stored_to_wire

Row = dict[str, Any]


class RowCodec:
    """Converters for one entity's columns, built once (a pull moves hundreds of thousands)."""

    def __init__(self, entity: str) -> None:
        self.entity = entity
        table = ENTITIES[entity].__table__
        self.table = table
        self.columns = [c.key for c in table.columns]
        codecs = {c.key: column_codec(c) for c in table.columns}
        self._out = [(key, c.encode) for key, c in codecs.items() if c.name != "plain"]
        self._in = [(key, c.decode) for key, c in codecs.items()]

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
    convert: list[tuple[int, str, Convert]] = []
    for index, (key, column) in enumerate(zip(keys, table.columns, strict=True)):
        reader = stored_to_wire(column, dialect)
        if reader is not None:
            convert.append((index, key, reader))

    def read(values: StoredRow) -> Row:
        data = dict(zip(keys, values, strict=True))
        for index, key, reader in convert:
            if (value := values[index]) is not None:
                data[key] = reader(value)
        return data

    return read
