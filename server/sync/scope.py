"""Which customers a replica holds (principle 6): rep = own, manager = branches, admin = none.

Every sync endpoint filters through these expressions, so a guessed id outside
the caller's scope behaves exactly like an id that does not exist.
"""

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import Session

from sync.protocol.entities import Customer, Task
from sync.protocol.enums import Role

from ..errors import ApiError
from ..models import CustomerMove, User
from ..permissions import in_branches

CUSTOMERS = Customer.__table__
TASKS = Task.__table__


def require_replica(user: User) -> None:
    if user.role == Role.ADMIN.value:
        raise ApiError(403, "no_replica", "Administrators work online and have no replica to sync.")


def customer_in_scope(user: User) -> ColumnElement[bool]:
    """Condition on the customers table: this customer belongs in the user's replica."""
    if user.role == Role.REP.value:
        return CUSTOMERS.c.owner_id == user.id
    if user.role == Role.MANAGER.value:
        return in_branches(user, CUSTOMERS.c.branch_id)
    return false()


def own_task(user: User) -> ColumnElement[bool]:
    """A task with no customer belongs to its assignee (or its author when unassigned)."""
    return and_(
        TASKS.c.customer_id.is_(None),
        or_(
            TASKS.c.assignee_id == user.id,
            and_(TASKS.c.assignee_id.is_(None), TASKS.c.created_by == user.id),
        ),
    )


def may_write(session: Session, user: User, customer_id: str) -> bool:
    """In scope now, or held until a recent move: unsynced edits of a former owner still count."""
    in_scope = session.scalar(
        select(CUSTOMERS.c.id).where(CUSTOMERS.c.id == customer_id, customer_in_scope(user))
    )
    if in_scope:
        return True
    moved_away = select(CustomerMove.id).where(
        CustomerMove.customer_id == customer_id, _move_end(user, into=False)
    )
    return session.scalar(moved_away.limit(1)) is not None


def entered_scope(user: User, low: int, high: int) -> ColumnElement[bool]:
    """Moves numbered in (low, high] that brought a customer into the user's scope."""
    return and_(CustomerMove.version > low, CustomerMove.version <= high, _move_end(user, True))


def left_scope(user: User, low: int, high: int) -> ColumnElement[bool]:
    """Moves numbered in (low, high] that took a customer out of the user's scope."""
    return and_(CustomerMove.version > low, CustomerMove.version <= high, _move_end(user, False))


def _move_end(user: User, into: bool) -> ColumnElement[bool]:
    """The side of a move (where it went, or where it came from) that is the user's scope."""
    if user.role == Role.REP.value:
        return (CustomerMove.to_owner if into else CustomerMove.from_owner) == user.id
    if user.role == Role.MANAGER.value:
        return in_branches(user, CustomerMove.to_branch if into else CustomerMove.from_branch)
    return false()
