"""Team › People › Import people… against a real server (issue 26, item 1): HR's workbook is
checked row by row before anyone is added, the good rows become people with one-time
passwords (savable as a CSV Excel opens), and each new person must choose a password at
their first sign-in."""

import csv
import uuid

import openpyxl
import pytest
import requests

from sync.protocol.enums import Role
from tests.ui.test_admin_page import _page, _settle
from tests.ui.test_admin_people_accounts import team  # noqa: F401 (a fixture)
from ui.admin_people_import import PeopleImportDialog

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def _workbook(path, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["用户名", "姓名", "角色", "分公司"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_an_administrator_imports_people_from_a_workbook(
    qtbot,
    team,  # noqa: F811
    account,
    server,
    tmp_path,
):
    admin = team.person(Role.ADMIN)
    existing = team.person()  # also makes the branch exist
    tag = uuid.uuid4().hex[:6]
    rep, manager = f"hu.jun.{tag}", f"gao.lei.{tag}"
    path = _workbook(
        tmp_path / "人员名单.xlsx",
        [
            [rep, "胡军", "销售", team.branch],
            [manager, "高磊", "经理", team.branch],
            [existing.username, "重名", "销售", team.branch],  # taken already
            [f"ma.li.{tag}", "马丽", "销售", "火星分公司"],  # no such branch
            [rep, "胡军二", "销售", team.branch],  # the same username again
            [f"bad name {tag}", "空格", "销售", team.branch],  # not a username
            [None, None, None, None],  # a blank line in the middle is passed over
            [f"wu.di.{tag}", "吴迪", "司机", team.branch],  # no such role
        ],
    )
    page = _page(qtbot, team, account, admin, "admin")
    people = page.people
    assert people.buttons["import"].isVisible() and people.buttons["import"].isEnabled()
    dialog = people.import_people()
    assert isinstance(dialog, PeopleImportDialog)  # deleted on close; the page owns it
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)

    checks = [dialog.table.item(row, 5).text() for row in range(dialog.table.rowCount())]
    assert len(checks) == 7  # the blank line is not a row
    assert checks[0].startswith("✓") and checks[1].startswith("✓")
    assert "already" in checks[2]
    assert "no such branch" in checks[3]
    assert "earlier line" in checks[4]
    assert "letters, digits" in checks[5]
    assert "role not known" in checks[6]
    assert dialog.ok.text().startswith("Add 2 ") and dialog.ok.isEnabled()
    assert "5 row" in dialog.summary.text() and "skipped" in dialog.summary.text()

    dialog._ok()
    qtbot.waitUntil(lambda: bool(dialog.outcome), timeout=20_000)
    assert [item.row.username for item in dialog.outcome if item.password] == [rep, manager]
    assert "one-time password" in dialog.table.item(0, 5).text()
    assert dialog.save.isVisible() and dialog.summary.text().startswith("2 ")
    _settle(qtbot, page)
    added = {p.username: p for p in people.model.people}
    assert added[rep].role == "rep" and added[manager].role == "manager"
    assert added[rep].branch_name == team.branch

    saved = tmp_path / "passwords.csv"
    assert dialog.save_passwords(saved) == 2
    with saved.open(encoding="utf-8-sig", newline="") as handed:
        lines = list(csv.reader(handed))
    assert lines[0] == ["Username", "Name", "One-time password"]
    password = {line[0]: line[2] for line in lines[1:]}[rep]

    signed = requests.post(  # the one-time password only opens the change of password
        f"{server.url}/api/v1/auth/login",
        json={"username": rep, "password": password, "device_name": "test"},
        timeout=10,
    )
    assert signed.status_code == 403 and signed.json()["code"] == "password_change_required"
    dialog.reject()  # saved: closes without asking
    assert dialog.box is None
