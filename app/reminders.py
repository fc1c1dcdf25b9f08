"""Reminders of tasks and appointments, fired from the replica alone (no network needed).

A task's `remind_at` is an absolute time (UTC); the form offers it as a distance before the
start of an appointment or the due time of a to-do (`BEFORE`), and moving the task keeps that
distance (app/schedule.py). `Reminders.due(now)` returns each reminder once, when its time
has come: the user's (or nobody's) live tasks that are not done, with `remind_at` at or before
`now` and no more than `LOOKBACK` ago (what came due while the app was closed still shows when
it starts, yesterday's does not). A snoozed reminder comes back once its snooze is over. A
task marked done meanwhile never fires.

What has fired is kept in memory, per run of the app: a reminder whose time is changed fires
again at its new time. `overdue(now)` counts what is late, for a summary once a morning.
"""

import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select

from sync.protocol.entities import Customer, Task

from .replica import Replica

BEFORE = (0, 5, 15, 30, 60, 24 * 60)  # minutes before, as the task form offers them
LOOKBACK = timedelta(hours=12)
LIMIT = 50  # reminders fired in one check; more wait for the next


@dataclass(frozen=True)
class Reminder:
    id: str
    kind: str
    title: str
    customer: str
    when: datetime  # start of an appointment, due time of a to-do (aware UTC)
    remind_at: datetime


def anchor(task: dict[str, Any]) -> datetime | None:
    """What a reminder counts back from: the start, else the due time."""
    moment = task.get("starts_at") or task.get("due_at")
    return moment if isinstance(moment, datetime) else None


def minutes_before(task: dict[str, Any]) -> int | None:
    """The task's reminder as minutes before its anchor (None: no reminder or no anchor)."""
    remind, moment = task.get("remind_at"), anchor(task)
    if remind is None or moment is None:
        return None
    return int((moment - remind) / timedelta(minutes=1))


class Reminders:
    def __init__(self, replica: Replica, user_id: str | None) -> None:
        self.replica = replica
        self.user_id = user_id
        self._fired: dict[str, datetime] = {}  # task id -> the remind_at it fired for
        self._snoozed: dict[str, datetime] = {}  # task id -> when it comes back
        self._lock = threading.Lock()

    def due(self, now: datetime) -> list[Reminder]:
        """Reminders whose time has come and that have not fired yet (or whose snooze is
        over), each returned once."""
        when = func.coalesce(Task.starts_at, Task.due_at)
        live = (
            Task.deleted_at.is_(None),
            Task.done.is_(False),
            Task.remind_at.is_not(None),
            or_(Task.assignee_id == self.user_id, Task.assignee_id.is_(None)),
        )
        columns = (Task.id, Task.kind, Task.title, Customer.name, when, Task.remind_at)
        base = select(*columns).outerjoin(Customer, Customer.id == Task.customer_id)
        with self._lock:
            back = [tid for tid, until in self._snoozed.items() if until <= now]
            fresh = base.where(*live, Task.remind_at <= now, Task.remind_at > now - LOOKBACK)
            with self.replica.reading() as session:
                rows = list(session.execute(fresh.order_by(Task.remind_at).limit(LIMIT)))
                if back:
                    rows += list(session.execute(base.where(*live, Task.id.in_(back))))
            out: dict[str, Reminder] = {}
            for task_id, kind, title, customer, moment, remind in rows:
                if remind is None:
                    continue
                snoozed = task_id in self._snoozed
                if snoozed and task_id not in back:
                    continue  # still snoozed
                if not snoozed and self._fired.get(task_id) == remind:
                    continue  # fired already
                out[task_id] = Reminder(task_id, kind, title, customer or "", moment, remind)
                self._fired[task_id] = remind
            for task_id in back:
                self._snoozed.pop(task_id, None)
            return sorted(out.values(), key=lambda r: (r.remind_at, r.id))

    def overdue(self, now: datetime) -> int:
        """The user's open tasks due by a time that has passed (the morning summary)."""
        query = select(func.count()).where(
            Task.deleted_at.is_(None),
            Task.done.is_(False),
            Task.starts_at.is_(None),
            Task.due_at < now,
            or_(Task.assignee_id == self.user_id, Task.assignee_id.is_(None)),
        )
        with self.replica.reading() as session:
            return int(session.scalar(query) or 0)

    def snooze(self, task_id: str, until: datetime) -> None:
        """Fire this reminder again at `until` (unless the task is done or gone by then)."""
        with self._lock:
            self._snoozed[task_id] = until

    def dismiss(self, task_id: str) -> None:
        """No more of this reminder (a snooze is cancelled)."""
        with self._lock:
            self._snoozed.pop(task_id, None)
