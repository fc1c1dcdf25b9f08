"""A product of the company-wide catalogue (issue 19): managers and administrators create and
edit it; reps see it read-only (the server refuses their writes anyway)."""

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from app.workspace import Workspace

from .fields import AmountField, CurrencyBox, completer_for
from .record_dialog import RecordDialog


class ProductDialog(RecordDialog):
    entity = "product"

    def __init__(self, workspace: Workspace, row_id: str | None, parent: QWidget | None = None):
        super().__init__(workspace, row_id, parent)
        self.setWindowTitle(self.tr("New product") if row_id is None else self.tr("Product"))
        if not workspace.commerce.may_edit_catalogue:
            self.make_read_only(
                self.tr("The catalogue is kept by managers and administrators; you can read it.")
            )

    def _inputs(self) -> dict[str, QWidget]:
        notes = QPlainTextEdit()
        notes.setFixedHeight(70)
        product_line = QLineEdit()
        lines = sorted(
            {p["product_line"] for p in self.workspace.commerce.products() if p["product_line"]}
        )
        product_line.setCompleter(completer_for(lines, product_line))
        return {
            "code": QLineEdit(),
            "name": QLineEdit(),
            "product_line": product_line,
            "unit": QLineEdit(),
            "list_price": AmountField(),
            "currency": CurrencyBox(),
            "active": QCheckBox(self.tr("Offered (new contracts can use it)")),
            "notes": notes,
        }

    def _captions(self) -> dict[str, str]:
        return {
            "code": self.tr("Code"),
            "name": self.tr("Name"),
            "product_line": self.tr("Product line"),
            "unit": self.tr("Unit"),
            "list_price": self.tr("List price"),
            "currency": self.tr("Currency"),
            "active": self.tr("Status"),
            "notes": self.tr("Notes"),
        }
