"""Credit "3+1" on the replica (issue 22): a customer's credit profile and assessments, its
exposure and available credit, receivables with their ageing and collection levels.

Everything reads the replica, so a rep at the customer's door with no network sees the
rating, the available credit and what is overdue. Credit data is written by the credit
department only (`may_edit`); the server refuses anyone else's change as well. A contract
signed beyond the available credit is stored as held (`hold_at_entry`, called by
`Commerce.save_contract`), and the server checks again at push.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Float, func, select, type_coerce
from sqlalchemy.orm import Session

from sync.protocol import credit, validation
from sync.protocol.entities import (
    Contract,
    ContractLine,
    CreditAssessment,
    CreditProfile,
    Customer,
    Payment,
)
from sync.protocol.enums import ContractStatus, Role
from sync.protocol.types import utcnow
from sync.protocol.values import to_wire

from .changes import Changes
from .errors import KnownError, NotFound
from .records import Records, Row

ZERO = Decimal(0)


class CreditReadOnly(KnownError):
    """Sales roles read credit data; the credit department changes it ("+1")."""

    code = "credit_read_only"


@dataclass(frozen=True)
class CreditStatus:
    """What the Credit tab and the customer header show."""

    customer_id: str
    rating: str | None
    credit_limit: Decimal | None
    currency: str
    terms_days: int
    on_hold: bool
    hold_reason: str | None
    next_review: date | None
    review_due: bool
    exposure: Decimal
    available: Decimal | None  # None: no limit set
    overdue_count: int
    overdue_amount: Decimal
    oldest_days: int
    held_contracts: int


@dataclass(frozen=True)
class Receivable:
    """What a signed contract still has outstanding, and how late it is."""

    contract_id: str
    customer_id: str
    customer: str
    number: str
    currency: str
    owner_id: str | None
    due: date | None
    outstanding: Decimal
    days_overdue: int
    bucket: str
    level: int


def hold_at_entry(
    session: Session,
    role: str | None,
    contract: Contract | None,
    typed: Mapping[str, Any],
    new_total: Decimal,
) -> bool:
    """The contract being saved (`contract` None: a new one, with `typed` its values) must be
    stored as held: it is signed (active) now, by someone outside the credit department, and
    it takes its customer beyond the available credit (or the customer is on hold). Checked
    when it becomes active or its total grows; the server checks again at push."""
    if role == Role.CREDIT.value:
        return False
    status = typed.get("status", contract.status if contract else None)
    if contract is not None and contract.status == ContractStatus.HELD.value:
        return bool(status == ContractStatus.ACTIVE.value)  # only the credit department releases it
    if status != ContractStatus.ACTIVE.value:
        return False
    customer_id = str(contract.customer_id if contract else typed.get("customer_id"))
    currency = str(typed.get("currency", contract.currency if contract else "CNY"))
    received = ZERO
    if contract is not None:
        old_total = credit.totals(session, [contract.id]).get(contract.id, ZERO)
        if contract.status == ContractStatus.ACTIVE.value and new_total <= old_total:
            return False
        received = credit.paid(session, [contract.id]).get(contract.id, ZERO)
    profile = session.get(CreditProfile, customer_id)
    others = credit.exposure(
        session, customer_id, currency, exclude=contract.id if contract else None
    )
    return credit.check_contract(profile, currency, others, new_total - received).held


class Credit:
    """Credit profiles, assessments and receivables of one replica."""

    def __init__(
        self, records: Records, role: str | None = None, today: Callable[[], date] = date.today
    ) -> None:
        self.records = records
        self.replica = records.replica
        self.role = role
        self.today = today

    @property
    def may_edit(self) -> bool:
        return self.role == Role.CREDIT.value

    def _require_edit(self) -> None:
        if not self.may_edit:
            raise CreditReadOnly("Only the credit department changes credit data.")

    # --- reads -------------------------------------------------------------------------------

    def profile(self, customer_id: str) -> Row | None:
        with self.replica.reading() as session:
            obj = session.get(CreditProfile, customer_id)
            if obj is None or obj.deleted_at is not None:
                return None
            return _row(obj)

    def assessments(self, customer_id: str) -> list[Row]:
        """The customer's assessments, latest first."""
        query = (
            select(CreditAssessment)
            .where(
                CreditAssessment.customer_id == customer_id,
                CreditAssessment.deleted_at.is_(None),
            )
            .order_by(CreditAssessment.assessed_on.desc(), CreditAssessment.created_at.desc())
        )
        with self.replica.reading() as session:
            return [_row(a) for a in session.scalars(query)]

    def status(self, customer_id: str) -> CreditStatus:
        today = self.today()
        with self.replica.reading() as session:
            profile = session.get(CreditProfile, customer_id)
            if profile is not None and profile.deleted_at is not None:
                profile = None
            currency = profile.currency if profile else "CNY"
            exposure = credit.exposure(session, customer_id, currency)
            receivables = self._receivables(session, today, customer_id)
            held = session.scalars(
                select(Contract.id).where(
                    Contract.customer_id == customer_id,
                    Contract.status == ContractStatus.HELD.value,
                    Contract.deleted_at.is_(None),
                )
            ).all()
        overdue = [r for r in receivables if r.days_overdue > 0]
        limit = profile.credit_limit if profile else None
        return CreditStatus(
            customer_id=customer_id,
            rating=profile.rating if profile else None,
            credit_limit=limit,
            currency=currency,
            terms_days=profile.terms_days if profile else 30,
            on_hold=bool(profile and profile.on_hold),
            hold_reason=profile.hold_reason if profile else None,
            next_review=profile.next_review if profile else None,
            review_due=bool(profile and credit.review_due(profile.next_review, today)),
            exposure=exposure,
            available=None if limit is None else Decimal(limit) - exposure,
            overdue_count=len(overdue),
            overdue_amount=sum((r.outstanding for r in overdue), ZERO),
            oldest_days=max((r.days_overdue for r in overdue), default=0),
            held_contracts=len(held),
        )

    def check_entry(
        self, customer_id: str, contract_id: str | None, currency: str, owed: Decimal
    ) -> credit.HoldCheck:
        """Whether a contract owing `owed` would be held if signed now (the contract form
        warns while it is entered; `hold_at_entry` decides when it is saved)."""
        with self.replica.reading() as session:
            profile = session.get(CreditProfile, customer_id)
            others = credit.exposure(session, customer_id, currency, exclude=contract_id)
        return credit.check_contract(profile, currency, others, owed)

    def receivables(self, customer_id: str | None = None) -> list[Receivable]:
        """Signed contracts with a balance (of one customer, or all in the replica), latest
        due last."""
        with self.replica.reading() as session:
            return self._receivables(session, self.today(), customer_id)

    def collection(self, owner_id: str | None = None) -> list[Receivable]:
        """The collection list: overdue receivables, the longest overdue first (the credit
        department's whole replica; an owner's own with `owner_id`)."""
        found = [r for r in self.receivables() if r.days_overdue > 0]
        if owner_id is not None:
            found = [r for r in found if r.owner_id == owner_id]
        found.sort(key=lambda r: (-r.days_overdue, r.number))
        return found

    def ageing(self, customer_id: str | None = None) -> dict[str, dict[str, Decimal]]:
        """Outstanding by currency, then by ageing bucket (every bucket present)."""
        out: dict[str, dict[str, Decimal]] = {}
        for r in self.receivables(customer_id):
            buckets = out.setdefault(r.currency, dict.fromkeys(credit.BUCKETS, Decimal("0.00")))
            buckets[r.bucket] += r.outstanding
        return out

    def _receivables(
        self, session: Session, today: date, customer_id: str | None
    ) -> list[Receivable]:
        """One SQL read: each signed contract's lines (each to the cent) less its payments,
        summed by SQLite as the reports do (`app/reports/sources.py`); 40,000 contracts
        read as objects and added as Decimals took seconds. Holds are decided on the exact
        path (`sync.protocol.credit.exposure`)."""
        lines, payments = ContractLine.__table__, Payment.__table__
        contracts, customers = Contract.__table__, Customer.__table__
        line_amount = func.round(lines.c.quantity * lines.c.unit_price * (1 - lines.c.discount), 2)
        if customer_id is None:  # the whole replica: each table read once, grouped
            total_of = (
                select(lines.c.contract_id, func.sum(line_amount).label("amount"))
                .where(lines.c.deleted_at.is_(None))
                .group_by(lines.c.contract_id)
                .subquery()
            )
            paid_of = (
                select(
                    payments.c.contract_id,
                    func.sum(func.round(payments.c.amount, 2)).label("amount"),
                )
                .where(payments.c.deleted_at.is_(None))
                .group_by(payments.c.contract_id)
                .subquery()
            )
            total: Any = func.coalesce(total_of.c.amount, 0)
            received: Any = func.coalesce(paid_of.c.amount, 0)
            source: Any = contracts.outerjoin(
                total_of, total_of.c.contract_id == contracts.c.id
            ).outerjoin(paid_of, paid_of.c.contract_id == contracts.c.id)
        else:  # one customer: its few contracts, through the contract_id indexes
            total = (
                select(func.coalesce(func.sum(line_amount), 0))
                .where(lines.c.contract_id == contracts.c.id, lines.c.deleted_at.is_(None))
                .scalar_subquery()
            )
            received = (
                select(func.coalesce(func.sum(func.round(payments.c.amount, 2)), 0))
                .where(payments.c.contract_id == contracts.c.id, payments.c.deleted_at.is_(None))
                .scalar_subquery()
            )
            source = contracts
        owed = type_coerce(total, Float) - type_coerce(received, Float)
        query = (
            select(
                contracts.c.id,
                contracts.c.customer_id,
                customers.c.name,
                contracts.c.number,
                contracts.c.currency,
                contracts.c.owner_id,
                contracts.c.payment_due,
                type_coerce(owed, Float).label("owed"),
            )
            .select_from(source)
            .join(customers, customers.c.id == contracts.c.customer_id)
            .where(
                contracts.c.deleted_at.is_(None),
                contracts.c.status.in_(credit.EXPOSED),
            )
        )
        if customer_id is not None:
            query = query.where(contracts.c.customer_id == customer_id)
        out: list[Receivable] = []
        for row in session.execute(query):
            if row.owed is None or row.owed < 0.005:
                continue  # paid (or overpaid)
            balance = Decimal(repr(round(row.owed, 2))).quantize(credit.CENT)
            days = credit.days_overdue(row.payment_due, today)
            out.append(
                Receivable(
                    contract_id=row.id,
                    customer_id=row.customer_id,
                    customer=row.name,
                    number=row.number,
                    currency=row.currency,
                    owner_id=row.owner_id,
                    due=row.payment_due,
                    outstanding=balance,
                    days_overdue=days,
                    bucket=credit.bucket(days),
                    level=credit.level(days),
                )
            )
        out.sort(key=lambda r: (r.due or date.max, r.number))
        return out

    # --- writes (the credit department) ------------------------------------------------------

    def save_profile(self, customer_id: str, values: Mapping[str, Any]) -> Row:
        """Create or change the customer's credit profile (its id is the customer's)."""
        self._require_edit()
        entity = "credit_profile"
        values = {k: v for k, v in values.items() if k not in ("id", "customer_id")}
        columns = validation.writable_columns(entity)
        with self.replica.transaction() as session:
            if session.get(Customer, customer_id) is None:
                raise NotFound(f"No customer with id {customer_id}.")
            obj = session.get(CreditProfile, customer_id)
            if obj is None:
                initial = {**validation.defaults(entity), "customer_id": customer_id}
                typed = {**initial, **validation.validate(entity, values, initial)}
                obj = CreditProfile(id=customer_id, **typed)
                now = utcnow()
                obj.created_at = obj.updated_at = now
                obj.created_by = obj.updated_by = self.records.user_id
                session.add(obj)
                changes = {k: to_wire(c, getattr(obj, k)) for k, c in columns.items()}
                self.records.record(session, obj, "create", changes, {})
                changed: Mapping[str, Any] = changes
            else:
                before = _row(obj)
                typed = validation.validate(entity, values, before)
                changed = {k: v for k, v in typed.items() if before[k] != v}
                if not changed:
                    return before
                base = {k: to_wire(columns[k], before[k]) for k in changed}
                for key, value in changed.items():
                    setattr(obj, key, value)
                obj.updated_at, obj.updated_by = utcnow(), self.records.user_id
                after = {k: to_wire(columns[k], v) for k, v in changed.items()}
                self.records.record(session, obj, "update", after, base)
            row = _row(obj)
        self.records.feed.publish(Changes.of(entity, [customer_id], changed, local=True))
        return row

    def add_assessment(self, customer_id: str, values: Mapping[str, Any]) -> Row:
        """Record an assessment; its rating and next review become the profile's."""
        self._require_edit()
        row = self.records.create(
            "credit_assessment",
            {
                "assessed_on": self.today(),
                "assessor_id": self.records.user_id,
                **values,
                "customer_id": customer_id,
            },
        )
        self.save_profile(customer_id, {"rating": row["rating"], "next_review": row["next_review"]})
        return row

    def release(self, contract_id: str, *, cancel: bool = False) -> Row:
        """The credit department releases a held contract (active), or turns it down."""
        self._require_edit()
        contract = self.records.get("contract", contract_id)
        if contract["status"] != ContractStatus.HELD.value:
            return contract
        status = ContractStatus.CANCELLED if cancel else ContractStatus.ACTIVE
        return self.records.update("contract", contract_id, {"status": status.value})


def _row(obj: Any) -> Row:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}
