"""A payment received (回款) against one of a customer's contracts: the day, the amount
(proposed: what is still outstanding), how it was paid and a reference."""

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.commerce import ContractSummary
from app.workspace import Workspace
from sync.protocol.enums import PaymentMethod

from .commerce_text import contract_caption, method_text
from .fields import AmountField, DateField
from .money import money
from .record_dialog import RecordDialog


class PaymentDialog(RecordDialog):
    entity = "payment"

    def __init__(
        self,
        workspace: Workspace,
        row_id: str | None,
        parent: QWidget | None = None,
        *,
        customer_id: str | None = None,
        contract_id: str | None = None,
    ) -> None:
        self.commerce = workspace.commerce
        self.contracts: list[ContractSummary] = []
        if row_id is not None:
            row = workspace.records.get("payment", row_id)
            customer_id, contract_id = row["customer_id"], row["contract_id"]
        elif customer_id is None and contract_id is not None:
            customer_id = workspace.commerce.summary(contract_id).customer_id
        self.customer_id = customer_id
        self.contracts = workspace.commerce.contracts(customer_id) if customer_id else []
        super().__init__(workspace, row_id, parent, fixed={"customer_id": customer_id})
        self.balance = QLabel()
        self.balance.setObjectName("paymentBalance")
        self.body.insertWidget(1, self.balance)
        combo = self.combo("contract_id")
        if row_id is None:
            self.choose("contract_id", contract_id)
            self.field("received_on", DateField).set_field_value(date.today())
            self._propose_amount()
            combo.currentIndexChanged.connect(self._propose_amount)
        else:
            combo.setEnabled(False)  # a payment stays with its contract
        combo.currentIndexChanged.connect(self._show_balance)
        self._show_balance()
        self.setWindowTitle(self.tr("Record payment") if row_id is None else self.tr("Payment"))
        self.inputs["amount" if contract_id else "contract_id"].setFocus()

    def _inputs(self) -> dict[str, QWidget]:
        contracts = QComboBox()
        for contract in self.contracts:
            contracts.addItem(contract_caption(contract), contract.id)
        methods = QComboBox()
        for method in PaymentMethod:
            methods.addItem(method_text(method.value), method.value)
        notes = QPlainTextEdit()
        notes.setFixedHeight(60)
        return {
            "contract_id": contracts,
            "received_on": DateField(),
            "amount": AmountField(),
            "method": methods,
            "reference": QLineEdit(),
            "notes": notes,
        }

    def _captions(self) -> dict[str, str]:
        return {
            "contract_id": self.tr("Contract"),
            "received_on": self.tr("Received on"),
            "amount": self.tr("Amount"),
            "method": self.tr("Method"),
            "reference": self.tr("Reference"),
            "notes": self.tr("Notes"),
        }

    def _selected(self) -> ContractSummary | None:
        wanted = self.combo("contract_id").currentData()
        return next((c for c in self.contracts if c.id == wanted), None)

    def _propose_amount(self) -> None:
        contract = self._selected()
        if contract is not None and contract.outstanding > 0:
            self.field("amount", AmountField).set_field_value(contract.outstanding)

    def _show_balance(self) -> None:
        contract = self._selected()
        if contract is None:
            self.balance.setText(self.tr("This customer has no contract to pay against yet."))
            return
        self.balance.setText(
            self.tr("Total %1 · paid %2 · outstanding %3")
            .replace("%1", money(contract.total, contract.currency))
            .replace("%2", money(contract.paid, contract.currency))
            .replace("%3", money(contract.outstanding, contract.currency))
        )
        self.field("amount", AmountField).setSuffix(f" {contract.currency}")

    def save(self) -> None:
        if self.row_id is None and self._selected() is None:
            self.general_error.setText(self.tr("Choose the contract this payment is for."))
            self.general_error.show()
            return
        super().save()

    def values(self) -> dict[str, Any]:
        out = super().values()
        if self.row_id is not None:
            out.pop("contract_id", None)
            out.pop("customer_id", None)
        return out
