"""Saved pivot views, kept on this computer for the user: a name and a `PivotSpec`, in the
replica's meta table (one key per user, no migration), so they work offline and leave with
the replica."""

from dataclasses import dataclass
from typing import Any

from ..replica import Replica
from .pivot import PivotSpec, UnknownReport, check

PREFIX = "report_views:"
LIMIT = 100


@dataclass(frozen=True)
class SavedView:
    name: str
    spec: PivotSpec


class SavedViews:
    def __init__(self, replica: Replica, user_id: str | None) -> None:
        self.replica = replica
        self.key = f"{PREFIX}{user_id or ''}"

    def all(self) -> list[SavedView]:
        """The views by name; one the engine no longer knows is skipped."""
        raw: Any = self.replica.get_meta(self.key, [])
        views: list[SavedView] = []
        for item in raw if isinstance(raw, list) else []:
            try:
                spec = PivotSpec.of(item["spec"])
                check(spec)
            except (KeyError, TypeError, ValueError, UnknownReport):
                continue
            views.append(SavedView(str(item["name"]), spec))
        return sorted(views, key=lambda v: v.name.casefold())

    def save(self, name: str, spec: PivotSpec) -> list[SavedView]:
        """Save (or replace, by name) a view; the views after it."""
        name = name.strip()[:100]
        if not name:
            raise ValueError("A saved view needs a name.")
        check(spec)
        kept = [v for v in self.all() if v.name != name][: LIMIT - 1]
        self._store([*kept, SavedView(name, spec)])
        return self.all()

    def delete(self, name: str) -> list[SavedView]:
        self._store([v for v in self.all() if v.name != name])
        return self.all()

    def _store(self, views: list[SavedView]) -> None:
        self.replica.set_meta(self.key, [{"name": v.name, "spec": v.spec.as_dict()} for v in views])
