"""Branch customer pools: customers nobody looks after go back to their branch, where any of
its reps may claim them.

A branch's pool is off until a manager turns it on and sets, per tier, after how many days
without an interaction from the owner a customer returns (`BranchPool.days`; a tier without a
number never returns). `sweep` runs from `outpost-server pool-sweep` (a daily timer) or the
admin API. Returning and claiming are moves like any reassignment: ownership history, one
change number, the old owner's replica loses the customer and the claimer's gets it whole.
"""

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from sync.protocol import reasons
from sync.protocol.entities import Customer, Interaction
from sync.protocol.enums import Role, Tier
from sync.protocol.types import utcnow

from .. import audit
from ..customers.service import move
from ..errors import ApiError
from ..models import Branch, BranchPool, User
from ..permissions import answers_for, in_branches

MAX_DAYS = 3650


def configure(
    session: Session, by: User, branch_name: str, *, enabled: bool, days: dict[str, int]
) -> BranchPool:
    branch = session.scalar(select(Branch).where(Branch.name == branch_name))
    if branch is None or not answers_for(session, by, branch.id):
        raise ApiError(404, "branch_not_found", f"No branch named {branch_name!r} you manage.")
    tiers = {t.value for t in Tier}
    if not set(days) <= tiers or not all(1 <= n <= MAX_DAYS for n in days.values()):
        raise ApiError(
            422, "invalid_days", f"Days per tier ({', '.join(sorted(tiers))}), 1-{MAX_DAYS}."
        )
    pool = session.get(BranchPool, branch.id) or BranchPool(branch_id=branch.id)
    pool.enabled, pool.days = enabled, dict(days)
    session.add(pool)
    audit.record(
        session, "pool_configured", user_id=by.id, entity="branch", row_id=branch.id,
        enabled=enabled, days=days,
    )  # fmt: skip
    return pool


def sweep(
    session: Session, *, by: User | None = None, now: datetime | None = None
) -> dict[str, int]:
    """Return dormant customers of every enabled pool; branch name -> how many returned."""
    now = now or utcnow()
    returned: dict[str, int] = {}
    pools = session.execute(
        select(BranchPool, Branch).join(Branch).where(BranchPool.enabled.is_(True))
    ).all()
    for pool, branch in pools:
        count = 0
        for tier, days in sorted(pool.days.items()):
            dormant = _dormant(session, branch.id, tier, now - timedelta(days=days))
            count += move(session, dormant, None, by=by, reason=reasons.pool_return(days))
        pool.swept_at = now
        if count:
            returned[branch.name] = count
            audit.record(
                session, "pool_return", user_id=by.id if by else None, entity="branch",
                row_id=branch.id, count=count,
            )  # fmt: skip
    return returned


def _dormant(session: Session, branch_id: str, tier: str, before: datetime) -> list[Customer]:
    """Owned customers of the tier whose owner's last interaction (or, with none, the
    customer's creation) is older than `before`."""
    last_contact = (
        select(func.max(Interaction.occurred_at))
        .where(
            Interaction.customer_id == Customer.id,
            Interaction.user_id == Customer.owner_id,
            Interaction.deleted_at.is_(None),
        )
        .scalar_subquery()
    )
    query = (
        select(Customer)
        .where(
            Customer.branch_id == branch_id,
            Customer.tier == tier,
            Customer.owner_id.is_not(None),
            Customer.deleted_at.is_(None),
            or_(
                last_contact < before,
                and_(last_contact.is_(None), Customer.created_at < before),
            ),
        )
        .with_for_update()
    )
    return list(session.scalars(query))


def pooled(session: Session, by: User, limit: int = 1000) -> list[dict[str, Any]]:
    """The pool of the caller's branch (managers: of the branches they manage)."""
    if by.role == Role.ADMIN.value:
        where = Customer.branch_id.is_not(None)
    elif by.role == Role.MANAGER.value:
        where = in_branches(by, Customer.branch_id)
    else:
        where = Customer.branch_id == by.branch_id
    query = (
        select(Customer.id, Customer.name, Customer.city, Customer.tier, Customer.updated_at)
        .where(Customer.owner_id.is_(None), Customer.deleted_at.is_(None), where)
        .order_by(Customer.updated_at.desc())
        .limit(limit)
    )
    return [
        {"id": i, "name": name, "city": city, "tier": tier, "pooled_at": at}
        for i, name, city, tier, at in session.execute(query)
    ]


def claim(session: Session, by: User, customer_id: str) -> None:
    """A rep of the branch (or its manager) takes a pooled customer."""
    customer = session.get(Customer, customer_id, with_for_update=True)
    mine = customer is not None and (
        customer.branch_id == by.branch_id or answers_for(session, by, customer.branch_id)
    )
    if customer is None or not mine or by.role == Role.ADMIN.value:
        raise ApiError(404, "not_found", "There is no such customer in your branch's pool.")
    if customer.owner_id is not None:
        raise ApiError(409, "already_claimed", "Someone already took this customer.")
    move(session, [customer], by, by=by, reason=reasons.POOL_CLAIM)
    audit.record(session, "pool_claim", user_id=by.id, entity="customer", row_id=customer_id)
