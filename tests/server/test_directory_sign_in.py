"""Directory sign-in against a real OpenLDAP `slapd` on loopback (issue 26, item 6), with a real
server over HTTP on SQLite and PostgreSQL: a directory person signs in with the directory's
password and gets the role and branch of their group; disabled in the directory, they are
refused at the next token refresh, and `outpost-server directory-sync` closes or offboards
them, once."""

import uuid
from collections.abc import Iterator

import pytest
import requests
from sqlalchemy import select

from server.auth.directory_accounts import sync_all
from server.auth.service import login as login_directly
from server.db import Database
from server.errors import ApiError
from server.models import AuditEntry, User
from server.settings import Settings
from server.users.service import create_user
from sync.protocol.entities import Customer
from sync.protocol.enums import Role
from sync.protocol.wire import LoginRequest
from tests.conftest import _backend_params, _empty_database
from tests.server.test_cli import cli
from tests.support import slapd
from tests.support.clients import connect
from tests.support.servers import ServerProcess

pytestmark = pytest.mark.skipif(not slapd.available(), reason="needs slapd (./dev.sh installs it)")

SHANGHAI = "上海分公司"


@pytest.fixture(scope="module")
def directory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[slapd.Slapd]:
    server = slapd.Slapd(tmp_path_factory.mktemp("slapd")).start()
    server.add_group("sales")
    server.add_group("managers")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def env(directory: slapd.Slapd) -> dict[str, str]:
    return directory.settings(
        {
            f"cn=sales,{slapd.GROUPS}": {"role": "rep", "branch": SHANGHAI},
            f"cn=managers,{slapd.GROUPS}": {"role": "manager", "branch": SHANGHAI},
        }
    )


@pytest.fixture(scope="module", params=_backend_params())
def served(
    request: pytest.FixtureRequest,
    env: dict[str, str],
    tmp_path_factory: pytest.TempPathFactory,
    pg_ok: bool,
) -> Iterator[ServerProcess]:
    """One server per backend for the module, with the directory set up."""
    folder = tmp_path_factory.mktemp("directory-server")
    with _empty_database(request.param, folder, pg_ok) as url:
        server = ServerProcess(url, folder / "server.log", **env).start()
        yield server
        server.stop()


@pytest.fixture
def database(served: ServerProcess) -> Iterator[Database]:
    database = Database(served.database_url)
    yield database
    database.dispose()


@pytest.fixture
def people(directory: slapd.Slapd) -> dict[str, str]:
    """This test's directory people (names unique: the directory serves the whole module)."""
    suffix = uuid.uuid4().hex[:8]
    zhang = directory.add_person(f"zhang{suffix}", "dir-pass-1", "张伟")
    li = directory.add_person(f"li{suffix}", "dir-pass-2", "李娜")
    directory.add_member(f"cn=sales,{slapd.GROUPS}", zhang)
    return {"zhang": zhang, "zhang_uid": f"zhang{suffix}", "li_uid": f"li{suffix}", "li": li}


def login(server: ServerProcess, username: str, password: str) -> requests.Response:
    body = {"username": username, "password": password, "device_name": "test laptop"}
    return requests.post(f"{server.url}/api/v1/auth/login", json=body, timeout=15)


def refresh(server: ServerProcess, token: str) -> requests.Response:
    return requests.post(
        f"{server.url}/api/v1/auth/refresh", json={"refresh_token": token}, timeout=15
    )


def code(response: requests.Response) -> str:
    return str(response.json().get("code"))


def test_a_directory_person_signs_in_with_the_role_and_branch_of_their_group(
    served, database, directory, people
):
    signed = login(served, people["zhang_uid"], "dir-pass-1")
    assert signed.status_code == 200, signed.text
    user = signed.json()["user"]
    assert (user["role"], user["branch_name"], user["display_name"]) == ("rep", SHANGHAI, "张伟")

    wrong = login(served, people["zhang_uid"], "not-it")
    assert (wrong.status_code, code(wrong)) == (401, "invalid_credentials")
    empty = login(served, people["zhang_uid"], "")
    assert empty.status_code in (401, 422)  # never an anonymous bind taken for a password
    nobody = login(served, people["li_uid"], "dir-pass-2")  # right password, no mapped group
    assert (nobody.status_code, code(nobody)) == (403, "no_directory_group")

    directory.add_member(f"cn=managers,{slapd.GROUPS}", people["zhang"])  # promoted there
    again = login(served, people["zhang_uid"], "dir-pass-1").json()["user"]
    assert again["role"] == "manager" and again["id"] == user["id"]

    local = f"local{uuid.uuid4().hex[:8]}"
    with database.transaction() as session:
        row = session.get(User, user["id"])
        assert row is not None and row.directory_dn == people["zhang"]
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.row_id == user["id"])
        ).all()
        assert {"user_created", "user_changed"} <= set(actions)
        refusals = session.scalars(
            select(AuditEntry.action).where(AuditEntry.action == "login_refused_no_directory_group")
        ).all()
        assert refusals  # refused, and the refusal kept in the audit log
        # a local account keeps its own password beside the directory
        create_user(session, username=local, password="local-pass-1", role=Role.ADMIN)
    change = requests.post(
        f"{served.url}/api/v1/auth/password",
        json={
            "username": people["zhang_uid"],
            "password": "dir-pass-1",
            "new_password": "another-pass-9",
            "device_name": "test laptop",
        },
        timeout=15,
    )
    assert (change.status_code, code(change)) == (409, "directory_password")
    assert login(served, local, "local-pass-1").status_code == 200


def test_disabled_in_the_directory_is_refused_at_the_next_refresh(served, directory, people):
    pair = login(served, people["zhang_uid"], "dir-pass-1").json()
    renewed = refresh(served, pair["refresh_token"])
    assert renewed.status_code == 200, renewed.text

    directory.disable(people["zhang"])
    refused = refresh(served, renewed.json()["refresh_token"])
    assert (refused.status_code, code(refused)) == (403, "account_disabled")
    signed = login(served, people["zhang_uid"], "dir-pass-1")
    assert (signed.status_code, code(signed)) == (403, "account_disabled")


def test_a_directory_that_does_not_answer_is_said_so_and_counts_no_failure(
    served, database, env, people, monkeypatch
):
    for name, value in {**env, "OUTPOST_DIRECTORY_URL": "ldap://127.0.0.1:9"}.items():
        monkeypatch.setenv(name, value)  # nothing listens on port 9
    settings = Settings(database_url=served.database_url, lockout_threshold=2)
    body = LoginRequest(username=people["zhang_uid"], password="dir-pass-1", device_name="x")
    for _ in range(3):  # more than the lockout threshold: still not locked
        with pytest.raises(ApiError) as refused:
            login_directly(database, settings, body, "127.0.0.1")
        assert (refused.value.status, refused.value.code) == (503, "directory_unavailable")


def test_directory_sync_offboards_people_the_directory_disabled_once(
    served, database, directory, people, env, tmp_path, monkeypatch
):
    zhang = connect(served.url, people["zhang_uid"], "dir-pass-1", tmp_path / "zhang.sqlite3")
    try:
        for n in range(3):
            zhang.records.create("customer", {"name": f"目录客户{n}"})
        zhang.sync()
    finally:
        zhang.close()
    with database.transaction() as session:
        for user in session.scalars(select(User).where(User.role == Role.REP.value)):
            if user.username != people["zhang_uid"]:  # earlier tests' reps: closed
                user.active = False
        colleague = create_user(
            session,
            username=f"wang{uuid.uuid4().hex[:8]}",
            password="local-pass-1",
            role=Role.REP,
            branch=SHANGHAI,
        )
        colleague_id = colleague.id
    for name, value in {**env, "OUTPOST_DIRECTORY_OFFBOARD": "1"}.items():
        monkeypatch.setenv(name, value)

    settings = Settings(database_url=served.database_url)
    assert not sync_all(database, settings).offboarded  # nobody disabled yet

    directory.disable(people["zhang"])
    done = cli(served.database_url, "directory-sync")
    assert done.returncode == 0, done.stderr
    assert f"offboarded: {people['zhang_uid']} (3 customers moved)" in done.stdout
    with database.transaction() as session:
        owners = session.scalars(
            select(Customer.owner_id).where(Customer.name.like("目录客户%"))
        ).all()
        assert owners == [colleague_id] * 3
        gone = session.scalar(select(User).where(User.directory_dn == people["zhang"]))
        assert gone is not None and not gone.active

    again = sync_all(database, settings)  # nothing twice
    assert not again.offboarded and people["zhang_uid"] not in again.closed
