"""The workbench flows: Ctrl+K search, the single customer view, logging an interaction,
conflicts shown in History and restored with one click, and the Sync screen."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.workspace import Workspace
from tests.support.clients import connect
from tests.ui.ops import activate, settle
from tests.ui.today_lines import lines, said
from tests.ui.typing import type_text
from ui import theme
from ui.interaction_dialog import InteractionDialog
from ui.main_window import MainWindow
from ui.search_dialog import SearchDialog
from ui.task_dialog import TaskDialog


@pytest.fixture
def window(qtbot, account, records):
    main = MainWindow(Workspace(account, records))
    qtbot.addWidget(main)
    main.show()
    return main


def _book(records):
    zhang = records.create("customer", {"name": "张伟", "phones": ["138-0013-8000"]})
    records.create("customer", {"name": "李娜", "phones": ["139-2222-3333"]})
    return zhang


def _search(qtbot, window, text: str, *, ascii_only: bool) -> SearchDialog:
    window.search_action.trigger()  # Ctrl+K
    dialog = window.findChild(SearchDialog)
    assert dialog is not None and dialog.isVisible()
    if ascii_only:
        qtbot.keyClicks(dialog.query, text)
    else:
        type_text(dialog.query, text)
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=2000)
    return dialog


@pytest.mark.parametrize(
    ("query", "ascii_only"), [("张伟", False), ("zhangwei", True), ("0013", True)]
)
def test_ctrl_k_finds_zhang_wei_and_enter_opens_him(qtbot, window, records, query, ascii_only):
    zhang = _book(records)
    window.customers.refresh()
    dialog = _search(qtbot, window, query, ascii_only=ascii_only)
    assert "张伟" in dialog.results.item(0).text()
    assert all("李娜" not in dialog.results.item(i).text() for i in range(dialog.results.count()))
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.customer_view
    assert window.customer_view.customer_id == zhang["id"]
    assert window.customer_view.name.text() == "张伟"


def test_search_says_when_nothing_matches(qtbot, window, records):
    _book(records)
    window.search_action.trigger()
    dialog = window.findChild(SearchDialog)
    qtbot.keyClicks(dialog.query, "xyzzy")
    qtbot.waitUntil(lambda: dialog.hint.text().startswith("Nothing found"), timeout=2000)
    assert dialog.results.count() == 0


def test_enter_in_the_list_opens_the_customer_view_and_esc_goes_back(qtbot, window, records):
    _book(records)
    window.customers.refresh()
    window.show_customers()
    table = window.customers.table
    activate(window)
    table.setFocus()
    table.setCurrentIndex(window.customers.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    view = window.customer_view
    assert window.pages.currentWidget() is view
    assert view.name.text() == "李娜"  # the first row: names sort by pinyin (li < zhang)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.customers


def test_ctrl_l_logs_an_interaction_that_shows_in_the_timeline(qtbot, window, records):
    zhang = _book(records)
    window.open_customer(zhang["id"])
    assert window.customer_view.tabs.tabText(0) == "Timeline (0)"
    before = records.pending_count()
    window.log_action.trigger()  # Ctrl+L
    dialog = window.findChild(InteractionDialog)
    assert dialog is not None and dialog.windowTitle() == "Log interaction with 张伟"
    dialog.inputs["kind"].setCurrentIndex(dialog.inputs["kind"].findData("call"))
    type_text(dialog.inputs["subject"], "回访电话")
    qtbot.keyClicks(dialog.inputs["next_step_due"].text, "not a date")
    dialog.save()
    assert dialog.errors["next_step_due"].isVisible()  # inline message, nothing saved
    assert records.pending_count() == before
    dialog.inputs["next_step_due"].set_field_value("2026-12-01")
    with qtbot.waitSignal(dialog.accepted):  # written on the DB lane, then closed
        dialog.save()
    settle()
    timeline = window.customer_view.tables["timeline"]
    assert window.customer_view.tabs.tabText(0) == "Timeline (1)"
    assert [timeline.item(0, c).text() for c in (1, 2, 3)] == ["Interaction", "Call", "回访电话"]
    assert records.pending_count() == before + 1
    assert window.customer_view.fact_values["last_contact"].text() != "Never"


def test_conflict_from_a_colleague_shows_in_history_and_restore_wins_it_back(
    qtbot, server, make_account, tmp_path, account
):
    user = make_account()
    mine = connect(server.url, user.username, user.password, tmp_path / "mine.sqlite3")
    theirs = connect(server.url, user.username, user.password, tmp_path / "theirs.sqlite3")
    row = mine.records.create("customer", {"name": "张伟", "city": "上海"})
    mine.sync()
    theirs.sync()
    mine.records.update("customer", row["id"], {"city": "北京"})
    theirs.records.update("customer", row["id"], {"city": "深圳"})
    mine.sync()
    theirs.sync()  # later arrival: 深圳 wins, 北京 goes to the conflict log
    mine.sync()
    assert mine.records.get("customer", row["id"])["city"] == "深圳"

    window = MainWindow(Workspace(account, mine.records, mine.engine))
    qtbot.addWidget(window)
    window.show()
    window.update_status()
    assert window.conflict_label.text() == "1 conflict"
    window.open_customer(row["id"])
    view = window.customer_view
    history = view.tables["history"]
    assert view.tabs.tabText(list(view.tables).index("history")) == "History (1)"
    assert [history.item(0, c).text() for c in (1, 2, 3, 4)] == [
        "Customer",
        "City",
        "北京",
        "深圳",
    ]
    assert not view.restore_button.isEnabled()
    history.selectRow(0)
    assert view.restore_button.isEnabled()
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    settle()
    assert mine.records.get("customer", row["id"])["city"] == "北京"
    assert view.fact_values["city"].text() == "北京"
    assert view.restore_note.text().startswith("Restored City")
    mine.sync()
    theirs.sync()
    assert theirs.records.get("customer", row["id"])["city"] == "北京"  # reached the colleague
    window.close()
    mine.close()
    theirs.close()


def test_today_lists_due_work_and_opens_the_customer(qtbot, window, records):
    from datetime import UTC, datetime, timedelta

    zhang = _book(records)
    late = datetime.now(UTC) - timedelta(days=2)
    records.create("task", {"customer_id": zhang["id"], "title": "寄送合同", "due_at": late})
    window.show_customers()
    today = window.today
    with qtbot.waitSignal(today.loaded, timeout=5000):
        window.nav.setCurrentRow(0)  # back to Today: it reads the replica again, off-thread
    assert window.pages.currentWidget() is today
    assert today.groups["due"].header.text() == "Today · 1"
    [line] = lines(today, "due")
    when, what, customer = said(line)
    assert when.startswith("Overdue · ") and (what, customer) == ("寄送合同", "张伟")
    assert line.moment.palette().color(line.moment.foregroundRole()) == theme.colour("error")
    assert today.groups["birthdays"].empty.text() == "No birthdays this week."
    line.buttons["open"].click()  # the task itself
    form = window.findChild(TaskDialog)
    assert form is not None and form.inputs["title"].text() == "寄送合同"
    form.reject()
    qtbot.mouseClick(line.customer_label, Qt.MouseButton.LeftButton)  # its customer
    assert window.pages.currentWidget() is window.customer_view
    assert window.customer_view.customer_id == zhang["id"]


def test_sync_screen_explains_pending_changes_and_rounds(
    qtbot, server, make_account, tmp_path, account
):
    user = make_account()
    client = connect(server.url, user.username, user.password, tmp_path / "ui.sqlite3")
    window = MainWindow(Workspace(account, client.records, client.engine))
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(window.nav_pages.index(window.sync_page))
    page = window.sync_page
    assert window.pages.currentWidget() is page
    row = client.records.create("customer", {"name": "张伟"})
    client.records.update("customer", row["id"], {"city": "杭州"})
    page.refresh()
    assert page.tabs.tabText(1) == "Waiting to sync (2)"
    lines = [page.lists["pending"].item(i).text() for i in range(2)]
    assert lines[0].endswith("New customer 张伟")
    assert lines[1].endswith("Edit of customer 张伟: City")
    assert page.lists["history"].item(0).text() == "No sync yet on this computer."
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.rounds), timeout=10_000)
    assert page.rounds[0].ok and page.rounds[0].pushed == 2
    assert "Sent 2 changes" in page.lists["history"].item(0).text()
    assert page.tabs.tabText(1) == "Waiting to sync (0)"
    assert page.lists["pending"].item(0).text().startswith("Nothing waiting")
    window.close()
    QApplication.processEvents()
    restarted = MainWindow(Workspace(account, client.records, client.engine))  # same replica
    qtbot.addWidget(restarted)
    restarted.sync_page.refresh()
    assert "Sent 2 changes" in restarted.sync_page.lists["history"].item(0).text()
    restarted.close()
    client.close()
