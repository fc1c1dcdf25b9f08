"""Typed user settings, declared once, stored in `settings.ini` in the data directory."""

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

from app.paths import data_dir

T = TypeVar("T")
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T

    def get(self) -> T:
        value: Any = _store().value(self.key, self.default)
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


LANGUAGE = Option("ui/language", "")  # "" follows the system locale
SERVER_URL = Option("account/server_url", "http://127.0.0.1:8765")
LAST_USERNAME = Option("account/last_username", "")
MAIN_GEOMETRY = Option("window/main_geometry", b"")
SYNC_INTERVAL = Option("sync/interval_s", 60)  # between rounds when nothing waits to be sent


def _store() -> QSettings:
    store = QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    if store.value("schema_version") is None:
        store.setValue("schema_version", SCHEMA_VERSION)
    return store
