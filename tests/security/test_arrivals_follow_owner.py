"""Issue 17, item 14: "customers handed to you" lists only customers that are still yours.

After a reassignment the former owner's notice must drop the customer that left again,
whether it left in a later round or within the same round that brought it.
"""

import uuid

from app.arrivals import Arrivals
from app.syncing import AppSyncEngine
from sync.protocol.enums import Role
from tests.conftest import PASSWORD
from tests.support.clients import connect


def _reassign(manager, to, *, ids=None, owner=None) -> int:
    body = {"to_username": to.username, "reason": "调整"}
    body.update({"customer_ids": ids} if ids else {"owner": owner.username})
    answer = manager.call("POST", "/customers/reassign", json=body)
    assert answer.status_code == 200, answer.text
    return answer.json()["moved"]


def test_the_notice_follows_the_current_owner(server, account, sign_in, tmp_path):
    branch = f"Arrivals {uuid.uuid4().hex[:8]}"
    a, b, c = (account(Role.REP, branch) for _ in range(3))
    manager = sign_in(account(Role.MANAGER, branch))
    laptop_a = connect(server.url, a.username, PASSWORD, tmp_path / "a.sqlite3")
    laptop_b = connect(server.url, b.username, PASSWORD, tmp_path / "b.sqlite3")
    try:
        ids = [laptop_a.records.create("customer", {"name": f"交接{n}"})["id"] for n in range(3)]
        laptop_a.sync()
        engine_b = AppSyncEngine(laptop_b.replica, laptop_b.api, lambda: laptop_b.token)
        engine_b.sync_now()

        assert _reassign(manager, b, owner=a) == 3
        engine_b.sync_now()
        [arrival] = Arrivals(laptop_b.replica).unseen()
        assert sorted(arrival.customer_ids) == sorted(ids)

        # one of them moves on to C: B's notice no longer lists it
        assert _reassign(manager, c, ids=[ids[0]]) == 1
        engine_b.sync_now()
        [arrival] = Arrivals(laptop_b.replica).unseen()
        assert sorted(arrival.customer_ids) == sorted(ids[1:])

        # handed to B and on to C before B synced: never announced to B
        extra = laptop_a.records.create("customer", {"name": "路过"})["id"]
        laptop_a.sync()
        assert _reassign(manager, b, ids=[extra]) == 1
        assert _reassign(manager, c, ids=[extra]) == 1
        engine_b.sync_now()
        listed = [
            i for arrival in Arrivals(laptop_b.replica).unseen() for i in arrival.customer_ids
        ]
        assert sorted(listed) == sorted(ids[1:])

        # all of them gone: the notice is gone
        assert _reassign(manager, c, owner=b) == 2
        engine_b.sync_now()
        assert Arrivals(laptop_b.replica).unseen() == []
    finally:
        laptop_a.close()
        laptop_b.close()
