"""Change notices: what an operation changed, so each screen refreshes only what concerns it.

Every write through `Records` and every sync round publishes a `Changes` on the workspace's
`ChangeFeed` (Anki's `OpChanges`). A screen names the entities it shows and refreshes only
when one of them changed; a table re-reads only the rows whose ids are listed. An empty
round publishes nothing, so nothing re-reads.

Besides the synced entities (`customer`, `task`, ...) a few names stand for local state:
`OUTBOX` (edits waiting to be sent), `CONFLICT`, `REJECTION` and `ARRIVAL` (customers handed
to the user).
"""

import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

OUTBOX = "outbox"
CONFLICT = "conflict"
REJECTION = "rejection"
ARRIVAL = "arrival"

Ids = frozenset[str] | None  # None: rows of the entity changed that cannot be named


@dataclass(frozen=True)
class Changes:
    """entity -> the ids written (None: the entity throughout); `fields` per entity when known.

    `local` is true for the user's own writes, which are to be sent promptly."""

    entities: Mapping[str, Ids] = field(default_factory=dict)
    fields: Mapping[str, frozenset[str]] = field(default_factory=dict)
    local: bool = False

    @classmethod
    def of(
        cls, entity: str, ids: Iterable[str], fields: Iterable[str] = (), *, local: bool = False
    ) -> "Changes":
        entities: dict[str, Ids] = {entity: frozenset(ids)}
        if local:
            entities[OUTBOX] = None
        return cls(entities, {entity: frozenset(fields)}, local)

    def __bool__(self) -> bool:
        return bool(self.entities)

    def touches(self, entities: Iterable[str]) -> bool:
        return any(entity in self.entities for entity in entities)

    def ids(self, entity: str) -> Ids:
        """The ids of `entity` that changed: empty when none, None when not known which."""
        return self.entities.get(entity, frozenset())

    def __or__(self, other: "Changes") -> "Changes":
        entities: dict[str, Ids] = dict(self.entities)
        for entity, ids in other.entities.items():
            mine = entities.get(entity, frozenset())
            entities[entity] = None if mine is None or ids is None else mine | ids
        fields = dict(self.fields)
        for entity, names in other.fields.items():
            fields[entity] = fields.get(entity, frozenset()) | names
        return Changes(entities, fields, self.local or other.local)


Listener = Callable[[Changes], None]


class ChangeFeed:
    """Publish changes to whoever listens: the UI's bridge to its one Qt signal, tests.

    Publishing may happen on any thread (writes run on the database lane, rounds on the
    sync worker); listeners must be safe to call from there (the UI's bridge re-emits on
    the GUI thread). A failing listener is logged and never fails the write."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, changes: Changes) -> None:
        if not changes:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changes)
            except Exception:  # a screen's refresh must never undo a committed write
                log.exception("change listener failed")
