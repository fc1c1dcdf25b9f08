"""What the Sync screen explains: recent rounds, edits waiting to go out, values overwritten by
a later edit (conflicts), and edits the server refused, each with the customer it concerns."""

from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select

from sync.client.poison import SERVER_ERROR as SET_ASIDE
from sync.client.tables import LocalConflict, OutboxEntry, Rejection
from sync.protocol.entities import ENTITIES, Customer
from sync.protocol.rows import codec
from sync.protocol.tiers import HISTORY_REASON

from .replica import Replica


@dataclass(frozen=True)
class Item:
    at: datetime | None
    entity: str
    row_id: str
    customer: str  # the customer's name ("" when it is not on this computer)
    op: str  # create | update | delete | restore, or the conflict's reason
    fields: list[str]
    detail: dict[str, Any]


@dataclass(frozen=True)
class Round:
    """One finished sync round, as the history shows it; or a run of alike rounds in a row
    (nothing to send or receive, or the same failure), kept as one line: `count` of them from
    `first_at` to `at`. A minute's empty checks and an offline afternoon's retries would
    otherwise push every round that did something out of the history."""

    at: datetime
    ok: bool
    pushed: int = 0
    received: int = 0
    conflicts: int = 0
    rejected: int = 0
    error: str = ""
    count: int = 1
    first_at: datetime | None = None

    @property
    def empty(self) -> bool:
        return self.ok and not (self.pushed or self.received or self.conflicts or self.rejected)

    def alike(self, other: "Round") -> bool:
        if self.ok != other.ok:
            return False
        return self.empty and other.empty if self.ok else self.error == other.error

    @property
    def since(self) -> datetime:
        return self.first_at or self.at


def with_round(rounds: list["Round"], done: Round, length: int) -> list[Round]:
    """`rounds` (newest first) with `done` added: folded into the newest if alike."""
    if rounds and rounds[0].alike(done):
        newest = rounds[0]
        done = replace(done, count=newest.count + done.count, first_at=newest.since)
        return [done, *rounds[1:]][:length]
    return [done, *rounds][:length]


# SET_ASIDE: the reason of a refused edit the server failed on every time, kept here only
__all__ = ["SET_ASIDE", "Item", "Round", "SyncActivity", "with_round"]

HISTORY_KEY = "app.sync_history"
HISTORY_LENGTH = 50
DISMISSED_KEY = "app.dismissed_conflicts"
DISMISSED_KEPT = 5000


class SyncActivity:
    def __init__(self, replica: Replica) -> None:
        self.replica = replica

    def history(self) -> list[Round]:
        """The last rounds, newest first; kept in the replica so a restart does not forget."""
        stored = self.replica.get_meta(HISTORY_KEY, [])
        return [_round_of(r) for r in stored]

    def record(self, done: Round) -> list[Round]:
        rounds = with_round(self.history(), done, HISTORY_LENGTH)
        stored = [_stored(r) for r in rounds]
        self.replica.set_meta(HISTORY_KEY, stored)
        return rounds

    def pending(self, limit: int = 500) -> list[Item]:
        query = select(OutboxEntry).order_by(OutboxEntry.seq).limit(limit)
        with self.replica.reading() as session:
            entries = list(session.scalars(query))
            names = self._names(session, [(e.entity, e.row_id) for e in entries])
        return [
            Item(
                e.created_at,
                e.entity,
                e.row_id,
                names.get((e.entity, e.row_id), ""),
                e.op,
                sorted(e.changes),
                e.changes,
            )
            for e in entries
        ]

    def conflicts(self, limit: int = 500) -> list[Item]:
        """Conflicts not dismissed, newest first; `detail["restored"]` when the record holds
        the overwritten value again (someone restored it from History), so it needs no one."""
        dismissed = self.dismissed()
        query = select(LocalConflict).order_by(LocalConflict.at.desc())
        # a tier the server computed is in the customer's history, not a conflict (issue 19)
        query = query.where(LocalConflict.reason != HISTORY_REASON)
        if dismissed:
            query = query.where(LocalConflict.id.not_in(dismissed))
        with self.replica.reading() as session:
            rows = list(session.scalars(query.limit(limit)))
            names = self._customer_names(session, {c.customer_id for c in rows if c.customer_id})
            restored = {c.id for c in rows if _holds_again(session, c)}
        return [
            Item(
                c.at,
                c.entity,
                c.row_id,
                names.get(c.customer_id or "", ""),
                c.reason,
                [c.field],
                {
                    "id": c.id,
                    "lost": c.lost_value,
                    "kept": c.kept_value,
                    "restored": c.id in restored,
                },
            )
            for c in rows
        ]

    def open_conflicts(self) -> int:
        """What the status bar counts: conflicts neither dismissed nor restored since."""
        return sum(1 for item in self.conflicts() if not item.detail["restored"])

    def dismissed(self) -> set[str]:
        return set(self.replica.get_meta(DISMISSED_KEY, []))

    def dismiss(self, conflict_ids: Iterable[str]) -> None:
        """Reviewed: off the Sync screen's list and count. Still in the customer's History,
        where the overwritten value can be restored. Kept in the replica's meta, newest last,
        forgetting ids whose conflict is gone (its customer left this computer)."""
        wanted = [*self.replica.get_meta(DISMISSED_KEY, []), *conflict_ids]
        with self.replica.reading() as session:
            known = set(session.scalars(select(LocalConflict.id)))
        kept = list(dict.fromkeys(i for i in wanted if i in known))[-DISMISSED_KEPT:]
        self.replica.set_meta(DISMISSED_KEY, kept)

    def rejected(self, limit: int = 500) -> list[Item]:
        query = select(Rejection).order_by(Rejection.seq.desc()).limit(limit)
        with self.replica.reading() as session:
            rows = list(session.scalars(query))
            names = self._names(session, [(r.entity, r.row_id) for r in rows])
        return [
            Item(
                r.at,
                r.entity,
                r.row_id,
                names.get((r.entity, r.row_id), ""),
                r.op,
                sorted(r.changes),
                {"reason": r.reason, "message": r.message},
            )
            for r in rows
        ]

    def _names(self, session: Any, keys: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
        """Customer name of each (entity, row id): the row itself or its parent customer."""
        customer_of: dict[tuple[str, str], str] = {}
        by_entity: dict[str, set[str]] = {}
        for entity, row_id in keys:
            if entity == "customer":
                customer_of[entity, row_id] = row_id
            elif entity in ENTITIES and "customer_id" in ENTITIES[entity].__table__.c:
                by_entity.setdefault(entity, set()).add(row_id)
        for entity, ids in by_entity.items():
            table = ENTITIES[entity].__table__
            query = select(table.c.id, table.c.customer_id).where(table.c.id.in_(ids))
            for row_id, customer_id in session.execute(query):
                if customer_id:
                    customer_of[entity, row_id] = customer_id
        names = self._customer_names(session, set(customer_of.values()))
        return {key: names.get(cid, "") for key, cid in customer_of.items()}

    def _customer_names(self, session: Any, ids: set[str]) -> dict[str, str]:
        if not ids:
            return {}
        query = select(Customer.id, Customer.name).where(Customer.id.in_(ids))
        return {row_id: name for row_id, name in session.execute(query)}


def _holds_again(session: Any, conflict: LocalConflict) -> bool:
    """Whether the record's field holds the value the conflict says was overwritten."""
    if conflict.reason == "deleted" or conflict.entity not in ENTITIES:
        return False
    obj = session.get(ENTITIES[conflict.entity], conflict.row_id)
    if obj is None or conflict.field not in codec(conflict.entity).columns:
        return False
    lost = codec(conflict.entity).from_wire({conflict.field: conflict.lost_value})
    return bool(getattr(obj, conflict.field) == lost[conflict.field])


def _stored(r: Round) -> dict[str, Any]:
    first = r.first_at.isoformat() if r.first_at else None
    return {**asdict(r), "at": r.at.isoformat(), "first_at": first}


def _round_of(stored: dict[str, Any]) -> Round:
    """A stored round; those kept before rounds were folded have no count or first_at."""
    first = stored.get("first_at")
    return Round(
        **{
            **stored,
            "at": datetime.fromisoformat(stored["at"]),
            "first_at": datetime.fromisoformat(first) if first else None,
        }
    )
