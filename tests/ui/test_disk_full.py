"""A full disk met by the real client, offscreen, on a small disk of its own (a tmpfs): a plain
message saying what to do, never a crash dialog or an uncaught OSError; no edit lost; syncing
resumes once there is space."""

import io
import sys

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from app.account import Accounts
from app.paths import data_dir
from app.replica import Replica
from app.syncing import engine_for
from app.workspace import Workspace
from sync.protocol.entities import Customer
from tests.conftest import PASSWORD
from tests.support.clients import connect
from tests.support.disks import small_disk  # noqa: F401 (a fixture)
from tests.support.entry import first_round_done, run_main
from tests.ui.ops import settle
from tests.ui.typing import type_text
from ui.login import LoginDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.slow
ON_SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
FULL = "The disk is full, so Outpost cannot save."


@pytest.fixture
def home_on_small_disk(small_disk, monkeypatch):  # noqa: F811
    monkeypatch.setenv("OUTPOST_HOME", str(small_disk.root / "home"))
    return small_disk


def _made_elsewhere(server, username: str, tmp_path, name: str) -> None:
    other = connect(server.url, username, PASSWORD, tmp_path / f"elsewhere-{name}.sqlite3")
    other.records.create("customer", {"name": name})
    other.sync()
    other.close()


def _names_on_server(server_db, user_id: str) -> set[str]:
    with server_db.transaction() as session:
        return set(session.scalars(select(Customer.name).where(Customer.owner_id == user_id)))


@ON_SQLITE
def test_a_first_start_on_a_full_disk_says_so(
    home_on_small_disk, qtbot, server, make_account, monkeypatch
):
    user = make_account()
    home_on_small_disk.fill()
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    monkeypatch.setattr(LoginDialog, "exec", lambda self: QDialog.DialogCode.Rejected)

    argv = ["--server", server.url, "--username", user.username, "--password-stdin"]
    run = run_main(monkeypatch, argv)

    assert run.code == 0  # the user closed the sign-in dialog that followed
    assert len(run.messages) == 1 and run.messages[0].startswith(FULL)


def test_a_first_start_that_cannot_even_make_its_folder_says_so(
    home_on_small_disk, qtbot, monkeypatch
):
    home_on_small_disk.fill(inodes=True)
    run = run_main(monkeypatch, ["--server", "http://127.0.0.1:9"])
    assert run.code == 1
    assert len(run.messages) == 1 and run.messages[0].startswith(FULL)


@ON_SQLITE
def test_no_room_for_the_replica_is_said_and_the_next_start_downloads(
    home_on_small_disk, qtbot, server, make_account, tmp_path, monkeypatch
):
    user = make_account()
    _made_elsewhere(server, user.username, tmp_path, "张伟")
    Accounts(data_dir()).sign_in(server.url, user.username, PASSWORD)
    home_on_small_disk.fill()

    full = run_main(monkeypatch)
    assert full.code == 1
    assert len(full.messages) == 1 and full.messages[0].startswith(FULL)

    home_on_small_disk.free()
    again = run_main(monkeypatch, look=lambda window: window.workspace.customers.total())
    assert again.code == 0 and again.seen == 1
    assert again.messages == []  # what the full disk left is a new replica, not damage


@ON_SQLITE
def test_an_edit_while_the_disk_is_full_is_kept_and_sent_once_there_is_room(
    home_on_small_disk, qtbot, server, server_db, make_account, tmp_path, monkeypatch
):
    boxes: list[str] = []  # a message box after every failed round would never end
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *_a: boxes.append(text))
    user = make_account()
    accounts = Accounts(data_dir())
    account = accounts.sign_in(server.url, user.username, PASSWORD)
    replica = Replica(account.replica)
    engine = engine_for(account, replica, accounts)
    window = MainWindow(Workspace.open(account, replica, engine))
    qtbot.addWidget(window)
    window.show()
    window.sync_now()
    qtbot.waitUntil(lambda: first_round_done(window), timeout=20_000)
    _made_elsewhere(server, user.username, tmp_path, "李娜")  # to download while full
    with replica.engine.connect() as conn:  # so that the next write needs new room
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    home_on_small_disk.fill()

    dialog = window.editors.new_customer()
    type_text(dialog.inputs["name"], "王芳")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.general_error.isVisible(), timeout=10_000)
    assert dialog.general_error.text().startswith(FULL)
    assert dialog.isVisible() and dialog.inputs["name"].text() == "王芳"  # nothing lost
    window.sync_now()
    qtbot.waitUntil(lambda: first_round_done(window), timeout=20_000)
    assert window.sync_label.text().startswith(FULL)
    settle()
    assert boxes == []  # the form and the status bar say it, in place

    home_on_small_disk.free()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    settle()
    window.sync_now()
    qtbot.waitUntil(lambda: first_round_done(window) and window._sync_error is None, timeout=20_000)
    assert {"王芳", "李娜"} <= _names_on_server(server_db, account.user_id)
    assert {row["name"] for row in window.records.find("customer")} == {"王芳", "李娜"}
    window.close()
    engine.api.close()
    replica.close()
