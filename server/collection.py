"""The collection job (issue 22, item 3): `outpost-server collection-sweep`, daily on a timer
like `pool-sweep`.

For every receivable (a signed contract with a balance past its payment date) it makes sure
the collection level its days overdue have reached has a task (`sync.protocol.credit.LEVELS`:
+1 day a reminder for the owner, +15 a call, +30 a task for the branch's manager and an
automatic credit hold, +60 a task for the branch's credit department). One `CollectionTask`
row per contract and level makes it idempotent: a second run creates nothing; levels passed
before the first run are recorded against the task of the level reached, so a contract found
67 days overdue gets one task, not four. A receivable paid in full closes its open collection
tasks, and a customer with nothing left 30 days overdue has its automatic hold lifted (a hold
the credit department set by hand stays). Everything one run writes takes one change number,
so the replicas receive it at their next sync; each step is in the audit log.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol import credit
from sync.protocol.entities import Contract, CreditProfile, Customer, Task
from sync.protocol.enums import Role, TaskKind
from sync.protocol.types import utcnow

from . import audit
from .models import CollectionTask, User
from .sync.push import Batch, seal

AUTO_HOLD = "auto:collection"
"""`hold_reason` of a hold the job set (a code the client says in words), lifted by the job."""
HOLD_LEVEL = 3
TITLES = {
    1: "催款提醒 Payment reminder",
    2: "电话催款 Collection call",
    3: "经理催款 Collection: manager",
    4: "信用部催款 Collection: credit department",
}
NAMESPACE = uuid.UUID("5b3f2a0e-22c0-4c1e-9f6a-0c0ed1c7c022")


@dataclass
class SweepReport:
    created: int = 0
    closed: int = 0
    held: list[str] = field(default_factory=list)  # customer ids put on hold
    lifted: list[str] = field(default_factory=list)  # customer ids whose auto hold was lifted

    def lines(self) -> list[str]:
        return [
            f"{self.created} collection tasks created",
            f"{self.closed} collection tasks closed (paid)",
            f"{len(self.held)} customers put on credit hold",
            f"{len(self.lifted)} automatic holds lifted",
        ]


def task_id(contract_id: str, level: int) -> str:
    """The same id for the same contract and level on every run and every server."""
    return str(uuid.uuid5(NAMESPACE, f"{contract_id}:{level}"))


def _people_by_branch(session: Session, role: Role) -> dict[str, str]:
    query = (
        select(User.branch_id, User.id)
        .where(User.role == role.value, User.active.is_(True), User.branch_id.is_not(None))
        .order_by(User.created_at.desc(), User.id.desc())
    )
    return {branch: user for branch, user in session.execute(query) if branch is not None}


def sweep(
    session: Session, *, today: date | None = None, now: datetime | None = None
) -> SweepReport:
    now = now or utcnow()
    today = today or now.date()
    report = SweepReport()
    batch = Batch()
    managers = _people_by_branch(session, Role.MANAGER)
    officers = _people_by_branch(session, Role.CREDIT)
    due: list[tuple[Contract, Customer]] = [
        (contract, customer)
        for contract, customer in session.execute(
            select(Contract, Customer)
            .join(Customer, Customer.id == Contract.customer_id)
            .where(
                Contract.deleted_at.is_(None),
                Contract.status.in_(credit.EXPOSED),
                Contract.payment_due.is_not(None),
                Contract.payment_due < today,
                Customer.deleted_at.is_(None),
            )
            .order_by(Contract.id)
        )
    ]
    owed = credit.outstanding(session, [c.id for c, _ in due])
    done = (
        {
            (row.contract_id, row.level): row
            for row in session.scalars(
                select(CollectionTask).where(CollectionTask.contract_id.in_([c.id for c, _ in due]))
            )
        }
        if due
        else {}
    )
    late_customers: set[str] = set()  # 30 days or more overdue with a balance
    for contract, customer in due:
        if owed.get(contract.id, credit.ZERO) <= 0:
            continue
        days = credit.days_overdue(contract.payment_due, today)
        level = credit.level(days)
        if level >= HOLD_LEVEL:
            late_customers.add(customer.id)
        if level == 0 or (contract.id, level) in done:
            continue
        assignee = contract.owner_id or customer.owner_id
        if level == 3 and customer.branch_id:
            assignee = managers.get(customer.branch_id, assignee)
        if level == 4 and customer.branch_id:
            assignee = officers.get(customer.branch_id) or managers.get(
                customer.branch_id, assignee
            )
        new_id = task_id(contract.id, level)
        task = Task(
            id=new_id,
            customer_id=customer.id,
            kind=TaskKind.CALL.value if level == 2 else TaskKind.TODO.value,
            title=f"{TITLES[level]} · {contract.number}",
            notes=f"{days} 天 days · {owed[contract.id]} {contract.currency}",
            due_at=now,
            assignee_id=assignee,
            done=False,
            version=0,
            created_at=now,
            updated_at=now,
        )
        session.add(task)
        batch.touch(task)
        for passed in range(1, level + 1):
            if (contract.id, passed) not in done:
                session.add(
                    CollectionTask(
                        contract_id=contract.id,
                        level=passed,
                        task_id=new_id,
                        customer_id=customer.id,
                        created_at=now,
                    )
                )
        report.created += 1
        audit.record(
            session, "collection_task", entity="contract", row_id=contract.id,
            customer_id=customer.id, level=level, days=days, task_id=new_id,
            assignee=assignee,
        )  # fmt: skip
    _close_paid(session, batch, report, now)
    _holds(session, batch, report, late_customers, due, now)
    seal(session, batch, None)
    return report


def _close_paid(session: Session, batch: Batch, report: SweepReport, now: datetime) -> None:
    """Open collection tasks of receivables paid in full (or cancelled, or deleted): done."""
    open_rows = list(
        session.scalars(select(CollectionTask).where(CollectionTask.closed_at.is_(None)))
    )
    if not open_rows:
        return
    contracts = {row.contract_id for row in open_rows}
    live = {
        c.id: c
        for c in session.scalars(select(Contract).where(Contract.id.in_(contracts)))
        if c.deleted_at is None and c.status in credit.EXPOSED
    }
    owed = credit.outstanding(session, list(live))
    closed_tasks: set[str] = set()
    for row in open_rows:
        if row.contract_id in live and owed.get(row.contract_id, credit.ZERO) > 0:
            continue
        row.closed_at = now
        if row.task_id in closed_tasks:
            continue
        closed_tasks.add(row.task_id)
        task = session.get(Task, row.task_id)
        if task is not None and not task.done and task.deleted_at is None:
            task.done = True
            task.updated_at = now
            task.updated_by = None
            batch.touch(task)
            report.closed += 1
            audit.record(
                session, "collection_closed", entity="task", row_id=task.id,
                customer_id=row.customer_id, contract_id=row.contract_id,
            )  # fmt: skip


def _holds(
    session: Session,
    batch: Batch,
    report: SweepReport,
    late: set[str],
    due: list[tuple[Contract, Customer]],
    now: datetime,
) -> None:
    """An automatic hold for customers 30 days or more overdue; lifted once none is."""
    currency_of = {customer.id: contract.currency for contract, customer in due}
    for customer_id in sorted(late):
        profile = session.get(CreditProfile, customer_id)
        if profile is None:
            profile = CreditProfile(
                id=customer_id,
                customer_id=customer_id,
                currency=currency_of.get(customer_id, "CNY"),
                terms_days=30,
                on_hold=False,
                version=0,
                created_at=now,
                updated_at=now,
            )
            session.add(profile)
        if profile.on_hold or profile.deleted_at is not None:
            continue
        profile.on_hold = True
        profile.hold_reason = AUTO_HOLD
        profile.updated_at = now
        profile.updated_by = None
        batch.touch(profile)
        report.held.append(customer_id)
        audit.record(
            session, "credit_hold", entity="customer", row_id=customer_id, reason=AUTO_HOLD
        )
    automatic = session.scalars(
        select(CreditProfile).where(
            CreditProfile.on_hold.is_(True), CreditProfile.hold_reason == AUTO_HOLD
        )
    )
    for profile in automatic:
        if profile.customer_id in late:
            continue
        profile.on_hold = False
        profile.hold_reason = None
        profile.updated_at = now
        profile.updated_by = None
        batch.touch(profile)
        report.lifted.append(profile.customer_id)
        audit.record(
            session, "credit_hold_lifted", entity="customer", row_id=profile.customer_id,
            reason=AUTO_HOLD,
        )  # fmt: skip
