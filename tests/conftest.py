import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.servers import ServerProcess, postgres_available, postgres_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REQUIRE_PG = os.environ.get("OUTPOST_REQUIRE_POSTGRES") == "1"


def _backend_params() -> list[object]:
    return ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session")
def pg_ok() -> bool:
    ok = postgres_available()
    if not ok and REQUIRE_PG:
        pytest.fail("PostgreSQL at 127.0.0.1:5432 is required (OUTPOST_REQUIRE_POSTGRES=1)")
    return ok


@pytest.fixture(scope="session", params=_backend_params())
def database_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, pg_ok: bool
) -> Iterator[str]:
    """An empty server database on each backend: a SQLite file and a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.sqlite3'}"
        return
    if not pg_ok:
        pytest.skip("PostgreSQL is not running at 127.0.0.1:5432")
    with postgres_database() as url:
        yield url


@pytest.fixture(scope="session")
def server(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """A real server over HTTP on loopback, one per backend for the whole session."""
    log = Path(tmp_path_factory.mktemp("logs")) / "server.log"
    proc = ServerProcess(database_url, log).start()
    yield proc
    proc.stop()
