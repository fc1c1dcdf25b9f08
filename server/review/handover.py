"""A departed user's device hands over its unsynced edits: `/sync/surrender`.

It authenticates with the refresh token of its revoked session: that proves which device it
is, and is accepted only once the account is closed, only for this. Each mutation is queued
once, however often the device retries.

What it hands over is an outbox, so it is held to what an outbox can be (issue 17, item 9):
edits of known fields with values that pass the same validation as a push, each of them the
size of an edit, and no more of them than a device makes. A token alone must not be a way to
fill the server's disk.
"""

from typing import Any

import orjson
from sqlalchemy import LargeBinary, Text, cast, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from sync.protocol import validation
from sync.protocol.types import utcnow
from sync.protocol.validation import ValidationError
from sync.protocol.wire import Mutation

from .. import audit, devices
from ..errors import ApiError
from ..models import AuthSession, DeviceSync, ReviewItem, User
from ..security import token_hash

DEPARTED = "departed"
# A rep offline for a month makes a few hundred edits of a few hundred bytes each (a new
# customer with notes is about 1 KB); these leave ten times that room and no more.
MAX_SURRENDER_ITEMS = 5_000  # edits per device
MAX_SURRENDER_EDIT = 64 * 1024  # bytes of one edit's changes and base, as stored (JSON)
MAX_SURRENDER_BYTES = 8 * 1024 * 1024  # bytes per closed account, all its devices together


def surrender(session: Session, refresh_token: str, mutations: list[Mutation]) -> int:
    """Queue a departed device's edits for review; returns how many were queued. 422 for an
    edit no push would accept, 413 past what a real outbox holds; nothing is queued then."""
    auth = session.scalar(
        select(AuthSession).where(AuthSession.refresh_hash == token_hash(refresh_token))
    )
    user = session.get(User, auth.user_id) if auth else None
    if auth is None or user is None:
        raise ApiError(401, "invalid_token", "Unknown session.")
    if devices.is_lost(session, auth.device_id):  # whoever holds it now is not the user
        raise devices.lost()
    if user.active:
        raise ApiError(409, "account_active", "This account is active: sync as usual.")
    state = session.get(DeviceSync, auth.device_id, with_for_update=True)
    if state is None:
        state = DeviceSync(device_id=auth.device_id, last_mutation=0)
        session.add(state)
        session.flush()
    fresh = [m for m in sorted(mutations, key=lambda m: m.seq) if m.seq > state.last_mutation]
    edits = [_validated(m) for m in fresh]
    _check_room(session, user, auth.device_id, edits)
    for mutation, (changes, base, _size) in zip(fresh, edits, strict=True):
        session.add(
            ReviewItem(
                user_id=user.id,
                device_id=auth.device_id,
                seq=mutation.seq,
                entity=mutation.entity,
                row_id=mutation.row_id,
                op=mutation.op.value,
                changes=changes,
                base=base,
                reason=DEPARTED,
                message="Not yet synced when the account was closed.",
                at=mutation.at or utcnow(),
            )
        )
        state.last_mutation = mutation.seq
    if fresh:
        audit.record(
            session,
            "departure_upload",
            user_id=user.id,
            device_id=auth.device_id,
            queued=len(fresh),
        )
    return len(fresh)


Edit = tuple[dict[str, Any], dict[str, Any], int]  # changes, base, size in bytes


def _validated(mutation: Mutation) -> Edit:
    """The edit as a push would take it: fields the server does not know are left out (a
    newer client's, principle 2), known ones must hold valid values; base values are plain
    values of known fields."""
    columns = validation.writable_columns(mutation.entity)
    changes = {k: v for k, v in mutation.changes.items() if k in columns}
    base = {k: v for k, v in mutation.base.items() if k in columns}
    try:
        validation.coerce(mutation.entity, changes)
    except ValidationError as exc:
        raise ApiError(422, "invalid_edit", f"Edit {mutation.seq}: {exc}") from exc
    if not all(_plain(value) for value in base.values()):
        raise ApiError(422, "invalid_edit", f"Edit {mutation.seq}: a base value is not a value.")
    size = len(orjson.dumps(changes)) + len(orjson.dumps(base))
    if size > MAX_SURRENDER_EDIT:
        raise ApiError(
            413, "edit_too_large", f"Edit {mutation.seq} is larger than any edit can be."
        )
    return changes, base, size


def _plain(value: Any) -> bool:
    """A wire value of one field: a scalar, or a list of strings (phones, tags)."""
    if isinstance(value, list):
        return all(isinstance(item, str) for item in value)
    return value is None or isinstance(value, str | int | float | bool)


def _check_room(session: Session, user: User, device_id: str, edits: list[Edit]) -> None:
    if not edits:
        return
    held = session.scalar(
        select(func.count())
        .select_from(ReviewItem)
        .where(ReviewItem.device_id == device_id, ReviewItem.reason == DEPARTED)
    )
    dialect = session.get_bind().dialect.name
    size = _bytes(ReviewItem.changes, dialect) + _bytes(ReviewItem.base, dialect)
    stored = session.scalar(
        select(func.coalesce(func.sum(size), 0)).where(
            ReviewItem.user_id == user.id, ReviewItem.reason == DEPARTED
        )
    )
    count_ok = (held or 0) + len(edits) <= MAX_SURRENDER_ITEMS
    size_ok = int(stored or 0) + sum(size for *_, size in edits) <= MAX_SURRENDER_BYTES
    if not (count_ok and size_ok):
        raise ApiError(
            413,
            "outbox_too_large",
            "This is more than a device's unsynced edits can be; nothing more is accepted.",
        )


def _bytes(column: Any, dialect: str) -> ColumnElement[int]:
    """Stored size of a JSON column in bytes (UTF-8): SQLite's length() counts the bytes of a
    blob (and the characters of text), PostgreSQL has octet_length."""
    if dialect == "sqlite":
        return func.coalesce(func.length(cast(column, LargeBinary)), 0)
    return func.coalesce(func.octet_length(cast(column, Text)), 0)
