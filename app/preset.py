"""The IT department's preset: server address and defaults, set once for every machine.

IT puts a `preset.toml` where the app looks for it (see `locations`); keys of a later file
override those of an earlier one, so a site file in the system location can adjust a bundle
built with `--server-url`. `OUTPOST_PRESET=path` replaces all locations (an empty value means
no preset), so IT can try a file before deploying it and tests never see the machine's.

    server_url = "https://crm.example.com"
    organisation = "Example Trading Ltd"
    ca_certificate = "example-ca.pem"   # PEM; relative paths are relative to this file
    language = "zh_CN"                  # default until the user picks one in Settings
    sync_interval = 120                 # seconds; default until the user picks one
    lock_server = true                  # the default when server_url is set

A file that cannot be read is skipped and reported (`Preset.errors`), never fatal: the app
must still open the rep's offline replica.
"""

import logging
import os
import sys
import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .errors import KnownError

log = logging.getLogger(__name__)

FILE_NAME = "preset.toml"
ENV = "OUTPOST_PRESET"
SYNC_INTERVAL_S = (60, 3600)  # what Settings offers: 1 to 60 minutes
LANGUAGES = ("en", "zh_CN")  # those of ui.i18n (a test keeps them equal)


class PresetError(KnownError):
    """A preset file exists but cannot be used; the message names the file and the key."""

    code = "preset_invalid"


@dataclass(frozen=True)
class Preset:
    server_url: str | None = None
    organisation: str | None = None
    ca_certificate: Path | None = None
    language: str | None = None
    sync_interval: int | None = None
    lock_server: bool | None = None
    sources: tuple[Path, ...] = ()
    errors: tuple[PresetError, ...] = field(default=(), compare=False)

    @property
    def server_locked(self) -> bool:
        """Whether the login screen shows the preset server instead of asking for one."""
        return bool(self.server_url) and self.lock_server is not False

    def verify_for(self, server_url: str) -> bool | str:
        """`requests`' `verify` for `server_url`: the private CA only for the preset server, so
        a server with a public certificate (if the user may pick one) still verifies."""
        if (
            self.ca_certificate
            and self.server_url
            and _origin(server_url) == _origin(self.server_url)
        ):
            return str(self.ca_certificate)
        return True


def locations() -> list[Path]:
    """Where preset files are read from, lowest priority first."""
    if ENV in os.environ:
        return [Path(os.environ[ENV])] if os.environ[ENV] else []
    found = []
    if getattr(sys, "frozen", False):
        found.append(_bundle_dir() / FILE_NAME)
    found.append(_system_dir() / FILE_NAME)
    return found


def _bundle_dir() -> Path:
    """Beside the executable; in a macOS app its Resources (only code may sit in MacOS/, or
    the signature breaks)."""
    folder = Path(sys.executable).resolve().parent
    if sys.platform == "darwin" and folder.name == "MacOS":
        return folder.parent / "Resources"
    return folder


def _system_dir() -> Path:
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "Outpost"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Outpost")
    return Path("/etc/outpost")


def load(paths: list[Path] | None = None) -> Preset:
    """Merge the preset files that exist; unusable ones are skipped and listed in `errors`."""
    preset, errors = Preset(), []
    for path in locations() if paths is None else paths:
        try:
            values = _read(path)
        except FileNotFoundError:
            continue
        except PresetError as exc:
            log.warning("%s", exc.message)
            errors.append(exc)
            continue
        preset = replace(preset, **values, sources=(*preset.sources, path))
    return replace(preset, errors=tuple(errors))


@cache
def current() -> Preset:
    """The preset of this run, read once (`current.cache_clear()` reads again)."""
    return load()


def _read(path: Path) -> dict[str, Any]:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8-sig"))  # Notepad may add a BOM
    except FileNotFoundError:
        raise
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PresetError(f"The preset {path} cannot be read: {exc}") from exc
    values: dict[str, Any] = {}
    for key, value in raw.items():
        check = _CHECKS.get(key)
        if check is None:
            log.warning("preset %s: ignoring unknown key %r", path, key)
            continue
        try:
            values[key] = check(value, path)
        except (TypeError, ValueError) as exc:
            raise PresetError(f"The preset {path} has a bad {key!r}: {exc}") from exc
    return values


def _text(value: Any, _path: Path) -> str:
    if not isinstance(value, str) or not value.strip():
        raise TypeError("expected a non-empty string")
    return value.strip()


def _url(value: Any, path: Path) -> str:
    url = _text(value, path).rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{url!r} is not an http:// or https:// address")
    return url


def _certificate(value: Any, path: Path) -> Path:
    certificate = path.parent / Path(_text(value, path)).expanduser()
    if not certificate.is_file():
        raise ValueError(f"no file at {certificate}")
    return certificate.resolve()


def _language(value: Any, path: Path) -> str:
    language = _text(value, path)
    if language not in LANGUAGES:
        raise ValueError(f"expected one of {', '.join(LANGUAGES)}")
    return language


def _interval(value: Any, _path: Path) -> int:
    low, high = SYNC_INTERVAL_S
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"expected a number of seconds from {low} to {high}")
    return value


def _flag(value: Any, _path: Path) -> bool:
    if not isinstance(value, bool):
        raise TypeError("expected true or false")
    return value


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.netloc.lower()


_CHECKS = {
    "server_url": _url,
    "organisation": _text,
    "ca_certificate": _certificate,
    "language": _language,
    "sync_interval": _interval,
    "lock_server": _flag,
}
