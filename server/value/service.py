"""Company-wide value tiers: the policy, the figures, Preview and Apply (see the package)."""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import and_, bindparam, case, func, literal, select, text, update
from sqlalchemy.orm import Session

from sync.protocol.entities import (
    Contract,
    ContractLine,
    Customer,
    Interaction,
    Opportunity,
    Payment,
)
from sync.protocol.enums import ContractStatus, OpportunityStage, Role
from sync.protocol.tiers import (
    COUNTED,
    HISTORY_REASON,
    Figures,
    ParetoCustomer,
    TierApplied,
    TierPareto,
    TierPolicy,
    TierPreview,
    TierSettings,
    TierStanding,
    Verdict,
    assign,
    figures_window,
    pareto,
    top_count,
    top_share,
)
from sync.protocol.types import new_id, utcnow

from .. import audit
from ..models import ConflictEntry, TierPolicyRecord, User
from ..permissions import require_role
from ..sync.versions import next_version

CENT = Decimal("0.01")
ROW = 1  # the policy's one row
CUSTOMERS = Customer.__table__
CLOSED_STAGES = (OpportunityStage.WON.value, OpportunityStage.LOST.value)
CHUNK = 20_000


def _line_amount() -> Any:
    """A line's amount to the cent, in SQL (numeric on PostgreSQL)."""
    line = ContractLine
    return func.round(line.quantity * line.unit_price * (literal(1) - line.discount), 2)


ZERO = Decimal(0)


def _money(value: Any) -> Decimal:
    if value is None:
        return ZERO
    if isinstance(value, Decimal):  # PostgreSQL: sums of amounts rounded to the cent
        return value
    return Decimal(str(value)).quantize(CENT, ROUND_HALF_UP)  # SQLite: REAL


# --- the policy ----------------------------------------------------------------------------


def settings(session: Session) -> TierSettings:
    """The policy (defaults until someone saves one) and the last published standing."""
    row = session.get(TierPolicyRecord, ROW)
    if row is None:
        return TierSettings()
    standing = TierStanding.model_validate(row.standing) if row.standing else None
    return TierSettings(
        policy=TierPolicy.model_validate(row.policy), standing=standing, updated_at=row.updated_at
    )


def save_policy(session: Session, by: User | None, policy: TierPolicy) -> None:
    """Managers and administrators set the company's policy (the CLI: by None)."""
    if by is not None:
        require_role(by, Role.MANAGER, Role.ADMIN)
    row = session.get(TierPolicyRecord, ROW) or TierPolicyRecord(id=ROW, policy={})
    row.policy = policy.model_dump(mode="json")
    row.updated_at, row.updated_by = utcnow(), by.id if by else None
    session.add(row)
    audit.record(
        session, "tier_policy", user_id=by.id if by else None, entity="tier_policy",
        row_id=str(ROW), **row.policy,
    )  # fmt: skip


def _publish(session: Session, policy: TierPolicy, standing: TierStanding) -> None:
    row = session.get(TierPolicyRecord, ROW)
    if row is None:
        row = TierPolicyRecord(id=ROW, policy=policy.model_dump(mode="json"))
        session.add(row)
    row.standing = standing.model_dump(mode="json")


# --- the figures ---------------------------------------------------------------------------


def contributions(
    session: Session, start: date, end: date, customer_ids: Sequence[str] | None = None
) -> dict[str, Decimal]:
    """Customer id -> contribution: the lines of its active and completed contracts signed
    in [start, end], each to the cent. For reports as well as tiers."""
    query = (
        select(Contract.customer_id, func.sum(_line_amount()))
        .join(ContractLine, ContractLine.contract_id == Contract.id)
        .where(
            Contract.deleted_at.is_(None),
            ContractLine.deleted_at.is_(None),
            Contract.status.in_(COUNTED),
            Contract.signed_on >= start,
            Contract.signed_on <= end,
        )
        .group_by(Contract.customer_id)
    )
    if customer_ids is not None:
        query = query.where(Contract.customer_id.in_(customer_ids))
    return {customer: _money(total) for customer, total in session.execute(query)}


def figures(
    session: Session, policy: TierPolicy, as_of: date, ids: Iterable[str] | None = None
) -> list[Figures]:
    """Every live customer's figures over the policy's window ending `as_of` (`ids`: the
    live customers, when the caller read them already)."""
    before, start, end = figures_window(policy, as_of)
    if session.connection().dialect.name == "postgresql":
        # grouping a million customers: hash them in memory rather than sort on disk (this
        # transaction only)
        session.execute(text("SET LOCAL work_mem = '256MB'"))
    amount = _line_amount()
    current = Contract.signed_on >= start
    money: dict[str, tuple[Any, Any, int, date | None]] = {
        row[0]: row[1:]
        for row in session.execute(
            select(
                Contract.customer_id,
                func.sum(case((current, amount), else_=0)),
                func.sum(case((current, literal(0)), else_=amount)),
                func.count(func.distinct(case((current, Contract.id)))),
                func.max(case((current, Contract.signed_on))),
            )
            .outerjoin(
                ContractLine,
                and_(ContractLine.contract_id == Contract.id, ContractLine.deleted_at.is_(None)),
            )
            .where(
                Contract.deleted_at.is_(None),
                Contract.status.in_(COUNTED),
                Contract.signed_on >= before,
                Contract.signed_on <= end,
            )
            .group_by(Contract.customer_id)
        )
    }
    overdue = _overdue(session, as_of)
    opportunities = dict(
        session.execute(
            select(Opportunity.customer_id, func.count())
            .where(Opportunity.deleted_at.is_(None), Opportunity.stage.not_in(CLOSED_STAGES))
            .group_by(Opportunity.customer_id)
        ).all()
    )
    since = datetime.combine(
        as_of - timedelta(days=policy.potential_contact_days), datetime.min.time(), UTC
    )
    contacts: dict[str, date] = {}
    for customer, contact in session.execute(
        select(Interaction.customer_id, func.max(Interaction.occurred_at))
        .where(Interaction.deleted_at.is_(None), Interaction.occurred_at >= since)
        .group_by(Interaction.customer_id)
    ):
        contacts[customer] = contact.date() if isinstance(contact, datetime) else as_of
    if ids is None:
        ids = session.scalars(select(Customer.id).where(Customer.deleted_at.is_(None)))
    out = []
    nothing = (None, None, 0, None)
    for customer_id in ids:
        now_, before_, count, last = money.get(customer_id, nothing)
        out.append(
            Figures(
                customer_id,
                ZERO if now_ is None else _money(now_),
                ZERO if before_ is None else _money(before_),
                int(count),
                None if last is None else _day(last),
                overdue.get(customer_id, 0),
                int(opportunities.get(customer_id, 0)),
                contacts.get(customer_id),
            )
        )
    return out


def _overdue(session: Session, as_of: date) -> dict[str, int]:
    """Customer id -> the most days any of its balances is past due (only those past due)."""
    due = (
        Contract.deleted_at.is_(None),
        Contract.payment_due < as_of,
        Contract.status != ContractStatus.CANCELLED.value,
    )
    totals: dict[str, Decimal] = defaultdict(Decimal)
    facts: dict[str, tuple[str, date]] = {}
    for contract_id, customer_id, payment_due, total in session.execute(
        select(Contract.id, Contract.customer_id, Contract.payment_due, func.sum(_line_amount()))
        .join(ContractLine, ContractLine.contract_id == Contract.id)
        .where(*due, ContractLine.deleted_at.is_(None))
        .group_by(Contract.id, Contract.customer_id, Contract.payment_due)
    ):
        totals[contract_id] = _money(total)
        facts[contract_id] = (customer_id, payment_due)
    for contract_id, paid in session.execute(
        select(Payment.contract_id, func.sum(Payment.amount))
        .join(Contract, Contract.id == Payment.contract_id)
        .where(*due, Payment.deleted_at.is_(None))
        .group_by(Payment.contract_id)
    ):
        totals[contract_id] -= _money(paid)
    out: dict[str, int] = {}
    for contract_id, (customer_id, payment_due) in facts.items():
        if totals[contract_id] > 0:
            days = (as_of - payment_due).days
            out[customer_id] = max(out.get(customer_id, 0), days)
    return out


def _day(value: Any) -> date | None:
    """A date from max() over a CASE (SQLite answers text)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


# --- Preview and Apply -----------------------------------------------------------------------


def _require(by: User | None) -> None:
    if by is not None:
        require_role(by, Role.MANAGER, Role.ADMIN)


def _current(session: Session) -> dict[str, tuple[str, str | None, bool]]:
    query = select(Customer.id, Customer.tier, Customer.computed_tier, Customer.tier_locked)
    return {
        row_id: (tier, computed, bool(locked))
        for row_id, tier, computed, locked in session.execute(
            query.where(Customer.deleted_at.is_(None))
        )
    }


def _plan(
    session: Session, policy: TierPolicy, as_of: date
) -> tuple[
    list[Figures], dict[str, Verdict], TierStanding, dict[str, tuple[str, str | None, bool]]
]:
    current = _current(session)
    found = figures(session, policy, as_of, current)
    verdicts, standing = assign(found, policy, as_of)
    return found, verdicts, standing, current


def preview(
    session: Session, by: User | None, policy: TierPolicy | None = None, as_of: date | None = None
) -> TierPreview:
    """What Apply would do with `policy` (default: the saved one); nothing is written."""
    _require(by)
    policy = policy or settings(session).policy
    as_of = as_of or utcnow().date()
    found, verdicts, standing, current = _plan(session, policy, as_of)
    matrix: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    counts: dict[str, int] = defaultdict(int)
    changes = locked = 0
    for customer_id, (tier, _computed, is_locked) in current.items():
        verdict = verdicts.get(customer_id)
        if verdict is None:
            continue
        counts[verdict.tier] += 1
        new = tier if is_locked else verdict.tier
        locked += is_locked
        changes += new != tier
        matrix[tier][new] += 1
    values = [f.contribution for f in found]
    return TierPreview(
        as_of=as_of,
        customers=len(current),
        matrix={k: dict(v) for k, v in matrix.items()},
        counts=dict(counts),
        changes=changes,
        locked=locked,
        pareto=pareto(values),
        top20_share=top_share(values),
        standing=standing,
    )


def apply(
    session: Session,
    by: User | None,
    policy: TierPolicy | None = None,
    as_of: date | None = None,
) -> TierApplied:
    """Compute every customer's tier and write the changes: `computed_tier` always, `tier`
    unless a manager locked it; one change number for all, and for each changed `tier` a
    history entry (conflict log, reason `tier_computed`) that syncs with the customer."""
    _require(by)
    if policy is not None:
        save_policy(session, by, policy)
    policy = policy or settings(session).policy
    as_of = as_of or utcnow().date()
    _found, verdicts, standing, current = _plan(session, policy, as_of)
    changed: list[tuple[str, str, str]] = []  # id, tier, computed
    history: list[tuple[str, str, str]] = []  # id, from, to
    counts: dict[str, int] = defaultdict(int)
    for customer_id, (tier, computed, locked) in current.items():
        verdict = verdicts.get(customer_id)
        if verdict is None:
            continue
        counts[verdict.tier] += 1
        new = tier if locked else verdict.tier
        # `computed_tier` is written with a tier change, for a locked customer, or when one
        # was written before: a customer whose tier is already the computed one is not
        # touched (a first sweep would otherwise send every customer to every replica)
        stale = computed != verdict.tier and (locked or computed is not None)
        if new != tier or stale:
            changed.append((customer_id, new, verdict.tier))
        if new != tier:
            history.append((customer_id, tier, new))
    _publish(session, policy, standing)
    if changed:
        version, now = next_version(session), utcnow()
        _write(session, changed, version, now, by)
        _history(session, history, version, now, by)
    audit.record(
        session, "tier_apply", user_id=by.id if by else None, entity="tier_policy",
        row_id=str(ROW), changed=len(history), as_of=as_of.isoformat(),
    )  # fmt: skip
    return TierApplied(as_of=as_of, changed=len(history), counts=dict(counts))


def _write(
    session: Session,
    changed: Sequence[tuple[str, str, str]],
    version: int,
    now: datetime,
    by: User | None,
) -> None:
    connection = session.connection()
    author = by.id if by else None
    if connection.dialect.name == "postgresql":
        statement = text(
            "UPDATE customers AS c SET tier = v.tier, computed_tier = v.computed,"
            " version = :version, updated_at = :now,"
            " updated_by = COALESCE(CAST(:author AS VARCHAR), c.updated_by)"
            " FROM (SELECT unnest(CAST(:ids AS VARCHAR[])) AS id,"
            " unnest(CAST(:tiers AS VARCHAR[])) AS tier,"
            " unnest(CAST(:computed AS VARCHAR[])) AS computed) AS v WHERE c.id = v.id"
        )
        for start in range(0, len(changed), CHUNK):
            part = changed[start : start + CHUNK]
            connection.execute(
                statement,
                {
                    "ids": [c[0] for c in part],
                    "tiers": [c[1] for c in part],
                    "computed": [c[2] for c in part],
                    "version": version,
                    "now": now,
                    "author": author,
                },
            )
        return
    values: dict[str, Any] = {
        "tier": bindparam("new_tier"),
        "computed_tier": bindparam("new_computed"),
        "version": version,
        "updated_at": now,
    }
    if author is not None:
        values["updated_by"] = author
    statement_ = update(CUSTOMERS).where(CUSTOMERS.c.id == bindparam("row")).values(**values)
    connection.execute(
        statement_, [{"row": c[0], "new_tier": c[1], "new_computed": c[2]} for c in changed]
    )


def _history(
    session: Session,
    history: Iterable[tuple[str, str, str]],
    version: int,
    now: datetime,
    by: User | None,
) -> None:
    rows = [
        {
            "version": version,
            "customer_id": customer_id,
            "entity": "customer",
            "row_id": customer_id,
            "field": "tier",
            "lost_value": old,
            "kept_value": new,
            "lost_by": None,
            "kept_by": by.id if by else None,
            "reason": HISTORY_REASON,
            "at": now,
        }
        for customer_id, old, new in history
    ]
    connection = session.connection()
    if connection.dialect.name == "postgresql":  # one INSERT ... SELECT per chunk, not a row each
        statement = text(
            "INSERT INTO conflicts (id, version, customer_id, entity, row_id, field, lost_value,"
            " kept_value, lost_by, kept_by, reason, at)"
            " SELECT v.id, :version, v.customer, 'customer', v.customer, 'tier', to_json(v.lost),"
            " to_json(v.kept), NULL, CAST(:by AS VARCHAR), :reason, :at"
            " FROM unnest(CAST(:ids AS VARCHAR[]), CAST(:customers AS VARCHAR[]),"
            " CAST(:lost AS VARCHAR[]), CAST(:kept AS VARCHAR[])) AS v(id, customer, lost, kept)"
        )
        for start in range(0, len(rows), CHUNK):
            part = rows[start : start + CHUNK]
            connection.execute(
                statement,
                {
                    "ids": [new_id() for _ in part],
                    "customers": [r["customer_id"] for r in part],
                    "lost": [r["lost_value"] for r in part],
                    "kept": [r["kept_value"] for r in part],
                    "version": version,
                    "by": by.id if by else None,
                    "reason": HISTORY_REASON,
                    "at": now,
                },
            )
        return
    table = ConflictEntry.__table__
    for start in range(0, len(rows), CHUNK):
        session.execute(table.insert(), rows[start : start + CHUNK])


def company_pareto(session: Session, by: User | None, limit: int = 500) -> TierPareto:
    """The company's 80/20 over the saved policy's window ending today: administrators and
    managers (a manager's own branch is on their replica)."""
    _require(by)
    _, start, end = figures_window(settings(session).policy, utcnow().date())
    values = {k: v for k, v in contributions(session, start, end).items() if v > 0}
    best = sorted(values.items(), key=lambda kv: (-kv[1], kv[0]))
    count = top_count(len(best))
    shown = best[: min(count, limit)]
    names = dict(
        session.execute(
            select(Customer.id, Customer.name).where(Customer.id.in_([k for k, _ in shown]))
        ).all()
    )
    return TierPareto(
        start=start,
        end=end,
        customers=len(values),
        total=sum(values.values(), Decimal(0)),
        curve=pareto(values.values()),
        top_share=top_share(list(values.values())),
        top_count=count,
        top=[ParetoCustomer(id=k, name=names.get(k, ""), contribution=v) for k, v in shown],
    )
