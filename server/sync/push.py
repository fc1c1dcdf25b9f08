"""Apply a device's mutations exactly once, in order, merging field by field (principles 3-4).

One request is one transaction: the effects, the conflict log, the review queue
and the device's last applied number commit together, so a request that is
retried, duplicated or whose answer was lost changes nothing the second time.
"""

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from sync.protocol import validation
from sync.protocol.entities import ENTITIES, Customer, Entity
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
from ..errors import ApiError
from ..models import ConflictEntry, DeviceSync, ReviewItem, User
from ..permissions import answers_for
from .scope import may_write, require_replica
from .versions import next_version, watermark

_UNKNOWN = object()


class Rejected(Exception):
    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass
class Batch:
    """What one push request wrote, stamped with one change number at the end."""

    touched: dict[str, Entity] = field(default_factory=dict)
    conflicts: list[ConflictEntry] = field(default_factory=list)
    seq: int = 0  # the mutation being applied

    def touch(self, obj: Entity) -> None:
        self.touched[f"{obj.entity_name}:{obj.id}"] = obj


def push(session: Session, caller: Caller, request: PushRequest) -> PushResponse:
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
    batch = Batch()
    results: list[MutationResult] = []
    for mutation in sorted(request.mutations, key=lambda m: m.seq):
        if mutation.seq <= state.last_mutation:
            results.append(MutationResult(seq=mutation.seq, status=ResultStatus.DUPLICATE))
            continue
        batch.seq = mutation.seq
        results.append(_apply_one(session, user, caller.device_id, mutation, batch))
        state.last_mutation = mutation.seq
    state.last_push_at = utcnow()
    seal(session, batch, caller.device_id)
    counts: dict[str, int] = {}
    for result in results:
        counts[result.status.value] = counts.get(result.status.value, 0) + 1
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


def apply_as(
    session: Session, decider: User, author: User, mutation: Mutation, batch: Batch
) -> ResultStatus:
    """Apply `author`'s mutation by `decider`'s authority (a review decision): access is the
    decider's, the edit stays attributed to its author. Raises Rejected."""
    cls = ENTITIES[mutation.entity]
    obj = session.get(cls, mutation.row_id, with_for_update=True)
    batch.seq = mutation.seq
    with session.no_autoflush:
        status = _apply(session, decider, mutation, cls, obj, batch)
    for touched in batch.touched.values():
        touched.updated_by = author.id
        if mutation.op == MutationOp.CREATE and obj is None:
            touched.created_by = author.id
    for conflict in batch.conflicts:
        if conflict.seq == mutation.seq:
            conflict.lost_by = author.id if conflict.lost_by == decider.id else conflict.lost_by
            conflict.kept_by = author.id if conflict.kept_by == decider.id else conflict.kept_by
    return status


def _apply_one(
    session: Session, user: User, device_id: str, mutation: Mutation, batch: Batch
) -> MutationResult:
    cls = ENTITIES[mutation.entity]
    obj = session.get(cls, mutation.row_id, with_for_update=True)
    try:
        with session.no_autoflush:
            status = _apply(session, user, mutation, cls, obj, batch)
    except Rejected as exc:
        session.add(
            ReviewItem(
                user_id=user.id,
                device_id=device_id,
                seq=mutation.seq,
                entity=mutation.entity,
                row_id=mutation.row_id,
                op=mutation.op.value,
                changes=mutation.changes,
                base=mutation.base,
                reason=exc.reason,
                message=exc.message[:500],
            )
        )
        current = session.get(cls, mutation.row_id)
        row = codec(mutation.entity).to_wire(_columns(current)) if current else None
        return MutationResult(
            seq=mutation.seq,
            status=ResultStatus.REJECTED,
            reason=exc.reason,
            message=exc.message,
            row=row,
        )
    return MutationResult(seq=mutation.seq, status=status)


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
        raise Rejected("not_found", f"There is no {entity} {mutation.row_id} on the server.")
    _check_access(session, user, entity, _customer_of(obj), mutation)
    if mutation.op in (MutationOp.DELETE, MutationOp.RESTORE):
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
        if not _owner_allowed(session, user, row):
            raise Rejected("forbidden", "You cannot create a customer for that owner or branch.")
    else:
        _check_access(session, user, entity, row.get("customer_id"), mutation)
    _check(entity, row)
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
    new_values: dict[str, Any] = {}
    overwritten: dict[str, Any] = {}
    for key, value in typed.items():
        server = to_wire(columns[key], current[key])
        wanted = to_wire(columns[key], value)
        if server == wanted:
            continue
        if mutation.base.get(key, _UNKNOWN) != server:
            overwritten[key] = server  # someone else changed it since: the later arrival wins
        new_values[key] = value
    if not new_values:
        return ResultStatus.MERGED
    if "customer_id" in new_values:
        _check_access(session, user, entity, new_values["customer_id"], mutation)
    if isinstance(obj, Customer) and ({"owner_id", "branch_id"} & new_values.keys()):
        raise Rejected("forbidden", "Customers change owner or branch only by reassignment.")
    _check(entity, {**current, **new_values})
    for key, value in new_values.items():
        setattr(obj, key, value)
    for key, lost in overwritten.items():
        _log(
            batch,
            obj,
            key,
            lost=lost,
            kept=to_wire(columns[key], new_values[key]),
            by=user,
            reason="overwritten",
            lost_by=current.get("updated_by"),
        )
    _stamp(obj, user, batch)
    return ResultStatus.CONFLICT if overwritten else ResultStatus.APPLIED


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
    session: Session, user: User, entity: str, customer_id: str | None, mutation: Mutation
) -> None:
    if customer_id is None:
        if entity == "task":
            return  # a personal task: anyone may keep their own
        raise Rejected("invalid", f"The {entity} has no customer.")
    if not may_write(session, user, customer_id):
        raise Rejected("not_found", f"There is no customer {customer_id} you may change.")


def _owner_allowed(session: Session, user: User, row: dict[str, Any]) -> bool:
    if row["owner_id"] == user.id:
        return True
    owner = session.get(User, row["owner_id"])
    return owner is not None and owner.active and answers_for(session, user, owner.branch_id)


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
    batch.conflicts.append(
        ConflictEntry(
            version=0,
            customer_id=_customer_of(obj),
            entity=obj.entity_name,
            row_id=obj.id,
            field=key,
            lost_value=lost,
            kept_value=kept,
            lost_by=lost_by if reason == "overwritten" else by.id,
            kept_by=by.id if reason == "overwritten" else obj.updated_by,
            reason=reason,
            seq=batch.seq,
        )
    )


def _columns(obj: Entity) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}
