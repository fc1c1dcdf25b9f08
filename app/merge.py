"""Merge two customers into one, and undo it (issue 18, item 4).

`Merge.merge(survivor, loser, choices)` writes, in one replica transaction and as ordinary
mutations (so the server and every other device follow): the survivor's fields as chosen
field by field (phones and tags may be the union of both), every live child of the loser
(contacts, interactions, opportunities, tasks, service requests, relations) moved to the
survivor, relations of other customers that point at the loser pointed at the survivor, and
the loser archived with `merged_into_id` = survivor. A relation between the two would relate
the survivor to itself: it is archived instead. Archived children stay with the archived loser.

What the merge changed is kept in the replica's `customer_merges` table, and `undo` puts it
back the same way, as ordinary mutations (also after a sync): the loser restored and its
pointer cleared first (so the server redirects nothing of what follows), the moved children
back, the archived relations restored, and each survivor field back to its former value
unless it was edited since the merge (a later edit is kept).

A loser is "merged" while it is archived with its pointer: restored from the archive by hand,
it is an ordinary customer again (the server redirects nothing to it, and it may be merged).

Who may merge: a rep their own customers; a manager any two customers of their replica (their
branches). Devices that still hold the loser are redirected by the server
(server/sync/merges.py).
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync.protocol import validation
from sync.protocol.entities import Customer, Entity, Relation
from sync.protocol.enums import Role
from sync.protocol.types import new_id, utcnow
from sync.protocol.values import from_wire, to_wire

from .changes import Changes
from .errors import KnownError, NotFound
from .local_tables import CustomerMerge
from .records import Records, Row

Choice = Literal["survivor", "loser", "union"]

CHILDREN = (
    "contact",
    "interaction",
    "opportunity",
    "task",
    "service_request",
    "contract",
    "contract_line",
    "payment",
    "relation",
)
"""Entities whose `customer_id` moves to the survivor, in the order they are written."""
UNIONS = frozenset({"phones", "tags"})
"""List fields that may take both customers' values."""
FIXED = frozenset({"owner_id", "branch_id", "merged_into_id"})
"""Customer fields a merge never chooses: owner and branch change only by reassignment."""


class MergeRefused(KnownError):
    """The two customers cannot be merged (the same one, one gone or merged, not yours)."""

    code = "merge_refused"


def fields() -> list[str]:
    """The customer fields a merge chooses between, in form order."""
    return [name for name in validation.writable_columns("customer") if name not in FIXED]


@dataclass(frozen=True)
class Preview:
    survivor: Row
    loser: Row
    differing: list[str]  # fields whose values differ, in form order
    counts: dict[str, int]  # live rows per entity that will move to the survivor

    def default(self, field: str) -> Choice:
        """What the dialog proposes: the union for lists, else the survivor's value unless it
        is empty."""
        if field in UNIONS:
            return "union"
        return "loser" if _empty(self.survivor[field]) else "survivor"

    def value(self, field: str, choice: Choice) -> Any:
        return _chosen(field, choice, self.survivor[field], self.loser[field])


@dataclass(frozen=True)
class MergeInfo:
    """One merge kept by this replica, for the survivor's History."""

    id: str
    survivor_id: str
    loser_id: str
    loser_name: str
    merged_at: datetime
    moved: int  # child rows moved
    undone_at: datetime | None
    here: bool = True  # made on this replica, so it can be undone here


class Merge:
    def __init__(self, records: Records, role: str | None = None) -> None:
        self.records = records
        self.role = role

    # --- reads ---------------------------------------------------------------------------

    def preview(self, survivor_id: str, loser_id: str) -> Preview:
        with self.records.replica.reading() as session:
            survivor, loser = self._pair(session, survivor_id, loser_id)
            counts = {
                entity: len(_children(session, entity, loser_id))
                for entity in CHILDREN
                if entity != "relation"
            }
            counts["relation"] = len(_relations(session, survivor_id, loser_id))
            s, lo = _row(survivor), _row(loser)
        differing = [f for f in fields() if s[f] != lo[f]]
        return Preview(s, lo, differing, counts)

    def candidates(self, customer_id: str, ids: list[str]) -> list[str]:
        """Those of `ids` this customer may be merged with (live, unmerged, allowed)."""
        with self.records.replica.reading() as session:
            out = []
            for other in ids:
                try:
                    self._pair(session, customer_id, other)
                except KnownError:
                    continue
                out.append(other)
            return out

    def history(self, customer_id: str) -> list[MergeInfo]:
        """Merges into this customer, newest first: those made on this replica (with what they
        moved, so they can be undone), and those that arrived by sync from another computer
        (an archived customer pointing at this one; undone only where it was made)."""
        query = (
            select(CustomerMerge)
            .where(CustomerMerge.survivor_id == customer_id)
            .order_by(CustomerMerge.merged_at.desc())
        )
        with self.records.replica.reading() as session:
            out = []
            for merge in session.scalars(query):
                loser = session.get(Customer, merge.loser_id)
                out.append(
                    MergeInfo(
                        id=merge.id,
                        survivor_id=merge.survivor_id,
                        loser_id=merge.loser_id,
                        loser_name=loser.name if loser is not None else "",
                        merged_at=merge.merged_at,
                        moved=len(merge.record.get("moved", [])),
                        undone_at=merge.undone_at,
                    )
                )
            known = {m.loser_id for m in out}
            arrived = select(Customer).where(
                Customer.merged_into_id == customer_id, Customer.deleted_at.is_not(None)
            )
            for loser in session.scalars(arrived):
                if loser.id not in known:
                    out.append(
                        MergeInfo(
                            id="",
                            survivor_id=customer_id,
                            loser_id=loser.id,
                            loser_name=loser.name,
                            merged_at=loser.deleted_at or loser.updated_at,
                            moved=0,
                            undone_at=None,
                            here=False,
                        )
                    )
            return sorted(out, key=lambda m: m.merged_at, reverse=True)

    # --- writes --------------------------------------------------------------------------

    def merge(
        self, survivor_id: str, loser_id: str, choices: Mapping[str, Choice] | None = None
    ) -> str:
        """Merge `loser_id` into `survivor_id`; returns the merge's id (for `undo`).
        `choices`: per differing field, whose value the survivor keeps (default:
        `Preview.default`)."""
        choices = choices or {}
        records = self.records
        columns = validation.writable_columns("customer")
        touched: dict[str, list[str]] = {}
        with records.replica.transaction() as session:
            survivor, loser = self._pair(session, survivor_id, loser_id)
            s, lo = _row(survivor), _row(loser)
            preview = Preview(s, lo, [f for f in fields() if s[f] != lo[f]], {})
            wanted = {
                f: preview.value(f, choices.get(f, preview.default(f))) for f in preview.differing
            }
            typed = validation.validate("customer", wanted, s)
            changed = {k: v for k, v in typed.items() if s[k] != v}
            field_record: dict[str, list[Any]] = {}
            if changed:
                base = {k: to_wire(columns[k], s[k]) for k in changed}
                after = {k: to_wire(columns[k], v) for k, v in changed.items()}
                for key, value in changed.items():
                    setattr(survivor, key, value)
                self._touch(survivor)
                records.record(session, survivor, "update", after, base)
                field_record = {k: [base[k], after[k]] for k in changed}
            moved: list[list[str]] = []
            archived: list[list[str]] = []
            for entity in CHILDREN:
                for obj in _children(session, entity, loser_id):
                    if isinstance(obj, Relation) and obj.related_customer_id == survivor_id:
                        self._archive(session, obj)  # the survivor related to itself
                        archived.append([entity, obj.id])
                    else:
                        self._move(session, obj, "customer_id", loser_id, survivor_id)
                        moved.append([entity, obj.id, "customer_id"])
                    touched.setdefault(entity, []).append(obj.id)
            pointing = select(Relation).where(
                Relation.related_customer_id == loser_id, Relation.deleted_at.is_(None)
            )
            for relation in session.scalars(pointing):
                if relation.customer_id == survivor_id:
                    self._archive(session, relation)
                    archived.append(["relation", relation.id])
                else:
                    self._move(session, relation, "related_customer_id", loser_id, survivor_id)
                    moved.append(["relation", relation.id, "related_customer_id"])
                touched.setdefault("relation", []).append(relation.id)
            loser.merged_into_id = survivor_id
            self._touch(loser)
            records.record(
                session, loser, "update", {"merged_into_id": survivor_id}, {"merged_into_id": None}
            )
            self._archive(session, loser)
            merge_id = new_id()
            session.add(
                CustomerMerge(
                    id=merge_id,
                    survivor_id=survivor_id,
                    loser_id=loser_id,
                    user_id=records.user_id,
                    merged_at=utcnow(),
                    record={"fields": field_record, "moved": moved, "archived": archived},
                )
            )
        self._publish(survivor_id, loser_id, list(changed), touched)
        return merge_id

    def undo(self, merge_id: str) -> list[str]:
        """Take a merge back; returns the survivor's fields that were edited since the merge
        and so keep their newer value."""
        records = self.records
        columns = validation.writable_columns("customer")
        kept: list[str] = []
        touched: dict[str, list[str]] = {}
        with records.replica.transaction() as session:
            merge = session.get(CustomerMerge, merge_id)
            if merge is None or merge.undone_at is not None:
                raise NotFound(f"No merge {merge_id} to undo.")
            survivor = session.get(Customer, merge.survivor_id)
            loser = session.get(Customer, merge.loser_id)
            if survivor is None or loser is None:
                raise NotFound("The merged customers are no longer on this computer.")
            # first the loser: live and unmerged, so nothing after this is redirected
            if loser.deleted_at is not None:
                loser.deleted_at = None
                self._touch(loser)
                records.record(session, loser, "restore")
            if loser.merged_into_id is not None:
                records.record(
                    session,
                    loser,
                    "update",
                    {"merged_into_id": None},
                    {"merged_into_id": loser.merged_into_id},
                )
                loser.merged_into_id = None
                self._touch(loser)
            for entity, row_id, key in merge.record.get("moved", []):
                obj = session.get(validation.entity_class(entity), row_id)
                if obj is None or obj.deleted_at is not None:
                    continue  # moved away with its customer, or archived since: left as it is
                if getattr(obj, key) == merge.survivor_id:
                    self._move(session, obj, key, merge.survivor_id, merge.loser_id)
                    touched.setdefault(entity, []).append(row_id)
            for entity, row_id in merge.record.get("archived", []):
                obj = session.get(validation.entity_class(entity), row_id)
                if obj is not None and obj.deleted_at is not None:
                    obj.deleted_at = None
                    self._touch(obj)
                    records.record(session, obj, "restore")
                    touched.setdefault(entity, []).append(row_id)
            changes: dict[str, Any] = {}
            base: dict[str, Any] = {}
            for key, (before, after) in merge.record.get("fields", {}).items():
                now = to_wire(columns[key], getattr(survivor, key))
                if now != after:
                    kept.append(key)  # edited since the merge: the newer value stays
                    continue
                changes[key], base[key] = before, now
                setattr(survivor, key, from_wire(columns[key], before))
            if changes:
                self._touch(survivor)
                records.record(session, survivor, "update", changes, base)
            merge.undone_at = utcnow()
        self._publish(merge.survivor_id, merge.loser_id, list(changes), touched)
        return kept

    # --- internals -----------------------------------------------------------------------

    def _pair(self, session: Session, survivor_id: str, loser_id: str) -> tuple[Customer, Customer]:
        if survivor_id == loser_id:
            raise MergeRefused("A customer cannot be merged with itself.")
        pair = []
        for customer_id in (survivor_id, loser_id):
            customer = session.get(Customer, customer_id)
            if customer is None or customer.deleted_at is not None:
                raise NotFound(f"No customer with id {customer_id}.")
            if self.role != Role.MANAGER.value and customer.owner_id != self.records.user_id:
                raise MergeRefused("You can merge only your own customers.")
            pair.append(customer)
        return pair[0], pair[1]

    def _move(self, session: Session, obj: Entity, key: str, old: str, new: str) -> None:
        setattr(obj, key, new)
        self._touch(obj)
        self.records.record(session, obj, "update", {key: new}, {key: old})

    def _archive(self, session: Session, obj: Entity) -> None:
        obj.deleted_at = utcnow()
        self._touch(obj)
        self.records.record(session, obj, "delete")

    def _touch(self, obj: Entity) -> None:
        obj.updated_at = utcnow()
        obj.updated_by = self.records.user_id

    def _publish(
        self, survivor_id: str, loser_id: str, fields: list[str], touched: dict[str, list[str]]
    ) -> None:
        feed = self.records.feed
        feed.publish(
            Changes.of("customer", [survivor_id, loser_id], [*fields, "deleted_at"], local=True)
        )
        for entity, ids in touched.items():
            feed.publish(Changes.of(entity, ids, ["customer_id"], local=True))


def _children(session: Session, entity: str, customer_id: str) -> list[Entity]:
    cls = validation.entity_class(entity)
    table = cls.__table__
    query = select(cls).where(table.c.customer_id == customer_id, table.c.deleted_at.is_(None))
    return list(session.scalars(query.order_by(table.c.created_at, table.c.id)))


def _relations(session: Session, survivor_id: str, loser_id: str) -> list[str]:
    """Live relations that will move or be archived: the loser's own, and others' to it."""
    query = select(Relation.id).where(
        Relation.deleted_at.is_(None),
        (Relation.customer_id == loser_id) | (Relation.related_customer_id == loser_id),
    )
    return list(session.scalars(query))


def _row(obj: Entity) -> Row:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _chosen(field: str, choice: Choice, survivor: Any, loser: Any) -> Any:
    if choice == "loser":
        return loser
    if choice == "union" and field in UNIONS:
        both = list(survivor or [])
        both += [item for item in loser or [] if item not in both]
        return both[: validation.MAX_LIST_ITEMS]
    return survivor


def count_merges(records: Records) -> int:
    """How many merges this replica holds (tests, diagnostics)."""
    with records.replica.reading() as session:
        return session.scalar(select(func.count()).select_from(CustomerMerge)) or 0
