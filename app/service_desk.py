"""The Service screen's queue and its actions: service requests by urgency (past their SLA
first), escalate, reassign, start, resolve, close. Reads the replica, so it works offline;
every change goes through `Records`, so it syncs."""

import statistics
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select, true
from sqlalchemy.orm import Session

from sync.protocol import sla, validation
from sync.protocol.entities import Customer, ServiceRequest, Task
from sync.protocol.enums import (
    InteractionKind,
    ServiceKind,
    ServicePriority,
    ServiceStatus,
    TaskKind,
)
from sync.protocol.types import utcnow
from sync.protocol.validation import FieldError, ValidationError
from sync.protocol.values import to_wire

from .changes import Changes
from .errors import KnownError
from .records import Records
from .replica import Replica

ENTITY = "service_request"
LIMIT = 500
MAX_ESCALATION = 5
OPEN = (ServiceStatus.NEW.value, ServiceStatus.IN_PROGRESS.value, ServiceStatus.ESCALATED.value)
_RANK = {p.value: rank for rank, p in enumerate(ServicePriority)}  # low 0 ... urgent 3
# Hours from a request's creation to its SLA due time, by priority: what a new request's
# form proposes (the user may set another due time).
SLA_HOURS = {
    ServicePriority.URGENT.value: 4,
    ServicePriority.HIGH.value: 24,
    ServicePriority.NORMAL.value: 72,
    ServicePriority.LOW.value: 168,
}
TICKET_COLUMNS = (
    ServiceRequest.id,
    ServiceRequest.customer_id,
    ServiceRequest.subject,
    ServiceRequest.kind,
    ServiceRequest.priority,
    ServiceRequest.status,
    ServiceRequest.escalation_level,
    ServiceRequest.assignee_id,
    ServiceRequest.sla_due_at,
    ServiceRequest.sla_warn_at,
    ServiceRequest.opened_at,
    ServiceRequest.created_at,
)
WARN_SHARE = 0.75  # without the policy's warning time: three quarters of the time elapsed


def default_due(priority: str, since: datetime) -> datetime:
    """The SLA due time of a request of `priority` created at `since`."""
    return since + timedelta(hours=SLA_HOURS.get(priority, SLA_HOURS["normal"]))


class QueueFilter(StrEnum):
    OPEN = "open"
    MINE = "mine"
    OVERDUE = "overdue"
    ALL = "all"


class RequestClosed(KnownError):
    code = "request_closed"


class SatisfactionRequired(KnownError):
    """Issue 21: a complaint is closed with the customer's satisfaction (1-5)."""

    code = "satisfaction_required"


LOW_SCORE = 2  # a score this low or lower reopens the complaint
RETURN_VISIT = "Return visit: {subject}"
RETURN_VISIT_SPACE = uuid.UUID("7d4f2f0e-2a7c-4a59-9a43-3c3a5bb1e021")


def return_visit_id(request_id: str) -> str:
    """The return-visit task of a request has an id derived from the request's: resolving
    again (here, or offline on another laptop) finds the one there is instead of adding one."""
    return str(uuid.uuid5(RETURN_VISIT_SPACE, request_id))


@dataclass(frozen=True)
class Ticket:
    """One row of the queue, as plain data."""

    id: str
    customer_id: str
    customer: str
    subject: str
    kind: str
    priority: str
    status: str
    escalation_level: int
    assignee_id: str | None
    sla_due_at: datetime | None
    overdue: bool
    # issue 21: most of the time to the due time has gone (the policy's share, 75 % by default)
    warn: bool = False

    @property
    def is_open(self) -> bool:
        return self.status in OPEN


@dataclass(frozen=True)
class Queue:
    tickets: list[Ticket]
    total: int  # all that match the filter, though at most LIMIT are listed
    overdue: int


class ServiceDesk:
    def __init__(self, replica: Replica, user_id: str | None) -> None:
        self.replica = replica
        self.user_id = user_id

    def requests(
        self, which: QueueFilter = QueueFilter.OPEN, now: datetime | None = None, limit: int = LIMIT
    ) -> Queue:
        """Overdue first (longest overdue on top), then open ones by SLA due, then by priority."""
        is_open = ServiceRequest.status.in_(OPEN)
        due = ServiceRequest.sla_due_at
        overdue = and_(is_open, due.is_not(None), due < (now or utcnow()))  # never NULL
        rank = case(_RANK, value=ServiceRequest.priority, else_=-1)
        # Deleted customers are few: ruling them out through that small set is ~5x quicker on
        # a branch-sized replica than joining every request to its customer.
        deleted = select(Customer.id).where(Customer.deleted_at.is_not(None))
        where = (
            ServiceRequest.deleted_at.is_(None),
            ServiceRequest.customer_id.not_in(deleted),
            self._condition(which, is_open, overdue),
        )
        query = (
            select(*TICKET_COLUMNS, overdue.label("overdue"))
            .where(*where)
            .order_by(overdue.desc(), is_open.desc(), due.is_(None), due, rank.desc())
            .order_by(ServiceRequest.created_at)
            .limit(limit)
        )
        late = func.coalesce(func.sum(case((overdue, 1), else_=0)), 0)
        with self.replica.reading() as session:
            rows = session.execute(query).all()
            total, overdue_count = session.execute(select(func.count(), late).where(*where)).one()
            names = _names(session, {row.customer_id for row in rows})
        moment = now or utcnow()
        shown = {"sla_warn_at", "opened_at", "created_at", "overdue"}
        tickets = [
            Ticket(
                **{k: v for k, v in row._mapping.items() if k not in shown},
                overdue=bool(row.overdue),
                warn=not row.overdue and row.status in OPEN and _warned(row, moment),
                customer=names.get(row.customer_id, ""),
            )
            for row in rows
        ]
        return Queue(tickets, total, overdue_count)

    def _condition(
        self, which: QueueFilter, is_open: ColumnElement[bool], overdue: ColumnElement[bool]
    ) -> ColumnElement[bool]:
        if which == QueueFilter.OPEN:
            return is_open
        if which == QueueFilter.MINE:
            return and_(is_open, ServiceRequest.assignee_id == self.user_id)
        if which == QueueFilter.OVERDUE:
            return overdue
        return true()

    # --- actions (each one a write through Records, so it is queued for sync) ----------------

    def escalate(self, records: Records, request_id: str) -> dict[str, Any]:
        """One level up (at most 5) and status "escalated"; reopens a resolved request."""
        row = self._not_closed(records, request_id)
        level = min(row["escalation_level"] + 1, MAX_ESCALATION)
        values = {"escalation_level": level, "status": ServiceStatus.ESCALATED.value}
        return records.update(ENTITY, request_id, values)

    def reassign(self, records: Records, request_id: str, user_id: str | None) -> dict[str, Any]:
        return records.update(ENTITY, request_id, {"assignee_id": user_id})

    def start(self, records: Records, request_id: str) -> dict[str, Any]:
        self._not_closed(records, request_id)
        return records.update(ENTITY, request_id, {"status": ServiceStatus.IN_PROGRESS.value})

    def resolve(
        self,
        records: Records,
        request_id: str,
        resolution: str,
        *,
        return_title: str = RETURN_VISIT,
        now: datetime | None = None,
    ) -> dict[str, Any]:
        """A resolution text is required: it is what the customer is told. Resolving also
        plans a complaint's return visit (回访, issue 21): one call task for the customer's owner,
        the policy's days later (none when it says 0), however often it is resolved."""
        if not resolution.strip():
            raise ValidationError(ENTITY, [FieldError("resolution", "required")])
        self._not_closed(records, request_id)
        now = now or utcnow()
        values = {
            "status": ServiceStatus.RESOLVED.value,
            "resolution": resolution.strip(),
            "resolved_at": now,
        }
        row = records.update(ENTITY, request_id, values)
        if row["kind"] == ServiceKind.COMPLAINT.value:
            self._plan_return_visit(records, row, return_title, now)
        return row

    def _plan_return_visit(
        self, records: Records, request: dict[str, Any], title: str, now: datetime
    ) -> None:
        task_id = return_visit_id(request["id"])
        with records.replica.transaction() as session:
            if session.get(Task, task_id) is not None:
                return
            customer = session.get(Customer, request["customer_id"])
            if customer is None:
                return
            days = sla.return_visit_days(session, customer.branch_id)
            if days <= 0:
                return
            due = now + timedelta(days=days)
            typed = {
                **validation.defaults("task"),
                "customer_id": customer.id,
                "kind": TaskKind.CALL.value,
                "title": title.replace("{subject}", request["subject"])[:300],
                "notes": request.get("resolution"),
                "due_at": due,
                "assignee_id": customer.owner_id or self.user_id,
            }
            task = Task(id=task_id, **typed)
            task.created_at = task.updated_at = now
            task.created_by = task.updated_by = records.user_id
            session.add(task)
            columns = validation.writable_columns("task")
            changes = {k: to_wire(columns[k], getattr(task, k)) for k in columns}
            records.record(session, task, "create", changes, {})
        records.feed.publish(Changes.of("task", [task_id], typed, local=True))

    def return_visit_request(self, records: Records, task_id: str) -> dict[str, Any] | None:
        """The complaint a return-visit task was planned for (None: an ordinary task). The
        task's id is derived from the request's, so a request of its customer names it."""
        try:
            task = records.get("task", task_id)
        except KnownError:  # gone meanwhile
            return None
        if not task.get("customer_id"):
            return None
        for request in records.find(ENTITY, customer_id=task["customer_id"]):
            if return_visit_id(request["id"]) == task_id:
                return request
        return None

    def finish_return_visit(
        self, records: Records, task_id: str, subject: str, outcome: str
    ) -> dict[str, Any]:
        """The return visit made (回访, issue 21): its outcome kept as a call with the
        customer in their timeline (`subject` in the user's words), then the task done."""
        task = records.get("task", task_id)
        outcome = outcome.strip()
        interaction = records.create(
            "interaction",
            {
                "customer_id": task["customer_id"],
                "kind": InteractionKind.CALL.value,
                "subject": subject[:300],
                "outcome": outcome[:300] or None,
                "body": outcome if len(outcome) > 300 else None,
                "user_id": records.user_id,
            },
        )
        records.update("task", task_id, {"done": True})
        return interaction

    def close(
        self, records: Records, request_id: str, satisfaction: int | None = None
    ) -> dict[str, Any]:
        """Closing a complaint needs the customer's satisfaction (1-5); a low one (2 or less)
        reopens it instead, for someone to take it up again (issue 21)."""
        row = records.get(ENTITY, request_id)
        values: dict[str, Any] = {"status": ServiceStatus.CLOSED.value}
        if satisfaction is not None:
            values["satisfaction"] = satisfaction
        if row["kind"] == ServiceKind.COMPLAINT.value:
            if satisfaction is None:
                raise SatisfactionRequired("A complaint is closed with the customer's score.")
            if 1 <= satisfaction <= LOW_SCORE:
                values["status"] = ServiceStatus.IN_PROGRESS.value  # reopened
        return records.update(ENTITY, request_id, values)

    def _not_closed(self, records: Records, request_id: str) -> dict[str, Any]:
        row = records.get(ENTITY, request_id)
        if row["status"] == ServiceStatus.CLOSED.value:
            raise RequestClosed("This service request is closed.")
        return row


def warn_at(
    due: datetime | None, warn: datetime | None, opened: datetime | None
) -> datetime | None:
    """When a request is highlighted: the policy's warning time, else 75 % of the way from
    its opening to its due time."""
    if warn is not None or due is None or opened is None:
        return warn
    return opened + (due - opened) * WARN_SHARE if due > opened else due


def _warned(row: Any, now: datetime) -> bool:
    moment = warn_at(row.sla_due_at, row.sla_warn_at, row.opened_at or row.created_at)
    return moment is not None and moment <= now


def _names(session: Session, customer_ids: set[str]) -> dict[str, str]:
    query = select(Customer.id, Customer.name).where(Customer.id.in_(customer_ids))
    return dict(session.execute(query).tuples().all())


def today_lines(
    replica: Replica, user_id: str | None, now: datetime | None = None, limit: int = 50
) -> list[tuple[Ticket, str]]:
    """Issue 21, for Today: the open complaints of the user's customers ("complaint"), and
    the user's requests overdue ("overdue") or with most of their time gone ("due_soon");
    each request once, most pressing first."""
    if user_id is None:
        return []
    now = now or utcnow()
    is_open = ServiceRequest.status.in_(OPEN)
    mine = select(Customer.id).where(Customer.owner_id == user_id, Customer.deleted_at.is_(None))
    complaint = and_(
        ServiceRequest.kind == ServiceKind.COMPLAINT.value, ServiceRequest.customer_id.in_(mine)
    )
    query = (
        select(*TICKET_COLUMNS)
        .where(
            ServiceRequest.deleted_at.is_(None),
            is_open,
            or_(complaint, ServiceRequest.assignee_id == user_id),
        )
        .order_by(ServiceRequest.sla_due_at.is_(None), ServiceRequest.sla_due_at)
        .limit(limit * 4)
    )
    with replica.reading() as session:
        rows = session.execute(query).all()
        names = _names(session, {row.customer_id for row in rows})
    out: list[tuple[Ticket, str]] = []
    for row in rows:
        overdue = row.sla_due_at is not None and row.sla_due_at < now
        warn = not overdue and _warned(row, now)
        if overdue and row.assignee_id == user_id:
            flag = "overdue"
        elif row.kind == ServiceKind.COMPLAINT.value:
            flag = "complaint"
        elif warn and row.assignee_id == user_id:
            flag = "due_soon"
        else:
            continue
        shown = {"sla_warn_at", "opened_at", "created_at"}
        ticket = Ticket(
            **{k: v for k, v in row._mapping.items() if k not in shown},
            overdue=overdue,
            warn=warn,
            customer=names.get(row.customer_id, ""),
        )
        out.append((ticket, flag))
    rank = {"overdue": 0, "complaint": 1, "due_soon": 2}
    out.sort(key=lambda pair: rank[pair[1]])
    return out[:limit]


@dataclass(frozen=True)
class Figures:
    """One line of the service figures (issue 21, item 4): a branch, an assignee or a
    category; `group` None is requests without one."""

    group: str | None
    requests: int
    closed: int  # resolved or closed
    with_due: int  # with an SLA due time
    breached: int  # resolved after the SLA due time, or open and past it
    scored: int  # with a satisfaction score
    satisfied: int  # scored 4 or 5
    median_hours: float | None  # from opening to resolution, of those resolved

    @property
    def breach_rate(self) -> float | None:
        return self.breached / self.with_due if self.with_due else None

    @property
    def satisfaction_share(self) -> float | None:
        return self.satisfied / self.scored if self.scored else None


GROUPS = {"branch": Customer.branch_id, "assignee": ServiceRequest.assignee_id,
          "category": ServiceRequest.category}  # fmt: skip
SATISFIED = 4


def figures(
    replica: Replica, by: str, *, since: datetime | None = None, now: datetime | None = None
) -> list[Figures]:
    """Satisfaction share, SLA breach rate and time to resolve per group, from the replica
    (a rep's own requests, a manager's branch)."""
    now = now or utcnow()
    column = GROUPS[by]
    query = (
        select(
            column.label("group"),
            ServiceRequest.status,
            ServiceRequest.sla_due_at,
            ServiceRequest.resolved_at,
            ServiceRequest.opened_at,
            ServiceRequest.created_at,
            ServiceRequest.satisfaction,
        )
        .join(Customer, Customer.id == ServiceRequest.customer_id)
        .where(ServiceRequest.deleted_at.is_(None), Customer.deleted_at.is_(None))
    )
    if since is not None:
        query = query.where(ServiceRequest.created_at >= since)
    groups: dict[str | None, list[Any]] = {}
    with replica.reading() as session:
        for row in session.execute(query):
            groups.setdefault(row.group, []).append(row)
    out = []
    for group, rows in groups.items():
        done = [r for r in rows if r.status not in OPEN]
        breached = sum(1 for r in rows if _breached(r, now))
        with_due = sum(1 for r in rows if r.sla_due_at is not None)
        hours = sorted(
            (r.resolved_at - (r.opened_at or r.created_at)).total_seconds() / 3600
            for r in done
            if r.resolved_at is not None
        )
        scored = [r.satisfaction for r in rows if r.satisfaction is not None]
        out.append(
            Figures(
                group,
                len(rows),
                len(done),
                with_due,
                breached,
                len(scored),
                sum(1 for s in scored if s >= SATISFIED),
                round(statistics.median(hours), 1) if hours else None,
            )
        )
    out.sort(key=lambda f: (f.group is None, -f.requests))
    return out


def _breached(row: Any, now: datetime) -> bool:
    """Resolved after its due time, or still open past it."""
    if row.sla_due_at is None:
        return False
    if row.resolved_at is not None:
        return bool(row.resolved_at > row.sla_due_at)
    return row.status in OPEN and now > row.sla_due_at
