import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
import requests

from server.db import Database
from server.users.service import create_user
from sync.protocol.enums import Role
from tests.support.servers import ServerProcess

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
