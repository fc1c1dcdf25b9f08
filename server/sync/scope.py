"""Which customers a replica holds (principle 6): rep = own, manager = branches, admin = none.

Every sync endpoint filters through these expressions, so a guessed id outside
the caller's scope behaves exactly like an id that does not exist.
"""

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import Session

from sync.protocol.entities import Customer, Entity, Task
from sync.protocol.enums import Role

from ..errors import ApiError
from ..models import CustomerMove, DeviceSync, User
from ..permissions import answers_for, in_branches

CUSTOMERS = Customer.__table__
TASKS = Task.__table__
COMPANY_WIDE = frozenset({"product", "service_calendar", "sla_target", "knowledge_article"})
"""Entities with no customer that every replica holds whole (the product catalogue, issue 19;
the service desk's calendars, SLA targets and knowledge base, issue 21):
every signed-in user with a replica reads them; only managers and administrators write them."""
CATALOGUE_WRITERS = frozenset({Role.MANAGER.value, Role.ADMIN.value})
BRANCH_ROLES = frozenset({Role.MANAGER.value, Role.CREDIT.value})
"""Roles whose replica holds their branches' customers (the credit department, issue 22,
reads every customer of its branches and writes only their credit data: `credit.py`)."""


def may_write_catalogue(user: User) -> bool:
    return user.role in CATALOGUE_WRITERS


def require_replica(user: User) -> None:
    if user.role == Role.ADMIN.value:
        raise ApiError(403, "no_replica", "Administrators work online and have no replica to sync.")


def customer_in_scope(user: User) -> ColumnElement[bool]:
    """Condition on the customers table: this customer belongs in the user's replica."""
    if user.role == Role.REP.value:
        return CUSTOMERS.c.owner_id == user.id
    if user.role in BRANCH_ROLES:
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


def in_scope(session: Session, user: User, customer_id: str) -> bool:
    """The customer belongs in the user's replica now."""
    query = select(CUSTOMERS.c.id).where(CUSTOMERS.c.id == customer_id, customer_in_scope(user))
    return session.scalar(query) is not None


def may_write(
    session: Session, user: User, customer_id: str, *, device_id: str | None = None
) -> bool:
    """In scope now, or (for a device's update of an existing row) moved away after the device
    was last told of the user's moves: an edit it made offline before it could know still counts.

    The grace is that and no more: once the device has pulled the move, or on a device that
    never downloaded it, the customer is as foreign as any other (issue 17, item 2)."""
    if in_scope(session, user, customer_id):
        return True
    if device_id is None:
        return False
    known = session.scalar(
        select(DeviceSync.known_version).where(DeviceSync.device_id == device_id)
    )
    if known is None:
        return False
    moved_away = select(CustomerMove.id).where(
        CustomerMove.customer_id == customer_id,
        CustomerMove.version > known,
        _move_end(user, into=False),
    )
    return session.scalar(moved_away.limit(1)) is not None


def note_known(session: Session, device_id: str, version: int) -> None:
    """The device has now been told of every scope move numbered up to `version` (a full
    download from there, or a page with its removals): the moved-away grace ends there.
    Called only for those pages, so an ordinary pull writes nothing."""
    state = session.get(DeviceSync, device_id)
    if state is None:
        state = DeviceSync(device_id=device_id, last_mutation=0)
        session.add(state)
    if state.known_version is None or state.known_version < version:
        state.known_version = version


def may_read_task(user: User, task: Task) -> bool:
    """A personal task is in the replica of its assignee, or of its author while unassigned
    (`own_task` as a check on one row)."""
    if task.assignee_id is not None:
        return task.assignee_id == user.id
    return task.created_by == user.id


def answers_for_task(session: Session, user: User, task: Task) -> bool:
    """A manager (or administrator) answers for the person a personal task belongs to."""
    person_id = task.assignee_id or task.created_by
    person = session.get(User, person_id) if person_id else None
    return person is not None and answers_for(session, user, person.branch_id)


def may_read(session: Session, user: User, obj: Entity) -> bool:
    """The row is in the user's replica: a rejection may hand it back to repair it."""
    if obj.entity_name in COMPANY_WIDE:
        return True
    if isinstance(obj, Customer):
        return in_scope(session, user, obj.id)
    customer_id = getattr(obj, "customer_id", None)
    if customer_id is None:
        return isinstance(obj, Task) and may_read_task(user, obj)
    return in_scope(session, user, customer_id)


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
    if user.role in BRANCH_ROLES:
        return in_branches(user, CustomerMove.to_branch if into else CustomerMove.from_branch)
    return false()
