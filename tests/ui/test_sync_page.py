"""The Sync screen reads as a person would want it (issue 20, item 5): a quiet hour of empty
checks or an offline afternoon's retries are one line each, and conflicts can be dismissed
once reviewed; one whose value was restored since no longer counts."""

from datetime import UTC, datetime, timedelta

from app.sync_activity import Round
from sync.client.tables import LocalConflict
from tests.ui.conftest import workspace_for
from tests.ui.ops import settle
from ui.sync_page import SyncPage

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _page(qtbot, records) -> SyncPage:
    workspace = workspace_for(records)
    page = SyncPage(workspace.activity, records.user_id)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def _lines(page: SyncPage, key: str) -> list[str]:
    widget = page.lists[key]
    return [widget.item(row).text() for row in range(widget.count())]


def _conflict(records, conflict_id: str, customer_id: str, lost: str, kept: str) -> None:
    with records.replica.transaction() as session:
        session.add(
            LocalConflict(
                id=conflict_id,
                version=1,
                customer_id=customer_id,
                entity="customer",
                row_id=customer_id,
                field="city",
                lost_value=lost,
                kept_value=kept,
                lost_by=None,
                kept_by=None,
                reason="overwritten",
                at=START,
            )
        )


def test_alike_rounds_are_one_line_and_survive_a_restart(qtbot, records):
    page = _page(qtbot, records)
    page.add_round(Round(START, True, pushed=2, received=3))
    for minute in range(1, 31):  # half an hour of nothing to do
        page.add_round(Round(START + timedelta(minutes=minute), True))
    for minute in range(31, 35):  # then the network went
        page.add_round(Round(START + timedelta(minutes=minute), False, error="Offline"))
    page.add_round(Round(START + timedelta(minutes=40), True, pushed=1))
    settle()

    lines = _lines(page, "history")
    assert len(lines) == 4
    assert "Sent 1 change." in lines[0]
    assert "did not finish 4 times: Offline" in lines[1]
    assert "Up to date: 30 checks, nothing to send or receive." in lines[2]
    assert "Sent 2 changes. Received 3 rows." in lines[3]

    again = _page(qtbot, records)  # what the replica kept, as after a restart
    assert _lines(again, "history") == lines


def test_conflicts_are_dismissed_once_reviewed_and_restored_ones_do_not_count(qtbot, records):
    zhang = records.create("customer", {"name": "张伟", "city": "杭州"})
    li = records.create("customer", {"name": "李娜", "city": "北京"})
    _conflict(records, "c-zhang", zhang["id"], lost="上海", kept="杭州")
    _conflict(records, "c-li", li["id"], lost="天津", kept="北京")
    page = _page(qtbot, records)
    assert page.tabs.tabText(2) == "Conflicts (2)"
    assert not page.dismiss_button.isEnabled() and page.dismiss_all_button.isEnabled()

    records.update("customer", li["id"], {"city": "天津"})  # restored from History
    page.refresh()
    assert page.tabs.tabText(2) == "Conflicts (1)"
    assert page.activity.open_conflicts() == 1  # what the status bar shows
    assert any("has been restored since" in line for line in _lines(page, "conflicts"))

    widget = page.lists["conflicts"]
    row = next(r for r in range(widget.count()) if "张伟" in widget.item(r).text())
    widget.item(row).setSelected(True)
    assert page.dismiss_button.isEnabled()
    page.dismiss_selected()
    settle()
    assert page.tabs.tabText(2) == "Conflicts (0)"
    assert page.activity.open_conflicts() == 0
    assert not any("张伟" in line for line in _lines(page, "conflicts"))

    page.dismiss_all()
    settle()
    assert _lines(page, "conflicts") == [
        "No conflicts to review: nobody's edit has overwritten another's."
    ]
    assert not page.dismiss_all_button.isEnabled()
    assert page.activity.dismissed() == {"c-zhang", "c-li"}  # History still has them
