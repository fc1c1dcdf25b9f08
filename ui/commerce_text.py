"""Words of the commerce screens (issue 19): contract statuses and payment methods in the
user's language, and a contract's caption. Kept here rather than in `labels.py` so the
Sales page, the customer view and the dialogs say them the same way."""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.commerce import ContractSummary
from sync.protocol.enums import ContractStatus, PaymentMethod

from .labels import when
from .money import money

STATUSES = {
    ContractStatus.DRAFT.value: QT_TRANSLATE_NOOP("Commerce", "Draft"),
    ContractStatus.ACTIVE.value: QT_TRANSLATE_NOOP("Commerce", "Active"),
    ContractStatus.COMPLETED.value: QT_TRANSLATE_NOOP("Commerce", "Completed"),
    ContractStatus.CANCELLED.value: QT_TRANSLATE_NOOP("Commerce", "Cancelled"),
    ContractStatus.HELD.value: QT_TRANSLATE_NOOP("Commerce", "Held for credit"),
}
METHODS = {
    PaymentMethod.BANK_TRANSFER.value: QT_TRANSLATE_NOOP("Commerce", "Bank transfer"),
    PaymentMethod.CASH.value: QT_TRANSLATE_NOOP("Commerce", "Cash"),
    PaymentMethod.CHEQUE.value: QT_TRANSLATE_NOOP("Commerce", "Cheque"),
    PaymentMethod.CARD.value: QT_TRANSLATE_NOOP("Commerce", "Card"),
    PaymentMethod.ONLINE.value: QT_TRANSLATE_NOOP("Commerce", "Online payment"),
    PaymentMethod.OTHER.value: QT_TRANSLATE_NOOP("Commerce", "Other"),
}


def status_text(value: str | None) -> str:
    source = STATUSES.get(value or "")
    return QCoreApplication.translate("Commerce", str(source)) if source else (value or "")


def method_text(value: str | None) -> str:
    source = METHODS.get(value or "")
    return QCoreApplication.translate("Commerce", str(source)) if source else (value or "")


def contract_caption(contract: ContractSummary) -> str:
    """ "HT-001 · 机房扩容 · outstanding CNY 3,000": how a contract is offered in a list."""
    parts = [contract.number]
    if contract.title:
        parts.append(contract.title)
    parts.append(
        QCoreApplication.translate("Commerce", "outstanding %1").replace(
            "%1", money(contract.outstanding, contract.currency)
        )
    )
    return " · ".join(parts)


def _t(text: str) -> str:
    return QCoreApplication.translate("Commerce", text)


def contract_table(
    contracts: list[ContractSummary],
) -> tuple[list[str], list[list[str]], list[tuple[str, str]]]:
    """A customer's contracts as the customer view's tab lists them: headers, rows, keys."""
    headers = [
        _t("Contract no."),
        _t("Title"),
        _t("Signed"),
        _t("Status"),
        _t("Total"),
        _t("Paid"),
        _t("Outstanding"),
    ]
    rows = [
        [
            c.number + (" ⚠" if c.overdue else ""),
            c.title or "",
            when(c.signed_on) if c.signed_on else "—",
            status_text(c.status),
            money(c.total, c.currency),
            money(c.paid, c.currency),
            money(c.outstanding, c.currency),
        ]
        for c in contracts
    ]
    return headers, rows, [("contract", c.id) for c in contracts]


def payment_table(
    payments: list[dict[str, Any]], contracts: list[ContractSummary]
) -> tuple[list[str], list[list[str]], list[tuple[str, str]]]:
    """A customer's payments, latest first, each with its contract's number."""
    by_id = {c.id: c for c in contracts}
    headers = [_t("Received on"), _t("Contract no."), _t("Amount"), _t("Method"), _t("Reference")]
    rows = []
    for p in payments:
        contract = by_id.get(p["contract_id"])
        currency = contract.currency if contract else "CNY"
        rows.append(
            [
                when(p["received_on"]) if p["received_on"] else "—",
                contract.number if contract else "",
                money(p["amount"], currency),
                method_text(p["method"]),
                p["reference"] or "",
            ]
        )
    return headers, rows, [("payment", p["id"]) for p in payments]
