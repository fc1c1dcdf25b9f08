"""Moving customers between owners: the customer and its whole history follow (principle 6)."""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol.entities import Customer
from sync.protocol.enums import Role
from sync.protocol.types import utcnow

from .. import audit
from ..errors import ApiError
from ..models import CustomerMove, User
from ..sync.versions import next_version


def reassign(
    session: Session,
    *,
    by: User,
    customer_ids: Sequence[str],
    to_username: str,
    reason: str | None = None,
) -> int:
    """Give these customers to another user; returns how many moved. One change number."""
    if by.role not in (Role.ADMIN.value, Role.MANAGER.value):
        raise ApiError(403, "forbidden", "Only managers and administrators reassign customers.")
    target = session.scalar(select(User).where(User.username == to_username))
    if target is None or not target.active or target.role == Role.ADMIN.value:
        raise ApiError(422, "invalid_owner", f"{to_username} cannot own customers.")
    if by.role == Role.MANAGER.value and target.branch_id != by.branch_id:
        raise ApiError(403, "forbidden", "Managers reassign only within their branch.")
    query = select(Customer).where(Customer.id.in_(customer_ids)).with_for_update()
    if by.role == Role.MANAGER.value:
        query = query.where(Customer.branch_id == by.branch_id)
    customers = [c for c in session.scalars(query) if c.owner_id != target.id]
    if len(set(customer_ids)) != len(session.scalars(query.with_only_columns(Customer.id)).all()):
        raise ApiError(404, "not_found", "Some of these customers do not exist or are not yours.")
    if not customers:
        return 0
    moves = [
        CustomerMove(
            customer_id=c.id,
            from_owner=c.owner_id,
            from_branch=c.branch_id,
            to_owner=target.id,
            to_branch=target.branch_id,
            by_user=by.id,
            reason=reason,
        )
        for c in customers
    ]
    now = utcnow()
    for customer in customers:
        customer.owner_id, customer.branch_id = target.id, target.branch_id
        customer.updated_at, customer.updated_by = now, by.id
    version = next_version(session)
    for customer, move in zip(customers, moves, strict=True):
        customer.version = move.version = version
    session.add_all(moves)
    audit.record(
        session, "reassign", user_id=by.id, to=target.id, count=len(customers), reason=reason
    )
    return len(customers)
