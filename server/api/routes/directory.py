"""The colleagues a user may hand work to, so the client can show names and offer reassignment.

A rep or a manager sees the active users of their own branch, an administrator everyone
active; nobody learns about users of other branches.
"""

from fastapi import APIRouter
from sqlalchemy import select

from sync.protocol.enums import Role
from sync.protocol.staff import Colleague, DirectoryAnswer
from sync.protocol.wire import ErrorBody

from ...models import Branch, User
from ..deps import CurrentCaller, SessionDep

router = APIRouter(prefix="/directory", tags=["directory"])


@router.get("", response_model=DirectoryAnswer, responses={401: {"model": ErrorBody}})
def directory(caller: CurrentCaller, session: SessionDep) -> DirectoryAnswer:
    """Active users of the caller's branch (everyone active for an administrator), by name."""
    user = caller.user
    query = (
        select(User, Branch.name)
        .outerjoin(Branch, Branch.id == User.branch_id)
        .where(User.active.is_(True))
        .order_by(User.display_name, User.username)
    )
    if user.role != Role.ADMIN.value:
        mine = User.branch_id == user.branch_id if user.branch_id else User.id == user.id
        query = query.where(mine)
    people = [
        Colleague(
            id=person.id,
            username=person.username,
            display_name=person.display_name,
            role=person.role,
            branch_name=branch,
            branch_id=person.branch_id,
        )
        for person, branch in session.execute(query)
    ]
    return DirectoryAnswer(people=people)
