"""The client's house (issue 15): rounds refresh only what they touched and keep the user's
place; writes leave the event loop turning; a saved edit is sent within seconds."""

import sqlite3
import time
from itertools import pairwise

import pytest
from PySide6.QtCore import QTimer

from app.workspace import Workspace
from server.sync.versions import next_version
from sync.protocol.entities import Customer
from tests.support.clients import connect
from ui import settings
from ui.customer_dialog import CustomerDialog
from ui.main_window import MainWindow

from .ops import settle
from .typing import type_text

ON_SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def book(server, make_account, tmp_path):
    """A rep with 300 customers, synced, and a window on them showing the Customers page."""
    user = make_account()
    client = connect(server.url, user.username, user.password, tmp_path / "ui.sqlite3")
    for n in range(300):
        client.records.create("customer", {"name": f"客户{n:03d}", "city": "上海"})
    client.sync()
    yield client
    client.close()


def _window(qtbot, client, account) -> MainWindow:
    window = MainWindow(Workspace(account, client.records, client.engine))
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    window.show_customers()
    window.sync_timer.stop()  # rounds run when the test says
    return window


def _round(qtbot, window: MainWindow) -> None:
    window.sync_now()
    qtbot.waitUntil(lambda: not window._syncing, timeout=20_000)
    settle()  # the list reads its ids on the query lane


def _server_edit(server_db, row_id: str, **values) -> None:
    with server_db.transaction() as session:
        customer = session.get(Customer, row_id)
        for key, value in values.items():
            setattr(customer, key, value)
        customer.version = next_version(session)


@ON_SQLITE
def test_rounds_keep_selection_and_scroll_and_repaint_only_what_changed(
    qtbot, book, server_db, account
):
    window = _window(qtbot, book, account)
    page, model = window.customers, window.customers.model
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    page.table.selectRow(150)
    page.table.scrollTo(model.index(150, 0))
    chosen, scrolled = page.current_id(), page.table.verticalScrollBar().value()
    assert chosen is not None and scrolled > 0

    _round(qtbot, window)  # nothing new on the server
    assert window.sync_label.text().startswith("Synced at")
    book.api.base_url, online = "http://127.0.0.1:9", book.api.base_url
    _round(qtbot, window)  # offline
    assert window.sync_label.text().startswith("Offline")
    book.api.base_url = online
    assert resets == []  # neither round re-read the list

    other = model.id_at(3)
    _server_edit(server_db, other, city="杭州")
    _round(qtbot, window)
    assert model.data(model.index(3, 3)) == "杭州"  # the changed row shows its new value
    assert resets == []  # same customers in the same order: repainted, not reset
    _server_edit(server_db, other, name="客户150a")  # now it moves to row 150
    _round(qtbot, window)
    assert model.data(model.index(150, 0)) == "客户150a" and len(resets) == 1
    assert page.current_id() == chosen  # put back by id after the reset
    assert [model.id_at(i.row()) for i in page.table.selectionModel().selectedRows()] == [chosen]
    assert abs(page.table.verticalScrollBar().value() - scrolled) <= 1

    window.open_customer(chosen)
    _server_edit(server_db, other, city="苏州")
    _round(qtbot, window)
    assert window.pages.currentWidget() is window.customer_view
    assert window.customer_view.customer_id == chosen
    window.close()


def test_a_save_while_a_download_holds_the_replica_keeps_the_window_turning(
    qtbot, workspace, account
):
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    dialog = window.editors.new_customer()
    assert isinstance(dialog, CustomerDialog)
    type_text(dialog.inputs["name"], "张伟")

    other = sqlite3.connect(account.replica, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # as a download's commit of many pages does
    QTimer.singleShot(1000, other.rollback)
    beats: list[float] = []
    heartbeat = QTimer(interval=10)
    heartbeat.timeout.connect(lambda: beats.append(time.monotonic()))
    heartbeat.start()
    started = time.monotonic()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    heartbeat.stop()
    other.close()

    assert time.monotonic() - started >= 0.9  # it did wait for the other writer
    gaps = [later - earlier for earlier, later in pairwise(beats)]
    assert max(gaps) < 0.1, f"the event loop stalled for {max(gaps):.2f} s"
    settle()
    assert [row["name"] for row in workspace.records.find("customer")] == ["张伟"]
    assert window.customers.model.rowCount() == 1 or not window.customers.isVisible()
    window.close()


@ON_SQLITE
def test_a_saved_edit_reaches_the_server_within_seconds_without_f5_or_timer(
    qtbot, book, server_db, account
):
    settings.SYNC_INTERVAL.set(600)  # the timer would take ten minutes
    window = _window(qtbot, book, account)
    row_id = window.customers.model.id_at(0)
    dialog = window.editors.edit_customer(row_id)
    dialog.inputs["city"].setText("杭州")
    started = time.monotonic()
    dialog.save()

    def on_server() -> bool:
        with server_db.transaction() as session:
            return session.get(Customer, row_id).city == "杭州"

    qtbot.waitUntil(on_server, timeout=3_000)
    assert time.monotonic() - started < 3
    qtbot.waitUntil(lambda: window.pending_label.text() == "0 changes waiting to sync")
    assert window.sync_timer.remainingTime() > 60_000  # no tick did it
    window.close()
