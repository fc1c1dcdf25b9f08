"""The window syncs in the background: pending count, status line, server edits appearing."""

import pytest

from app.workspace import Workspace
from sync.protocol.entities import Customer
from tests.support.clients import connect
from ui.main_window import MainWindow

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def test_offline_edit_syncs_and_server_edits_appear(
    qtbot, server, make_account, server_db, tmp_path, account
):
    user = make_account()
    client = connect(server.url, user.username, user.password, tmp_path / "ui.sqlite3")
    window = MainWindow(Workspace(account, client.records, client.engine))
    qtbot.addWidget(window)
    window.show()
    window.show_customers()
    assert window.sync_label.text() == "Not synced yet"

    row = client.records.create("customer", {"name": "张伟"})
    window.update_status()
    assert window.pending_label.text() == "1 change waiting to sync"
    window.sync_now()
    assert window.sync_label.text() == "Syncing…"
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Synced at"), timeout=10_000)
    assert window.pending_label.text() == "0 changes waiting to sync"

    with server_db.transaction() as session:
        session.get(Customer, row["id"]).city = "杭州"
        from server.sync.versions import next_version

        session.get(Customer, row["id"]).version = next_version(session)
    window.sync_now()
    qtbot.waitUntil(
        lambda: window.customers.model.data(window.customers.model.index(0, 3)) == "杭州",
        timeout=10_000,
    )
    window.close()
    client.close()


def test_unreachable_server_is_shown_as_offline(qtbot, server, make_account, tmp_path, account):
    user = make_account()
    client = connect(server.url, user.username, user.password, tmp_path / "ui.sqlite3")
    client.api.base_url = "http://127.0.0.1:9"
    window = MainWindow(Workspace(account, client.records, client.engine))
    qtbot.addWidget(window)
    window.sync_now()
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Offline"), timeout=10_000)
    assert window.sync_timer.isActive() and window.sync_timer.interval() <= 30_000
    window.close()
    client.close()
