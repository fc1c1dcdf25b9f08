"""Counts before moves in the window (issue 26, item 4), against a real server: Team › Reassign
and the Offboard dialog confirm with the server's counts per successor (customers, open
opportunities, tasks, service requests), and what the move then reports is the same."""

import re

import pytest

from sync.protocol.enums import Role
from tests.app.test_admin import customers
from tests.ui.test_admin_page import _page, _settle, team  # noqa: F401 (a fixture)
from ui.admin_common import yes_button
from ui.admin_dialogs import OffboardDialog, OffboardReport

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def _work(device, owner_id: str, customer_ids: list[str]) -> None:
    """Two open opportunities, one done and one open task, one service request."""
    records = device.records
    for customer_id in customer_ids[:2]:
        records.create(
            "opportunity", {"customer_id": customer_id, "title": "续约", "owner_id": owner_id}
        )
    records.create(
        "task", {"customer_id": customer_ids[0], "title": "回访", "assignee_id": owner_id}
    )
    records.create(
        "task",
        {"customer_id": customer_ids[1], "title": "已办", "assignee_id": owner_id, "done": True},
    )
    records.create(
        "service_request",
        {
            "customer_id": customer_ids[2],
            "subject": "维修",
            "kind": "repair",
            "assignee_id": owner_id,
        },
    )
    device.sync()


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"(\d+) (?:customer|open)", text)]


def _shares(text: str) -> list[str]:
    """Each successor's share in a confirmation: its "•" line with the line after it."""
    lines = [line.strip() for line in text.splitlines()]
    return [f"{line} {lines[i + 1]}" for i, line in enumerate(lines) if line.startswith("•")]


def test_reassign_confirms_the_counts_the_move_reports(qtbot, team, account):  # noqa: F811
    manager = team.person(Role.MANAGER, "周敏 Grace")
    alice, bob = team.person(name="Alice 王丽"), team.person(name="Bob 刘波")
    laptop = team.device(alice)
    book = customers(laptop, "上海", "上海", "上海", "北京")
    _work(laptop, alice.id, book)
    page = _page(qtbot, team, account, manager, "manager")
    reassign = page.reassign
    page.tabs.setCurrentWidget(reassign)
    reassign.owner.setCurrentIndex(reassign.owner.findData(alice.username))
    reassign.to.setCurrentIndex(reassign.to.findData(bob.username))
    reassign.city.setText("上海")

    reassign.move_button.click()
    qtbot.waitUntil(lambda: reassign.box is not None, timeout=10_000)
    box = reassign.box
    [line] = _shares(box.text())
    assert line.startswith(f"• Bob 刘波 ({bob.username}): 3 customer")
    assert _numbers(line) == [3, 2, 1, 1]  # customers, opportunities, tasks, requests
    qtbot.wait(50)
    box.grab().save(str(team.folder / "reassign-confirm.png"))

    yes_button(box).click()
    _settle(qtbot, page)
    shown = reassign.result.text()
    assert shown.startswith(f"3 customers moved to Bob 刘波 ({bob.username}).")
    assert _numbers(shown) == [3, 2, 1, 1]


def test_offboarding_to_a_branch_shows_each_rep_then_reports_the_same(
    qtbot,
    team,  # noqa: F811
    account,
):
    admin = team.person(Role.ADMIN, "Admin 管理员")
    leaver = team.person(name="Leaver 离职")
    laptop = team.device(leaver)
    book = customers(laptop, "上海", "上海", "北京", "广州")
    _work(laptop, leaver.id, book)
    east = f"{team.branch} east"
    b, c = team.person(name="Rep 乙", branch=east), team.person(name="Rep 丙", branch=east)
    page = _page(qtbot, team, account, admin, "admin")
    people = page.people
    people.select(leaver.username)
    dialog = people.offboard()
    assert isinstance(dialog, OffboardDialog)
    dialog.spread.setChecked(True)
    dialog.branch.setCurrentIndex(dialog.branch.findData(east))

    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.confirmation is not None, timeout=10_000)
    text = dialog.confirmation.text()
    lines = _shares(text)
    assert [line.split(":")[0] for line in lines] == [
        f"• Rep 乙 ({b.username})",
        f"• Rep 丙 ({c.username})",
    ] or [line.split(":")[0] for line in lines] == [
        f"• Rep 丙 ({c.username})",
        f"• Rep 乙 ({b.username})",
    ]
    per_rep = [_numbers(line) for line in lines]
    assert [n[0] for n in per_rep] == [2, 2]  # customers spread evenly
    assert [sum(n[i] for n in per_rep) for i in (1, 2, 3)] == [2, 1, 1]
    dialog.confirmation.grab().save(str(team.folder / "offboard-confirm.png"))

    yes_button(dialog.confirmation).click()
    qtbot.waitUntil(lambda: isinstance(people.box, OffboardReport), timeout=10_000)
    report = people.box.summary.text()
    reported = [_numbers(t) for t in report.splitlines() if t.startswith("    ")]
    assert reported == per_rep
