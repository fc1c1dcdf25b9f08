"""Apply a device's mutations exactly once, in order, merging field by field (principles 3-4).

One request is one transaction: the effects, the conflict log, the review queue
and the device's last applied number commit together, so a request that is
retried, duplicated or whose answer was lost changes nothing the second time.
"""

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from sync.protocol import sla, storable, validation
from sync.protocol.entities import ENTITIES, Customer, Entity, Task
from sync.protocol.enums import Role
from sync.protocol.rows import codec
from sync.protocol.types import utcnow
from sync.protocol.validation import ValidationError
from sync.protocol.values import to_wire
from sync.protocol.wire import (
    Mutation,
    MutationOp,
    MutationResult,
    PushRequest,
    PushResponse,
    ResultStatus,
)

from .. import audit
from ..auth.service import Caller
from ..customers import duplicates
from ..errors import ApiError
from ..models import ConflictEntry, DeviceSync, FieldAuthor, ReviewItem, User
from ..permissions import answers_for
from .credit import check_delete, check_write, hold_over_limit
from .merges import redirect
from .references import check_new_customer, check_references
from .scope import (
    COMPANY_WIDE,
    answers_for_task,
    may_read,
    may_read_task,
    may_write,
    may_write_catalogue,
    require_replica,
)
from .versions import next_version, watermark

_UNKNOWN = object()
log = logging.getLogger(__name__)


class Rejected(Exception):
    def __init__(self, reason: str, message: str, review: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.review = review  # what the review queue says, when its author may not see it


@dataclass
class Batch:
    """What one push request wrote, stamped with one change number at the end."""

    touched: dict[str, Entity] = field(default_factory=dict)
    conflicts: list[ConflictEntry] = field(default_factory=list)
    seq: int = 0  # the mutation being applied
    # the pushing device (None: a review decision, which gets no moved-away grace)
    device_id: str | None = None
    # who wrote each field value this batch set: (entity, row id, field) -> user id
    authors: dict[tuple[str, str, str], str] = field(default_factory=dict)
    author_id: str | None = None  # a review decision: the edit's author, not the decider
    # when each field value this batch set was made (FieldAuthor.written_at)
    times: dict[tuple[str, str, str], datetime] = field(default_factory=dict)
    resend: bool = False  # changes acknowledged before a restore (PushRequest.resend)
    redirected: bool = False  # the mutation was aimed at a merged customer (merges.py)

    def touch(self, obj: Entity) -> None:
        self.touched[f"{obj.entity_name}:{obj.id}"] = obj


def push(
    session: Session, caller: Caller, request: PushRequest, *, careful: bool = False
) -> PushResponse:
    """`careful`: each mutation in a savepoint of its own (`_apply_guarded`), for a request
    that failed as a whole: what the database refuses then rejects that mutation alone."""
    user = caller.user
    require_replica(user)
    _, epoch = watermark(session)
    if request.epoch and request.epoch != epoch:
        # Before anything is applied: the client must first re-send what a restore lost.
        raise ApiError(409, "epoch_changed", "The server was restored from a backup.", epoch=epoch)
    state = session.get(DeviceSync, caller.device_id, with_for_update=True)
    if state is None:
        state = DeviceSync(device_id=caller.device_id, last_mutation=0)
        session.add(state)
        session.flush()
    batch = Batch(device_id=caller.device_id, resend=request.resend)
    results: list[MutationResult] = []
    for mutation in sorted(request.mutations, key=lambda m: m.seq):
        if mutation.seq <= state.last_mutation:
            results.append(MutationResult(seq=mutation.seq, status=ResultStatus.DUPLICATE))
            continue
        batch.seq = mutation.seq
        apply = _apply_guarded if careful else _apply_one
        results.append(apply(session, user, caller.device_id, mutation, batch))
        state.last_mutation = mutation.seq
    for held in hold_over_limit(session, user, batch.touched, batch.authors):
        _stamp(held, user, batch)  # issue 22: signed beyond the customer's credit
    state.last_push_at = utcnow()
    seal(session, batch, caller.device_id)
    counts: dict[str, Any] = {}  # detail of the audit entry: how many of each status
    for result in results:
        status = ResultStatus(result["status"]).value
        counts[status] = counts.get(status, 0) + 1
    if request.mutations:
        audit.record(session, "sync_push", user_id=user.id, device_id=caller.device_id, **counts)
    return PushResponse(epoch=epoch, last_applied=state.last_mutation, results=results)


def seal(session: Session, batch: Batch, device_id: str | None) -> None:
    """Stamp what a batch wrote with one change number: the transaction's last step, which
    holds the counter lock only until commit."""
    if not (batch.touched or batch.conflicts):
        return
    version = next_version(session)
    for obj in batch.touched.values():
        obj.version = version
    for conflict in batch.conflicts:
        conflict.version = version
        conflict.device_id = device_id
    session.add_all(batch.conflicts)
    _store_authors(session, batch.authors, batch.times)
    duplicates.store(session, [o for o in batch.touched.values() if isinstance(o, Customer)])


def apply_as(
    session: Session, decider: User, author: User, mutation: Mutation, batch: Batch
) -> ResultStatus:
    """Apply `author`'s mutation by `decider`'s authority (a review decision): access is the
    decider's, the edit stays attributed to its author. Raises Rejected."""
    mutation, batch.redirected = redirect(session, mutation)
    cls = ENTITIES[mutation.entity]
    obj = session.get(cls, mutation.row_id, with_for_update=True)
    batch.seq = mutation.seq
    batch.author_id = author.id
    with session.no_autoflush:
        status = _apply(session, decider, mutation, cls, obj, batch)
    for touched in batch.touched.values():
        touched.updated_by = author.id
        if mutation.op == MutationOp.CREATE and obj is None:
            touched.created_by = author.id
    return status


def _apply_one(
    session: Session, user: User, device_id: str, mutation: Mutation, batch: Batch
) -> MutationResult:
    sent = mutation  # as the device sent it: what a refusal keeps for review
    mutation, batch.redirected = redirect(session, mutation)
    cls = ENTITIES[mutation.entity]
    obj = session.get(cls, mutation.row_id, with_for_update=True)
    try:
        if (problem := storable.problem([mutation.changes, mutation.base])) is not None:
            # before anything reads the values: one of them would fail wherever it went
            raise Rejected("invalid", f"The change holds a value that cannot be stored: {problem}.")
        with session.no_autoflush:
            status = _apply(session, user, mutation, cls, obj, batch)
    except Rejected as exc:
        return _reject(session, user, device_id, sent, exc)
    return MutationResult(seq=mutation.seq, status=status)


def _apply_guarded(
    session: Session, user: User, device_id: str, mutation: Mutation, batch: Batch
) -> MutationResult:
    """`_apply_one` in a savepoint, flushed at once: a value the database refuses that the
    checks let through (a reference to a row that is not there, a value a check missed)
    rejects this mutation alone, instead of answering 500 for the request again and again
    while the device's outbox waits behind it (issue 17, item 6)."""
    saved = (dict(batch.touched), list(batch.conflicts), dict(batch.authors), dict(batch.times))
    try:
        with session.begin_nested():
            result = _apply_one(session, user, device_id, mutation, batch)
            session.flush()
        return result
    except OperationalError:
        raise  # deadlock, lock timeout: the whole request is retried
    except Exception as exc:
        log.warning("push: the database refused mutation %s: %r", mutation.seq, exc)
        batch.touched, batch.conflicts, batch.authors, batch.times = saved
        refused = Rejected("invalid", "The server could not store this change.")
        return _reject(session, user, device_id, mutation, refused)


def _reject(
    session: Session, user: User, device_id: str, mutation: Mutation, exc: Rejected
) -> MutationResult:
    """Keep the refused mutation for review, as a copy every database can store."""
    message = storable.storable_text(exc.message)
    session.add(
        ReviewItem(
            user_id=user.id,
            device_id=device_id,
            seq=mutation.seq,
            entity=mutation.entity,
            row_id=mutation.row_id,
            op=mutation.op.value,
            changes=storable.storable_copy(mutation.changes),
            base=storable.storable_copy(mutation.base),
            reason=exc.reason,
            message=storable.storable_text(exc.review or message)[:500],
        )
    )
    # the server's row, to repair the replica: only a row the replica may hold, or the
    # answer would hand out what every read path keeps back (issue 17, item 1)
    cls = ENTITIES[mutation.entity]
    current = session.get(cls, mutation.row_id)
    row = None
    if current is not None and may_read(session, user, current):
        row = codec(mutation.entity).to_wire(_columns(current))
    return MutationResult(
        seq=mutation.seq,
        status=ResultStatus.REJECTED,
        reason=exc.reason,
        message=message,
        row=row,
    )


def _apply(
    session: Session,
    user: User,
    mutation: Mutation,
    cls: type[Entity],
    obj: Entity | None,
    batch: Batch,
) -> ResultStatus:
    entity = mutation.entity
    if mutation.op == MutationOp.CREATE and obj is None:
        return _create(session, user, mutation, cls, batch)
    if obj is None:
        if entity == "customer" and _held(session, user, mutation.row_id):
            raise Rejected("duplicate", "Held with the new customer, a probable duplicate.")
        raise Rejected("not_found", f"There is no {entity} {mutation.row_id} on the server.")
    # only an update may pass by the moved-away grace: never a delete or a restore
    grace = batch.device_id if mutation.op == MutationOp.UPDATE else None
    _check_access(session, user, obj, grace=grace, deciding=batch.author_id is not None)
    if mutation.op in (MutationOp.DELETE, MutationOp.RESTORE):
        _refuse(check_delete(user, entity))
        deleted = mutation.op == MutationOp.DELETE
        if (obj.deleted_at is not None) == deleted:
            return ResultStatus.MERGED
        obj.deleted_at = utcnow() if deleted else None
        _stamp(obj, user, batch)
        return ResultStatus.APPLIED
    return _update(session, user, mutation, obj, batch)


def _create(
    session: Session, user: User, mutation: Mutation, cls: type[Entity], batch: Batch
) -> ResultStatus:
    entity = mutation.entity
    values = _coerce(entity, mutation.changes)
    row = {**validation.defaults(entity), **values}
    if cls is Customer:
        row["owner_id"] = row.get("owner_id") or user.id
        if row.get("branch_id") is None:
            owner = session.get(User, row["owner_id"])
            row["branch_id"] = owner.branch_id if owner else user.branch_id
        _refuse(check_new_customer(session, user, row))
        if batch.author_id is None:  # a manager's "create anyway" is not checked again
            probable = duplicates.push_refusal(session, row["owner_id"], row, mutation.row_id)
            if probable is not None:
                raise Rejected(*probable)
    elif entity in COMPANY_WIDE:
        _check_catalogue(user, entity, row)
        _check_policy_branch(session, user, entity, row)
    else:
        _check_customer(session, user, entity, row.get("customer_id"))
    _refuse(check_references(session, user, entity, values, row))
    if entity == "service_request":  # issue 21: the policy decides, whatever the laptop sent
        row["opened_at"] = row.get("opened_at") or _made_at(mutation)
        row.update(sla.stamp(session, row))
    _check(entity, row)
    _refuse(check_write(session, user, entity, None, {**row, "id": mutation.row_id}))
    now = utcnow()
    obj = cls(id=mutation.row_id, **row)
    obj.created_at = obj.updated_at = now
    obj.created_by = obj.updated_by = user.id
    obj.version = 0
    session.add(obj)
    batch.touch(obj)
    return ResultStatus.APPLIED


def _update(
    session: Session, user: User, mutation: Mutation, obj: Entity, batch: Batch
) -> ResultStatus:
    entity = mutation.entity
    columns = validation.writable_columns(entity)
    known = {k: v for k, v in mutation.changes.items() if k in columns}
    typed = _coerce(entity, known)
    if obj.deleted_at is not None:
        # Delete wins; the edit is kept in the tombstone's conflict log for a manager to restore.
        for key, value in typed.items():
            _log(
                batch,
                obj,
                key,
                lost=to_wire(columns[key], value),
                kept=None,
                by=user,
                reason="deleted",
            )
        return ResultStatus.CONFLICT
    current = _columns(obj)
    made = _made_at(mutation)
    if batch.resend:
        typed = _later_than_held(session, batch, obj, typed, made)
    new_values: dict[str, Any] = {}
    overwritten: dict[str, Any] = {}
    kept = 0  # fields a merge decided, kept against a redirected edit
    for key, value in typed.items():
        server = to_wire(columns[key], current[key])
        wanted = to_wire(columns[key], value)
        if server == wanted:
            continue
        if batch.resend:
            pass  # re-played in its original order (_later_than_held): nothing was overwritten
        elif batch.redirected and mutation.base.get(key, _UNKNOWN) != server:
            # aimed at a merged customer: the merge's choice stands (merges.py)
            _log(batch, obj, key, lost=wanted, kept=server, by=user, reason="merged")
            kept += 1
            continue
        elif mutation.base.get(key, _UNKNOWN) != server:
            overwritten[key] = server  # someone else changed it since: the later arrival wins
        new_values[key] = value
    if not new_values:
        return ResultStatus.CONFLICT if kept else ResultStatus.MERGED
    if isinstance(obj, Customer) and ({"owner_id", "branch_id"} & new_values.keys()):
        raise Rejected("forbidden", "Customers change owner or branch only by reassignment.")
    if isinstance(obj, Customer):
        _check_tier(user, obj, new_values)  # issue 19
    after = {**current, **new_values}
    if entity == "service_request" and new_values.keys() & sla.TRIGGERS:
        due = sla.stamp(session, after)  # issue 21: the policy decides
        new_values.update({k: v for k, v in due.items() if current[k] != v})
        after = {**current, **new_values}
    if entity == "knowledge_article" and "published" in new_values:
        _check_catalogue(user, entity)  # issue 21: managers publish
    for row in (current, after):  # a branch's SLA policy: its managers' (issue 21)
        _check_policy_branch(session, user, entity, row)
    if entity == "service_request" and _closed_unscored(new_values, after):  # issue 21
        raise Rejected("invalid", "A complaint is closed with the customer's satisfaction.")
    if "customer_id" in new_values:
        _check_customer(session, user, entity, new_values["customer_id"])
    _refuse(check_references(session, user, entity, new_values, after))
    _check(entity, after)
    _refuse(check_write(session, user, entity, current, after, new_values.keys()))
    for key, value in new_values.items():
        setattr(obj, key, value)
    lost_by = _authors_of(session, batch, obj, overwritten.keys())
    for key, lost in overwritten.items():
        _log(
            batch,
            obj,
            key,
            lost=lost,
            kept=to_wire(columns[key], new_values[key]),
            by=user,
            reason="overwritten",
            lost_by=lost_by[key],
        )
    author = batch.author_id or user.id
    for key in new_values:
        batch.authors[obj.entity_name, obj.id, key] = author
        batch.times[obj.entity_name, obj.id, key] = made
    _stamp(obj, user, batch)
    return ResultStatus.CONFLICT if overwritten or kept else ResultStatus.APPLIED


def _check_policy_branch(session: Session, user: User, entity: str, row: dict[str, Any]) -> None:
    """A branch's own SLA calendar or targets are changed by those who answer for the branch
    (its managers, administrators); the company's by any manager or administrator."""
    branch_id = row.get("branch_id")
    if entity not in ("service_calendar", "sla_target") or branch_id is None:
        return
    if not answers_for(session, user, branch_id):
        raise Rejected("forbidden", f"The {entity} of another branch is its managers' to change.")


def _closed_unscored(new_values: dict[str, Any], after: dict[str, Any]) -> bool:
    """A complaint being closed without the customer's satisfaction (1-5)."""
    closing = new_values.get("status") == "closed"
    return closing and after["kind"] == "complaint" and after["satisfaction"] is None


def _made_at(mutation: Mutation) -> datetime:
    """When the user made the change (the client's clock; naive: UTC), else now."""
    if mutation.at is None:
        return utcnow()
    return mutation.at if mutation.at.tzinfo else mutation.at.replace(tzinfo=UTC)


def _later_than_held(
    session: Session, batch: Batch, obj: Entity, typed: dict[str, Any], made: datetime
) -> dict[str, Any]:
    """The fields of a re-sent change made later than the values `obj` holds (issue 17, item
    12). After a restore devices re-send in the order they reconnect; a value restored from
    the backup has no time (`new_epoch` cleared it) and is older than any re-sent one, and
    among re-sent values the later made wins, so any order of reconnection ends where the
    server was before the restore. An older field is skipped silently: it never reached the
    final state before the restore either, so no conflict is logged."""
    keys = list(typed)
    if not keys:
        return typed
    entity = obj.entity_name
    query = select(FieldAuthor.field, FieldAuthor.written_at).where(
        FieldAuthor.entity == entity, FieldAuthor.row_id == obj.id, FieldAuthor.field.in_(keys)
    )
    held: dict[str, datetime | None] = {key: when for key, when in session.execute(query)}
    later: dict[str, Any] = {}
    for key, value in typed.items():
        when = batch.times.get((entity, obj.id, key), held.get(key))
        if when is None or made > when:
            later[key] = value
    return later


def _coerce(entity: str, values: dict[str, Any]) -> dict[str, Any]:
    try:
        return validation.coerce(entity, values)
    except ValidationError as exc:
        raise Rejected("invalid", str(exc)) from exc


def _check(entity: str, row: dict[str, Any]) -> None:
    try:
        validation.check_row(entity, row)
    except ValidationError as exc:
        raise Rejected("invalid", str(exc)) from exc


def _check_access(
    session: Session, user: User, obj: Entity, *, grace: str | None, deciding: bool = False
) -> None:
    """The user may change the stored row `obj`: its customer is in their scope, or moved away
    after device `grace` last heard of it (updates only, issue 17 item 2); a personal task is
    its assignee's (unassigned, its author's) and nobody else's (item 3), but for a manager
    deciding on a queued edit of someone of their branches."""
    if obj.entity_name in COMPANY_WIDE:
        _check_catalogue(user, obj.entity_name, _columns(obj))
        return
    customer_id = _customer_of(obj)
    if customer_id is None and isinstance(obj, Task):
        mine = may_read_task(user, obj) or (deciding and answers_for_task(session, user, obj))
        if not mine:
            raise Rejected("not_found", f"There is no task {obj.id} of yours.")
        return
    _check_customer(session, user, obj.entity_name, customer_id, grace=grace)


def _check_customer(
    session: Session, user: User, entity: str, customer_id: str | None, *, grace: str | None = None
) -> None:
    """The customer a row belongs to (or will belong to) is one the user may write."""
    if customer_id is None:
        if entity == "task":
            return  # a personal task; whom it is assigned to is checked with the references
        raise Rejected("invalid", f"The {entity} has no customer.")
    if not may_write(session, user, customer_id, device_id=grace):
        if _held(session, user, customer_id):
            raise Rejected(
                "duplicate", f"Held with its customer {customer_id}, a probable duplicate."
            )
        raise Rejected("not_found", f"There is no customer {customer_id} you may change.")


def _check_tier(user: User, customer: Customer, new_values: dict[str, Any]) -> None:
    """The computed tier is the server's (server.value); only managers and administrators
    lock a tier, or change a locked one."""
    if "computed_tier" in new_values:
        raise Rejected("forbidden", "The computed tier is written by the server only.")
    if user.role in (Role.MANAGER.value, Role.ADMIN.value):
        return
    if "tier_locked" in new_values or (customer.tier_locked and "tier" in new_values):
        raise Rejected("forbidden", "Only managers lock a tier or change a locked one.")


def _check_catalogue(user: User, entity: str, row: dict[str, Any] | None = None) -> None:
    """The company-wide catalogue: managers and administrators write it, reps read it; but
    anyone drafts a knowledge-base article (`row` unpublished), which managers publish."""
    if entity == "knowledge_article" and row is not None and not row.get("published"):
        return
    if not may_write_catalogue(user):
        raise Rejected("forbidden", f"Only managers and administrators may change a {entity}.")


def _held(session: Session, user: User, customer_id: str) -> bool:
    """The customer is one of the user's new customers waiting in the review queue as a
    probable duplicate: what is pushed for it waits with it."""
    query = select(ReviewItem.id).where(
        ReviewItem.row_id == customer_id,
        ReviewItem.entity == "customer",
        ReviewItem.reason == "duplicate",
        ReviewItem.user_id == user.id,
        ReviewItem.decided_at.is_(None),
    )
    return session.scalar(query.limit(1)) is not None


def _refuse(refusal: tuple[str, str] | None) -> None:
    if refusal is not None:
        raise Rejected(*refusal)


def _customer_of(obj: Entity) -> str | None:
    return obj.id if isinstance(obj, Customer) else obj.__dict__.get("customer_id")


def _stamp(obj: Entity, user: User, batch: Batch) -> None:
    obj.updated_at = utcnow()
    obj.updated_by = user.id
    batch.touch(obj)


def _log(
    batch: Batch,
    obj: Entity,
    key: str,
    *,
    lost: Any,
    kept: Any,
    by: User,
    reason: str,
    lost_by: str | None = None,
) -> None:
    actor = batch.author_id or by.id  # a review decision: the edit's author, not the decider
    batch.conflicts.append(
        ConflictEntry(
            version=0,
            customer_id=_customer_of(obj),
            entity=obj.entity_name,
            row_id=obj.id,
            field=key,
            lost_value=lost,
            kept_value=kept,
            lost_by=lost_by if reason == "overwritten" else actor,
            kept_by=actor if reason == "overwritten" else obj.updated_by,
            reason=reason,
            seq=batch.seq,
        )
    )


def _authors_of(session: Session, batch: Batch, obj: Entity, keys: Any) -> dict[str, str | None]:
    """Who wrote the current value of each of these fields of `obj` (FieldAuthor): this
    batch's own writes first, then the stored authors, then the row's creator."""
    entity, keys = obj.entity_name, list(keys)
    if not keys:
        return {}
    query = select(FieldAuthor.field, FieldAuthor.user_id).where(
        FieldAuthor.entity == entity,
        FieldAuthor.row_id == obj.id,
        FieldAuthor.field.in_([*keys, "*"]),
    )
    stored: dict[str, str | None] = {key: by for key, by in session.execute(query)}
    fallback = stored.get("*", obj.created_by)
    return {
        key: batch.authors.get((entity, obj.id, key), stored.get(key, fallback)) for key in keys
    }


def _store_authors(
    session: Session,
    authors: dict[tuple[str, str, str], str],
    times: dict[tuple[str, str, str], datetime],
) -> None:
    """Insert or replace the batch's field authors and times: a few rows per edited field,
    written with the batch (one delete and one insert, whatever the number of fields)."""
    if not authors:
        return
    keys = list(authors)
    table = FieldAuthor.__table__
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        session.execute(
            table.delete().where(tuple_(table.c.entity, table.c.row_id, table.c.field).in_(chunk))
        )
        session.execute(
            table.insert(),
            [
                {
                    "entity": e,
                    "row_id": r,
                    "field": f,
                    "user_id": authors[e, r, f],
                    "written_at": times.get((e, r, f)),
                }
                for e, r, f in chunk
            ],
        )


def _columns(obj: Entity) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}
