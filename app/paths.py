"""Where the client keeps its files: `$OUTPOST_HOME` or the platform's user data directory."""

import os
import re
from pathlib import Path

from platformdirs import user_data_dir

from .errors import storage_error


def data_dir() -> Path:
    folder = Path(os.environ.get("OUTPOST_HOME") or user_data_dir("Outpost", appauthor=False))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a first start on a full disk
        known = storage_error(exc)
        if known is None:
            raise
        raise known from exc
    return folder


def replica_path(base: Path, server_url: str, user_id: str) -> Path:
    """One replica per server and user, so two accounts on one laptop never mix data."""
    host = re.sub(r"[^A-Za-z0-9.-]+", "_", server_url.split("://", 1)[-1]).strip("_")
    return base / "replicas" / f"{host}-{user_id}.sqlite3"
