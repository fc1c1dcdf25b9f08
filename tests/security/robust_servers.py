"""A server of its own for tests that must not share one: lockouts and address limits would
otherwise reach the session server's other tests (they all sign in from 127.0.0.1)."""

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from server.db import Database, migrate
from server.users.service import create_user
from sync.protocol.enums import Role
from tests.conftest import PASSWORD
from tests.support.servers import ServerProcess


@contextmanager
def own_server(database_url: str, folder: Path, **env: str) -> Iterator[ServerProcess]:
    server = ServerProcess(database_url, folder / "server.log", **env).start()
    try:
        yield server
    finally:
        server.stop()


def server_log_errors(server: ServerProcess) -> list[str]:
    """Lines of the server's log that tell of an unhandled error (a 500)."""
    return [
        line
        for line in server.log_path.read_text(errors="replace").splitlines()
        if "unhandled error" in line or "Traceback" in line
    ]


def make_users(database_url: str, count: int, role: Role = Role.REP) -> list[tuple[str, str]]:
    """`count` accounts with the tests' password, as (username, user id)."""
    database = Database(database_url)
    migrate(database.engine)
    try:
        with database.transaction() as session:
            tag = uuid.uuid4().hex[:6]
            users = [
                create_user(
                    session,
                    username=f"{tag}-{index}",
                    password=PASSWORD,
                    role=role,
                    branch="Shanghai",
                )
                for index in range(count)
            ]
            return [(user.username, user.id) for user in users]
    finally:
        database.dispose()
