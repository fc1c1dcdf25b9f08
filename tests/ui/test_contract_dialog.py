"""The contract form (issue 19): lines with a product's list price proposed, live line and
contract totals, the shared rules in the user's language, one write with its lines; the
payment and product forms; winning an opportunity offers its contract."""

from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QMessageBox

from app.records import Records
from app.workspace import Workspace
from ui.contract_dialog import DISCOUNT, PRICE, PRODUCT, QUANTITY, TOTAL, ContractDialog
from ui.editors import Editors
from ui.fields import AmountField
from ui.payment_dialog import PaymentDialog
from ui.product_dialog import ProductDialog

from .conftest import workspace_for
from .ops import settle


def _manager(records: Records) -> Workspace:
    workspace = workspace_for(records)
    workspace.commerce.role = "manager"
    return workspace


def _catalogue(workspace: Workspace) -> dict:
    return workspace.commerce.save_product(
        None, {"code": "SRV-1", "name": "服务器", "list_price": "38000", "product_line": "硬件"}
    )


def test_a_contract_with_lines_totals_as_it_is_typed_and_saves_once(qtbot, records):
    workspace = _manager(records)
    product = _catalogue(workspace)
    customer = records.create("customer", {"name": "华信科技"})
    dialog = ContractDialog(workspace, None, customer_id=customer["id"])
    qtbot.addWidget(dialog)
    assert dialog.values()["number"].startswith("HT-")
    combo = dialog.lines.cellWidget(0, PRODUCT)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(product["id"]))
    price = dialog.lines.cellWidget(0, PRICE)
    assert isinstance(price, AmountField) and price.field_value() == Decimal("38000.00")
    quantity = dialog.lines.cellWidget(0, QUANTITY)
    discount = dialog.lines.cellWidget(0, DISCOUNT)
    assert isinstance(quantity, QDoubleSpinBox) and isinstance(discount, QDoubleSpinBox)
    quantity.setValue(2)
    discount.setValue(10)  # per cent
    assert dialog.lines.item(0, TOTAL).text() == "CNY 68,400"
    row = dialog.add_line()
    dialog.lines.item(row, 1).setText("安装服务")
    dialog._widget(row, PRICE, AmountField).set_field_value("1600.50")
    assert dialog.total.text() == "Contract total: CNY 70,000.50"

    dialog.save()
    settle()
    assert dialog.result() == ContractDialog.DialogCode.Accepted
    [contract] = workspace.commerce.contracts(customer["id"])
    assert contract.total == Decimal("70000.50") and contract.outstanding == Decimal("70000.50")
    lines = workspace.commerce.lines(contract.id)
    assert [(line.product_id, line.discount) for line in lines] == [
        (product["id"], Decimal("0.1000")),
        (None, Decimal("0.0000")),
    ]


def test_problems_are_shown_in_the_form_and_nothing_is_written(qtbot, records):
    workspace = _manager(records)
    customer = records.create("customer", {"name": "华信科技"})
    dialog = ContractDialog(workspace, None, customer_id=customer["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    number = dialog.inputs["number"]
    number.setText("")  # type: ignore[attr-defined]
    dialog.save()  # a line with neither product nor description, and no number
    settle()
    assert dialog.field_errors["number"].text() == "This field is required."
    assert dialog.error.text() == "Line 1: Choose a product or describe the line."
    assert workspace.commerce.contracts() == [] and dialog.isVisible()


def test_an_existing_contract_keeps_its_lines_and_customer(qtbot, records):
    workspace = _manager(records)
    customer = records.create("customer", {"name": "华信科技"})
    from app.commerce import LineDraft

    saved = workspace.commerce.save_contract(
        None,
        {"customer_id": customer["id"], "number": "HT-9"},
        [LineDraft(None, Decimal(3), Decimal("10.00"), description="耗材")],
    )
    dialog = ContractDialog(workspace, saved["id"])
    qtbot.addWidget(dialog)
    assert not dialog.picker().isEnabled()
    assert dialog.total.text() == "Contract total: CNY 30 · paid CNY 0 · outstanding CNY 30"
    dialog.lines.selectRow(0)
    dialog.remove_line()
    dialog.add_line()
    dialog.lines.item(0, 1).setText("新耗材")
    dialog._widget(0, PRICE, AmountField).set_field_value("5")
    dialog.save()
    settle()
    [line] = workspace.commerce.lines(saved["id"])
    assert (line.description, line.unit_price) == ("新耗材", Decimal("5.00"))


def test_a_payment_proposes_what_is_outstanding(qtbot, records):
    workspace = _manager(records)
    customer = records.create("customer", {"name": "华信科技"})
    from app.commerce import LineDraft

    contract = workspace.commerce.save_contract(
        None,
        {"customer_id": customer["id"], "number": "HT-10", "status": "active"},
        [LineDraft(None, Decimal(1), Decimal("1200.00"), description="服务")],
    )
    workspace.commerce.record_payment(
        None, {"contract_id": contract["id"], "received_on": "2026-01-05", "amount": "200"}
    )
    dialog = PaymentDialog(workspace, None, customer_id=customer["id"], contract_id=contract["id"])
    qtbot.addWidget(dialog)
    assert dialog.field("amount", AmountField).field_value() == Decimal("1000.00")
    assert dialog.balance.text() == "Total CNY 1,200 · paid CNY 200 · outstanding CNY 1,000"
    dialog.save()
    settle()
    assert workspace.commerce.summary(contract["id"]).outstanding == Decimal(0)


def test_reps_see_a_product_read_only(qtbot, records):
    manager = _manager(records)
    product = _catalogue(manager)
    rep = workspace_for(records)  # role rep
    dialog = ProductDialog(rep, product["id"])
    qtbot.addWidget(dialog)
    assert dialog.read_only and not dialog.inputs["list_price"].isEnabled()
    editable = ProductDialog(manager, product["id"])
    qtbot.addWidget(editable)
    assert not editable.read_only


def test_winning_an_opportunity_offers_its_contract_prefilled(qtbot, records, tmp_path):
    workspace = _manager(records)
    customer = records.create("customer", {"name": "华信科技"})
    opportunity = records.create(
        "opportunity",
        {"customer_id": customer["id"], "title": "机房扩容", "amount": "120000", "stage": "won"},
    )
    editors = Editors(workspace)
    editors.offer_contract(opportunity["id"])
    box = editors.offered
    assert isinstance(box, QMessageBox) and "机房扩容" in box.text()
    create = next(b for b in box.buttons() if b.text() == "Create contract")
    create.click()
    dialogs = [
        w
        for w in qtbot_dialogs()
        if isinstance(w, ContractDialog) and w.isVisible() and w.row_id is None
    ]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.values()["opportunity_id"] == opportunity["id"]
    assert dialog.total.text() == "Contract total: CNY 120,000"
    dialog.save()
    settle()
    assert not workspace.commerce.won_without_contract(opportunity["id"])
    editors.offered = None
    editors.offer_contract(opportunity["id"])  # it has one now: nothing is offered
    assert editors.offered is None


def qtbot_dialogs() -> list:
    from PySide6.QtWidgets import QApplication

    return QApplication.topLevelWidgets()
