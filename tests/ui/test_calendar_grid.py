"""The Calendar's grid and month (issue 20, item 1): dragging an appointment to another day
and hour moves its start and end by exactly that, dragging its bottom edge moves the end
only, a drop onto another appointment asks first, keys do what the mouse does, the month
lists each entry on its local day across a daylight-saving change, and a manager's team
view shows the branch side by side with others' personal tasks read-only."""

import dataclasses
import time as clock
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from app.directory import PEOPLE
from app.local_tables import Meta
from app.workspace import Workspace
from ui.calendar_grid import HOUR
from ui.calendar_page import CalendarPage
from ui.editors import Editors
from ui.task_dialog import TaskDialog

from .ops import settle

DAY = date(2031, 3, 11)  # a Tuesday to come
THURSDAY = DAY + timedelta(days=2)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone(UTC)


def plan(records, title, start, end, **more):
    values = {"kind": "visit", "title": title, "starts_at": start, "ends_at": end}
    return records.create("task", {"assignee_id": records.user_id, **values, **more})


def open_page(qtbot, workspace) -> CalendarPage:
    editors = Editors(workspace)
    widget = CalendarPage(workspace, editors)
    widget.archived = []
    editors.archived.connect(lambda done, text: widget.archived.append((done, text)))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


@pytest.fixture
def page(qtbot, workspace):
    return open_page(qtbot, workspace)


def drag(qtbot, grid, start: QPoint, end: QPoint) -> None:
    """Press, move in steps (as a hand does) and release on the grid."""
    viewport = grid.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        qtbot.mouseMove(viewport, start + (end - start) * step / 4)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def times(records, task_id):
    row = records.get("task", task_id)
    return row["starts_at"], row["ends_at"]


def test_dragging_to_another_day_and_hour_moves_start_and_end_by_exactly_that(qtbot, page, records):
    visit = plan(records, "Quarterly review", at(DAY, 9), at(DAY, 10, 30))
    page.go_to(DAY)
    grid = page.grid
    rect = grid.entry_rect(visit["id"])
    columns = THURSDAY.toordinal() - DAY.toordinal()
    # two days right, 5 h 30 min down
    offset = QPoint(int(columns * grid.column_width()), int(5.5 * HOUR))

    drag(qtbot, grid, rect.center(), rect.center() + offset)
    settle()

    assert times(records, visit["id"]) == (at(THURSDAY, 14, 30), at(THURSDAY, 16))
    assert grid.lines_of(DAY) == []
    assert grid.lines_of(THURSDAY) == ["14:30–16:00 | Quarterly review | Visit"]
    assert grid.selected_id == visit["id"]  # still selected, in its new place


def test_a_drag_snaps_to_quarter_hours(qtbot, page, records):
    visit = plan(records, "Call Li", at(DAY, 9), at(DAY, 10))
    page.go_to(DAY)
    grid = page.grid
    rect = grid.entry_rect(visit["id"])

    drag(qtbot, grid, rect.center(), rect.center() + QPoint(0, int(HOUR * 0.3)))  # 18 min
    settle()

    assert times(records, visit["id"]) == (at(DAY, 9, 15), at(DAY, 10, 15))


def test_a_drag_held_at_the_bottom_edge_scrolls_on_to_later_hours(qtbot, page, records):
    visit = plan(records, "Late visit", at(DAY, 9), at(DAY, 10))
    page.go_to(DAY)
    grid = page.grid
    bar = grid.verticalScrollBar()
    before = bar.value()
    start = grid.entry_rect(visit["id"]).center()
    bottom = QPoint(start.x(), grid.viewport().height() - 5)
    viewport = grid.viewport()

    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for _ in range(12):  # held there: each move scrolls a quarter hour further
        qtbot.mouseMove(viewport, bottom)
    scrolled = bar.value()
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=bottom)
    settle()

    assert scrolled > before
    pixels = bottom.y() - start.y() + scrolled - before
    minutes = round(pixels * 60 / HOUR / 15) * 15
    start_at, end_at = times(records, visit["id"])
    assert start_at == at(DAY, 9) + timedelta(minutes=minutes)
    assert end_at - start_at == timedelta(hours=1)
    assert start_at.astimezone().hour >= 19  # later than the hours first in view


def test_dragging_the_bottom_edge_changes_the_end_only(qtbot, page, records):
    visit = plan(records, "Workshop", at(DAY, 9), at(DAY, 10))
    page.go_to(DAY)
    grid = page.grid
    rect = grid.entry_rect(visit["id"])
    edge = QPoint(rect.center().x(), rect.bottom() - 2)

    drag(qtbot, grid, edge, edge + QPoint(0, int(1.5 * HOUR)))
    settle()

    assert times(records, visit["id"]) == (at(DAY, 9), at(DAY, 11, 30))
    rect = grid.entry_rect(visit["id"])
    edge = QPoint(rect.center().x(), rect.bottom() - 2)
    drag(qtbot, grid, edge, edge - QPoint(0, 5 * HOUR))  # far above its start
    settle()
    assert times(records, visit["id"]) == (at(DAY, 9), at(DAY, 9, 15))  # a slot at least


def test_a_drop_onto_another_appointment_asks_first(qtbot, page, records):
    review = plan(records, "Quarterly review", at(DAY, 9), at(DAY, 10))
    plan(records, "Price talk", at(THURSDAY, 14), at(THURSDAY, 15), kind="call")
    page.go_to(DAY)
    grid = page.grid
    offset = QPoint(int(2 * grid.column_width()), int(5.5 * HOUR))
    before = records.pending_count()

    rect = grid.entry_rect(review["id"])
    drag(qtbot, grid, rect.center(), rect.center() + offset)

    box = page.clash_box
    assert box is not None and box.isVisible()
    assert "This overlaps 1 other appointment" in box.text()  # (s) until en.qm has it
    assert f"{THURSDAY.isoformat()} 14:00–15:00  Call: Price talk" in box.text()
    assert box.informativeText() == "Move “Quarterly review” there anyway?"
    box.button(QMessageBox.StandardButton.Cancel).click()
    settle()
    assert times(records, review["id"]) == (at(DAY, 9), at(DAY, 10))  # nothing moved
    assert records.pending_count() == before

    rect = grid.entry_rect(review["id"])
    drag(qtbot, grid, rect.center(), rect.center() + offset)
    box = page.clash_box
    [anyway] = [b for b in box.buttons() if b.text() == "Move anyway"]
    anyway.click()
    settle()

    assert times(records, review["id"]) == (at(THURSDAY, 14, 30), at(THURSDAY, 15, 30))
    assert [line.split(" | ")[0] for line in grid.lines_of(THURSDAY)] == [
        "⚠ 14:00–15:00 · Overlap",
        "⚠ 14:30–15:30 · Overlap",
    ]


def test_keys_do_what_the_mouse_does(qtbot, page, records):
    visit = plan(records, "Quarterly review", at(DAY, 9), at(DAY, 10))
    todo = records.create(
        "task", {"title": "Send contract", "due_at": at(DAY, 17), "assignee_id": records.user_id}
    )
    page.go_to(DAY)
    grid = page.grid
    grid.setFocus()
    grid.select(None, page.days().index(DAY))
    grid.minute = 8 * 60 + 45

    qtbot.keyClick(grid, Qt.Key.Key_Down)  # the slot cursor meets the 09:00 visit
    assert grid.selected_id == visit["id"]
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert times(records, visit["id"]) == (at(DAY, 9, 15), at(DAY, 10, 15))
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    settle()
    assert times(records, visit["id"]) == (at(DAY, 9, 15), at(DAY, 10, 30))
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    settle()
    tomorrow = DAY + timedelta(days=1)
    assert times(records, visit["id"]) == (at(tomorrow, 9, 15), at(tomorrow, 10, 30))
    assert grid.selected_id == visit["id"] and page.selected == tomorrow
    assert page.range_label.text().startswith("Week")  # Ctrl+Right moved the entry, not the week

    qtbot.keyClick(grid, Qt.Key.Key_Left)  # back to the day before: its to-do
    assert grid.selected_id == todo["id"]
    qtbot.keyClick(grid, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert records.get("task", todo["id"])["due_at"] == at(DAY, 16, 45)

    qtbot.keyClick(grid, Qt.Key.Key_Return)
    dialog = page.findChild(TaskDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.inputs["title"].text() == "Send contract"
    dialog.reject()

    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    settle()
    [(archived, text)] = page.archived
    assert text == "Archived “Send contract”."
    assert [e.title for e in grid.entries.values()] == ["Quarterly review"]
    page.editors.undo(archived)
    settle()
    assert grid.lines_of(DAY) == ["16:45 Send contract"]


def test_a_change_made_elsewhere_shows_at_once(page, records):
    visit = plan(records, "Quarterly review", at(DAY, 9), at(DAY, 10))
    page.go_to(DAY)

    records.update(
        "task", visit["id"], {"title": "Quarterly review (moved)", "starts_at": at(DAY, 8)}
    )

    assert page.grid.lines_of(DAY) == ["08:00–10:00 | Quarterly review (moved) | Visit"]


@pytest.fixture
def zone(monkeypatch: pytest.MonkeyPatch):
    """Set the local time zone for the test (the app stores UTC and shows local time)."""

    def set_zone(name: str) -> ZoneInfo:
        monkeypatch.setenv("TZ", name)
        clock.tzset()
        return ZoneInfo(name)

    yield set_zone
    monkeypatch.undo()
    clock.tzset()


DST_MONTHS = {
    # Berlin springs forward on 30 March 2031 (UTC+1 -> UTC+2)
    "Europe/Berlin": (
        (2031, 3),
        [
            (datetime(2031, 2, 28, 23, 30), None),
            (datetime(2031, 3, 1, 0, 30), date(2031, 3, 1)),
            (datetime(2031, 3, 30, 0, 30), date(2031, 3, 30)),
            (datetime(2031, 3, 30, 23, 30), date(2031, 3, 30)),
            (datetime(2031, 3, 31, 0, 30), date(2031, 3, 31)),
            (datetime(2031, 3, 31, 23, 30), date(2031, 3, 31)),
            (datetime(2031, 4, 1, 0, 30), None),
        ],
    ),
    # New York falls back on 2 November 2031 (UTC-4 -> UTC-5)
    "America/New_York": (
        (2031, 11),
        [
            (datetime(2031, 10, 31, 23, 30), None),
            (datetime(2031, 11, 1, 0, 30), date(2031, 11, 1)),
            (datetime(2031, 11, 2, 0, 30), date(2031, 11, 2)),
            (datetime(2031, 11, 2, 23, 30), date(2031, 11, 2)),
            (datetime(2031, 11, 30, 23, 30), date(2031, 11, 30)),
            (datetime(2031, 12, 1, 0, 30), None),
        ],
    ),
}


@pytest.mark.parametrize("name", list(DST_MONTHS))
def test_the_month_lists_each_entry_on_its_local_day_across_a_dst_change(
    qtbot, page, records, zone, name
):
    tz = zone(name)
    (year, month), cases = DST_MONTHS[name]
    for wall, _day in cases:
        moment = wall.replace(tzinfo=tz).astimezone(UTC)
        records.create(
            "task", {"title": f"{wall:%m-%d %H:%M}", "due_at": moment, "assignee_id": "u-alice"}
        )
    page.go_to(date(year, month, 15))
    page.set_mode("month")
    assert page.month_button.isChecked() and page.stack.currentWidget() is page.month
    assert page.range_label.text() == f"{page.month.first:%B} {year}"

    listed = {
        day: [line.text for line in page.month.lines(day, capacity=10)]
        for day in page.days()
        if page.month.lines(day, capacity=10)
    }

    expected: dict[date, list[str]] = {}
    for wall, day in cases:
        if day is not None:
            expected.setdefault(day, []).append(f"{wall:%H:%M} {wall:%m-%d %H:%M}")
    assert {d: [t.removeprefix("Overdue · ") for t in ts] for d, ts in listed.items()} == expected


def test_a_full_day_of_the_month_says_how_many_more_and_enter_opens_it(qtbot, page, records):
    for hour in range(8, 16):
        plan(records, f"Visit {hour}", at(DAY, hour), at(DAY, hour, 30))
    page.go_to(DAY)
    page.set_mode("month")
    month = page.month
    room = month.capacity(DAY)
    assert 2 <= room < 8

    lines = [line.text for line in month.lines(DAY)]

    assert len(lines) == room
    assert lines[0] == "08:00 Visit 8"
    assert lines[-1] == f"+{8 - (room - 1)} more"
    month.setFocus()
    qtbot.keyClick(month, Qt.Key.Key_Right)
    assert page.selected == DAY + timedelta(days=1)
    qtbot.keyClick(month, Qt.Key.Key_Left)
    qtbot.keyClick(month, Qt.Key.Key_Return)
    assert page.mode == "day" and [c.day for c in page.grid.columns] == [DAY]
    assert len(page.grid.lines_of(DAY)) == 8


def test_the_team_view_shows_the_branch_side_by_side_and_others_personal_tasks_read_only(
    qtbot, account, records
):
    manager = dataclasses.replace(account, role="manager")
    people = [
        {"id": "u-bob", "username": "bob", "display_name": "Bob Li", "role": "rep"},
        {"id": "u-carol", "username": "carol", "display_name": "Carol Wu", "role": "rep"},
        {"id": "u-dan", "username": "dan", "display_name": "Dan", "role": "rep"},
    ]
    for person, branch in zip(people, ("Shanghai", "Shanghai", "Beijing"), strict=True):
        person["branch_name"] = branch
    with records.replica.transaction() as session:
        session.merge(Meta(key=PEOPLE, value=people))
    shop = records.create("customer", {"name": "张伟"})
    mine = plan(records, "My visit", at(DAY, 9), at(DAY, 10))
    bobs = plan(records, "Bob's visit", at(DAY, 9), at(DAY, 10), assignee_id="u-bob")
    records.update("task", bobs["id"], {"customer_id": shop["id"]})
    carols = plan(records, "Carol's own", at(DAY, 11), at(DAY, 12), assignee_id="u-carol")
    page = open_page(qtbot, Workspace(manager, records))
    assert page.team_button.isVisible()
    page.go_to(DAY)

    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_P)

    grid = page.grid
    assert page.mode == "team" and page.range_label.text() == "Team · Tuesday, 2031-03-11"
    assert [c.title for c in grid.columns] == ["Alice 王", "Bob Li", "Carol Wu"]
    assert [grid.column_of(e) for e in (grid.entries[mine["id"]], grid.entries[bobs["id"]])] == [
        0,
        1,
    ]
    assert grid.block_lines(grid.entries[carols["id"]])[0] == "11:00–12:00 · Read-only"
    assert grid.block_lines(grid.entries[bobs["id"]])[0] == "09:00–10:00"  # their customer's
    before = records.pending_count()

    rect = grid.entry_rect(carols["id"])
    drag(qtbot, grid, rect.center(), rect.center() + QPoint(0, HOUR))
    grid.select(carols["id"])
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    settle()
    assert records.pending_count() == before  # nothing of Carol's own changed
    menu = page.menu_for(carols["id"])
    assert not next(a for a in menu.actions() if a.text() == "Edit…").isEnabled()

    rect = grid.entry_rect(bobs["id"])  # a drag in the team view changes the time only
    drag(qtbot, grid, rect.center(), rect.center() + QPoint(int(grid.column_width()), HOUR))
    settle()
    row = records.get("task", bobs["id"])
    assert (row["starts_at"], row["assignee_id"]) == (at(DAY, 10), "u-bob")


def test_a_rep_has_no_team_view(qtbot, page):
    assert not page.team_button.isVisible()
    page.set_mode("team")
    assert page.mode == "week"
