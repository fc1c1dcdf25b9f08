"""The Pipeline screen's numbers: opportunities by stage as a board of cards, what each stage
is worth, and a probability-weighted forecast by month of expected close.

Read from the replica, so it works offline. Sums are taken in SQL in integer cents: SQLite
stores NUMERIC as REAL, and adding many floats would lose cents. Amounts in different
currencies are never added together: every total is one `Total` per currency.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import ColumnElement, Integer, and_, case, cast, func, or_, select

from sync.protocol.entities import Customer, Opportunity
from sync.protocol.enums import OpportunityStage

from .replica import Replica

STAGES = tuple(stage.value for stage in OpportunityStage)
WON = OpportunityStage.WON.value
LOST = OpportunityStage.LOST.value
OPEN_STAGES = tuple(stage for stage in STAGES if stage not in (WON, LOST))
CARD_LIMIT = 200
# A deal taken back out of Won or Lost gets its new stage's usual odds: keeping 100 % or 0 %
# would distort the forecast. The same odds are what the opportunity form proposes.
REOPEN_PROBABILITY = {
    OpportunityStage.PROSPECTING.value: 10,
    OpportunityStage.QUALIFICATION.value: 25,
    OpportunityStage.PROPOSAL.value: 50,
    OpportunityStage.NEGOTIATION.value: 75,
}
STAGE_PROBABILITY = {**REOPEN_PROBABILITY, WON: 100, LOST: 0}
CENT = Decimal("0.01")

# Forecast rows besides the months.
OVERDUE = "overdue"  # still open, expected close already passed
MONTH = "month"
LATER = "later"  # after the last month shown
NO_DATE = "no_date"
TOTAL = "total"


@dataclass(frozen=True)
class Card:
    id: str
    customer_id: str
    customer: str
    title: str
    stage: str
    amount: Decimal
    currency: str
    probability: int
    expected_close: date | None


CARD_COLUMNS = tuple(Card.__dataclass_fields__)


@dataclass(frozen=True)
class Total:
    """Opportunities in one currency: how many, their amount, and amount x probability."""

    currency: str
    count: int
    amount: Decimal
    weighted: Decimal


@dataclass(frozen=True)
class Column:
    """One stage of the board: its first cards, and count and totals over all of them."""

    stage: str
    cards: list[Card]
    totals: tuple[Total, ...]

    @property
    def count(self) -> int:
        return sum(total.count for total in self.totals)


@dataclass(frozen=True)
class ForecastRow:
    """One row of the forecast: open amounts per stage, their sum and weighted sum (`open`),
    and what was won (achieved) in that period."""

    kind: str  # OVERDUE, MONTH, LATER, NO_DATE or TOTAL
    month: date | None  # first day of the month, for MONTH rows
    stages: dict[str, tuple[Total, ...]]
    open: tuple[Total, ...]
    won: tuple[Total, ...]


def stage_probability(stage: str, current: int = 10) -> int:
    """The usual odds of a deal at `stage` (what the form proposes when the stage changes)."""
    return STAGE_PROBABILITY.get(stage, current)


def move_changes(stage: str, probability: int, new_stage: str) -> dict[str, Any]:
    """The fields to write when a card moves to `new_stage`: Won is certain, Lost is nothing."""
    values: dict[str, Any] = {"stage": new_stage}
    if new_stage == WON:
        values["probability"] = 100
    elif new_stage == LOST:
        values["probability"] = 0
    elif stage in (WON, LOST):
        values["probability"] = REOPEN_PROBABILITY.get(new_stage, probability)
    return values


class Pipeline:
    def __init__(self, replica: Replica, user_id: str | None) -> None:
        self.replica = replica
        self.user_id = user_id

    def board(self, *, mine: bool = False, limit: int = CARD_LIMIT) -> list[Column]:
        """Every stage in order with up to `limit` cards: open stages biggest amount (then
        soonest close) first, Won and Lost most recently changed first."""
        live = self._live(mine)
        closed = Opportunity.stage.in_((WON, LOST))
        close = Opportunity.expected_close
        rank = func.row_number().over(
            partition_by=Opportunity.stage,
            order_by=(
                case((closed, Opportunity.updated_at)).desc(),
                Opportunity.amount.desc(),
                close.is_(None),
                close,
                Opportunity.id,
            ),
        )
        # rank narrow rows, then read the few cards shown
        ranked = select(Opportunity.id, rank.label("rank")).where(*live).subquery()
        cards = (
            select(
                *(getattr(Opportunity, key) for key in CARD_COLUMNS if key != "customer"),
                Opportunity.updated_at,
                func.coalesce(Customer.name, "").label("customer"),
            )
            .outerjoin(Customer, Customer.id == Opportunity.customer_id)
            .where(Opportunity.id.in_(select(ranked.c.id).where(ranked.c.rank <= limit)))
        )
        sums = (
            select(Opportunity.stage, Opportunity.currency, *_sums())
            .where(*live)
            .group_by(Opportunity.stage, Opportunity.currency)
        )
        with self.replica.reading() as session:
            rows = session.execute(cards).all()
            sum_rows = session.execute(sums).all()
        by_stage: dict[str, list[Card]] = defaultdict(list)
        for row in sorted(rows, key=_card_order):
            by_stage[row.stage].append(Card(**{key: row._mapping[key] for key in CARD_COLUMNS}))
        totals: dict[str, _Sum] = defaultdict(_Sum)
        for stage, currency, count, cents, weighted in sum_rows:
            totals[stage].add(currency, count, cents, weighted)
        return [Column(stage, by_stage[stage], totals[stage].totals()) for stage in STAGES]

    def forecast(
        self, months: int = 6, today: date | None = None, *, mine: bool = False
    ) -> list[ForecastRow]:
        """Rows by expected close: open deals already past it, then `months` calendar months
        from this one, then later and undated ones, then a TOTAL row. Lost deals are left out;
        won deals count as achieved in the month they closed (from this month on; a won
        deal's `expected_close` is its actual close date, which the Won prompt asks for)."""
        today = today or date.today()
        start = today.replace(day=1)
        end = _add_months(start, months)
        close = Opportunity.expected_close
        won = Opportunity.stage == WON
        bucket = case(
            (close.is_(None), NO_DATE),
            (and_(~won, close < today), OVERDUE),
            (close >= end, LATER),
            else_=func.strftime("%Y-%m", close),
        ).label("bucket")
        query = (
            select(Opportunity.stage, bucket, Opportunity.currency, *_sums())
            .where(
                *self._live(mine),
                Opportunity.stage.in_((*OPEN_STAGES, WON)),
                or_(~won, close.is_(None), close >= start),
            )
            .group_by(Opportunity.stage, bucket, Opportunity.currency)
        )
        with self.replica.reading() as session:
            rows = session.execute(query).all()
        keys = [OVERDUE, *(_add_months(start, n).strftime("%Y-%m") for n in range(months))]
        keys += [LATER, NO_DATE]
        cells: dict[tuple[str, str], _Sum] = defaultdict(_Sum)
        for stage, key, currency, count, cents, weighted in rows:
            cells[key, stage].add(currency, count, cents, weighted)
            cells[TOTAL, stage].add(currency, count, cents, weighted)
        return [_forecast_row(key, cells) for key in [*keys, TOTAL]]

    def product_lines(self) -> list[str]:
        """Product lines already named on deals, most used first (what the form completes)."""
        line = Opportunity.product_line
        query = (
            select(line)
            .where(Opportunity.deleted_at.is_(None), line.is_not(None), line != "")
            .group_by(line)
            .order_by(func.count().desc(), line)
            .limit(200)
        )
        with self.replica.reading() as session:
            return [str(value) for value in session.scalars(query)]

    def _live(self, mine: bool) -> list[ColumnElement[bool]]:
        """Not deleted, nor of a deleted customer; with `mine`, owned by me (a deal without an
        owner of its own belongs to its customer's owner).

        Written as NOT IN / IN over small sets rather than a join: looking up the customer of
        every one of 100,000 opportunities costs several times more."""
        gone = (
            select(Customer.id)
            .where(Customer.deleted_at.is_not(None))
            .cte("gone")
            .prefix_with("MATERIALIZED")
        )
        conditions: list[ColumnElement[bool]] = [
            Opportunity.deleted_at.is_(None),
            Opportunity.customer_id.not_in(select(gone.c.id)),
        ]
        if mine:
            my_customers = select(
                select(Customer.id)
                .where(Customer.owner_id == self.user_id)
                .cte("my_customers")
                .prefix_with("MATERIALIZED")
            )
            conditions.append(
                or_(
                    Opportunity.owner_id == self.user_id,
                    and_(
                        Opportunity.owner_id.is_(None),
                        Opportunity.customer_id.in_(my_customers),
                    ),
                )
            )
        return conditions


class _Sum:
    """Per-currency count, cents and cents x probability, exact until shown."""

    def __init__(self) -> None:
        self.parts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])

    def add(self, currency: str, count: int, cents: int, weighted: int) -> None:
        part = self.parts[currency]
        part[0] += count
        part[1] += cents
        part[2] += weighted

    def merge(self, others: Iterable["_Sum"]) -> "_Sum":
        for other in others:
            for currency, (count, cents, weighted) in other.parts.items():
                self.add(currency, count, cents, weighted)
        return self

    def totals(self) -> tuple[Total, ...]:
        """In currency order, so a currency keeps its place from one cell to the next."""
        out = [
            Total(
                currency,
                count,
                Decimal(cents) / 100,
                (Decimal(weighted) / 10000).quantize(CENT, ROUND_HALF_UP),
            )
            for currency, (count, cents, weighted) in self.parts.items()
            if count
        ]
        return tuple(sorted(out, key=lambda t: t.currency))


def _card_order(row: Any) -> tuple[Any, ...]:
    """The board's order (as ranked in SQL) for the cards read back by id."""
    stage_index = STAGES.index(row.stage)
    if row.stage in (WON, LOST):
        return (stage_index, -row.updated_at.timestamp(), row.id)
    close = row.expected_close
    return (stage_index, -row.amount, close is None, close or date.min, row.id)


def _sums() -> list[Any]:
    cents = cast(func.round(Opportunity.amount * 100), Integer)
    return [
        func.count(),
        func.coalesce(func.sum(cents), 0),
        func.coalesce(func.sum(cents * Opportunity.probability), 0),
    ]


def _forecast_row(key: str, cells: dict[tuple[str, str], _Sum]) -> ForecastRow:
    stages = {stage: cells[key, stage].totals() for stage in (*OPEN_STAGES, WON)}
    open_sum = _Sum().merge(cells[key, stage] for stage in OPEN_STAGES)
    month = date.fromisoformat(f"{key}-01") if key[:1].isdigit() else None
    kind = MONTH if month else key
    return ForecastRow(kind, month, stages, open_sum.totals(), stages[WON])


def _add_months(day: date, months: int) -> date:
    """The first day of the month `months` after `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
