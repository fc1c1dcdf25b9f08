"""Typed user settings, declared once, stored in `settings.ini` in the data directory.

An option the user never set falls back to IT's preset (`app.preset`), then to its default;
the server address is the preset's alone when IT locked it.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

from app import preset
from app.paths import data_dir
from sync.protocol.enums import TaskKind

T = TypeVar("T")
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    preset: Callable[[], T | None] | None = None

    def get(self) -> T:
        value: Any = _store().value(self.key)
        if value is None and self.preset is not None:
            value = self.preset()
        kind = type(self.default)
        if kind is bool and isinstance(value, str):
            return value.lower() == "true"  # type: ignore[return-value]
        try:
            return kind(value) if value is not None else self.default
        except (TypeError, ValueError):
            return self.default

    def set(self, value: T) -> None:
        store = _store()
        store.setValue(self.key, value)
        store.sync()


LANGUAGE = Option("ui/language", "", lambda: preset.current().language)  # "": system locale
SERVER_URL = Option(
    "account/server_url", "http://127.0.0.1:8765", lambda: preset.current().server_url
)
LAST_USERNAME = Option("account/last_username", "")
MAIN_GEOMETRY = Option("window/main_geometry", b"")
THEME = Option("ui/theme", "system")  # "system", "light" or "dark" (ui/theme.py)
# a new task's reminder by kind, minutes before it (-1: none); Settings and the task form
REMINDERS = {kind.value: Option(f"reminders/{kind.value}", -1) for kind in TaskKind}
# between rounds when nothing waits to be sent
SYNC_INTERVAL = Option("sync/interval_s", 60, lambda: preset.current().sync_interval)


def user_list(user_id: str | None, key: str) -> list[str] | None:
    """A list kept for one user on this computer (a list's columns); None if never set."""
    value: Any = _store().value(f"users/{user_id or 'nobody'}/{key}")
    if value is None:
        return None
    if isinstance(value, str):  # QSettings gives a one-item list back as its item
        return [value] if value else []
    return [str(item) for item in value]


def set_user_list(user_id: str | None, key: str, values: list[str]) -> None:
    store = _store()
    store.setValue(f"users/{user_id or 'nobody'}/{key}", values)
    store.sync()


def user_json(user_id: str | None, key: str) -> Any:
    """A JSON value kept for one user on this computer (saved views); None if never set."""
    raw: Any = _store().value(f"users/{user_id or 'nobody'}/{key}")
    try:
        return json.loads(raw) if isinstance(raw, str) else None
    except ValueError:
        return None


def set_user_json(user_id: str | None, key: str, value: Any) -> None:
    store = _store()
    store.setValue(f"users/{user_id or 'nobody'}/{key}", json.dumps(value, ensure_ascii=False))
    store.sync()


def server_locked() -> bool:
    """IT set the server and did not allow changing it: the login screen does not ask."""
    return preset.current().server_locked


def server_url() -> str:
    """The server to sign in to: IT's when locked, else the last one used, else IT's default."""
    locked = preset.current()
    return locked.server_url if locked.server_locked and locked.server_url else SERVER_URL.get()


def _store() -> QSettings:
    store = QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    if store.value("schema_version") is None:
        store.setValue("schema_version", SCHEMA_VERSION)
    return store
