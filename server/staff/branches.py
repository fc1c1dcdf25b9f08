"""Branches managed in the app (issue 26, item 2): create, rename, and merge one into another.

A merge is a reorganisation: two offices become one. Every customer of the merged branch
moves to the other with its owner unchanged, recorded as a `CustomerMove` like any move, so
the next pull takes each customer off the old branch manager's replica and onto the new
one's; its people, its pool and the managers who answered for it follow; the branch itself
is removed. Audited, with the counts.
"""

from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sync.protocol.entities import Customer
from sync.protocol.types import utcnow

from .. import audit
from ..errors import ApiError
from ..models import Branch, BranchPool, CustomerMove, ManagedBranch, User
from ..sync.versions import next_version


def find_branch(session: Session, name: str) -> Branch:
    branch = session.scalar(select(Branch).where(Branch.name == name))
    if branch is None:
        raise ApiError(404, "branch_not_found", f"No branch named {name!r}.")
    return branch


def create_branch(session: Session, name: str, city: str | None, actor: User) -> Branch:
    _check_free(session, name)
    branch = Branch(name=name, city=city)
    session.add(branch)
    session.flush()
    audit.record(
        session, "branch_created", user_id=actor.id, entity="branch", row_id=branch.id, name=name
    )
    return branch


def change_branch(
    session: Session, name: str, new_name: str | None, city: str | None, actor: User
) -> Branch:
    """A new name or city. Customers, people and pools keep pointing at the same branch."""
    branch = find_branch(session, name)
    changed: dict[str, str | None] = {}
    if new_name is not None and new_name != branch.name:
        _check_free(session, new_name)
        changed["from_name"], changed["name"] = branch.name, new_name
        branch.name = new_name
    if city is not None and city != (branch.city or ""):
        branch.city = changed["city"] = city or None
    if changed:
        audit.record(
            session,
            "branch_changed",
            user_id=actor.id,
            entity="branch",
            row_id=branch.id,
            **changed,
        )
    return branch


@dataclass(frozen=True)
class Merged:
    customers: int
    people: int


def merge_branches(session: Session, name: str, into: str, actor: User) -> Merged:
    """`name` becomes part of `into`: its customers (owners unchanged), people, pool and
    managers move; `name` is removed."""
    gone, kept = find_branch(session, name), find_branch(session, into)
    if gone.id == kept.id:
        raise ApiError(409, "same_branch", "Choose another branch to merge into.")
    customers = list(
        session.scalars(select(Customer).where(Customer.branch_id == gone.id).with_for_update())
    )
    if customers:
        version = next_version(session)
        now = utcnow()
        for customer in customers:
            customer.branch_id = kept.id
            customer.version = version
            customer.updated_at, customer.updated_by = now, actor.id
        session.add_all(
            CustomerMove(
                version=version,
                customer_id=c.id,
                from_owner=c.owner_id,
                from_branch=gone.id,
                to_owner=c.owner_id,
                to_branch=kept.id,
                by_user=actor.id,
                reason=f"Branch {gone.name} merged into {kept.name}",
                at=now,
            )
            for c in customers
        )
    staff = list(session.scalars(select(User).where(User.branch_id == gone.id)))
    for person in staff:
        person.branch_id = kept.id
    people = len(staff)
    # managers who answered for the old branch answer for the new one (unless it is theirs)
    answered = set(
        session.scalars(select(ManagedBranch.user_id).where(ManagedBranch.branch_id == gone.id))
    )
    already = set(
        session.scalars(select(ManagedBranch.user_id).where(ManagedBranch.branch_id == kept.id))
    )
    home = set(session.scalars(select(User.id).where(User.branch_id == kept.id)))
    session.execute(delete(ManagedBranch).where(ManagedBranch.branch_id == gone.id))
    session.add_all(
        ManagedBranch(user_id=user_id, branch_id=kept.id) for user_id in answered - already - home
    )
    pool = session.get(BranchPool, gone.id)
    if pool is not None:
        if session.get(BranchPool, kept.id) is None:
            session.add(BranchPool(branch_id=kept.id, enabled=pool.enabled, days=dict(pool.days)))
        session.delete(pool)
    session.flush()
    session.delete(gone)
    audit.record(
        session,
        "branch_merged",
        user_id=actor.id,
        entity="branch",
        row_id=kept.id,
        merged=gone.name,
        into=kept.name,
        customers=len(customers),
        people=people,
    )
    return Merged(len(customers), people)


def _check_free(session: Session, name: str) -> None:
    taken = session.scalar(select(func.count()).where(func.lower(Branch.name) == name.lower()))
    if taken:
        raise ApiError(409, "branch_exists", f"There is already a branch named {name!r}.")
