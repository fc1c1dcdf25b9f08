"""The new owner is told what arrived: how many customers, from whom, moved by whom, and why."""

from app.arrivals import Arrivals
from app.replica import Replica
from app.syncing import AppSyncEngine
from sync.protocol.enums import Role


def test_new_owner_is_told_what_arrived(person, device, api_as, tmp_path):
    a, b, manager = person(), person(), person(Role.MANAGER)
    laptop_a, laptop_b = device(a), device(b)
    ids = [laptop_a.records.create("customer", {"name": f"客户{n}"})["id"] for n in range(4)]
    laptop_a.sync()
    engine = AppSyncEngine(laptop_b.replica, laptop_b.api, lambda: laptop_b.token)
    engine.sync_now()  # B's first download: nothing to announce
    assert Arrivals(laptop_b.replica).unseen() == []

    api = api_as(manager)
    moved = api.call(
        "POST",
        "/customers/reassign",
        json={"owner": a.username, "to_username": b.username, "reason": "A 休产假"},
    )
    assert moved.json()["moved"] == 4
    report = engine.sync_now()
    assert len(report.arrived) == 1
    [arrival] = Arrivals(laptop_b.replica).unseen()
    assert sorted(arrival.customer_ids) == sorted(ids)
    assert (arrival.source, arrival.by, arrival.reason) == (
        a.username,
        manager.username,
        "A 休产假",
    )

    engine.sync_now()  # announced once
    assert len(Arrivals(laptop_b.replica).unseen()) == 1
    Arrivals(laptop_b.replica).dismiss()
    reopened = Replica(laptop_b.path)
    assert Arrivals(reopened).unseen() == []
    reopened.close()

    history = api.call("GET", f"/customers/{ids[0]}/owners").json()
    assert [(h["from_owner"], h["to_owner"], h["by_user"]) for h in history] == [
        (a.username, b.username, manager.username)
    ]
