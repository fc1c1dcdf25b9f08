"""What a sync round stored or removed, entity by entity: the raw material of the UI's
change notice (a screen refreshes only for the entities it shows, a table only its rows).

Ids are listed up to `LIMIT` per entity. Past that (a first download, a big hand-over) a
screen re-reads the entity anyway, so the set is dropped and the entity counts as changed
throughout (`None`): a 100,000-customer download does not keep 400,000 ids in memory.
"""

from collections.abc import Iterable, Mapping

LIMIT = 5_000


class Touched:
    def __init__(self) -> None:
        self._ids: dict[str, set[str] | None] = {}

    def add(self, entity: str, ids: Iterable[str]) -> None:
        known = self._ids.setdefault(entity, set())
        if known is None:
            return
        known.update(ids)
        if len(known) > LIMIT:
            self._ids[entity] = None

    def add_all(self, entity: str) -> None:
        """Rows of `entity` changed that the round cannot name (children of a removed customer)."""
        self._ids[entity] = None

    def add_changes(self, changes: Iterable[Mapping[str, object]]) -> None:
        """A pull page's `changes` (`{"entity", "row"}` items)."""
        by_entity: dict[str, list[str]] = {}
        for change in changes:
            row = change["row"]
            assert isinstance(row, Mapping)
            by_entity.setdefault(str(change["entity"]), []).append(str(row["id"]))
        for entity, ids in by_entity.items():
            self.add(entity, ids)

    def __bool__(self) -> bool:
        return bool(self._ids)

    def as_dict(self) -> dict[str, frozenset[str] | None]:
        """entity -> the ids stored or removed, or None when there were too many to list."""
        return {e: None if ids is None else frozenset(ids) for e, ids in self._ids.items()}
