"""The Sales page (issue 19): contracts in scope with total, paid and outstanding, overdue in
red, filters by status, overdue and owner; it follows change notices; the Products tab is
read-only for reps; the customer view lists a customer's contracts and payments."""

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from app.commerce import LineDraft
from app.records import Records
from app.workspace import Workspace
from ui import theme
from ui.customer_view import CustomerView
from ui.sales_page import ContractsModel, ProductsModel, SalesPage

from .conftest import workspace_for
from .ops import settle


def _book(records: Records) -> tuple[Workspace, dict, dict]:
    workspace = workspace_for(records)
    commerce = workspace.commerce
    customer = records.create("customer", {"name": "华信科技"})
    past = (date.today() - timedelta(days=10)).isoformat()
    late = commerce.save_contract(
        None,
        {"customer_id": customer["id"], "number": "HT-1", "status": "active",
         "signed_on": "2026-01-10", "payment_due": past},
        [LineDraft(None, Decimal(2), Decimal("500.00"), description="服务")],
    )  # fmt: skip
    commerce.record_payment(
        None, {"contract_id": late["id"], "received_on": "2026-01-20", "amount": "400"}
    )
    done = commerce.save_contract(
        None,
        {"customer_id": customer["id"], "number": "HT-2", "status": "completed",
         "signed_on": "2025-12-01", "owner_id": "someone-else"},
        [LineDraft(None, Decimal(1), Decimal("80.00"), description="耗材")],
    )  # fmt: skip
    commerce.record_payment(
        None, {"contract_id": done["id"], "received_on": "2025-12-05", "amount": "80"}
    )
    return workspace, customer, late


def _texts(model: ContractsModel, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_contracts_show_total_paid_outstanding_and_overdue_in_red(qtbot, records):
    workspace, _customer, late = _book(records)
    page = SalesPage(workspace)
    qtbot.addWidget(page)
    model = page.contracts
    assert [_texts(model, r)[0] for r in range(model.rowCount())] == ["HT-1", "HT-2"]
    first = _texts(model, 0)
    assert first[1] == "华信科技" and first[5] == "Active"
    assert first[6:] == ["CNY 1,000", "CNY 400", "CNY 600"]
    outstanding = model.index(0, ContractsModel.COLUMNS.index("outstanding"))
    brush = outstanding.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == theme.colour("error")
    assert page.summary.text() == (
        "Contracts: 2 · total CNY 1,080, outstanding CNY 600 · overdue: 1"
    )

    page.overdue_only.setChecked(True)
    assert model.rowCount() == 1 and model.contracts[0].id == late["id"]
    page.overdue_only.setChecked(False)
    page.status.setCurrentIndex(page.status.findData("completed"))
    assert [c.number for c in model.contracts] == ["HT-2"]
    page.status.setCurrentIndex(0)
    page.owner.setCurrentIndex(page.owner.findData("mine"))
    assert [c.number for c in model.contracts] == ["HT-1"]


def test_a_payment_recorded_elsewhere_updates_the_list(qtbot, records):
    workspace, _customer, late = _book(records)
    page = SalesPage(workspace)
    qtbot.addWidget(page)
    page.show()
    page.contract_table.selectRow(0)
    workspace.commerce.record_payment(
        None, {"contract_id": late["id"], "received_on": "2026-02-01", "amount": "600"}
    )
    settle()
    assert _texts(page.contracts, 0)[8] == "CNY 0"
    assert page.current_contract() == late["id"]  # selection kept
    assert not page.contracts.contracts[0].overdue


def test_the_models_are_well_behaved(qtmodeltester, qtbot, records):
    workspace, _customer, _late = _book(records)
    workspace.commerce.role = "manager"
    workspace.commerce.save_product(None, {"code": "A", "name": "产品", "list_price": "9.9"})
    page = SalesPage(workspace)
    qtbot.addWidget(page)
    qtmodeltester.check(page.contracts)
    qtmodeltester.check(page.products)
    assert isinstance(page.products, ProductsModel) and page.products.rowCount() == 1


def test_reps_read_the_catalogue_and_cannot_add_to_it(qtbot, records):
    workspace = workspace_for(records)
    page = SalesPage(workspace)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(1)
    assert not page.new_product_button.isVisible()
    assert page.catalogue_note.text() == "The catalogue is kept by managers and administrators."


def test_the_customer_view_lists_contracts_and_payments(qtbot, records):
    workspace, customer, _late = _book(records)
    view = CustomerView(workspace)
    qtbot.addWidget(view)
    view.show_customer(customer["id"])
    contracts, payments = view.tables["contract"], view.tables["payment"]
    assert contracts.rowCount() == 2 and payments.rowCount() == 2
    assert contracts.item(0, 0).text() == "HT-1 ⚠"
    assert [contracts.item(0, c).text() for c in (4, 5, 6)] == ["CNY 1,000", "CNY 400", "CNY 600"]
    assert payments.item(0, 1).text() == "HT-1" and payments.item(0, 2).text() == "CNY 400"
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert "Contracts (2)" in titles and "Payments (2)" in titles
