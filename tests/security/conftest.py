"""Two branches of people per test (so managers see only this test's people), signed in over
real HTTP against the session's server (SQLite and PostgreSQL)."""

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from sync.protocol.enums import Role
from tests.conftest import Account
from tests.security.actors import Actor, signed_in


@dataclass
class Branches:
    """Branch X and branch Y, each with two reps and a manager; one administrator."""

    x: str
    y: str
    rep_x: Actor
    rep_x2: Actor
    mgr_x: Actor
    rep_y: Actor
    mgr_y: Actor
    admin: Actor


@pytest.fixture
def account(make_account: Callable[..., Account]) -> Callable[..., Account]:
    """`make_account` of tests/conftest.py with no branch unless one is named."""

    def make(role: Role = Role.REP, branch: str | None = None) -> Account:
        return make_account(role, branch)

    return make


@pytest.fixture
def sign_in(server) -> Iterator[Callable[[Account], Actor]]:
    made: list[Actor] = []

    def make(account: Account) -> Actor:
        actor = signed_in(server.url, account)
        made.append(actor)
        return actor

    yield make
    for actor in made:
        actor.http.close()


@pytest.fixture
def branches(account, sign_in) -> Branches:
    x, y = f"X {uuid.uuid4().hex[:8]}", f"Y {uuid.uuid4().hex[:8]}"
    return Branches(
        x=x,
        y=y,
        rep_x=sign_in(account(Role.REP, x)),
        rep_x2=sign_in(account(Role.REP, x)),
        mgr_x=sign_in(account(Role.MANAGER, x)),
        rep_y=sign_in(account(Role.REP, y)),
        mgr_y=sign_in(account(Role.MANAGER, y)),
        admin=sign_in(account(Role.ADMIN)),
    )
