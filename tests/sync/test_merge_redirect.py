"""A merge made on one laptop reaches a laptop that still holds the loser (issue 18, item 4):
its offline edits to the loser land on the survivor, nothing is rejected, and undo brings
both customers back everywhere. Real server over HTTP, two real replicas, both backends."""

import pytest
from sqlalchemy import select

from app.local_tables import OutboxEntry
from app.merge import Merge
from server.models import ConflictEntry, ReviewItem, User
from sync.client.tables import Rejection
from sync.protocol.entities import Customer, Interaction, Relation
from sync.protocol.enums import Role

pytestmark = pytest.mark.slow


def _server(server_db, cls, row_id):
    with server_db.transaction() as session:
        obj = session.get(cls, row_id)
        session.expunge(obj)
        return obj


def _rejections(client) -> list:
    with client.replica.reading() as session:
        return list(session.scalars(select(Rejection)))


def test_offline_edits_to_the_loser_land_on_the_survivor_and_undo_restores_both(
    client_for, make_account, server_db
):
    account = make_account()
    a, b = client_for(account), client_for(account)
    survivor = a.records.create("customer", {"name": "张伟", "city": "北京", "tier": "premium"})
    loser = a.records.create("customer", {"name": "张伟", "city": "上海", "email": "z@x.cn"})
    s, lo = survivor["id"], loser["id"]
    visit = a.records.create("interaction", {"customer_id": lo, "subject": "拜访"})
    spouse = a.records.create("customer", {"name": "李娜"})
    a.sync()
    b.sync()
    assert b.records.get("customer", lo)["city"] == "上海"

    # B, offline: edits the loser (a note no one chose for, and the city the merge decides),
    # logs a call under it and relates the spouse to it
    b.records.update("customer", lo, {"notes": "只在下午接电话", "city": "苏州"})
    call = b.records.create("interaction", {"customer_id": lo, "subject": "电话回访"})
    tie = b.records.create(
        "relation", {"customer_id": spouse["id"], "kind": "spouse", "related_customer_id": lo}
    )

    # A merges, keeping the survivor's city and taking the loser's e-mail, and syncs
    merge_id = Merge(a.records).merge(s, lo, {"city": "survivor", "email": "loser"})
    a.sync()
    stored = _server(server_db, Customer, lo)
    assert stored.deleted_at is not None and stored.merged_into_id == s
    assert _server(server_db, Interaction, visit["id"]).customer_id == s

    # B syncs: nothing refused, every change on the survivor
    report = b.sync()
    assert report.rejected == 0 and _rejections(b) == []
    with server_db.transaction() as session:
        assert session.scalars(select(ReviewItem).where(ReviewItem.row_id == lo)).all() == []
        assert (
            session.scalars(select(ReviewItem).where(ReviewItem.row_id == call["id"])).all() == []
        )
        merged = session.scalars(
            select(ConflictEntry).where(ConflictEntry.row_id == s, ConflictEntry.reason == "merged")
        ).all()
        assert [(c.field, c.lost_value, c.kept_value) for c in merged] == [("city", "苏州", "北京")]
    on_server = _server(server_db, Customer, s)
    assert (on_server.notes, on_server.city, on_server.email) == (
        "只在下午接电话",
        "北京",
        "z@x.cn",
    )
    assert _server(server_db, Interaction, call["id"]).customer_id == s
    assert _server(server_db, Relation, tie["id"]).related_customer_id == s
    # and on B's screen after its sync
    for client in (b,):
        row = client.records.get("customer", s)
        assert (row["notes"], row["city"], row["email"]) == ("只在下午接电话", "北京", "z@x.cn")
        assert client.records.get("interaction", call["id"])["customer_id"] == s
        assert client.records.get("relation", tie["id"])["related_customer_id"] == s
        gone = client.records.get("customer", lo, include_deleted=True)
        assert gone["deleted_at"] is not None and gone["merged_into_id"] == s
        assert client.records.find("interaction", customer_id=lo) == []
        assert client.records.pending_count() == 0
    [seen] = Merge(b.records).history(s)  # B's History shows it, to be undone on A
    assert (seen.loser_id, seen.loser_name, seen.here) == (lo, "张伟", False)
    a.sync()
    subjects = sorted(i["subject"] for i in a.records.find("interaction", customer_id=s))
    assert subjects == ["拜访", "电话回访"]

    # A undoes the merge from the survivor's history after all this synced
    Merge(a.records).undo(merge_id)
    report = a.sync()
    assert report.rejected == 0 and _rejections(a) == []
    b.sync()
    for client in (a, b):
        back = client.records.get("customer", lo)
        assert (back["deleted_at"], back["merged_into_id"], back["city"]) == (None, None, "上海")
        assert client.records.get("customer", s)["email"] is None
        assert client.records.get("interaction", visit["id"])["customer_id"] == lo
        # what B added after the merge was made stays where it landed: on the survivor
        assert client.records.get("interaction", call["id"])["customer_id"] == s
    stored = _server(server_db, Customer, lo)
    assert (stored.deleted_at, stored.merged_into_id) == (None, None)


def test_merged_into_must_be_a_live_customer_of_ones_own(client_for, make_account, server_db):
    """A hand-made mutation pointing a customer at someone else's is refused."""
    mine, theirs = client_for(make_account()), client_for(make_account())
    other = theirs.records.create("customer", {"name": "别人的客户"})
    theirs.sync()
    row = mine.records.create("customer", {"name": "我的客户"})
    mine.sync()
    with mine.replica.transaction() as session:
        session.add(
            OutboxEntry(
                entity="customer",
                row_id=row["id"],
                op="update",
                changes={"merged_into_id": other["id"]},
                base={"merged_into_id": None},
            )
        )
    report = mine.sync()
    assert report.rejected == 1
    assert _server(server_db, Customer, row["id"]).merged_into_id is None


def test_a_managers_merge_of_two_reps_customers_and_the_losers_rep_offline(
    client_for, make_account, server_db
):
    """A branch manager merges rep B's record of a customer into rep C's (two reps working one
    customer). B's offline edits to the loser cannot land on C's customer by B's own right:
    they wait in the manager's review queue, and applied there they land on the survivor."""
    from server.review import service as review

    manager_account = make_account(role=Role.MANAGER)
    b, c = client_for(make_account()), client_for(make_account())
    manager = client_for(manager_account)
    loser = b.records.create("customer", {"name": "蓝石食品有限公司"})
    visit = b.records.create("interaction", {"customer_id": loser["id"], "subject": "拜访"})
    survivor = c.records.create("customer", {"name": "蓝石食品", "city": "上海"})
    b.sync()
    c.sync()
    manager.sync()

    b.records.update("customer", loser["id"], {"notes": "采购经理换人了"})
    call = b.records.create("interaction", {"customer_id": loser["id"], "subject": "电话"})
    Merge(manager.records, Role.MANAGER.value).merge(survivor["id"], loser["id"])
    assert manager.sync().rejected == 0
    assert _server(server_db, Interaction, visit["id"]).customer_id == survivor["id"]
    c.sync()
    assert [i["subject"] for i in c.records.find("interaction")] == ["拜访"]

    report = b.sync()
    assert report.rejected == 2  # not B's to write: to the manager's queue
    with server_db.transaction() as session:
        queued = session.scalars(
            select(ReviewItem.id).where(ReviewItem.row_id.in_([loser["id"], call["id"]]))
        ).all()
        boss = session.get(User, manager_account.id)
        for item_id in sorted(queued):
            assert review.apply(session, boss, item_id) == "applied"
    stored = _server(server_db, Customer, survivor["id"])
    assert (stored.notes, stored.city) == ("采购经理换人了", "上海")
    assert _server(server_db, Interaction, call["id"]).customer_id == survivor["id"]
    c.sync()
    assert c.records.get("customer", survivor["id"])["notes"] == "采购经理换人了"
    assert sorted(i["subject"] for i in c.records.find("interaction")) == ["拜访", "电话"]
