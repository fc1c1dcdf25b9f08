"""The calendar from a real replica: local days, clashes between one person's appointments,
and what deleted, done, unassigned and other people's tasks do."""

import time
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event

from app.schedule import Calendar

DAY = date(2026, 11, 23)
OTHER = "00000000-0000-4000-8000-000000000002"


@pytest.fixture
def shanghai(monkeypatch: pytest.MonkeyPatch):
    """Local time is UTC+8 for the test (no daylight saving), as for most of our users."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def local(day: int, hour: int, minute: int = 0) -> datetime:
    """A Shanghai wall-clock time as aware UTC."""
    return utc(day, hour, minute) - timedelta(hours=8)


def appointment(records, title, start, end, **more):
    values = {"kind": "visit", "title": title, "starts_at": start, "ends_at": end}
    values.setdefault("assignee_id", records.user_id)
    return records.create("task", {**values, **more})


def titles(entries):
    return [e.title for e in entries]


def test_a_day_runs_from_local_midnight_to_local_midnight(shanghai, records, replica):
    shop = records.create("customer", {"name": "张伟"})
    me = records.user_id
    appointment(records, "00:30 visit", utc(22, 16, 30), utc(22, 17), customer_id=shop["id"])
    records.create("task", {"title": "late 22nd", "due_at": utc(22, 15, 59), "assignee_id": me})
    records.create("task", {"title": "23:59 to-do", "due_at": utc(23, 15, 59)})
    records.create("task", {"title": "next midnight", "due_at": utc(23, 16), "assignee_id": me})
    calendar = Calendar(replica, me)

    day = calendar.agenda(DAY, 1)

    assert titles(day) == ["00:30 visit", "23:59 to-do"]  # UTC dates would give other days
    assert [e.day for e in day] == [DAY, DAY]
    assert (day[0].customer, day[0].appointment, day[1].customer) == ("张伟", True, "")
    assert titles(calendar.agenda(DAY + timedelta(days=1), 1)) == ["next midnight"]
    assert titles(calendar.agenda(DAY - timedelta(days=1), 7)) == [
        "late 22nd",
        "00:30 visit",
        "23:59 to-do",
        "next midnight",
    ]


def test_overlapping_appointments_of_one_person_clash_touching_ones_do_not(
    shanghai, records, replica
):
    a = appointment(records, "A 9-10", local(23, 9), local(23, 10))
    b = appointment(records, "B 9:30-10:30", local(23, 9, 30), local(23, 10, 30))
    appointment(records, "C 10:30-11", local(23, 10, 30), local(23, 11))  # touches B
    appointment(records, "D 11-12", local(23, 11), local(23, 12))  # touches C
    records.create("task", {"title": "to-do 9:15", "due_at": local(23, 9, 15)})

    entries = {e.title: e for e in Calendar(replica, records.user_id).agenda(DAY, 1)}

    assert [c.id for c in entries["A 9-10"].clashes] == [b["id"]]
    assert [c.id for c in entries["B 9:30-10:30"].clashes] == [a["id"]]
    assert entries["C 10:30-11"].clashes == ()
    assert entries["D 11-12"].clashes == ()
    assert entries["to-do 9:15"].clashes == ()


def test_another_persons_and_unassigned_appointments_never_clash(shanghai, records, replica):
    appointment(records, "mine", local(23, 9), local(23, 10))
    appointment(records, "theirs", local(23, 9), local(23, 10), assignee_id=OTHER)
    appointment(records, "anyone's", local(23, 9), local(23, 10), assignee_id=None)

    entries = Calendar(replica, records.user_id).agenda(DAY, 1)

    assert {e.title: e.clashes for e in entries} == {"mine": (), "anyone's": ()}
    theirs = Calendar(replica, OTHER).agenda(DAY, 1)
    assert {e.title for e in theirs} == {"theirs", "anyone's"}
    assert all(e.clashes == () for e in theirs)


def test_an_appointment_running_past_midnight_clashes_with_the_next_days_first(
    shanghai, records, replica
):
    late = appointment(records, "dinner", local(22, 23), local(23, 1))
    appointment(records, "early call", local(23, 0, 30), local(23, 1, 30), kind="call")

    [entry] = Calendar(replica, records.user_id).agenda(DAY, 1)

    assert entry.title == "early call"
    assert [(c.id, c.title) for c in entry.clashes] == [(late["id"], "dinner")]


def test_deleted_tasks_vanish_and_done_ones_show_without_clashing(shanghai, records, replica):
    keep = appointment(records, "keep", local(23, 9), local(23, 10))
    gone = appointment(records, "cancelled", local(23, 9), local(23, 10))
    done = appointment(records, "held early", local(23, 9, 30), local(23, 10, 30))
    records.delete("task", gone["id"])
    records.update("task", done["id"], {"done": True})
    calendar = Calendar(replica, records.user_id)

    entries = {e.title: e for e in calendar.agenda(DAY, 1)}

    assert set(entries) == {"keep", "held early"}
    assert entries["keep"].clashes == () and entries["held early"].clashes == ()
    assert entries["held early"].done
    values = {"kind": "visit", "assignee_id": records.user_id}
    values |= {"starts_at": local(23, 9), "ends_at": local(23, 11)}
    assert titles(calendar.overlaps(values)) == ["keep"]  # not the cancelled one nor the done one
    assert calendar.overlaps({**values, "done": True}) == []  # saving a done one warns of nothing
    assert calendar.overlaps(values, exclude_id=keep["id"]) == []


def test_overlaps_before_saving_lists_the_clashing_appointments(shanghai, records, replica):
    shop = records.create("customer", {"name": "李娜"})
    morning = appointment(records, "morning", local(23, 9), local(23, 10), customer_id=shop["id"])
    appointment(records, "theirs", local(23, 9), local(23, 12), assignee_id=OTHER)
    calendar = Calendar(replica, records.user_id)
    new = {"kind": "meeting", "assignee_id": records.user_id}

    [clash] = calendar.overlaps({**new, "starts_at": local(23, 9, 45), "ends_at": local(23, 11)})
    assert (clash.id, clash.title, clash.customer) == (morning["id"], "morning", "李娜")
    assert (clash.when, clash.ends) == (local(23, 9), local(23, 10))
    # touching, a to-do, the appointment itself while editing it: nothing to warn about
    assert calendar.overlaps({**new, "starts_at": local(23, 10), "ends_at": local(23, 11)}) == []
    assert (
        calendar.overlaps(
            {**new, "kind": "todo", "starts_at": local(23, 9), "ends_at": local(23, 10)}
        )
        == []
    )
    assert (
        calendar.overlaps(
            {**new, "starts_at": local(23, 9, 15), "ends_at": local(23, 9, 45)}, morning["id"]
        )
        == []
    )
    other = {**new, "assignee_id": OTHER, "starts_at": local(23, 9), "ends_at": local(23, 10)}
    assert titles(calendar.overlaps(other)) == ["theirs"]


def test_the_week_is_read_in_two_queries_however_many_appointments(shanghai, records, replica):
    for day in range(23, 30):
        for hour in range(8, 18):
            start = local(day, hour)
            appointment(records, f"{day}/{hour}", start, start + timedelta(hours=1))
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(replica.engine, "before_cursor_execute", count)
    try:
        week = Calendar(replica, records.user_id).agenda(DAY, 7)
    finally:
        event.remove(replica.engine, "before_cursor_execute", count)

    assert len(week) == 70
    assert all(len(e.clashes) == 0 for e in week)  # back to back, never overlapping
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 2
