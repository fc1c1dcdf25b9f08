import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from app import preset
from server.db import Database
from server.users.service import create_user
from sync.protocol.enums import Role
from tests.support.keyrings import MemoryKeyring, install
from tests.support.servers import ServerProcess, postgres_available, postgres_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No IT preset from this machine (/etc/outpost/preset.toml): tests that need one set their own.
os.environ["OUTPOST_PRESET"] = ""
# The session's shared server holds every test's customers, many with the same phones and
# names: the push-time duplicate check (issue 18) would hold them for review. Its own tests
# (tests/sync/test_duplicates.py) start a server with it on.
os.environ.setdefault("OUTPOST_DUPLICATE_CHECK_ON_PUSH", "0")

REQUIRE_PG = os.environ.get("OUTPOST_REQUIRE_POSTGRES") == "1"


def _backend_params() -> list[object]:
    return ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session")
def pg_ok() -> bool:
    ok = postgres_available()
    if not ok and REQUIRE_PG:
        pytest.fail("PostgreSQL at 127.0.0.1:5432 is required (OUTPOST_REQUIRE_POSTGRES=1)")
    return ok


@contextmanager
def _empty_database(kind: str, folder: Path, pg_ok: bool) -> Iterator[str]:
    """A SQLite file in `folder` or a fresh PostgreSQL database (dropped afterwards)."""
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'server.sqlite3'}"
        return
    if not pg_ok:
        pytest.skip("PostgreSQL is not running at 127.0.0.1:5432")
    with postgres_database() as url:
        yield url


@pytest.fixture(scope="session", params=_backend_params())
def database_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, pg_ok: bool
) -> Iterator[str]:
    """An empty server database on each backend, shared by the session's server."""
    with _empty_database(request.param, tmp_path_factory.mktemp("server"), pg_ok) as url:
        yield url


@pytest.fixture(params=_backend_params())
def empty_database_url(
    request: pytest.FixtureRequest, tmp_path: Path, pg_ok: bool
) -> Iterator[str]:
    """An empty server database on each backend for this test alone."""
    with _empty_database(request.param, tmp_path, pg_ok) as url:
        yield url


@pytest.fixture(scope="session")
def server(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """A real server over HTTP on loopback, one per backend for the whole session."""
    log = Path(tmp_path_factory.mktemp("logs")) / "server.log"
    proc = ServerProcess(database_url, log).start()
    yield proc
    proc.stop()


@pytest.fixture(autouse=True)
def fresh_preset() -> Iterator[None]:
    """The app reads its preset once per run; each test is a run."""
    preset.current.cache_clear()
    yield
    preset.current.cache_clear()


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    """Every test gets an empty in-memory keyring; the machine's keyring is never touched."""
    return install(MemoryKeyring())


PASSWORD = "correct horse 42"


@dataclass
class Account:
    username: str
    password: str
    id: str


@pytest.fixture(scope="session")
def server_db(server: ServerProcess) -> Iterator[Database]:
    """Direct access to the running server's database, for setup and for checking effects."""
    database = Database(server.database_url)
    yield database
    database.dispose()


@pytest.fixture
def make_account(server_db: Database) -> Callable[..., Account]:
    def make(role: Role = Role.REP, branch: str | None = "Shanghai") -> Account:
        name = f"u{uuid.uuid4().hex[:10]}"
        with server_db.transaction() as session:
            user = create_user(
                session,
                username=name,
                password=PASSWORD,
                role=role,
                branch=None if role == Role.ADMIN else branch,
            )
            return Account(name, PASSWORD, user.id)

    return make


@pytest.fixture
def http() -> Iterator[requests.Session]:
    session = requests.Session()
    session.trust_env = False
    yield session
    session.close()
