"""The colleague directory over real HTTP: who may see whom, and the client keeping the list
(offline too) and refreshing it after sync rounds without ever failing one."""

import uuid
from datetime import timedelta

import pytest

from app.directory import Directory
from app.replica import Replica
from app.syncing import AppSyncEngine
from server.models import User
from server.users.service import deactivate_user
from sync.client.errors import ServerRefused
from sync.client.http import ServerApi
from sync.protocol.enums import Role
from tests.support.clients import connect


def _branch() -> str:
    return f"Branch {uuid.uuid4().hex[:8]}"  # the server lives for the session: keep tests apart


def _token(http, server, account) -> str:
    body = {"username": account.username, "password": account.password, "device_name": "t"}
    response = http.post(f"{server.url}/api/v1/auth/login", json=body, timeout=10)
    assert response.status_code == 200, response.text
    return response.json()["access_token"]


def _directory(http, server, token: str | None):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return http.get(f"{server.url}/api/v1/directory", headers=headers, timeout=10)


def _ids(response) -> set[str]:
    assert response.status_code == 200, response.text
    return {person["id"] for person in response.json()["people"]}


@pytest.fixture
def branches(make_account, server_db):
    """Two branches: a rep, a colleague, a manager and a departed rep in one; a rep in another."""
    home, away = _branch(), _branch()
    people = {
        "rep": make_account(Role.REP, home),
        "colleague": make_account(Role.REP, home),
        "manager": make_account(Role.MANAGER, home),
        "departed": make_account(Role.REP, home),
        "stranger": make_account(Role.REP, away),
    }
    with server_db.transaction() as session:
        deactivate_user(session, people["departed"].username)
    return people


def test_a_rep_sees_the_active_people_of_their_branch_only(http, server, branches, server_db):
    token = _token(http, server, branches["rep"])
    response = _directory(http, server, token)
    wanted = {branches[key].id for key in ("rep", "colleague", "manager")}
    assert _ids(response) == wanted
    colleague = next(p for p in response.json()["people"] if p["id"] == branches["colleague"].id)
    assert colleague["username"] == branches["colleague"].username
    assert colleague["display_name"] == branches["colleague"].username
    assert colleague["role"] == "rep"
    assert colleague["branch_name"].startswith("Branch ")
    with server_db.transaction() as session:  # the customer list names branches by it
        assert colleague["branch_id"] == session.get(User, branches["colleague"].id).branch_id


def test_a_manager_sees_their_branch_and_an_admin_everyone_active(
    http, server, branches, make_account
):
    home = {branches[key].id for key in ("rep", "colleague", "manager")}
    assert _ids(_directory(http, server, _token(http, server, branches["manager"]))) == home
    admin = make_account(Role.ADMIN)
    everyone = _ids(_directory(http, server, _token(http, server, admin)))
    assert home | {branches["stranger"].id, admin.id} <= everyone
    assert branches["departed"].id not in everyone


def test_no_directory_without_a_valid_token(http, server):
    missing = _directory(http, server, None)
    assert missing.status_code == 401
    assert missing.json()["code"] == "not_authenticated"
    wrong = _directory(http, server, "opa_not-a-token")
    assert wrong.status_code == 401
    assert wrong.json()["code"] == "invalid_token"


def test_the_client_keeps_the_list_for_offline_use(http, server, branches, tmp_path):
    api = ServerApi(server.url)
    replica = Replica(tmp_path / "replica.sqlite3")
    try:
        Directory(replica).refresh(api, _token(http, server, branches["rep"]))
    finally:
        api.close()
        replica.close()
    reopened = Replica(tmp_path / "replica.sqlite3")  # no server involved from here on
    directory = Directory(reopened)
    colleague = branches["colleague"]
    assert colleague.username in {p.username for p in directory.people()}
    assert directory.name(colleague.id) == colleague.username
    assert directory.name(branches["stranger"].id) is None
    assert directory.name("no-such-user", "Another user") == "Another user"
    assert directory.name(None, "Unassigned") == "Unassigned"
    reopened.close()


def test_a_sync_round_fetches_the_directory_at_most_every_few_minutes(
    server, branches, make_account, tmp_path
):
    rep = branches["rep"]
    client = connect(server.url, rep.username, rep.password, tmp_path / "rep.sqlite3")
    engine = AppSyncEngine(client.replica, client.api, lambda: client.token)
    seen_by_ui = Directory(client.replica)
    assert seen_by_ui.people() == []
    engine.sync_now()
    assert seen_by_ui.name(branches["colleague"].id) == branches["colleague"].username
    hired = _hire(make_account, client)
    engine.sync_now()  # 30 s later: the list is not fetched again
    assert seen_by_ui.name(hired.id) is None
    eager = AppSyncEngine(
        client.replica, client.api, lambda: client.token, directory_every=timedelta(0)
    )
    eager.sync_now()
    assert seen_by_ui.name(hired.id) == hired.username
    client.close()


def _hire(make_account, client):
    """A new rep in the client's branch."""
    branch = client.api.me(client.token)["branch_name"]
    return make_account(Role.REP, branch)


class _OldServerApi(ServerApi):
    """A server from before the directory existed: the route answers 404."""

    def directory(self, access_token: str) -> list[dict]:
        raise ServerRefused(404, "http_error", "The server answered 404; try again later.")


def test_a_failing_directory_fetch_does_not_fail_the_sync(server, branches, tmp_path):
    rep = branches["rep"]
    api = _OldServerApi(server.url)
    client = connect(server.url, rep.username, rep.password, tmp_path / "rep.sqlite3", api=api)
    created = client.records.create("customer", {"name": "张伟"})
    engine = AppSyncEngine(client.replica, api, lambda: client.token, directory_every=timedelta(0))
    report = engine.sync_now()
    assert report.pushed == 1 and engine.status().state == "idle"
    assert Directory(client.replica).people() == []
    assert client.records.get("customer", created["id"])["version"] > 0
    client.close()
