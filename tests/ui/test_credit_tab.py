"""The Credit tab and banner (issue 22), offline on the replica: a rep reads rating, limit,
available credit and what is overdue, and cannot change them; the credit department sets a
limit, records an assessment and releases a held contract."""

import os
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.commerce import LineDraft
from app.credit import Credit
from app.records import Records
from ui.credit_dialogs import CreditAssessmentDialog, CreditProfileDialog
from ui.customer_view import CustomerView

from .conftest import workspace_for
from .ops import settle

SHOTS = os.environ.get("OUTPOST_SHOTS")  # a folder: the tests leave screenshots there


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.resize(1100, 760)
        widget.grab().save(str(Path(SHOTS) / name))


def _owed(records: Records, customer_id: str, number: str, amount: str, days_late: int) -> dict:
    commerce = workspace_for(records).commerce
    due = (date.today() - timedelta(days=days_late)).isoformat()
    return commerce.save_contract(
        None,
        {"customer_id": customer_id, "number": number, "status": "active", "payment_due": due},
        [LineDraft(None, Decimal(1), Decimal(amount), description="货款")],
    )


def test_a_rep_sees_overdue_available_credit_and_review_due_offline(qtbot, records):
    customer = records.create("customer", {"name": "华信科技", "kind": "company"})
    _owed(records, customer["id"], "HT-1", "30000", 67)
    _owed(records, customer["id"], "HT-2", "8000", 3)
    desk = Credit(records, "credit")  # as if pulled from the credit department
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    desk.add_assessment(customer["id"], {"rating": "B", "next_review": yesterday})
    desk.save_profile(customer["id"], {"credit_limit": "50000"})

    workspace = workspace_for(records)  # a rep, no server
    view = CustomerView(workspace)
    qtbot.addWidget(view)
    view.show()
    view.show_customer(customer["id"])
    tab = view.credit
    assert view.tabs.tabText(view.tabs.indexOf(tab)) == "Credit"
    assert tab.banner.isVisible()
    assert tab.banner.text() == (
        "2 overdue, CNY 38,000, oldest 67 days · rating review due · available credit CNY 12,000"
    )
    assert "bright-text" in tab.banner.styleSheet()  # the theme's error colour
    view.tabs.setCurrentWidget(tab)
    assert view.current_tab() == "credit" and not view.add_button.isVisible()
    assert tab.values["rating"].text() == "B"
    assert tab.values["available"].text() == "CNY 12,000"
    assert tab.review.isVisible() and "a review is due" in tab.review.text()
    assert tab.receivables.rowCount() == 2
    assert [tab.receivables.item(0, c).text() for c in (0, 3, 4, 5)] == [
        "HT-1",
        "67",
        "61-90 days",
        "Credit department",  # 60 days and more
    ]
    assert tab.ageing.text() == "Current CNY 0 · 1-30 days CNY 8,000 · 61-90 days CNY 30,000"
    assert tab.assessments.rowCount() == 1
    # reads only: no buttons, a note saying who decides
    assert not tab.edit_button.isVisible() and not tab.assess_button.isVisible()
    assert tab.note.isVisible()

    # a new contract beyond what is left is held, and the tab lists it
    held = _owed(records, customer["id"], "HT-3", "20000", 0)
    assert held["status"] == "held"
    settle()
    qtbot.waitUntil(lambda: tab.held.rowCount() == 1)
    assert tab.held.item(0, 0).text() == "HT-3" and tab.held.isVisible()
    shot(view, "credit-tab-en.png")


def test_the_credit_department_sets_a_limit_assesses_and_releases(qtbot, records):
    customer = records.create("customer", {"name": "宁波港务", "kind": "company"})
    workspace = workspace_for(records)
    workspace.credit.role = "credit"
    view = CustomerView(workspace)
    qtbot.addWidget(view)
    view.show()
    view.show_customer(customer["id"])
    tab = view.credit
    view.tabs.setCurrentWidget(tab)
    assert tab.edit_button.isVisible() and not tab.note.isVisible()
    assert tab.values["limit"].text() == "None"

    tab.edit_button.click()
    dialog = view.findChild(CreditProfileDialog) or QApplication.activeModalWidget()
    assert isinstance(dialog, CreditProfileDialog)
    dialog.inputs["credit_limit"].setText("-1")
    dialog.save()
    assert dialog.isVisible() and dialog.errors["credit_limit"].isVisible()
    dialog.inputs["credit_limit"].setText("10000")
    dialog.save()
    settle()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: tab.values["limit"].text() == "CNY 10,000")
    assert tab.banner.text() == "available credit CNY 10,000"

    tab.assess_button.click()
    assess = view.findChild(CreditAssessmentDialog) or QApplication.activeModalWidget()
    assert isinstance(assess, CreditAssessmentDialog)
    assess.combo("rating").setCurrentIndex(assess.combo("rating").findData("AA"))
    assess.inputs["registered_capital"].setText("5000000")
    assess.save()
    settle()
    qtbot.waitUntil(lambda: tab.values["rating"].text() == "AA")
    assert tab.assessments.item(0, 1).text() == "AA"

    workspace.commerce.role = "rep"  # a rep's contract beyond the limit, then released
    held = _owed(records, customer["id"], "HT-9", "12000", 0)
    assert held["status"] == "held"
    settle()
    qtbot.waitUntil(lambda: tab.held.rowCount() == 1)
    tab.held.selectRow(0)
    assert tab.release_button.isEnabled()
    tab.release_button.click()
    settle()
    qtbot.waitUntil(lambda: records.get("contract", held["id"])["status"] == "active")
    qtbot.waitUntil(lambda: tab.held.rowCount() == 0)


def test_the_collection_list_puts_the_longest_overdue_first(qtbot, records):
    from ui.sales_page import SalesPage

    first = records.create("customer", {"name": "华信科技"})
    second = records.create("customer", {"name": "宁波港务"})
    _owed(records, first["id"], "HT-1", "1000", 5)
    _owed(records, second["id"], "HT-2", "2500.50", 95)
    _owed(records, second["id"], "HT-3", "700", 0)  # due today: not overdue
    workspace = workspace_for(records)
    page = SalesPage(workspace)
    qtbot.addWidget(page)
    page.show()
    collection = page.collection
    page.tabs.setCurrentWidget(collection)
    assert page.tabs.tabText(page.tabs.indexOf(collection)) == "Collection"
    settle()
    qtbot.waitUntil(lambda: collection.table.rowCount() == 2)
    rows = [[collection.table.item(r, c).text() for c in (0, 1, 3, 4, 5, 6)] for r in range(2)]
    assert rows == [
        ["宁波港务", "HT-2", "CNY 2,500.50", "95", "Over 90 days", "Credit department"],
        ["华信科技", "HT-1", "CNY 1,000", "5", "1-30 days", "Reminder"],
    ]
    assert collection.totals.text().endswith(": 1-30 days CNY 1,000 · Over 90 days CNY 2,500.50")
    shot(page, "collection-en.png")

    # a payment in full takes it off the list
    contract = next(c for c in workspace.commerce.contracts(second["id"]) if c.number == "HT-2")
    workspace.commerce.record_payment(
        None, {"contract_id": contract.id, "received_on": date.today(), "amount": "2500.50"}
    )
    settle()
    qtbot.waitUntil(lambda: collection.table.rowCount() == 1)


def test_the_contract_form_warns_while_a_contract_goes_beyond_the_credit(qtbot, records):
    from ui.contract_dialog import PRICE, ContractDialog
    from ui.fields import AmountField

    customer = records.create("customer", {"name": "华信科技"})
    _owed(records, customer["id"], "HT-1", "600", 0)
    Credit(records, "credit").save_profile(customer["id"], {"credit_limit": "1000"})
    dialog = ContractDialog(workspace_for(records), None, customer_id=customer["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    status = dialog.combo_status()
    status.setCurrentIndex(status.findData("active"))
    dialog._widget(0, PRICE, AmountField).set_field_value("400")
    dialog.update_totals()
    assert not dialog.credit_note.isVisible()  # exactly what is left
    dialog._widget(0, PRICE, AmountField).set_field_value("400.01")
    dialog.update_totals()
    assert dialog.credit_note.isVisible()
    assert "available credit (CNY 400)" in dialog.credit_note.text()
    status.setCurrentIndex(status.findData("draft"))
    assert not dialog.credit_note.isVisible()  # a draft is not signed
