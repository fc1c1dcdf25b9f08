"""Ready reports (issue 19, item 5): contribution by product line, customer, rep, branch and
month; pipeline conversion by stage; activity per rep; overdue payments by age. Each is a pivot
(so it drills down and charts like one) with a few more columns beside its cells: the share of
the total, a second measure, the conversion from one stage to the next.

Conversion: an opportunity at a stage has passed every stage before it, a won one every open
stage; a lost one is counted at the first stage only (where it was lost is not kept). The
conversion of a stage is the share of those that reached it which reached the next; for "won"
it is the win rate, won / (won + lost).
"""

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from .pivot import NONE, ZERO, Pivot, PivotEngine, PivotSpec
from .sources import STAGES

ExtraKind = Literal["money", "count", "percent"]
PERCENT = Decimal("0.1")
OPEN_STAGES = STAGES[:4]


@dataclass
class Extra:
    key: str  # "share", "amount", "contracts", "conversion", "reached"
    kind: ExtraKind
    values: dict[str, Decimal]
    total: Decimal | None = None


@dataclass
class Report:
    key: str
    pivot: Pivot
    extras: list[Extra] = field(default_factory=list)


@dataclass(frozen=True)
class ReadyReport:
    key: str
    spec: PivotSpec
    second: str | None = None  # another measure beside the cells, by the same rows
    share: bool = False


READY = {
    r.key: r
    for r in (
        ReadyReport("contribution_product_line", PivotSpec("product_line", None, "contribution"),
                    share=True),
        ReadyReport("contribution_customer", PivotSpec("customer", None, "contribution"),
                    share=True),
        ReadyReport("contribution_rep", PivotSpec("owner", None, "contribution"), share=True),
        ReadyReport("contribution_branch", PivotSpec("branch", None, "contribution"), share=True),
        ReadyReport("contribution_month", PivotSpec("month", None, "contribution"),
                    second="payments"),
        ReadyReport("pipeline_stage", PivotSpec("stage", None, "opportunities"),
                    second="pipeline"),
        ReadyReport("activity_rep", PivotSpec("owner", "kind", "activities")),
        ReadyReport("overdue_ageing", PivotSpec("ageing", None, "outstanding"),
                    second="overdue_contracts"),
    )
}  # fmt: skip


class Reports:
    """Ready reports and pivots of one replica."""

    def __init__(self, engine: PivotEngine) -> None:
        self.engine = engine

    def ready(self, key: str, start: date | None = None, end: date | None = None) -> Report:
        ready = READY[key]
        spec = replace(ready.spec, start=start, end=end)
        pivot = self.engine.pivot(spec)
        extras: list[Extra] = []
        if ready.second is not None:
            second = self.engine.pivot(
                PivotSpec(spec.rows, None, ready.second, spec.start, spec.end)
            )
            extras.append(
                Extra(
                    ready.second,
                    "money" if second.money else "count",
                    {r: second.value(r) for r in second.rows},
                    second.total,
                )
            )
            for row in second.rows:  # a month with payments and no contract is a row too
                if row not in pivot.row_totals:
                    pivot.rows.append(row)
                    pivot.row_totals[row] = ZERO
            if spec.rows in ("month", "stage", "ageing"):
                order = {k: i for i, k in enumerate(STAGES)} if spec.rows == "stage" else {}
                pivot.rows.sort(key=lambda k: (k == NONE, order.get(k, 0), k))
        if ready.share:
            extras.append(Extra("share", "percent", shares(pivot), Decimal(100)))
        if key == "pipeline_stage":
            reached, conversion = conversion_by_stage(pivot)
            extras.append(Extra("reached", "count", reached))
            extras.append(Extra("conversion", "percent", conversion))
        return Report(key, pivot, extras)

    def pivot(self, spec: PivotSpec) -> Pivot:
        return self.engine.pivot(spec)


def percent(part: Decimal, whole: Decimal) -> Decimal:
    if not whole:
        return ZERO
    return (part * 100 / whole).quantize(PERCENT, ROUND_HALF_UP)


def shares(pivot: Pivot) -> dict[str, Decimal]:
    return {row: percent(pivot.row_totals.get(row, ZERO), pivot.total) for row in pivot.rows}


def conversion_by_stage(pivot: Pivot) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """How many opportunities reached each stage, and the share of them that went on."""
    count = {stage: pivot.row_totals.get(stage, ZERO) for stage in STAGES}
    won, lost = count["won"], count["lost"]
    reached: dict[str, Decimal] = {}
    for i, stage in enumerate(OPEN_STAGES):
        later = sum((count[s] for s in OPEN_STAGES[i:]), ZERO) + won
        reached[stage] = later + (lost if i == 0 else ZERO)
    reached["won"] = won
    conversion: dict[str, Decimal] = {}
    for i, stage in enumerate(OPEN_STAGES):
        following = reached[OPEN_STAGES[i + 1]] if i + 1 < len(OPEN_STAGES) else won
        conversion[stage] = percent(following, reached[stage])
    conversion["won"] = percent(won, won + lost)
    return reached, conversion
