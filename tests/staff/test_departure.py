"""A salesperson leaves: their customers, history and open work move to a colleague intact,
their laptop hands over what it had not synced and forgets everything, and a manager decides
on each handed-over edit. Real server over HTTP, real replica files, keyring in memory."""

import pytest
from sqlalchemy import func, select

from app.account import Accounts
from app.credentials import CredentialStore
from app.credit import Credit
from app.departure import is_departure, leave
from app.records import Records
from app.replica import Replica
from app.syncing import engine_for
from server.models import AuditEntry, ReviewItem
from sync.client.errors import ServerRefused
from sync.protocol.enums import Role
from tests.conftest import PASSWORD

pytestmark = pytest.mark.slow

BOOK = 200
OFFLINE_EDITS = 15


def _count(client, entity: str, **where) -> int:
    return len([r for r in client.records.find(entity) if all(r[k] == v for k, v in where.items())])


def test_departure_end_to_end(server, server_db, person, device, api_as, tmp_path, memory_keyring):
    a, b, manager, admin = person(), person(), person(Role.MANAGER), person(Role.ADMIN)

    # Rep A's laptop: signed in as the app does it (keyring, account.json, replica on disk).
    accounts = Accounts(tmp_path / "laptop-a", CredentialStore())
    account = accounts.sign_in(server.url, a.username, PASSWORD)
    replica = Replica(account.replica)
    engine = engine_for(account, replica, accounts)
    records = Records(replica, account.user_id)
    customers = [records.create("customer", {"name": f"客户{n:03}"})["id"] for n in range(BOOK)]
    for n, customer_id in enumerate(customers):
        records.create(
            "interaction", {"customer_id": customer_id, "kind": "call", "subject": f"电话 {n}"}
        )
    for customer_id in customers[:5]:
        records.create(
            "opportunity", {"customer_id": customer_id, "title": "续约", "owner_id": a.id}
        )
        records.create("task", {"customer_id": customer_id, "title": "回访", "assignee_id": a.id})
    for customer_id in customers[:3]:
        records.create(
            "service_request",
            {"customer_id": customer_id, "subject": "维修", "kind": "repair", "assignee_id": a.id},
        )
    records.create(  # a receivable still owed (issue 22)
        "contract",
        {"customer_id": customers[0], "number": "HT-A-1", "status": "active",
         "payment_due": "2026-01-31"},
    )  # fmt: skip
    engine.sync_now()
    assert records.pending_count() == 0
    # the credit department rates that customer (issue 22): the rating goes with it
    officer = device(person(Role.CREDIT))
    officer.sync()
    Credit(officer.records, Role.CREDIT.value).add_assessment(customers[0], {"rating": "A"})
    officer.sync()

    # 15 edits made offline, never synced.
    for customer_id in customers[:10]:
        records.update("customer", customer_id, {"notes": "A 离职前的备注"})
    for customer_id in customers[10:13]:
        records.create(
            "interaction", {"customer_id": customer_id, "kind": "visit", "subject": "拜访"}
        )
    new_customer = records.create("customer", {"name": "离线新客户"})["id"]
    records.create(
        "interaction", {"customer_id": new_customer, "kind": "call", "subject": "首次电话"}
    )
    assert records.pending_count() == OFFLINE_EDITS

    # The admin offboards A to B.
    admin_api = api_as(admin)
    answer = admin_api.call(
        "POST", f"/admin/users/{a.username}/offboard", json={"to_username": b.username}
    )
    assert answer.status_code == 200, answer.text
    report = answer.json()
    assert report["customers"] == {b.username: BOOK}
    assert (report["opportunities"], report["tasks"], report["service_requests"]) == (5, 5, 3)
    assert report["revoked_sessions"] >= 1

    # B's next sync brings the whole book with its history and the open work.
    laptop_b = device(b)
    laptop_b.sync()
    assert _count(laptop_b, "customer", owner_id=b.id) == BOOK
    assert _count(laptop_b, "interaction") == BOOK
    assert _count(laptop_b, "opportunity", owner_id=b.id) == 5
    assert _count(laptop_b, "task", assignee_id=b.id) == 5
    assert _count(laptop_b, "service_request", assignee_id=b.id) == 3
    assert _count(laptop_b, "contract", customer_id=customers[0]) == 1
    assert _count(laptop_b, "credit_profile", rating="A") == 1
    assert _count(laptop_b, "credit_assessment", customer_id=customers[0]) == 1

    # A's laptop reconnects: the server says the account is closed ...
    with pytest.raises(ServerRefused) as refused:
        engine.sync_now()
    assert is_departure(refused.value)
    assert accounts.tokens(account) is not None  # kept until the edits are handed over
    departure = leave(accounts, account, replica, engine.api)
    engine.api.close()
    assert departure.handed_over == OFFLINE_EDITS
    assert not account.replica.exists()
    assert accounts.last_account() is None and accounts.resume() is None
    assert memory_keyring.items == {}
    with pytest.raises(ServerRefused) as again:
        Accounts(tmp_path / "laptop-a2", CredentialStore()).sign_in(
            server.url, a.username, PASSWORD
        )
    assert again.value.code == "account_disabled"

    # The manager sees the 15 edits with a diff, and applies them.
    manager_api = api_as(manager)
    queue = manager_api.call("GET", "/admin/review").json()
    assert len(queue) == OFFLINE_EDITS
    assert {item["author"] for item in queue} == {a.username}
    notes = next(i for i in queue if i["row_id"] == customers[0])
    assert notes["changes"] == [
        {"field": "notes", "before": None, "after": "A 离职前的备注", "base": None}
    ]
    for item in queue:
        applied = manager_api.call("POST", f"/admin/review/{item['id']}/apply")
        assert applied.status_code == 200, applied.text
    assert manager_api.call("GET", "/admin/review").json() == []

    # ... and they reach B: nothing lost, nothing duplicated.
    laptop_b.sync()
    assert _count(laptop_b, "customer", owner_id=b.id) == BOOK + 1
    assert _count(laptop_b, "customer", notes="A 离职前的备注") == 10
    assert _count(laptop_b, "interaction") == BOOK + 3 + 1
    assert _count(laptop_b, "interaction", subject="拜访") == 3
    new = laptop_b.records.get("customer", new_customer)
    assert new["owner_id"] == b.id and new["created_by"] == a.id

    # The audit log tells the story, step by step.
    with server_db.sessions() as session:
        actions = session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.user_id.in_([a.id, admin.id, manager.id]))
            .order_by(AuditEntry.id)
        ).all()
        queued = session.scalar(
            select(func.count()).select_from(ReviewItem).where(ReviewItem.user_id == a.id)
        )
    assert queued == OFFLINE_EDITS  # uploaded once, however often the laptop retried
    story = [
        x
        for x in actions
        if x in {"offboard", "departure_upload", "login_refused_disabled", "review_applied"}
    ]
    assert story == [
        "offboard",
        "departure_upload",
        "login_refused_disabled",
        *["review_applied"] * 15,
    ]
    csv_text = admin_api.call("GET", "/admin/audit.csv", params={"username": a.username}).text
    assert "departure_upload" in csv_text and "login_refused_disabled" in csv_text
