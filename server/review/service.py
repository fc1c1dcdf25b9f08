"""The review queue: edits the server could not apply on its own, waiting for a decision.

Two ways in: a push the server rejected (`server.sync.push`), and a departed user's device
handing over what it had not synced yet (`handover.surrender`). Managers see the items of the
branches they answer for (administrators all), with a before/after diff against the
server's current row, and apply or discard each; the decision is stored on the item and in
the audit log, so nothing disappears without one.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync.protocol.entities import ENTITIES, Customer, Entity, Task
from sync.protocol.enums import Role
from sync.protocol.rows import codec
from sync.protocol.staff import FieldChange, ReviewEntry
from sync.protocol.types import utcnow
from sync.protocol.wire import Mutation, MutationOp

from .. import audit
from ..customers.service import check_new_owner, find_user
from ..errors import ApiError
from ..models import Branch, ReviewItem, User
from ..permissions import answers_for, in_branches, managed_branch_ids, require_staff_admin
from ..sync.push import Batch, Rejected, apply_as, seal
from ..sync.scope import COMPANY_WIDE, answers_for_task
from .handover import DEPARTED, surrender

__all__ = ["DEPARTED", "ReviewQuery", "apply", "discard", "items", "surrender"]


@dataclass(frozen=True)
class ReviewQuery:
    """Which items, one page: filters (blank: none) and the key of the last item seen."""

    decided: bool = False
    author: str | None = None  # username
    branch: str | None = None  # the author's branch, by name
    entity: str | None = None
    reason: str | None = None
    since: datetime | None = None  # when the edit was made
    until: datetime | None = None  # exclusive
    after: int | None = None  # the next page: items after this id in the list's order
    limit: int = 500


def items(
    session: Session,
    by: User,
    *,
    decided: bool = False,
    limit: int = 500,
    query: ReviewQuery | None = None,
) -> list[ReviewEntry]:
    """Open items (or decided ones) the caller may decide, oldest first (decided: newest
    first), one page taken by key: the items after `query.after` in that order."""
    require_staff_admin(by)
    q = query or ReviewQuery(decided=decided, limit=limit)
    statement = (
        select(ReviewItem, User)
        .join(User, User.id == ReviewItem.user_id)
        .where(in_branches(by, User.branch_id))
        .where(ReviewItem.decided_at.is_not(None) if q.decided else ReviewItem.decided_at.is_(None))
        .order_by(ReviewItem.id.desc() if q.decided else ReviewItem.id)
        .limit(q.limit)
    )
    if q.after is not None:
        statement = statement.where(
            ReviewItem.id < q.after if q.decided else ReviewItem.id > q.after
        )
    if q.author:
        author = session.scalar(
            select(User.id).where(func.lower(User.username) == q.author.lower())
        )
        if author is None:
            return []
        statement = statement.where(ReviewItem.user_id == author)
    if q.branch:
        branch = session.scalar(select(Branch.id).where(Branch.name == q.branch))
        if branch is None:
            return []
        statement = statement.where(User.branch_id == branch)
    if q.entity:
        statement = statement.where(ReviewItem.entity == q.entity)
    if q.reason:
        statement = statement.where(ReviewItem.reason == q.reason)
    if q.since:
        statement = statement.where(ReviewItem.at >= q.since)
    if q.until:
        statement = statement.where(ReviewItem.at < q.until)
    page = session.execute(statement).all()
    loaded = _Loaded(session, by, [item for item, _author in page])
    loaded.read_names([item for item, _author in page])
    deciders: dict[str, str | None] = {}
    out = []
    for item, author_row in page:
        if item.decided_by and item.decided_by not in deciders:
            decider = session.get(User, item.decided_by)
            deciders[item.decided_by] = decider.username if decider else None
        decided_by = deciders.get(item.decided_by or "")
        out.append(_view(session, by, item, author_row, decided_by, loaded))
    return out


class _Loaded:
    """The rows a page of items shows (each edited row and its customer), read with one query
    per table, and the branches the decider answers for, read once: a page of 100 costs a
    handful of round trips rather than hundreds (issue 26, item 5)."""

    def __init__(self, session: Session, by: User, items: list[ReviewItem]) -> None:
        self.session, self.by = session, by
        self.rows: dict[tuple[str, str], Any] = {}
        wanted: dict[str, set[str]] = {}
        for item in items:
            if item.entity in ENTITIES:
                wanted.setdefault(item.entity, set()).add(item.row_id)
            customer_id = item.changes.get("customer_id")
            if isinstance(customer_id, str):
                wanted.setdefault("customer", set()).add(customer_id)
        self._load(wanted)
        customers = {
            customer_id
            for (entity, _id), row in self.rows.items()
            if entity != "customer"
            and isinstance(customer_id := getattr(row, "customer_id", None), str)
        }
        self._load({"customer": customers - wanted.get("customer", set())})
        self.branches: set[str] | None = None  # None: every branch (administrators)
        if by.role == Role.MANAGER.value:
            self.branches = set(session.scalars(managed_branch_ids(by)))
        elif by.role != Role.ADMIN.value:
            self.branches = set()

    def _load(self, wanted: dict[str, set[str]]) -> None:
        for entity, ids in wanted.items():
            cls = ENTITIES[entity]
            ordered = sorted(ids)
            for start in range(0, len(ordered), 500):
                part = ordered[start : start + 500]
                for row in self.session.scalars(select(cls).where(cls.id.in_(part))):
                    self.rows[(entity, row.id)] = row
            for row_id in ids:
                self.rows.setdefault((entity, row_id), None)

    def read_names(self, items: list[ReviewItem]) -> None:
        """Names of every id the page's diffs mention (`customer_id`, `user_id`, ...), one
        query per table, as `_reference_names` gives them for one diff."""
        ids: set[str] = set()
        for item in items:
            for values in (item.changes, item.base):
                ids |= {v for k, v in values.items() if k.endswith("_id") and isinstance(v, str)}
        for row in self.rows.values():
            if row is not None:
                ids |= {
                    v
                    for c in row.__table__.columns
                    if c.key.endswith("_id") and isinstance(v := getattr(row, c.key), str)
                }
        self.names: dict[str, str] = {}
        for start in range(0, len(ordered := sorted(ids)), 500):
            part = ordered[start : start + 500]
            query = select(User.id, User.display_name).where(User.id.in_(part))
            self.names.update({user_id: name for user_id, name in self.session.execute(query)})
        for entity, cls in ENTITIES.items():
            caption = "name" if hasattr(cls, "name") else "title" if hasattr(cls, "title") else None
            unknown = sorted(ids - self.names.keys())
            if caption is None or not unknown:
                continue
            for start in range(0, len(unknown), 500):
                part = unknown[start : start + 500]
                for obj in self.session.scalars(select(cls).where(cls.id.in_(part))):
                    self.rows.setdefault((entity, obj.id), obj)
                    if self.may_see(obj):
                        self.names[obj.id] = str(getattr(obj, caption) or "")

    def names_in(self, changes: list[FieldChange]) -> dict[str, str]:
        ids = {
            value
            for change in changes
            if change.field.endswith("_id")
            for value in (change.before, change.after, change.base)
            if isinstance(value, str) and value
        }
        return {i: self.names[i] for i in ids if i in self.names}

    def get(self, entity: str, row_id: str) -> Any:
        if (entity, row_id) in self.rows:
            return self.rows[(entity, row_id)]
        cls = ENTITIES.get(entity)
        return self.session.get(cls, row_id) if cls else None

    def may_see(self, obj: Entity) -> bool:
        """As `_may_see`, from the rows and branches read already."""
        if obj.entity_name in COMPANY_WIDE:
            return True
        if isinstance(obj, Task) and obj.customer_id is None:
            return answers_for_task(self.session, self.by, obj)
        customer_id = obj.id if isinstance(obj, Customer) else getattr(obj, "customer_id", None)
        customer = self.get("customer", customer_id) if customer_id else None
        if customer is None:
            return False
        return self.branches is None or customer.branch_id in self.branches


def _view(
    session: Session,
    by: User,
    item: ReviewItem,
    author: User,
    decider: str | None,
    loaded: _Loaded,
) -> ReviewEntry:
    """The item with the server's current values beside the author's, as far as `by` may see
    them: a refused edit of another branch's row shows only what its author sent (item 1)."""
    current = loaded.get(item.entity, item.row_id)
    if current is not None and not loaded.may_see(current):
        current = None
    now = codec(item.entity).to_wire(_columns(current)) if current is not None else {}
    customer_id = item.row_id if item.entity == "customer" else now.get("customer_id")
    customer_id = customer_id or item.changes.get("customer_id")
    customer = loaded.get("customer", customer_id) if isinstance(customer_id, str) else None
    if customer is not None and not loaded.may_see(customer):
        customer = None
    changes = [
        FieldChange(field=key, before=now.get(key), after=value, base=item.base.get(key))
        for key, value in sorted(item.changes.items())
    ]
    return ReviewEntry(
        id=item.id,
        author=author.username,
        author_name=author.display_name,
        at=item.at,
        entity=item.entity,
        row_id=item.row_id,
        customer_name=customer.name if customer else item.changes.get("name"),
        op=item.op,
        reason=item.reason,
        message=item.message,
        changes=changes,
        decision=item.decision,
        decided_at=item.decided_at,
        decided_by=decider,
        names=loaded.names_in(changes),
    )


def apply(session: Session, by: User, item_id: int, *, owner_username: str | None = None) -> str:
    """Apply a queued edit by the decider's authority, as its author made it (attributed to
    them, stamped now); values it overwrites go to the conflict log as with any late edit.
    A customer created by someone who has left goes to their successor (or `owner_username`).
    Returns the result status."""
    item, author = _open_item(session, by, item_id)
    changes = dict(item.changes)
    if item.entity == "customer" and item.op == MutationOp.CREATE.value:
        changes.update(_new_owner(session, by, author, changes, owner_username))
    mutation = Mutation(
        seq=item.seq,
        entity=item.entity,  # type: ignore[arg-type]
        row_id=item.row_id,
        op=MutationOp(item.op),
        changes=changes,
        base=item.base,
    )
    batch = Batch()
    try:
        status = apply_as(session, by, author, mutation, batch)
    except Rejected as exc:
        raise ApiError(
            409, "cannot_apply", f"This change cannot be applied: {exc.message}"
        ) from exc
    for held in _held_with(session, item):  # "create anyway": what waited with it follows
        try:
            with session.begin_nested():
                held_status = apply_as(session, by, author, _mutation(held), batch)
        except Rejected:
            continue  # stays open, for a decision of its own
        _decide(session, by, held, "applied", status=held_status.value)
    seal(session, batch, item.device_id)
    _decide(session, by, item, "applied", status=status.value)
    return status.value


def discard(session: Session, by: User, item_id: int, *, note: str | None = None) -> None:
    item, _author = _open_item(session, by, item_id)
    for held in _held_with(session, item):
        _decide(session, by, held, "discarded", note=note)
    _decide(session, by, item, "discarded", note=note)


DUPLICATE = "duplicate"


def _held_with(session: Session, item: ReviewItem) -> list[ReviewItem]:
    """Open items held with a new customer refused as a probable duplicate (its later edits,
    its contacts, interactions, tasks...), in the order they were made."""
    if not (item.reason == DUPLICATE and item.entity == "customer" and item.op == "create"):
        return []
    query = (
        select(ReviewItem)
        .where(
            ReviewItem.user_id == item.user_id,
            ReviewItem.reason == DUPLICATE,
            ReviewItem.decided_at.is_(None),
            ReviewItem.id != item.id,
        )
        .order_by(ReviewItem.seq, ReviewItem.id)
        .with_for_update()
    )
    return [
        held
        for held in session.scalars(query)
        if held.row_id == item.row_id or held.changes.get("customer_id") == item.row_id
    ]


def _mutation(item: ReviewItem) -> Mutation:
    return Mutation(
        seq=item.seq,
        entity=item.entity,
        row_id=item.row_id,
        op=MutationOp(item.op),
        changes=dict(item.changes),
        base=item.base,
    )


def _open_item(session: Session, by: User, item_id: int) -> tuple[ReviewItem, User]:
    require_staff_admin(by)
    row = session.execute(
        select(ReviewItem, User)
        .join(User, User.id == ReviewItem.user_id)
        .where(ReviewItem.id == item_id, in_branches(by, User.branch_id))
        .with_for_update(of=ReviewItem)
    ).first()
    if row is None:
        raise ApiError(404, "not_found", "There is no such item in your review queue.")
    item, author = row
    if item.decided_at is not None:
        raise ApiError(409, "already_decided", f"This change was already {item.decision}.")
    return item, author


def _new_owner(
    session: Session, by: User, author: User, changes: dict[str, Any], owner: str | None
) -> dict[str, Any]:
    current = session.get(User, changes.get("owner_id") or author.id)
    if owner:
        target = find_user(session, owner)
    elif current is not None and current.active:
        return {}
    elif author.successor_id:
        target = session.get(User, author.successor_id)
        assert target is not None
    else:
        raise ApiError(422, "owner_required", "Choose who should own this customer.")
    check_new_owner(session, by, target)
    return {"owner_id": target.id, "branch_id": target.branch_id}


def _decide(session: Session, by: User, item: ReviewItem, decision: str, **detail: Any) -> None:
    item.decision, item.decided_at, item.decided_by = decision, utcnow(), by.id
    audit.record(
        session,
        f"review_{decision}",
        user_id=by.id,
        entity=item.entity,
        row_id=item.row_id,
        item=item.id,
        author=item.user_id,
        **detail,
    )


def _may_see(session: Session, by: User, obj: Entity) -> bool:
    """A decider sees the rows of the branches they answer for (administrators all), and the
    company-wide catalogue."""
    if obj.entity_name in COMPANY_WIDE:
        return True
    if isinstance(obj, Task) and obj.customer_id is None:
        return answers_for_task(session, by, obj)
    customer_id = obj.id if isinstance(obj, Customer) else getattr(obj, "customer_id", None)
    customer = session.get(Customer, customer_id) if customer_id else None
    return customer is not None and answers_for(session, by, customer.branch_id)


def _columns(obj: Any) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}
