"""The Today screen's lists: what is due, what was promised, who has gone quiet, whose
birthday is coming. Read from the replica, so they work offline."""

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, String, and_, case, func, literal_column, or_, select, true
from sqlalchemy.orm import aliased

from sync.protocol.entities import Customer, Interaction, Task
from sync.protocol.enums import LifecycleStatus, Tier

from .customer_file import latest
from .pool import PoolBoard
from .replica import Replica
from .service_desk import today_lines

# Days without contact after which a customer counts as dormant, by tier.
DORMANT_AFTER = {
    Tier.PREMIUM.value: 30,
    Tier.MAJOR.value: 60,
    Tier.ORDINARY.value: 120,
    Tier.POTENTIAL.value: 45,
}
LIMIT = 200
WEEK = 7  # days: what counts as this week's work, before and after today
# Days a promised follow-up stays on Today after its date (it stays in the customer's history).
PROMISES_FOR = timedelta(days=90)


@dataclass(frozen=True)
class Entry:
    """One line of a Today list; `entity` and `row_id` name the record it opens (a task, the
    interaction that promised a follow-up, a customer). `person` is whose work it is (a task's
    assignee, the author of a promise, a customer's owner): a manager's Today groups by it."""

    customer_id: str | None
    customer: str
    title: str
    when: date | datetime | None
    overdue: bool = False
    entity: str = "customer"
    row_id: str | None = None
    person: str | None = None
    countdown: int | None = None  # days until the pool takes this customer back (issue 23)
    flag: str | None = None  # a service request's line (issue 21): complaint, overdue, due_soon


@dataclass(frozen=True)
class Day:
    """Everything the Today screen shows, read in one go (off the GUI thread).

    The user's own work (tasks and promised follow-ups, by time) comes in three parts: `due`
    (today, and what fell overdue within the last `WEEK` days), `coming` (the next `WEEK`
    days) and `older` (overdue for longer). A manager's `team` is the others' overdue work in
    the branch; `dormant` is the user's (a rep) or the branch's (a manager) quiet customers.
    `notices` is open for other reminder lines a service adds (shown above the work)."""

    date: date
    team_view: bool
    due: list[Entry]
    coming: list[Entry]
    older: list[Entry]
    team: list[Entry]
    dormant: list[Entry]
    birthdays: list[Entry]
    # my customers the pool's sweep takes back soon: tier as title, due moment, countdown
    returning: list[Entry] = field(default_factory=list)
    notices: list[Entry] = field(default_factory=list)

    @property
    def tasks(self) -> list[Entry]:
        """The user's tasks overdue or due today (oldest first)."""
        return [e for e in (*self.older, *self.due) if e.entity == "task"]

    @property
    def follow_ups(self) -> list[Entry]:
        return [e for e in (*self.older, *self.due, *self.coming) if e.entity == "interaction"]


def day_start(day: date) -> datetime:
    """Local midnight at the start of `day`, in UTC (as the replica stores moments)."""
    return datetime.combine(day, time()).astimezone(UTC)


class Agenda:
    def __init__(self, replica: Replica, user_id: str | None) -> None:
        self.replica = replica
        self.user_id = user_id

    def day(self, today: date, *, team: bool = False, branch: bool = True) -> Day:
        """Today's screen; `team` (a manager) adds the branch: others' overdue work and every
        quiet customer of the branch instead of the user's own. Without `branch` the slow
        part (`team` and `dormant`, read through the whole replica) is left empty, for
        `branch()` to read beside it."""
        week_ago, week_on = today - timedelta(days=WEEK), today + timedelta(days=WEEK)
        older = self.work(None, week_ago)
        due = self.work(week_ago, today + timedelta(days=1))
        coming = self.work(today + timedelta(days=1), week_on + timedelta(days=1))
        others, dormant = self.branch(today, team=team) if branch else ([], [])
        return Day(
            today,
            team,
            [_late(e, today) for e in due],
            coming,
            [_late(e, today) for e in older],
            others,
            dormant,
            self.birthdays(today),
            self.returning(),
            self.service(),
        )

    def service(self, now: datetime | None = None) -> list[Entry]:
        """Open complaints of the user's customers and the user's requests near or past
        their due time (issue 21, app/service_desk.py), from the replica, so offline too."""
        return [
            Entry(
                t.customer_id,
                t.customer,
                t.subject,
                t.sla_due_at,
                t.overdue,
                "service_request",
                t.id,
                t.assignee_id,
                flag=flag,
            )
            for t, flag in today_lines(self.replica, self.user_id, now)
        ]

    def branch(self, today: date, *, team: bool = False) -> tuple[list[Entry], list[Entry]]:
        """(the others' overdue work (a manager's `team`), the quiet customers)."""
        return (self.team_overdue(today) if team else [], self.dormant(today, team=team))

    def returning(self, now: datetime | None = None) -> list[Entry]:
        """The branch pool's reminder (issue 23): from the kept rules, so offline too."""
        board = PoolBoard(self.replica, None, None)
        return [
            Entry(
                r.customer_id,
                r.name,
                r.tier,
                r.returns_at,
                False,  # not late: the moment it will be returned
                row_id=r.customer_id,
                countdown=r.days_left,
            )
            for r in board.returning(self.user_id, now)
        ]

    def _my_task(self) -> ColumnElement[bool]:
        """A task is mine when assigned to me, or unassigned on my customer or written by me."""
        me = self.user_id  # IS, not =: never NULL, so that ~mine is everybody else's
        return or_(
            Task.assignee_id.is_not_distinct_from(me),
            and_(
                Task.assignee_id.is_(None),
                or_(
                    Customer.owner_id.is_not_distinct_from(me),
                    Task.created_by.is_not_distinct_from(me),
                ),
            ),
        )

    def _my_promise(self) -> ColumnElement[bool]:
        """A promised follow-up is mine when I wrote it, or it is about my customer."""
        me = self.user_id
        return or_(
            Interaction.user_id.is_not_distinct_from(me),
            and_(Interaction.user_id.is_(None), Interaction.created_by.is_not_distinct_from(me)),
            Customer.owner_id.is_not_distinct_from(me),
        )

    def work(self, start: date | None, end: date, *, mine: bool = True) -> list[Entry]:
        """Open tasks and promised follow-ups due from `start` (None: any time) to before
        `end`, by time; the user's own, or (`mine=False`) everybody else's."""
        tasks = self._tasks(start, end, self._my_task() if mine else ~self._my_task())
        promises = self._promises(start, end, self._my_promise() if mine else ~self._my_promise())
        out = sorted([*tasks, *promises], key=_moment)
        return out[:LIMIT] if start is not None else out[-LIMIT:]

    def team_overdue(self, today: date) -> list[Entry]:
        """Everybody else's overdue work in the replica (a manager's: the branch), by person
        and then oldest first."""
        entries = [_late(e, today) for e in self.work(None, today, mine=False)]
        return sorted(entries, key=lambda e: (e.person or "", _moment(e)))

    def tasks_due(self, today: date) -> list[Entry]:
        """My open tasks due by the end of today (overdue first)."""
        entries = self._tasks(None, today + timedelta(days=1), self._my_task())
        return [_late(e, today) for e in entries][::-1]

    def _tasks(self, start: date | None, end: date, whose: ColumnElement[bool]) -> list[Entry]:
        moment = func.coalesce(Task.due_at, Task.starts_at)
        person = func.coalesce(Task.assignee_id, Customer.owner_id, Task.created_by)
        conditions = [
            Task.deleted_at.is_(None),
            Task.done.is_(False),
            moment < day_start(end),
            whose,
        ]
        if start is not None:
            conditions.append(moment >= day_start(start))
        query = (
            select(Task, Customer.name, person)
            .outerjoin(Customer, Customer.id == Task.customer_id)
            .where(*conditions)
            .order_by(moment.desc() if start is None else moment)
            .limit(LIMIT)
        )
        with self.replica.reading() as session:
            rows = session.execute(query).all()
        out = []
        for task, name, who in rows:
            when = task.due_at or task.starts_at
            if when is None:  # not so: the query compares their coalesce
                continue
            entry = Entry(task.customer_id, name or "", task.title, when, False, "task", task.id)
            out.append(replace(entry, person=who))
        return out

    def _promises(self, start: date | None, end: date, whose: ColumnElement[bool]) -> list[Entry]:
        """Next steps promised in interactions, unless a later interaction with the same
        customer has happened since."""
        since = aliased(Interaction)
        later = (
            select(since.id)
            .where(
                since.customer_id == Interaction.customer_id,
                since.deleted_at.is_(None),
                since.occurred_at > Interaction.occurred_at,
            )
            .exists()
        )
        conditions = [
            Interaction.deleted_at.is_(None),
            Customer.deleted_at.is_(None),
            Interaction.next_step.is_not(None),
            Interaction.next_step_due < end,
            whose,
            ~later,
        ]
        # a promise is looked for back to `PROMISES_FOR` days: each candidate costs a look for
        # a later interaction, and a branch's history holds hundreds of thousands of them
        conditions.append(Interaction.next_step_due >= (start or end - PROMISES_FOR))
        person = func.coalesce(Interaction.user_id, Interaction.created_by)
        query = (
            select(Interaction, Customer.name, person)
            .join(Customer, Customer.id == Interaction.customer_id)
            .where(*conditions)
            .order_by(
                Interaction.next_step_due.desc() if start is None else Interaction.next_step_due
            )
            .limit(LIMIT)
        )
        with self.replica.reading() as session:
            rows = session.execute(query).all()
        return [
            Entry(i.customer_id, name, step, due, False, "interaction", i.id, who)
            for i, name, who in rows
            # always both: the query asks for a next step and compares its due date
            if (step := i.next_step) is not None and (due := i.next_step_due) is not None
        ]

    def follow_ups(self, today: date, days: int = WEEK) -> list[Entry]:
        """My promised follow-ups due within `days` or already late."""
        end = today + timedelta(days=days + 1)
        return [_late(e, today) for e in self._promises(None, end, self._my_promise())][::-1]

    def dormant(self, today: date, *, team: bool = False) -> list[Entry]:
        """My active customers (`team`: every one the replica holds, a manager's branch) with
        no interaction for longer than their tier allows; longest quiet first."""
        last = (
            select(Interaction.customer_id, latest(Interaction.occurred_at).label("last"))
            .where(Interaction.deleted_at.is_(None))
            .group_by(Interaction.customer_id)
            .subquery()
        )
        conditions = [
            and_(
                Customer.tier == tier,
                or_(
                    last.c.last.is_(None),
                    last.c.last < datetime.combine(today - timedelta(days=days), time(), UTC),
                ),
            )
            for tier, days in DORMANT_AFTER.items()
        ]
        query = (
            select(Customer.id, Customer.name, Customer.tier, last.c.last, Customer.owner_id)
            .outerjoin(last, last.c.customer_id == Customer.id)
            .where(
                Customer.deleted_at.is_(None),
                true() if team else Customer.owner_id == self.user_id,
                Customer.status.in_([LifecycleStatus.ACTIVE.value, LifecycleStatus.PROSPECT.value]),
                or_(*conditions),
            )
            .order_by(last.c.last.is_not(None), last.c.last)
            .limit(LIMIT)
        )
        with self.replica.reading() as session:
            rows = session.execute(query).all()
        return [
            Entry(cid, name, tier, when, row_id=cid, person=owner)
            for cid, name, tier, when, owner in rows
        ]

    def birthdays(self, today: date, days: int = 7) -> list[Entry]:
        """Customers whose birthday falls in the next `days` days (today included), soonest
        first. Matches month-day text against the replica's birthday index (migration 0005)."""
        wanted = [(today + timedelta(days=n)).strftime("%m-%d") for n in range(days)]
        month_day = literal_column("substr(customers.birthday, 6, 5)", String)  # as indexed
        query = (
            select(Customer.id, Customer.name, Customer.birthday)
            .where(
                Customer.deleted_at.is_(None),
                Customer.birthday.is_not(None),
                month_day.in_(wanted),
            )
            .order_by(case({md: n for n, md in enumerate(wanted)}, value=month_day))
            .limit(LIMIT)
        )
        with self.replica.reading() as session:
            rows = session.execute(query).all()
        entries = [Entry(cid, name, "", birthday, row_id=cid) for cid, name, birthday in rows]
        return sorted(entries, key=lambda e: _next_birthday(e.when, today))


def _moment(entry: Entry) -> datetime:
    """When an entry is due, comparable: a follow-up's date counts from its local midnight."""
    when = entry.when
    if isinstance(when, datetime):
        return when
    return day_start(when) if when is not None else datetime.min.replace(tzinfo=UTC)


def _late(entry: Entry, today: date) -> Entry:
    """The entry, marked overdue if it was due before today began."""
    when = entry.when
    if isinstance(when, datetime):
        late = when < day_start(today)
    else:
        late = when is not None and when < today
    return replace(entry, overdue=late)


def _next_birthday(birthday: object, today: date) -> date:
    assert isinstance(birthday, date)
    try:
        this_year = birthday.replace(year=today.year)
    except ValueError:  # 29 February
        this_year = date(today.year, 3, 1)
    return this_year if this_year >= today else this_year.replace(year=today.year + 1)
