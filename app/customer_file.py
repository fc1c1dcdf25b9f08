"""Everything about one customer, for the single customer view: key facts, a timeline of all
its history, and the overwritten values (conflicts) with a way to bring one back."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, type_coerce

from sync.client.tables import LocalConflict
from sync.protocol.entities import Interaction, Opportunity
from sync.protocol.enums import OpportunityStage
from sync.protocol.types import UTCDateTime

from .records import Records, Row

CLOSED_STAGES = (OpportunityStage.WON.value, OpportunityStage.LOST.value)


@dataclass(frozen=True)
class Facts:
    customer: Row
    last_contact: datetime | None
    open_value: Decimal
    open_opportunities: int


@dataclass(frozen=True)
class Event:
    """One line of the timeline."""

    at: datetime
    entity: str
    row_id: str
    kind: str  # the row's kind / stage / status, shown as a label
    title: str
    detail: str


def latest(column: Any) -> Any:
    """max() of a datetime column, read back through the column's type (aware UTC)."""
    return type_coerce(func.max(column), UTCDateTime)


class CustomerFile:
    def __init__(self, records: Records) -> None:
        self.records = records

    def facts(self, customer_id: str) -> Facts:
        customer = self.records.get("customer", customer_id)
        with self.records.replica.reading() as session:
            last = session.scalar(
                select(latest(Interaction.occurred_at)).where(
                    Interaction.customer_id == customer_id, Interaction.deleted_at.is_(None)
                )
            )
            count, value = session.execute(
                select(func.count(), func.coalesce(func.sum(Opportunity.amount), 0)).where(
                    Opportunity.customer_id == customer_id,
                    Opportunity.deleted_at.is_(None),
                    Opportunity.stage.not_in(CLOSED_STAGES),
                )
            ).one()
        return Facts(customer, last, Decimal(str(value)), int(count))

    def timeline(self, customer_id: str) -> list[Event]:
        """Interactions, tasks, opportunities and service requests, newest first."""
        find = self.records.find
        events = [
            Event(
                r["occurred_at"], "interaction", r["id"], r["kind"], _title(r), r["outcome"] or ""
            )
            for r in find("interaction", customer_id=customer_id)
        ]
        for r in find("task", customer_id=customer_id):
            when = r["starts_at"] or r["due_at"] or r["created_at"]
            events.append(Event(when, "task", r["id"], r["kind"], r["title"], r["notes"] or ""))
        for r in find("opportunity", customer_id=customer_id):
            when = _at(r["expected_close"]) or r["created_at"]
            detail = f"{r['amount']:,} {r['currency']}"
            events.append(Event(when, "opportunity", r["id"], r["stage"], r["title"], detail))
        for r in find("service_request", customer_id=customer_id):
            events.append(
                Event(
                    r["created_at"],
                    "service_request",
                    r["id"],
                    r["status"],
                    r["subject"],
                    r["description"] or "",
                )
            )
        events.sort(key=lambda e: e.at, reverse=True)
        return events

    def conflicts(self, customer_id: str) -> list[Row]:
        """Values of this customer's records that a later edit overwrote, newest first."""
        query = (
            select(LocalConflict)
            .where(LocalConflict.customer_id == customer_id)
            .order_by(LocalConflict.at.desc())
        )
        with self.records.replica.reading() as session:
            return [
                {c.key: getattr(obj, c.key) for c in LocalConflict.__table__.columns}
                for obj in session.scalars(query)
            ]

    def restore(self, conflict: Row) -> Row:
        """Put the overwritten value back: an ordinary edit, synced like any other."""
        return self.records.update(
            conflict["entity"], conflict["row_id"], {conflict["field"]: conflict["lost_value"]}
        )


def _title(row: dict[str, Any]) -> str:
    return row["subject"] or (row["body"] or "").split("\n", 1)[0][:80]


def _text(value: str | None) -> str:
    return value or ""


def _at(day: date | None) -> datetime | None:
    return datetime.combine(day, time(12), UTC) if day else None
