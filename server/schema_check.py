"""Which database the server uses, and whether its schema is already current, answered
before SQLAlchemy, Alembic, FastAPI or pydantic are imported.

`outpost-server init-db` runs before every `./dev.sh run` and in deployment scripts; when
there is nothing to migrate it should cost a process start, not the 1.5-5 s of importing the
whole server (5 s where Python may not keep compiled bytecode). On SQLite the standard
library reads the recorded revision; other databases go through SQLAlchemy, still without
Alembic. Anything unexpected answers "not known to be current", and the full path (which
migrates and reports errors properly) runs instead.
"""

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sync.protocol.revisions import newest_file_revision

MIGRATIONS = Path(__file__).parent / "migrations"
URL_VARIABLE = "OUTPOST_DATABASE_URL"


def default_database_url() -> str:
    """The embedded default: a SQLite file in the user data directory."""
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("outpost-server", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'outpost.sqlite3'}"


def database_url(explicit: str | None = None) -> str:
    """The URL `Settings` resolves: `--database-url`, else $OUTPOST_DATABASE_URL (any case,
    as pydantic-settings reads it), else the default."""
    if explicit:
        return explicit
    for name, value in os.environ.items():
        if name.upper() == URL_VARIABLE:
            return value
    return default_database_url()


def schema_is_current(url: str) -> bool:
    head = newest_file_revision(MIGRATIONS)
    try:
        current = _sqlite_revision(url) if url.startswith("sqlite") else _revision(url)
    except Exception:  # unreachable, locked, not a database: the full path says what is wrong
        return False
    return head is not None and current == head


def _sqlite_revision(url: str) -> str | None:
    """The revision of a SQLite file, opened read-only (a missing file is not created)."""
    scheme, _, rest = url.partition(":///")
    if scheme not in ("sqlite", "sqlite+pysqlite") or not rest or "?" in rest or rest == ":memory:":
        return None
    path = Path(rest)
    if not path.is_file():
        return None
    with sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    conn.close()
    return None if row is None else str(row[0])


def _revision(url: str) -> str | None:
    from sqlalchemy import create_engine

    from sync.protocol.db import current_revision

    engine = create_engine(url)
    try:
        return current_revision(engine)
    finally:
        engine.dispose()
