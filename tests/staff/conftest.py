import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests

from server.db import Database
from server.users.service import create_user
from sync.protocol.enums import Role
from tests.conftest import PASSWORD, Account
from tests.support.clients import Client, connect


@pytest.fixture
def branch() -> str:
    """A branch of its own per test, so managers see only this test's people."""
    return f"Branch {uuid.uuid4().hex[:8]}"


@pytest.fixture
def person(server_db: Database, branch: str) -> Callable[..., Account]:
    def make(role: Role = Role.REP, *, in_branch: str | None = None) -> Account:
        name = f"u{uuid.uuid4().hex[:10]}"
        with server_db.transaction() as session:
            user = create_user(
                session,
                username=name,
                password=PASSWORD,
                role=role,
                branch=None if role == Role.ADMIN else (in_branch or branch),
            )
            return Account(name, PASSWORD, user.id)

    return make


@pytest.fixture
def device(server, tmp_path: Path) -> Iterator[Callable[..., Client]]:
    opened: list[Client] = []

    def make(account: Account, **options) -> Client:
        path = tmp_path / f"{account.username}-{len(opened)}.sqlite3"
        client = connect(server.url, account.username, PASSWORD, path, **options)
        opened.append(client)
        return client

    yield make
    for client in opened:
        client.close()


class Api:
    """Plain HTTP as an admin screen would call it, signed in as one user."""

    def __init__(self, server_url: str, account: Account) -> None:
        self.base = f"{server_url}/api/v1"
        self.http = requests.Session()
        self.http.trust_env = False
        answer = self.http.post(
            f"{self.base}/auth/login",
            json={"username": account.username, "password": account.password, "device_name": "t"},
            timeout=10,
        )
        answer.raise_for_status()
        self.http.headers["Authorization"] = f"Bearer {answer.json()['access_token']}"

    def call(self, method: str, path: str, **kwargs) -> requests.Response:
        return self.http.request(method, f"{self.base}{path}", timeout=30, **kwargs)


@pytest.fixture
def api_as(server) -> Iterator[Callable[[Account], Api]]:
    made: list[Api] = []

    def make(account: Account) -> Api:
        api = Api(server.url, account)
        made.append(api)
        return api

    yield make
    for api in made:
        api.http.close()
