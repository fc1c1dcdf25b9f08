"""Counts before moves (issue 26, item 4): the preview of a reassignment or an offboarding says
per successor how many customers, open opportunities, tasks and service requests will move,
and the move then reports, and does, exactly that. Real server over HTTP, both databases."""

from sqlalchemy import func, select

from sync.protocol.entities import Customer, Opportunity, ServiceRequest, Task
from sync.protocol.enums import Role

KINDS = ("customers", "opportunities", "tasks", "service_requests")


def _book(laptop, owner_id: str, other_id: str) -> None:
    """Six customers in 杭州 and two in 北京 for `owner_id`, with open and closed work."""
    records = laptop.records
    hz = [
        records.create("customer", {"name": f"杭州客户{n}", "city": "杭州"})["id"] for n in range(6)
    ]
    bj = [
        records.create("customer", {"name": f"北京客户{n}", "city": "北京"})["id"] for n in range(2)
    ]
    for customer_id in hz[:3] + bj[:1]:
        records.create(
            "opportunity", {"customer_id": customer_id, "title": "续约", "owner_id": owner_id}
        )
    records.create(
        "opportunity",
        {"customer_id": hz[3], "title": "已赢", "owner_id": owner_id, "stage": "won"},
    )
    records.create("opportunity", {"customer_id": hz[4], "title": "别人的", "owner_id": other_id})
    for customer_id in hz[:2] + bj:
        records.create(
            "task", {"customer_id": customer_id, "title": "回访", "assignee_id": owner_id}
        )
    records.create(
        "task", {"customer_id": hz[2], "title": "已完成", "assignee_id": owner_id, "done": True}
    )
    records.create(
        "service_request",
        {"customer_id": hz[5], "subject": "维修", "kind": "repair", "assignee_id": owner_id},
    )
    laptop.sync()


def _counts(shares: list[dict]) -> dict[str, dict[str, int]]:
    return {s["username"]: {k: s[k] for k in KINDS} for s in shares}


def test_reassignment_moves_what_its_preview_counted(server_db, person, device, api_as):
    a, b, manager = person(), person(), person(Role.MANAGER)
    _book(device(a), a.id, manager.id)
    api = api_as(manager)
    body = {"owner": a.username, "city": "杭州", "to_username": b.username}

    preview = api.call("POST", "/customers/reassign/preview", json=body)
    assert preview.status_code == 200, preview.text
    expected = {b.username: {"customers": 6, "opportunities": 3, "tasks": 2, "service_requests": 1}}
    assert _counts(preview.json()["shares"]) == expected
    with server_db.transaction() as session:  # the preview moved nothing
        assert session.scalar(select(func.count()).where(Customer.owner_id == b.id)) == 0

    moved = api.call("POST", "/customers/reassign", json=body | {"reason": "territory"})
    assert moved.status_code == 200, moved.text
    result = moved.json()
    assert _counts(result["shares"]) == expected
    assert (result["moved"], result["opportunities"], result["tasks"]) == (6, 3, 2)
    assert result["service_requests"] == 1
    with server_db.transaction() as session:
        assert session.scalar(select(func.count()).where(Customer.owner_id == b.id)) == 6
        assert session.scalar(select(func.count()).where(Opportunity.owner_id == b.id)) == 3
        assert session.scalar(select(func.count()).where(Task.assignee_id == b.id)) == 2
        assert session.scalar(select(func.count()).where(ServiceRequest.assignee_id == b.id)) == 1
        # the won one stays with A, the manager's own with the manager; 北京 stays with A
        assert session.scalar(select(func.count()).where(Opportunity.owner_id == a.id)) == 2
        assert session.scalar(select(func.count()).where(Customer.owner_id == a.id)) == 2

    again = api.call("POST", "/customers/reassign/preview", json=body)
    assert _counts(again.json()["shares"]) == {b.username: dict.fromkeys(KINDS, 0)}
    refused = api.call("POST", "/customers/reassign/preview", json={"to_username": b.username})
    assert (refused.status_code, refused.json()["code"]) == (422, "empty_selection")


def test_offboarding_spread_shows_each_rep_and_moves_that(
    server_db, person, device, api_as, branch
):
    a, manager = person(), person(Role.MANAGER)
    _book(device(a), a.id, manager.id)
    target = f"{branch} east"
    b, c = person(in_branch=target), person(in_branch=target)
    admin = api_as(person(Role.ADMIN))
    body = {"spread_branch": target}

    preview = admin.call("POST", f"/admin/users/{a.username}/offboard/preview", json=body)
    assert preview.status_code == 200, preview.text
    shown = _counts(preview.json()["shares"])
    assert set(shown) == {b.username, c.username}
    assert {name: counts["customers"] for name, counts in shown.items()} == {
        b.username: 4,
        c.username: 4,
    }
    assert sum(s["opportunities"] for s in shown.values()) == 4  # the open ones A held
    assert sum(s["tasks"] for s in shown.values()) == 4
    assert sum(s["service_requests"] for s in shown.values()) == 1

    done = admin.call("POST", f"/admin/users/{a.username}/offboard", json=body | {"reason": "left"})
    assert done.status_code == 200, done.text
    result = done.json()
    assert _counts(result["shares"]) == shown
    assert result["customers"] == {name: s["customers"] for name, s in shown.items()}
    assert result["opportunities"] == 4 and result["tasks"] == 4
    with server_db.transaction() as session:
        for user, counts in ((b, shown[b.username]), (c, shown[c.username])):
            owned = select(func.count()).where(Customer.owner_id == user.id)
            assert session.scalar(owned) == counts["customers"]
            held = select(func.count()).where(Opportunity.owner_id == user.id)
            assert session.scalar(held) == counts["opportunities"]
            tasks = select(func.count()).where(Task.assignee_id == user.id, Task.done.is_(False))
            assert session.scalar(tasks) == counts["tasks"]

    gone = admin.call("POST", f"/admin/users/{a.username}/offboard/preview", json=body)
    assert gone.status_code == 200  # nothing left to move
    assert all(v == 0 for s in _counts(gone.json()["shares"]).values() for v in s.values())
    neither = admin.call("POST", f"/admin/users/{a.username}/offboard/preview", json={})
    assert neither.status_code == 422


def test_open_contracts_follow_their_customer_and_are_counted(server_db, person, device, api_as):
    """Issue 19: a draft, active or held contract needs an owner who is still there; a
    completed or cancelled one keeps the name of who signed it."""
    from sync.protocol.entities import Contract

    leaver, successor, manager = person(), person(), person(Role.MANAGER)
    laptop = device(leaver)
    customer = laptop.records.create("customer", {"name": "合同客户"})["id"]
    for number, status in (("HT-1", "active"), ("HT-2", "draft"), ("HT-3", "completed")):
        laptop.records.create(
            "contract",
            {
                "customer_id": customer,
                "number": number,
                "status": status,
                "currency": "CNY",
                "owner_id": leaver.id,
            },
        )
    laptop.sync()
    api = api_as(manager)
    body = {"to_username": successor.username}
    preview = api.call("POST", f"/admin/users/{leaver.username}/offboard/preview", json=body)
    assert preview.status_code == 200, preview.text
    assert [s["contracts"] for s in preview.json()["shares"]] == [2]
    done = api.call("POST", f"/admin/users/{leaver.username}/offboard", json=body)
    assert done.status_code == 200, done.text
    assert done.json()["contracts"] == 2 and "2 open contracts reassigned" in done.json()["report"]
    with server_db.transaction() as session:
        owners = dict(session.execute(select(Contract.number, Contract.owner_id)).all())
    assert (owners["HT-1"], owners["HT-2"]) == (successor.id, successor.id)
    assert owners["HT-3"] == leaver.id
