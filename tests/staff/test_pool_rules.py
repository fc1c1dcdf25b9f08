"""Pool rules (issue 23, item 2) on both databases: two reps claiming one customer at the same
moment (one wins, one audit entry), the daily claim cap, the former owner's reclaim ban, the
cap on owned customers, and the owner's reminder counted down on the laptop from the synced
rules exactly as the server computes the return, offline too."""

import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.agenda import Agenda
from app.pool import PoolBoard, days_left
from server.models import AuditEntry, Branch
from server.staff import pool
from sync.protocol.enums import Role
from sync.protocol.types import utcnow

pytestmark = pytest.mark.slow


def _ago(days: float) -> str:
    return (utcnow() - timedelta(days=days)).isoformat()


def _customers(laptop, owner_id: str, names: list[str], contact_days_ago: float) -> list[str]:
    ids = []
    for name in names:
        row = laptop.records.create("customer", {"name": name, "tier": "ordinary"})
        laptop.records.create(
            "interaction",
            {
                "customer_id": row["id"],
                "kind": "call",
                "subject": f"call {name}",
                "occurred_at": _ago(contact_days_ago),
                "user_id": owner_id,
            },
        )
        ids.append(row["id"])
    laptop.sync()
    return ids


def test_claims_obey_the_rules_and_one_of_two_simultaneous_claims_wins(
    server_db, person, device, api_as, branch
):
    a, b, c, manager = person(), person(), person(), person(Role.MANAGER)
    mapi = api_as(manager)
    rules = {
        "enabled": True,
        "days": {"ordinary": 30},
        "daily_claims": 2,
        "reclaim_ban_days": 7,
        "remind_days": 3,
    }
    assert mapi.call("PUT", f"/admin/branches/{branch}/pool", json=rules).status_code == 204
    bad = {**rules, "daily_claims": 0}
    assert mapi.call("PUT", f"/admin/branches/{branch}/pool", json=bad).status_code == 422
    assert mapi.call("GET", "/pool/rules").json()["pool"]["daily_claims"] == 2
    assert api_as(a).call("GET", "/pool/rules").json()["pool"]["remind_days"] == 3

    laptop_a = device(a)
    names = ["上海 宏达 贸易", "北京 远航 科技", "广州 华南 物流", "深圳 新星 电子"]
    ids = _customers(laptop_a, a.id, names, contact_days_ago=40)
    with server_db.transaction() as session:
        pool.sweep(session)

    bapi, capi, aapi = api_as(b), api_as(c), api_as(a)
    listed = {row["id"]: row for row in bapi.call("GET", "/pool").json()}
    assert set(ids) <= set(listed)
    first = listed[ids[0]]
    assert first["reason"] == "pool_return:30"
    assert first["former_owner"] == a.username and first["returned_by"] is None
    assert first["claimable_from"] is None  # b never owned it
    mine = {row["id"]: row for row in aapi.call("GET", "/pool").json()}
    assert mine[ids[0]]["claimable_from"] is not None  # a is banned for 7 days

    # the former owner is refused during the ban, with a code the app puts into words
    refused = aapi.call("POST", f"/pool/{ids[0]}/claim")
    assert refused.status_code == 409 and refused.json()["code"] == "reclaim_ban"

    # two reps claim one customer at the same moment: exactly one wins
    start = threading.Barrier(2)
    answers: dict[str, int] = {}

    def claim(name: str, api) -> None:
        start.wait()
        answers[name] = api.call("POST", f"/pool/{ids[1]}/claim").status_code

    threads = [
        threading.Thread(target=claim, args=(n, api)) for n, api in (("b", bapi), ("c", capi))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(answers.values()) == [204, 409]
    with server_db.transaction() as session:
        claims = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == "pool_claim", AuditEntry.row_id == ids[1])
        )
    assert claims == 1

    # a daily cap of 2: the winner's second claim passes, the third is refused
    winner = bapi if answers["b"] == 204 else capi
    assert winner.call("POST", f"/pool/{ids[2]}/claim").status_code == 204
    third = winner.call("POST", f"/pool/{ids[3]}/claim")
    assert third.status_code == 409 and third.json()["code"] == "claim_cap"

    # a cap on customers owned: a rep who owns one already may not claim
    capped = {**rules, "daily_claims": None, "max_owned": 2}
    assert mapi.call("PUT", f"/admin/branches/{branch}/pool", json=capped).status_code == 204
    over = winner.call("POST", f"/pool/{ids[3]}/claim")
    assert over.status_code == 409 and over.json()["code"] == "owned_cap"


def test_the_reminder_counts_down_on_the_laptop_as_the_server_computes_it_offline_too(
    server_db, person, device, api_as, branch
):
    rep, manager = person(), person(Role.MANAGER)
    rules = {"enabled": True, "days": {"ordinary": 30}, "remind_days": 3}
    assert (
        api_as(manager).call("PUT", f"/admin/branches/{branch}/pool", json=rules).status_code == 204
    )
    laptop = device(rep)
    soon = _customers(laptop, rep.id, ["杭州 天成"], 28)[0]
    later = _customers(laptop, rep.id, ["苏州 恒信"], 20)[0]
    quiet = _customers(laptop, rep.id, ["南京 金陵"], 29.5)[0]
    board = PoolBoard(laptop.replica, laptop.api, lambda: laptop.token)
    board.refresh_rules()  # what the engine does with the colleague directory

    offline = PoolBoard(laptop.replica, None, None)  # no server: the kept rules alone
    now = utcnow()
    shown = {r.customer_id: r for r in offline.returning(rep.id, now)}
    assert set(shown) == {soon, quiet}  # 20 days ago: returns in 10 days, no reminder yet
    with server_db.transaction() as s:
        branch_id = s.scalar(select(Branch.id).where(Branch.name == branch))
        due = pool.returns_at(s, branch_id)
    for customer_id, entry in shown.items():
        assert abs((entry.returns_at - due[customer_id]).total_seconds()) < 1
        assert entry.days_left == days_left(due[customer_id], now)
    assert shown[soon].days_left == 2 and shown[quiet].days_left == 1
    assert later in due and later not in shown

    today = Agenda(laptop.replica, rep.id).day(now.astimezone().date())
    countdown = {e.customer_id: e.countdown for e in today.returning}
    assert countdown == {soon: 2, quiet: 1}


def test_return_by_hand_assign_the_sweep_lock_and_the_months_figures(
    server_db, person, device, api_as, branch
):
    """Issue 23, item 2: an owner hands customers back (with or without words), a manager
    gives a pooled one to a rep, a customer with a running contract is never swept, and the
    month's figures count each kind of move once."""
    rep, other, manager = person(), person(), person(Role.MANAGER)
    stranger = person(in_branch=f"{branch} far")
    mapi, rapi = api_as(manager), api_as(rep)
    laptop = device(rep)
    ids = _customers(laptop, rep.id, ["甲 公司", "乙 公司", "丙 公司", "丁 公司"], 40)

    off = rapi.call("POST", "/pool/return", json={"customer_ids": ids[:1]})
    assert off.status_code == 409 and off.json()["code"] == "pool_off"
    rules = {"enabled": True, "days": {"ordinary": 30}}
    assert mapi.call("PUT", f"/admin/branches/{branch}/pool", json=rules).status_code == 204

    # a running contract locks 丁 against the sweep; 丙 stays with its owner by hand below
    laptop.records.create(
        "contract",
        {"customer_id": ids[3], "number": "HT-001", "status": "active", "currency": "CNY"},
    )
    laptop.sync()
    foreign = api_as(stranger).call("POST", "/pool/return", json={"customer_ids": ids[:1]})
    assert foreign.status_code == 404  # not theirs: nothing is said about it
    back = rapi.call("POST", "/pool/return", json={"customer_ids": ids[:1], "note": "客户搬走了"})
    assert back.status_code == 204, back.text
    again = rapi.call("POST", "/pool/return", json={"customer_ids": ids[:2]})
    assert again.status_code == 409 and again.json()["code"] == "already_pooled"  # all or none
    listed = {row["id"]: row for row in api_as(other).call("GET", "/pool").json()}
    assert (
        listed[ids[0]]["reason"] == "客户搬走了" and listed[ids[0]]["returned_by"] == rep.username
    )
    assert ids[1] not in listed

    with server_db.transaction() as session:
        swept = pool.sweep(session)
    listed = {row["id"] for row in api_as(other).call("GET", "/pool").json()}
    assert ids[1] in listed and ids[2] in listed and ids[3] not in listed  # 丁 is locked
    assert sum(swept.values()) == 2

    refused = rapi.call("POST", f"/pool/{ids[1]}/assign", json={"username": other.username})
    assert refused.status_code == 404  # reps do not assign
    far = mapi.call("POST", f"/pool/{ids[1]}/assign", json={"username": stranger.username})
    assert far.status_code in (403, 409)
    given = mapi.call("POST", f"/pool/{ids[1]}/assign", json={"username": other.username})
    assert given.status_code == 204, given.text
    taken = mapi.call("POST", f"/pool/{ids[1]}/assign", json={"username": rep.username})
    assert taken.status_code == 409 and taken.json()["code"] == "already_claimed"
    assert api_as(other).call("POST", f"/pool/{ids[2]}/claim").status_code == 204

    month = utcnow().strftime("%Y-%m")
    figures = {f["username"]: f for f in mapi.call("GET", f"/pool/figures?month={month}").json()}
    assert (figures[rep.username]["returned"], figures[rep.username]["swept"]) == (1, 2)
    assert (figures[other.username]["assigned"], figures[other.username]["claimed"]) == (1, 1)
    own = rapi.call("GET", f"/pool/figures?month={month}").json()
    assert [f["username"] for f in own] == [rep.username]  # a rep sees their own line
    bad = mapi.call("GET", "/pool/figures?month=2026-13")
    assert bad.status_code == 422
