"""Moving customers between owners: the customer and its whole history follow (principle 6).

One way in for every move (a manager's reassignment, offboarding, later the branch pool), so
each gets the same checks, a `customer_moves` row (ownership history and how pulls see scope
changes), one change number and an audit entry.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from sync.protocol.entities import Contract, Customer, Opportunity, ServiceRequest, Task
from sync.protocol.enums import ContractStatus, OpportunityStage, Role, ServiceStatus
from sync.protocol.staff import MovePlan, Share
from sync.protocol.types import utcnow

from .. import audit
from ..errors import ApiError
from ..models import Branch, CustomerMove, User
from ..permissions import answers_for, in_branches, require_staff_admin
from ..sync.versions import next_version

MAX_MOVE = 50_000


@dataclass(frozen=True)
class Selection:
    """Which customers: listed ids, or everything matching all the given filters."""

    customer_ids: Sequence[str] = ()
    owner: str | None = None  # username
    branch: str | None = None  # branch name
    city: str | None = None
    tier: str | None = None
    status: str | None = None

    def is_empty(self) -> bool:
        return not self.customer_ids and not any(
            (self.owner, self.branch, self.city, self.tier, self.status)
        )


def find_user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(func.lower(User.username) == username.lower()))
    if user is None:
        raise ApiError(404, "user_not_found", f"No user named {username!r}.")
    return user


def check_new_owner(session: Session, by: User | None, target: User) -> None:
    if not target.active or target.role == Role.ADMIN.value:
        raise ApiError(409, "invalid_owner", f"{target.username} cannot own customers.")
    if by is not None and not answers_for(session, by, target.branch_id):
        raise ApiError(403, "forbidden", "Managers hand customers only to their own branches.")


def select_customers(session: Session, by: User | None, selection: Selection) -> list[Customer]:
    """The selected customers, locked; 404 if a listed id is unknown or out of reach."""
    if selection.is_empty():
        raise ApiError(422, "empty_selection", "Choose customers or at least one filter.")
    query = select(Customer).with_for_update()
    if by is not None:
        query = query.where(in_branches(by, Customer.branch_id))
    if selection.customer_ids:
        query = query.where(Customer.id.in_(selection.customer_ids))
    if selection.owner:
        query = query.where(Customer.owner_id == find_user(session, selection.owner).id)
    if selection.branch:
        branch = session.scalar(select(Branch.id).where(Branch.name == selection.branch))
        query = query.where(Customer.branch_id == branch)
    for column, value in (
        (Customer.city, selection.city),
        (Customer.tier, selection.tier),
        (Customer.status, selection.status),
    ):
        if value:
            query = query.where(column == value)
    customers = list(session.scalars(query.limit(MAX_MOVE + 1)))
    if selection.customer_ids and len(customers) != len(set(selection.customer_ids)):
        raise ApiError(404, "not_found", "Some of these customers do not exist or are not yours.")
    if len(customers) > MAX_MOVE:
        raise ApiError(422, "too_many", f"Move at most {MAX_MOVE} customers at once.")
    return customers


def move(
    session: Session,
    customers: Sequence[Customer],
    target: User | None,
    *,
    by: User | None,
    reason: str | None,
    version: int | None = None,
) -> int:
    """Give `customers` to `target` (checked by the caller), or with None return them to their
    branch's pool; returns how many changed hands. `version`: a change number the caller
    already took for a larger transaction."""
    owner = target.id if target else None
    moving = [c for c in customers if c.owner_id != owner]
    if not moving:
        return 0
    now = utcnow()
    moves = [
        CustomerMove(
            customer_id=c.id,
            from_owner=c.owner_id,
            from_branch=c.branch_id,
            to_owner=owner,
            to_branch=target.branch_id if target else c.branch_id,
            by_user=by.id if by else None,
            reason=reason,
            at=now,
        )
        for c in moving
    ]
    for customer, record in zip(moving, moves, strict=True):
        customer.owner_id, customer.branch_id = owner, record.to_branch
        customer.updated_at, customer.updated_by = now, by.id if by else customer.updated_by
    version = version or next_version(session)
    for customer, record in zip(moving, moves, strict=True):
        customer.version = record.version = version
    session.add_all(moves)
    return len(moving)


# --- what a move takes with it (issue 26, item 4) ------------------------------------------

CLOSED_STAGES = (OpportunityStage.WON.value, OpportunityStage.LOST.value)
CLOSED_SERVICE = (ServiceStatus.RESOLVED.value, ServiceStatus.CLOSED.value)
OPEN_CONTRACTS = (
    ContractStatus.DRAFT.value,
    ContractStatus.ACTIVE.value,
    ContractStatus.HELD.value,
)
# Open work, and the column that says whose it is: what follows its customer to a new owner.
WORK: dict[str, tuple[Any, Any, Any]] = {
    "opportunities": (
        Opportunity,
        Opportunity.owner_id,
        Opportunity.stage.not_in(CLOSED_STAGES),
    ),
    "tasks": (Task, Task.assignee_id, Task.done.is_(False)),
    "service_requests": (
        ServiceRequest,
        ServiceRequest.assignee_id,
        ServiceRequest.status.not_in(CLOSED_SERVICE),
    ),
    # issue 19: a contract being delivered or waiting for credit needs an owner who is there
    "contracts": (Contract, Contract.owner_id, Contract.status.in_(OPEN_CONTRACTS)),
}
CHUNK = 500  # ids per IN (…), well under every database's limit of bound parameters


def chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


@dataclass
class Plan:
    """Who takes what in a move: customers and open work (row ids by kind), per successor.
    Computed once from locked rows; the preview shows it and the move carries it out, so
    the counts shown are the counts moved."""

    people: dict[str, User] = field(default_factory=dict)  # successors, by id
    customers: dict[str, list[Customer]] = field(default_factory=dict)  # successor id ->
    work: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # kind -> id -> rows

    def give_work(self, kind: str, to: User, row_id: str) -> None:
        self.people.setdefault(to.id, to)
        self.work.setdefault(kind, {}).setdefault(to.id, []).append(row_id)

    def shares(self) -> list[Share]:
        """Per successor, in the order they were named (then the others, by username)."""
        out = []
        for user_id, user in self.people.items():
            counts = {kind: len(self.work.get(kind, {}).get(user_id, ())) for kind in WORK}
            customers = len(self.customers.get(user_id, ()))
            if customers or any(counts.values()) or user_id in self.customers:
                out.append(
                    Share(
                        username=user.username,
                        display_name=user.display_name,
                        customers=customers,
                        **counts,
                    )
                )
        return out

    def answer(self) -> MovePlan:
        return MovePlan(shares=self.shares())

    def carry_out(self, session: Session, *, by: User | None, reason: str | None) -> int:
        """Move everything as planned under one change number; returns the customers moved."""
        version = next_version(session)
        moved = 0
        for user_id, customers in self.customers.items():
            moved += move(
                session, customers, self.people[user_id], by=by, reason=reason, version=version
            )
        now = utcnow()
        for kind, given in self.work.items():
            cls, column, _open = WORK[kind]
            for user_id, row_ids in given.items():
                for part in chunks(row_ids):
                    session.execute(
                        update(cls)
                        .where(cls.id.in_(part))
                        .values({column.key: user_id, "version": version, "updated_at": now})
                        .execution_options(synchronize_session=False)
                    )
        return moved


def plan_reassignment(session: Session, customers: Sequence[Customer], target: User) -> Plan:
    """The customers that change hands, and the open work their previous owner held on them
    (their opportunities, tasks, service requests), all to `target`."""
    plan = Plan(people={target.id: target})
    moving = [c for c in customers if c.owner_id != target.id]
    plan.customers[target.id] = moving
    for kind, (cls, column, still_open) in WORK.items():
        for part in chunks([c.id for c in moving]):
            query = (
                select(cls.id)
                .join(Customer, Customer.id == cls.customer_id)
                .where(Customer.id.in_(part), column == Customer.owner_id, still_open)
                .order_by(cls.id)
                .with_for_update(of=cls)
            )
            for row_id in session.scalars(query):
                plan.give_work(kind, target, row_id)
    return plan


def _reassignment(
    session: Session, by: User, selection: Selection, to_username: str
) -> tuple[User, list[Customer], Plan]:
    require_staff_admin(by)
    target = find_user(session, to_username)
    check_new_owner(session, by, target)
    customers = select_customers(session, by, selection)
    return target, customers, plan_reassignment(session, customers, target)


def preview_reassignment(
    session: Session, *, by: User, selection: Selection, to_username: str
) -> MovePlan:
    """What `reassign` would move now, with the same checks; moves nothing."""
    return _reassignment(session, by, selection, to_username)[2].answer()


def reassign(
    session: Session,
    *,
    by: User,
    selection: Selection,
    to_username: str,
    reason: str | None = None,
) -> MovePlan:
    """A manager's or admin's reassignment: the customers and their previous owner's open work
    on them go to the new owner. Returns what moved."""
    target, customers, plan = _reassignment(session, by, selection, to_username)
    moved = plan.carry_out(session, by=by, reason=reason)
    answer = plan.answer()
    audit.record(
        session,
        "reassign",
        user_id=by.id,
        entity="user",
        row_id=target.id,
        to=target.username,
        count=moved,
        opportunities=answer.total("opportunities"),
        tasks=answer.total("tasks"),
        service_requests=answer.total("service_requests"),
        reason=reason,
        customer_ids=[c.id for c in customers][:100],
    )
    return answer


def history(session: Session, by: User, customer_id: str) -> list[CustomerMove]:
    """Who owned a customer when, newest first (for the customer's ownership history)."""
    customer = session.get(Customer, customer_id)
    visible = customer is not None and (
        customer.owner_id == by.id or answers_for(session, by, customer.branch_id)
    )
    if not visible:
        raise ApiError(404, "not_found", "There is no such customer you may see.")
    query = select(CustomerMove).where(CustomerMove.customer_id == customer_id)
    return list(session.scalars(query.order_by(CustomerMove.version.desc(), CustomerMove.id)))
