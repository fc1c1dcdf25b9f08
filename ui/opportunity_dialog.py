"""Create or edit an opportunity, and the prompt that closes one as Won or Lost.

The form proposes the stage's usual probability whenever the stage changes (app/pipeline.py:
`STAGE_PROBABILITY`); the user may set another. A deal set to Won asks when it closed (its
`expected_close` becomes the actual close date, so the forecast books it in that month) and
keeps the amount field for what was actually won; Lost asks for the reason.

`CloseDealDialog` is the same question asked by the Pipeline board when a card is dragged (or
moved with the keyboard) onto Won or Lost: it only asks, the board writes, and Cancel means
the card does not move.
"""

from datetime import date
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from app.pipeline import LOST, WON, stage_probability
from app.workspace import Workspace
from sync.protocol.enums import OpportunityStage
from sync.protocol.validation import FieldError, ValidationError

from .fields import AmountField, CurrencyBox, CustomerPicker, DateField, completer_for
from .form_dialog import FormDialog
from .record_dialog import RecordDialog


class OpportunityDialog(RecordDialog):
    entity = "opportunity"

    def __init__(
        self,
        workspace: Workspace,
        row_id: str | None,
        parent: QWidget | None = None,
        *,
        customer_id: str | None = None,
        stage: str | None = None,
    ) -> None:
        super().__init__(workspace, row_id, parent)
        self.was = self._current().get("stage") if row_id else None
        if row_id is None:
            self.field("customer_id", CustomerPicker).set_customer(customer_id)
            if stage is not None:
                self.choose("stage", stage)
                self.field("probability", QSpinBox).setValue(stage_probability(stage))
        self.setWindowTitle(
            self.tr("New opportunity") if row_id is None else self.tr("Edit opportunity")
        )
        self.combo("stage").currentIndexChanged.connect(self._stage_changed)
        self._show_stage_rows()
        self.inputs["customer_id" if customer_id is None and row_id is None else "title"].setFocus()

    def _inputs(self) -> dict[str, QWidget]:
        probability = QSpinBox()
        probability.setRange(0, 100)
        probability.setSuffix(" %")
        product = QLineEdit()
        product.setCompleter(completer_for(self.workspace.pipeline.product_lines(), product))
        return {
            "customer_id": CustomerPicker(self.records, self.workspace.search, optional=False),
            "title": QLineEdit(),
            "amount": AmountField(),
            "currency": CurrencyBox(),
            "stage": self._combo(OpportunityStage),
            "probability": probability,
            "expected_close": DateField(),
            "product_line": product,
            "lost_reason": QLineEdit(),
        }

    def _captions(self) -> dict[str, str]:
        return {
            "customer_id": self.tr("Customer"),
            "title": self.tr("Title"),
            "amount": self.tr("Amount"),
            "currency": self.tr("Currency"),
            "stage": self.tr("Stage"),
            "probability": self.tr("Probability"),
            "expected_close": self.tr("Expected close"),
            "product_line": self.tr("Product line"),
            "lost_reason": self.tr("Why it was lost"),
        }

    def stage(self) -> str:
        return str(self.combo("stage").currentData())

    def _stage_changed(self) -> None:
        stage = self.stage()
        self.field("probability", QSpinBox).setValue(stage_probability(stage))
        if stage == WON and self.was != WON:
            self.field("expected_close", DateField).set_field_value(date.today())
        self._show_stage_rows()

    def _show_stage_rows(self) -> None:
        stage = self.stage()
        self.set_row_visible("lost_reason", stage == LOST)
        self.set_caption(
            "expected_close", self.tr("Closed on") if stage == WON else self.tr("Expected close")
        )

    def ready(self, values: dict[str, Any]) -> bool:
        """Won needs the day it closed, Lost a reason: what the forecast and review use."""
        missing = []
        if values["stage"] == WON and not values.get("expected_close"):
            missing.append(FieldError("expected_close", "required"))
        if values["stage"] == LOST and not (values.get("lost_reason") or "").strip():
            missing.append(FieldError("lost_reason", "required"))
        if missing:
            raise ValidationError(self.entity, missing)
        return True

    def values(self) -> dict[str, Any]:
        out = super().values()
        if out["stage"] != LOST and not self._current().get("lost_reason"):
            out.pop("lost_reason")  # nothing to keep, nothing to write
        return out


class CloseDealDialog(FormDialog):
    """Won: when it closed and for how much. Lost: why. Cancel: the deal does not move."""

    def __init__(self, row: dict[str, Any], stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.row = row
        form = QFormLayout()
        self.closed_on = DateField()
        self.amount = AmountField()
        self.reason = QLineEdit()
        if stage == WON:
            self.setWindowTitle(self.tr("Won: %1").replace("%1", row["title"]))
            question = self.tr("When was it signed, and for how much?")
            self.closed_on.set_field_value(date.today())
            self.amount.set_field_value(row["amount"])
            self.amount.setSuffix(f" {row['currency']}")
            form.addRow(self.tr("Closed on"), self.closed_on)
            form.addRow(self.tr("Amount won"), self.amount)
        else:
            self.setWindowTitle(self.tr("Lost: %1").replace("%1", row["title"]))
            question = self.tr("Why was it lost?")
            self.reason.setText(row.get("lost_reason") or "")
            self.reason.setPlaceholderText(self.tr("e.g. price, chose a competitor, no budget"))
            form.addRow(self.tr("Reason"), self.reason)
        caption = QLabel(question)
        caption.setWordWrap(True)
        holder = QWidget()
        holder.setLayout(form)
        self._finish([caption, holder])
        (self.closed_on if stage == WON else self.reason).setFocus()

    def values(self) -> dict[str, Any]:
        """The fields the move writes besides stage and probability."""
        if self.stage == WON:
            return {"expected_close": self.closed_on.date(), "amount": self.amount.field_value()}
        return {"lost_reason": self.reason.text().strip()}

    def _ok(self) -> None:
        if self.stage == WON and self.closed_on.date() is None:
            self._show_error(self.tr("Enter the day it was signed (YYYY-MM-DD)."))
            self.closed_on.setFocus()
            return
        if self.stage == LOST and not self.reason.text().strip():
            self._show_error(self.tr("Say why it was lost: it is what the team learns from."))
            self.reason.setFocus()
            return
        self.accept()
