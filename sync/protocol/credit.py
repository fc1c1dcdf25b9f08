"""Credit "3+1" rules (issue 22), one definition for the laptop and the server.

- Exposure of a customer: what its signed contracts (active or completed) in the limit's
  currency still have outstanding (total of their lines less the payments received). A
  contract that would take the exposure beyond the credit limit, or that is signed while the
  customer is on hold, is *held* until the credit department releases it. The laptop checks
  against its replica when the contract is entered; the server checks again at push, and its
  answer is the one that stays.
- Receivables: a signed contract with a balance and a payment date; days overdue from that
  date, ageing buckets and collection (follow-up) levels by days overdue.
- A rating is due for review from its next review date on.

Pure functions over a SQLAlchemy session and plain values: no Qt, no HTTP.
"""

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.orm import Session

from .entities import Contract, ContractLine, CreditProfile, Payment
from .enums import ContractStatus, OpportunityStage

CENT = Decimal("0.01")
ZERO = Decimal(0)
EXPOSED = frozenset({ContractStatus.ACTIVE.value, ContractStatus.COMPLETED.value})
"""Statuses of contracts the customer owes the balance of (signed, not cancelled, not held)."""
CREDIT_ENTITIES = frozenset({"credit_profile", "credit_assessment"})
"""What the credit department writes, and only it."""

BUCKETS = ("current", "1-30", "31-60", "61-90", "90+")
"""Ageing buckets by days overdue: not yet due, then 1-30, 31-60, 61-90, over 90 days."""

LEVELS: tuple[tuple[int, str], ...] = (
    (1, "reminder"),  # the owner reminds the customer
    (15, "call"),  # the owner calls
    (30, "manager"),  # the manager steps in; the customer should be put on hold
    (60, "credit"),  # the credit department takes it over
)
"""Collection (follow-up) levels: from how many days overdue each starts, and its name."""


def line_total(quantity: Decimal, unit_price: Decimal, discount: Decimal) -> Decimal:
    """quantity x unit price x (1 - discount), to the cent (half up), as app.commerce."""
    return (quantity * unit_price * (1 - discount)).quantize(CENT, ROUND_HALF_UP)


def _chunks(ids: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def totals(session: Session, contract_ids: Sequence[str]) -> dict[str, Decimal]:
    """Each contract's total (its live lines)."""
    out: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for chunk in _chunks(contract_ids):
        query = select(
            ContractLine.contract_id,
            ContractLine.quantity,
            ContractLine.unit_price,
            ContractLine.discount,
        ).where(ContractLine.contract_id.in_(chunk), ContractLine.deleted_at.is_(None))
        for contract_id, quantity, price, discount in session.execute(query):
            out[contract_id] += line_total(Decimal(quantity), Decimal(price), Decimal(discount))
    return dict(out)


def paid(session: Session, contract_ids: Sequence[str]) -> dict[str, Decimal]:
    """What was received against each contract."""
    out: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for chunk in _chunks(contract_ids):
        query = select(Payment.contract_id, Payment.amount).where(
            Payment.contract_id.in_(chunk), Payment.deleted_at.is_(None)
        )
        for contract_id, amount in session.execute(query):
            out[contract_id] += Decimal(amount).quantize(CENT, ROUND_HALF_UP)
    return dict(out)


def outstanding(session: Session, contract_ids: Sequence[str]) -> dict[str, Decimal]:
    """Total less paid, per contract (negative when overpaid)."""
    total, received = totals(session, contract_ids), paid(session, contract_ids)
    return {i: total.get(i, ZERO) - received.get(i, ZERO) for i in contract_ids}


def exposure(
    session: Session, customer_id: str, currency: str, *, exclude: str | None = None
) -> Decimal:
    """What the customer owes on its signed contracts in `currency` (overpayments count as
    nothing), leaving out contract `exclude` (the one being entered)."""
    query = select(Contract.id).where(
        Contract.customer_id == customer_id,
        Contract.deleted_at.is_(None),
        Contract.status.in_(EXPOSED),
        Contract.currency == currency,
    )
    if exclude is not None:
        query = query.where(Contract.id != exclude)
    ids = list(session.scalars(query))
    return sum((max(v, ZERO) for v in outstanding(session, ids).values()), ZERO)


@dataclass(frozen=True)
class HoldCheck:
    """Whether a contract being signed must wait for the credit department, and why."""

    held: bool
    reason: str | None  # "on_hold" or "over_limit"
    limit: Decimal | None
    exposure: Decimal  # with the contract
    available: Decimal | None  # before the contract


def check_contract(
    profile: CreditProfile | None, currency: str, others: Decimal, contract_owed: Decimal
) -> HoldCheck:
    """A contract owing `contract_owed` signed on top of `others` (exposure without it)."""
    after = others + max(contract_owed, ZERO)
    if profile is None or profile.deleted_at is not None:
        return HoldCheck(False, None, None, after, None)
    limit = profile.credit_limit
    available = None if limit is None else Decimal(limit) - others
    if profile.on_hold:
        return HoldCheck(True, "on_hold", limit, after, available)
    if limit is not None and currency == profile.currency and after > Decimal(limit):
        return HoldCheck(True, "over_limit", limit, after, available)
    return HoldCheck(False, None, limit, after, available)


def days_overdue(due: date | None, today: date) -> int:
    """Days past the payment date (0: not yet due, or no date)."""
    if due is None:
        return 0
    return max((today - due).days, 0)


def bucket(days: int) -> str:
    if days <= 0:
        return BUCKETS[0]
    if days <= 30:
        return BUCKETS[1]
    if days <= 60:
        return BUCKETS[2]
    if days <= 90:
        return BUCKETS[3]
    return BUCKETS[4]


def level(days: int) -> int:
    """The collection level reached after `days` overdue: 0 none, 1..len(LEVELS)."""
    reached = 0
    for n, (start, _) in enumerate(LEVELS, 1):
        if days >= start:
            reached = n
    return reached


def review_due(next_review: date | None, today: date) -> bool:
    """A rating expires on its next review date and asks for a review from then on."""
    return next_review is not None and next_review <= today


ON_HOLD_DEAL = (
    "The customer is on credit hold: no deal can be won until the credit department lifts it."
)


def deal_refusal(
    session: Session, entity: str, before: Mapping[str, object] | None, after: Mapping[str, object]
) -> str | None:
    """Why winning this deal is refused: its customer is on credit hold ("a hold blocks
    both", issue 22); None when it may be won (or it is no win)."""
    won = OpportunityStage.WON.value
    if entity != "opportunity" or after.get("stage") != won:
        return None
    if before is not None and before.get("stage") == won:
        return None
    customer_id = after.get("customer_id")
    profile = session.get(CreditProfile, customer_id) if isinstance(customer_id, str) else None
    if profile is not None and profile.deleted_at is None and profile.on_hold:
        return ON_HOLD_DEAL
    return None


class AgeingRow(BaseModel):
    """Outstanding receivables of one currency by ageing bucket (`BUCKETS`), amounts as
    decimal strings (exact to the cent)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    currency: str
    buckets: dict[str, str]
    receivables: int


class AgeingAnswer(BaseModel):
    """`GET /credit/ageing` (issue 22): the ageing of the receivables in the caller's scope
    (a rep's own customers, a manager's or the credit department's branches, an
    administrator's company) on `as_of`."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    as_of: date
    receivables: int
    rows: list[AgeingRow]
