"""Reminders from a real replica: due once, back after a snooze, never for done, deleted or
other people's tasks, nor for one that came due long before the app started."""

from datetime import UTC, datetime, timedelta

from app.reminders import LOOKBACK, Reminders, minutes_before

NOW = datetime(2031, 3, 11, 9, 55, tzinfo=UTC)
OTHER = "00000000-0000-4000-8000-000000000002"


def task(records, title, remind_at, **more):
    values = {"title": title, "due_at": NOW + timedelta(minutes=5), "remind_at": remind_at}
    return records.create("task", {"assignee_id": records.user_id, **values, **more})


def titles(reminders):
    return [r.title for r in reminders]


def test_each_reminder_is_due_once_and_snoozed_ones_come_back(records, replica):
    mine = task(records, "mine", NOW)
    task(records, "nobody's", NOW - timedelta(minutes=1), assignee_id=None)
    task(records, "later", NOW + timedelta(minutes=1))
    task(records, "theirs", NOW, assignee_id=OTHER)
    done = task(records, "done", NOW)
    records.update("task", done["id"], {"done": True})
    gone = task(records, "archived", NOW)
    records.delete("task", gone["id"])
    task(records, "long ago", NOW - LOOKBACK - timedelta(minutes=1))
    reminders = Reminders(replica, records.user_id)

    assert titles(reminders.due(NOW)) == ["nobody's", "mine"]
    assert reminders.due(NOW + timedelta(seconds=30)) == []
    assert titles(reminders.due(NOW + timedelta(minutes=1))) == ["later"]

    reminders.snooze(mine["id"], NOW + timedelta(minutes=10))
    assert reminders.due(NOW + timedelta(minutes=9)) == []
    [again] = reminders.due(NOW + timedelta(minutes=10))
    assert (again.title, again.remind_at) == ("mine", NOW)
    assert reminders.due(NOW + timedelta(minutes=11)) == []

    reminders.snooze(mine["id"], NOW + timedelta(minutes=20))
    records.update("task", mine["id"], {"done": True})  # done meanwhile: no more reminders
    assert reminders.due(NOW + timedelta(minutes=30)) == []


def test_a_reminder_moved_later_fires_again_at_its_new_time(records, replica):
    row = task(records, "call back", NOW)
    reminders = Reminders(replica, records.user_id)
    assert titles(reminders.due(NOW)) == ["call back"]
    records.update("task", row["id"], {"remind_at": NOW + timedelta(hours=1)})
    assert reminders.due(NOW + timedelta(minutes=59)) == []
    assert titles(reminders.due(NOW + timedelta(hours=1))) == ["call back"]
    assert minutes_before(records.get("task", row["id"])) == -55  # after its due time
