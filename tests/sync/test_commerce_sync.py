"""Commerce records over real HTTP (issue 19, item 1): the catalogue reaches every replica and
only managers write it; contracts, their lines and payments follow their customer."""

from decimal import Decimal

import pytest
from sqlalchemy import delete, select

from server.models import ReviewItem
from sync.protocol.entities import ContractLine, Payment, Product
from sync.protocol.enums import Role


@pytest.fixture(autouse=True)
def _catalogue_left_empty(server_db):
    """Products are company-wide: one left behind would be in every later test's first
    download (tests that count pages and rows). The session's server starts with none."""
    yield
    with server_db.transaction() as session:
        session.execute(delete(Product))


def _contract(client, customer_id: str, product_id: str | None = None) -> dict:
    contract = client.records.create(
        "contract", {"customer_id": customer_id, "number": "HT-2026-001", "status": "active"}
    )
    for n, price in enumerate(("1000.00", "250.50")):
        client.records.create(
            "contract_line",
            {
                "customer_id": customer_id,
                "contract_id": contract["id"],
                "product_id": product_id,
                "quantity": "2",
                "unit_price": price,
                "discount": "0.1",
                "position": n,
            },
        )
    client.records.create(
        "payment",
        {
            "customer_id": customer_id,
            "contract_id": contract["id"],
            "received_on": "2026-03-09",
            "amount": "800.00",
        },
    )
    return contract


def test_products_reach_every_replica_and_only_managers_write_them(
    client_for, make_account, server_db
):
    manager = client_for(make_account(role=Role.MANAGER, branch="Hangzhou"))
    rep = client_for(make_account(branch="Hangzhou"))
    elsewhere = client_for(make_account(branch="Suzhou"))
    product = manager.records.create(
        "product", {"code": "SRV-1", "name": "服务器 R740", "list_price": "38000", "unit": "台"}
    )
    manager.sync()
    rep.sync()
    elsewhere.sync()
    for client in (rep, elsewhere):
        got = client.records.get("product", product["id"])
        assert (got["name"], got["list_price"]) == ("服务器 R740", Decimal("38000.00"))

    # a rep's own product is refused into the review queue, and reaches nobody
    mine = rep.records.create("product", {"code": "X-1", "name": "私货"})
    rep.sync()
    # the rep's price change of a catalogue product is refused too
    rep.records.update("product", product["id"], {"list_price": "1"})
    rep.sync()
    with server_db.transaction() as session:
        assert session.get(Product, mine["id"]) is None
        assert session.get(Product, product["id"]).list_price == Decimal("38000.00")
        reasons = session.scalars(
            select(ReviewItem.reason).where(
                ReviewItem.entity == "product", ReviewItem.user_id == rep.user_id
            )
        ).all()
        assert sorted(reasons) == ["forbidden", "forbidden"]
    elsewhere.sync()
    assert [p["id"] for p in elsewhere.records.find("product") if p["id"] == mine["id"]] == []

    # a manager's edit reaches the reps
    manager.records.update("product", product["id"], {"list_price": "36000"})
    manager.sync()
    elsewhere.sync()
    assert elsewhere.records.get("product", product["id"])["list_price"] == Decimal("36000.00")


def test_contracts_and_payments_stay_in_their_customers_scope_and_move_with_it(
    client_for, make_account, server_db
):
    alice = client_for(make_account(branch="Hangzhou"))
    bob = client_for(make_account(branch="Suzhou"))
    admin = client_for(role=Role.ADMIN)
    customer = alice.records.create("customer", {"name": "华信科技", "kind": "company"})
    contract = _contract(alice, customer["id"])
    alice.sync()
    bob.sync()
    assert bob.records.find("contract") == [] and bob.records.find("payment") == []
    with server_db.transaction() as session:
        lines = session.scalars(
            select(ContractLine).where(ContractLine.contract_id == contract["id"])
        ).all()
        assert sorted(line.unit_price for line in lines) == [Decimal("250.50"), Decimal("1000.00")]

    moved = admin.api.reassign(admin.token, [customer["id"]], bob.username, "territory")
    assert moved.moved == 1
    bob.sync()
    assert [c["number"] for c in bob.records.find("contract")] == ["HT-2026-001"]
    assert len(bob.records.find("contract_line", customer_id=customer["id"])) == 2
    assert [p["amount"] for p in bob.records.find("payment")] == [Decimal("800.00")]
    alice.sync()
    assert alice.records.find("contract") == []
    assert alice.records.find("contract_line") == [] and alice.records.find("payment") == []


def test_a_payment_must_be_against_a_contract_of_its_own_customer(client_for, server_db):
    alice = client_for()
    first = alice.records.create("customer", {"name": "甲公司"})
    second = alice.records.create("customer", {"name": "乙公司"})
    contract = _contract(alice, first["id"])
    stray = alice.records.create(
        "payment",
        {
            "customer_id": second["id"],
            "contract_id": contract["id"],
            "received_on": "2026-03-10",
            "amount": "5.00",
        },
    )
    alice.sync()
    with server_db.transaction() as session:
        assert session.get(Payment, stray["id"]) is None
        reason = session.scalar(select(ReviewItem.reason).where(ReviewItem.row_id == stray["id"]))
        assert reason == "not_found"


def test_two_people_editing_different_lines_offline_both_keep_their_edit(
    client_for, make_account, server_db
):
    """Why lines are rows of their own: the rep changes one line's quantity and the manager
    another line's price, both offline; after both sync each replica has both edits and the
    conflict log is empty (a JSON list of lines would have kept only the later push)."""
    rep = client_for(make_account(branch="Ningbo"))
    manager = client_for(make_account(role=Role.MANAGER, branch="Ningbo"))
    customer = rep.records.create("customer", {"name": "宁波港务", "kind": "company"})
    contract = _contract(rep, customer["id"])
    rep.sync()
    manager.sync()
    first, second = (
        line["id"]
        for line in sorted(
            rep.records.find("contract_line", customer_id=customer["id"]),
            key=lambda line: line["position"],
        )
    )
    rep.records.update("contract_line", first, {"quantity": "5"})
    manager.records.update("contract_line", second, {"unit_price": "300.00"})
    rep.sync()
    manager.sync()
    rep.sync()
    for client in (rep, manager):
        lines = {
            line["id"]: line
            for line in client.records.find("contract_line", customer_id=customer["id"])
        }
        assert lines[first]["quantity"] == Decimal("5.000")
        assert lines[second]["unit_price"] == Decimal("300.00")
    with server_db.transaction() as session:
        from server.models import ConflictEntry

        logged = session.scalars(
            select(ConflictEntry).where(ConflictEntry.customer_id == customer["id"])
        ).all()
        assert logged == []
    assert contract["id"]
