"""Credit on the replica (issue 22): exposure and available credit, ageing exact on a fixed
date, collection levels, review due, the hold at entry, and who may write."""

from datetime import date
from decimal import Decimal

import pytest

from app.commerce import Commerce, LineDraft
from app.credit import Credit, CreditReadOnly
from sync.protocol import credit as rules
from sync.protocol.validation import ValidationError

TODAY = date(2026, 11, 30)


def _contract(commerce: Commerce, customer_id: str, number: str, amount: str, due: str | None):
    return commerce.save_contract(
        None,
        {"customer_id": customer_id, "number": number, "status": "active", "payment_due": due},
        [LineDraft(None, Decimal(1), Decimal(amount), description="货款")],
    )


@pytest.fixture
def book(records):
    customer = records.create("customer", {"name": "华信科技", "kind": "company"})
    commerce = Commerce(records, "rep", today=lambda: TODAY)
    desk = Credit(records, "credit", today=lambda: TODAY)
    for number, amount, due in (
        ("HT-1", "1000", "2026-12-15"),  # not yet due
        ("HT-2", "2000", "2026-11-29"),  # 1 day
        ("HT-3", "3000", "2026-10-31"),  # 30 days
        ("HT-4", "4000", "2026-10-30"),  # 31 days
        ("HT-5", "5000", "2026-09-01"),  # 90 days
        ("HT-6", "6000", "2026-08-31"),  # 91 days
    ):
        _contract(commerce, customer["id"], number, amount, due)
    paid = commerce.contracts(customer["id"])
    six = next(c for c in paid if c.number == "HT-6")
    commerce.record_payment(
        None, {"contract_id": six.id, "received_on": "2026-11-01", "amount": "500.50"}
    )
    return customer, commerce, desk


def test_ageing_and_collection_levels_are_exact_on_a_fixed_date(book):
    customer, _commerce, desk = book
    assert desk.ageing(customer["id"]) == {
        "CNY": {
            "current": Decimal("1000.00"),
            "1-30": Decimal("5000.00"),
            "31-60": Decimal("4000.00"),
            "61-90": Decimal("5000.00"),
            "90+": Decimal("5499.50"),
        }
    }
    levels = {r.number: (r.days_overdue, r.level) for r in desk.receivables(customer["id"])}
    assert levels == {
        "HT-1": (0, 0),
        "HT-2": (1, 1),
        "HT-3": (30, 3),
        "HT-4": (31, 3),
        "HT-5": (90, 4),
        "HT-6": (91, 4),
    }
    assert [r.number for r in desk.collection()] == ["HT-6", "HT-5", "HT-4", "HT-3", "HT-2"]
    status = desk.status(customer["id"])
    assert (status.overdue_count, status.overdue_amount, status.oldest_days) == (
        5,
        Decimal("19499.50"),
        91,
    )
    assert [rules.level(d) for d in (0, 1, 14, 15, 29, 30, 59, 60)] == [0, 1, 1, 2, 2, 3, 3, 4]


def test_available_credit_review_due_and_the_hold_at_entry(book, records):
    customer, commerce, desk = book
    assert desk.status(customer["id"]).available is None  # no limit: no check
    desk.add_assessment(
        customer["id"], {"rating": "A", "next_review": "2026-11-30", "years_in_business": 12}
    )
    desk.save_profile(customer["id"], {"credit_limit": "25000"})
    status = desk.status(customer["id"])
    assert (status.rating, status.review_due) == ("A", True)
    assert (status.exposure, status.available) == (Decimal("20499.50"), Decimal("4500.50"))
    within = _contract(commerce, customer["id"], "HT-7", "4500.50", None)
    beyond = _contract(commerce, customer["id"], "HT-8", "0.01", None)
    assert (within["status"], beyond["status"]) == ("active", "held")
    # a rep cannot release it on the laptop either: saving it active keeps it held
    lines = commerce.lines(beyond["id"])
    again = commerce.save_contract(beyond["id"], {"status": "active"}, lines)
    assert again["status"] == "held"
    # on hold, even a small contract waits
    desk.save_profile(customer["id"], {"credit_limit": None, "on_hold": True})
    assert _contract(commerce, customer["id"], "HT-9", "1", None)["status"] == "held"
    desk.release(beyond["id"])
    assert records.get("contract", beyond["id"])["status"] == "active"


def test_only_the_credit_department_writes_and_values_are_checked(book, records):
    customer, _commerce, desk = book
    rep = Credit(records, "rep", today=lambda: TODAY)
    for write in (
        lambda: rep.save_profile(customer["id"], {"credit_limit": "1"}),
        lambda: rep.add_assessment(customer["id"], {"rating": "AAA"}),
        lambda: rep.release("x"),
    ):
        with pytest.raises(CreditReadOnly):
            write()
    for values in (
        {"credit_limit": "-5"},
        {"credit_limit": "1000000000000"},
        {"terms_days": 400},
        {"rating": "D"},
        {"notes": "bad\x00text"},
    ):
        with pytest.raises(ValidationError):
            desk.save_profile(customer["id"], values)
    assert desk.profile(customer["id"]) is None  # nothing half-written
    assert records.pending_count() == 1 + 6 + 6 + 1  # the customer, contracts, lines, payment


def test_a_deal_won_on_a_held_customer_is_refused_and_leaves_nothing_pending(book, records):
    from app.errors import CreditHold

    customer, _commerce, desk = book
    deal = records.create("opportunity", {"customer_id": customer["id"], "title": "扩容"})
    desk.save_profile(customer["id"], {"on_hold": True, "hold_reason": "逾期 91 天"})
    pending = records.pending_count()
    with pytest.raises(CreditHold) as refused:
        records.update("opportunity", deal["id"], {"stage": "won", "probability": 100})
    assert "credit hold" in str(refused.value)
    with pytest.raises(CreditHold):
        records.create(
            "opportunity", {"customer_id": customer["id"], "title": "新单", "stage": "won"}
        )
    assert records.pending_count() == pending
    assert records.get("opportunity", deal["id"])["stage"] == "prospecting"
    desk.save_profile(customer["id"], {"on_hold": False})
    assert records.update("opportunity", deal["id"], {"stage": "won"})["stage"] == "won"
