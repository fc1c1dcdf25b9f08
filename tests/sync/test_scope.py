"""Scope moves: a reassigned customer leaves one replica and arrives whole in another."""

import uuid

from sqlalchemy import select

from server.models import CustomerMove
from sync.client.tables import OutboxEntry
from sync.protocol.entities import Customer, Interaction
from sync.protocol.enums import Role


def test_reassignment_moves_the_whole_history(client_for, make_account, server_db):
    alice, bob = client_for(), client_for()
    admin = client_for(role=Role.ADMIN)
    customer = alice.records.create("customer", {"name": "王芳", "city": "杭州"})
    for n in range(3):
        alice.records.create("interaction", {"customer_id": customer["id"], "subject": f"拜访 {n}"})
    alice.records.create("opportunity", {"customer_id": customer["id"], "title": "Fleet"})
    alice.sync()
    bob.sync()
    assert bob.records.find("customer") == []

    # Alice keeps working offline on it while the admin moves it to Bob.
    alice.records.update("customer", customer["id"], {"notes": "likes tea"})
    moved = admin.api.reassign(admin.token, [customer["id"]], bob.username, "territory change")
    assert moved.moved == 1

    report = bob.sync()
    assert bob.records.get("customer", customer["id"])["name"] == "王芳"
    assert len(bob.records.find("interaction")) == 3
    assert [o["title"] for o in bob.records.find("opportunity")] == ["Fleet"]
    assert report.received >= 5

    report = alice.sync()
    assert report.removed == 1
    assert alice.records.find("customer") == [] and alice.records.find("interaction") == []
    with alice.replica.reading() as session:
        assert session.scalars(select(OutboxEntry)).all() == []
    with server_db.transaction() as session:
        stored = session.get(Customer, customer["id"])
        assert stored.owner_id == bob.user_id
        assert stored.notes == "likes tea" and stored.updated_by == alice.user_id
        [move] = session.scalars(
            select(CustomerMove).where(CustomerMove.customer_id == customer["id"])
        ).all()
        assert (move.from_owner, move.to_owner, move.reason) == (
            alice.user_id,
            bob.user_id,
            "territory change",
        )
        assert session.scalar(select(Interaction.id).limit(1))
    bob.sync()
    assert bob.records.get("customer", customer["id"])["notes"] == "likes tea"


def test_a_rep_cannot_reassign(client_for):
    alice, bob = client_for(), client_for()
    row = alice.records.create("customer", {"name": "Acme"})
    alice.sync()
    try:
        alice.api.reassign(alice.token, [row["id"]], bob.username)
    except Exception as exc:
        assert getattr(exc, "code", None) == "forbidden"
    else:
        raise AssertionError("a rep reassigned a customer")


def test_manager_replica_holds_the_branch(client_for, make_account):
    tag = uuid.uuid4().hex[:6]  # the session's server holds other tests' Hangzhou customers
    rep = client_for(make_account(branch=f"Hangzhou {tag}"))
    other = client_for(make_account(branch=f"Suzhou {tag}"))
    manager = client_for(make_account(role=Role.MANAGER, branch=f"Hangzhou {tag}"))
    rep.records.create("customer", {"name": "In branch"})
    other.records.create("customer", {"name": "Elsewhere"})
    rep.sync()
    other.sync()
    manager.sync()
    assert [c["name"] for c in manager.records.find("customer")] == ["In branch"]
