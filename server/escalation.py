"""Time-based escalation of service requests (issue 21, item 3).

`sweep` runs from `outpost-server service-escalate` (a timer, every few minutes, like
`pool-sweep`): every open request past its SLA due time still at level 0 goes to level 1,
status "escalated", assigned to its branch's manager (the longest-serving active one; a branch
with none keeps the assignee), with one audit row each. Those changes take one change number,
so the manager's replica (and the former assignee's) receives them at its next sync. A request
already at level 1 or higher is left alone: a second run changes nothing.
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


def managers_by_branch(session: Session) -> dict[str, str]:
    """Each branch's manager: the active one created first (ties: by id)."""
    query = (
        select(User.branch_id, User.id)
        .where(User.role == Role.MANAGER.value, User.active.is_(True), User.branch_id.is_not(None))
        .order_by(User.created_at.desc(), User.id.desc())
    )
    return {branch: user for branch, user in session.execute(query) if branch is not None}


def sweep(session: Session, *, now: datetime | None = None) -> int:
    """Escalate the overdue requests; how many were escalated."""
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
            ServiceRequest.escalation_level < LEVEL,
            Customer.deleted_at.is_(None),
        )
        .order_by(ServiceRequest.id)
        .with_for_update(of=ServiceRequest.__table__)
    )
    batch = Batch()
    for request, branch_id in session.execute(query):
        before = request.assignee_id
        manager = managers.get(branch_id) if branch_id else None
        request.escalation_level = LEVEL
        request.status = ServiceStatus.ESCALATED.value
        if manager is not None:
            request.assignee_id = manager
        request.updated_at = now
        request.updated_by = None  # the server's job
        batch.touch(request)
        audit.record(
            session, "service_escalated", entity="service_request", row_id=request.id,
            level=LEVEL, due=request.sla_due_at.isoformat() if request.sla_due_at else None,
            assignee_before=before, assignee=request.assignee_id,
        )  # fmt: skip
    seal(session, batch, None)
    return len(batch.touched)
