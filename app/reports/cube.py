"""The pivot's working copy of a source: its rows read once from the replica into columns of
small integer codes (one per dimension), their amounts, dates and counted records, so that a
pivot of any two dimensions is one pass over arrays in memory instead of a join of a million
contract lines to their contracts and customers at each click.

Why: on a branch replica (1,000,000 contract lines, rows of some 250 bytes with their ids) the
join with GROUP BY in SQLite costs seconds, and even a plain scan of the lines about one; a
pass over the columns here costs a fraction of a second. The price: the first pivot of a source
reads it whole (seconds on a branch, milliseconds on a rep's book), and some 50 MB of memory on
a branch. A change notice of the source's entities marks it stale; the next pivot reads it
again (`generation`). Drill-downs still read the replica, so they show the records as they are.
"""

from __future__ import annotations

import threading
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import compress
from typing import Any

from sqlalchemy import text

from ..changes import Changes
from ..replica import Replica
from .sources import Source

ENTITIES = {
    "lines": ("customer", "contract", "contract_line", "product"),
    "payments": ("customer", "contract", "payment"),
    "customers": ("customer",),
    "opportunities": ("customer", "opportunity"),
    "interactions": ("customer", "interaction"),
}
"""The sources kept as cubes and what makes each stale; the others are read by SQL."""


TABLES = {
    "contract": "contracts",
    "contract_line": "contract_lines",
    "payment": "payments",
    "opportunity": "opportunities",
    "interaction": "interactions",
}
"""Child entities whose changed rows name their customer (`customer_id`)."""
RECOUNT = 5_000  # more changed customers than this: the source is read whole again
TIME = ("month", "quarter")


@dataclass
class Cube:
    """One source's rows as columns: codes per dimension, amount, day (yyyymmdd, 0 none) and
    the record counted (a code of `Source.distinct`). Never changed once made: a refresh
    makes a new one (a pivot may be reading this one on another thread)."""

    dimensions: list[str]  # read from the rows (month and quarter come from the day)
    codes: dict[str, array[int]] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=dict)  # dimension -> code -> key
    amount: array[float] = field(default_factory=lambda: array("d"))
    day: array[int] = field(default_factory=lambda: array("i"))
    record: array[int] = field(default_factory=lambda: array("i"))
    coders: dict[str, dict[Any, int]] = field(default_factory=dict)  # key -> code, shared

    def __len__(self) -> int:
        return len(self.amount)

    def without(self, customers: set[str]) -> Cube:
        """A copy without the rows of `customers` (ids), to append their rows as they are."""
        coder = self.coders["customer"]
        dropped = {coder[c] for c in customers if c in coder}
        cube = Cube(self.dimensions, coders=self.coders)
        if dropped:
            mask = bytes(c not in dropped for c in self.codes["customer"])
        else:
            mask = bytes([1]) * len(self)
        for key, codes in self.codes.items():
            cube.codes[key] = array("i", compress(codes, mask))
        cube.amount = array("d", compress(self.amount, mask))
        cube.day = array("i", compress(self.day, mask))
        cube.record = array("i", compress(self.record, mask))
        return cube

    def customers_of(self, records: set[str]) -> set[str]:
        """The customers whose rows count these records now (a row moved to another
        customer, by a merge, leaves its old customer's figures too)."""
        coder = self.coders.get("record", {})
        wanted = {coder[r] for r in records if r in coder}
        if not wanted:
            return set()
        names = self.names["customer"]
        pairs = zip(self.record, self.codes["customer"], strict=True)
        return {names[c] for r, c in pairs if r in wanted}

    def append(self, rows: Iterable[Any]) -> None:
        """Rows of `Cubes.sql`: the dimensions' keys, day, amount, counted record."""
        coders = [self.coders.setdefault(d, {}) for d in self.dimensions]
        arrays = [self.codes.setdefault(d, array("i")) for d in self.dimensions]
        months = self.coders.setdefault("month", {})
        quarters = self.coders.setdefault("quarter", {})
        records = self.coders.setdefault("record", {})
        month_codes = self.codes.setdefault("month", array("i"))
        quarter_codes = self.codes.setdefault("quarter", array("i"))
        pairs = list(zip(coders, arrays, strict=True))
        for row in rows:
            for i, (coder, codes) in enumerate(pairs):
                value = row[i]
                code = coder.get(value)
                if code is None:
                    code = coder[value] = len(coder)
                codes.append(code)
            day_text = row[-3]
            day = int(day_text.replace("-", "")) if day_text else 0
            self.day.append(day)
            month = day // 100
            code = months.get(month)
            if code is None:
                code = months[month] = len(months)
            month_codes.append(code)
            quarter = (day // 10000) * 10 + ((day // 100) % 100 + 2) // 3 if day else 0
            code = quarters.get(quarter)
            if code is None:
                code = quarters[quarter] = len(quarters)
            quarter_codes.append(code)
            self.amount.append(float(row[-2] or 0))
            key = row[-1]
            code = records.get(key)
            if code is None:
                code = records[key] = len(records)
            self.record.append(code)
        for dimension in self.dimensions:
            self.names[dimension] = [str(k) for k in self.coders[dimension]]
        self.names["month"] = [f"{m // 100:04d}-{m % 100:02d}" if m else "" for m in months]
        self.names["quarter"] = [f"{q // 10:04d}-Q{q % 10}" if q else "" for q in quarters]


class Cubes:
    """The cubes of one replica, read on demand, refreshed after a change (thread-safe).

    A change notice names rows; their customers' rows are taken out of the cube and read
    again (a sync round of a few customers costs milliseconds, not a re-read of the
    branch). A change that names no rows, of the catalogue, or of too many customers, has
    the source read whole at its next use."""

    def __init__(self, replica: Replica) -> None:
        self.replica = replica
        self._lock = threading.Lock()
        self._building: dict[str, threading.Lock] = {k: threading.Lock() for k in ENTITIES}
        self._cubes: dict[str, Cube] = {}
        self._whole: set[str] = set()  # sources to read whole
        self._pending: dict[str, set[tuple[str, str]]] = {k: set() for k in ENTITIES}

    def kept(self, source: Source) -> bool:
        return source.key in ENTITIES

    def changed(self, changes: Changes) -> None:
        """A change notice (any thread): what it names is read again when next used."""
        with self._lock:
            for key, entities in ENTITIES.items():
                for entity in entities:
                    if not changes.touches([entity]):
                        continue
                    ids = changes.ids(entity)
                    if ids is None or entity == "product":
                        self._whole.add(key)
                    else:
                        self._pending[key].update((entity, i) for i in ids)

    def cube(self, source: Source) -> Cube:
        key = source.key
        with self._building[key]:
            with self._lock:
                cube = self._cubes.get(key)
                whole = key in self._whole or cube is None
                pending = self._pending[key]
                self._whole.discard(key)
                self._pending[key] = set()
            if not whole and pending:
                assert cube is not None
                named = self._customers(pending)
                customers = None
                if named is not None:
                    customers, records = named
                    customers |= cube.customers_of(records | customers)
                if customers is None or len(customers) > RECOUNT:
                    whole = True
                else:
                    cube = self._refreshed(source, cube, customers)
            if whole:
                cube = self._read(source)
            assert cube is not None
            with self._lock:
                self._cubes[key] = cube
            return cube

    def sql(self, source: Source) -> tuple[list[str], str]:
        dimensions = [d for d in source.dimensions if d not in TIME]
        columns = [source.expression(d) for d in dimensions]
        amount = source.amount or "0"
        sql = (
            f"SELECT {', '.join(columns)}, substr({source.day}, 1, 10), {amount}, "
            f"{source.distinct} {source.body}"
        )
        return dimensions, sql

    def _read(self, source: Source) -> Cube:
        dimensions, sql = self.sql(source)
        cube = Cube(dimensions)
        with self.replica.reading() as session:
            result = session.execute(text(sql), {"today": "0000-00-00"})
            for rows in _batches(result):
                cube.append(rows)
        cube.append([])  # names even when empty
        return cube

    def _refreshed(self, source: Source, cube: Cube, customers: set[str]) -> Cube:
        _dimensions, sql = self.sql(source)
        fresh = cube.without(customers)
        wanted = sorted(customers)
        with self.replica.reading() as session:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ", ".join(f":c{n}" for n in range(len(chunk)))
                params: dict[str, Any] = {f"c{n}": c for n, c in enumerate(chunk)}
                params["today"] = "0000-00-00"
                rows = session.execute(text(f"{sql} AND cu.id IN ({marks})"), params).all()
                fresh.append(rows)
        fresh.append([])
        return fresh

    def _customers(self, pending: set[tuple[str, str]]) -> tuple[set[str], set[str]] | None:
        """The customers of the rows named and the records they count in (the rows' ids,
        a line's contract); None when a row cannot be found (removed)."""
        customers = {row_id for entity, row_id in pending if entity == "customer"}
        records = {row_id for _, row_id in pending}
        by_entity: dict[str, list[str]] = defaultdict(list)
        for entity, row_id in pending:
            if entity != "customer":
                by_entity[entity].append(row_id)
        with self.replica.reading() as session:
            for entity, ids in by_entity.items():
                table = TABLES.get(entity)
                if table is None:
                    return None
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    marks = ", ".join(f":i{n}" for n in range(len(chunk)))
                    parent = "contract_id" if entity == "contract_line" else "id"
                    found = session.execute(
                        text(f"SELECT customer_id, {parent} FROM {table} WHERE id IN ({marks})"),
                        {f"i{n}": v for n, v in enumerate(chunk)},
                    ).all()
                    if len(found) < len(set(chunk)):
                        return None
                    customers.update(str(c) for c, _ in found)
                    records.update(str(p) for _, p in found)
        return customers, records


def _batches(result: Any, size: int = 20_000) -> Iterator[list[Any]]:
    while True:
        rows = result.fetchmany(size)
        if not rows:
            return
        yield rows


Cell = tuple[int, int]


def aggregate(
    cube: Cube,
    rows: str,
    columns: str | None,
    kind: str,
    start: int = 0,
    end: int = 0,
) -> tuple[dict[Cell, float], dict[int, float], dict[int, float], float]:
    """Cells, row totals, column totals and the grand total of one measure (`kind`: count,
    count_distinct, sum, average) over rows with a day in [start, end] (0: open)."""
    first = cube.codes[rows]
    keep = _period(cube, start, end)
    if kind in ("sum", "count"):
        width = len(cube.names[columns]) if columns else 1
        second = cube.codes[columns] if columns else None
        height = len(cube.names[rows])
        cells = _sums(first, second, height, width, kind, cube, keep)
        row_totals: dict[int, float] = defaultdict(float)
        column_totals: dict[int, float] = defaultdict(float)
        for (a, b), value in cells.items():
            row_totals[a] += value
            column_totals[b] += value
        return cells, dict(row_totals), dict(column_totals), sum(cells.values())
    other = cube.codes[columns] if columns else array("i", bytes(4 * len(cube)))
    # distinct records (contracts): a contract in two cells counts once in their total
    sets: dict[Cell, set[int]] = defaultdict(set)
    row_sets: dict[int, set[int]] = defaultdict(set)
    column_sets: dict[int, set[int]] = defaultdict(set)
    sums: dict[Cell, float] = defaultdict(float)
    row_sums: dict[int, float] = defaultdict(float)
    column_sums: dict[int, float] = defaultdict(float)
    every: set[int] = set()
    whole = 0.0
    for i, (a, b, record, value) in enumerate(
        zip(first, other, cube.record, cube.amount, strict=True)
    ):
        if keep is not None and not keep[i]:
            continue
        sets[a, b].add(record)
        row_sets[a].add(record)
        column_sets[b].add(record)
        every.add(record)
        sums[a, b] += value
        row_sums[a] += value
        column_sums[b] += value
        whole += value
    if kind == "count_distinct":
        return (
            {k: float(len(v)) for k, v in sets.items()},
            {k: float(len(v)) for k, v in row_sets.items()},
            {k: float(len(v)) for k, v in column_sets.items()},
            float(len(every)),
        )
    return (
        {k: sums[k] / max(len(v), 1) for k, v in sets.items()},
        {k: row_sums[k] / max(len(v), 1) for k, v in row_sets.items()},
        {k: column_sums[k] / max(len(v), 1) for k, v in column_sets.items()},
        whole / max(len(every), 1),
    )


DENSE = 2_000_000  # cells counted in a list below this many (faster than a dict)


def _sums(
    first: array[int],
    second: array[int] | None,
    height: int,
    width: int,
    kind: str,
    cube: Cube,
    keep: bytearray | None,
) -> dict[Cell, float]:
    """Sum (or count) per cell, in one pass: a list indexed by row x width + column (the
    fastest Python has for a million rows), a dict when the grid would be too large."""
    dense = height * width <= DENSE
    sums: Any = [0.0] * (height * width) if dense else defaultdict(float)
    amount = cube.amount
    if second is None:
        if kind == "sum" and keep is None:
            for a, value in zip(first, amount, strict=True):
                sums[a] += value
        elif kind == "sum":
            for a, value, kept in zip(first, amount, keep, strict=True):  # type: ignore[arg-type]
                if kept:
                    sums[a] += value
        else:
            for a, kept in zip(first, keep or bytes([1]) * len(first), strict=True):
                if kept:
                    sums[a] += 1
    elif kind == "sum" and keep is None:
        for a, b, value in zip(first, second, amount, strict=True):
            sums[a * width + b] += value
    elif kind == "sum":
        for a, b, value, kept in zip(first, second, amount, keep, strict=True):  # type: ignore[arg-type]
            if kept:
                sums[a * width + b] += value
    else:
        for a, b, kept in zip(first, second, keep or bytes([1]) * len(first), strict=True):
            if kept:
                sums[a * width + b] += 1
    found: Any = enumerate(sums) if dense else sums.items()
    # a cell whose rows add up to exactly zero is left out (SQL's GROUP BY would keep it;
    # the table shows 0 for it either way)
    return {divmod(key, width): float(value) for key, value in found if value}


def _period(cube: Cube, start: int, end: int) -> bytearray | None:
    if not start and not end:
        return None
    high = end or 99_999_999  # a row without a date is in no period (as in SQL)
    return bytearray(bool(day) and start <= day <= high for day in cube.day)
