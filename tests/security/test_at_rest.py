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


# --- The replica encrypted at rest (SQLCipher with a per-device key in the keyring) ---------


class EncryptedLaptop(Laptop):
    """A laptop as the app runs it since issue 17: its replica opened with the account's key."""

    def __init__(self, folder: Path, server_url: str, username: str) -> None:
        self.folder = folder
        self.accounts = Accounts(folder, CredentialStore(f"Outpost CRM {folder.name}"))
        self.account = self.accounts.sign_in(server_url, username, PASSWORD)
        self.open()

    def open(self) -> None:
        self.replica = Replica(self.account.replica, key=self.accounts.replica_key(self.account))
        self.engine = engine_for(self.account, self.replica, self.accounts)
        self.records = Records(self.replica, self.account.user_id)


def _readable(folder: Path, *needles: str) -> list[tuple[str, str]]:
    """(file, text) for each needle found in the bytes of a file under `folder`, as UTF-8 or
    UTF-16 (what `strings -e` would find)."""
    found = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for needle in needles:
            if any(needle.encode(code) in data for code in ("utf-8", "utf-16-le", "utf-16-be")):
                found.append((path.name, needle))
    return found


def _on_server_names(server_db, owner_id: str) -> set[str]:
    from sync.protocol.entities import Customer

    with server_db.transaction() as session:
        return set(session.scalars(select(Customer.name).where(Customer.owner_id == owner_id)))


def test_an_encrypted_replica_holds_no_customer_phone_or_name_after_a_real_sync(
    server, make_account, tmp_path, memory_keyring
):
    rep = make_account(Role.REP)
    writer = EncryptedLaptop(tmp_path / "writer", server.url, rep.username)
    phone, name = _phone(), f"华信贸易{uuid.uuid4().hex[:6]}"
    customer = writer.records.create("customer", {"name": name, "phones": [phone]})["id"]
    writer.records.create(
        "interaction", {"customer_id": customer, "kind": "call", "subject": "报价 " + phone}
    )
    writer.engine.sync_now()
    reader = EncryptedLaptop(tmp_path / "reader", server.url, rep.username)
    reader.engine.sync_now()  # a real download: pages of rows written through the key
    try:
        assert reader.records.get("customer", customer)["phones"] == [phone]
        files = {p.name for p in reader.folder.rglob("*") if p.is_file()}
        assert any(name.endswith("-wal") for name in files)  # open: the log holds pages too
        for laptop in (writer, reader):
            assert _readable(laptop.folder, phone, name) == []
            assert laptop.account.replica.read_bytes()[:16] != b"SQLite format 3\x00"
        # the key is in the keyring, not beside the replica
        assert not Path(f"{reader.account.replica}.key").exists()
        assert any(entry[1].startswith("replica-key:") for entry in memory_keyring.items)
    finally:
        writer.close()
        reader.close()
    for laptop in (writer, reader):  # closed: the log folded into the file
        assert _readable(laptop.folder, phone, name) == []


def test_a_plaintext_replica_is_encrypted_on_open_and_its_unsent_edit_still_syncs(
    server, server_db, make_account, tmp_path, memory_keyring
):
    rep = make_account(Role.REP)
    old = Laptop(tmp_path / "laptop", server.url, rep.username)  # a version before issue 17
    phone = _phone()
    synced = old.customer(phone)
    old.engine.sync_now()
    unsent = old.records.create("customer", {"name": "离线客户", "phones": [_phone()]})["id"]
    old.replica.backup(reason="before-0042")
    old.close()
    assert _holding(old.folder, phone)  # plaintext, the backup too

    laptop = EncryptedLaptop(tmp_path / "laptop", server.url, rep.username)
    try:
        assert laptop.records.pending_count() == 1
        assert laptop.records.get("customer", synced)["phones"] == [phone]
        assert _holding(laptop.folder, phone) == []  # the replica, its log and the backup
        assert not list(laptop.folder.rglob("*.encrypting"))
        laptop.engine.sync_now()
        assert laptop.records.pending_count() == 0
    finally:
        laptop.close()
    assert "离线客户" in _on_server_names(server_db, rep.id)
    assert unsent


def test_a_lost_key_sets_the_replica_aside_downloads_again_and_says_what_was_lost(
    server, make_account, tmp_path, memory_keyring
):
    """The keyring was wiped (a new user profile, a reset): the replica cannot be read, so it
    is handled as a damaged one, not a crash: put aside, downloaded again, and the user is
    told that the changes not yet sent in it could not be read."""
    rep = make_account(Role.REP)
    laptop = EncryptedLaptop(tmp_path / "laptop", server.url, rep.username)
    synced = laptop.customer(_phone())
    laptop.engine.sync_now()
    laptop.customer(_phone())  # not sent
    laptop.close()
    memory_keyring.items.clear()

    again = Accounts(laptop.folder, CredentialStore(f"Outpost CRM {laptop.folder.name}"))
    account = again.sign_in(server.url, rep.username, PASSWORD)
    replica = Replica(account.replica, key=again.replica_key(account))
    engine = engine_for(account, replica, again)
    try:
        found = replica.recovery
        assert found is not None and found.damage.kind == "unreadable"
        assert (found.saved, found.complete) == (0, False)
        assert found.damaged_copy.exists()
        engine.sync_now()
        assert Records(replica, account.user_id).get("customer", synced) is not None
    finally:
        engine.api.close()
        replica.close()


def test_a_lost_key_is_told_through_the_recovery_notice(tmp_path, memory_keyring, qapp):
    from ui.recovery_notice import recovery_text

    path = tmp_path / "replicas" / "r.sqlite3"
    store = CredentialStore()
    replica = Replica(path, key=store.replica_key(path))
    Records(replica, "u1").create("customer", {"name": "上海华信"})
    replica.close()
    memory_keyring.items.clear()
    replica = Replica(path, key=store.__class__().replica_key(path))
    try:
        assert replica.recovery is not None
        text = recovery_text(replica.recovery)
    finally:
        replica.close()
    assert str(replica.recovery.damaged_copy) in text
    assert "0 changes not yet sent" in text or "0 change" in text
    assert "could not be read" in text


def _encrypted_pages_of(path: Path, key: bytes, columns: int) -> list[int]:
    """The table-leaf pages whose first row has more than `columns` values (customers)."""
    from app import pages

    found = []
    with pages.Pages.open(path, key) as source:
        for number in range(2, source.count + 1):
            page = source.read(number)
            if page[0] == 0x0D and int.from_bytes(page[3:5], "big"):
                _rowid, payload = pages._cell(source, page, int.from_bytes(page[8:10], "big"))
                if len(pages.decode(payload)) > columns:
                    found.append(number)
    assert found
    return found


def _damage(path: Path, numbers: list[int], page_size: int = 4096) -> None:
    with path.open("r+b") as file:
        for number in numbers:
            at = (number - 1) * page_size + (200 if number == 1 else 0)
            file.seek(at)
            data = file.read(64)
            file.seek(at)
            file.write(bytes(b ^ 0xFF for b in data))


@pytest.mark.parametrize("where", ["customer pages", "first page"])
def test_a_damaged_encrypted_replica_is_recovered_with_its_unsent_changes(
    where, server, server_db, make_account, tmp_path, memory_keyring
):
    rep = make_account(Role.REP)
    laptop = EncryptedLaptop(tmp_path / "laptop", server.url, rep.username)
    for _ in range(3):
        laptop.customer(_phone())
    laptop.engine.sync_now()
    laptop.records.create("customer", {"name": f"离线{where}", "phones": [_phone()]})
    laptop.close()
    path, key = laptop.account.replica, laptop.accounts.replica_key(laptop.account)
    numbers = _encrypted_pages_of(path, key, 12) if where == "customer pages" else [1]
    _damage(path, numbers)

    laptop.open()
    try:
        found = laptop.replica.recovery
        assert found is not None and found.saved == 1
        assert found.complete == (where == "customer pages")
        assert laptop.records.pending_count() == 1
        laptop.engine.sync_now()
        assert laptop.records.pending_count() == 0
        assert len(laptop.records.find("customer")) == 4
    finally:
        laptop.close()
    assert f"离线{where}" in _on_server_names(server_db, rep.id)


def test_without_a_keyring_the_key_is_a_private_file_beside_the_replica(tmp_path, restore_umask):
    from tests.support.keyrings import NoKeyring, install

    install(NoKeyring())
    path = tmp_path / "Outpost" / "replicas" / "r.sqlite3"
    key = CredentialStore().replica_key(path)
    assert key is not None and len(key) == 32
    key_file = Path(f"{path}.key")
    assert key_file.read_text().strip() == key.hex()
    if os.name == "posix":
        assert _mode(key_file) == 0o600
    assert CredentialStore().replica_key(path) == key  # the next start reads it back
    replica = Replica(path, key=key)
    Records(replica, "u1").create("customer", {"name": "上海华信", "phones": ["13900001111"]})
    replica.close()
    assert _holding(path.parent, "13900001111") == []


def test_a_key_file_moves_into_a_keyring_that_appeared(tmp_path, memory_keyring):
    from tests.support.keyrings import NoKeyring, install

    path = tmp_path / "replicas" / "r.sqlite3"
    install(NoKeyring())
    key = CredentialStore().replica_key(path)
    install(memory_keyring)
    assert CredentialStore().replica_key(path) == key
    assert not Path(f"{path}.key").exists()
    assert CredentialStore().replica_key(path, create=False) == key


def test_sign_out_removes_the_replicas_key_but_keeps_it_while_changes_wait(
    server, make_account, tmp_path, memory_keyring
):
    rep = make_account(Role.REP)
    laptop = EncryptedLaptop(tmp_path / "laptop", server.url, rep.username)
    laptop.customer(_phone())  # not sent
    waiting = sign_out(laptop.accounts, laptop.account, laptop.replica, None)
    laptop.engine.api.close()
    assert waiting.unsent == 1
    keys = [entry for entry in memory_keyring.items if entry[1].startswith("replica-key:")]
    assert len(keys) == 1  # the replica it keeps stays readable for the next sign-in

    laptop = EncryptedLaptop(tmp_path / "laptop", server.url, rep.username)
    assert laptop.replica.recovery is None and laptop.records.pending_count() == 1
    laptop.engine.sync_now()
    done = sign_out(laptop.accounts, laptop.account, laptop.replica, laptop.engine.api)
    laptop.engine.api.close()
    assert done.unsent == 0 and done.removed
    assert memory_keyring.items == {}
    assert list(laptop.account.replica.parent.iterdir()) == []


def test_an_encryption_cut_short_is_done_again_at_the_next_open(tmp_path, memory_keyring):
    path = tmp_path / "replicas" / "r.sqlite3"
    replica = Replica(path)  # plaintext, as an older version left it
    Records(replica, "u1").create("customer", {"name": "上海华信", "phones": ["13900001111"]})
    replica.close()
    Path(f"{path}.encrypting").write_bytes(b"half a copy")  # the app stopped mid-way
    key = CredentialStore().replica_key(path)
    assert key is not None
    replica = Replica(path, key=key)
    try:
        assert Records(replica, "u1").pending_count() == 1
    finally:
        replica.close()
    assert not Path(f"{path}.encrypting").exists()
    assert _holding(path.parent, "13900001111") == []


def test_a_self_test_leaves_the_keyring_alone_and_its_replica_readable(tmp_path, memory_keyring):
    """`outpost --self-test --username` keeps sessions in memory only; the replica it leaves
    is opened again by the next self-test, so its key is in the key file beside it."""
    path = tmp_path / "replicas" / "r.sqlite3"
    key = CredentialStore(persist=False).replica_key(path)
    assert memory_keyring.items == {}
    assert CredentialStore(persist=False).replica_key(path) == key
