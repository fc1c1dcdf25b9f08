"""Who may do what: the three roles, and the branches a manager answers for.

A manager answers for their own branch and any further ones listed in `managed_branches`;
an administrator for every branch; a rep for their own customers only. Every endpoint
that reads or changes other people's data asks here, so the rules live in one place.
"""

from typing import Any

from sqlalchemy import ColumnElement, Select, false, literal, select, true, union
from sqlalchemy.orm import InstrumentedAttribute, Session

from sync.protocol.enums import Role

from .errors import ApiError
from .models import ManagedBranch, User


def require_role(user: User, *roles: Role) -> None:
    if user.role not in {role.value for role in roles}:
        raise ApiError(403, "forbidden", "Your role does not allow this.")


def require_staff_admin(user: User) -> None:
    """Managers and administrators: reassignment, offboarding, review queue, audit."""
    require_role(user, Role.MANAGER, Role.ADMIN)


def managed_branch_ids(user: User) -> Select[tuple[str]]:
    """Ids of the branches the user manages (nothing for reps and admins: admins see all)."""
    extra = select(ManagedBranch.branch_id).where(ManagedBranch.user_id == user.id)
    if user.role not in (Role.MANAGER.value, Role.CREDIT.value):  # credit: issue 22
        return extra.where(false())
    if user.branch_id is None:
        return extra
    return union(select(literal(user.branch_id)), extra)  # type: ignore[return-value]


def in_branches(
    user: User, column: ColumnElement[Any] | InstrumentedAttribute[Any]
) -> ColumnElement[bool]:
    """`column` (a branch id) is one the user answers for."""
    if user.role == Role.ADMIN.value:
        return true()
    if user.role not in (Role.MANAGER.value, Role.CREDIT.value):  # credit: issue 22
        return false()
    return column.in_(managed_branch_ids(user))


def answers_for(session: Session, user: User, branch_id: str | None) -> bool:
    if user.role == Role.ADMIN.value:
        return True
    if user.role != Role.MANAGER.value or branch_id is None:
        return False
    return branch_id in set(session.scalars(managed_branch_ids(user)))
