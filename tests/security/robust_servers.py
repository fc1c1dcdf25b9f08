"""A server of its own for tests that must not share one: lockouts and address limits would
otherwise reach the session server's other tests (they all sign in from 127.0.0.1)."""

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest.mock import patch

from argon2 import PasswordHasher

from server.db import Database, migrate
from server.users import service as users
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


def make_users(
    database_url: str, count: int, role: Role = Role.REP, *, cheap: bool = False
) -> list[tuple[str, str]]:
    """`count` accounts with the tests' password, as (username, user id). `cheap`: hashed
    with small argon2 parameters (the server checks with whatever a hash says), so forty
    accounts do not cost forty real hashes here and forty real checks there."""
    database = Database(database_url)
    migrate(database.engine)
    hasher = _cheap_hash if cheap else users.hash_password
    try:
        with database.transaction() as session, patch.object(users, "hash_password", hasher):
            tag = uuid.uuid4().hex[:6]
            made = [
                users.create_user(
                    session,
                    username=f"{tag}-{index}",
                    password=PASSWORD,
                    role=role,
                    branch="Shanghai",
                )
                for index in range(count)
            ]
            return [(user.username, user.id) for user in made]
    finally:
        database.dispose()


def _cheap_hash(password: str) -> str:
    return PasswordHasher(time_cost=1, memory_cost=256, parallelism=1).hash(password)
