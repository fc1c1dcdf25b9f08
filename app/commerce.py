"""Commerce records on the replica (issue 19, item 1): the product catalogue, contracts with
their lines, payments received (回款) and what each contract still has outstanding.

A contract's total is the sum of its lines, each quantity x unit price x (1 - discount)
rounded to the cent; what is outstanding is the total less the payments received. Amounts
are added in Python as Decimals (SQLite stores NUMERIC as REAL), never across currencies:
each contract is in one currency, its payments in the same.

A contract and its lines are written in one transaction through `Records.record`, so the
outbox holds them together and the server applies them in one push.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol import validation
from sync.protocol.entities import Contract, ContractLine, Customer, Payment, Product
from sync.protocol.enums import ContractStatus, Role
from sync.protocol.types import new_id, utcnow
from sync.protocol.values import to_wire

from .changes import Changes
from .credit import hold_at_entry
from .errors import KnownError, NotFound
from .records import Records, Row

CENT = Decimal("0.01")
ZERO = Decimal(0)
CLOSED = frozenset({ContractStatus.CANCELLED.value})
"""Statuses whose balance is owed by nobody: a cancelled contract is never overdue."""
CATALOGUE_WRITERS = frozenset({Role.MANAGER.value, Role.ADMIN.value})


class CatalogueReadOnly(KnownError):
    """Reps read the product catalogue; managers and administrators keep it."""

    code = "catalogue_read_only"


def line_total(quantity: Decimal, unit_price: Decimal, discount: Decimal) -> Decimal:
    """quantity x unit price x (1 - discount), to the cent (half up)."""
    return (quantity * unit_price * (1 - discount)).quantize(CENT, ROUND_HALF_UP)


@dataclass(frozen=True)
class ContractSummary:
    """One contract as lists show it: its total, what was paid and what is outstanding."""

    id: str
    customer_id: str
    customer: str
    number: str
    title: str | None
    signed_on: date | None
    payment_due: date | None
    currency: str
    status: str
    owner_id: str | None
    opportunity_id: str | None
    total: Decimal
    paid: Decimal
    outstanding: Decimal
    overdue: bool


@dataclass(frozen=True)
class LineDraft:
    """A line as a form holds it; `id` None for a new one."""

    product_id: str | None
    quantity: Decimal
    unit_price: Decimal
    discount: Decimal = ZERO
    description: str | None = None
    id: str | None = None

    @property
    def total(self) -> Decimal:
        return line_total(self.quantity, self.unit_price, self.discount)


class Commerce:
    """Products, contracts and payments of one replica."""

    def __init__(
        self, records: Records, role: str | None = None, today: Callable[[], date] = date.today
    ) -> None:
        self.records = records
        self.replica = records.replica
        self.role = role
        self.today = today

    # --- the catalogue ---------------------------------------------------------------------

    @property
    def may_edit_catalogue(self) -> bool:
        return self.role in CATALOGUE_WRITERS

    def products(self, *, include_inactive: bool = False) -> list[Row]:
        """The catalogue by product line, then code."""
        query = select(Product).where(Product.deleted_at.is_(None))
        if not include_inactive:
            query = query.where(Product.active.is_(True))
        query = query.order_by(Product.product_line, Product.code, Product.id)
        with self.replica.reading() as session:
            return [_row(p) for p in session.scalars(query)]

    def save_product(self, product_id: str | None, values: Mapping[str, Any]) -> Row:
        if not self.may_edit_catalogue:
            raise CatalogueReadOnly("Only managers and administrators change the catalogue.")
        if product_id is None:
            return self.records.create("product", values)
        return self.records.update("product", product_id, values)

    # --- contracts ---------------------------------------------------------------------------

    def contracts(
        self,
        customer_id: str | None = None,
        *,
        status: str | None = None,
        overdue: bool = False,
        owner_id: str | None = None,
    ) -> list[ContractSummary]:
        """Contracts in the replica (of one customer, or all in scope), newest signed first,
        with their totals; `overdue`: only those past their payment date with a balance."""
        query = (
            select(Contract, Customer.name)
            .join(Customer, Customer.id == Contract.customer_id)
            .where(Contract.deleted_at.is_(None))
        )
        if customer_id is not None:
            query = query.where(Contract.customer_id == customer_id)
        if status:
            query = query.where(Contract.status == status)
        if owner_id:
            query = query.where(Contract.owner_id == owner_id)
        with self.replica.reading() as session:
            found = [(c, name) for c, name in session.execute(query)]
            ids = [c.id for c, _ in found]
            totals = _totals(session, ids)
            paid = _paid(session, ids)
        today = self.today()
        out = [
            _summary(
                contract, name, totals.get(contract.id, ZERO), paid.get(contract.id, ZERO), today
            )
            for contract, name in found
        ]
        if overdue:
            out = [c for c in out if c.overdue]
        out.sort(key=lambda c: (c.signed_on or date.min, c.number), reverse=True)
        return out

    def summary(self, contract_id: str) -> ContractSummary:
        with self.replica.reading() as session:
            found = session.execute(
                select(Contract, Customer.name)
                .join(Customer, Customer.id == Contract.customer_id)
                .where(Contract.id == contract_id)
            ).first()
            if found is None or found[0].deleted_at is not None:
                raise NotFound(f"No contract with id {contract_id}.")
            total = _totals(session, [contract_id]).get(contract_id, ZERO)
            paid = _paid(session, [contract_id]).get(contract_id, ZERO)
        return _summary(found[0], found[1], total, paid, self.today())

    def lines(self, contract_id: str) -> list[LineDraft]:
        query = (
            select(ContractLine)
            .where(ContractLine.contract_id == contract_id, ContractLine.deleted_at.is_(None))
            .order_by(ContractLine.position, ContractLine.created_at, ContractLine.id)
        )
        with self.replica.reading() as session:
            return [
                LineDraft(
                    product_id=line.product_id,
                    quantity=line.quantity,
                    unit_price=line.unit_price,
                    discount=line.discount,
                    description=line.description,
                    id=line.id,
                )
                for line in session.scalars(query)
            ]

    def payments(self, contract_id: str | None = None, customer_id: str | None = None) -> list[Row]:
        """Payments of a contract (or of a customer), latest first."""
        query = select(Payment).where(Payment.deleted_at.is_(None))
        if contract_id is not None:
            query = query.where(Payment.contract_id == contract_id)
        if customer_id is not None:
            query = query.where(Payment.customer_id == customer_id)
        query = query.order_by(Payment.received_on.desc(), Payment.created_at.desc())
        with self.replica.reading() as session:
            return [_row(p) for p in session.scalars(query)]

    def next_number(self, on: date | None = None) -> str:
        """A contract number for a new contract: HT-YYYYMMDD-n, n one more than today's."""
        prefix = f"HT-{(on or self.today()).strftime('%Y%m%d')}-"
        with self.replica.reading() as session:
            taken = session.scalars(
                select(Contract.number).where(Contract.number.like(f"{prefix}%"))
            ).all()
        numbers = [int(n[len(prefix) :]) for n in taken if n[len(prefix) :].isdigit()]
        return f"{prefix}{max(numbers, default=0) + 1:03d}"

    def draft_from_opportunity(self, opportunity_id: str) -> tuple[dict[str, Any], list[LineDraft]]:
        """A new contract's values and lines from a won opportunity: its customer, owner,
        currency and amount (as one line, of a product of its product line when there is
        exactly one such product)."""
        opportunity = self.records.get("opportunity", opportunity_id)
        values = {
            "customer_id": opportunity["customer_id"],
            "number": self.next_number(),
            "title": opportunity["title"],
            "signed_on": self.today(),
            "currency": opportunity["currency"],
            "status": ContractStatus.ACTIVE.value,
            "owner_id": opportunity["owner_id"] or self.records.user_id,
            "opportunity_id": opportunity_id,
        }
        line_products = [
            p
            for p in self.products()
            if opportunity["product_line"] and p["product_line"] == opportunity["product_line"]
        ]
        product_id = line_products[0]["id"] if len(line_products) == 1 else None
        amount = opportunity["amount"] or ZERO
        line = LineDraft(
            product_id=product_id,
            quantity=Decimal(1),
            unit_price=amount,
            description=None if product_id else opportunity["title"],
        )
        return values, [line] if amount > 0 else []

    def won_without_contract(self, opportunity_id: str) -> bool:
        """The opportunity has no contract yet: winning it offers to create one."""
        with self.replica.reading() as session:
            found = session.scalar(
                select(Contract.id).where(
                    Contract.opportunity_id == opportunity_id, Contract.deleted_at.is_(None)
                )
            )
        return found is None

    def save_contract(
        self, contract_id: str | None, values: Mapping[str, Any], lines: Sequence[LineDraft]
    ) -> Row:
        """Create or update a contract with its lines in one transaction: lines kept are
        updated (only their changed fields), new ones created, removed ones deleted."""
        entity = "contract"
        initial = validation.defaults(entity)
        with self.replica.transaction() as session:
            if contract_id is None:
                initial["owner_id"] = self.records.user_id
                typed = {**initial, **validation.validate(entity, values, initial)}
                self._check_customer(session, typed["customer_id"])
                if hold_at_entry(session, self.role, None, typed, _drafted(lines)):
                    typed["status"] = ContractStatus.HELD.value  # issue 22: beyond its credit
                contract = Contract(id=new_id(), **typed)
                self._created(session, contract, entity)
            else:
                contract = _load(session, Contract, contract_id)
                before = _row(contract)
                typed = validation.validate(entity, values, before)
                typed.pop("customer_id", None)  # a contract stays with its customer
                if hold_at_entry(session, self.role, contract, typed, _drafted(lines)):
                    typed["status"] = ContractStatus.HELD.value  # issue 22: beyond its credit
                self._updated(session, contract, entity, before, typed)
            touched_lines = self._save_lines(session, contract, lines)
            row = _row(contract)
        changes = Changes.of(entity, [row["id"]], values.keys(), local=True)
        if touched_lines:
            changes = changes | Changes.of("contract_line", touched_lines, local=True)
        self.records.feed.publish(changes)
        return row

    def delete_contract(self, contract_id: str) -> None:
        """Archive a contract with its lines and payments (restorable from History)."""
        now = utcnow()
        touched: dict[str, list[str]] = defaultdict(list)
        with self.replica.transaction() as session:
            contract = _load(session, Contract, contract_id)
            children: list[Contract | ContractLine | Payment] = [
                *session.scalars(
                    select(ContractLine).where(
                        ContractLine.contract_id == contract_id, ContractLine.deleted_at.is_(None)
                    )
                ),
                *session.scalars(
                    select(Payment).where(
                        Payment.contract_id == contract_id, Payment.deleted_at.is_(None)
                    )
                ),
                contract,
            ]
            for obj in children:
                obj.deleted_at = now
                obj.updated_at, obj.updated_by = now, self.records.user_id
                self.records.record(session, obj, "delete")
                touched[obj.entity_name].append(obj.id)
        changes = Changes(local=True)
        for entity, ids in touched.items():
            changes = changes | Changes.of(entity, ids, ["deleted_at"], local=True)
        self.records.feed.publish(changes)

    # --- payments ----------------------------------------------------------------------------

    def record_payment(self, payment_id: str | None, values: Mapping[str, Any]) -> Row:
        """A payment against a contract; its customer is the contract's."""
        if payment_id is not None:
            update = {k: v for k, v in values.items() if k not in ("customer_id", "contract_id")}
            return self.records.update("payment", payment_id, update)
        contract = self.records.get("contract", str(values.get("contract_id")))
        return self.records.create("payment", {**values, "customer_id": contract["customer_id"]})

    # --- internals ---------------------------------------------------------------------------

    def _check_customer(self, session: Session, customer_id: Any) -> None:
        if not customer_id or session.get(Customer, customer_id) is None:
            raise validation.ValidationError(
                "contract", [validation.FieldError("customer_id", "not_found")]
            )

    def _created(self, session: Session, obj: Contract | ContractLine, entity: str) -> None:
        now = utcnow()
        obj.created_at = obj.updated_at = now
        obj.created_by = obj.updated_by = self.records.user_id
        session.add(obj)
        columns = validation.writable_columns(entity)
        changes = {name: to_wire(column, getattr(obj, name)) for name, column in columns.items()}
        self.records.record(session, obj, "create", changes, {})

    def _updated(
        self,
        session: Session,
        obj: Contract | ContractLine,
        entity: str,
        before: Row,
        typed: Mapping[str, Any],
    ) -> bool:
        changed = {k: v for k, v in typed.items() if before[k] != v}
        if not changed:
            return False
        columns = validation.writable_columns(entity)
        base = {k: to_wire(columns[k], before[k]) for k in changed}
        for key, value in changed.items():
            setattr(obj, key, value)
        obj.updated_at, obj.updated_by = utcnow(), self.records.user_id
        after = {k: to_wire(columns[k], v) for k, v in changed.items()}
        self.records.record(session, obj, "update", after, base)
        return True

    def _save_lines(
        self, session: Session, contract: Contract, lines: Sequence[LineDraft]
    ) -> list[str]:
        entity = "contract_line"
        stored = {
            line.id: line
            for line in session.scalars(
                select(ContractLine).where(
                    ContractLine.contract_id == contract.id, ContractLine.deleted_at.is_(None)
                )
            )
        }
        touched: list[str] = []
        kept: set[str] = set()
        for position, draft in enumerate(lines):
            values = {
                "product_id": draft.product_id,
                "description": draft.description,
                "quantity": draft.quantity,
                "unit_price": draft.unit_price,
                "discount": draft.discount,
                "position": position,
            }
            existing = stored.get(draft.id) if draft.id else None
            if existing is None:
                initial = validation.defaults(entity)
                base_values = {**values, "customer_id": contract.customer_id}
                base_values["contract_id"] = contract.id
                typed = {**initial, **validation.validate(entity, base_values, initial)}
                line = ContractLine(id=new_id(), **typed)
                self._created(session, line, entity)
                touched.append(line.id)
            else:
                kept.add(existing.id)
                before = _row(existing)
                typed = validation.validate(entity, values, before)
                if self._updated(session, existing, entity, before, typed):
                    touched.append(existing.id)
        now = utcnow()
        for line_id, line in stored.items():
            if line_id not in kept:
                line.deleted_at = now
                line.updated_at, line.updated_by = now, self.records.user_id
                self.records.record(session, line, "delete")
                touched.append(line_id)
        return touched


def _drafted(lines: Sequence[LineDraft]) -> Decimal:
    return sum((line.total for line in lines), ZERO)


def _row(obj: Any) -> Row:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}


def _load(session: Session, cls: type[Contract], row_id: str) -> Contract:
    obj = session.get(cls, row_id)
    if obj is None or obj.deleted_at is not None:
        raise NotFound(f"No {cls.entity_name} with id {row_id}.")
    return obj


def _chunks(ids: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _totals(session: Session, ids: Sequence[str]) -> dict[str, Decimal]:
    out: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for chunk in _chunks(ids):
        query = select(
            ContractLine.contract_id,
            ContractLine.quantity,
            ContractLine.unit_price,
            ContractLine.discount,
        ).where(ContractLine.contract_id.in_(chunk), ContractLine.deleted_at.is_(None))
        for contract_id, quantity, price, discount in session.execute(query):
            out[contract_id] += line_total(quantity, price, discount)
    return dict(out)


def _paid(session: Session, ids: Sequence[str]) -> dict[str, Decimal]:
    out: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for chunk in _chunks(ids):
        query = select(Payment.contract_id, Payment.amount).where(
            Payment.contract_id.in_(chunk), Payment.deleted_at.is_(None)
        )
        for contract_id, amount in session.execute(query):
            out[contract_id] += Decimal(amount).quantize(CENT, ROUND_HALF_UP)
    return dict(out)


def _summary(
    contract: Contract, customer: str, total: Decimal, paid: Decimal, today: date
) -> ContractSummary:
    outstanding = total - paid
    overdue = (
        contract.payment_due is not None
        and contract.payment_due < today
        and outstanding > 0
        and contract.status not in CLOSED
    )
    return ContractSummary(
        id=contract.id,
        customer_id=contract.customer_id,
        customer=customer,
        number=contract.number,
        title=contract.title,
        signed_on=contract.signed_on,
        payment_due=contract.payment_due,
        currency=contract.currency,
        status=contract.status,
        owner_id=contract.owner_id,
        opportunity_id=contract.opportunity_id,
        total=total,
        paid=paid,
        outstanding=outstanding,
        overdue=overdue,
    )
