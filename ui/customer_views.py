"""Saved views of the Customers list (issue 25, item 2): filters, text, columns and sort under a
name, personal (kept per user on this computer, as the chosen columns are). "Views" above the
list applies one, saves the current one, or deletes one."""

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from app.customer_list import CustomerFilter

from . import settings

VIEWS_KEY = "customers/views"


@dataclass(frozen=True)
class SavedView:
    name: str
    where: dict[str, Any] = field(default_factory=dict)  # CustomerFilter's fields that are set
    columns: list[str] = field(default_factory=list)
    order_by: str = "name"
    descending: bool = False

    @property
    def filter(self) -> CustomerFilter:
        known = {f.name for f in fields(CustomerFilter)}
        return CustomerFilter(**{k: v for k, v in self.where.items() if k in known})

    @classmethod
    def of(
        cls, name: str, where: CustomerFilter, columns: list[str], order_by: str, descending: bool
    ) -> "SavedView":
        given = {k: v for k, v in asdict(where).items() if v is not None}
        return cls(name, given, list(columns), order_by, descending)


def load(user_id: str | None) -> list[SavedView]:
    views = []
    kept = settings.user_json(user_id, VIEWS_KEY)
    for data in kept if isinstance(kept, list) else []:
        try:
            views.append(
                SavedView(
                    str(data["name"]),
                    dict(data.get("where") or {}),
                    [str(c) for c in data.get("columns") or []],
                    str(data.get("order_by") or "name"),
                    bool(data.get("descending")),
                )
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            continue  # written by another version: left out
    return views


def store(user_id: str | None, views: list[SavedView]) -> None:
    settings.set_user_json(user_id, VIEWS_KEY, [asdict(view) for view in views])


def save(user_id: str | None, view: SavedView) -> list[SavedView]:
    """Add `view`, replacing one of the same name."""
    views = [v for v in load(user_id) if v.name != view.name] + [view]
    store(user_id, views)
    return views


def delete(user_id: str | None, name: str) -> list[SavedView]:
    views = [v for v in load(user_id) if v.name != name]
    store(user_id, views)
    return views
