"""Administration without a terminal (issue 26, item 1), against a real server: an
administrator adds a person in Team › People, the person signs in with the one-time password
and must choose their own; the administrator resets it, deactivates and reactivates; every
step is in the audit log."""

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.account import Accounts
from server.models import AuditEntry, User
from sync.protocol.enums import Role
from tests.app.test_admin import Team
from tests.ui.test_admin_page import _page, _settle
from ui.admin_common import yes_button
from ui.admin_person import OneTimePasswordDialog, PersonDialog
from ui.login import LoginDialog

from .typing import type_text

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def team(server, server_db, tmp_path):
    made = Team(server.url, server_db, tmp_path)
    yield made
    made.close()


def _sign_in(qtbot, accounts, url, username, password, new_password=None) -> LoginDialog:
    dialog = LoginDialog(accounts, url)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText(username)
    type_text(dialog.password, password)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.server.isEnabled() or dialog.result() == 1, timeout=10_000)
    if new_password is not None:
        assert dialog.changing_password and dialog.result() == 0
        type_text(dialog.new_password, new_password)
        type_text(dialog.repeat_password, new_password)
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.result() == 1, timeout=10_000)
    return dialog


def _shown_password(qtbot, people, before=None) -> OneTimePasswordDialog:
    qtbot.waitUntil(
        lambda: isinstance(people.dialog, OneTimePasswordDialog) and people.dialog is not before,
        timeout=10_000,
    )
    shown = people.dialog
    assert isinstance(shown, OneTimePasswordDialog)
    return shown


def test_an_administrator_adds_resets_and_reactivates_a_person(
    qtbot, team, account, server, server_db, outpost_home
):
    admin = team.person(Role.ADMIN)
    team.person()  # the branch exists
    page = _page(qtbot, team, account, admin, "admin")
    people = page.people
    assert people.buttons["new"].isVisible()

    dialog = people.new_person()
    assert isinstance(dialog, PersonDialog)
    type_text(dialog.display_name, "周敏 Zhou Min")
    dialog.username.setText("zhou.min.ui")
    dialog.branch.setCurrentIndex(dialog.branch.findData(team.branch))
    dialog._ok()
    shown = _shown_password(qtbot, people)
    one_time = shown.password.text()
    assert (
        len(one_time) == 14 and "zhou.min.ui" in shown.findChildren(type(shown.password))[1].text()
    )
    shown.copy.click()
    assert QApplication.clipboard().text() == one_time
    shown.accept()
    first = shown
    _settle(qtbot, page)
    assert "zhou.min.ui" in [p.username for p in people.model.people]

    accounts = Accounts(outpost_home)
    login = _sign_in(qtbot, accounts, server.url, "zhou.min.ui", one_time, "zhou's own secret")
    assert login.account is not None and login.account.username == "zhou.min.ui"

    people.filter.setText("zhou.min.ui")
    people.select("zhou.min.ui")
    box = people.reset_password()
    assert "signed out on every computer" in box.text()
    yes_button(box).click()
    again = _shown_password(qtbot, people, before=first).password.text()
    assert again != one_time
    _sign_in(qtbot, accounts, server.url, "zhou.min.ui", again, "another own secret")

    people.dialog.accept()
    _settle(qtbot, page)
    people.select("zhou.min.ui")
    yes_button(people.deactivate()).click()
    _settle(qtbot, page)
    people.select("zhou.min.ui")
    assert people.buttons["reactivate"].isVisible() and not people.buttons["deactivate"].isVisible()
    box = people.reactivate()
    assert "Customers handed on" in box.text()
    yes_button(box).click()
    _settle(qtbot, page)
    person = next(p for p in people.model.people if p.username == "zhou.min.ui")
    assert person.active

    with server_db.sessions() as session:
        user = session.scalar(select(User).where(User.username == "zhou.min.ui"))
        about = session.scalars(select(AuditEntry.action).where(AuditEntry.row_id == user.id)).all()
        own = session.scalars(select(AuditEntry.action).where(AuditEntry.user_id == user.id))
        own_actions = list(own)
    assert {"user_created", "password_reset", "user_deactivated", "user_reactivated"} <= set(about)
    assert own_actions.count("password_changed") == 2


def test_editing_a_person_says_a_branch_change_moves_nothing(qtbot, team, account):
    admin = team.person(Role.ADMIN)
    rep = team.person(name="Rep 甲")
    page = _page(qtbot, team, account, admin, "admin")
    people = page.people
    people.filter.setText(rep.username)
    people.select(rep.username)
    dialog = people.edit_person()
    assert not dialog.username.isEnabled() or dialog.username.isReadOnly()
    labels = " ".join(label.text() for label in dialog.findChildren(type(dialog.error)))
    assert "moves none of their customers" in labels
    dialog.role.setCurrentIndex(dialog.role.findData("manager"))
    dialog._ok()
    _settle(qtbot, page)
    qtbot.waitUntil(
        lambda: (
            next(p for p in people.model.people if p.username == rep.username).role == "manager"
        ),
        timeout=10_000,
    )


def test_an_administrator_opens_and_merges_branches_in_the_team_page(qtbot, team, account):
    """Issue 26, item 2: Team › Branches."""
    import uuid

    from ui.admin_branches import BranchDialog, MergeBranchDialog

    admin = team.person(Role.ADMIN)
    team.person(name="在旧办")  # someone in the team's branch
    page = _page(qtbot, team, account, admin, "admin")
    tab = page.branches_tab
    assert tab is not None and page.tabs.indexOf(tab) == 1

    name = f"苏州 {uuid.uuid4().hex[:6]}"
    dialog = tab.new_branch()
    assert isinstance(dialog, BranchDialog)
    type_text(dialog.name, name)
    type_text(dialog.city, "苏州")
    dialog._ok()
    qtbot.waitUntil(lambda: name in [b.name for b in tab.branches], timeout=10_000)

    row = [b.name for b in tab.branches].index(team.branch)
    tab.table.selectRow(row)
    merge = tab.merge_branch()
    assert isinstance(merge, MergeBranchDialog)
    merge.into.setCurrentIndex(merge.into.findData(name))
    merge._ok()
    assert "1 person" in merge.box.text()
    yes_button(merge.box).click()
    qtbot.waitUntil(lambda: team.branch not in [b.name for b in tab.branches], timeout=10_000)
    merged = next(b for b in tab.branches if b.name == name)
    assert merged.people == 1


def test_people_warns_of_a_quiet_computer_holding_unsent_changes(qtbot, team, account, server_db):
    """Issue 26, item 3: the work that exists on one laptop only is named."""
    from datetime import timedelta

    from sqlalchemy import update

    from server.models import Device
    from sync.protocol.types import utcnow

    admin = team.person(Role.ADMIN)
    rep = team.person(name="出差 Wang")
    laptop = team.device(rep)
    page = _page(qtbot, team, account, admin, "admin")
    assert "出差 Wang" not in page.people.behind.text()  # (other tests' laptops may be there)
    with server_db.transaction() as session:
        session.execute(
            update(Device)
            .where(Device.id == laptop.device_id)
            .values(pending=3, reported_at=utcnow() - timedelta(days=9), client_version="0.1.0")
        )
    page.refresh()
    _settle(qtbot, page)
    assert page.people.behind.isVisible()
    assert "出差 Wang" in page.people.behind.text() and "7 days" in page.people.behind.text()
