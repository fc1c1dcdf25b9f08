"""Auth over real HTTP against a uvicorn process, on SQLite and PostgreSQL."""

from datetime import timedelta

import requests
from sqlalchemy import select, update

from server.models import AuditEntry, AuthSession, LoginThrottle
from server.security import token_hash
from server.users.service import deactivate_user
from sync.protocol.types import utcnow


def login(http, server, account, password=None, **extra):
    body = {
        "username": account.username,
        "password": password or account.password,
        "device_name": "test laptop",
        **extra,
    }
    return http.post(f"{server.url}/api/v1/auth/login", json=body, timeout=10)


def me(http, server, token):
    return http.get(
        f"{server.url}/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"}, timeout=10
    )


def assert_error(response: requests.Response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == code
    assert isinstance(body["message"], str) and body["message"]
    return body


def test_health_reports_the_database(http, server):
    body = http.get(f"{server.url}/api/v1/health", timeout=10).json()
    assert body["status"] == "ok"
    assert body["database"] == server.database_url.split(":")[0].split("+")[0]


def test_login_gives_tokens_that_identify_the_user(http, server, make_account):
    account = make_account()
    response = login(http, server, account)
    assert response.status_code == 200, response.text
    pair = response.json()
    assert pair["access_token"] != pair["refresh_token"]
    assert pair["user"]["username"] == account.username
    assert pair["user"]["branch_name"] == "Shanghai"
    assert me(http, server, pair["access_token"]).json()["id"] == account.id


def test_tokens_are_stored_hashed(http, server, server_db, make_account):
    pair = login(http, server, make_account()).json()
    with server_db.transaction() as session:
        hashes = session.scalars(select(AuthSession.access_hash)).all()
    assert token_hash(pair["access_token"]) in hashes
    assert pair["access_token"] not in hashes


def test_login_with_same_device_id_reuses_the_device(http, server, make_account):
    account = make_account()
    first = login(http, server, account).json()
    second = login(http, server, account, device_id=first["device_id"]).json()
    assert second["device_id"] == first["device_id"]


def test_wrong_password_and_unknown_user_look_the_same(http, server, make_account):
    account = make_account()
    wrong = assert_error(
        login(http, server, account, password="nope nope"), 401, "invalid_credentials"
    )
    account.username = "nobody-" + account.username
    unknown = assert_error(login(http, server, account), 401, "invalid_credentials")
    assert wrong == unknown


def test_refresh_rotates_the_pair(http, server, make_account):
    old = login(http, server, make_account()).json()
    response = http.post(
        f"{server.url}/api/v1/auth/refresh",
        json={"refresh_token": old["refresh_token"]},
        timeout=10,
    )
    assert response.status_code == 200, response.text
    new = response.json()
    assert me(http, server, new["access_token"]).status_code == 200
    assert_error(me(http, server, old["access_token"]), 401, "invalid_token")
    again = http.post(
        f"{server.url}/api/v1/auth/refresh",
        json={"refresh_token": old["refresh_token"]},
        timeout=10,
    )
    # a swapped refresh token presented again was copied: the session ends (issue 17, item 11)
    assert_error(again, 401, "token_reused")
    assert_error(me(http, server, new["access_token"]), 401, "token_revoked")


def test_logout_revokes_access_and_refresh(http, server, make_account):
    pair = login(http, server, make_account()).json()
    headers = {"Authorization": f"Bearer {pair['access_token']}"}
    assert (
        http.post(f"{server.url}/api/v1/auth/logout", headers=headers, timeout=10).status_code
        == 204
    )
    assert_error(me(http, server, pair["access_token"]), 401, "token_revoked")
    refreshed = http.post(
        f"{server.url}/api/v1/auth/refresh",
        json={"refresh_token": pair["refresh_token"]},
        timeout=10,
    )
    assert_error(refreshed, 401, "token_revoked")


def test_expired_tokens_are_refused(http, server, server_db, make_account):
    pair = login(http, server, make_account()).json()
    past = utcnow() - timedelta(seconds=1)
    with server_db.transaction() as session:
        session.execute(
            update(AuthSession)
            .where(AuthSession.access_hash == token_hash(pair["access_token"]))
            .values(access_expires_at=past)
        )
    assert_error(me(http, server, pair["access_token"]), 401, "token_expired")
    refreshed = http.post(
        f"{server.url}/api/v1/auth/refresh",
        json={"refresh_token": pair["refresh_token"]},
        timeout=10,
    )
    assert refreshed.status_code == 200
    with server_db.transaction() as session:
        session.execute(
            update(AuthSession)
            .where(AuthSession.refresh_hash == token_hash(refreshed.json()["refresh_token"]))
            .values(refresh_expires_at=past)
        )
    expired = http.post(
        f"{server.url}/api/v1/auth/refresh",
        json={"refresh_token": refreshed.json()["refresh_token"]},
        timeout=10,
    )
    assert_error(expired, 401, "session_expired")


def test_five_failures_lock_the_account(http, server, server_db, make_account):
    account = make_account()
    for _ in range(4):
        assert_error(
            login(http, server, account, password="wrong pass"), 401, "invalid_credentials"
        )
    locked = assert_error(
        login(http, server, account, password="wrong pass"), 423, "account_locked"
    )
    assert locked["retry_after_s"] > 0
    assert_error(login(http, server, account), 423, "account_locked")
    with server_db.transaction() as session:
        session.execute(
            update(LoginThrottle)
            .where(LoginThrottle.key == f"account:{account.username.lower()}")
            .values(locked_until=utcnow() - timedelta(seconds=1))
        )
    assert login(http, server, account).status_code == 200


def test_a_success_resets_the_failure_count(http, server, make_account):
    account = make_account()
    for _ in range(4):
        login(http, server, account, password="wrong pass")
    assert login(http, server, account).status_code == 200
    for _ in range(4):
        assert_error(
            login(http, server, account, password="wrong pass"), 401, "invalid_credentials"
        )


def test_deactivated_user_gets_no_token_and_loses_old_ones(http, server, server_db, make_account):
    account = make_account()
    pair = login(http, server, account).json()
    with server_db.transaction() as session:
        deactivate_user(session, account.username)
    assert_error(login(http, server, account), 403, "account_disabled")
    # Old tokens are refused with the reason, so the device knows to hand over and wipe.
    assert_error(me(http, server, pair["access_token"]), 403, "account_disabled")
    refreshed = http.post(
        f"{server.url}/api/v1/auth/refresh",
        json={"refresh_token": pair["refresh_token"]},
        timeout=10,
    )
    assert_error(refreshed, 403, "account_disabled")


def test_logins_and_failures_are_audited(http, server, server_db, make_account):
    account = make_account()
    login(http, server, account, password="wrong pass")
    login(http, server, account)
    with server_db.transaction() as session:
        actions = session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.user_id == account.id)
            .order_by(AuditEntry.id)
        ).all()
    assert actions[-2:] == ["login_failed", "login"]
