"""Offboarding: one action that closes a leaver's account and hands all their work on.

The account is deactivated (every token revoked at once); every customer they own moves, with
its whole history, to one successor or spread over a branch's reps (fewest customers first);
their open opportunities, open tasks and unresolved service requests follow their customers
(or go to the first successor when the customer is someone else's who is gone too). The
leaver's device, at its next contact, hands its unsynced edits to the review queue
(`server.review.handover.surrender`).
"""

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync.protocol import reasons
from sync.protocol.entities import Customer
from sync.protocol.enums import Role
from sync.protocol.staff import MovePlan, Share
from sync.protocol.types import utcnow

from .. import audit
from ..auth.service import revoke_all
from ..customers.service import (
    WORK,
    Plan,
    check_new_owner,
    find_user,
)
from ..errors import ApiError
from ..models import Branch, User
from ..permissions import answers_for


@dataclass
class OffboardReport:
    username: str
    customers: dict[str, int] = field(default_factory=dict)  # successor username -> count
    opportunities: int = 0
    tasks: int = 0
    service_requests: int = 0
    contracts: int = 0
    revoked_sessions: int = 0
    shares: list[Share] = field(default_factory=list)  # per successor, as the preview said

    def lines(self) -> list[str]:
        moved = sum(self.customers.values())
        out = [f"{self.username} is deactivated; {self.revoked_sessions} sessions revoked."]
        out.append(f"{moved} customers moved with their whole history:")
        out += [f"  {count:>6}  to {name}" for name, count in sorted(self.customers.items())]
        out.append(f"{self.opportunities} open opportunities reassigned")
        out.append(f"{self.tasks} open tasks reassigned")
        out.append(f"{self.service_requests} open service requests reassigned")
        out.append(f"{self.contracts} open contracts reassigned")
        return out


def _plan(
    session: Session,
    by: User | None,
    username: str,
    to_username: str | None,
    spread_branch: str | None,
) -> tuple[User, list[User], Plan]:
    """The leaver, their successors, and who takes what: their customers one by one to the
    successor with the fewest (by username on a tie), and their open work to its customer's
    new owner, else its customer's active owner, else the first successor."""
    leaver = find_user(session, username)
    if by is not None:
        if by.role not in (Role.MANAGER.value, Role.ADMIN.value) or not answers_for(
            session, by, leaver.branch_id
        ):
            raise ApiError(403, "forbidden", "You cannot offboard this user.")
        if by.id == leaver.id:
            raise ApiError(409, "offboard_self", "You cannot offboard yourself.")
    if leaver.role == Role.ADMIN.value:
        raise ApiError(409, "offboard_admin", "Administrators own no customers; deactivate them.")
    successors = _successors(session, by, leaver, to_username, spread_branch)
    plan = Plan(people={s.id: s for s in successors}, customers={s.id: [] for s in successors})

    customers = list(
        session.scalars(
            select(Customer)
            .where(Customer.owner_id == leaver.id)
            .order_by(Customer.id)
            .with_for_update()
        )
    )
    load = Counter({s.id: _customer_count(session, s.id) for s in successors})
    taker_of: dict[str, User] = {}
    for customer in customers:
        taker = min(successors, key=lambda s: (load[s.id], s.username))
        plan.customers[taker.id].append(customer)
        taker_of[customer.id] = taker
        load[taker.id] += 1

    first = successors[0]
    for kind, (cls, column, still_open) in WORK.items():
        query = (
            select(cls.id, cls.customer_id, User)
            .outerjoin(Customer, Customer.id == cls.customer_id)
            .outerjoin(
                User,
                (User.id == Customer.owner_id) & User.active.is_(True) & (User.id != leaver.id),
            )
            .where(column == leaver.id, still_open)
            .order_by(cls.id)
            .with_for_update(of=cls)
        )
        for row_id, customer_id, owner in session.execute(query):
            taker = taker_of.get(customer_id or "") or owner or first
            plan.give_work(kind, taker, row_id)
    return leaver, successors, plan


def preview(
    session: Session,
    *,
    by: User | None,
    username: str,
    to_username: str | None = None,
    spread_branch: str | None = None,
) -> MovePlan:
    """What `offboard` would move now, per successor, with the same checks; moves nothing."""
    return _plan(session, by, username, to_username, spread_branch)[2].answer()


def offboard(
    session: Session,
    *,
    by: User | None,
    username: str,
    to_username: str | None = None,
    spread_branch: str | None = None,
    reason: str | None = None,
) -> OffboardReport:
    """`by` None: the server's own command line (IT on the server)."""
    leaver, successors, plan = _plan(session, by, username, to_username, spread_branch)
    reason = reason or reasons.OWNER_LEFT  # translated by each client
    plan.carry_out(session, by=by, reason=reason)
    answer = plan.answer()
    report = OffboardReport(username=leaver.username, shares=answer.shares)
    for share in answer.shares:
        if share.customers:
            report.customers[share.username] = share.customers
    report.opportunities = answer.total("opportunities")
    report.tasks = answer.total("tasks")
    report.service_requests = answer.total("service_requests")
    report.contracts = answer.total("contracts")

    first = successors[0]
    leaver.active = False
    leaver.successor_id = first.id
    leaver.left_at = utcnow()
    report.revoked_sessions = revoke_all(session, leaver.id)
    audit.record(
        session,
        "offboard",
        user_id=by.id if by else None,
        entity="user",
        row_id=leaver.id,
        username=leaver.username,
        customers=report.customers,
        opportunities=report.opportunities,
        tasks=report.tasks,
        service_requests=report.service_requests,
        contracts=report.contracts,
        revoked_sessions=report.revoked_sessions,
        reason=reason,
    )
    return report


def _successors(
    session: Session,
    by: User | None,
    leaver: User,
    to_username: str | None,
    spread_branch: str | None,
) -> list[User]:
    if bool(to_username) == bool(spread_branch):
        raise ApiError(422, "successor_required", "Name one successor or a branch to spread over.")
    if to_username:
        successor = find_user(session, to_username)
        if successor.id == leaver.id:
            raise ApiError(409, "invalid_owner", "The successor cannot be the leaver.")
        check_new_owner(session, by, successor)
        return [successor]
    branch = session.scalar(select(Branch).where(Branch.name == spread_branch))
    if branch is None:
        raise ApiError(404, "branch_not_found", f"No branch named {spread_branch!r}.")
    reps = list(
        session.scalars(
            select(User)
            .where(
                User.branch_id == branch.id,
                User.role == Role.REP.value,
                User.active.is_(True),
                User.id != leaver.id,
            )
            .order_by(User.username)
        )
    )
    if not reps:
        raise ApiError(409, "no_successor", f"Branch {branch.name} has no active rep to take over.")
    for rep in reps:
        check_new_owner(session, by, rep)
    return reps


def _customer_count(session: Session, user_id: str) -> int:
    query = select(func.count()).select_from(Customer).where(Customer.owner_id == user_id)
    return session.scalar(query) or 0
