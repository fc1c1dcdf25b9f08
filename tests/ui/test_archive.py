"""Archive with Del, take it back with Undo, bring it back from "Show archived" (issue 16)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.archive import Archive
from app.workspace import Workspace
from sync.protocol.entities import Customer
from tests.support.clients import connect
from tests.ui.ops import activate
from ui.main_window import MainWindow

from .ops import settle

ON_SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


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
    activate(window)
    return window


def _names(window: MainWindow) -> list[str]:
    model = window.customers.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


@ON_SQLITE
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


@ON_SQLITE
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


@ON_SQLITE
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


def test_del_in_the_customer_view_pipeline_service_and_calendar(qtbot, account, records):
    window = MainWindow(Workspace(account, records))
    qtbot.addWidget(window)
    window.show()
    QApplication.setActiveWindow(window)
    acme = records.create("customer", {"name": "Acme"})
    contact = records.create("contact", {"customer_id": acme["id"], "name": "王芳"})
    deal = records.create(
        "opportunity", {"customer_id": acme["id"], "title": "ERP", "amount": "100"}
    )
    request = records.create("service_request", {"customer_id": acme["id"], "subject": "坏了"})

    window.open_customer(acme["id"])
    view = window.customer_view
    view.tabs.setCurrentIndex(list(view.tables).index("contact"))
    contacts = view.tables["contact"]
    contacts.setFocus()
    contacts.selectRow(0)
    qtbot.keyClick(contacts, Qt.Key.Key_Delete)
    settle()
    assert contacts.rowCount() == 0 and window.undo_bar.text.text() == "Archived “王芳”."
    archived = view.tables["archived"]
    assert archived.rowCount() == 1
    view.tabs.setCurrentIndex(list(view.tables).index("archived"))
    archived.selectRow(0)
    assert view.unarchive_button.isVisible() and view.unarchive_button.isEnabled()
    view.unarchive_button.click()
    settle()
    assert records.get("contact", contact["id"])["deleted_at"] is None
    assert archived.rowCount() == 0 and contacts.rowCount() == 1

    window.nav.setCurrentRow(window.nav_pages.index(window.pipeline))
    window.pipeline._select(deal["id"])
    window.pipeline.archive_action.trigger()
    settle()
    assert records.get("opportunity", deal["id"], include_deleted=True)["deleted_at"]

    window.nav.setCurrentRow(window.nav_pages.index(window.service))
    window.service.set_filter(window.service.which)
    window.service.table.selectRow(0)
    window.service.archive_current()
    settle()
    assert records.get("service_request", request["id"], include_deleted=True)["deleted_at"]
    window.undo_bar.undo_button.click()
    settle()
    assert records.get("service_request", request["id"])["deleted_at"] is None
    window.close()
