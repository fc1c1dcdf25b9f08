"""Item 11 of issue 17, the server's part: CSV export that cannot run formulas, refresh-token
reuse ends the session, the last administrator stays, no caching of /auth answers, 405 keeps
`Allow`, and the common errors are in the OpenAPI schema."""

import csv
import io

import pytest
import requests

from app.account import Accounts, _key
from server.models import AuditEntry
from sync.client.errors import ServerRefused
from sync.protocol.enums import Role
from tests.conftest import PASSWORD
from tests.security.robust_http import Device, login
from tests.security.robust_servers import make_users, own_server

FORMULAS = ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(1,1)", "\t=1"]


def test_audit_csv_cells_never_start_a_formula(http, server, server_db, make_account):
    admin = make_account(role=Role.ADMIN)
    with server_db.transaction() as session:
        for text in FORMULAS:
            session.add(AuditEntry(action=text, entity=text[:32], row_id=text[:36], ip=text))
    device = Device.sign_in(http, server.url, admin.username, admin.password)
    answer = device.request("GET", "/admin/audit.csv", params={"limit": 200})
    assert answer.status_code == 200
    rows = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))
    cells = [cell for row in rows[1:] for cell in row[2:]]
    assert cells and not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert '\'=HYPERLINK("http://evil.example","x")' in cells


def refresh(http, url: str, token: str) -> requests.Response:
    return http.post(f"{url}/api/v1/auth/refresh", json={"refresh_token": token}, timeout=30)


def test_a_stolen_refresh_token_used_first_ends_the_session_for_both(http, server, make_account):
    account = make_account()
    pair = login(http, server.url, account.username, account.password)
    thief = refresh(http, server.url, pair["refresh_token"])  # the copy is used first
    assert thief.status_code == 200
    owner = refresh(http, server.url, pair["refresh_token"])  # then the device's own
    assert owner.status_code == 401 and owner.json()["code"] == "token_reused"
    headers = {"Authorization": f"Bearer {thief.json()['access_token']}"}
    me = http.get(f"{server.url}/api/v1/auth/me", headers=headers, timeout=30)
    assert me.status_code == 401 and me.json()["code"] == "token_revoked"
    assert refresh(http, server.url, thief.json()["refresh_token"]).status_code == 401


@pytest.mark.slow
def test_the_last_administrator_cannot_be_deactivated(empty_database_url, tmp_path, http):
    [(first, _)] = make_users(empty_database_url, 1, Role.ADMIN)
    with own_server(empty_database_url, tmp_path) as server:
        alone = Device.sign_in(http, server.url, first, PASSWORD)
        answer = alone.request("POST", f"/admin/users/{first}/deactivate")
        assert answer.status_code == 409 and answer.json()["code"] == "last_admin"
        [(second, _)] = make_users(empty_database_url, 1, Role.ADMIN)
        other = Device.sign_in(http, server.url, second, PASSWORD)
        assert other.request("POST", f"/admin/users/{first}/deactivate").status_code == 204
        answer = other.request("POST", f"/admin/users/{second}/deactivate")
        assert answer.status_code == 409


def test_auth_answers_are_never_cached(http, server, make_account):
    account = make_account()
    url = f"{server.url}/api/v1/auth"
    body = {"username": account.username, "password": PASSWORD, "device_name": "d"}
    answers = [
        http.post(f"{url}/login", json=body, timeout=30),
        http.post(f"{url}/login", json={**body, "password": "wrong pass"}, timeout=30),
        http.post(f"{url}/refresh", json={"refresh_token": "nonsense"}, timeout=30),
        http.get(f"{url}/me", timeout=30),
    ]
    assert [a.status_code for a in answers] == [200, 401, 401, 401]
    assert [a.headers.get("Cache-Control") for a in answers] == ["no-store"] * 4


def test_405_keeps_allow(http, server):
    answer = http.get(f"{server.url}/api/v1/auth/login", timeout=30)
    assert answer.status_code == 405 and answer.json()["code"] == "method_not_allowed"
    assert answer.headers["Allow"] == "POST"


def test_openapi_documents_the_common_errors(http, server):
    spec = http.get(f"{server.url}/openapi.json", timeout=30).json()
    missing = []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            expected = set()
            if operation.get("security"):
                expected |= {"401", "403"}
            if operation.get("requestBody") or operation.get("parameters"):
                expected |= {"400", "422"}
            if not_there := expected - set(operation["responses"]):
                missing.append((method, path, sorted(not_there)))
    assert missing == []


def test_the_app_signs_out_when_its_refresh_token_was_used_elsewhere(
    http, server, make_account, tmp_path
):
    account_row = make_account()
    accounts = Accounts(tmp_path / "home")
    account = accounts.sign_in(server.url, account_row.username, account_row.password)
    secret = accounts.tokens(account)
    assert refresh(http, server.url, secret["refresh_token"]).status_code == 200  # a copy
    accounts.store.save(_key(account), {**secret, "access_expires_at": "2000-01-01T00:00:00Z"})
    api = accounts.api(server.url)
    try:
        with pytest.raises(ServerRefused) as caught:
            accounts.access_token(account, api)
    finally:
        api.close()
    assert caught.value.code == "token_reused"
    assert accounts.tokens(account) is None  # the stored sign-in is gone: sign in again
