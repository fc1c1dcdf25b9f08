"""Customers handed to this user (a colleague left, a manager reassigned): what the app tells
them after the sync round that brought them, until they dismiss it.

The server groups each pull's moves into this user's hands by where they came from, who moved
them and why; the groups are kept in the replica so the notice survives a restart.
"""

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sync.protocol.types import utcnow

from .replica import Replica

KEY = "app.arrivals"
KEEP = 20  # groups; older ones are dropped even if never dismissed


@dataclass(frozen=True)
class Arrival:
    at: datetime
    source: str | None  # display name of the former owner (None: no owner, e.g. the pool)
    by: str | None  # who moved them (None: the server itself)
    reason: str | None
    customer_ids: list[str]


class Arrivals:
    def __init__(self, replica: Replica) -> None:
        self.replica = replica

    def record(self, groups: list[dict[str, Any]]) -> list[Arrival]:
        """Keep the groups of one round (merged by source, mover and reason); returns them."""
        now = utcnow()
        merged: dict[tuple[Any, Any, Any], list[str]] = {}
        for group in groups:
            key = (group.get("from"), group.get("by"), group.get("reason"))
            merged.setdefault(key, []).extend(group.get("customers", []))
        new = [
            Arrival(now, src, by, why, list(dict.fromkeys(ids)))
            for (src, by, why), ids in merged.items()
        ]
        if new:
            stored = [*map(_dump, new), *self.replica.get_meta(KEY, [])][:KEEP]
            self.replica.set_meta(KEY, stored)
        return new

    def unseen(self) -> list[Arrival]:
        """Newest first."""
        return [_load(raw) for raw in self.replica.get_meta(KEY, [])]

    def dismiss(self) -> None:
        self.replica.set_meta(KEY, [])


def _dump(arrival: Arrival) -> dict[str, Any]:
    return {**asdict(arrival), "at": arrival.at.isoformat()}


def _load(raw: dict[str, Any]) -> Arrival:
    return Arrival(**{**raw, "at": datetime.fromisoformat(raw["at"])})
