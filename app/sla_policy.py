"""The SLA policy on the replica (issue 21, item 2): the business-hours calendar and the
response/resolution targets by kind x priority x tier, company-wide or a branch's override.

Every replica holds the whole policy (company reference data), so a laptop computes due
times offline (`sync.protocol.sla`, through `Records`); managers and administrators change
it, through `Records` like any edit, and the server refuses anyone else's change."""

from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from sync.protocol import sla
from sync.protocol.entities import Customer, ServiceCalendar, SlaTarget
from sync.protocol.enums import Role

from .records import Records, Row

POLICY_WRITERS = frozenset({Role.MANAGER.value, Role.ADMIN.value})


class SlaPolicy:
    def __init__(self, records: Records, role: str | None = None) -> None:
        self.records = records
        self.role = role

    @property
    def may_edit(self) -> bool:
        return self.role in POLICY_WRITERS

    def own_branch(self) -> str | None:
        """The branch most of the replica's customers are in: a manager's own branch."""
        query = (
            select(Customer.branch_id)
            .where(Customer.branch_id.is_not(None), Customer.deleted_at.is_(None))
            .group_by(Customer.branch_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        with self.records.replica.reading() as session:
            return session.scalar(query)

    def calendar(self, branch_id: str | None) -> Row | None:
        query = (
            select(ServiceCalendar.id)
            .where(ServiceCalendar.deleted_at.is_(None), _branch(ServiceCalendar, branch_id))
            .order_by(ServiceCalendar.created_at, ServiceCalendar.id)
        )
        with self.records.replica.reading() as session:
            row_id = session.scalar(query.limit(1))
        return self.records.get("service_calendar", row_id) if row_id else None

    def save_calendar(self, branch_id: str | None, values: dict[str, Any]) -> Row:
        current = self.calendar(branch_id)
        if current is None:
            return self.records.create("service_calendar", {**values, "branch_id": branch_id})
        return self.records.update("service_calendar", current["id"], values)

    def targets(self, branch_id: str | None) -> list[Row]:
        query = (
            select(SlaTarget.id)
            .where(SlaTarget.deleted_at.is_(None), _branch(SlaTarget, branch_id))
            .order_by(SlaTarget.kind, SlaTarget.priority, SlaTarget.tier, SlaTarget.id)
        )
        with self.records.replica.reading() as session:
            ids = list(session.scalars(query))
        rows = self.records.rows("sla_target", ids)
        return [rows[i] for i in ids]

    def save_target(self, branch_id: str | None, values: dict[str, Any]) -> Row:
        """A target for the kind x priority x tier: the one there is is changed, else one is
        added."""
        match = [
            t
            for t in self.targets(branch_id)
            if (t["kind"], t["priority"], t["tier"])
            == (values.get("kind"), values.get("priority"), values.get("tier") or None)
        ]
        if match:
            return self.records.update("sla_target", match[0]["id"], values)
        return self.records.create("sla_target", {**values, "branch_id": branch_id})

    def remove_target(self, target_id: str) -> Row:
        return self.records.delete("sla_target", target_id)

    def due(
        self, customer_id: str | None, kind: str, priority: str, opened_at: datetime
    ) -> datetime | None:
        """The resolution due time the policy gives a request (the form's preview)."""
        with self.records.replica.reading() as session:
            row = {
                "customer_id": customer_id,
                "kind": kind,
                "priority": priority,
                "opened_at": opened_at,
            }
            value = sla.stamp(session, row).get("sla_due_at")
        return value if isinstance(value, datetime) else None


def hours(minutes: int | None) -> float | None:
    return None if minutes is None else minutes / 60


def minutes(hours_: float | None) -> int | None:
    return None if hours_ is None or hours_ <= 0 else round(hours_ * 60)


def _branch(cls: type[ServiceCalendar] | type[SlaTarget], branch_id: str | None) -> Any:
    column = cls.__table__.c.branch_id
    return column.is_(None) if branch_id is None else column == branch_id
