"""The pivot engine: one measure cut by one or two dimensions, grouped by SQLite (GROUP BY over
the replica, no rows through Python), with row, column and grand totals; a cell's records
(drill-down), whose amounts add up to the cell.

Keys are the stored values ('' for none): tier and stage codes, user and branch ids, cities,
'2026-03' for a month, '2026-Q1' for a quarter, '0-30' for an ageing bucket. The UI turns them
into words; `Pivot.names` holds the customers' names for the customer dimension.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import text

from ..changes import ChangeFeed
from ..replica import Replica
from .cube import Cubes, aggregate
from .sources import (
    DIMENSIONS,
    LINES,
    MEASURES,
    ORDER,
    ORDERED,
    OWED_TABLE,
    RECEIVABLES,
    RECEIVABLES_OWED,
    Measure,
    Source,
)

CENT = Decimal("0.01")
ZERO = Decimal(0)
NONE = ""  # the key of rows without a value
Cell = tuple[str, str]


class UnknownReport(ValueError):
    """A dimension or measure the engine does not know, or one its source has not."""


@dataclass(frozen=True)
class PivotSpec:
    """What to show: `rows` (and `columns`, or None) by dimension, one measure, a period."""

    rows: str
    columns: str | None
    measure: str
    start: date | None = None  # the source's date from (inclusive)
    end: date | None = None  # to (inclusive)

    def as_dict(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "columns": self.columns,
            "measure": self.measure,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> "PivotSpec":
        start, end = data.get("start"), data.get("end")
        return cls(
            rows=str(data["rows"]),
            columns=str(data["columns"]) if data.get("columns") else None,
            measure=str(data["measure"]),
            start=date.fromisoformat(start) if start else None,
            end=date.fromisoformat(end) if end else None,
        )


@dataclass
class Pivot:
    spec: PivotSpec
    rows: list[str]
    columns: list[str]  # [""] when the spec has no columns
    cells: dict[Cell, Decimal]
    row_totals: dict[str, Decimal]
    column_totals: dict[str, Decimal]
    total: Decimal
    money: bool
    names: dict[str, str] = field(default_factory=dict)  # customer id -> name

    def value(self, row: str, column: str = NONE) -> Decimal:
        return self.cells.get((row, column), ZERO)


@dataclass(frozen=True)
class DrillRecord:
    """A record behind a cell: what it is (entity, id), its customer, a reference (contract
    number and product, title...), its date and amount (None for counted records)."""

    entity: str
    id: str
    customer_id: str
    customer: str
    reference: str
    day: str | None
    amount: Decimal | None


def measure_of(key: str) -> Measure:
    try:
        return MEASURES[key]
    except KeyError:
        raise UnknownReport(f"No measure {key!r}.") from None


def check(spec: PivotSpec) -> Measure:
    measure = measure_of(spec.measure)
    for dimension in (spec.rows, spec.columns):
        if dimension is None:
            continue
        if dimension not in DIMENSIONS or not measure.source.has(dimension):
            raise UnknownReport(f"{spec.measure} cannot be cut by {dimension!r}.")
    return measure


def dimensions_of(measure: str) -> list[str]:
    """The dimensions a measure can be cut by, in the builder's order."""
    source = measure_of(measure).source
    return [d for d in DIMENSIONS if source.has(d)]


class PivotEngine:
    """Pivots over one replica (thread-safe: each call reads in its own session). Sources
    kept as cubes (`app/reports/cube.py`) are pivoted in memory, the others by SQL;
    `feed` (the workspace's change feed) tells the cubes what changed."""

    def __init__(
        self,
        replica: Replica,
        today: Any = date.today,
        feed: ChangeFeed | None = None,
        cubes: bool = True,
    ) -> None:
        self.replica = replica
        self.today = today
        self.cubes = Cubes(replica) if cubes else None
        if feed is not None and self.cubes is not None:
            feed.subscribe(self.cubes.changed)

    def pivot(self, spec: PivotSpec) -> Pivot:
        measure = check(spec)
        if self.cubes is not None and self.cubes.kept(measure.source):
            return self._pivot_cube(spec, measure)
        return self.pivot_sql(spec)

    def _pivot_cube(self, spec: PivotSpec, measure: Measure) -> Pivot:
        assert self.cubes is not None
        cube = self.cubes.cube(measure.source)
        start = int(spec.start.strftime("%Y%m%d")) if spec.start else 0
        end = int(spec.end.strftime("%Y%m%d")) if spec.end else 0
        found, by_row, by_column, whole = aggregate(
            cube, spec.rows, spec.columns, measure.aggregate, start, end
        )
        row_names = cube.names[spec.rows]
        column_names = cube.names[spec.columns] if spec.columns else [NONE]
        money = measure.money
        cells = {(row_names[a], column_names[b]): number(v, money) for (a, b), v in found.items()}
        if spec.columns:
            row_totals = {row_names[a]: number(v, money) for a, v in by_row.items()}
            column_totals = {column_names[b]: number(v, money) for b, v in by_column.items()}
        else:  # one column: the cells are the rows' totals
            row_totals = {r: v for (r, _), v in cells.items()}
            column_totals = {NONE: number(whole, money)}
        rounded = {row_names[a]: round(v, 2) for a, v in by_row.items()}  # sorts faster
        names: dict[str, str] = {}
        if "customer" in (spec.rows, spec.columns):
            with self.replica.reading() as session:
                names = _customer_names(session, {r for r, _ in cells} | {c for _, c in cells})
        return Pivot(
            spec,
            _ordered(spec.rows, rounded),
            _ordered(spec.columns, column_totals) if spec.columns else [NONE],
            cells,
            row_totals,
            column_totals,
            number(whole, money),
            money,
            names,
        )

    def pivot_sql(self, spec: PivotSpec) -> Pivot:
        """The pivot by SQL over the replica (GROUP BY in SQLite)."""
        measure = check(spec)
        source = measure.source
        row_sql = source.expression(spec.rows)
        col_sql = source.expression(spec.columns) if spec.columns else "''"
        where, params = self._period(source, spec)
        with self.replica.reading() as session:
            source = self._prepared(session, source)
            sql = (
                f"SELECT {row_sql} AS r, {col_sql} AS c, {measure.sql()} AS v "
                f"{source.body}{where} GROUP BY 1, 2"
            )
            found = session.execute(text(sql), params).all()
            cells = {(str(r), str(c)): number(v, measure.money) for r, c, v in found}
            if measure.additive:
                row_totals = _sums(cells, 0)
                column_totals = _sums(cells, 1)
                total = sum(cells.values(), ZERO)
            else:  # a contract in two cells counts once in their total
                row_totals = self._totals(session, measure, source, row_sql, where, params)
                if spec.columns:
                    column_totals = self._totals(session, measure, source, col_sql, where, params)
                else:
                    column_totals = {NONE: sum(row_totals.values(), ZERO)}
                all_ = self._totals(session, measure, source, "''", where, params)
                total = all_.get(NONE, ZERO)
                if not spec.columns:
                    column_totals = {NONE: total}
            names = (
                _customer_names(session, {r for r, _ in cells} | {c for _, c in cells})
                if "customer" in (spec.rows, spec.columns)
                else {}
            )
        rows = _ordered(spec.rows, row_totals)
        columns = _ordered(spec.columns, column_totals) if spec.columns else [NONE]
        return Pivot(
            spec, rows, columns, cells, row_totals, column_totals, total, measure.money, names
        )

    def drill(
        self,
        spec: PivotSpec,
        row: str | None,
        column: str | None = None,
        limit: int | None = None,
    ) -> list[DrillRecord]:
        """The records behind a cell (`row`, `column`), a row's or a column's total (the other
        None) or the grand total (both None); their amounts add up to the figure shown."""
        measure = check(spec)
        source = measure.source
        where, params = self._period(source, spec)
        for name, dimension, key in (("dr", spec.rows, row), ("dc", spec.columns, column)):
            if dimension is not None and key is not None:
                where += f" AND {source.expression(dimension)} = :{name}"
                params[name] = key
        amount = source.amount or "NULL"
        with self.replica.reading() as session:
            source = self._prepared(session, source)
            sql = (
                f"SELECT {source.record_id}, cu.id, cu.name, {source.reference}, {source.day}, "
                f"{amount} {source.body}{where} ORDER BY {source.ordered_by}"
            )
            if limit is not None:
                sql += f" LIMIT {int(limit)}"
            found = session.execute(text(sql), params).all()
        return [
            DrillRecord(
                entity=source.entity,
                id=str(record_id),
                customer_id=str(customer_id),
                customer=str(name or ""),
                reference=str(reference or ""),
                day=str(day)[:10] if day else None,
                amount=None if value is None else number(value, True),
            )
            for record_id, customer_id, name, reference, day, value in found
        ]

    def _period(self, source: Source, spec: PivotSpec) -> tuple[str, dict[str, Any]]:
        params: dict[str, Any] = {"today": self.today().isoformat()}
        where = ""
        if spec.start is not None:
            where += f" AND substr({source.day}, 1, 10) >= :start"
            params["start"] = spec.start.isoformat()
        if spec.end is not None:
            where += f" AND substr({source.day}, 1, 10) <= :end"
            params["end"] = spec.end.isoformat()
        return where, params

    def _prepared(self, session: Any, source: Source) -> Source:
        """The source to read in `session`: overdue contracts with what they owe worked out
        beforehand (a temporary table of this connection) when the lines are in memory."""
        if source is not RECEIVABLES or self.cubes is None:
            return source
        lines = self.cubes.cube(LINES)
        keys = list(lines.coders.get("record", {}))
        sums = [0.0] * len(keys)
        for record, value in zip(lines.record, lines.amount, strict=True):
            sums[record] += value
        owed = dict(zip(keys, sums, strict=True))
        paid = session.execute(
            text(
                "SELECT contract_id, TOTAL(ROUND(amount, 2)) FROM payments "
                "WHERE deleted_at IS NULL GROUP BY contract_id"
            )
        ).all()
        for contract_id, value in paid:
            owed[contract_id] = owed.get(contract_id, 0.0) - value
        rows = [(c, o) for c, v in owed.items() if (o := round(v, 2)) > 0]
        session.execute(
            text(
                f"CREATE TEMP TABLE IF NOT EXISTS {OWED_TABLE[5:]} "
                "(contract_id TEXT PRIMARY KEY, owed REAL)"
            )
        )
        session.execute(text(f"DELETE FROM {OWED_TABLE}"))
        if rows:
            # the driver's executemany: SQLAlchemy's parameters cost a second for a branch
            session.connection().exec_driver_sql(f"INSERT INTO {OWED_TABLE} VALUES (?, ?)", rows)
        return RECEIVABLES_OWED

    def _totals(
        self,
        session: Any,
        measure: Measure,
        source: Source,
        key_sql: str,
        where: str,
        params: dict[str, Any],
    ) -> dict[str, Decimal]:
        sql = f"SELECT {key_sql}, {measure.sql()} {source.body}{where} GROUP BY 1"
        return {
            str(k): number(v, measure.money) for k, v in session.execute(text(sql), params).all()
        }


def number(value: Any, money: bool) -> Decimal:
    if value is None:
        return ZERO
    if money:
        return Decimal(repr(float(value))).quantize(CENT, ROUND_HALF_UP)
    return Decimal(int(value))


def _sums(cells: Mapping[Cell, Decimal], axis: int) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    for key, value in cells.items():
        out[key[axis]] = out.get(key[axis], ZERO) + value
    return out


def _ordered(dimension: str | None, totals: Mapping[str, Decimal | float]) -> list[str]:
    keys = list(totals)
    if dimension in ORDERED:
        order = ORDER.get(dimension or "")
        if order:
            rank = {k: i for i, k in enumerate(order)}
            return sorted(keys, key=lambda k: (k == NONE, rank.get(k, len(rank)), k))
        return sorted(keys, key=lambda k: (k == NONE, k))
    return sorted(keys, key=lambda k: (k == NONE, -totals[k], k))


def _customer_names(session: Any, ids: Iterable[str]) -> dict[str, str]:
    wanted = {i for i in ids if i}
    if len(wanted) > 2000:  # most of the book: one pass over the customers is cheaper
        found = session.execute(text("SELECT id, name FROM customers")).all()
        return {str(i): str(n) for i, n in found if i in wanted}
    names: dict[str, str] = {}
    ordered = sorted(wanted)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        marks = ", ".join(f":i{n}" for n in range(len(chunk)))
        found = session.execute(
            text(f"SELECT id, name FROM customers WHERE id IN ({marks})"),
            {f"i{n}": v for n, v in enumerate(chunk)},
        ).all()
        names.update({str(i): str(n) for i, n in found})
    return names


def with_period(spec: PivotSpec, start: date | None, end: date | None) -> PivotSpec:
    return replace(spec, start=start, end=end)
