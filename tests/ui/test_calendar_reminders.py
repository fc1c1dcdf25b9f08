"""Reminders (issue 20, item 2): set in the task form as a distance before the start, fired
once from the replica with no network (a fake clock), again after a snooze, never for a done
task; Open shows the task's form."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime

from ui.calendar_page import CalendarPage
from ui.editors import Editors
from ui.task_dialog import TaskDialog

from .ops import settle

DAY = date(2031, 3, 11)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(DAY, time(hour, minute)).astimezone(UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def page(qtbot, workspace):
    assert workspace.engine is None  # no server, no network: the replica alone
    widget = CalendarPage(workspace, Editors(workspace))
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_form_sets_a_reminder_before_the_start_and_shows_it_again(qtbot, page, records):
    page.go_to(DAY)
    dialog = page.new_appointment()
    qtbot.keyClicks(dialog.inputs["title"], "Quarterly review")
    dialog.inputs["starts_at"].setDateTime(QDateTime(QDate(2031, 3, 11), QTime(10, 0)))
    reminder = dialog.combo("remind_at")
    assert [reminder.itemText(i) for i in range(reminder.count())] == [
        "None",
        "At the time",
        "5 minute(s) before" if "(s)" in reminder.itemText(2) else "5 minutes before",
        reminder.itemText(3),
        reminder.itemText(4),
        reminder.itemText(5),
        reminder.itemText(6),
    ]
    reminder.setCurrentIndex(reminder.findData(5))
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    [row] = records.find("task")
    assert row["remind_at"] == at(9, 55)

    again = page.edit(row["id"])
    assert again.combo("remind_at").currentData() == 5
    again.combo("remind_at").setCurrentIndex(0)
    with qtbot.waitSignal(again.accepted):
        again.save_button.click()
    assert records.get("task", row["id"])["remind_at"] is None


def test_a_reminder_fires_once_then_again_after_a_snooze_and_never_for_a_done_task(
    qtbot, page, records
):
    me = records.user_id
    visit = records.create(
        "task",
        {
            "kind": "visit",
            "title": "Quarterly review",
            "starts_at": at(10),
            "ends_at": at(11),
            "remind_at": at(9, 55),
            "assignee_id": me,
        },
    )
    done = records.create(
        "task",
        {"title": "Filed report", "due_at": at(10), "remind_at": at(9, 55), "assignee_id": me},
    )
    records.update("task", done["id"], {"done": True})
    notifier = page.reminders
    clock = Clock(at(9, 54))
    notifier.clock = clock
    fired = []
    notifier.fired.connect(lambda reminder: fired.append((reminder.title, clock.now)))

    def check(now):
        clock.now = now
        notifier.check()
        settle()

    check(at(9, 54))
    assert fired == [] and not notifier.window.isVisible()
    check(at(9, 55))
    assert fired == [("Quarterly review", at(9, 55))]
    window = notifier.window
    assert window.isVisible()
    [row] = window.rows
    assert row.label.text().startswith("10:00 Visit: Quarterly review · in 5 minute")
    check(at(9, 56))
    check(at(9, 58))
    assert len(fired) == 1  # once

    row.snooze_button.click()  # at 09:58, for 10 minutes (the default)
    assert window.rows == [] and not window.isVisible()
    check(at(10, 7))
    assert len(fired) == 1
    check(at(10, 8))
    assert fired[-1] == ("Quarterly review", at(10, 8))
    [row] = window.rows
    assert "8 minute" in row.label.text() and "ago" in row.label.text()

    row.open_button.click()
    dialog = page.findChild(TaskDialog)
    assert dialog is not None and dialog.inputs["title"].text() == "Quarterly review"
    dialog.reject()
    check(at(10, 30))
    assert len(fired) == 2  # the done one never, the opened one not again
    assert visit["id"] not in [r.reminder.id for r in window.rows]


def test_a_reminder_follows_its_task_when_dragged(qtbot, page, records):
    visit = records.create(
        "task",
        {
            "kind": "visit",
            "title": "Quarterly review",
            "starts_at": at(10),
            "ends_at": at(11),
            "remind_at": at(9, 45),
            "assignee_id": records.user_id,
        },
    )
    page.go_to(DAY)
    page.move_entry(visit["id"], 1, 30)
    settle()
    row = records.get("task", visit["id"])
    later = DAY + timedelta(days=1)
    assert row["remind_at"] == datetime.combine(later, time(10, 15)).astimezone(UTC)


def test_overdue_follow_ups_are_summarised_once_a_morning(qtbot, page, records):
    me = records.user_id
    for hour in (8, 9):
        records.create(
            "task", {"title": f"call back {hour}", "due_at": at(hour), "assignee_id": me}
        )
    done = records.create("task", {"title": "filed", "due_at": at(8), "assignee_id": me})
    records.update("task", done["id"], {"done": True})
    notifier = page.reminders
    window = notifier.window
    clock = Clock(at(7, 59))
    notifier.clock = clock

    def check(now):
        clock.now = now
        notifier.check()
        settle()

    check(datetime.combine(DAY + timedelta(days=1), time(7, 59)).astimezone(UTC))
    assert not window.isVisible()
    check(datetime.combine(DAY + timedelta(days=1), time(8, 0)).astimezone(UTC))
    assert window.isVisible() and window.summary.isVisible()
    assert window.summary.text().startswith("Good morning. 2 follow-up")
    window.hide()
    check(datetime.combine(DAY + timedelta(days=1), time(12, 0)).astimezone(UTC))
    assert not window.isVisible()  # once a morning
    check(datetime.combine(DAY + timedelta(days=2), time(9, 0)).astimezone(UTC))
    assert window.isVisible() and "2 follow-up" in window.summary.text()
