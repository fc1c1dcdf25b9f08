"""The credit department's forms (issue 22): a customer's limit, terms and hold, and a new
assessment with its rating. Both write through `app.credit.Credit`, which refuses anyone
outside the credit department (and so does the server)."""

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from app.workspace import Workspace
from sync.protocol.enums import CreditRating
from sync.protocol.validation import ValidationError, defaults, validate

from .fields import CurrencyBox, DateField
from .operations import write
from .record_dialog import RecordDialog


class _CreditDialog(RecordDialog):
    """A RecordDialog whose save goes through the credit service."""

    def __init__(
        self, workspace: Workspace, customer_id: str, row_id: str | None, parent: Any
    ) -> None:
        self.credit = workspace.credit
        self.customer_id = customer_id
        super().__init__(workspace, row_id, parent, fixed={"customer_id": customer_id})

    def _store(self, values: dict[str, Any]) -> str:
        raise NotImplementedError

    def save(self) -> None:
        if not self.buttons.isEnabled():
            return
        self.clear_errors()
        try:
            values = self.values()
            base = (
                {**defaults(self.entity), "customer_id": self.customer_id}
                if self.row_id is None
                else self._current()
            )
            validate(self.entity, values, base)
        except ValidationError as exc:
            self._show(exc)
            return
        self.buttons.setEnabled(False)
        write(self, lambda: self._store(values)).success(self._saved).failure(self._refused).run()


class CreditProfileDialog(_CreditDialog):
    entity = "credit_profile"

    def __init__(
        self, workspace: Workspace, customer_id: str, parent: QWidget | None = None
    ) -> None:
        exists = workspace.credit.profile(customer_id) is not None
        super().__init__(workspace, customer_id, customer_id if exists else None, parent)
        self.setWindowTitle(self.tr("Credit limit and terms"))
        self.inputs["credit_limit"].setFocus()

    def _inputs(self) -> dict[str, QWidget]:
        limit = QLineEdit()
        limit.setPlaceholderText(self.tr("No limit"))
        terms = QSpinBox()
        terms.setRange(0, 365)
        terms.setSuffix(self.tr(" days"))
        notes = QPlainTextEdit()
        notes.setFixedHeight(60)
        return {
            "credit_limit": limit,
            "currency": CurrencyBox(),
            "terms_days": terms,
            "on_hold": QCheckBox(self.tr("Hold: no new contract until released")),
            "hold_reason": QLineEdit(),
            "next_review": DateField(),
            "notes": notes,
        }

    def _captions(self) -> dict[str, str]:
        return {
            "credit_limit": self.tr("Credit limit"),
            "currency": self.tr("Currency"),
            "terms_days": self.tr("Payment terms"),
            "on_hold": self.tr("Credit hold"),
            "hold_reason": self.tr("Why on hold"),
            "next_review": self.tr("Next review"),
            "notes": self.tr("Notes"),
        }

    def _store(self, values: dict[str, Any]) -> str:
        return str(self.credit.save_profile(self.customer_id, values)["id"])


class CreditAssessmentDialog(_CreditDialog):
    entity = "credit_assessment"

    def __init__(
        self, workspace: Workspace, customer_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(workspace, customer_id, None, parent)
        self.field("assessed_on", DateField).set_field_value(workspace.credit.today())
        self.setWindowTitle(self.tr("New credit assessment"))
        self.inputs["rating"].setFocus()

    def _inputs(self) -> dict[str, QWidget]:
        rating = self._combo(CreditRating)
        years = QSpinBox()
        years.setRange(0, 500)
        notes = QPlainTextEdit()
        notes.setFixedHeight(60)
        return {
            "assessed_on": DateField(),
            "rating": rating,
            "registered_capital": QLineEdit(),
            "years_in_business": years,
            "payment_record": QLineEdit(),
            "external_report": QLineEdit(),
            "next_review": DateField(),
            "notes": notes,
        }

    def _captions(self) -> dict[str, str]:
        return {
            "assessed_on": self.tr("Assessed on"),
            "rating": self.tr("Rating"),
            "registered_capital": self.tr("Registered capital"),
            "years_in_business": self.tr("Years in business"),
            "payment_record": self.tr("Payment record"),
            "external_report": self.tr("External report"),
            "next_review": self.tr("Next review"),
            "notes": self.tr("Notes"),
        }

    def _store(self, values: dict[str, Any]) -> str:
        return str(self.credit.add_assessment(self.customer_id, values)["id"])
