"""PostgreSQL commits out of order; a pull must still never skip a slower transaction."""

import threading

import pytest

from server.sync.versions import next_version
from sync.protocol.entities import Customer
from sync.protocol.types import new_id, utcnow


def add_customer(session, owner_id: str, name: str) -> Customer:
    now = utcnow()
    customer = Customer(
        id=new_id(), name=name, owner_id=owner_id, version=0, created_at=now, updated_at=now
    )
    session.add(customer)
    session.flush()
    return customer


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_transaction_started_first_and_committed_last_is_delivered(client_for, server_db):
    client = client_for()
    client.sync()

    # T1 starts first and writes; T2 starts later, takes its number and commits first.
    with server_db.sessions() as first:
        slow = add_customer(first, client.user_id, "slow")
        with server_db.transaction() as second:
            fast = add_customer(second, client.user_id, "fast")
            fast.version = next_version(second)
        client.sync()
        assert [c["name"] for c in client.records.find("customer")] == ["fast"]
        slow.version = next_version(first)
        first.commit()
    client.sync()
    assert sorted(c["name"] for c in client.records.find("customer")) == ["fast", "slow"]


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_numbers_commit_in_order_so_the_watermark_never_passes_an_open_one(client_for, server_db):
    client = client_for()
    client.sync()
    numbered = threading.Event()
    release = threading.Event()

    def slow_writer() -> None:
        with server_db.sessions() as session:
            customer = add_customer(session, client.user_id, "slow")
            customer.version = next_version(session)
            numbered.set()
            release.wait(10)
            session.commit()

    def fast_writer() -> None:
        with server_db.transaction() as session:
            customer = add_customer(session, client.user_id, "fast")
            customer.version = next_version(session)  # waits for the slow one's commit

    slow = threading.Thread(target=slow_writer)
    slow.start()
    assert numbered.wait(10)
    fast = threading.Thread(target=fast_writer)
    fast.start()
    fast.join(0.5)
    assert fast.is_alive(), "a later number was handed out before the earlier one committed"
    client.sync()
    assert client.records.find("customer") == []
    release.set()
    slow.join(10)
    fast.join(10)
    client.sync()
    assert sorted(c["name"] for c in client.records.find("customer")) == ["fast", "slow"]
