"""What a user sees when their account is closed, when customers are handed to them, and
when they are an administrator (no replica). Real server over HTTP, real replica files."""

import uuid

import pytest
from PySide6.QtWidgets import QMessageBox

from app.account import Accounts
from app.credentials import CredentialStore
from app.replica import Replica
from app.syncing import AppSyncEngine, engine_for
from app.workspace import Workspace
from server.customers.service import Selection, reassign
from server.models import User
from server.staff.offboarding import offboard
from server.users.service import create_user
from sync.protocol.enums import Role
from tests.conftest import PASSWORD
from tests.ui.ops import settle
from ui import main as entry
from ui.main_window import MainWindow

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def _user(server_db, role=Role.REP, branch="Departures") -> str:
    name = f"u{uuid.uuid4().hex[:8]}"
    with server_db.transaction() as session:
        create_user(session, username=name, password=PASSWORD, role=role, branch=branch)
    return name


def _window(qtbot, server, tmp_path, username):
    accounts = Accounts(tmp_path / username, CredentialStore())
    account = accounts.sign_in(server.url, username, PASSWORD)
    replica = Replica(account.replica)
    engine = engine_for(account, replica, accounts)
    window = MainWindow(Workspace.open(account, replica, engine))
    qtbot.addWidget(window)
    window.show()
    return window, accounts, account, replica, engine


def test_closed_account_hands_over_and_removes_the_data(
    qtbot, server, server_db, tmp_path, monkeypatch
):
    leaver, successor = _user(server_db), _user(server_db)
    window, accounts, account, replica, engine = _window(qtbot, server, tmp_path, leaver)
    window.records.create("customer", {"name": "离线客户"})  # never synced
    with server_db.transaction() as session:
        offboard(session, by=None, username=leaver, to_username=successor)

    window.sync_now()
    qtbot.waitUntil(lambda: window.departed, timeout=20_000)
    assert not window.isVisible()

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    assert entry._leave(accounts, account, replica, engine)
    assert "1 change not yet sent was handed to your manager" in shown[0]
    assert not account.replica.exists() and accounts.resume() is None


def test_new_owner_sees_what_arrived_until_dismissed(qtbot, server, server_db, tmp_path):
    giver, taker, manager = _user(server_db), _user(server_db), _user(server_db, Role.MANAGER)
    window_a, *_ = _window(qtbot, server, tmp_path, giver)
    for n in range(3):
        window_a.records.create("customer", {"name": f"客户{n}"})
    AppSyncEngine.sync_now(window_a.engine)
    window, *_rest = _window(qtbot, server, tmp_path, taker)
    window.sync_now()
    qtbot.waitUntil(lambda: not window._syncing, timeout=20_000)
    assert window.arrivals.isHidden()

    with server_db.transaction() as session:
        by = session.query(User).filter_by(username=manager).one()
        reassign(session, by=by, selection=Selection(owner=giver), to_username=taker, reason="调岗")
    window.sync_now()
    qtbot.waitUntil(lambda: window.arrivals.isVisible(), timeout=20_000)
    text = window.arrivals.text.text()
    assert f"3 customers from {giver} are now yours." in text
    assert f"Handed over by {manager}." in text and "Reason: 调岗" in text
    window.arrivals.dismiss_button.click()
    assert window.arrivals.isHidden()
    settle()
    assert window.workspace.arrivals.unseen() == []  # and it stays dismissed after a restart


def test_administrator_works_online_without_a_replica(qtbot, server, server_db, tmp_path):
    admin = _user(server_db, Role.ADMIN, branch=None)
    accounts = Accounts(tmp_path / admin, CredentialStore())
    account = accounts.sign_in(server.url, admin, PASSWORD)
    window = entry.admin_window(accounts, account)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.admin.people.proxy.rowCount() > 0, timeout=20_000)
    assert "works online" in window.mode_label.text()
    texts = [a.text() for a in window.file_menu.actions()]
    assert not any("customer" in t.lower() for t in texts)  # nothing that needs a replica
    assert not account.replica.exists() and not any(account.replica.parent.glob("*.sqlite3*"))
