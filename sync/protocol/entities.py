"""The synced CRM entities, defined once for the client replica and the server.

Both sides build their databases from `Entity.metadata`; each side adds its own
tables (the client its outbox, the server users, devices and audit) on a
separate metadata so neither carries the other's tables.

Per-column `info` drives validation (see `validation.py`): `required`,
`choices` (an enum), `min`/`max`, `format` ("email", "phone", "phones",
"tags") and `max_items`.
"""

from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .enums import (
    CompanySize,
    ComplaintSeverity,
    ContractStatus,
    CreditRating,
    CustomerKind,
    InteractionKind,
    LifecycleStatus,
    OpportunityStage,
    PaymentMethod,
    RelationKind,
    ServiceKind,
    ServicePriority,
    ServiceStatus,
    TaskKind,
    Tier,
)
from .types import JSONText, UTCDateTime, new_id, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = String(36)
SYNC_COLUMNS = frozenset(
    {"id", "version", "created_at", "updated_at", "created_by", "updated_by", "deleted_at"}
)


class Entity(DeclarativeBase):
    """Base of every synced row: the common sync columns of DESIGN.md."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime, str: Text}

    entity_name: ClassVar[str]
    # A declarative class's table is a Table, not any FromClause (SQLAlchemy types it so).
    __table__: ClassVar[Table]

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str | None] = mapped_column(ID)
    updated_by: Mapped[str | None] = mapped_column(ID)
    deleted_at: Mapped[datetime | None] = mapped_column()


def _changes(table: str) -> Index:
    """Pulls walk every table in (change number, id) order: this index is that order."""
    return Index(f"ix_{table}_version_id", "version", "id")


def _child_indexes(table: str) -> tuple[Index, Index]:
    """Pull order, and rows by customer with their change numbers: a customer's history is
    one index range, and counting a scope for verification never reads the rows."""
    return _changes(table), Index(f"ix_{table}_customer_id", "customer_id", "version")


def _customer_fk() -> Any:
    return mapped_column(ID, ForeignKey("customers.id"))


class Customer(Entity):
    __tablename__ = "customers"
    # A scoped pull walks one owner's (rep) or one branch's (manager) customers in pull order.
    __table_args__ = (
        _changes("customers"),
        Index("ix_customers_owner_version", "owner_id", "version", "id"),
        Index("ix_customers_branch_version", "branch_id", "version", "id"),
    )
    entity_name = "customer"

    kind: Mapped[str] = mapped_column(
        String(16), default=CustomerKind.PERSON.value, info={"choices": CustomerKind}
    )
    name: Mapped[str] = mapped_column(String(200), info={"required": True})
    tier: Mapped[str] = mapped_column(
        String(16), default=Tier.ORDINARY.value, info={"choices": Tier}
    )
    status: Mapped[str] = mapped_column(
        String(16), default=LifecycleStatus.ACTIVE.value, info={"choices": LifecycleStatus}
    )
    owner_id: Mapped[str | None] = mapped_column(ID, index=True)
    branch_id: Mapped[str | None] = mapped_column(ID, index=True)
    phones: Mapped[list[str]] = mapped_column(JSONText, default=list, info={"format": "phones"})
    email: Mapped[str | None] = mapped_column(String(254), info={"format": "email"})
    address: Mapped[str | None] = mapped_column(String(500))
    city: Mapped[str | None] = mapped_column(String(100), index=True)
    industry: Mapped[str | None] = mapped_column(String(100))
    source: Mapped[str | None] = mapped_column(String(100))
    birthday: Mapped[date | None] = mapped_column(Date)
    registration_no: Mapped[str | None] = mapped_column(String(64))
    company_size: Mapped[str | None] = mapped_column(String(16), info={"choices": CompanySize})
    tags: Mapped[list[str]] = mapped_column(JSONText, default=list, info={"format": "tags"})
    notes: Mapped[str | None] = mapped_column()
    # Set on the archived loser of a merge: the customer it was merged into (issue 18). Changes
    # still aimed at the loser are applied to that survivor by the server (server/sync/push.py).
    merged_into_id: Mapped[str | None] = mapped_column(ID)
    # Computed value tiers (issue 19): the tier the server's policy gives (None: never
    # computed, or `tier` is it), and a manager's lock that keeps `tier` as picked by hand.
    computed_tier: Mapped[str | None] = mapped_column(String(16), info={"choices": Tier})
    tier_locked: Mapped[bool] = mapped_column(Boolean, default=False)


class Contact(Entity):
    __tablename__ = "contacts"
    __table_args__ = _child_indexes("contacts")
    entity_name = "contact"

    customer_id: Mapped[str] = _customer_fk()
    name: Mapped[str] = mapped_column(String(200), info={"required": True})
    title: Mapped[str | None] = mapped_column(String(100))
    phones: Mapped[list[str]] = mapped_column(JSONText, default=list, info={"format": "phones"})
    email: Mapped[str | None] = mapped_column(String(254), info={"format": "email"})
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column()


class Relation(Entity):
    """A household, family or business tie from a customer to another customer or a named person."""

    __tablename__ = "relations"
    __table_args__ = _child_indexes("relations")
    entity_name = "relation"

    customer_id: Mapped[str] = _customer_fk()
    kind: Mapped[str] = mapped_column(String(16), info={"choices": RelationKind, "required": True})
    related_customer_id: Mapped[str | None] = mapped_column(ID, ForeignKey("customers.id"))
    related_name: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column()


class Interaction(Entity):
    """One entry of the contact history. Append-mostly."""

    __tablename__ = "interactions"
    __table_args__ = (
        _changes("interactions"),
        Index("ix_interactions_customer_when", "customer_id", "occurred_at", "version"),
    )
    entity_name = "interaction"

    customer_id: Mapped[str] = mapped_column(ID, ForeignKey("customers.id"))
    contact_id: Mapped[str | None] = mapped_column(ID, ForeignKey("contacts.id"))
    kind: Mapped[str] = mapped_column(
        String(16), default=InteractionKind.NOTE.value, info={"choices": InteractionKind}
    )
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[str | None] = mapped_column(ID)
    subject: Mapped[str | None] = mapped_column(String(300))
    body: Mapped[str | None] = mapped_column()
    outcome: Mapped[str | None] = mapped_column(String(300))
    next_step: Mapped[str | None] = mapped_column(String(300))
    next_step_due: Mapped[date | None] = mapped_column(Date)


class Opportunity(Entity):
    __tablename__ = "opportunities"
    __table_args__ = _child_indexes("opportunities")
    entity_name = "opportunity"

    customer_id: Mapped[str] = _customer_fk()
    title: Mapped[str] = mapped_column(String(300), info={"required": True})
    stage: Mapped[str] = mapped_column(
        String(16), default=OpportunityStage.PROSPECTING.value, info={"choices": OpportunityStage}
    )
    amount: Mapped[Decimal] = mapped_column(
        Numeric(14, 2), default=Decimal(0), info={"min": 0, "max": Decimal("999999999999.99")}
    )
    currency: Mapped[str] = mapped_column(String(3), default="CNY", info={"format": "currency"})
    probability: Mapped[int] = mapped_column(Integer, default=10, info={"min": 0, "max": 100})
    expected_close: Mapped[date | None] = mapped_column(Date)
    product_line: Mapped[str | None] = mapped_column(String(100))
    lost_reason: Mapped[str | None] = mapped_column(String(300))
    owner_id: Mapped[str | None] = mapped_column(ID)


class Task(Entity):
    """A to-do or an appointment; appointments have a start and an end."""

    __tablename__ = "tasks"
    __table_args__ = _child_indexes("tasks")
    entity_name = "task"

    customer_id: Mapped[str | None] = _customer_fk()
    kind: Mapped[str] = mapped_column(
        String(16), default=TaskKind.TODO.value, info={"choices": TaskKind}
    )
    title: Mapped[str] = mapped_column(String(300), info={"required": True})
    notes: Mapped[str | None] = mapped_column()
    starts_at: Mapped[datetime | None] = mapped_column()
    ends_at: Mapped[datetime | None] = mapped_column()
    due_at: Mapped[datetime | None] = mapped_column()
    location: Mapped[str | None] = mapped_column(String(300))
    assignee_id: Mapped[str | None] = mapped_column(ID, index=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    remind_at: Mapped[datetime | None] = mapped_column()


class ServiceRequest(Entity):
    __tablename__ = "service_requests"
    __table_args__ = _child_indexes("service_requests")
    entity_name = "service_request"

    customer_id: Mapped[str] = _customer_fk()
    kind: Mapped[str] = mapped_column(
        String(16), default=ServiceKind.INQUIRY.value, info={"choices": ServiceKind}
    )
    subject: Mapped[str] = mapped_column(String(300), info={"required": True})
    description: Mapped[str | None] = mapped_column()
    priority: Mapped[str] = mapped_column(
        String(16), default=ServicePriority.NORMAL.value, info={"choices": ServicePriority}
    )
    status: Mapped[str] = mapped_column(
        String(16), default=ServiceStatus.NEW.value, info={"choices": ServiceStatus}
    )
    escalation_level: Mapped[int] = mapped_column(Integer, default=0, info={"min": 0, "max": 5})
    assignee_id: Mapped[str | None] = mapped_column(ID)
    sla_due_at: Mapped[datetime | None] = mapped_column()
    resolution: Mapped[str | None] = mapped_column()
    satisfaction: Mapped[int | None] = mapped_column(Integer, info={"min": 1, "max": 5})
    # Issue 21: the SLA clock starts at `opened_at` (when the request was taken, on the
    # laptop's clock); the due times follow from the policy (sync/protocol/sla.py), computed
    # on the laptop and again, authoritatively, by the server at push.
    opened_at: Mapped[datetime | None] = mapped_column()
    response_due_at: Mapped[datetime | None] = mapped_column()
    sla_warn_at: Mapped[datetime | None] = mapped_column()  # the policy's share elapsed
    resolved_at: Mapped[datetime | None] = mapped_column()
    # a complaint: its category, severity and the customer's own words
    category: Mapped[str | None] = mapped_column(String(100))
    severity: Mapped[str | None] = mapped_column(String(16), info={"choices": ComplaintSeverity})
    customer_words: Mapped[str | None] = mapped_column()


MONEY_MAX = Decimal("999999999999.99")


class Product(Entity):
    """The company-wide catalogue (issue 19): no customer; every replica holds all of it, and
    only managers and administrators write it."""

    __tablename__ = "products"
    __table_args__ = (_changes("products"),)
    entity_name = "product"

    code: Mapped[str] = mapped_column(String(40), info={"required": True})
    name: Mapped[str] = mapped_column(String(200), info={"required": True})
    product_line: Mapped[str | None] = mapped_column(String(100))
    unit: Mapped[str | None] = mapped_column(String(20))
    list_price: Mapped[Decimal] = mapped_column(
        Numeric(14, 2), default=Decimal(0), info={"min": 0, "max": MONEY_MAX}
    )
    currency: Mapped[str] = mapped_column(String(3), default="CNY", info={"format": "currency"})
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str | None] = mapped_column()


class ServiceCalendar(Entity):
    """Business hours for the SLA clock (issue 21): company-wide (no branch) or one branch's
    override. Company reference data: every replica holds all of it."""

    __tablename__ = "service_calendars"
    __table_args__ = (_changes("service_calendars"),)
    entity_name = "service_calendar"

    branch_id: Mapped[str | None] = mapped_column(ID)
    opens: Mapped[str] = mapped_column(String(5), default="09:00", info={"format": "clock"})
    closes: Mapped[str] = mapped_column(String(5), default="18:00", info={"format": "clock"})
    # ISO weekdays ("1" Monday ... "7" Sunday) and holidays ("2026-10-01" or "a..b")
    workdays: Mapped[list[str]] = mapped_column(
        JSONText, default=lambda: list("12345"), info={"format": "weekdays"}
    )
    holidays: Mapped[list[str]] = mapped_column(JSONText, default=list, info={"format": "holidays"})
    utc_offset_minutes: Mapped[int] = mapped_column(
        Integer, default=480, info={"min": -840, "max": 840}
    )
    warn_percent: Mapped[int] = mapped_column(Integer, default=75, info={"min": 1, "max": 99})
    return_visit_days: Mapped[int] = mapped_column(Integer, default=7, info={"min": 0, "max": 365})


class SlaTarget(Entity):
    """Response and resolution targets, in working minutes, for a kind x priority x customer
    tier (no tier: any), company-wide or for one branch (issue 21)."""

    __tablename__ = "sla_targets"
    __table_args__ = (_changes("sla_targets"),)
    entity_name = "sla_target"

    branch_id: Mapped[str | None] = mapped_column(ID)
    kind: Mapped[str] = mapped_column(String(16), info={"choices": ServiceKind, "required": True})
    priority: Mapped[str] = mapped_column(
        String(16), info={"choices": ServicePriority, "required": True}
    )
    tier: Mapped[str | None] = mapped_column(String(16), info={"choices": Tier})
    response_minutes: Mapped[int | None] = mapped_column(Integer, info={"min": 1, "max": 525_600})
    resolution_minutes: Mapped[int] = mapped_column(
        Integer, default=480, info={"min": 1, "max": 525_600}
    )


class KnowledgeArticle(Entity):
    """A problem and its solution (issue 21, item 5): company-wide, on every replica; anyone
    drafts, managers publish."""

    __tablename__ = "knowledge_articles"
    __table_args__ = (_changes("knowledge_articles"),)
    entity_name = "knowledge_article"

    title: Mapped[str] = mapped_column(String(300), info={"required": True})
    problem: Mapped[str | None] = mapped_column()
    solution: Mapped[str | None] = mapped_column()
    tags: Mapped[list[str]] = mapped_column(JSONText, default=list, info={"format": "tags"})
    product_line: Mapped[str | None] = mapped_column(String(100))
    author_id: Mapped[str | None] = mapped_column(ID)
    published: Mapped[bool] = mapped_column(Boolean, default=False)
    source_request_id: Mapped[str | None] = mapped_column(ID)


class Contract(Entity):
    """A contract or order of a customer (issue 19); its lines are ContractLine rows."""

    __tablename__ = "contracts"
    __table_args__ = _child_indexes("contracts")
    entity_name = "contract"

    customer_id: Mapped[str] = _customer_fk()
    number: Mapped[str] = mapped_column(String(40), info={"required": True})
    title: Mapped[str | None] = mapped_column(String(300))
    signed_on: Mapped[date | None] = mapped_column(Date)
    payment_due: Mapped[date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3), default="CNY", info={"format": "currency"})
    status: Mapped[str] = mapped_column(
        String(16), default=ContractStatus.DRAFT.value, info={"choices": ContractStatus}
    )
    owner_id: Mapped[str | None] = mapped_column(ID)
    # the opportunity it was won from (same customer; checked by the server, no foreign key)
    opportunity_id: Mapped[str | None] = mapped_column(ID)
    notes: Mapped[str | None] = mapped_column()


class ContractLine(Entity):
    """One line of a contract: product x quantity x unit price x (1 - discount).

    A row of its own, not a JSON list on the contract: two people editing different lines
    of one contract offline merge field by field like any other rows. It carries its
    contract's customer_id so scope, moves and removals treat it as every customer child."""

    __tablename__ = "contract_lines"
    __table_args__ = (
        *_child_indexes("contract_lines"),
        Index("ix_contract_lines_contract_id", "contract_id"),
    )
    entity_name = "contract_line"

    customer_id: Mapped[str] = _customer_fk()
    contract_id: Mapped[str] = mapped_column(
        ID, ForeignKey("contracts.id"), info={"required": True}
    )
    product_id: Mapped[str | None] = mapped_column(ID)  # checked by the server, no foreign key
    description: Mapped[str | None] = mapped_column(String(300))
    quantity: Mapped[Decimal] = mapped_column(
        Numeric(14, 3), default=Decimal(1), info={"min": 0, "max": Decimal("99999999999.999")}
    )
    unit_price: Mapped[Decimal] = mapped_column(
        Numeric(14, 2), default=Decimal(0), info={"min": 0, "max": MONEY_MAX}
    )
    discount: Mapped[Decimal] = mapped_column(
        Numeric(5, 4), default=Decimal(0), info={"min": 0, "max": 1}
    )
    position: Mapped[int] = mapped_column(Integer, default=0, info={"min": 0, "max": 10_000})


class Payment(Entity):
    """A payment received (回款) against a contract."""

    __tablename__ = "payments"
    __table_args__ = (
        *_child_indexes("payments"),
        Index("ix_payments_contract_id", "contract_id"),
    )
    entity_name = "payment"

    customer_id: Mapped[str] = _customer_fk()
    contract_id: Mapped[str] = mapped_column(
        ID, ForeignKey("contracts.id"), info={"required": True}
    )
    received_on: Mapped[date | None] = mapped_column(Date, info={"required": True})
    amount: Mapped[Decimal] = mapped_column(
        Numeric(14, 2), default=Decimal(0), info={"min": Decimal("0.01"), "max": MONEY_MAX}
    )
    method: Mapped[str] = mapped_column(
        String(16), default=PaymentMethod.BANK_TRANSFER.value, info={"choices": PaymentMethod}
    )
    reference: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column()


class CreditProfile(Entity):
    """A customer's credit (issue 22): rating, limit, payment terms, hold and next review.

    One per customer, and its id is the customer's id: two people creating it offline
    write the same row, merged field by field. Written by the credit department only."""

    __tablename__ = "credit_profiles"
    __table_args__ = _child_indexes("credit_profiles")
    entity_name = "credit_profile"

    customer_id: Mapped[str] = _customer_fk()
    rating: Mapped[str | None] = mapped_column(String(3), info={"choices": CreditRating})
    # None: no limit set (no check); 0: nothing on credit
    credit_limit: Mapped[Decimal | None] = mapped_column(
        Numeric(14, 2), info={"min": 0, "max": MONEY_MAX}
    )
    currency: Mapped[str] = mapped_column(String(3), default="CNY", info={"format": "currency"})
    terms_days: Mapped[int] = mapped_column(Integer, default=30, info={"min": 0, "max": 365})
    on_hold: Mapped[bool] = mapped_column(Boolean, default=False)
    hold_reason: Mapped[str | None] = mapped_column(String(300))
    next_review: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column()


class CreditAssessment(Entity):
    """One assessment of a customer's credit by the credit department (issue 22)."""

    __tablename__ = "credit_assessments"
    __table_args__ = _child_indexes("credit_assessments")
    entity_name = "credit_assessment"

    customer_id: Mapped[str] = _customer_fk()
    assessed_on: Mapped[date | None] = mapped_column(Date, info={"required": True})
    assessor_id: Mapped[str | None] = mapped_column(ID)
    rating: Mapped[str] = mapped_column(
        String(3), default=CreditRating.B.value, info={"choices": CreditRating, "required": True}
    )
    registered_capital: Mapped[Decimal | None] = mapped_column(
        Numeric(14, 2), info={"min": 0, "max": MONEY_MAX}
    )
    years_in_business: Mapped[int | None] = mapped_column(Integer, info={"min": 0, "max": 500})
    payment_record: Mapped[str | None] = mapped_column(String(300))
    external_report: Mapped[str | None] = mapped_column(String(200))
    next_review: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column()


ENTITIES: dict[str, type[Entity]] = {
    cls.entity_name: cls
    for cls in (
        Customer,
        Contact,
        Relation,
        Interaction,
        Opportunity,
        Task,
        ServiceRequest,
        Product,
        ServiceCalendar,
        SlaTarget,
        KnowledgeArticle,
        Contract,
        ContractLine,
        Payment,
        CreditProfile,
        CreditAssessment,
    )
}
"""Every synced entity by its wire name, parents before children."""
