"""Commerce on the replica (issue 19, item 1): contract totals, payments, outstanding balance,
overdue contracts, the Sales list's filters and the read-only catalogue for reps."""

from datetime import date
from decimal import Decimal

import pytest

from app.changes import Changes
from app.commerce import CatalogueReadOnly, Commerce, LineDraft, line_total
from app.records import Records
from sync.client.tables import OutboxEntry
from sync.protocol.validation import ValidationError

TODAY = date(2026, 6, 15)


@pytest.fixture
def manager(records: Records) -> Commerce:
    records.user_id = "me"
    return Commerce(records, "manager", today=lambda: TODAY)


@pytest.fixture
def customer(records: Records) -> dict:
    return records.create("customer", {"name": "华信科技", "kind": "company"})


def _lines() -> list[LineDraft]:
    return [
        LineDraft(None, Decimal("3"), Decimal("1999.99"), Decimal("0.15")),  # 5099.97
        LineDraft(None, Decimal("2.5"), Decimal("100.00")),  # 250.00
    ]


def test_a_line_total_is_quantity_by_price_less_discount_to_the_cent():
    assert line_total(Decimal("3"), Decimal("1999.99"), Decimal("0.15")) == Decimal("5099.97")
    assert line_total(Decimal("1"), Decimal("0.05"), Decimal("0.5")) == Decimal("0.03")  # half up
    assert line_total(Decimal("7"), Decimal("10"), Decimal("1")) == Decimal("0.00")


def test_total_paid_and_outstanding_of_a_contract(manager, customer):
    contract = manager.save_contract(
        None,
        {"customer_id": customer["id"], "number": "HT-1", "status": "active",
         "payment_due": "2026-06-30"},
        _lines(),
    )  # fmt: skip
    summary = manager.summary(contract["id"])
    assert (summary.total, summary.paid, summary.outstanding) == (
        Decimal("5349.97"),
        Decimal("0"),
        Decimal("5349.97"),
    )
    manager.record_payment(
        None, {"contract_id": contract["id"], "received_on": "2026-06-01", "amount": "2000"}
    )
    manager.record_payment(
        None, {"contract_id": contract["id"], "received_on": "2026-06-10", "amount": "349.97"}
    )
    [shown] = manager.contracts(customer["id"])
    assert (shown.customer, shown.paid, shown.outstanding) == (
        "华信科技",
        Decimal("2349.97"),
        Decimal("3000.00"),
    )
    assert not shown.overdue  # due at the end of the month
    payments = manager.payments(contract["id"])
    assert [p["amount"] for p in payments] == [Decimal("349.97"), Decimal("2000.00")]
    assert payments[0]["customer_id"] == customer["id"]  # the contract's customer


def test_a_contract_and_its_lines_are_one_write_with_one_notice(manager, customer, records):
    seen: list[Changes] = []
    records.feed.subscribe(seen.append)
    contract = manager.save_contract(
        None, {"customer_id": customer["id"], "number": "HT-2"}, _lines()
    )
    assert len(seen) == 1 and seen[0].touches(["contract"]) and seen[0].touches(["contract_line"])
    with records.replica.reading() as session:
        entries = session.query(OutboxEntry).order_by(OutboxEntry.seq).all()
    assert [e.entity for e in entries][-3:] == ["contract", "contract_line", "contract_line"]
    assert contract["owner_id"] == "me" and contract["status"] == "draft"

    # edit one line, drop the other, add one: only what changed goes out
    first, _second = manager.lines(contract["id"])
    edited = LineDraft(
        first.product_id, Decimal("1"), first.unit_price, first.discount, id=first.id
    )
    new = LineDraft(None, Decimal("1"), Decimal("10.00"))
    manager.save_contract(contract["id"], {"title": "第二期"}, [edited, new])
    assert [line.total for line in manager.lines(contract["id"])] == [
        Decimal("1699.99"),
        Decimal("10.00"),
    ]
    assert manager.summary(contract["id"]).total == Decimal("1709.99")
    with records.replica.reading() as session:
        entries = session.query(OutboxEntry).order_by(OutboxEntry.seq).all()
    last = [(e.entity, e.op, sorted(e.changes)) for e in entries[-4:]]
    assert last[0] == ("contract", "update", ["title"])
    assert sorted((entity, op) for entity, op, _ in last[1:]) == [
        ("contract_line", "create"),
        ("contract_line", "delete"),
        ("contract_line", "update"),
    ]
    assert ("contract_line", "update", ["quantity"]) in last


def test_a_bad_line_stops_the_whole_contract(manager, customer, records):
    bad = [LineDraft(None, Decimal("1"), Decimal("5"), Decimal("1.5"))]  # a 150 % discount
    with pytest.raises(ValidationError) as error:
        manager.save_contract(None, {"customer_id": customer["id"], "number": "HT-3"}, bad)
    assert error.value.codes() == {"discount": "too_large"}
    assert manager.contracts() == [] and records.pending_count() == 1  # the customer alone


def test_overdue_status_and_owner_filters_of_the_sales_list(manager, customer, records):
    other = records.create("customer", {"name": "乙公司"})
    late = manager.save_contract(
        None,
        {"customer_id": customer["id"], "number": "HT-4", "status": "active",
         "payment_due": "2026-05-31", "signed_on": "2026-05-01"},
        _lines(),
    )  # fmt: skip
    manager.save_contract(
        None,
        {"customer_id": other["id"], "number": "HT-5", "status": "cancelled",
         "payment_due": "2026-05-31", "signed_on": "2026-04-01", "owner_id": "someone"},
        _lines(),
    )  # fmt: skip
    paid_up = manager.save_contract(
        None,
        {"customer_id": other["id"], "number": "HT-6", "status": "completed",
         "payment_due": "2026-05-31", "signed_on": "2026-03-01"},
        [LineDraft(None, Decimal(1), Decimal("50"))],
    )  # fmt: skip
    manager.record_payment(
        None, {"contract_id": paid_up["id"], "received_on": "2026-05-20", "amount": "50"}
    )
    assert [c.number for c in manager.contracts()] == ["HT-4", "HT-5", "HT-6"]  # newest first
    assert [c.id for c in manager.contracts(overdue=True)] == [late["id"]]
    assert [c.number for c in manager.contracts(status="cancelled")] == ["HT-5"]
    assert [c.number for c in manager.contracts(owner_id="someone")] == ["HT-5"]
    manager.delete_contract(late["id"])
    assert manager.contracts(overdue=True) == []
    assert manager.payments(customer_id=customer["id"]) == []


def test_reps_read_the_catalogue_and_managers_keep_it(manager, records):
    product = manager.save_product(
        None, {"code": "SRV-1", "name": "服务器", "list_price": "38000", "product_line": "硬件"}
    )
    manager.save_product(None, {"code": "OLD-1", "name": "停产", "active": False})
    rep = Commerce(records, "rep")
    assert [p["code"] for p in rep.products()] == ["SRV-1"]
    assert len(rep.products(include_inactive=True)) == 2
    assert not rep.may_edit_catalogue and manager.may_edit_catalogue
    with pytest.raises(CatalogueReadOnly):
        rep.save_product(product["id"], {"list_price": "1"})


def test_a_won_opportunity_drafts_its_contract(manager, customer, records):
    manager.save_product(None, {"code": "SRV-1", "name": "服务器", "product_line": "硬件"})
    opportunity = records.create(
        "opportunity",
        {"customer_id": customer["id"], "title": "机房扩容", "amount": "120000",
         "product_line": "硬件", "stage": "won"},
    )  # fmt: skip
    assert manager.won_without_contract(opportunity["id"])
    values, lines = manager.draft_from_opportunity(opportunity["id"])
    assert values["number"] == "HT-20260615-001"
    assert (values["customer_id"], values["opportunity_id"], values["title"]) == (
        customer["id"],
        opportunity["id"],
        "机房扩容",
    )
    assert [(line.quantity, line.unit_price) for line in lines] == [(1, Decimal("120000.00"))]
    assert lines[0].product_id is not None  # the one product of its line
    manager.save_contract(None, values, lines)
    assert not manager.won_without_contract(opportunity["id"])
    assert manager.next_number() == "HT-20260615-002"
