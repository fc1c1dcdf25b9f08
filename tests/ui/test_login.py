"""Signing in against a real server: success, and a plain message for each failure."""

import pytest

from app.account import Accounts
from server.users.service import deactivate_user
from tests.conftest import PASSWORD
from tests.support.servers import free_port
from ui import settings
from ui.login import LoginDialog

from .typing import type_text

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def dialog(qtbot, outpost_home, server):
    accounts = Accounts(outpost_home)
    widget = LoginDialog(accounts, server.url)
    qtbot.addWidget(widget)
    return widget


def sign_in(qtbot, dialog, username, password):
    dialog.username.setText(username)
    dialog.password.clear()
    type_text(dialog.password, password)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.server.isEnabled() or dialog.result() == 1, timeout=10_000)


def test_signing_in_remembers_server_and_user(qtbot, dialog, server, make_account):
    user = make_account()
    sign_in(qtbot, dialog, user.username, PASSWORD)
    assert dialog.result() == 1
    assert dialog.account is not None and dialog.account.user_id == user.id
    assert settings.SERVER_URL.get() == server.url
    assert settings.LAST_USERNAME.get() == user.username


def test_wrong_password_says_so_and_keeps_the_dialog_open(qtbot, dialog, make_account):
    user = make_account()
    sign_in(qtbot, dialog, user.username, "not it")
    assert dialog.status.text() == "Wrong username or password."
    assert dialog.result() == 0 and dialog.account is None
    assert dialog.password.selectedText() == "not it"


def test_disabled_account_is_explained(qtbot, dialog, make_account, server_db):
    user = make_account()
    with server_db.transaction() as session:
        deactivate_user(session, user.username)
    sign_in(qtbot, dialog, user.username, PASSWORD)
    assert dialog.status.text() == "This account is disabled. Contact your administrator."


def test_unreachable_server_is_explained(qtbot, dialog):
    dialog.server.setText(f"http://127.0.0.1:{free_port()}")
    sign_in(qtbot, dialog, "alice", "whatever")
    assert dialog.status.text().startswith("Cannot reach the server.")


def test_empty_fields_are_asked_for_without_a_request(qtbot, dialog):
    dialog.username.clear()
    dialog.submit()
    assert dialog.status.text() == "Enter the server address, your username and your password."
    assert dialog.server.isEnabled()


def test_a_one_time_password_asks_for_a_new_one_and_then_signs_in(
    qtbot, dialog, make_account, server_db
):
    """Issue 26, item 1: an administrator handed over a one-time password."""
    from server.models import User
    from server.security import hash_password
    from server.users.service import one_time_password

    user = make_account()
    one_time = one_time_password()
    with server_db.transaction() as session:
        row = session.get(User, user.id)
        row.password_hash, row.must_change_password = hash_password(one_time), True
    dialog.show()
    assert not dialog.new_password.isVisible()

    sign_in(qtbot, dialog, user.username, one_time)
    assert dialog.result() == 0 and dialog.new_password.isVisible()
    assert "Choose your own password" in dialog.status.text()

    type_text(dialog.new_password, "mine-and-long")
    type_text(dialog.repeat_password, "mine-and-lonG")
    dialog.submit()
    assert "differ" in dialog.status.text()  # checked here, no request
    type_text(dialog.repeat_password, "mine-and-long")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=10_000)
    assert dialog.account is not None and dialog.account.user_id == user.id
    with server_db.sessions() as session:
        assert session.get(User, user.id).must_change_password is False
