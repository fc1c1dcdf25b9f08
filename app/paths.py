"""Where the client keeps its files: `$OUTPOST_HOME` or the platform's user data directory.

The folder holds customer data (the replica, its backups, the log), so it is the user's
alone: created 0700 (an existing one is tightened), and once the app has asked for it the
process creates files 0600 (umask 077), so nothing the app writes there later, including
SQLite's -wal/-shm and the rotated logs, is readable by other accounts on the computer.
"""

import os
import re
from pathlib import Path

from platformdirs import user_data_dir

from .errors import storage_error

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def data_dir() -> Path:
    folder = Path(os.environ.get("OUTPOST_HOME") or user_data_dir("Outpost", appauthor=False))
    os.umask(0o077)
    try:
        private_dir(folder)
    except OSError as exc:  # a first start on a full disk
        known = storage_error(exc)
        if known is None:
            raise
        raise known from exc
    return folder


def private_dir(folder: Path) -> None:
    """Make `folder` (and missing parents) readable by its owner only."""
    folder.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    if os.name == "posix" and folder.stat().st_mode & 0o077:
        folder.chmod(PRIVATE_DIR)


def private_file(path: Path) -> None:
    """Create `path` empty if missing, and make it readable by its owner only (0600), so
    SQLite, which gives a database's -wal and -shm the mode of the database, keeps them so too."""
    if os.name != "posix":
        return  # Windows: the per-user profile's ACL protects the folder
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE)
    try:
        if os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)


def tighten(path: Path) -> None:
    """Make an existing file readable by its owner only (one an older version left 0644)."""
    if os.name == "posix" and path.exists() and path.stat().st_mode & 0o077:
        path.chmod(PRIVATE_FILE)


def replica_path(base: Path, server_url: str, user_id: str) -> Path:
    """One replica per server and user, so two accounts on one laptop never mix data."""
    host = re.sub(r"[^A-Za-z0-9.-]+", "_", server_url.split("://", 1)[-1]).strip("_")
    return base / "replicas" / f"{host}-{user_id}.sqlite3"
