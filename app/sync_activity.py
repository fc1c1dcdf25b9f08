"""What the Sync screen explains: recent rounds, edits waiting to go out, values overwritten by
a later edit (conflicts), and edits the server refused, each with the customer it concerns."""

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from sync.client.poison import SERVER_ERROR as SET_ASIDE
from sync.client.tables import LocalConflict, OutboxEntry, Rejection
from sync.protocol.entities import ENTITIES, Customer

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
    """One finished sync round, as the history shows it."""

    at: datetime
    ok: bool
    pushed: int = 0
    received: int = 0
    conflicts: int = 0
    rejected: int = 0
    error: str = ""


# SET_ASIDE: the reason of a refused edit the server failed on every time, kept here only
__all__ = ["SET_ASIDE", "Item", "Round", "SyncActivity"]

HISTORY_KEY = "app.sync_history"
HISTORY_LENGTH = 50


class SyncActivity:
    def __init__(self, replica: Replica) -> None:
        self.replica = replica

    def history(self) -> list[Round]:
        """The last rounds, newest first; kept in the replica so a restart does not forget."""
        stored = self.replica.get_meta(HISTORY_KEY, [])
        return [Round(**{**r, "at": datetime.fromisoformat(r["at"])}) for r in stored]

    def record(self, done: Round) -> list[Round]:
        rounds = [done, *self.history()][:HISTORY_LENGTH]
        stored = [{**asdict(r), "at": r.at.isoformat()} for r in rounds]
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
        query = select(LocalConflict).order_by(LocalConflict.at.desc()).limit(limit)
        with self.replica.reading() as session:
            rows = list(session.scalars(query))
            names = self._customer_names(session, {c.customer_id for c in rows if c.customer_id})
        return [
            Item(
                c.at,
                c.entity,
                c.row_id,
                names.get(c.customer_id or "", ""),
                c.reason,
                [c.field],
                {"lost": c.lost_value, "kept": c.kept_value},
            )
            for c in rows
        ]

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
            elif entity in ENTITIES:
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
