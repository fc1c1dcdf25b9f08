"""What reports are made of: facts (sources) in the replica's SQLite, the dimensions they can be
cut by and the measures over them, as SQL fragments. No Qt; the UI translates the keys.

A source is one kind of row (a contract line, a payment, a customer, an opportunity, an
interaction, an overdue contract) joined to its customer, so every customer field is a
dimension of every source. A measure aggregates one source: contribution is the sum of the
contract lines (quantity x price x (1 - discount), to the cent, of contracts not cancelled);
payments the sum of payments received; the average is the average contract (contribution over
the number of contracts). Amounts of different currencies are added as they are: a branch
works in one currency (CNY); the reports do not convert.
"""

from dataclasses import dataclass, field, replace
from typing import Literal

Aggregate = Literal["count", "count_distinct", "sum", "average"]

LINE_AMOUNT = "ROUND(l.quantity * l.unit_price * (1 - l.discount), 2)"
CLOSED_CONTRACT = "'cancelled'"
AGEING = ("0-30", "31-60", "61-90", ">90")
STAGES = ("prospecting", "qualification", "proposal", "negotiation", "won", "lost")
KINDS = ("call", "visit", "meeting", "email", "message", "note")

CUSTOMER_DIMENSIONS = {
    "tier": "cu.tier",
    "city": "cu.city",
    "industry": "cu.industry",
    "source": "cu.source",
    "branch": "cu.branch_id",
    "customer": "cu.id",
}
DIMENSIONS = (
    "tier",
    "city",
    "industry",
    "source",
    "owner",
    "branch",
    "product_line",
    "month",
    "quarter",
    "customer",
    "stage",
    "kind",
    "ageing",
)
"""Every dimension, in the order the pivot builder offers them; a measure's source says which
of them it has (`Source.dimensions`)."""
PIVOT_DIMENSIONS = DIMENSIONS[:9]
"""The pivot builder's dimensions (the issue's list); the rest serve the ready reports."""
ORDERED = frozenset({"month", "quarter", "ageing", "stage", "kind", "tier"})
"""Dimensions shown in their own order; the others by their total, largest first."""
ORDER = {
    "ageing": AGEING,
    "stage": STAGES,
    "kind": KINDS,
    "tier": ("premium", "major", "ordinary", "restricted", "potential"),
}


def _quarter(day: str) -> str:
    return f"substr({day}, 1, 4) || '-Q' || ((CAST(substr({day}, 6, 2) AS INTEGER) + 2) / 3)"


@dataclass(frozen=True)
class Source:
    """One kind of row: its FROM ... WHERE, its amount, its date and its dimensions."""

    key: str
    entity: str  # what a drill-down record opens (with its customer)
    body: str  # FROM ... WHERE (live rows only), may use :today
    amount: str | None  # SQL of the row's amount, None when it has none
    day: str  # SQL of the row's date (ISO text), for month, quarter and periods
    distinct: str  # SQL of the record counted by count_distinct
    dimensions: dict[str, str] = field(default_factory=dict)
    record_id: str = ""  # SQL of the id a drill-down record opens
    reference: str = "''"  # SQL of what names the record (contract no., title...)
    ordered_by: str = ""  # drill-down order

    def expression(self, dimension: str) -> str:
        """The dimension's SQL, '' for no value (a NULL key groups with the empty ones)."""
        if dimension == "month":
            return f"COALESCE(substr({self.day}, 1, 7), '')"
        if dimension == "quarter":
            return f"COALESCE({_quarter(self.day)}, '')"
        return f"COALESCE({self.dimensions[dimension]}, '')"

    def has(self, dimension: str) -> bool:
        return dimension in ("month", "quarter") or dimension in self.dimensions


LINES = Source(
    key="lines",
    entity="contract",
    body=(
        "FROM contract_lines l JOIN contracts k ON k.id = l.contract_id "
        "JOIN customers cu ON cu.id = k.customer_id "
        "LEFT JOIN products p ON p.id = l.product_id "
        f"WHERE l.deleted_at IS NULL AND k.deleted_at IS NULL AND k.status != {CLOSED_CONTRACT} "
        "AND cu.deleted_at IS NULL"
    ),
    amount=LINE_AMOUNT,
    day="k.signed_on",
    distinct="k.id",
    dimensions={
        **CUSTOMER_DIMENSIONS,
        "owner": "COALESCE(k.owner_id, cu.owner_id)",
        "product_line": "COALESCE(p.product_line, '')",
    },
    record_id="k.id",
    reference="k.number || COALESCE(' · ' || COALESCE(p.name, l.description), '')",
    ordered_by="k.signed_on DESC, k.number, l.position",
)
PAYMENTS = Source(
    key="payments",
    entity="contract",
    body=(
        "FROM payments pay JOIN contracts k ON k.id = pay.contract_id "
        "JOIN customers cu ON cu.id = k.customer_id "
        "WHERE pay.deleted_at IS NULL AND k.deleted_at IS NULL AND cu.deleted_at IS NULL"
    ),
    amount="ROUND(pay.amount, 2)",
    day="pay.received_on",
    distinct="pay.id",
    dimensions={**CUSTOMER_DIMENSIONS, "owner": "COALESCE(k.owner_id, cu.owner_id)"},
    record_id="k.id",
    reference="k.number",
    ordered_by="pay.received_on DESC, k.number",
)
CUSTOMERS = Source(
    key="customers",
    entity="customer",
    body="FROM customers cu WHERE cu.deleted_at IS NULL",
    amount=None,
    day="substr(cu.created_at, 1, 10)",
    distinct="cu.id",
    dimensions={**CUSTOMER_DIMENSIONS, "owner": "cu.owner_id"},
    record_id="cu.id",
    reference="''",
    ordered_by="cu.name",
)
OPPORTUNITIES = Source(
    key="opportunities",
    entity="opportunity",
    body=(
        "FROM opportunities o JOIN customers cu ON cu.id = o.customer_id "
        "WHERE o.deleted_at IS NULL AND cu.deleted_at IS NULL"
    ),
    amount="ROUND(o.amount, 2)",
    day="o.expected_close",
    distinct="o.id",
    dimensions={
        **CUSTOMER_DIMENSIONS,
        "owner": "COALESCE(o.owner_id, cu.owner_id)",
        "product_line": "o.product_line",
        "stage": "o.stage",
    },
    record_id="o.id",
    reference="o.title",
    ordered_by="o.expected_close DESC, o.title",
)
INTERACTIONS = Source(
    key="interactions",
    entity="interaction",
    body=(
        "FROM interactions i JOIN customers cu ON cu.id = i.customer_id "
        "WHERE i.deleted_at IS NULL AND cu.deleted_at IS NULL"
    ),
    amount=None,
    day="substr(i.occurred_at, 1, 10)",
    distinct="i.id",
    dimensions={**CUSTOMER_DIMENSIONS, "owner": "i.user_id", "kind": "i.kind"},
    record_id="i.id",
    reference="COALESCE(i.subject, '')",
    ordered_by="i.occurred_at DESC",
)
_OVERDUE_TOTAL = (
    "(SELECT COALESCE(SUM(ROUND(l.quantity * l.unit_price * (1 - l.discount), 2)), 0) "
    "FROM contract_lines l WHERE l.contract_id = k.id AND l.deleted_at IS NULL)"
)
_OVERDUE_PAID = (
    "(SELECT COALESCE(SUM(ROUND(pay.amount, 2)), 0) FROM payments pay "
    "WHERE pay.contract_id = k.id AND pay.deleted_at IS NULL)"
)
RECEIVABLES = Source(
    key="receivables",
    entity="contract",
    body=(
        "FROM (SELECT k.*, ROUND(" + _OVERDUE_TOTAL + " - " + _OVERDUE_PAID + ", 2) AS owed "
        "FROM contracts k WHERE k.deleted_at IS NULL AND k.status != " + CLOSED_CONTRACT + " "
        "AND k.payment_due IS NOT NULL AND k.payment_due < :today) k "
        "JOIN customers cu ON cu.id = k.customer_id "
        "WHERE k.owed > 0 AND cu.deleted_at IS NULL"
    ),
    amount="k.owed",
    day="k.payment_due",
    distinct="k.id",
    dimensions={
        **CUSTOMER_DIMENSIONS,
        "owner": "COALESCE(k.owner_id, cu.owner_id)",
        "ageing": (
            "CASE WHEN julianday(:today) - julianday(k.payment_due) <= 30 THEN '0-30' "
            "WHEN julianday(:today) - julianday(k.payment_due) <= 60 THEN '31-60' "
            "WHEN julianday(:today) - julianday(k.payment_due) <= 90 THEN '61-90' "
            "ELSE '>90' END"
        ),
    },
    record_id="k.id",
    reference="k.number",
    ordered_by="k.payment_due, k.number",
)
OWED_TABLE = "temp.report_owed"
RECEIVABLES_OWED = replace(
    RECEIVABLES,
    body=(
        f"FROM (SELECT k.*, o.owed AS owed FROM {OWED_TABLE} o "
        "JOIN contracts k ON k.id = o.contract_id "
        "WHERE k.deleted_at IS NULL AND k.status != " + CLOSED_CONTRACT + " "
        "AND k.payment_due IS NOT NULL AND k.payment_due < :today) k "
        "JOIN customers cu ON cu.id = k.customer_id "
        "WHERE k.owed > 0 AND cu.deleted_at IS NULL"
    ),
)
"""RECEIVABLES with what each contract owes worked out beforehand (`PivotEngine._owed`: the
lines' totals from their in-memory copy, less the payments) instead of per contract in SQL,
which reads every line of a branch's contracts again (seconds)."""
SOURCES = {s.key: s for s in (LINES, PAYMENTS, CUSTOMERS, OPPORTUNITIES, INTERACTIONS, RECEIVABLES)}


@dataclass(frozen=True)
class Measure:
    key: str
    source: Source
    aggregate: Aggregate
    money: bool

    @property
    def additive(self) -> bool:
        """Totals are the sum of the cells (else they are read on their own)."""
        return self.aggregate in ("count", "sum")

    def sql(self) -> str:
        src = self.source
        if self.aggregate == "count":
            return "COUNT(*)"
        if self.aggregate == "count_distinct":
            return f"COUNT(DISTINCT {src.distinct})"
        assert src.amount is not None
        if self.aggregate == "sum":
            return f"TOTAL({src.amount})"
        return f"TOTAL({src.amount}) / MAX(COUNT(DISTINCT {src.distinct}), 1)"


MEASURES = {
    m.key: m
    for m in (
        Measure("contribution", LINES, "sum", True),
        Measure("contracts", LINES, "count_distinct", False),
        Measure("average", LINES, "average", True),
        Measure("payments", PAYMENTS, "sum", True),
        Measure("customers", CUSTOMERS, "count", False),
        Measure("opportunities", OPPORTUNITIES, "count", False),
        Measure("pipeline", OPPORTUNITIES, "sum", True),
        Measure("activities", INTERACTIONS, "count", False),
        Measure("outstanding", RECEIVABLES, "sum", True),
        Measure("overdue_contracts", RECEIVABLES, "count", False),
    )
}
PIVOT_MEASURES = ("contribution", "payments", "average", "contracts", "customers", "pipeline")
"""The pivot builder's measures: sum, average and count of amounts, contribution, payments."""
