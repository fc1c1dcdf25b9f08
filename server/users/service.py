"""Accounts and branches: creation and deactivation, shared by the CLI and the admin API."""

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync.protocol.enums import Role

from .. import audit
from ..auth.service import revoke_all
from ..errors import ApiError
from ..models import Branch, User
from ..security import hash_password

USERNAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$")
MIN_PASSWORD = 8


def get_or_create_branch(session: Session, name: str) -> Branch:
    branch = session.scalar(select(Branch).where(Branch.name == name))
    if branch is None:
        branch = Branch(name=name)
        session.add(branch)
        session.flush()
    return branch


def create_user(
    session: Session,
    *,
    username: str,
    password: str,
    role: Role,
    branch: str | None = None,
    display_name: str | None = None,
    actor_id: str | None = None,
) -> User:
    if not USERNAME_RE.match(username):
        raise ApiError(
            422, "invalid_username", "Use 2-64 letters, digits, dots, dashes or underscores."
        )
    if len(password) < MIN_PASSWORD:
        raise ApiError(
            422, "weak_password", f"The password needs at least {MIN_PASSWORD} characters."
        )
    if role != Role.ADMIN and not branch:
        raise ApiError(422, "branch_required", "Reps and managers belong to a branch.")
    if session.scalar(select(User.id).where(func.lower(User.username) == username.lower())):
        raise ApiError(409, "username_taken", f"The username {username!r} is already taken.")
    user = User(
        username=username,
        display_name=display_name or username,
        password_hash=hash_password(password),
        role=role.value,
        branch_id=get_or_create_branch(session, branch).id if branch else None,
    )
    session.add(user)
    session.flush()
    audit.record(
        session,
        "user_created",
        user_id=actor_id,
        entity="user",
        row_id=user.id,
        username=username,
        role=role.value,
    )
    return user


def deactivate_user(session: Session, username: str, *, actor_id: str | None = None) -> User:
    """Disable an account and revoke every token it holds, at once."""
    user = session.scalar(select(User).where(func.lower(User.username) == username.lower()))
    if user is None:
        raise ApiError(404, "user_not_found", f"No user named {username!r}.")
    if user.active and user.role == Role.ADMIN.value and not _other_admins(session, user):
        raise ApiError(
            409,
            "last_admin",
            "This is the last active administrator; make someone else an administrator first.",
        )
    user.active = False
    revoked = revoke_all(session, user.id)
    audit.record(
        session,
        "user_deactivated",
        user_id=actor_id,
        entity="user",
        row_id=user.id,
        revoked_sessions=revoked,
    )
    return user


def _other_admins(session: Session, user: User) -> int:
    """Active administrators besides `user`, their rows locked until commit: two admins
    deactivating each other at once must not leave none (on SQLite the write lock does it)."""
    others = session.scalars(
        select(User.id)
        .where(User.role == Role.ADMIN.value, User.active.is_(True), User.id != user.id)
        .with_for_update()
    )
    return len(others.all())
