"""What one sync round did, for the app: counts, arrivals and the rows it stored or removed."""

from dataclasses import dataclass, field

from sync.protocol.entities import ENTITIES
from sync.protocol.wire import Arrival, PullPage

from .touched import Touched


@dataclass
class SyncReport:
    pushed: int = 0
    rejected: int = 0
    conflicts: int = 0
    received: int = 0
    removed: int = 0
    repaired: int = 0
    pages: int = 0
    # customers handed to this user, grouped: {"from", "by", "reason", "customers": [ids]}
    arrived: list[Arrival] = field(default_factory=list)
    # what the round stored or removed in the replica, for the UI's change notice
    touched: Touched = field(default_factory=Touched)

    def add_page(self, page: PullPage) -> None:
        """A pulled page, stored: its rows, and the customers (with their rows) it removed."""
        self.pages += 1
        self.touched.add_changes(page["changes"])
        if page["removed"]:
            self.touched.add("customer", page["removed"])
            for entity in ENTITIES:  # their children went with them, unnamed
                if entity != "customer":
                    self.touched.add_all(entity)
        self.received += len(page["changes"])
        self.removed += len(page["removed"])
        self.arrived += page.get("arrived", [])
