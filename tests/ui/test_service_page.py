"""The Service screen: overdue requests in red on top, escalate / reassign / resolve from the
page (stored in the replica and queued for sync), and the colleague list from the server."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.account import Accounts
from app.directory import PEOPLE
from app.records import Records
from app.replica import Replica
from app.service_desk import QueueFilter
from app.syncing import engine_for
from sync.protocol.enums import Role
from tests.ui.typing import type_text
from ui import theme
from ui.service_dialogs import ReassignDialog, ResolveDialog
from ui.service_page import OVERDUE, OVERDUE_ROW, ServicePage
from ui.service_request_dialog import ServiceRequestDialog

from .conftest import workspace_for
from .ops import settle

NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)
WANG = {
    "id": "00000000-0000-4000-8000-0000000000a7",
    "username": "wangfang",
    "display_name": "王芳",
    "role": "rep",
    "branch_name": "Shanghai",
}


def _page(qtbot, records: Records) -> ServicePage:
    page = ServicePage(workspace_for(records))
    qtbot.addWidget(page)
    page.show()
    QApplication.setActiveWindow(page)  # shortcuts need an active window; offscreen has no WM
    page.refresh(NOW)
    return page


def _request(records, subject, due_hours, **values):
    customer = records.create("customer", {"name": values.pop("customer", "张伟")})
    body = {
        "customer_id": customer["id"],
        "subject": subject,
        "sla_due_at": NOW + timedelta(hours=due_hours),
        **values,
    }
    return records.create("service_request", body)


def _cell(page: ServicePage, row: int, column: str, role=Qt.ItemDataRole.DisplayRole):
    model = page.model
    return model.data(model.index(row, model.COLUMNS.index(column)), role)


def test_overdue_request_is_on_top_and_highlighted(qtbot, records):
    _request(records, "Quote question", 5)
    _request(records, "Broken pump", -3, priority="urgent", customer="李娜")
    page = _page(qtbot, records)
    assert page.stack.currentWidget() is page.table
    assert _cell(page, 0, "subject") == "Broken pump"
    assert _cell(page, 0, "customer") == "李娜"
    assert _cell(page, 0, "priority") == "Urgent"
    assert _cell(page, 0, "sla") == "overdue 3 h"
    assert _cell(page, 0, "sla", Qt.ItemDataRole.ForegroundRole).color() == theme.colour(OVERDUE)
    assert _cell(page, 0, "subject", Qt.ItemDataRole.BackgroundRole).color() == theme.colour(
        OVERDUE_ROW
    )
    assert _cell(page, 1, "sla") == "in 5 h"
    assert _cell(page, 1, "subject", Qt.ItemDataRole.BackgroundRole) is None
    assert page.count.text() == "2 requests"
    assert page.overdue.text() == "1 overdue"


def test_empty_states_say_what_is_missing(qtbot, records):
    page = _page(qtbot, records)
    assert page.stack.currentWidget() is page.empty
    assert "No open service requests" in page.empty.text()
    _request(records, "Somebody else's", 4)
    qtbot.keyClick(page.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Mine
    assert page.filter_buttons[QueueFilter.MINE].isChecked()
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text() == "Nothing is assigned to you right now."
    page.filter_buttons[QueueFilter.ALL].click()
    assert page.stack.currentWidget() is page.table
    assert _cell(page, 0, "subject") == "Somebody else's"


def test_the_table_model_is_well_behaved(qtmodeltester, qtbot, records):
    _request(records, "Broken pump", -3)
    _request(records, "Quote question", 5, escalation_level=2)
    page = _page(qtbot, records)
    qtmodeltester.check(page.model)


def test_escalate_button_raises_level_and_status_in_the_replica(qtbot, records):
    request = _request(records, "Broken pump", 2, status="in_progress")
    page = _page(qtbot, records)
    qtbot.mouseClick(page.escalate_button, Qt.MouseButton.LeftButton)
    settle()
    row = records.get("service_request", request["id"])
    assert (row["escalation_level"], row["status"]) == (1, "escalated")
    assert (_cell(page, 0, "escalation"), _cell(page, 0, "status")) == ("1", "Escalated")
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert records.get("service_request", request["id"])["escalation_level"] == 2
    assert records.pending_count() == 4  # customer, request and two escalations, all to sync
    records.update("service_request", request["id"], {"escalation_level": 5})
    page.refresh(NOW)
    assert not page.escalate_button.isEnabled()  # level 5 is the top


def test_reassign_dialog_offers_the_directory_and_stores_the_choice(qtbot, records):
    records.replica.set_meta(PEOPLE, [WANG])
    request = _request(records, "Repair", 6)
    page = _page(qtbot, records)
    assert _cell(page, 0, "assignee") == "Unassigned"
    dialog = page.reassign()
    assert isinstance(dialog, ReassignDialog) and dialog.isVisible()
    dialog.people.setCurrentIndex(dialog.people.findData(WANG["id"]))
    assert dialog.people.currentText() == "王芳 (wangfang)"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle()
    assert records.get("service_request", request["id"])["assignee_id"] == WANG["id"]
    assert _cell(page, 0, "assignee") == "王芳"


def test_reassign_says_the_list_comes_with_a_sync_when_it_is_empty(qtbot, records):
    _request(records, "Repair", 6)
    page = _page(qtbot, records)
    dialog = page.reassign()
    assert "Sync once while online" in dialog.note.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_resolve_needs_a_resolution_then_leaves_the_open_queue(qtbot, records):
    request = _request(records, "Invoice wrong", 1)
    page = _page(qtbot, records)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # Resolve…
    dialog = page.findChild(ResolveDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle()
    assert dialog.error.text() == "This field is required."
    assert records.get("service_request", request["id"])["status"] == "new"
    type_text(dialog.resolution, "已重开发票")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle()
    row = records.get("service_request", request["id"])
    assert (row["status"], row["resolution"]) == ("resolved", "已重开发票")
    assert page.stack.currentWidget() is page.empty


def test_enter_and_double_click_open_the_request_and_ctrl_o_its_customer(qtbot, records):
    request = _request(records, "Repair", 6)
    page = _page(qtbot, records)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form = page.findChild(ServiceRequestDialog)
    assert form is not None and form.row_id == request["id"]
    assert form.inputs["subject"].text() == "Repair"
    form.reject()
    settle()
    center = page.table.visualRect(page.model.index(0, 0)).center()
    viewport = page.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=center)
    forms = [f for f in page.findChildren(ServiceRequestDialog) if f.isVisible()]
    assert [f.row_id for f in forms] == [request["id"]]
    forms[0].reject()
    with qtbot.waitSignal(page.opened) as opened:
        page.customer_button.click()
    assert opened.args == [request["customer_id"]]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_after_a_sync_the_reassign_list_holds_the_colleagues_of_the_branch(
    qtbot, server, make_account, tmp_path
):
    branch = f"Branch {uuid.uuid4().hex[:8]}"
    me, colleague = make_account(Role.REP, branch), make_account(Role.REP, branch)
    stranger = make_account(Role.REP, f"Other {branch}")
    accounts = Accounts(tmp_path / "data")
    account = accounts.sign_in(server.url, me.username, me.password)
    replica = Replica(account.replica)
    records = Records(replica, account.user_id)
    engine = engine_for(account, replica, accounts)
    engine.sync_now()
    _request(records, "Repair", 6)
    page = _page(qtbot, records)
    dialog = page.reassign()
    offered = {dialog.people.itemData(i) for i in range(dialog.people.count())}
    assert {me.id, colleague.id} <= offered
    assert stranger.id not in offered
    dialog.reject()
    engine.api.close()
    replica.close()
