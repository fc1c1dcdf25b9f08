"""The Pool page (issue 23) against a real server with real replicas: the branch pool with why
each customer is there, search in Chinese and pinyin, Claim then the customer is in the
replica with its history, the offline list marked as such; the rules dialog for managers."""

import dataclasses
import os
from datetime import timedelta
from pathlib import Path

import pytest

from app.pool import PoolBoard, PoolSettings
from app.workspace import Workspace
from server.staff import pool
from sync.client.http import ServerApi
from sync.protocol.enums import Role
from sync.protocol.types import utcnow
from tests.ui.test_admin_page import team  # noqa: F401 (a fixture)
from tests.ui.typing import type_text
from ui.main_window import MainWindow
from ui.pool_rules_dialog import PoolRulesDialog

pytestmark = [
    pytest.mark.parametrize("database_url", ["sqlite"], indirect=True),
    pytest.mark.slow,
]
SHOTS = os.environ.get("OUTPOST_SHOTS")  # a folder: the tests leave screenshots there


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))


def _pooled(team, server_db, names: list[str]) -> list[str]:  # noqa: F811
    """Customers of a rep who has not called them for 40 days, returned by the sweep."""
    manager, former = team.person(Role.MANAGER), team.person(name="老王")
    boss = team.device(manager)
    board = PoolBoard(boss.replica, boss.api, lambda: boss.token)
    board.save_rules(team.branch, PoolSettings(enabled=True, days={"ordinary": 30}))
    laptop = team.device(former)
    ids = []
    for name in names:
        row = laptop.records.create("customer", {"name": name, "tier": "ordinary", "city": "上海"})
        laptop.records.create(
            "interaction",
            {
                "customer_id": row["id"],
                "kind": "call",
                "subject": "拜访",
                "occurred_at": (utcnow() - timedelta(days=40)).isoformat(),
                "user_id": former.id,
            },
        )
        ids.append(row["id"])
    laptop.sync()
    with server_db.transaction() as session:
        pool.sweep(session)
    return ids


def _rows(page) -> list[str]:
    return [page.table.item(r, 0).text() for r in range(page.table.rowCount())]


def test_a_rep_finds_claims_and_gets_a_pooled_customer_and_sees_the_list_offline(
    qtbot,
    team,  # noqa: F811
    account,
    server_db,
):
    names = ["广州 华南 物流", "北京 远航 科技", "深圳 新星 电子"]
    ids = _pooled(team, server_db, names)
    rep = team.person()
    laptop = team.device(rep)
    signed_in = dataclasses.replace(account, username=rep.username, user_id=rep.id, role="rep")
    window = MainWindow(Workspace(signed_in, laptop.records, laptop.engine))
    window.workspace.directory.refresh(laptop.api, laptop.token)  # as the engine does
    qtbot.addWidget(window)
    window.show()
    page = window.pool
    assert window.nav.item(window.nav_pages.index(page)).text() == "Pool"
    assert window.nav_pages.index(page) == window.nav_pages.index(window.customers) + 1
    assert not page.rules_button.isVisible()  # a rep does not set the rules
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        window.nav.setCurrentRow(window.nav_pages.index(page))
    assert sorted(_rows(page)) == sorted(names)
    # "customers": English plurals come from outpost_en.qm, which the lead writes
    assert page.state.text().startswith("3 customer") and "your branch's pool" in page.state.text()
    why = page.table.item(0, 3).text()
    assert "No contact from its owner for 30 day" in why and "by the daily sweep" in why
    assert "was 老王's" in why  # the former owner by name, from the colleague directory

    type_text(page.search, "广州")
    assert _rows(page) == ["广州 华南 物流"]
    page.search.clear()
    type_text(page.search, "yuanhang")  # pinyin
    assert _rows(page) == ["北京 远航 科技"]
    page.search.clear()
    type_text(page.search, "szxx")  # initials
    assert _rows(page) == ["深圳 新星 电子"]
    shot(page, "pool_page_en_search.png")
    page.search.clear()
    shot(page, "pool_page_en.png")

    # Claim, then the window syncs: the customer arrives with its history
    row = _rows(page).index("北京 远航 科技")
    page.table.selectRow(row)
    assert page.claim_button.isEnabled()
    with qtbot.waitSignal(page.claimed, timeout=15_000):
        page.claim_button.click()
    assert "北京 远航 科技 is yours now" in page.message.text()
    assert "北京 远航 科技" not in _rows(page)
    qtbot.waitUntil(
        lambda: [r["id"] for r in laptop.records.find("customer")] == [ids[1]], timeout=20_000
    )
    qtbot.waitUntil(lambda: not window._syncing, timeout=20_000)
    assert [i["subject"] for i in laptop.records.find("interaction")] == ["拜访"]

    # offline: the last list, with its time, and claiming explained
    page.board = PoolBoard(laptop.replica, ServerApi("http://127.0.0.1:9", timeout=2), lambda: "")
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.refresh()
    assert sorted(_rows(page)) == sorted([names[0], names[2]])
    assert "as of" in page.state.text() and "offline" in page.state.text()
    assert "Claiming a customer needs a connection" in page.state.text()
    page.table.selectRow(0)
    assert not page.claim_button.isEnabled()
    shot(page, "pool_page_en_offline.png")


def test_a_colleague_was_quicker_says_so_plainly(qtbot, team, account, server_db):  # noqa: F811
    ids = _pooled(team, server_db, ["杭州 天成"])
    rep, rival = team.person(), team.person()
    laptop = team.device(rep)
    signed_in = dataclasses.replace(account, username=rep.username, user_id=rep.id, role="rep")
    window = MainWindow(Workspace(signed_in, laptop.records, laptop.engine))
    qtbot.addWidget(window)
    page = window.pool
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.refresh()
    quicker = team.admin_for(rival)
    quicker.api.call("POST", f"/pool/{ids[0]}/claim", token=quicker.token())
    page.table.selectRow(0)
    page.claim_button.click()
    qtbot.waitUntil(lambda: "A colleague claimed" in page.message.text(), timeout=15_000)


def test_a_manager_sets_the_pool_rules(qtbot, team, account):  # noqa: F811
    manager = team.person(Role.MANAGER)
    boss = team.device(manager)
    board = PoolBoard(boss.replica, boss.api, lambda: boss.token)
    dialog = PoolRulesDialog(board)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=15_000):
        dialog.show()
    assert dialog.state.text() == f"Rules of the customer pool of {team.branch}"
    assert dialog.branch_box.isHidden()  # one branch: nothing to choose
    dialog.enabled.setChecked(True)
    dialog.days["premium"].setValue(90)
    dialog.days["ordinary"].setValue(30)
    dialog.rules["daily_claims"].setValue(2)
    dialog.rules["reclaim_ban_days"].setValue(7)
    dialog.rules["remind_days"].setValue(3)
    shot(dialog, "pool_rules_en.png")
    with qtbot.waitSignal(dialog.saved, timeout=15_000):
        dialog.save()
    kept = board.rules()
    assert kept is not None and kept.pool is not None
    assert kept.pool.days == {"premium": 90, "ordinary": 30}
    assert (kept.pool.daily_claims, kept.pool.max_owned) == (2, None)
    assert (kept.pool.reclaim_ban_days, kept.pool.remind_days) == (7, 3)


def test_an_administrator_chooses_the_branch_whose_rules_to_set(qtbot, team, account):  # noqa: F811
    team.person(Role.MANAGER)  # the branch exists, and another
    team.person(branch=f"{team.branch} 北")
    admin = team.person(Role.ADMIN)
    laptop = team.device(admin)
    board = PoolBoard(laptop.replica, laptop.api, lambda: laptop.token)
    dialog = PoolRulesDialog(board)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=15_000):
        dialog.show()
    assert dialog.branch_box.isVisible() and dialog.branch_box.findText(team.branch) >= 0
    north = f"{team.branch} 北"
    with qtbot.waitSignal(dialog.loaded, timeout=15_000):
        dialog._pick(north)
    assert dialog.state.text() == f"Rules of the customer pool of {north}"
    dialog.enabled.setChecked(True)
    dialog.days["major"].setValue(60)
    with qtbot.waitSignal(dialog.saved, timeout=15_000):
        dialog.save()
    assert board.rules_of(north).pool.days == {"major": 60}


def test_a_rep_returns_a_customer_and_the_manager_assigns_it_with_the_months_figures(
    qtbot,
    team,  # noqa: F811
    account,
    server_db,
):
    """Issue 23, item 2: Customers › right-click › Return to pool… with a reason; the manager
    sees it in the pool, assigns it to another rep, and the month's figures count both."""
    _pooled(team, server_db, [])  # the branch pool is on
    rep, other = team.person(name="小李"), team.person(name="小张")
    laptop = team.device(rep)
    customer = laptop.records.create("customer", {"name": "成都 蓝天 餐饮", "tier": "ordinary"})
    laptop.sync()
    signed_in = dataclasses.replace(account, username=rep.username, user_id=rep.id, role="rep")
    window = MainWindow(Workspace(signed_in, laptop.records, laptop.engine))
    qtbot.addWidget(window)
    window.show()
    customers = window.customers
    qtbot.waitUntil(lambda: customers.model.rowCount() == 1, timeout=10_000)
    customers.table.selectRow(0)
    menu = customers.context_menu()
    assert menu is not None and "Return to pool…" in [a.text() for a in menu.actions()]
    dialog = customers.return_to_pool()
    assert (
        dialog is not None and "成都 蓝天 餐饮" in dialog.findChildren(type(dialog.error))[0].text()
    )
    type_text(dialog.reason, "客户搬走了")
    with qtbot.waitSignal(customers.returned, timeout=15_000):
        dialog._ok()
    qtbot.waitUntil(lambda: not laptop.records.find("customer"), timeout=20_000)  # it left

    manager = team.person(Role.MANAGER)
    boss = team.device(manager)
    boss_account = dataclasses.replace(
        account, username=manager.username, user_id=manager.id, role="manager"
    )
    boss_window = MainWindow(Workspace(boss_account, boss.records, boss.engine))
    boss_window.workspace.directory.refresh(boss.api, boss.token)
    qtbot.addWidget(boss_window)
    page = boss_window.pool
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.refresh()
    row = _rows(page).index("成都 蓝天 餐饮")
    assert "Returned: 客户搬走了" in page.table.item(row, 3).text()
    assert page.assign_button.isVisible() or not page.isVisible()
    page.table.selectRow(row)
    assign = page.assign()
    assert assign is not None
    assign.person.setCurrentIndex(assign.person.findData(other.username))
    with qtbot.waitSignal(page.claimed, timeout=15_000):
        assign._ok()
    assert "成都 蓝天 餐饮" not in _rows(page)
    with server_db.transaction() as session:
        from sync.protocol.entities import Customer

        assert session.get(Customer, customer["id"]).owner_id == other.id
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.refresh()
    qtbot.waitUntil(lambda: page.month.rowCount() >= 2, timeout=15_000)
    lines = {
        page.month.item(r, 0).text(): [page.month.item(r, c).text() for c in range(1, 5)]
        for r in range(page.month.rowCount())
    }
    assert lines["小李"][0] == "1" and lines["小张"][3] == "1"  # returned by hand; assigned
