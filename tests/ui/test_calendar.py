"""The Calendar screen: a week as an hour grid with clashes marked, the appointment form that
asks before double-booking, moving through days and weeks by keyboard, and editing entries.
Dragging, resizing, the month, the team and keys that move entries: test_calendar_grid.py."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from ui.calendar_grid import CLASH
from ui.calendar_page import CalendarPage
from ui.editors import Editors
from ui.search_dialog import SearchDialog
from ui.task_dialog import TaskDialog

from .ops import settle

DAY = date(2031, 3, 11)  # a Tuesday to come: nothing on it is overdue
PAST = date(2020, 3, 10)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """Local wall-clock time as the aware UTC the replica stores."""
    return datetime.combine(day, time(hour, minute)).astimezone(UTC)


def plan(records, title, start, end, **more):
    values = {"kind": "visit", "title": title, "starts_at": start, "ends_at": end}
    return records.create("task", {"assignee_id": records.user_id, **values, **more})


@pytest.fixture
def page(qtbot, records, workspace):
    widget = CalendarPage(workspace, Editors(workspace))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_days(page):
    return [c.day for c in page.grid.columns]


def texts(page, day):
    """What the column of `day` shows, one line per entry (a block's lines joined by |)."""
    return page.grid.lines_of(day)


def line(page, day, title):
    [found] = [t for t in texts(page, day) if title in t]
    return found


def entry(page, title):
    [found] = [e for e in page.grid.entries.values() if e.title == title]
    return found


def set_time(edit, day, hour, minute=0):
    edit.setDateTime(QDateTime(QDate(day.year, day.month, day.day), QTime(hour, minute)))


def test_week_shows_appointments_and_due_todos_and_flags_the_overlap(page, records):
    zhang = records.create("customer", {"name": "张伟"})
    plan(records, "Quarterly review", at(DAY, 9), at(DAY, 10), customer_id=zhang["id"])
    plan(records, "Price talk", at(DAY, 9, 30), at(DAY, 10, 30), kind="call")
    plan(records, "Lunch", at(DAY, 12), at(DAY, 13))
    records.create("task", {"title": "Send contract", "due_at": at(DAY, 17)})
    plan(records, "Workshop", at(DAY + timedelta(days=1), 9), at(DAY + timedelta(days=1), 10))

    page.go_to(DAY)

    assert texts(page, DAY) == [
        "17:00 Send contract",  # the strip on top
        "⚠ 09:00–10:00 · Overlap | Quarterly review | 张伟",
        "⚠ 09:30–10:30 · Overlap | Price talk | Call",
        "12:00–13:00 | Lunch | Visit",
    ]
    grid = page.grid
    review, talk = entry(page, "Quarterly review"), entry(page, "Price talk")
    assert grid._colours(review)[2] == CLASH
    assert "Overlaps:" in grid.tooltip(review)
    assert "09:30–10:30  Call: Price talk" in grid.tooltip(review)
    assert "Quarterly review" in grid.tooltip(talk)
    # side by side, not on top of each other
    left, right = grid.entry_rect(review.id), grid.entry_rect(talk.id)
    assert left.right() < right.left() and left.top() < right.top() < left.bottom()
    assert "Overlaps" not in grid.tooltip(entry(page, "Lunch"))
    assert texts(page, DAY + timedelta(days=1)) == ["09:00–10:00 | Workshop | Visit"]
    assert len(shown_days(page)) == 7
    assert not page.note.isVisible()


def test_an_overdue_todo_is_red_and_says_so_and_a_done_one_is_not(page, records):
    records.create("task", {"title": "Call back", "due_at": at(PAST, 10)})
    done = records.create("task", {"title": "Filed report", "due_at": at(PAST, 11)})
    records.update("task", done["id"], {"done": True})

    page.go_to(PAST)

    assert line(page, PAST, "Call back") == "Overdue 10:00 Call back"
    assert page.grid._colours(entry(page, "Call back"))[2] == CLASH
    assert line(page, PAST, "Filed report") == "✓ 11:00 Filed report"
    assert page.grid._colours(entry(page, "Filed report"))[2] != CLASH


def test_an_empty_week_says_so_and_offers_the_shortcut(page, records):
    page.go_to(DAY)

    assert page.note.isVisible()
    assert page.note.text().startswith("Nothing planned this week")
    assert "Ctrl+Shift+N" in page.note.text()
    assert all(texts(page, day) == [] for day in shown_days(page))


def test_the_grid_opens_at_working_hours_with_a_line_at_now(page, records):
    page.go_to(date.today())
    grid = page.grid
    assert grid.minute_at(grid.top() + 1) == 8 * 60  # scrolled to 08:00
    assert date.today() in shown_days(page)


def test_a_clashing_appointment_needs_save_anyway(qtbot, page, records):
    plan(records, "Quarterly review", at(DAY, 9), at(DAY, 10))
    page.go_to(DAY)
    before = records.pending_count()
    page.grid.setFocus()
    qtbot.keyClick(
        page.grid,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = page.findChild(TaskDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.inputs["starts_at"].dateTime().toPython() == datetime.combine(DAY, time(9))
    qtbot.keyClicks(dialog.inputs["title"], "Price talk")
    set_time(dialog.inputs["starts_at"], DAY, 9, 30)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()  # the first press does not save
    assert dialog.clash.isVisible()
    assert "Quarterly review" in dialog.clash.text()
    assert f"{DAY.isoformat()} 09:00–10:00" in dialog.clash.text()
    assert dialog.save_button.text() == "Save anyway"
    assert records.pending_count() == before

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert records.pending_count() == before + 1
    assert line(page, DAY, "Price talk").startswith("⚠ 09:30–10:30 · Overlap")
    assert line(page, DAY, "Quarterly review").startswith("⚠")


def test_moving_a_clashing_appointment_clears_the_warning_and_saves_at_once(qtbot, page, records):
    plan(records, "Quarterly review", at(DAY, 9), at(DAY, 10))
    page.go_to(DAY)
    dialog = page.new_appointment()
    qtbot.keyClicks(dialog.inputs["title"], "Price talk")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # 09:00, a clash
    assert dialog.clash.isVisible()

    set_time(dialog.inputs["starts_at"], DAY, 10)  # right after: touching is fine

    assert not dialog.clash.isVisible()
    assert dialog.save_button.text() == "Save"
    assert dialog.inputs["ends_at"].dateTime().time() == QTime(11, 0)  # kept one hour long
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert line(page, DAY, "Price talk") == "10:00–11:00 | Price talk | Visit"
    assert "⚠" not in line(page, DAY, "Quarterly review")


def test_a_free_slot_saves_at_first_press_with_the_customer_chosen_by_search(qtbot, page, records):
    records.create("customer", {"name": "张伟", "phones": ["138-0013-8000"]})
    page.go_to(DAY)
    before = records.pending_count()
    dialog = page.new_appointment()
    qtbot.keyClicks(dialog.inputs["title"], "Site visit")
    qtbot.mouseClick(dialog.inputs["customer_id"].choose_button, Qt.MouseButton.LeftButton)
    search = dialog.findChild(SearchDialog)
    qtbot.keyClicks(search.query, "zhangwei")
    qtbot.waitUntil(lambda: search.results.count() > 0, timeout=2000)
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    assert dialog.inputs["customer_id"].name.text() == "张伟"

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert records.pending_count() == before + 1
    assert line(page, DAY, "Site visit") == "09:00–10:00 | Site visit | 张伟"
    assert not page.note.isVisible()


def test_double_click_on_an_empty_slot_plans_an_appointment_there(qtbot, page, records):
    page.go_to(DAY)
    grid = page.grid
    column = shown_days(page).index(DAY)
    where = grid.slot_point(column, 14 * 60 + 30)
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=where)

    dialog = page.findChild(TaskDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.inputs["starts_at"].dateTime().toPython() == datetime.combine(DAY, time(14, 30))
    assert dialog.inputs["ends_at"].dateTime().toPython() == datetime.combine(DAY, time(15, 30))


def test_form_errors_show_under_the_fields_and_nothing_is_saved(qtbot, page, records):
    page.go_to(DAY)
    dialog = page.new_appointment()
    set_time(dialog.inputs["ends_at"], DAY, 8)  # before the 09:00 start

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.errors["title"].isVisible()
    assert dialog.errors["title"].text() == "This field is required."
    assert dialog.errors["ends_at"].text() == "The end must be after the start."
    assert records.pending_count() == 0


def test_a_todo_has_a_due_time_instead_of_start_and_end(qtbot, page, records):
    page.go_to(DAY)
    dialog = page.new_appointment()
    dialog.inputs["kind"].setCurrentIndex(dialog.inputs["kind"].findData("todo"))
    assert dialog.inputs["due_at"].isVisible()
    assert not dialog.inputs["starts_at"].isVisible()
    qtbot.keyClicks(dialog.inputs["title"], "Send contract")
    set_time(dialog.inputs["due_at"], DAY, 16, 30)

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [row] = records.find("task")
    assert (row["due_at"], row["starts_at"], row["ends_at"]) == (at(DAY, 16, 30), None, None)
    assert texts(page, DAY) == ["16:30 Send contract"]


def test_keyboard_moves_through_weeks_and_days(qtbot, page, records):
    page.go_to(DAY)
    target = page.grid
    target.setFocus()
    week = page.range_label.text()

    qtbot.keyClick(target, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert page.selected == DAY + timedelta(days=7)
    assert page.range_label.text() != week
    qtbot.keyClick(target, Qt.Key.Key_PageUp)
    assert page.selected == DAY and page.range_label.text() == week

    qtbot.keyClick(target, Qt.Key.Key_D)
    assert shown_days(page) == [DAY]
    assert page.day_button.isChecked()
    qtbot.keyClick(target, Qt.Key.Key_PageDown)
    assert shown_days(page) == [DAY + timedelta(days=1)]
    qtbot.keyClick(target, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert page.selected == DAY
    assert page.note.text().startswith("Nothing planned this day")

    qtbot.keyClick(target, Qt.Key.Key_W)
    assert len(shown_days(page)) == 7
    qtbot.keyClick(target, Qt.Key.Key_Right)  # Right alone: the next day of the same week
    assert page.selected == DAY + timedelta(days=1)
    assert page.date_edit.date().toPython() == DAY + timedelta(days=1)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_T)
    assert page.selected == date.today()
    assert date.today() in shown_days(page)


def test_buttons_and_the_date_picker_move_back_and_forth_and_back_to_today(qtbot, page):
    page.go_to(DAY)
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.selected == DAY - timedelta(days=7)
    qtbot.mouseClick(page.day_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.selected == DAY - timedelta(days=6)
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert shown_days(page) == [date.today()]
    page.date_edit.setDate(QDate(2031, 5, 20))
    assert shown_days(page) == [date(2031, 5, 20)]
    assert page.range_label.text() == "Tuesday, 2031-05-20"


def test_double_click_edits_an_entry_and_the_menu_opens_its_customer(qtbot, page, records):
    zhang = records.create("customer", {"name": "张伟"})
    plan(records, "Quarterly review", at(DAY, 9), at(DAY, 10), customer_id=zhang["id"])
    page.go_to(DAY)
    grid = page.grid
    rect = grid.entry_rect(entry(page, "Quarterly review").id)

    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    dialog = page.findChild(TaskDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.inputs["title"].text() == "Quarterly review"
    assert dialog.inputs["customer_id"].name.text() == "张伟"
    set_time(dialog.inputs["starts_at"], DAY + timedelta(days=2), 14)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    moved = DAY + timedelta(days=2)
    assert page.selected == moved  # the view follows the appointment to its new day
    assert texts(page, DAY) == []
    assert line(page, moved, "Quarterly review").startswith("14:00–15:00")

    task_id = entry(page, "Quarterly review").id
    menu = page.menu_for(task_id)
    [open_customer] = [a for a in menu.actions() if a.text() == "Open customer"]
    with qtbot.waitSignal(page.opened) as opened:
        open_customer.trigger()
    assert opened.args == [zhang["id"]]
    [mark_done] = [a for a in menu.actions() if a.text() == "Mark as done"]
    mark_done.trigger()
    settle()
    assert records.get("task", task_id)["done"]
    assert line(page, moved, "Quarterly review").startswith("✓ 14:00–15:00 · Done")
