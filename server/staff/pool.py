"""Branch customer pools: customers nobody looks after go back to their branch, where any of
its reps may claim them.

A branch's pool is off until a manager turns it on and sets, per tier, after how many days
without an interaction from the owner a customer returns (`BranchPool.days`; a tier without a
number never returns). `sweep` runs from `outpost-server pool-sweep` (a daily timer) or the
admin API. Returning and claiming are moves like any reassignment: ownership history, one
change number, the old owner's replica loses the customer and the claimer's gets it whole.
"""

from collections import Counter
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from sync.protocol import reasons
from sync.protocol.entities import Contract, Customer, Interaction
from sync.protocol.enums import ContractStatus, Role, Tier
from sync.protocol.staff import PoolFigure
from sync.protocol.types import utcnow

from .. import audit
from ..customers.service import check_new_owner, find_user, move
from ..errors import ApiError
from ..models import Branch, BranchPool, CustomerMove, User
from ..permissions import answers_for, in_branches

MAX_DAYS = 3650
# A customer with a contract in one of these states is never swept back to the pool: the
# deal is being delivered or waits for credit, and its owner must see it through.
LOCKING_CONTRACTS = (ContractStatus.DRAFT, ContractStatus.ACTIVE, ContractStatus.HELD)
RULES = ("daily_claims", "max_owned", "reclaim_ban_days", "remind_days")
"""Issue 23, item 2: further rules of a pool, each None (no such rule) or a positive number;
the wire (`PoolSettings`) bounds them."""


def configure(
    session: Session,
    by: User,
    branch_name: str,
    *,
    enabled: bool,
    days: dict[str, int],
    **rules: int | None,
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
    if not set(rules) <= set(RULES) or any(n is not None and n < 1 for n in rules.values()):
        raise ApiError(422, "invalid_rules", f"Pool rules ({', '.join(RULES)}) are 1 or more.")
    pool.enabled, pool.days = enabled, dict(days)
    for rule in RULES:  # the settings are sent whole: a rule left out is no rule
        setattr(pool, rule, rules.get(rule))
    session.add(pool)
    audit.record(
        session, "pool_configured", user_id=by.id, entity="branch", row_id=branch.id,
        enabled=enabled, days=days, **{k: v for k, v in rules.items() if v is not None},
    )  # fmt: skip
    return pool


def rules_of(session: Session, branch_id: str | None) -> BranchPool | None:
    """The branch's pool when it is on."""
    pool = session.get(BranchPool, branch_id) if branch_id else None
    return pool if pool is not None and pool.enabled else None


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
    open_contract = (
        select(Contract.id)
        .where(
            Contract.customer_id == Customer.id,
            Contract.status.in_(LOCKING_CONTRACTS),
            Contract.deleted_at.is_(None),
        )
        .exists()
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
            ~open_contract,  # locked against the sweep while a contract runs
        )
        .with_for_update()
    )
    return list(session.scalars(query))


def _last_contact() -> Any:
    return (
        select(func.max(Interaction.occurred_at))
        .where(
            Interaction.customer_id == Customer.id,
            Interaction.user_id == Customer.owner_id,
            Interaction.deleted_at.is_(None),
        )
        .scalar_subquery()
    )


def returns_at(session: Session, branch_id: str) -> dict[str, datetime]:
    """When each owned customer of the branch falls due for return (the first sweep at or
    after it returns it): the owner's last interaction, or with none the customer's creation,
    plus its tier's days. The owner's Today counts down to the same moment from the replica
    (`app.pool.returning`)."""
    pool = rules_of(session, branch_id)
    if pool is None:
        return {}
    out: dict[str, datetime] = {}
    for tier, days in pool.days.items():
        query = select(Customer.id, _last_contact(), Customer.created_at).where(
            Customer.branch_id == branch_id,
            Customer.tier == tier,
            Customer.owner_id.is_not(None),
            Customer.deleted_at.is_(None),
        )
        for customer_id, last, created in session.execute(query):
            since = _aware(last) if last is not None else _aware(created)
            out[customer_id] = since + timedelta(days=days)
    return out


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def pooled(session: Session, by: User, limit: int = 1000) -> list[dict[str, Any]]:
    """The pool of the caller's branch (managers: of the branches they manage)."""
    if by.role == Role.ADMIN.value:
        where = Customer.branch_id.is_not(None)
    elif by.role == Role.MANAGER.value:
        where = in_branches(by, Customer.branch_id)
    else:
        where = Customer.branch_id == by.branch_id
    query = (
        select(
            Customer.id,
            Customer.name,
            Customer.city,
            Customer.tier,
            Customer.updated_at,
            Customer.branch_id,
        )
        .where(Customer.owner_id.is_(None), Customer.deleted_at.is_(None), where)
        .order_by(Customer.updated_at.desc())
        .limit(limit)
    )
    rows = [
        {"id": i, "name": name, "city": city, "tier": tier, "pooled_at": at, "branch": branch}
        for i, name, city, tier, at, branch in session.execute(query)
    ]
    returns = _returns(session, [row["id"] for row in rows])
    names = _usernames(
        session, {u for m in returns.values() for u in (m.by_user, m.from_owner) if u}
    )
    bans: dict[str, int | None] = {}
    now = utcnow()
    for row in rows:
        branch = row.pop("branch")
        back = returns.get(row["id"])
        if back is None:
            continue  # pooled before the history was kept, or created without an owner
        row["pooled_at"] = back.at
        row["reason"] = back.reason
        row["returned_by"] = names.get(back.by_user) if back.by_user else None
        row["former_owner"] = names.get(back.from_owner) if back.from_owner else None
        if back.from_owner == by.id:
            if branch not in bans:
                pool = rules_of(session, branch)
                bans[branch] = pool.reclaim_ban_days if pool else None
            ban = bans[branch]
            if ban and _aware(back.at) + timedelta(days=ban) > now:
                row["claimable_from"] = _aware(back.at) + timedelta(days=ban)
    return rows


def _returns(session: Session, ids: list[str]) -> dict[str, CustomerMove]:
    """The last move into the pool of each customer."""
    out: dict[str, CustomerMove] = {}
    for start in range(0, len(ids), 500):
        query = (
            select(CustomerMove)
            .where(
                CustomerMove.customer_id.in_(ids[start : start + 500]),
                CustomerMove.to_owner.is_(None),
            )
            .order_by(CustomerMove.id)
        )
        for back in session.scalars(query):
            out[back.customer_id] = back
    return out


def _usernames(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(session.execute(select(User.id, User.username).where(User.id.in_(ids))).all())


def claim(session: Session, by: User, customer_id: str, now: datetime | None = None) -> None:
    """A rep of the branch (or its manager) takes a pooled customer.

    The claimer's row is locked first, so one person's claims are counted one at a time
    (the daily cap holds under double-clicks from two laptops), then the customer's: of two
    people claiming it at once, the second waits and finds it taken (409 `already_claimed`)."""
    now = now or utcnow()
    session.execute(select(User.id).where(User.id == by.id).with_for_update())
    customer = session.get(Customer, customer_id, with_for_update=True, populate_existing=True)
    mine = customer is not None and (
        customer.branch_id == by.branch_id or answers_for(session, by, customer.branch_id)
    )
    if customer is None or not mine or by.role == Role.ADMIN.value:
        raise ApiError(404, "not_found", "There is no such customer in your branch's pool.")
    if customer.owner_id is not None:
        raise ApiError(409, "already_claimed", "Someone already took this customer.")
    pool = rules_of(session, customer.branch_id)
    if pool is not None:
        _check_rules(session, pool, by, customer_id, now)
    move(session, [customer], by, by=by, reason=reasons.POOL_CLAIM)
    audit.record(session, "pool_claim", user_id=by.id, entity="customer", row_id=customer_id)


def _check_rules(
    session: Session, pool: BranchPool, by: User, customer_id: str, now: datetime
) -> None:
    if pool.reclaim_ban_days:
        last = session.scalar(
            select(CustomerMove)
            .where(CustomerMove.customer_id == customer_id, CustomerMove.to_owner.is_(None))
            .order_by(CustomerMove.id.desc())
            .limit(1)
        )
        if last is not None and last.from_owner == by.id:
            until = _aware(last.at) + timedelta(days=pool.reclaim_ban_days)
            if until > now:
                raise ApiError(
                    409,
                    "reclaim_ban",
                    f"You owned this customer until it returned to the pool; you may claim it "
                    f"again from {until:%Y-%m-%d %H:%M} UTC.",
                )
    if pool.daily_claims:
        midnight = datetime.combine(now.astimezone(UTC).date(), time(), UTC)
        claimed = session.scalar(
            select(func.count())
            .select_from(CustomerMove)
            .where(
                CustomerMove.by_user == by.id,
                CustomerMove.to_owner == by.id,
                CustomerMove.reason == reasons.POOL_CLAIM,
                CustomerMove.at >= midnight,
            )
        )
        if (claimed or 0) >= pool.daily_claims:
            raise ApiError(
                409,
                "claim_cap",
                f"You have claimed {claimed} customers today, the most your branch allows.",
            )
    if pool.max_owned:
        owned = session.scalar(
            select(func.count())
            .select_from(Customer)
            .where(Customer.owner_id == by.id, Customer.deleted_at.is_(None))
        )
        if (owned or 0) >= pool.max_owned:
            raise ApiError(
                409,
                "owned_cap",
                f"You own {owned} customers, the most your branch allows; claim after "
                f"handing some on.",
            )


# --- by hand: return, assign; the month's figures (issue 23, item 2) ----------------------


def return_to_pool(
    session: Session, by: User, customer_ids: list[str], note: str | None = None
) -> int:
    """Customers handed back to their branch pool by their owner or a manager of the branch.
    All or none: a customer out of reach, someone else's (for a rep), already pooled or in a
    branch without a pool refuses the whole request."""
    wanted = sorted(set(customer_ids))
    customers = list(
        session.scalars(
            select(Customer)
            .where(Customer.id.in_(wanted), Customer.deleted_at.is_(None))
            .order_by(Customer.id)
            .with_for_update()
        )
    )
    staff = by.role in (Role.MANAGER.value, Role.ADMIN.value)
    found = {c.id: c for c in customers}
    for customer_id in wanted:
        customer = found.get(customer_id)
        if customer is None:
            raise ApiError(404, "not_found", "There is no such customer of yours.")
        in_branch = customer.branch_id == by.branch_id or (
            staff and answers_for(session, by, customer.branch_id)
        )
        if customer.owner_id is None and in_branch:
            raise ApiError(409, "already_pooled", f"{customer.name} is in the pool already.")
        if not (customer.owner_id == by.id or (staff and in_branch)):
            raise ApiError(404, "not_found", "There is no such customer of yours.")
        if rules_of(session, customer.branch_id) is None:
            raise ApiError(
                409, "pool_off", "Your branch has no customer pool; ask your manager to open it."
            )
    moved = move(session, customers, None, by=by, reason=note or reasons.POOL_RETURNED)
    audit.record(
        session, "pool_return", user_id=by.id, entity="customer",
        row_id=wanted[0] if len(wanted) == 1 else None, count=moved, by_hand=True,
    )  # fmt: skip
    return moved


def assign(session: Session, by: User, customer_id: str, username: str) -> None:
    """A manager gives a pooled customer of their branch to one of its people (the claim
    rules are the reps' own: a manager's decision is not capped by them)."""
    customer = session.get(Customer, customer_id, with_for_update=True, populate_existing=True)
    staff = by.role in (Role.MANAGER.value, Role.ADMIN.value)
    if customer is None or not staff or not answers_for(session, by, customer.branch_id):
        raise ApiError(404, "not_found", "There is no such customer in a pool you manage.")
    if customer.owner_id is not None:
        raise ApiError(409, "already_claimed", "Someone already took this customer.")
    target = find_user(session, username)
    check_new_owner(session, by, target)
    if target.branch_id != customer.branch_id:
        raise ApiError(
            409, "other_branch", f"{target.username} works in another branch than this pool's."
        )
    move(session, [customer], target, by=by, reason=reasons.POOL_ASSIGNED)
    audit.record(
        session, "pool_assign", user_id=by.id, entity="customer", row_id=customer_id,
        to=target.username,
    )  # fmt: skip


def figures(session: Session, by: User, month: datetime) -> list[PoolFigure]:
    """Per person of the caller's branches (a rep: only themselves), the month's pool
    traffic from the ownership history: returned by hand, swept, claimed, assigned."""
    start = datetime(month.year, month.month, 1, tzinfo=UTC)
    end = datetime(start.year + start.month // 12, start.month % 12 + 1, 1, tzinfo=UTC)
    people_where: Any
    if by.role == Role.ADMIN.value:
        people_where = User.branch_id.is_not(None)
    elif by.role == Role.MANAGER.value:
        people_where = in_branches(by, User.branch_id)
    else:
        people_where = User.id == by.id
    people = {
        user.id: user
        for user in session.scalars(
            select(User).where(people_where, User.role != Role.ADMIN.value).order_by(User.username)
        )
    }
    counts: dict[str, Counter[str]] = {user_id: Counter() for user_id in people}
    moves = session.execute(
        select(CustomerMove.from_owner, CustomerMove.to_owner, CustomerMove.reason)
        .where(CustomerMove.at >= start, CustomerMove.at < end)
        .where(or_(CustomerMove.to_owner.is_(None), CustomerMove.from_owner.is_(None)))
    )
    for from_owner, to_owner, reason in moves:
        code = reasons.parse(reason)
        if to_owner is None and from_owner in counts:
            swept = code is not None and code[0] == reasons.POOL_RETURN
            counts[from_owner]["swept" if swept else "returned"] += 1
        elif from_owner is None and to_owner in counts:
            if reason == reasons.POOL_CLAIM:
                counts[to_owner]["claimed"] += 1
            elif reason == reasons.POOL_ASSIGNED:
                counts[to_owner]["assigned"] += 1
    return [
        PoolFigure(username=user.username, display_name=user.display_name, **counts[user_id])
        for user_id, user in people.items()
        if counts[user_id]
    ]
