"""The company-side ageing report (issue 22): receivables in the caller's scope by currency
and ageing bucket, in one SQL statement the database sums exactly (PostgreSQL NUMERIC; on
SQLite to the cent), so 200,000 receivables answer within a second."""

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Float, Numeric, case, func, or_, select, true, type_coerce
from sqlalchemy.orm import Session

from sync.protocol import credit
from sync.protocol.credit import AgeingAnswer, AgeingRow
from sync.protocol.entities import Contract, ContractLine, Customer, Payment
from sync.protocol.enums import Role

from .models import User
from .sync.scope import customer_in_scope

EARLIEST = date.min + timedelta(days=91)  # the oldest bucket's bound must stay a date


def ageing(session: Session, by: User, as_of: date) -> AgeingAnswer:
    as_of = max(as_of, EARLIEST)  # year 1 (a date the API accepts): nothing is overdue then
    lines, payments = ContractLine.__table__, Payment.__table__
    contracts, customers = Contract.__table__, Customer.__table__
    exact = session.get_bind().dialect.name != "sqlite"
    money: Any = Numeric(20, 2) if exact else Float()
    total_of = (
        select(
            lines.c.contract_id,
            func.sum(
                func.round(lines.c.quantity * lines.c.unit_price * (1 - lines.c.discount), 2)
            ).label("amount"),
        )
        .where(lines.c.deleted_at.is_(None))
        .group_by(lines.c.contract_id)
        .subquery()
    )
    paid_of = (
        select(payments.c.contract_id, func.sum(payments.c.amount).label("amount"))
        .where(payments.c.deleted_at.is_(None))
        .group_by(payments.c.contract_id)
        .subquery()
    )
    owed = func.coalesce(total_of.c.amount, 0) - func.coalesce(paid_of.c.amount, 0)
    scope = true() if by.role == Role.ADMIN.value else customer_in_scope(by)
    per_contract = (
        select(contracts.c.currency, contracts.c.payment_due, owed.label("owed"))
        .select_from(contracts)
        .join(customers, customers.c.id == contracts.c.customer_id)
        .outerjoin(total_of, total_of.c.contract_id == contracts.c.id)
        .outerjoin(paid_of, paid_of.c.contract_id == contracts.c.id)
        .where(
            contracts.c.deleted_at.is_(None),
            contracts.c.status.in_(credit.EXPOSED),
            customers.c.deleted_at.is_(None),
            scope,
        )
        .subquery()
    )
    due = per_contract.c.payment_due
    bucket = case(
        (or_(due.is_(None), due >= as_of), credit.BUCKETS[0]),
        (due >= as_of - timedelta(days=30), credit.BUCKETS[1]),
        (due >= as_of - timedelta(days=60), credit.BUCKETS[2]),
        (due >= as_of - timedelta(days=90), credit.BUCKETS[3]),
        else_=credit.BUCKETS[4],
    ).label("bucket")
    query = (
        select(
            per_contract.c.currency,
            bucket,
            type_coerce(func.sum(per_contract.c.owed), money).label("amount"),
            func.count().label("n"),
        )
        .where(per_contract.c.owed >= Decimal("0.005"))
        .group_by(per_contract.c.currency, bucket)
    )
    rows: dict[str, dict[str, Decimal]] = {}
    counts: dict[str, int] = {}
    for currency, name, amount, n in session.execute(query):
        value = Decimal(repr(round(amount, 2))) if isinstance(amount, float) else Decimal(amount)
        buckets = rows.setdefault(currency, dict.fromkeys(credit.BUCKETS, Decimal(0)))
        buckets[name] += value.quantize(credit.CENT)
        counts[currency] = counts.get(currency, 0) + int(n)
    return AgeingAnswer(
        as_of=as_of,
        receivables=sum(counts.values()),
        rows=[
            AgeingRow(
                currency=currency,
                buckets={k: str(v.quantize(credit.CENT)) for k, v in buckets.items()},
                receivables=counts[currency],
            )
            for currency, buckets in sorted(rows.items())
        ],
    )
