"""The calendar from a real replica: local days, clashes between one person's appointments,
and what deleted, done, unassigned and other people's tasks do; a month across a
daylight-saving change, drags by wall-clock time, a manager's team and who may change what."""

import time
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event

from app.schedule import Calendar, shifted

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


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch):
    """Local time is Europe/Berlin: summer time starts on 2031-03-30 at 02:00."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield ZoneInfo("Europe/Berlin")
    monkeypatch.undo()
    time.tzset()


def test_a_drag_moves_by_wall_clock_time_across_a_dst_change(berlin):
    def wall(day: int, hour: int, minute: int = 0) -> datetime:
        return datetime(2031, 3, day, hour, minute, tzinfo=berlin).astimezone(UTC)

    visit = {"kind": "visit", "starts_at": wall(29, 9), "ends_at": wall(29, 10), "due_at": None}

    # a day later is 09:00 again (23 hours of UTC that night), and 30 minutes is 30 minutes
    assert shifted(visit, days=1, minutes=30) == {
        "starts_at": wall(30, 9, 30),
        "ends_at": wall(30, 10, 30),
    }
    assert shifted(visit, minutes=45, end_only=True) == {"ends_at": wall(29, 10, 45)}
    assert shifted(visit, minutes=-120, end_only=True) == {"ends_at": wall(29, 9, 15)}
    todo = {"kind": "todo", "starts_at": None, "ends_at": None, "due_at": wall(29, 17)}
    assert shifted(todo, days=2, minutes=-15) == {"due_at": wall(31, 16, 45)}
    assert shifted(todo, minutes=15, end_only=True) == {}  # a to-do has no end to drag
    # a reminder keeps its distance to the start
    reminded = {**visit, "remind_at": wall(29, 8, 45)}
    assert shifted(reminded, days=1)["remind_at"] == wall(30, 8, 45)
    assert "remind_at" not in shifted(reminded, minutes=30, end_only=True)


def test_the_month_is_every_local_day_with_its_entries(berlin, records, replica):
    def wall(month: int, day: int, hour: int, minute: int = 0) -> datetime:
        return datetime(2031, month, day, hour, minute, tzinfo=berlin).astimezone(UTC)

    me = records.user_id
    for title, moment in (
        ("Feb 28 23:30", wall(2, 28, 23, 30)),
        ("Mar 31 00:30", wall(3, 31, 0, 30)),
        ("Apr 1 00:30", wall(4, 1, 0, 30)),
    ):
        records.create("task", {"title": title, "due_at": moment, "assignee_id": me})

    month = Calendar(replica, me).month(2031, 3)

    assert list(month) == [date(2031, 3, d) for d in range(1, 32)]
    assert {day: titles(entries) for day, entries in month.items() if entries} == {
        date(2031, 3, 31): ["Mar 31 00:30"]
    }


def test_a_team_is_read_person_by_person_with_each_ones_clashes(shanghai, records, replica):
    appointment(records, "mine", local(23, 9), local(23, 10))
    b1 = appointment(records, "bob 1", local(23, 9), local(23, 10), assignee_id=OTHER)
    b2 = appointment(records, "bob 2", local(23, 9, 30), local(23, 11), assignee_id=OTHER)
    appointment(records, "anyone's", local(23, 9), local(23, 10), assignee_id=None)
    calendar = Calendar(replica, records.user_id)

    team = {e.title: e for e in calendar.agenda(DAY, 1, [records.user_id, OTHER])}

    assert set(team) == {"mine", "bob 1", "bob 2"}  # assigned ones, nobody's excluded
    assert team["mine"].clashes == ()  # Bob at the same time is no clash of mine
    assert [c.id for c in team["bob 1"].clashes] == [b2["id"]]
    assert [c.id for c in team["bob 2"].clashes] == [b1["id"]]
    assert calendar.assignees(DAY, 1) == sorted([records.user_id, OTHER])


def test_who_may_change_what_on_the_calendar(records, replica):
    shop = records.create("customer", {"name": "张伟"})
    calendar = Calendar(replica, records.user_id)
    base = {"kind": "visit", "title": "t", "starts_at": utc(23, 1), "ends_at": utc(23, 2)}
    made = {
        "mine": records.create("task", {**base, "assignee_id": records.user_id}),
        "nobody's": records.create("task", {**base, "assignee_id": None}),
        "their customer's": records.create(
            "task", {**base, "assignee_id": OTHER, "customer_id": shop["id"]}
        ),
        "their own": records.create("task", {**base, "assignee_id": OTHER}),
    }
    entries = {e.id: e for e in calendar.agenda(DAY, 1, [records.user_id, OTHER])}
    entries |= {e.id: e for e in calendar.agenda(DAY, 1)}

    assert {name: calendar.editable(entries[row["id"]]) for name, row in made.items()} == {
        "mine": True,
        "nobody's": True,
        "their customer's": True,
        "their own": False,
    }
