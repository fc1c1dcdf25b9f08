"""Moving customers between owners: the customer and its whole history follow (principle 6).

One way in for every move (a manager's reassignment, offboarding, later the branch pool), so
each gets the same checks, a `customer_moves` row (ownership history and how pulls see scope
changes), one change number and an audit entry.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync.protocol.entities import Customer
from sync.protocol.enums import Role
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


def reassign(
    session: Session,
    *,
    by: User,
    selection: Selection,
    to_username: str,
    reason: str | None = None,
) -> int:
    """A manager's or admin's reassignment; returns how many customers moved."""
    require_staff_admin(by)
    target = find_user(session, to_username)
    check_new_owner(session, by, target)
    customers = select_customers(session, by, selection)
    moved = move(session, customers, target, by=by, reason=reason)
    audit.record(
        session,
        "reassign",
        user_id=by.id,
        entity="user",
        row_id=target.id,
        to=target.username,
        count=moved,
        reason=reason,
        customer_ids=[c.id for c in customers][:100],
    )
    return moved


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
