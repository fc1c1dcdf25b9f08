"""Issue 17, item 17: the laptop's copy at rest.

The data folder and every file in it are the user's alone (0700, 0600); a departure, a
sign-out and a device an administrator marked lost leave no file with a customer's phone in
the data folder, the pre-migration backups included; marking a device lost kills its tokens
and wipes it at its next contact while the account and the user's other devices go on.
Real server over HTTP (SQLite and PostgreSQL), real replica files, keyring in memory.
"""

import logging
import os
import stat
import uuid
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from sqlalchemy import select

from app.account import Account, Accounts
from app.credentials import CredentialStore
from app.departure import is_departure, leave
from app.paths import data_dir, replica_path
from app.records import Records
from app.replica import Replica
from app.syncing import AppSyncEngine, engine_for
from app.wipe import sign_out
from server.models import AuditEntry, ReviewItem
from sync.client.errors import ServerRefused
from sync.protocol import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.protocol.enums import Role
from tests.conftest import PASSWORD

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _holding(folder: Path, phone: str) -> list[Path]:
    """Files under `folder` whose bytes contain `phone` (what `strings | grep` would find)."""
    needle = phone.encode()
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def _phone() -> str:
    return f"139{uuid.uuid4().int % 10**8:08d}"


@pytest.fixture
def restore_umask() -> Iterator[None]:
    old = os.umask(0o022)
    os.umask(old)
    yield
    os.umask(old)


class Laptop:
    """One computer of one user, as the app runs it: account.json, keyring, replica, engine."""

    def __init__(self, folder: Path, server_url: str, username: str) -> None:
        self.folder = folder
        # one keyring per computer: the test's in-memory keyring is shared by its laptops
        self.accounts = Accounts(folder, CredentialStore(f"Outpost CRM {folder.name}"))
        self.account = self.accounts.sign_in(server_url, username, PASSWORD)
        self.replica = Replica(self.account.replica)
        self.engine: AppSyncEngine = engine_for(self.account, self.replica, self.accounts)
        self.records = Records(self.replica, self.account.user_id)

    def customer(self, phone: str) -> str:
        row = self.records.create("customer", {"name": f"客户 {phone}", "phones": [phone]})
        return str(row["id"])

    def close(self) -> None:
        self.engine.api.close()
        self.replica.close()


@posix_only
def test_data_folder_and_every_file_in_it_are_private(tmp_path, monkeypatch, restore_umask):
    os.umask(0o022)  # a usual desktop session: files 0644, folders 0755
    monkeypatch.setenv("OUTPOST_HOME", str(tmp_path / "Outpost"))
    folder = data_dir()
    assert _mode(folder) == 0o700
    path = replica_path(folder, "https://crm.example.com", "u1")
    replica = Replica(path)
    records = Records(replica, "u1")
    records.create("customer", {"name": "上海华信", "phones": ["13900001111"]})
    backup = replica.backup(reason="before-test")
    handler = RotatingFileHandler(folder / "outpost.log", encoding="utf-8")
    handler.emit(logging.makeLogRecord({"msg": "hello"}))
    handler.close()
    accounts = Accounts(folder, CredentialStore())
    accounts._write(_account(path))
    try:
        files = [path, Path(f"{path}-wal"), Path(f"{path}-shm"), backup]
        files += [folder / "outpost.log", folder / "account.json"]
        assert {str(f.name): _mode(f) for f in files} == {str(f.name): 0o600 for f in files}
        assert _mode(path.parent) == 0o700
    finally:
        replica.close()


@posix_only
def test_an_older_installations_open_folder_and_replica_are_tightened(tmp_path, restore_umask):
    os.umask(0o022)
    folder = tmp_path / "replicas"
    folder.mkdir(mode=0o755)
    path = folder / "old.sqlite3"
    Replica(path).close()
    os.chmod(folder, 0o755)
    os.chmod(path, 0o644)
    Replica(path).close()
    assert (_mode(folder), _mode(path)) == (0o700, 0o600)


def _account(path: Path) -> Account:
    return Account("https://crm.example.com", "u", "u1", "U", "rep", None, "d1", path)


def test_departure_removes_every_copy_with_a_customer_in_it(
    server, make_account, tmp_path, http, memory_keyring
):
    rep, admin = make_account(Role.REP), make_account(Role.ADMIN)
    laptop = Laptop(tmp_path / "laptop", server.url, rep.username)
    phone = _phone()
    laptop.customer(phone)
    laptop.engine.sync_now()
    laptop.replica.backup(reason="before-0042")  # what a migration makes first
    laptop.records.update("customer", laptop.records.find("customer")[0]["id"], {"notes": "x"})
    assert _holding(laptop.folder, phone)

    _admin_call(server, http, admin, "POST", f"/admin/users/{rep.username}/deactivate", 204)
    with pytest.raises(ServerRefused) as refused:
        laptop.engine.sync_now()
    assert is_departure(refused.value)
    departure = leave(laptop.accounts, laptop.account, laptop.replica, laptop.engine.api)
    laptop.engine.api.close()
    assert departure.handed_over == 1 and not departure.lost
    assert _holding(laptop.folder, phone) == []
    assert list(laptop.account.replica.parent.iterdir()) == []


def test_sign_out_removes_every_copy_with_a_customer_in_it(
    server, make_account, tmp_path, memory_keyring
):
    rep = make_account(Role.REP)
    laptop = Laptop(tmp_path / "laptop", server.url, rep.username)
    phone = _phone()
    laptop.customer(phone)
    laptop.engine.sync_now()
    laptop.replica.backup(reason="before-0042")
    assert _holding(laptop.folder, phone)

    done = sign_out(laptop.accounts, laptop.account, laptop.replica, laptop.engine.api)
    laptop.engine.api.close()
    assert done.unsent == 0 and done.removed
    assert _holding(laptop.folder, phone) == []
    assert laptop.accounts.resume() is None and memory_keyring.items == {}


def test_sign_out_keeps_changes_not_yet_sent(server, make_account, tmp_path, memory_keyring):
    """Removing them would lose the user's work: the replica stays until a later sign-in
    sends them."""
    rep = make_account(Role.REP)
    laptop = Laptop(tmp_path / "laptop", server.url, rep.username)
    laptop.customer(_phone())
    done = sign_out(laptop.accounts, laptop.account, laptop.replica, None)
    laptop.engine.api.close()
    assert (done.unsent, done.removed) == (1, [])
    assert laptop.account.replica.exists()
    assert laptop.accounts.resume() is None


def _admin_call(server, http, admin, method: str, path: str, expect: int = 200):
    pair = http.post(
        f"{server.url}{API_PREFIX}/auth/login",
        json={"username": admin.username, "password": PASSWORD, "device_name": "admin"},
        timeout=30,
    ).json()
    headers = {
        "Authorization": f"Bearer {pair['access_token']}",
        PROTOCOL_HEADER: str(PROTOCOL_VERSION),
    }
    answer = http.request(method, f"{server.url}{API_PREFIX}{path}", headers=headers, timeout=30)
    assert answer.status_code == expect, answer.text
    return answer


def test_a_device_marked_lost_wipes_itself_and_the_account_goes_on(
    server, server_db, make_account, tmp_path, http, memory_keyring
):
    rep, admin, manager = (
        make_account(Role.REP),
        make_account(Role.ADMIN),
        make_account(Role.MANAGER),
    )
    lost = Laptop(tmp_path / "lost", server.url, rep.username)
    other = Laptop(tmp_path / "other", server.url, rep.username)
    phone = _phone()
    customer = lost.customer(phone)
    lost.engine.sync_now()
    other.engine.sync_now()
    lost.replica.backup(reason="before-0042")
    lost.records.update("customer", customer, {"notes": "made after the theft"})

    listed = _admin_call(server, http, admin, "GET", f"/admin/users/{rep.username}/devices")
    assert {d["id"] for d in listed.json()} == {lost.account.device_id, other.account.device_id}
    path = f"/admin/devices/{lost.account.device_id}/lost"
    _admin_call(server, http, manager, "POST", path, expect=403)
    marked = _admin_call(server, http, admin, "POST", path).json()
    assert marked["revoked_sessions"] == 1 and marked["user_id"] == rep.id
    with server_db.transaction() as session:
        audited = session.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "device_lost", AuditEntry.row_id == lost.account.device_id
            )
        ).all()
    assert [entry.detail["owner_id"] for entry in audited] == [rep.id]

    # Its next contact: refused as lost; it wipes everything, hands nothing over.
    with pytest.raises(ServerRefused) as refused:
        lost.engine.sync_now()
    assert refused.value.code == "device_lost" and is_departure(refused.value)
    departure = leave(lost.accounts, lost.account, lost.replica, lost.engine.api)
    lost.engine.api.close()
    assert departure.lost and departure.handed_over == 0
    assert _holding(lost.folder, phone) == []
    assert lost.accounts.resume() is None
    with server_db.transaction() as session:
        assert session.scalars(select(ReviewItem).where(ReviewItem.user_id == rep.id)).all() == []

    # The user's other laptop syncs on; a new sign-in on the found laptop is a new device.
    other.records.update("customer", customer, {"notes": "still working"})
    other.engine.sync_now()
    assert other.records.pending_count() == 0
    other.close()
    again = Laptop(tmp_path / "lost", server.url, rep.username)
    assert again.account.device_id != lost.account.device_id
    again.engine.sync_now()
    assert again.records.get("customer", customer)["notes"] == "still working"
    again.close()
