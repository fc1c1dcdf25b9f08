"""`outpost-server init-db` on a current schema answers without loading the server (issue 16,
item 9: it cost 5 s on every `./dev.sh run`), and still migrates whatever is not current."""

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine

from server.db import MIGRATIONS
from sync.protocol import db
from tests.support.servers import ROOT

# Run in a fresh interpreter: which heavy modules did init-db import?
PROBE = """
import sys
from server.cli import main
code = main(sys.argv[1:])
heavy = sorted(m for m in ("alembic", "fastapi", "pydantic", "sqlalchemy") if m in sys.modules)
print("imported:", ",".join(heavy))
sys.exit(code)
"""


def init_db(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("OUTPOST_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-c", PROBE, *args, "init-db"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_a_current_sqlite_schema_is_answered_without_the_server_modules(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    first = init_db("--database-url", url)
    assert first.returncode == 0, first.stderr
    assert "alembic" in first.stdout  # a new file: created through Alembic

    again = init_db("--database-url", url)
    assert again.returncode == 0, again.stderr
    assert f"database ready: {url}" in again.stdout
    assert "imported: \n" in again.stdout  # neither Alembic, FastAPI, pydantic nor SQLAlchemy


def test_an_older_schema_is_still_migrated(tmp_path: Path) -> None:
    path = tmp_path / "server.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    db.upgrade(engine, MIGRATIONS, "0001")
    result = init_db("--database-url", f"sqlite:///{path}")
    assert result.returncode == 0, result.stderr
    assert db.current_revision(engine) == db.head_revision(MIGRATIONS)
    engine.dispose()


def test_a_file_that_is_no_database_is_not_taken_for_current(tmp_path: Path) -> None:
    path = tmp_path / "server.sqlite3"
    path.write_bytes(b"not a database" * 100)
    result = init_db("--database-url", f"sqlite:///{path}")
    assert result.returncode != 0
    assert "file is not a database" in result.stderr
