"""A manager's dashboard on Today (issue 19, item 6), from the replica (the branch): open
pipeline by stage, this month's won and paid against last month's, the top customers.

Won: opportunities at "won" whose expected close (else their last change) is in the month;
paid: payments received in the month; top customers: by contribution over the last 12 months.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import text

from ..replica import Replica
from .pivot import ZERO, PivotEngine, PivotSpec, number
from .sources import LINE_AMOUNT, STAGES

TOP = 5


@dataclass(frozen=True)
class StageFigure:
    stage: str
    count: int
    amount: Decimal


@dataclass(frozen=True)
class TopCustomer:
    customer_id: str
    name: str
    contribution: Decimal


@dataclass(frozen=True)
class Dashboard:
    month: str  # '2026-11'
    stages: list[StageFigure]  # the open stages, in order
    won: Decimal
    won_before: Decimal
    paid: Decimal
    paid_before: Decimal
    top: list[TopCustomer]


def month_start(day: date) -> date:
    return day.replace(day=1)


def previous_month(day: date) -> date:
    return month_start(month_start(day) - timedelta(days=1))


def read_dashboard(replica: Replica, today: date, engine: PivotEngine | None = None) -> Dashboard:
    """The figures; with `engine`, the top customers come from its pivot of contribution by
    customer (its in-memory copy, shared with the Reports page: a branch's million contract
    lines are read once, not at each visit of Today)."""
    this = month_start(today)
    before = previous_month(today)
    year_ago = date(today.year - 1, today.month, 1)
    months = {"this": this.isoformat()[:7], "before": before.isoformat()[:7]}
    with replica.reading() as session:
        stages = {
            str(stage): (int(count), number(amount, True))
            for stage, count, amount in session.execute(
                text(
                    "SELECT o.stage, COUNT(*), TOTAL(o.amount) FROM opportunities o "
                    "JOIN customers cu ON cu.id = o.customer_id "
                    "WHERE o.deleted_at IS NULL AND cu.deleted_at IS NULL "
                    "AND o.stage NOT IN ('won', 'lost') GROUP BY o.stage"
                )
            )
        }
        won = {
            str(month): number(amount, True)
            for month, amount in session.execute(
                text(
                    "SELECT substr(COALESCE(o.expected_close, o.updated_at), 1, 7) AS m, "
                    "TOTAL(o.amount) FROM opportunities o "
                    "JOIN customers cu ON cu.id = o.customer_id "
                    "WHERE o.deleted_at IS NULL AND cu.deleted_at IS NULL AND o.stage = 'won' "
                    "AND m IN (:this, :before) GROUP BY m"
                ),
                months,
            )
        }
        paid = {
            str(month): number(amount, True)
            for month, amount in session.execute(
                text(
                    "SELECT substr(pay.received_on, 1, 7) AS m, TOTAL(ROUND(pay.amount, 2)) "
                    "FROM payments pay JOIN customers cu ON cu.id = pay.customer_id "
                    "WHERE pay.deleted_at IS NULL AND cu.deleted_at IS NULL "
                    "AND pay.received_on >= :since AND m IN (:this, :before) GROUP BY m"
                ),
                {**months, "since": before.isoformat()},
            )
        }
        top = (
            []
            if engine is not None
            else [
                TopCustomer(str(cid), str(name), number(amount, True))
                for cid, name, amount in session.execute(
                    text(
                        f"SELECT cu.id, cu.name, TOTAL({LINE_AMOUNT}) AS v "
                        "FROM contract_lines l JOIN contracts k ON k.id = l.contract_id "
                        "JOIN customers cu ON cu.id = k.customer_id "
                        "WHERE l.deleted_at IS NULL AND k.deleted_at IS NULL "
                        "AND k.status != 'cancelled' AND cu.deleted_at IS NULL "
                        "AND k.signed_on >= :since "
                        "GROUP BY cu.id ORDER BY v DESC, cu.name LIMIT :n"
                    ),
                    {"since": year_ago.isoformat(), "n": TOP},
                )
                if amount
            ]
        )
    if engine is not None:
        pivot = engine.pivot(PivotSpec("customer", None, "contribution", year_ago, None))
        ranked = sorted(
            (r for r in pivot.rows if r and pivot.row_totals[r]),
            key=lambda r: (-pivot.row_totals[r], pivot.names.get(r, "")),
        )
        top = [TopCustomer(r, pivot.names.get(r, ""), pivot.row_totals[r]) for r in ranked[:TOP]]
    return Dashboard(
        month=months["this"],
        stages=[StageFigure(s, *stages.get(s, (0, ZERO))) for s in STAGES[:4]],
        won=won.get(months["this"], ZERO),
        won_before=won.get(months["before"], ZERO),
        paid=paid.get(months["this"], ZERO),
        paid_before=paid.get(months["before"], ZERO),
        top=top,
    )
