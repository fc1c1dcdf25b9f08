"""Create, edit, soft-delete, restore and list every entity of the local replica.

The only write path the UI uses. Each write validates with the shared domain
rules, then stores the row and its field-level outbox entry in one SQLite
transaction (DESIGN.md, sync principles 1-2): the edit is visible at once and
can never be lost between the two.
"""

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync.protocol import validation
from sync.protocol.entities import Contact, Customer, Entity
from sync.protocol.types import new_id, utcnow
from sync.protocol.values import to_wire

from . import search_index
from .changes import ChangeFeed, Changes
from .errors import NotFound, RecordDeleted
from .local_tables import OutboxEntry
from .replica import Replica

Row = dict[str, Any]


class Records:
    """Entity services over one replica, acting as one signed-in user.

    After each write commits, what it changed (entity, id, fields) is published on `feed`
    (app/changes.py): screens refresh from that, and the window sends the edit promptly."""

    def __init__(
        self, replica: Replica, user_id: str | None = None, feed: ChangeFeed | None = None
    ) -> None:
        self.replica = replica
        self.user_id = user_id
        self.feed = feed or ChangeFeed()

    # --- reads -------------------------------------------------------------------------

    def get(self, entity: str, row_id: str, *, include_deleted: bool = False) -> Row:
        cls = validation.entity_class(entity)
        with self.replica.reading() as session:
            obj = session.get(cls, row_id)
            if obj is None or (obj.deleted_at is not None and not include_deleted):
                raise NotFound(f"No {entity} with id {row_id}.")
            return _as_row(obj)

    def find(
        self,
        entity: str,
        *,
        customer_id: str | None = None,
        include_deleted: bool = False,
        limit: int | None = None,
    ) -> list[Row]:
        cls = validation.entity_class(entity)
        query = select(cls)
        if not include_deleted:
            query = query.where(cls.deleted_at.is_(None))
        if customer_id is not None:
            query = query.where(cls.__table__.c.customer_id == customer_id)
        query = query.order_by(cls.created_at, cls.id).limit(limit)
        with self.replica.reading() as session:
            return [_as_row(obj) for obj in session.scalars(query)]

    def rows(self, entity: str, ids: list[str]) -> dict[str, Row]:
        """The rows with these ids (one query), for a view that fetches a page at a time."""
        cls = validation.entity_class(entity)
        with self.replica.reading() as session:
            return {
                obj.id: _as_row(obj) for obj in session.scalars(select(cls).where(cls.id.in_(ids)))
            }

    def pending_count(self) -> int:
        with self.replica.reading() as session:
            return session.scalar(select(func.count()).select_from(OutboxEntry)) or 0

    # --- writes ------------------------------------------------------------------------

    def create(self, entity: str, values: Mapping[str, Any]) -> Row:
        cls = validation.entity_class(entity)
        initial = validation.defaults(entity)
        if cls is Customer:
            initial["owner_id"] = self.user_id
        typed = {**initial, **validation.validate(entity, values, initial)}
        with self.replica.transaction() as session:
            self._check_parents(session, entity, typed)
            obj = cls(id=new_id(), **typed)
            now = utcnow()
            obj.created_at = obj.updated_at = now
            obj.created_by = obj.updated_by = self.user_id
            session.add(obj)
            changes = _wire(obj, validation.writable_columns(entity))
            self.record(session, obj, "create", changes, {})
            row = _as_row(obj)
        self.feed.publish(Changes.of(entity, [row["id"]], typed, local=True))
        return row

    def update(self, entity: str, row_id: str, values: Mapping[str, Any]) -> Row:
        with self.replica.transaction() as session:
            obj = self._load(session, entity, row_id)
            if obj.deleted_at is not None:
                raise RecordDeleted(f"This {entity} was deleted; restore it before editing.")
            before = _as_row(obj)
            typed = validation.validate(entity, values, before)
            changed = {k: v for k, v in typed.items() if before[k] != v}
            self._check_parents(session, entity, changed)
            if not changed:
                return before
            columns = validation.writable_columns(entity)
            base = {k: to_wire(columns[k], before[k]) for k in changed}
            for key, value in changed.items():
                setattr(obj, key, value)
            self._touch(obj)
            self.record(
                session,
                obj,
                "update",
                {k: to_wire(columns[k], v) for k, v in changed.items()},
                base,
            )
            row = _as_row(obj)
        self.feed.publish(Changes.of(entity, [row_id], changed, local=True))
        return row

    def delete(self, entity: str, row_id: str) -> Row:
        return self._set_deleted(entity, row_id, deleted=True)

    def restore(self, entity: str, row_id: str) -> Row:
        return self._set_deleted(entity, row_id, deleted=False)

    # --- internals ---------------------------------------------------------------------

    def _set_deleted(self, entity: str, row_id: str, *, deleted: bool) -> Row:
        with self.replica.transaction() as session:
            obj = self._load(session, entity, row_id)
            if (obj.deleted_at is not None) == deleted:
                return _as_row(obj)
            obj.deleted_at = utcnow() if deleted else None
            self._touch(obj)
            self.record(session, obj, "delete" if deleted else "restore", {}, {})
            row = _as_row(obj)
        self.feed.publish(Changes.of(entity, [row_id], ["deleted_at"], local=True))
        return row

    def _load(self, session: Session, entity: str, row_id: str) -> Entity:
        obj = session.get(validation.entity_class(entity), row_id)
        if obj is None:
            raise NotFound(f"No {entity} with id {row_id}.")
        return obj

    def _check_parents(self, session: Session, entity: str, values: Mapping[str, Any]) -> None:
        """A child must point at a customer (or contact) this replica holds."""
        errors = []
        for key in ("customer_id", "related_customer_id", "contact_id"):
            target = values.get(key)
            if not target:
                continue
            parent = "contact" if key == "contact_id" else "customer"
            if session.get(validation.entity_class(parent), target) is None:
                errors.append(validation.FieldError(key, "not_found"))
        if errors:
            raise validation.ValidationError(entity, errors)

    def _touch(self, obj: Entity) -> None:
        obj.updated_at = utcnow()
        obj.updated_by = self.user_id

    def record(
        self,
        session: Session,
        obj: Entity,
        op: str,
        changes: Row | None = None,
        base: Row | None = None,
    ) -> OutboxEntry:
        """The outbox entry of a write to `obj` in `session` (and its derived search keys):
        for services that write rows themselves, in the same transaction."""
        entry = OutboxEntry(
            entity=obj.entity_name,
            row_id=obj.id,
            op=op,
            changes=changes or {},
            base=base or {},
            user_id=self.user_id,
        )
        session.add(entry)
        if isinstance(obj, Customer | Contact):
            session.flush()  # the row is in the table before its sort keys are written to it
            store = (
                search_index.store_customers
                if isinstance(obj, Customer)
                else search_index.store_contacts
            )
            store(session, [_as_row(obj)])
        return entry


def _as_row(obj: Entity) -> Row:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}


def _wire(obj: Entity, columns: Mapping[str, Any]) -> Row:
    return {name: to_wire(column, getattr(obj, name)) for name, column in columns.items()}
