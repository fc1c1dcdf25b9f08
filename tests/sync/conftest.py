from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sync.protocol.enums import Role
from tests.conftest import PASSWORD
from tests.support.clients import Client, connect


@pytest.fixture
def client_for(server, make_account, tmp_path: Path) -> Iterator[Callable[..., Client]]:
    """`client_for(account)` -> a signed-in client with its own replica file."""
    opened: list[Client] = []

    def make(account=None, *, role: Role = Role.REP, name: str | None = None, **options) -> Client:
        account = account or make_account(role=role)
        path = tmp_path / f"{name or account.username}-{len(opened)}.sqlite3"
        client = connect(server.url, account.username, PASSWORD, path, **options)
        opened.append(client)
        return client

    yield make
    for client in opened:
        client.close()
