"""Signing in against a real server, staying signed in offline, refreshing, signing out."""

import json
from datetime import timedelta

import pytest

from app.account import Accounts
from app.credentials import CredentialStore
from app.errors import ServerRefused, ServerUnreachable
from server.db import Database, migrate
from server.users.service import create_user
from sync.client.http import ServerApi
from sync.protocol.enums import Role
from sync.protocol.types import utcnow
from tests.support.servers import ServerProcess, free_port


def files_text(folder):
    return "".join(p.read_text(errors="ignore") for p in folder.rglob("*") if p.is_file())


def test_sign_in_keeps_tokens_in_the_keyring_only(tmp_path, server, make_account, memory_keyring):
    account = make_account()
    accounts = Accounts(tmp_path)
    signed = accounts.sign_in(server.url, account.username, account.password)
    assert signed.user_id == account.id and signed.role == "rep"
    assert signed.replica.parent == tmp_path / "replicas"
    (secret,) = memory_keyring.items.values()
    token = json.loads(secret)["access_token"]
    assert token not in files_text(tmp_path)
    assert json.loads((tmp_path / "account.json").read_text())["username"] == account.username


def test_resume_works_with_the_server_gone(tmp_path):
    url = f"sqlite:///{tmp_path / 'srv.sqlite3'}"
    database = Database(url)
    migrate(database.engine)
    with database.transaction() as session:
        create_user(
            session, username="rep1", password="secret-pass", role=Role.REP, branch="Beijing"
        )
    database.dispose()
    proc = ServerProcess(url, tmp_path / "server.log").start()
    try:
        Accounts(tmp_path / "client").sign_in(proc.url, "rep1", "secret-pass")
    finally:
        proc.stop()
    resumed = Accounts(tmp_path / "client").resume()
    assert resumed is not None and resumed.username == "rep1"
    assert resumed.branch_name == "Beijing"


def test_wrong_password_keeps_nothing(tmp_path, server, make_account, memory_keyring):
    account = make_account()
    with pytest.raises(ServerRefused) as info:
        Accounts(tmp_path).sign_in(server.url, account.username, "wrong password")
    assert info.value.code == "invalid_credentials"
    assert memory_keyring.items == {}
    assert Accounts(tmp_path).resume() is None


def test_unreachable_server_says_so(tmp_path):
    with pytest.raises(ServerUnreachable) as info:
        Accounts(tmp_path).sign_in(f"http://127.0.0.1:{free_port()}", "a", "b")
    assert "Cannot reach the server" in info.value.message


def test_expired_access_token_is_refreshed(tmp_path, server, make_account):
    account = make_account()
    accounts = Accounts(tmp_path)
    signed = accounts.sign_in(server.url, account.username, account.password)
    key = f"{signed.username}@{signed.server_url}"
    secret = accounts.store.load(key)
    secret["access_expires_at"] = (utcnow() - timedelta(seconds=5)).isoformat()
    accounts.store.save(key, secret)
    api = ServerApi(server.url)
    token = accounts.access_token(signed, api)
    assert token != secret["access_token"]
    assert api.me(token)["id"] == account.id


def test_sign_out_revokes_on_the_server(tmp_path, server, make_account):
    account = make_account()
    accounts = Accounts(tmp_path)
    signed = accounts.sign_in(server.url, account.username, account.password)
    api = ServerApi(server.url)
    token = accounts.access_token(signed, api)
    accounts.sign_out(signed, api)
    assert accounts.resume() is None
    with pytest.raises(ServerRefused) as info:
        api.me(token)
    assert info.value.code == "token_revoked"


def test_sign_in_without_a_keyring_still_works(tmp_path, server, make_account):
    from tests.support.keyrings import NoKeyring, install

    install(NoKeyring())
    account = make_account()
    accounts = Accounts(tmp_path, CredentialStore())
    signed = accounts.sign_in(server.url, account.username, account.password)
    assert accounts.access_token(signed, ServerApi(server.url))
    assert accounts.store.warning and "keyring" in accounts.store.warning
    assert Accounts(tmp_path).resume() is None
