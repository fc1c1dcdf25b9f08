"""A manager's dashboard on Today (issue 19, item 6), from the replica (the branch): open
pipeline by stage, this month's won and paid against last month's, the top customers.

Customers whose tier fell: the tier changes the server computed (issue 19, item 2), which
reach the replica as the customer's history (the conflict log, reason `tier_computed`), in
the last 30 days, the newest per customer, lower than before (premium > major > ordinary >
potential > restricted).

Won: opportunities at "won" whose expected close (else their last change) is in the month;
paid: payments received in the month; top customers: by contribution over the last 12 months.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select, text

from sync.client.tables import LocalConflict
from sync.protocol.tiers import HISTORY_REASON

from ..replica import Replica
from .pivot import ZERO, PivotEngine, PivotSpec, number
from .sources import LINE_AMOUNT, STAGES

TOP = 5
FELL_DAYS = 30
TIER_ORDER = ("premium", "major", "ordinary", "potential", "restricted")  # best first


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
class TierDrop:
    customer_id: str
    name: str
    before: str
    after: str
    at: datetime


@dataclass(frozen=True)
class Dashboard:
    month: str  # '2026-11'
    stages: list[StageFigure]  # the open stages, in order
    won: Decimal
    won_before: Decimal
    paid: Decimal
    paid_before: Decimal
    top: list[TopCustomer]
    fell: list[TierDrop] = field(default_factory=list)


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
        fell=tier_drops(replica, today),
        month=months["this"],
        stages=[StageFigure(s, *stages.get(s, (0, ZERO))) for s in STAGES[:4]],
        won=won.get(months["this"], ZERO),
        won_before=won.get(months["before"], ZERO),
        paid=paid.get(months["this"], ZERO),
        paid_before=paid.get(months["before"], ZERO),
        top=top,
    )


def tier_drops(replica: Replica, today: date, limit: int = TOP) -> list[TierDrop]:
    """Customers whose computed tier fell in the last `FELL_DAYS` days, latest first."""
    since = datetime.combine(today - timedelta(days=FELL_DAYS), datetime.min.time())
    rank = {tier: i for i, tier in enumerate(TIER_ORDER)}
    query = (
        select(LocalConflict.row_id, LocalConflict.lost_value, LocalConflict.kept_value,
               LocalConflict.at)
        .where(
            LocalConflict.reason == HISTORY_REASON,
            LocalConflict.entity == "customer",
            LocalConflict.field == "tier",
        )
        .order_by(LocalConflict.at.desc(), LocalConflict.version.desc())
    )  # fmt: skip
    newest: dict[str, tuple[str, str, datetime]] = {}
    with replica.reading() as session:
        for customer_id, before, after, at in session.execute(query):
            if _naive(at) < since or customer_id in newest:
                continue
            newest[customer_id] = (str(before), str(after), at)
        fell = [
            (cid, before, after, at)
            for cid, (before, after, at) in newest.items()
            if rank.get(after, -1) > rank.get(before, len(rank))
        ]
        ids = [cid for cid, *_ in fell]
        names: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join(f":i{n}" for n in range(len(chunk)))
            names.update(
                (str(i), str(n))
                for i, n in session.execute(
                    text(
                        f"SELECT id, name FROM customers WHERE id IN ({marks}) "
                        "AND deleted_at IS NULL"
                    ),
                    {f"i{n}": v for n, v in enumerate(chunk)},
                )
            )
    return [
        TierDrop(cid, names[cid], before, after, at)
        for cid, before, after, at in fell
        if cid in names
    ][:limit]


def _naive(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None) if moment.tzinfo else moment
