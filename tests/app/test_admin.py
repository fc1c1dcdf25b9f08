"""StaffAdmin against a real server: typed answers, the scope of each role, and the server's
refusals as the client's known errors. One branch of people per test, so tests never see
each other's staff; SQLite only (the server's own tests cover PostgreSQL)."""

import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.account import Accounts
from app.admin import AuditFilter, CustomerSelection, StaffAdmin
from app.credentials import CredentialStore
from app.departure import hand_over
from server.db import Database
from server.users.service import create_user
from sync.client.errors import ServerRefused, ServerUnreachable
from sync.client.http import ServerApi
from sync.protocol.enums import Role
from tests.conftest import PASSWORD
from tests.support.clients import Client, connect

sqlite_only = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@dataclass
class Staff:
    username: str
    id: str
    display_name: str


class Team:
    """People of one fresh branch, their devices and admin services; closed at the end."""

    def __init__(self, server_url: str, server_db: Database, folder: Path) -> None:
        self.server_url, self.server_db, self.folder = server_url, server_db, folder
        self.branch = f"Branch {uuid.uuid4().hex[:8]}"
        self.apis: list[ServerApi] = []
        self.clients: list[Client] = []

    def person(self, role: Role = Role.REP, name: str = "", branch: str | None = None) -> Staff:
        username = f"u{uuid.uuid4().hex[:10]}"
        with self.server_db.transaction() as session:
            user = create_user(
                session,
                username=username,
                password=PASSWORD,
                role=role,
                branch=None if role == Role.ADMIN else (branch or self.branch),
                display_name=name or username,
            )
            return Staff(username, user.id, user.display_name)

    def admin_for(self, who: Staff) -> StaffAdmin:
        api = ServerApi(self.server_url, timeout=30)
        self.apis.append(api)
        token = api.login(who.username, PASSWORD, "admin screens")["access_token"]
        return StaffAdmin(api, lambda: token)

    def device(self, who: Staff) -> Client:
        path = self.folder / f"{who.username}-{len(self.clients)}.sqlite3"
        client = connect(self.server_url, who.username, PASSWORD, path)
        self.clients.append(client)
        return client

    def close(self) -> None:
        for client in self.clients:
            client.close()
        for api in self.apis:
            api.close()


@pytest.fixture
def team(server, server_db, tmp_path) -> Iterator[Team]:
    made = Team(server.url, server_db, tmp_path)
    yield made
    made.close()


def customers(device: Client, *cities: str) -> list[str]:
    """Customers created on the device and synced, one per city given."""
    ids = [
        device.records.create("customer", {"name": f"客户 {uuid.uuid4().hex[:6]}", "city": c})["id"]
        for c in cities
    ]
    device.sync()
    return ids


def refused_edit(device: Client, customer_id: str) -> None:
    """A push the server refuses (changing the owner directly) lands in the review queue."""
    device.records.update("customer", customer_id, {"owner_id": str(uuid.uuid4())})
    device.sync()


class _Tokens:
    def __init__(self, refresh_token: str) -> None:
        self.refresh_token = refresh_token

    def tokens(self, _account: object) -> dict[str, str]:
        return {"refresh_token": self.refresh_token}


def refresh_token(device: Client) -> str:
    """A refresh token of the device's own session, as its keyring would hold it."""
    pair = device.api.login(device.username, PASSWORD, "laptop", device.device_id)
    return pair["refresh_token"]


def surrender(device: Client, token: str) -> int:
    """The closed account's device hands its unsynced edits over, as app.departure does."""
    return hand_over(_Tokens(token), None, device.replica, device.api)  # type: ignore[arg-type]


@sqlite_only
def test_people_and_branches_in_a_managers_scope(team: Team):
    manager = team.person(Role.MANAGER, "周敏 Grace")
    rep, other = team.person(name="Alice 王丽"), team.person(branch=f"Far {uuid.uuid4().hex[:6]}")
    customers(team.device(rep), "上海", "上海")
    admin = team.admin_for(manager)

    people = {p.username: p for p in admin.people()}
    assert set(people) == {manager.username, rep.username}  # not the other branch's
    alice = people[rep.username]
    assert (alice.display_name, alice.role, alice.branch_name) == ("Alice 王丽", "rep", team.branch)
    assert (alice.active, alice.customers, alice.left_at, alice.may_own) == (True, 2, None, True)
    assert [b.name for b in admin.branches()] == [team.branch]
    assert admin.branches()[0].people == 2

    with pytest.raises(ServerRefused) as refused:
        team.admin_for(other).people()
    assert (refused.value.status, refused.value.code) == (403, "forbidden")


@sqlite_only
def test_reassign_by_filter_moves_matching_customers_with_history(team: Team):
    manager, a, b = team.person(Role.MANAGER), team.person(), team.person()
    shanghai, _, beijing = customers(team.device(a), "上海", "上海", "北京")
    admin = team.admin_for(manager)

    moved = admin.reassign(CustomerSelection(owner=a.username, city="上海"), b.username, "区域调整")
    assert moved == 2
    counts = {p.username: p.customers for p in admin.people()}
    assert (counts[a.username], counts[b.username]) == (1, 2)
    history = admin.owners(shanghai)
    assert [(h.from_owner, h.to_owner, h.by_user, h.reason) for h in history] == [
        (a.username, b.username, manager.username, "区域调整")
    ]
    assert admin.owners(beijing) == []
    assert admin.reassign_ids([beijing], b.username) == 1
    with pytest.raises(ServerRefused) as empty:
        admin.reassign(CustomerSelection(), b.username)
    assert empty.value.code == "empty_selection"


@sqlite_only
def test_review_entries_show_the_diff_and_record_decisions(team: Team):
    manager, rep = team.person(Role.MANAGER), team.person(name="Bob 刘波")
    device = team.device(rep)
    customer = customers(device, "上海")[0]
    refused_edit(device, customer)
    admin = team.admin_for(manager)

    [entry] = admin.review()
    assert (entry.author, entry.author_name, entry.entity, entry.op, entry.reason) == (
        rep.username,
        "Bob 刘波",
        "customer",
        "update",
        "forbidden",
    )
    assert entry.customer_name.startswith("客户") and entry.row_id == customer
    [change] = entry.changes
    assert (change.field, change.before, change.base) == ("owner_id", rep.id, rep.id)
    assert entry.names[rep.id] == "Bob 刘波"  # ids in the diff come with names
    with pytest.raises(ServerRefused) as cannot:
        admin.apply(entry.id)  # owners change only by reassignment, for a manager too
    assert cannot.value.code == "cannot_apply"

    admin.discard(entry.id, "请用转移功能")
    assert admin.review() == []
    decided = [e for e in admin.review(decided=True) if e.id == entry.id]
    assert [(e.decision, e.decided_by) for e in decided] == [("discarded", manager.username)]
    with pytest.raises(ServerRefused) as again:
        admin.discard(entry.id)
    assert again.value.code == "already_decided"


@sqlite_only
def test_offboarding_hands_everything_on_and_the_laptops_edits_are_applied(team: Team):
    manager, leaver, successor = team.person(Role.MANAGER), team.person(), team.person()
    laptop = team.device(leaver)
    book = customers(laptop, "上海", "上海", "北京")
    token = refresh_token(laptop)
    for customer_id in book[:2]:
        laptop.records.update("customer", customer_id, {"notes": "离职前的备注"})
    admin = team.admin_for(manager)

    result = admin.offboard(leaver.username, to_username=successor.username, reason="离职")
    assert result.username == leaver.username
    assert result.customers == {successor.username: 3} and result.moved == 3
    assert result.revoked_sessions >= 1
    assert any("3 customers moved" in line for line in result.report)
    gone = next(p for p in admin.people() if p.username == leaver.username)
    assert not gone.active and gone.left_at is not None and not gone.may_own

    assert surrender(laptop, token) == 2
    queue = admin.review()
    assert {(e.author, e.reason) for e in queue} == {(leaver.username, "departed")}
    outcome = admin.apply_all(e.id for e in queue)
    assert sorted(outcome.applied) == sorted(e.id for e in queue) and outcome.failed == {}
    assert admin.review() == []


@sqlite_only
def test_a_leavers_new_customer_needs_an_owner_when_nobody_took_over(team: Team):
    admin_user, rep, colleague = team.person(Role.ADMIN), team.person(), team.person()
    laptop = team.device(rep)
    token = refresh_token(laptop)
    laptop.records.create("customer", {"name": "离线新客户"})
    admin = team.admin_for(admin_user)
    admin.deactivate(rep.username)  # closed, nobody named to take over
    assert surrender(laptop, token) == 1
    [entry] = [e for e in admin.review() if e.author == rep.username]
    assert (entry.op, entry.customer_name) == ("create", "离线新客户")

    with pytest.raises(ServerRefused) as asked:
        admin.apply(entry.id)
    assert (asked.value.status, asked.value.code) == (422, "owner_required")
    outcome = admin.apply_all([entry.id])
    assert outcome.applied == [] and outcome.failed[entry.id].code == "owner_required"
    assert admin.apply(entry.id, owner_username=colleague.username) == "applied"
    counts = {p.username: p.customers for p in admin.people()}
    assert counts[colleague.username] == 1


@sqlite_only
def test_managed_branches_and_deactivation_are_for_administrators(team: Team):
    admin_user, manager, rep = team.person(Role.ADMIN), team.person(Role.MANAGER), team.person()
    extra = f"Extra {uuid.uuid4().hex[:6]}"
    far_rep = team.person(branch=extra)
    admin = team.admin_for(admin_user)
    admin.set_managed_branches(manager.username, [extra])
    as_manager = team.admin_for(manager)
    assert far_rep.username in {p.username for p in as_manager.people()}
    mine = next(p for p in admin.people() if p.username == manager.username)
    assert mine.managed_branches == (extra,)

    with pytest.raises(ServerRefused) as forbidden:
        as_manager.deactivate(rep.username)
    assert forbidden.value.code == "forbidden"
    admin.deactivate(rep.username)
    assert not next(p for p in admin.people() if p.username == rep.username).active


@sqlite_only
def test_audit_log_filters_and_exports_csv(team: Team, tmp_path: Path):
    admin_user, manager, a, b = (
        team.person(Role.ADMIN),
        team.person(Role.MANAGER),
        team.person(),
        team.person(),
    )
    customers(team.device(a), "上海")
    as_manager = team.admin_for(manager)
    as_manager.reassign(CustomerSelection(owner=a.username), b.username, "调整")
    admin = team.admin_for(admin_user)

    rows = admin.audit(AuditFilter(username=manager.username, action="reassign"))
    assert [(r.username, r.action, r.detail["count"]) for r in rows] == [
        (manager.username, "reassign", 1)
    ]
    assert rows[0].detail["reason"] == "调整"
    window = AuditFilter(username=manager.username, since=rows[0].at, until=rows[0].at)
    assert admin.audit(window) == []  # `until` is exclusive
    path = tmp_path / "audit.csv"
    size = admin.export_audit(AuditFilter(username=manager.username), path)
    data = path.read_bytes()
    assert size == len(data) and data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == "id,at,username,action,entity,row_id,ip,detail"
    assert "reassign" in text and "调整" in text

    with pytest.raises(ServerRefused) as forbidden:
        as_manager.audit(AuditFilter())
    assert forbidden.value.code == "forbidden"


def test_no_server_is_a_known_error(tmp_path: Path):
    api = ServerApi("http://127.0.0.1:9", timeout=2)
    with pytest.raises(ServerUnreachable):
        StaffAdmin(api, lambda: "token").people()
    api.close()


@sqlite_only
def test_an_expiring_token_is_refreshed_once_when_two_threads_ask(server, server_db, tmp_path):
    """The sync round and the Team page may both ask as the token expires: without one refresh
    at a time the second would present a spent refresh token and sign the user out."""
    name = f"u{uuid.uuid4().hex[:8]}"
    with server_db.transaction() as session:
        create_user(session, username=name, password=PASSWORD, role=Role.MANAGER, branch="T")
    accounts = Accounts(tmp_path, CredentialStore())
    account = accounts.sign_in(server.url, name, PASSWORD)
    stale = {**accounts.tokens(account), "access_expires_at": "2000-01-01T00:00:00Z"}
    accounts.store.save(f"{account.username}@{account.server_url}", stale)
    api = ServerApi(server.url)
    with ThreadPoolExecutor(4) as pool:
        tokens = list(pool.map(lambda _: accounts.access_token(account, api), range(4)))
    api.close()
    assert len(set(tokens)) == 1 and tokens[0] != stale["access_token"]
    assert accounts.tokens(account) is not None  # still signed in


def test_an_administrator_marks_a_lost_laptop_and_the_other_keeps_syncing(team):
    """Issue 17, item 17: the lost laptop's sign-in dies; the account and its other laptop
    go on. (The lost laptop wiping itself: tests/security/test_at_rest.py.)"""
    admin, rep = team.admin_for(team.person(Role.ADMIN)), team.person()
    lost, other = team.device(rep), team.device(rep)
    [customer] = customers(lost, "上海")
    listed = admin.devices(rep.username)
    assert {d.id for d in listed} >= {lost.device_id, other.device_id}
    assert all(d.lost_at is None for d in listed)

    marked = admin.mark_lost(lost.device_id)
    assert (marked.id, marked.user_id, marked.revoked_sessions) == (lost.device_id, rep.id, 1)
    assert {d.id for d in admin.devices(rep.username) if d.lost_at} == {lost.device_id}
    with pytest.raises(ServerRefused) as refused:
        lost.sync()
    assert refused.value.code == "device_lost"
    other.sync()
    assert other.records.get("customer", customer)["city"] == "上海"
    with pytest.raises(ServerRefused) as refused:
        team.admin_for(team.person(Role.MANAGER)).mark_lost(other.device_id)
    assert refused.value.status == 403
