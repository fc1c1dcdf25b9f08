"""Accounts and branches: creation and deactivation, shared by the CLI and the admin API."""

import re
import secrets

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sync.protocol.entities import Customer
from sync.protocol.enums import Role
from sync.protocol.staff import NewPerson, OneTimePassword, PersonChange

from .. import audit
from ..auth.service import revoke_all
from ..errors import ApiError
from ..models import Branch, ManagedBranch, User
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
    must_change_password: bool = False,
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
        must_change_password=must_change_password,
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


# --- people managed in the app (issue 26, item 1) ------------------------------------------

# Read aloud or typed from a note: no 0/o, 1/l/i. 12 of 31 letters: about 59 bits.
_ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def one_time_password() -> str:
    groups = ("".join(secrets.choice(_ONE_TIME_ALPHABET) for _ in range(4)) for _ in range(3))
    return "-".join(groups)


def add_person(session: Session, body: NewPerson, actor: User) -> OneTimePassword:
    """A new account with a one-time password, to be replaced at first sign-in."""
    if body.role != Role.ADMIN.value:
        _existing_branch(session, body.branch)
    password = one_time_password()
    user = create_user(
        session,
        username=body.username,
        password=password,
        role=Role(body.role),
        branch=None if body.role == Role.ADMIN.value else body.branch,
        display_name=body.display_name,
        actor_id=actor.id,
        must_change_password=True,
    )
    return OneTimePassword(username=user.username, password=password)


def reset_password(session: Session, username: str, actor: User) -> OneTimePassword:
    """A forgotten password: a new one-time password; every session of the person ends."""
    user = _find(session, username)
    if user.id == actor.id:
        raise ApiError(
            409, "own_password", "Change your own password when signing in, not by a reset."
        )
    password = one_time_password()
    user.password_hash = hash_password(password)
    user.must_change_password = True
    revoked = revoke_all(session, user.id)
    audit.record(
        session,
        "password_reset",
        user_id=actor.id,
        entity="user",
        row_id=user.id,
        revoked_sessions=revoked,
    )
    return OneTimePassword(username=user.username, password=password)


def reactivate_user(session: Session, username: str, actor: User) -> User:
    """Sign-in works again. Customers handed on at a departure stay where they went."""
    user = _find(session, username)
    if user.active:
        raise ApiError(409, "already_active", f"{user.username} is already active.")
    user.active = True
    user.left_at = None
    user.successor_id = None  # their late work is theirs again
    audit.record(session, "user_reactivated", user_id=actor.id, entity="user", row_id=user.id)
    return user


def change_person(session: Session, username: str, change: PersonChange, actor: User) -> User:
    """Name, role, branch. A branch change moves none of the person's customers (the
    reassignment does); an administrator owns none, so a person with customers stays a rep or
    manager until they are reassigned; the last active administrator stays one."""
    user = _find(session, username)
    changed: dict[str, str] = {}
    if change.display_name is not None and change.display_name != user.display_name:
        user.display_name = changed["display_name"] = change.display_name
    role = change.role or user.role
    if role != user.role:
        if user.id == actor.id:
            raise ApiError(409, "own_role", "Another administrator must change your role.")
        if user.role == Role.ADMIN.value and user.active and not _other_admins(session, user):
            raise ApiError(
                409,
                "last_admin",
                "This is the last active administrator; make someone else an administrator first.",
            )
        if role == Role.ADMIN.value and _customers_of(session, user):
            raise ApiError(
                409,
                "owns_customers",
                "Administrators own no customers: reassign this person's customers first.",
            )
        if role != Role.MANAGER.value:
            session.execute(delete(ManagedBranch).where(ManagedBranch.user_id == user.id))
        user.role = changed["role"] = role
    if role == Role.ADMIN.value:
        user.branch_id = None
    elif change.branch is not None or user.branch_id is None:
        branch = _existing_branch(session, change.branch)
        if branch.id != user.branch_id:
            user.branch_id = branch.id
            changed["branch"] = branch.name
    if changed:
        audit.record(
            session, "user_changed", user_id=actor.id, entity="user", row_id=user.id, **changed
        )
    return user


def _find(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(func.lower(User.username) == username.lower()))
    if user is None:
        raise ApiError(404, "user_not_found", f"No user named {username!r}.")
    return user


def _existing_branch(session: Session, name: str | None) -> Branch:
    if not name:
        raise ApiError(422, "branch_required", "Reps and managers belong to a branch.")
    branch = session.scalar(select(Branch).where(Branch.name == name))
    if branch is None:
        raise ApiError(404, "branch_not_found", f"No branch named {name!r}.")
    return branch


def _customers_of(session: Session, user: User) -> int:
    query = (
        select(func.count())
        .select_from(Customer)
        .where(Customer.owner_id == user.id, Customer.deleted_at.is_(None))
    )
    return int(session.scalar(query) or 0)
