"""The calendar's reads: a person's tasks and appointments by local day, and clashes.

An appointment is a task of kind call, visit or meeting with a start and an end; a to-do sits
on the calendar at its due time. Two appointments of the same assignee clash when their
intervals overlap; touching ones (one ends at 10:00, the next starts at 10:00) do not.
Deleted tasks never show and never clash. Done tasks still show (what happened that day) but
never clash and are never overdue: the slot they held is free again. Unassigned tasks show to
everyone but belong to nobody, so they never clash.

Module named `schedule`, not `calendar`, so nothing can ever shadow the standard library's.
"""

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select

from sync.protocol.entities import Customer, Task
from sync.protocol.enums import TaskKind

from .replica import Replica

LIMIT = 1000  # rows of one range; a week of anyone's work is far below
CLASH_LIMIT = 20  # clashes listed when saving one appointment
TODO = TaskKind.TODO.value
DEFAULT_LENGTH = timedelta(hours=1)  # of an appointment planned without an end
SLOT = timedelta(minutes=15)  # what the calendar's drags and keys move by
_when = func.coalesce(Task.starts_at, Task.due_at)  # where a task sits on the calendar


@dataclass(frozen=True)
class Entry:
    """One task on the calendar; times are aware UTC (show them with `astimezone()`)."""

    id: str
    kind: str
    title: str
    customer_id: str | None
    customer: str
    when: datetime  # start of an appointment, due time of a to-do
    ends: datetime | None
    location: str | None
    done: bool
    assignee_id: str | None
    clashes: tuple["Entry", ...] = ()

    @property
    def appointment(self) -> bool:
        return self.kind != TODO and self.ends is not None

    @property
    def day(self) -> date:
        """The local day the entry sits on."""
        return self.when.astimezone().date()

    def overdue(self, now: datetime) -> bool:
        return not self.done and not self.appointment and self.when < now


class Calendar:
    def __init__(self, replica: Replica, user_id: str | None) -> None:
        self.replica = replica
        self.user_id = user_id

    def agenda(self, start: date, days: int, people: Sequence[str] | None = None) -> list[Entry]:
        """Tasks of the user (or unassigned) sitting on the local days `start` .. `start +
        days - 1`, in time order, each appointment with the appointments it clashes with.
        With `people`: the tasks assigned to those people instead (a manager's team view)."""
        low, high = local_midnight(start), local_midnight(start + timedelta(days=days))
        if people is None:
            whose = or_(Task.assignee_id == self.user_id, Task.assignee_id.is_(None))
            busy_of: list[str | None] = [self.user_id]
        else:
            whose, busy_of = Task.assignee_id.in_(list(people)), list(people)
        query = (
            _entries()
            .where(Task.deleted_at.is_(None), whose, _when >= low, _when < high)
            .order_by(_when, Task.id)
            .limit(LIMIT)
        )
        with self.replica.reading() as session:
            entries = [_entry(row) for row in session.execute(query)]
            # Also those starting before the range but still running in it.
            busy = [_entry(row) for row in session.execute(_busy(busy_of, low, high))]
        clashes = _clashes(busy)
        return [replace(e, clashes=tuple(clashes.get(e.id, ()))) for e in entries]

    def month(self, year: int, month: int) -> dict[date, list[Entry]]:
        """Every local day of a month with its entries in time order (days without any
        too). Days are the user's local ones, right across a daylight-saving change."""
        first = date(year, month, 1)
        following = date(year + month // 12, month % 12 + 1, 1)
        days = (following - first).days
        out: dict[date, list[Entry]] = {first + timedelta(days=n): [] for n in range(days)}
        for entry in self.agenda(first, days):
            out.setdefault(entry.day, []).append(entry)
        return out

    def assignees(self, start: date, days: int) -> list[str]:
        """Everyone with a task on the local days `start` .. `start + days - 1`."""
        low, high = local_midnight(start), local_midnight(start + timedelta(days=days))
        query = (
            select(Task.assignee_id)
            .where(
                Task.deleted_at.is_(None),
                Task.assignee_id.is_not(None),
                _when >= low,
                _when < high,
            )
            .distinct()
            .limit(LIMIT)
        )
        with self.replica.reading() as session:
            return sorted(str(who) for who in session.scalars(query))

    def editable(self, entry: Entry) -> bool:
        """The user may change this entry: theirs, unassigned, or a customer's task (in the
        replica, so in their scope: a manager's branch). Another person's personal task is
        read-only (the server would refuse the change)."""
        if entry.assignee_id in (None, self.user_id):
            return True
        return entry.customer_id is not None

    def overlaps(self, values: Mapping[str, Any], exclude_id: str | None = None) -> list[Entry]:
        """Existing appointments of the assignee in `values` (typed task fields) that overlap
        its start/end; `exclude_id` is the task being edited. Empty for a to-do or a done task."""
        start, end, who = values.get("starts_at"), values.get("ends_at"), values.get("assignee_id")
        if values.get("kind") == TODO or values.get("done"):
            return []
        if start is None or end is None or who is None:
            return []
        if end <= start:
            return []
        query = _busy([who], start, end)
        if exclude_id is not None:
            query = query.where(Task.id != exclude_id)
        with self.replica.reading() as session:
            return [_entry(row) for row in session.execute(query.limit(CLASH_LIMIT))]


def is_appointment(task: Mapping[str, Any]) -> bool:
    """A task held at a time (start and end), as opposed to one due by a time. Read from
    the row, not the kind: a call can be "call back by 17:00" as well as "call at 15:00"."""
    return task.get("kind") != TODO and task.get("starts_at") is not None


def rescheduled(task: Mapping[str, Any], when: datetime) -> dict[str, Any]:
    """The fields that move `task` to `when` and nothing else: its kind stays, an appointment
    keeps its length (an hour if it had none), a task due by a time gets the new due time;
    a reminder keeps its distance to the start (or due time)."""
    if not is_appointment(task):
        return _with_reminder(task, {"due_at": when}, "due_at")
    start, end = task["starts_at"], task.get("ends_at")
    length = end - start if end is not None and end > start else DEFAULT_LENGTH
    return _with_reminder(task, {"starts_at": when, "ends_at": when + length}, "starts_at")


def _with_reminder(task: Mapping[str, Any], values: dict[str, Any], key: str) -> dict[str, Any]:
    remind, before = task.get("remind_at"), task.get(key)
    if remind is not None and before is not None and key in values:
        values["remind_at"] = values[key] - (before - remind)
    return values


def shifted(
    task: Mapping[str, Any], days: int = 0, minutes: int = 0, *, end_only: bool = False
) -> dict[str, Any]:
    """The fields that move a task (or, `end_only`, its end) by `days` and `minutes` of
    local wall-clock time, as a drag on the calendar does: an appointment's start and end
    move by exactly that (an hour long if it had no end), a to-do its due time, and a
    reminder keeps its distance to them. Resizing
    never makes an appointment shorter than `SLOT`; it is {} for a to-do."""

    def moved(moment: datetime) -> datetime:
        wall = moment.astimezone().replace(tzinfo=None)
        return (wall + timedelta(days=days, minutes=minutes)).astimezone(UTC)

    if not is_appointment(task):
        if end_only or task.get("due_at") is None:
            return {}
        return _with_reminder(task, {"due_at": moved(task["due_at"])}, "due_at")
    start, end = task["starts_at"], task.get("ends_at")
    if end is None or end <= start:
        end = start + DEFAULT_LENGTH
    if end_only:
        return {"ends_at": max(moved(end), start + SLOT)}
    return _with_reminder(task, {"starts_at": moved(start), "ends_at": moved(end)}, "starts_at")


def local_midnight(day: date) -> datetime:
    """Start of a local day as aware UTC (right across daylight-saving changes)."""
    return datetime.combine(day, time()).astimezone(UTC)


def _entries() -> Select[*tuple[Any, ...]]:
    return select(
        Task.id,
        Task.kind,
        Task.title,
        Task.customer_id,
        Customer.name,
        _when,
        Task.ends_at,
        Task.location,
        Task.done,
        Task.assignee_id,
    ).outerjoin(Customer, Customer.id == Task.customer_id)


def _busy(
    assignees: Sequence[str | None], low: datetime, high: datetime
) -> Select[*tuple[Any, ...]]:
    """Live, open appointments of `assignees` overlapping [low, high), by start."""
    return (
        _entries()
        .where(
            Task.deleted_at.is_(None),
            Task.done.is_(False),
            Task.kind != TODO,
            Task.assignee_id.in_([a for a in assignees if a is not None]),
            Task.starts_at < high,
            Task.ends_at > low,
        )
        .order_by(Task.starts_at, Task.id)
        .limit(LIMIT)
    )


def _entry(row: Sequence[Any]) -> Entry:
    task_id, kind, title, customer_id, name, when, ends, location, done, assignee = row
    ends = ends if kind != TODO else None
    return Entry(
        task_id, kind, title, customer_id, name or "", when, ends, location, done, assignee
    )


def _clashes(appointments: list[Entry]) -> dict[str, list[Entry]]:
    """One sweep over appointments sorted by start: each one clashes with every earlier one
    of the same person still running when it starts."""
    out: dict[str, list[Entry]] = defaultdict(list)
    running: dict[str | None, list[Entry]] = defaultdict(list)
    for entry in appointments:
        now_running = [
            other
            for other in running[entry.assignee_id]
            if other.ends is not None and other.ends > entry.when
        ]
        for other in now_running:
            out[entry.id].append(other)
            out[other.id].append(entry)
        running[entry.assignee_id] = [*now_running, entry]
    return out
