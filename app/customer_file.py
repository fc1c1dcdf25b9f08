"""Everything about one customer, for the single customer view: key facts, a timeline of all
its history, and the overwritten values (conflicts) with a way to bring one back."""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, type_coerce
from sqlalchemy.orm import aliased

from sync.client.tables import LocalConflict
from sync.protocol.entities import Customer, Interaction, Opportunity, Relation, ServiceRequest
from sync.protocol.enums import OpportunityStage, RelationKind, ServiceKind
from sync.protocol.types import UTCDateTime

from .records import Records, Row
from .service_desk import OPEN as OPEN_REQUEST

CLOSED_STAGES = (OpportunityStage.WON.value, OpportunityStage.LOST.value)
REFERRED = "referred"  # the other side of "referrer": not stored, only shown
# A relation reads "the related one is the customer's <kind>"; seen from the related
# customer, the customer is its <inverse>. Kinds not listed are the same both ways.
INVERSE = {
    RelationKind.CHILD.value: RelationKind.PARENT.value,
    RelationKind.PARENT.value: RelationKind.CHILD.value,
    RelationKind.EMPLOYER.value: RelationKind.EMPLOYEE.value,
    RelationKind.EMPLOYEE.value: RelationKind.EMPLOYER.value,
    RelationKind.REFERRER.value: REFERRED,
}


@dataclass(frozen=True)
class Facts:
    customer: Row
    last_contact: datetime | None
    open_value: Decimal
    open_opportunities: int
    open_complaints: int = 0
    open_values: dict[str, Decimal] = field(default_factory=dict)  # currency -> open amount


@dataclass(frozen=True)
class Tie:
    """A relation as one customer sees it: one stored row shows on both customers, the
    kind turned round on the related one's side (`mirrored`)."""

    id: str
    kind: str
    other_id: str | None  # the other customer, when it is one
    other: str  # its name, or the name typed for a person who is not a customer
    notes: str
    mirrored: bool


@dataclass(frozen=True)
class Event:
    """One line of the timeline."""

    at: datetime
    entity: str
    row_id: str
    kind: str  # the row's kind / stage / status, shown as a label
    title: str
    detail: str
    amount: Decimal | None = None  # an opportunity's, in `currency` (the UI formats money)
    currency: str | None = None


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
            open_deals = (
                Opportunity.customer_id == customer_id,
                Opportunity.deleted_at.is_(None),
                Opportunity.stage.not_in(CLOSED_STAGES),
            )
            count, value = session.execute(
                select(func.count(), func.coalesce(func.sum(Opportunity.amount), 0)).where(
                    *open_deals
                )
            ).one()
            values = session.execute(
                select(Opportunity.currency, func.sum(Opportunity.amount))
                .where(*open_deals)
                .group_by(Opportunity.currency)
                .order_by(Opportunity.currency)
            ).all()
            complaints = session.scalar(
                select(func.count()).where(
                    ServiceRequest.customer_id == customer_id,
                    ServiceRequest.deleted_at.is_(None),
                    ServiceRequest.kind == ServiceKind.COMPLAINT.value,
                    ServiceRequest.status.in_(OPEN_REQUEST),
                )
            )
        by_currency = {str(currency): Decimal(str(total)) for currency, total in values}
        return Facts(
            customer, last, Decimal(str(value)), int(count), int(complaints or 0), by_currency
        )

    def relations(self, customer_id: str) -> list[Tie]:
        """The customer's relations and those of other customers naming it, in the order
        they were made."""
        other = aliased(Customer)
        query = (
            select(Relation, other.name)
            .outerjoin(other, other.id == Relation.related_customer_id)
            .where(Relation.deleted_at.is_(None), Relation.customer_id == customer_id)
        )
        back = (
            select(Relation, other.name)
            .join(other, other.id == Relation.customer_id)
            .where(
                Relation.deleted_at.is_(None),
                Relation.related_customer_id == customer_id,
                other.deleted_at.is_(None),
            )
        )
        with self.records.replica.reading() as session:
            own = session.execute(query).all()
            theirs = session.execute(back).all()
        ties = [
            Tie(
                r.id,
                r.kind,
                r.related_customer_id,
                name or r.related_name or "",
                r.notes or "",
                False,
            )
            for r, name in own
        ]
        ties += [
            Tie(r.id, INVERSE.get(r.kind, r.kind), r.customer_id, name, r.notes or "", True)
            for r, name in theirs
        ]
        order = {r.id: r.created_at for r, _name in (*own, *theirs)}
        return sorted(ties, key=lambda tie: (order[tie.id], tie.id))

    def known_values(self, column: str) -> list[str]:
        """Values of a customer text field already in use, most used first (what a form
        offers to complete: industries, sources)."""
        field = Customer.__table__.c[column]
        query = (
            select(field)
            .where(Customer.deleted_at.is_(None), field.is_not(None), field != "")
            .group_by(field)
            .order_by(func.count().desc(), field)
            .limit(200)
        )
        with self.records.replica.reading() as session:
            return [str(value) for value in session.scalars(query)]

    def timeline(self, customer_id: str) -> list[Event]:
        """Interactions, tasks, opportunities and service requests, newest first."""
        find = self.records.find
        events = [
            Event(r["occurred_at"], "interaction", r["id"], r["kind"], _title(r), _said(r))
            for r in find("interaction", customer_id=customer_id)
        ]
        for r in find("task", customer_id=customer_id):
            when = r["starts_at"] or r["due_at"] or r["created_at"]
            events.append(Event(when, "task", r["id"], r["kind"], r["title"], r["notes"] or ""))
        for r in find("opportunity", customer_id=customer_id):
            when = _at(r["expected_close"]) or r["created_at"]
            amount = {"amount": r["amount"], "currency": r["currency"]}
            events.append(Event(when, "opportunity", r["id"], r["stage"], r["title"], "", **amount))
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


def _said(row: dict[str, Any]) -> str:
    """What an interaction came to: its outcome and the next step promised, with its date."""
    step = row["next_step"] or ""
    if step and row["next_step_due"]:
        step = f"{step} ({row['next_step_due'].isoformat()})"
    return " → ".join(part for part in (row["outcome"] or "", step) if part)


def _at(day: date | None) -> datetime | None:
    return datetime.combine(day, time(12), UTC) if day else None
