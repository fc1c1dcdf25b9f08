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

    def agenda(self, start: date, days: int) -> list[Entry]:
        """Tasks of the user (or unassigned) sitting on the local days `start` .. `start +
        days - 1`, in time order, each appointment with the appointments it clashes with."""
        low, high = local_midnight(start), local_midnight(start + timedelta(days=days))
        query = (
            _entries()
            .where(
                Task.deleted_at.is_(None),
                or_(Task.assignee_id == self.user_id, Task.assignee_id.is_(None)),
                _when >= low,
                _when < high,
            )
            .order_by(_when, Task.id)
            .limit(LIMIT)
        )
        with self.replica.reading() as session:
            entries = [_entry(row) for row in session.execute(query)]
            # Also those starting before the range but still running in it.
            busy = [_entry(row) for row in session.execute(_busy(self.user_id, low, high))]
        clashes = _clashes(busy)
        return [replace(e, clashes=tuple(clashes.get(e.id, ()))) for e in entries]

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
        query = _busy(who, start, end)
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
    keeps its length (an hour if it had none), a task due by a time gets the new due time."""
    if not is_appointment(task):
        return {"due_at": when}
    start, end = task["starts_at"], task.get("ends_at")
    length = end - start if end is not None and end > start else DEFAULT_LENGTH
    return {"starts_at": when, "ends_at": when + length}


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


def _busy(assignee: str | None, low: datetime, high: datetime) -> Select[*tuple[Any, ...]]:
    """Live, open appointments of `assignee` overlapping [low, high), by start."""
    return (
        _entries()
        .where(
            Task.deleted_at.is_(None),
            Task.done.is_(False),
            Task.kind != TODO,
            Task.assignee_id == assignee,
            Task.assignee_id.is_not(None),
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
    still running when it starts."""
    out: dict[str, list[Entry]] = defaultdict(list)
    running: list[Entry] = []
    for entry in appointments:
        running = [other for other in running if other.ends is not None and other.ends > entry.when]
        for other in running:
            out[entry.id].append(other)
            out[other.id].append(entry)
        running.append(entry)
    return out
