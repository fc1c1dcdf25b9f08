"""Archive with Del, take it back with Undo, bring it back from "Show archived" (issue 16)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.archive import Archive
from app.workspace import Workspace
from sync.protocol.entities import Customer
from tests.support.clients import connect
from ui.main_window import MainWindow

from .ops import settle

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def rep(server, make_account, tmp_path):
    """A rep's laptop with two synced customers, and a second device of the same rep."""
    user = make_account()
    laptop = connect(server.url, user.username, user.password, tmp_path / "laptop.sqlite3")
    desktop = connect(server.url, user.username, user.password, tmp_path / "desktop.sqlite3")
    for name in ("Acme", "Bluestone"):
        laptop.records.create("customer", {"name": name})
    laptop.sync()
    desktop.sync()
    yield laptop, desktop
    laptop.close()
    desktop.close()


def _window(qtbot, client, account) -> MainWindow:
    window = MainWindow(Workspace(account, client.records, client.engine))
    qtbot.addWidget(window)
    window.show()
    window.show_customers()
    window.sync_timer.stop()
    window.push_timer.setInterval(60_000)  # the test syncs when it says
    QApplication.setActiveWindow(window)
    settle()
    return window


def _names(window: MainWindow) -> list[str]:
    model = window.customers.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_del_archives_and_undo_leaves_no_pending_change(qtbot, rep, account):
    laptop, _ = rep
    window = _window(qtbot, laptop, account)
    window.customers.table.selectRow(0)
    qtbot.keyClick(window.customers.table, Qt.Key.Key_Delete)
    settle()
    assert _names(window) == ["Bluestone"]
    assert window.undo_bar.isVisible() and window.undo_bar.text.text() == "Archived “Acme”."
    assert laptop.records.pending_count() == 1

    window.undo_bar.undo_button.click()
    settle()
    assert _names(window) == ["Acme", "Bluestone"]
    assert laptop.records.pending_count() == 0  # taken back before it was sent: no trace
    assert not window.undo_bar.isVisible()
    window.close()


def test_archive_sync_restore_sync_brings_it_back_everywhere(qtbot, rep, account, server_db):
    laptop, desktop = rep
    window = _window(qtbot, laptop, account)
    window.customers.table.selectAll()
    qtbot.keyClick(window.customers.table, Qt.Key.Key_Delete)
    settle()
    assert window.undo_bar.text.text() == "Archived 2 customers."
    assert window.customers.stack.currentWidget() is window.customers.empty
    acme = next(
        r for r in laptop.records.find("customer", include_deleted=True) if r["name"] == "Acme"
    )
    laptop.sync()
    desktop.sync()
    with server_db.transaction() as session:
        assert session.get(Customer, acme["id"]).deleted_at is not None
    assert desktop.records.find("customer") == []

    window.customers.filters.archived.setChecked(True)
    settle()
    assert sorted(_names(window)) == ["Acme", "Bluestone"]
    assert window.customers.restore_button.isVisible()
    window.customers.table.selectRow(0)
    window.customers.restore_button.click()
    settle()
    assert _names(window) == ["Bluestone"]  # still archived: the other one
    laptop.sync()
    desktop.sync()
    with server_db.transaction() as session:
        assert session.get(Customer, acme["id"]).deleted_at is None
    assert [r["name"] for r in desktop.records.find("customer")] == ["Acme"]
    window.close()


def test_an_undo_while_a_round_runs_is_sent_as_a_restore(rep):
    laptop, _ = rep
    archive = Archive(laptop.records, laptop.engine.between_rounds)
    [acme, _] = laptop.records.find("customer")
    done = archive.archive("customer", [acme["id"]])
    with laptop.engine.between_rounds() as idle:  # as if a round were sending the outbox
        assert idle
        assert archive.undo(done) == 0  # cannot take back what may be on its way
    assert laptop.records.get("customer", acme["id"])["deleted_at"] is None
    assert laptop.records.pending_count() == 2  # the archive and the restore both go out
    laptop.sync()
    assert laptop.records.get("customer", acme["id"])["deleted_at"] is None
