"""The Today screen's lists: what is due, what was promised, who has gone quiet, whose
birthday is coming. Read from the replica, so they work offline."""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import String, and_, case, func, literal_column, or_, select
from sqlalchemy.orm import aliased

from sync.protocol.entities import Customer, Interaction, Task
from sync.protocol.enums import LifecycleStatus, Tier

from .customer_file import latest
from .pool import PoolBoard
from .replica import Replica

# Days without contact after which a customer counts as dormant, by tier.
DORMANT_AFTER = {
    Tier.PREMIUM.value: 30,
    Tier.MAJOR.value: 60,
    Tier.ORDINARY.value: 120,
    Tier.POTENTIAL.value: 45,
}
LIMIT = 200


@dataclass(frozen=True)
class Entry:
    """One line of a Today list; `entity` and `row_id` name the record it opens (a task, the
    interaction that promised a follow-up, a customer)."""

    customer_id: str | None
    customer: str
    title: str
    when: date | datetime | None
    overdue: bool = False
    entity: str = "customer"
    row_id: str | None = None
    countdown: int | None = None  # days until the pool takes this customer back (issue 23)


@dataclass(frozen=True)
class Day:
    """Everything the Today screen shows, read in one go (off the GUI thread)."""

    tasks: list[Entry]
    follow_ups: list[Entry]
    dormant: list[Entry]
    birthdays: list[Entry]
    # my customers the pool's sweep takes back soon: tier as title, due moment, countdown
    returning: list[Entry] = field(default_factory=list)


class Agenda:
    def __init__(self, replica: Replica, user_id: str | None) -> None:
        self.replica = replica
        self.user_id = user_id

    def day(self, today: date) -> Day:
        return Day(
            self.tasks_due(today),
            self.follow_ups(today),
            self.dormant(today),
            self.birthdays(today),
            self.returning(),
        )

    def returning(self, now: datetime | None = None) -> list[Entry]:
        """The branch pool's reminder (issue 23): from the kept rules, so offline too."""
        board = PoolBoard(self.replica, None, None)
        return [
            Entry(
                r.customer_id,
                r.name,
                r.tier,
                r.returns_at,
                r.days_left <= 1,
                row_id=r.customer_id,
                countdown=r.days_left,
            )
            for r in board.returning(self.user_id, now)
        ]

    def tasks_due(self, today: date) -> list[Entry]:
        """Open tasks due by the end of today (overdue first), assigned to me or unassigned."""
        end = datetime.combine(today + timedelta(days=1), time(), UTC)
        start_of_day = datetime.combine(today, time(), UTC)
        query = (
            select(Task, Customer.name)
            .outerjoin(Customer, Customer.id == Task.customer_id)
            .where(
                Task.deleted_at.is_(None),
                Task.done.is_(False),
                func.coalesce(Task.due_at, Task.starts_at) < end,
                or_(Task.assignee_id == self.user_id, Task.assignee_id.is_(None)),
            )
            .order_by(func.coalesce(Task.due_at, Task.starts_at))
            .limit(LIMIT)
        )
        with self.replica.reading() as session:
            rows = session.execute(query).all()
        out = []
        for task, name in rows:
            when = task.due_at or task.starts_at
            if when is None:  # not so: the query compares their coalesce
                continue
            late = when < start_of_day
            out.append(Entry(task.customer_id, name or "", task.title, when, late, "task", task.id))
        return out

    def follow_ups(self, today: date, days: int = 7) -> list[Entry]:
        """Next steps promised in interactions, due within `days` or already late, unless a
        later interaction with the same customer has happened since."""
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
        query = (
            select(Interaction, Customer.name)
            .join(Customer, Customer.id == Interaction.customer_id)
            .where(
                Interaction.deleted_at.is_(None),
                Customer.deleted_at.is_(None),
                Interaction.next_step.is_not(None),
                Interaction.next_step_due <= today + timedelta(days=days),
                ~later,
            )
            .order_by(Interaction.next_step_due)
            .limit(LIMIT)
        )
        with self.replica.reading() as session:
            rows = session.execute(query).all()
        return [
            Entry(i.customer_id, name, step, due, due < today, "interaction", i.id)
            for i, name in rows
            # always both: the query asks for a next step and compares its due date
            if (step := i.next_step) is not None and (due := i.next_step_due) is not None
        ]

    def dormant(self, today: date) -> list[Entry]:
        """My active customers with no interaction for longer than their tier allows."""
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
            select(Customer.id, Customer.name, Customer.tier, last.c.last)
            .outerjoin(last, last.c.customer_id == Customer.id)
            .where(
                Customer.deleted_at.is_(None),
                Customer.owner_id == self.user_id,
                Customer.status.in_([LifecycleStatus.ACTIVE.value, LifecycleStatus.PROSPECT.value]),
                or_(*conditions),
            )
            .order_by(last.c.last.is_not(None), last.c.last)
            .limit(LIMIT)
        )
        with self.replica.reading() as session:
            rows = session.execute(query).all()
        return [Entry(cid, name, tier, when, row_id=cid) for cid, name, tier, when in rows]

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


def _next_birthday(birthday: object, today: date) -> date:
    assert isinstance(birthday, date)
    try:
        this_year = birthday.replace(year=today.year)
    except ValueError:  # 29 February
        this_year = date(today.year, 3, 1)
    return this_year if this_year >= today else this_year.replace(year=today.year + 1)
