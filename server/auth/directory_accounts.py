"""Accounts of people who sign in with the company directory (issue 26, item 6).

The directory decides: who may sign in (a person in a mapped group), with which role and
branch (updated at every sign-in, audited when it changes), and who may not any more (a
disabled or deleted entry closes the account at the next sign-in, token refresh or
`outpost-server directory-sync`, exactly as an administrator's deactivation would: every
session revoked, and the person's devices hand over their unsynced edits). With
`directory_offboard` the sync also offboards them, customers spread over their branch's reps,
the normal departure flow. Outpost keeps no password for them (`NO_PASSWORD` cannot verify).
"""

import logging
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import audit
from ..db import Database
from ..errors import ApiError
from ..models import Branch, User
from ..settings import Settings
from . import directory
from .service import revoke_all

log = logging.getLogger(__name__)

NO_PASSWORD = "!directory"  # not a hash: verify_password() refuses every password against it


def no_group() -> ApiError:
    return ApiError(
        403,
        "no_directory_group",
        "Your directory account is in no group that may use Outpost; ask IT to add you.",
    )


def directory_password() -> ApiError:
    return ApiError(
        409,
        "directory_password",
        "You sign in with your company password: change it where you change it for Windows.",
    )


def uses_directory(settings: Settings, user: User | None) -> bool:
    """Whether this sign-in is the directory's to check: it is on, and the name is unknown
    here or belongs to a directory account (local accounts keep their own passwords)."""
    return directory.enabled(settings) and (user is None or user.directory_dn is not None)


def provision(session: Session, person: directory.Person, ip: str | None) -> User | None:
    """The account of a person the directory just let in: created at the first sign-in,
    role, branch and name brought up to date at every one; closed if the directory disabled
    them (the caller refuses the sign-in of an inactive account). None: in no group that
    may use Outpost (audited; the caller refuses with `no_group()`)."""
    user = session.scalar(select(User).where(User.directory_dn == person.dn))
    if user is None:
        user = session.scalar(
            select(User).where(func.lower(User.username) == person.username.lower())
        )
    if person.disabled:
        if user is not None and user.active:
            close(session, user, directory.Standing.DISABLED, ip)
        if user is None:
            raise ApiError(403, "account_disabled", "This account is disabled; contact your admin.")
        return user
    if person.grant is None:  # the caller refuses after this transaction keeps the entry
        audit.record(
            session, "login_refused_no_directory_group", user_id=user.id if user else None, ip=ip
        )
        return None
    branch_id = _branch(session, person.grant.branch) if person.grant.branch else None
    if user is None:
        user = User(
            username=person.username,
            display_name=person.display_name,
            password_hash=NO_PASSWORD,
            role=person.grant.role.value,
            branch_id=branch_id,
            directory_dn=person.dn,
        )
        session.add(user)
        session.flush()
        audit.record(
            session,
            "user_created",
            user_id=None,
            entity="user",
            row_id=user.id,
            username=user.username,
            role=user.role,
            source="directory",
        )
        return user
    before = {"role": user.role, "branch_id": user.branch_id}
    user.directory_dn = person.dn
    user.display_name = person.display_name
    user.role = person.grant.role.value
    user.branch_id = branch_id
    after = {"role": user.role, "branch_id": user.branch_id}
    if after != before:
        audit.record(
            session,
            "user_changed",
            user_id=None,
            entity="user",
            row_id=user.id,
            before=before,
            after=after,
            source="directory",
        )
    return user


def close(session: Session, user: User, standing: directory.Standing, ip: str | None) -> int:
    """Deactivate a person the directory disabled or no longer has; sessions revoked."""
    user.active = False
    revoked = revoke_all(session, user.id)
    audit.record(
        session,
        "user_deactivated",
        user_id=None,
        entity="user",
        row_id=user.id,
        revoked_sessions=revoked,
        source="directory",
        standing=standing.value,
        ip=ip,
    )
    return revoked


def check_on_refresh(database: Database, settings: Settings, user_id: str, ip: str | None) -> bool:
    """False when the directory disabled or removed this person (the account is closed
    now); True otherwise, also when the directory cannot be asked (a directory down for
    maintenance must not sign out the whole company; the next refresh asks again)."""
    with database.transaction() as session:
        user = session.get(User, user_id)
        dn = user.directory_dn if user is not None and user.active else None
    if dn is None or not directory.enabled(settings):
        return True
    try:
        standing = directory.standing(settings, dn)
    except ApiError:
        log.warning("directory unavailable at token refresh of %s: let through", dn)
        return True
    if standing is directory.Standing.ACTIVE:
        return True
    with database.transaction() as session:
        user = session.get(User, user_id)
        if user is not None and user.active:
            close(session, user, standing, ip)
    return False


@dataclass
class SyncReport:
    checked: int = 0
    closed: list[str] = field(default_factory=list)
    offboarded: dict[str, int] = field(default_factory=dict)  # username -> customers moved
    left_for_admin: list[str] = field(default_factory=list)  # closed; nobody to take over

    def lines(self) -> list[str]:
        out = [f"{self.checked} directory accounts checked"]
        out += [f"closed: {name}" for name in self.closed]
        out += [f"offboarded: {name} ({n} customers moved)" for name, n in self.offboarded.items()]
        out += [
            f"closed, customers not moved (no rep in the branch): {name}"
            for name in self.left_for_admin
        ]
        return out


def sync_all(database: Database, settings: Settings) -> SyncReport:
    """Close (and with `directory_offboard`, offboard) every active directory account whose
    entry is disabled or gone. Idempotent: a closed account is not looked at again."""
    from ..staff.offboarding import offboard  # builds on this package's session handling

    report = SyncReport()
    with database.transaction() as session:
        people = session.execute(
            select(User.id, User.username, User.directory_dn).where(
                User.directory_dn.is_not(None), User.active.is_(True)
            )
        ).all()
    for user_id, username, dn in people:
        assert dn is not None
        report.checked += 1
        standing = directory.standing(settings, dn)  # unavailable: the whole run stops
        if standing is directory.Standing.ACTIVE:
            continue
        with database.transaction() as session:
            user = session.get(User, user_id)
            assert user is not None
            branch = session.get(Branch, user.branch_id) if user.branch_id else None
            if settings.directory_offboard and branch is not None:
                try:
                    done = offboard(session, by=None, username=username, spread_branch=branch.name)
                except ApiError as exc:
                    if exc.code != "no_successor":
                        raise
                else:
                    report.offboarded[username] = sum(done.customers.values())
                    continue
                report.left_for_admin.append(username)
            else:
                report.closed.append(username)
            close(session, user, standing, None)
    return report


def _branch(session: Session, name: str) -> str:
    branch = session.scalar(select(Branch).where(Branch.name == name))
    if branch is None:  # named in the deployment's group map: made the first time it is used
        branch = Branch(name=name)
        session.add(branch)
        session.flush()
        audit.record(session, "branch_created", entity="branch", row_id=branch.id, name=name)
    return branch.id
