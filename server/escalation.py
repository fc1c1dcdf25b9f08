"""Time-based escalation of service requests (issue 21, item 3).

`sweep` runs from `outpost-server service-escalate` (a timer, every few minutes, like
`pool-sweep`): every open request past its SLA due time still at level 0 goes to level 1,
status "escalated", assigned to its branch's manager (the longest-serving active one; a branch
with none keeps the assignee). Still open at level 1 once as much time again has passed (due
+ (due - opened)), it goes to level 2, the next role up: an administrator (the
longest-serving active one), who follows it online; the branch still sees it. One audit row
per step; all of a run's changes take one change number, so the replicas concerned receive
them at their next sync. Each level is given once: a second run changes nothing.
"""

from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from sync.protocol.entities import Customer, ServiceRequest
from sync.protocol.enums import Role, ServiceStatus
from sync.protocol.types import utcnow

from .models import AuditEntry, User
from .sync.versions import next_version

OPEN = (ServiceStatus.NEW.value, ServiceStatus.IN_PROGRESS.value, ServiceStatus.ESCALATED.value)
LEVEL = 1
TOP = 2  # the last level this job gives
CHUNK = 1000  # ids per UPDATE ... WHERE id IN (...)


def managers_by_branch(session: Session) -> dict[str, str]:
    """Each branch's manager: the active one created first (ties: by id)."""
    query = (
        select(User.branch_id, User.id)
        .where(User.role == Role.MANAGER.value, User.active.is_(True), User.branch_id.is_not(None))
        .order_by(User.created_at.desc(), User.id.desc())
    )
    return {branch: user for branch, user in session.execute(query) if branch is not None}


def first_admin(session: Session) -> str | None:
    query = (
        select(User.id)
        .where(User.role == Role.ADMIN.value, User.active.is_(True))
        .order_by(User.created_at, User.id)
    )
    return session.scalar(query.limit(1))


def sweep(session: Session, *, now: datetime | None = None) -> int:
    """Escalate the overdue requests; how many steps were taken. Read as plain rows and
    written in a few statements (one per new assignee and level), with one change number:
    10,000 overdue requests are a few statements, not 10,000 row loads and flushes."""
    now = now or utcnow()
    managers = managers_by_branch(session)
    table = ServiceRequest.__table__
    query = (
        select(
            table.c.id, table.c.assignee_id, table.c.escalation_level, table.c.sla_due_at,
            table.c.opened_at, table.c.created_at, Customer.__table__.c.branch_id,
        )
        .join(Customer.__table__, Customer.__table__.c.id == table.c.customer_id)
        .where(
            table.c.deleted_at.is_(None),
            table.c.status.in_(OPEN),
            table.c.sla_due_at.is_not(None),
            table.c.sla_due_at < now,
            table.c.escalation_level < TOP,
            Customer.__table__.c.deleted_at.is_(None),
        )
        .order_by(table.c.id)
        .with_for_update(of=table)
    )  # fmt: skip
    # (level, new assignee or None to keep) -> request ids; and the audit rows
    moves: dict[tuple[int, str | None], list[str]] = {}
    audits: list[dict[str, Any]] = []
    admin: str | None = None
    for row in session.execute(query):
        level, assignee = row.escalation_level, row.assignee_id
        due = row.sla_due_at.isoformat()
        steps = []
        if level < LEVEL:
            steps.append((LEVEL, managers.get(row.branch_id) if row.branch_id else None))
        if _twice_late(row.sla_due_at, row.opened_at or row.created_at, now):
            admin = admin or first_admin(session)
            steps.append((TOP, admin))
        elif level >= LEVEL:
            continue  # at level 1, not yet late enough for 2: left as it is
        for step, to in steps:
            audits.append(_audit(row.id, step, due, assignee, to or assignee, now))
            assignee = to or assignee
        to = next((to for _level, to in reversed(steps) if to is not None), None)
        moves.setdefault((steps[-1][0], to), []).append(row.id)
    if not audits:
        return 0
    version = next_version(session)
    for (level, to), ids in moves.items():
        values: dict[str, Any] = {
            "escalation_level": level,
            "status": ServiceStatus.ESCALATED.value,
            "updated_at": now,
            "updated_by": None,  # the server's job
            "version": version,
        }
        if to is not None:
            values["assignee_id"] = to
        for start in range(0, len(ids), CHUNK):
            session.execute(
                update(table).where(table.c.id.in_(ids[start : start + CHUNK])).values(values)
            )
    session.execute(insert(AuditEntry.__table__), audits)
    return len(audits)


def _twice_late(due: datetime | None, opened: datetime | None, now: datetime) -> bool:
    """As much time again has passed since the due time as was allowed before it."""
    if due is None or opened is None or due <= opened:
        return False
    return now > due + (due - opened)


def _audit(
    request_id: str, level: int, due: str, before: str | None, after: str | None, now: datetime
) -> dict[str, Any]:
    detail = {"level": level, "due": due, "assignee_before": before, "assignee": after}
    return {
        "at": now, "user_id": None, "action": "service_escalated", "entity": "service_request",
        "row_id": request_id, "ip": None, "detail": detail,
    }  # fmt: skip
