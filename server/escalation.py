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

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol.entities import Customer, ServiceRequest
from sync.protocol.enums import Role, ServiceStatus
from sync.protocol.types import utcnow

from . import audit
from .models import User
from .sync.push import Batch, seal

OPEN = (ServiceStatus.NEW.value, ServiceStatus.IN_PROGRESS.value, ServiceStatus.ESCALATED.value)
LEVEL = 1
TOP = 2  # the last level this job gives


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
    """Escalate the overdue requests; how many steps were taken."""
    now = now or utcnow()
    managers = managers_by_branch(session)
    query = (
        select(ServiceRequest, Customer.branch_id)
        .join(Customer, Customer.id == ServiceRequest.customer_id)
        .where(
            ServiceRequest.deleted_at.is_(None),
            ServiceRequest.status.in_(OPEN),
            ServiceRequest.sla_due_at.is_not(None),
            ServiceRequest.sla_due_at < now,
            ServiceRequest.escalation_level < TOP,
            Customer.deleted_at.is_(None),
        )
        .order_by(ServiceRequest.id)
        .with_for_update(of=ServiceRequest.__table__)
    )
    batch = Batch()
    steps = 0
    admin: str | None = None
    for request, branch_id in session.execute(query):
        changed = False
        if request.escalation_level < LEVEL:
            _step(session, request, LEVEL, managers.get(branch_id) if branch_id else None, now)
            steps, changed = steps + 1, True
        if request.escalation_level == LEVEL and _twice_late(request, now):
            admin = admin or first_admin(session)
            _step(session, request, TOP, admin, now)
            steps, changed = steps + 1, True
        if changed:  # a level-1 request not yet late enough for 2 is left as it is
            batch.touch(request)
    seal(session, batch, None)
    return steps


def _twice_late(request: ServiceRequest, now: datetime) -> bool:
    """As much time again has passed since the due time as was allowed before it."""
    due, opened = request.sla_due_at, request.opened_at or request.created_at
    if due is None or opened is None or due <= opened:
        return False
    return now > due + (due - opened)


def _step(
    session: Session, request: ServiceRequest, level: int, to: str | None, now: datetime
) -> None:
    before = request.assignee_id
    request.escalation_level = level
    request.status = ServiceStatus.ESCALATED.value
    if to is not None:
        request.assignee_id = to
    request.updated_at = now
    request.updated_by = None  # the server's job
    audit.record(
        session, "service_escalated", entity="service_request", row_id=request.id,
        level=level, due=request.sla_due_at.isoformat() if request.sla_due_at else None,
        assignee_before=before, assignee=request.assignee_id,
    )  # fmt: skip
