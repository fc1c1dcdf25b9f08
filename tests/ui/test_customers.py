"""The customers screen: create offline, inline validation, pending count, sorting."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.workspace import Workspace
from ui.customer_dialog import CustomerDialog
from ui.customers import CustomerTableModel
from ui.editors import Editors
from ui.main_window import MainWindow

from .ops import settle
from .typing import type_text


def save(dialog):
    """Press Save and wait for the write (it runs on the DB lane) and its change notice."""
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    settle()


def test_new_customer_appears_with_one_pending_change(qtbot, account, records):
    window = MainWindow(Workspace(account, records))
    qtbot.addWidget(window)
    window.show()
    window.show_customers()
    assert window.customers.stack.currentWidget() is window.customers.empty
    assert window.pending_label.text() == "0 changes waiting to sync"

    window.customers.new_customer()
    dialog = window.findChild(CustomerDialog)
    type_text(dialog.inputs["name"], "张伟")
    type_text(dialog.inputs["phones"], "138 0013 8000")
    save(dialog)
    model = window.customers.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "张伟"
    assert model.data(model.index(0, 4)) == "138 0013 8000"
    assert window.customers.stack.currentWidget() is window.customers.table
    assert window.pending_label.text() == "1 change waiting to sync"


def test_invalid_fields_are_explained_inline_and_nothing_is_saved(qtbot, records, workspace):
    dialog = CustomerDialog(workspace, None)
    qtbot.addWidget(dialog)
    type_text(dialog.inputs["email"], "not-an-email")
    type_text(dialog.inputs["phones"], "call me maybe")
    save(dialog)
    assert dialog.result() == 0
    assert dialog.errors["name"].text() == "This field is required."
    assert dialog.errors["email"].text() == "Not a valid e-mail address."
    assert dialog.errors["phones"].text() == "Not a valid phone number."
    assert dialog.errors["city"].isHidden()
    assert records.pending_count() == 0 and records.find("customer") == []


def test_editing_keeps_other_fields_and_records_one_change(qtbot, records, workspace):
    row = records.create("customer", {"name": "Acme", "city": "上海", "tier": "major"})
    dialog = CustomerDialog(workspace, row["id"])
    qtbot.addWidget(dialog)
    assert dialog.inputs["city"].text() == "上海"
    assert dialog.inputs["tier"].currentData() == "major"
    dialog.inputs["tier"].setCurrentIndex(dialog.inputs["tier"].findData("premium"))
    save(dialog)
    assert dialog.result() == 1
    updated = records.get("customer", row["id"])
    assert (updated["tier"], updated["city"]) == ("premium", "上海")
    assert records.pending_count() == 2


def test_customer_model_passes_the_model_tester_and_sorts(qtmodeltester, records, workspace):
    for name, city in [("Bob", "北京"), ("Alice", "深圳"), ("Carol", "上海")]:
        records.create("customer", {"name": name, "city": city})
    model = CustomerTableModel(workspace)
    model.reload()  # what the view's first sort (or a refresh) does
    qtmodeltester.check(model)
    names = [model.data(model.index(r, 0)) for r in range(3)]
    assert names == ["Alice", "Bob", "Carol"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["Carol", "Bob", "Alice"]
    assert model.data(model.index(0, 1)) == "Ordinary"


@pytest.mark.qt_log_ignore("This plugin does not support")  # the popup, offscreen
def test_filters_narrow_the_list_count_it_and_clear_with_the_keyboard(qtbot, records, workspace):
    from ui.customers import CustomersPage

    records.create("customer", {"name": "王芳", "tier": "premium", "city": "上海", "tags": ["VIP"]})
    records.create("customer", {"name": "李娜", "tier": "ordinary", "city": "上海"})
    records.create("customer", {"name": "赵磊", "tier": "premium", "city": "北京"})
    page = CustomersPage(workspace, Editors(workspace))
    qtbot.addWidget(page)
    page.show()
    QApplication.setActiveWindow(page)  # shortcuts need an active window; offscreen has no WM
    bar, model = page.filters, page.model
    assert bar.count.text() == "3 customers"
    assert not bar.clear_button.isEnabled()

    bar.choose("tier", "premium")
    assert sorted(model.data(model.index(r, 0)) for r in range(model.rowCount())) == [
        "王芳",
        "赵磊",
    ]
    city = bar.combos["city"]
    city.showPopup()  # choices are read when the list opens, in pinyin order
    city.hidePopup()
    assert [city.itemText(i) for i in range(city.count())] == ["All cities", "北京", "上海"]
    bar.choose("city", "上海")
    assert model.rowCount() == 1 and model.data(model.index(0, 0)) == "王芳"
    assert bar.count.text() == "1 of 3 customers"

    bar.choose("tag", "VIP")
    bar.choose("city", "北京")
    assert model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty
    assert "No customers match these filters" in page.empty.text()

    qtbot.keyClick(bar.combos["city"], Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert model.rowCount() == 3 and bar.count.text() == "3 customers"
    assert bar.combos["tier"].currentText() == "All tiers"
    assert page.stack.currentWidget() is page.table


def test_a_filter_survives_a_refresh_after_sync_and_follows_new_data(qtbot, records, workspace):
    from ui.customers import CustomersPage

    records.create("customer", {"name": "王芳", "city": "上海"})
    page = CustomersPage(workspace, Editors(workspace))
    qtbot.addWidget(page)
    page.filters.choose("city", "上海")
    records.create("customer", {"name": "周杰", "city": "上海"})
    records.create("customer", {"name": "孙丽", "city": "广州"})
    page.refresh()  # what the window does after a sync round
    assert page.model.rowCount() == 2
    assert page.filters.combos["city"].currentText() == "上海"


def test_ctrl_n_on_the_list_opens_a_new_customer(qtbot, account, records):
    window = MainWindow(Workspace(account, records))
    qtbot.addWidget(window)
    window.show()
    window.show_customers()
    QApplication.setActiveWindow(window)  # shortcuts need an active window; offscreen has none
    qtbot.keyClick(window.customers.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(CustomerDialog)
    assert dialog is not None and dialog.isVisible()
