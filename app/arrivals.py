"""Customers handed to this user (a colleague left, a manager reassigned): what the app tells
them after the sync round that brought them, until they dismiss it.

The server groups each pull's moves into this user's hands by where they came from, who moved
them and why; the groups are kept in the replica so the notice survives a restart. A customer
that moves on again (out of the replica, or to another owner within a manager's branches)
leaves the notice: it follows the customer's current owner (issue 17, item 14).
"""

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from sync.protocol.entities import Customer
from sync.protocol.types import utcnow

from .replica import Replica

KEY = "app.arrivals"
KEEP = 20  # groups; older ones are dropped even if never dismissed
CHUNK = 5_000  # ids per lookup, below SQLite's limit of bound parameters


@dataclass(frozen=True)
class Arrival:
    at: datetime
    source: str | None  # display name of the former owner (None: no owner, e.g. the pool)
    by: str | None  # who moved them (None: the server itself)
    reason: str | None
    customer_ids: list[str]
    owner: str | None = None  # id of the user they were handed to (their owner when recorded)


class Arrivals:
    def __init__(self, replica: Replica) -> None:
        self.replica = replica

    def record(self, groups: Iterable[Mapping[str, Any]]) -> list[Arrival]:
        """Keep the groups of one round (merged by source, mover and reason); returns them."""
        now = utcnow()
        merged: dict[tuple[Any, Any, Any], list[str]] = {}
        for group in groups:
            key = (group.get("from"), group.get("by"), group.get("reason"))
            merged.setdefault(key, []).extend(group.get("customers", []))
        owners = self._owners([i for ids in merged.values() for i in ids])
        new = []
        for (src, by, why), ids in merged.items():
            held = [i for i in dict.fromkeys(ids) if i in owners]  # gone again: not announced
            if held:
                owner = Counter(owners[i] for i in held).most_common(1)[0][0]
                new.append(Arrival(now, src, by, why, held, owner))
        if new:
            stored = [*map(_dump, new), *self.replica.get_meta(KEY, [])][:KEEP]
            self.replica.set_meta(KEY, stored)
        return new

    def prune(self) -> None:
        """Drop customers that are no longer the recipient's, and groups left empty."""
        stored = [_load(raw) for raw in self.replica.get_meta(KEY, [])]
        if not stored:
            return
        owners = self._owners([i for arrival in stored for i in arrival.customer_ids])
        kept = []
        for arrival in stored:
            ids = [
                i
                for i in arrival.customer_ids
                if i in owners and arrival.owner in (None, owners[i])
            ]
            if ids:
                kept.append(Arrival(**{**asdict(arrival), "customer_ids": ids}))
        if kept != stored:
            self.replica.set_meta(KEY, [_dump(arrival) for arrival in kept])

    def unseen(self) -> list[Arrival]:
        """Newest first."""
        return [_load(raw) for raw in self.replica.get_meta(KEY, [])]

    def dismiss(self) -> None:
        self.replica.set_meta(KEY, [])

    def _owners(self, customer_ids: list[str]) -> dict[str, str | None]:
        """Owner of each of these customers the replica holds (absent: not held)."""
        out: dict[str, str | None] = {}
        with self.replica.reading() as session:
            for start in range(0, len(customer_ids), CHUNK):
                chunk = customer_ids[start : start + CHUNK]
                query = select(Customer.id, Customer.owner_id).where(Customer.id.in_(chunk))
                out.update((i, o) for i, o in session.execute(query))
        return out


def _dump(arrival: Arrival) -> dict[str, Any]:
    return {**asdict(arrival), "at": arrival.at.isoformat()}


def _load(raw: dict[str, Any]) -> Arrival:
    return Arrival(**{**raw, "at": datetime.fromisoformat(raw["at"])})
