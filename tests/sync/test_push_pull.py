"""Push and pull between real replicas and a real server: the guarantees of DESIGN.md."""

import pytest
from sqlalchemy import select

from server.models import ConflictEntry, ReviewItem
from sync.client.engine import SyncEngine
from sync.client.tables import LocalConflict, Rejection
from sync.protocol.entities import Customer, Interaction


def server_row(server_db, cls, row_id):
    with server_db.transaction() as session:
        return session.get(cls, row_id)


def local_conflicts(client):
    with client.replica.reading() as session:
        return session.scalars(select(LocalConflict)).all()


def test_offline_create_reaches_the_server_and_the_other_device(
    client_for, make_account, server_db
):
    account = make_account()
    laptop, desktop = client_for(account), client_for(account)
    customer = laptop.records.create("customer", {"name": "张伟", "phones": ["138 0013 8000"]})
    laptop.records.create("interaction", {"customer_id": customer["id"], "subject": "首次拜访"})
    assert laptop.records.pending_count() == 2

    report = laptop.sync()
    assert report.pushed == 2 and laptop.records.pending_count() == 0
    stored = server_row(server_db, Customer, customer["id"])
    assert stored.name == "张伟" and stored.owner_id == account.id and stored.version > 0

    desktop.sync()
    assert desktop.records.get("customer", customer["id"])["phones"] == ["138 0013 8000"]
    assert [i["subject"] for i in desktop.records.find("interaction")] == ["首次拜访"]


def test_edits_to_different_fields_merge_without_conflict(client_for, make_account):
    account = make_account()
    a, b = client_for(account), client_for(account)
    row = a.records.create("customer", {"name": "Acme", "city": "上海"})
    a.sync()
    b.sync()
    a.records.update("customer", row["id"], {"city": "北京"})
    b.records.update("customer", row["id"], {"tier": "premium"})
    a.sync()
    b.sync()
    a.sync()
    for client in (a, b):
        final = client.records.get("customer", row["id"])
        assert (final["city"], final["tier"]) == ("北京", "premium")
        assert local_conflicts(client) == []


def test_same_field_later_arrival_wins_and_the_loser_is_logged(client_for, make_account, server_db):
    account = make_account()
    a, b = client_for(account), client_for(account)
    row = a.records.create("customer", {"name": "Acme", "city": "上海"})
    a.sync()
    b.sync()
    a.records.update("customer", row["id"], {"city": "北京"})
    b.records.update("customer", row["id"], {"city": "深圳"})
    a.sync()
    report = b.sync()
    assert report.conflicts == 1
    a.sync()
    for client in (a, b):
        assert client.records.get("customer", row["id"])["city"] == "深圳"
        [conflict] = local_conflicts(client)
        assert (conflict.field, conflict.lost_value, conflict.kept_value) == (
            "city",
            "北京",
            "深圳",
        )
    with server_db.transaction() as session:
        lost = select(ConflictEntry.lost_value).where(ConflictEntry.row_id == row["id"])
        assert session.scalar(lost) == "北京"


def test_delete_wins_over_an_edit_which_is_kept(client_for, make_account):
    account = make_account()
    a, b = client_for(account), client_for(account)
    row = a.records.create("customer", {"name": "Acme"})
    a.sync()
    b.sync()
    a.records.delete("customer", row["id"])
    b.records.update("customer", row["id"], {"notes": "wants a quote"})
    a.sync()
    b.sync()
    assert b.records.get("customer", row["id"], include_deleted=True)["deleted_at"] is not None
    [conflict] = local_conflicts(b)
    assert (conflict.reason, conflict.lost_value) == ("deleted", "wants a quote")


def test_a_replayed_push_changes_nothing(client_for, make_account, server_db):
    client = client_for(make_account())
    row = client.records.create("customer", {"name": "Acme"})
    with client.replica.reading() as session:
        from sync.client.push import mutation_of
        from sync.client.tables import OutboxEntry
        from sync.protocol.wire import PushRequest

        body = PushRequest(mutations=[mutation_of(e) for e in session.scalars(select(OutboxEntry))])
    first = client.api.push(client.token, body)
    again = client.api.push(client.token, body)
    assert [r["status"] for r in first["results"]] == ["applied"]
    assert [r["status"] for r in again["results"]] == ["duplicate"]
    version = server_row(server_db, Customer, row["id"]).version
    client.sync()
    assert client.records.pending_count() == 0
    assert server_row(server_db, Customer, row["id"]).version == version


def test_invalid_mutation_is_rejected_kept_for_review_and_the_replica_repaired(
    client_for, make_account, server_db
):
    client = client_for(make_account())
    row = client.records.create("customer", {"name": "Acme"})
    client.sync()
    with client.replica.transaction() as session:  # what an older, buggier client might send
        from sync.client.tables import OutboxEntry

        session.add(
            OutboxEntry(
                entity="customer",
                row_id=row["id"],
                op="update",
                changes={"tier": "platinum"},
                base={"tier": "ordinary"},
            )
        )
    report = client.sync()
    assert report.rejected == 1
    with client.replica.reading() as session:
        [rejection] = session.scalars(select(Rejection)).all()
    assert rejection.reason == "invalid" and "tier" in rejection.message
    with server_db.transaction() as session:
        [item] = session.scalars(select(ReviewItem).where(ReviewItem.row_id == row["id"])).all()
        assert item.changes == {"tier": "platinum"} and item.decision is None
    assert client.records.get("customer", row["id"])["tier"] == "ordinary"


def test_a_rep_cannot_touch_another_reps_customer(client_for, server_db):
    alice, mallory = client_for(), client_for()
    row = alice.records.create("customer", {"name": "Alice's customer"})
    alice.sync()
    mallory.sync()
    with pytest.raises(Exception):  # noqa: B017 - not in mallory's replica at all
        mallory.records.get("customer", row["id"])
    with mallory.replica.transaction() as session:
        from sync.client.tables import OutboxEntry

        session.add(
            OutboxEntry(
                entity="customer",
                row_id=row["id"],
                op="update",
                changes={"name": "stolen"},
                base={"name": "Alice's customer"},
            )
        )
        session.add(
            OutboxEntry(
                entity="interaction",
                row_id="x" * 36,
                op="create",
                changes={"customer_id": row["id"], "subject": "sneaky"},
            )
        )
    report = mallory.sync()
    assert report.rejected == 2
    assert server_row(server_db, Customer, row["id"]).name == "Alice's customer"
    assert server_row(server_db, Interaction, "x" * 36) is None
    assert mallory.records.find("interaction") == []


def test_pages_deliver_everything_once(client_for, make_account):
    account = make_account()
    writer = client_for(account)
    ids = [writer.records.create("customer", {"name": f"C{i:02}"})["id"] for i in range(23)]
    writer.sync()
    reader = client_for(account, page_size=5)
    report = reader.sync()
    assert report.pages >= 5
    assert sorted(r["id"] for r in reader.records.find("customer")) == sorted(ids)


def test_verification_repairs_a_damaged_replica(client_for, make_account):
    client = client_for(make_account())
    client.engine.verify_interval = 0
    rows = [client.records.create("customer", {"name": f"C{i}"}) for i in range(3)]
    client.sync()
    with client.replica.transaction() as session:
        session.execute(Customer.__table__.delete().where(Customer.id == rows[0]["id"]))
        session.execute(
            Customer.__table__.insert().values(
                id="ghost-row",
                name="Ghost",
                version=1,
                kind="person",
                tier="ordinary",
                status="active",
                phones=[],
                tags=[],
                created_at=rows[0]["created_at"],
                updated_at=rows[0]["created_at"],
            )
        )
    report = client.sync()
    assert report.repaired == 2
    names = sorted(r["name"] for r in client.records.find("customer"))
    assert names == ["C0", "C1", "C2"]


def test_last_successful_sync_is_remembered_across_restarts(client_for, make_account):
    client = client_for(make_account())
    client.sync()
    synced_at = client.engine.status().last_success
    restarted = SyncEngine(client.replica, client.api, lambda: client.token)
    assert synced_at is not None and restarted.status().last_success == synced_at
