"""Create or edit a contract with its lines (issue 19).

Each line is a product (its list price proposed), a quantity, a unit price and a discount in
per cent; its total and the contract's total follow every keystroke. The rules are the
shared ones (`sync.protocol.validation`), checked at once on the GUI thread and again in
the write, which stores the contract and its lines in one transaction on the DB lane.
"""

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.commerce import LineDraft, line_total
from app.errors import KnownError
from app.workspace import Workspace
from sync.protocol.enums import ContractStatus
from sync.protocol.validation import FieldError, ValidationError, defaults, validate

from .commerce_text import status_text
from .fields import AmountField, CurrencyBox, CustomerPicker, DateField
from .messages import error_text, field_text
from .money import money
from .operations import show_failure, write

ERROR_STYLE = "color: palette(bright-text);"  # the theme's error colour (ui/theme.py)
PRODUCT, DESCRIPTION, QUANTITY, PRICE, DISCOUNT, TOTAL = range(6)
HUNDRED = Decimal(100)


class ContractDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        row_id: str | None,
        parent: QWidget | None = None,
        *,
        customer_id: str | None = None,
        draft: tuple[dict[str, Any], list[LineDraft]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.commerce = workspace.commerce
        self.records = workspace.records
        self.row_id = row_id
        self.fixed: dict[str, Any] = {}
        self.paid = Decimal(0)  # received so far against a stored contract
        self.setMinimumWidth(760)
        self.products = self.commerce.products(include_inactive=True)
        self._product_of = {p["id"]: p for p in self.products}
        self.inputs: dict[str, QWidget] = {
            "customer_id": CustomerPicker(self.records, workspace.search, optional=False),
            "number": QLineEdit(),
            "title": QLineEdit(),
            "status": self._status_combo(),
            "signed_on": DateField(),
            "payment_due": DateField(),
            "currency": CurrencyBox(),
            "notes": QPlainTextEdit(),
        }
        self.field_errors: dict[str, QLabel] = {}
        self.form = form = QFormLayout()
        captions = {
            "customer_id": self.tr("Customer"),
            "number": self.tr("Contract no."),
            "title": self.tr("Title"),
            "status": self.tr("Status"),
            "signed_on": self.tr("Signed on"),
            "payment_due": self.tr("Payment due"),
            "currency": self.tr("Currency"),
            "notes": self.tr("Notes"),
        }
        notes = self.inputs["notes"]
        assert isinstance(notes, QPlainTextEdit)
        notes.setFixedHeight(50)
        notes.setTabChangesFocus(True)
        for key, widget in self.inputs.items():
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            self.field_errors[key] = error
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(captions[key], box)

        self.lines = QTableWidget(0, 6)
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Product"),
                self.tr("Description"),
                self.tr("Quantity"),
                self.tr("Unit price"),
                self.tr("Discount"),
                self.tr("Line total"),
            ]
        )
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.verticalHeader().hide()
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((PRODUCT, 200), (QUANTITY, 80), (PRICE, 110), (DISCOUNT, 80)):
            self.lines.setColumnWidth(column, width)
        self.lines.setColumnWidth(TOTAL, 120)
        self.lines.setMinimumHeight(160)
        self.line_ids: list[str | None] = []
        self.add_line_button = QPushButton(self.tr("Add line"))
        self.add_line_button.clicked.connect(lambda: self.add_line())
        self.remove_line_button = QPushButton(self.tr("Remove line"))
        self.remove_line_button.clicked.connect(self.remove_line)
        self.total = QLabel()
        self.total.setObjectName("contractTotal")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        line_bar = QHBoxLayout()
        line_bar.addWidget(self.add_line_button)
        line_bar.addWidget(self.remove_line_button)
        line_bar.addStretch(1)
        line_bar.addWidget(self.total)

        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        lines_caption = QLabel(self.tr("Lines"))
        lines_caption.setObjectName("sectionTitle")
        layout.addWidget(lines_caption)
        layout.addWidget(self.lines, 1)
        layout.addLayout(line_bar)
        self.credit_note = QLabel()  # issue 22: signed now, it would be held for credit
        self.credit_note.setObjectName("contractCreditNote")
        self.credit_note.setWordWrap(True)
        self.credit_note.hide()
        layout.addWidget(self.credit_note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.currency().currentTextChanged.connect(lambda _t: self.update_totals())
        self.combo_status().currentIndexChanged.connect(lambda _i: self.update_totals())
        self.picker().changed.connect(lambda _c: self.update_totals())
        if row_id is not None:
            self._load(self.records.get("contract", row_id), self.commerce.lines(row_id))
            self.paid = self.commerce.summary(row_id).paid
            self.picker().setEnabled(False)  # a contract stays with its customer
            self.setWindowTitle(self.tr("Contract"))
        else:
            values, lines = draft or ({}, [])
            start = {
                **defaults("contract"),
                "number": self.commerce.next_number(),
                "customer_id": customer_id,
                **values,
            }
            # what the form does not show but the contract keeps (the won opportunity, its owner)
            self.fixed = {k: v for k, v in values.items() if k not in self.inputs}
            self._load(start, lines)
            if not lines:
                self.add_line()
            self.setWindowTitle(self.tr("New contract"))
        self.update_totals()
        first = "customer_id" if row_id is None and not self.picker().field_value() else "title"
        self.inputs[first].setFocus()

    # --- inputs ------------------------------------------------------------------------------

    def _status_combo(self) -> QComboBox:
        combo = QComboBox()
        for status in ContractStatus:
            combo.addItem(status_text(status.value), status.value)
        return combo

    def picker(self) -> CustomerPicker:
        widget = self.inputs["customer_id"]
        assert isinstance(widget, CustomerPicker)
        return widget

    def currency(self) -> CurrencyBox:
        widget = self.inputs["currency"]
        assert isinstance(widget, CurrencyBox)
        return widget

    def _load(self, row: dict[str, Any], lines: list[LineDraft]) -> None:
        for key, widget in self.inputs.items():
            value = row.get(key)
            setter = getattr(widget, "set_field_value", None)
            if setter is not None:
                setter(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value or ""))
        for line in lines:
            self.add_line(line)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.fixed)
        for key, widget in self.inputs.items():
            getter = getattr(widget, "field_value", None)
            if getter is not None:
                out[key] = getter()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                out[key] = widget.text().strip() or None
        if self.row_id is not None:
            out.pop("customer_id")
        return out

    # --- lines -------------------------------------------------------------------------------

    def add_line(self, line: LineDraft | None = None) -> int:
        """A new line (or a stored one) at the end; its product proposes its list price."""
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        self.line_ids.append(line.id if line else None)
        product = QComboBox()
        product.addItem(self.tr("(no product)"), None)
        for p in self.products:
            if p["active"] or (line is not None and line.product_id == p["id"]):
                product.addItem(f"{p['code']} · {p['name']}", p["id"])
        quantity = QDoubleSpinBox()
        quantity.setDecimals(3)
        quantity.setRange(0, 99_999_999_999.999)
        quantity.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        price = AmountField()
        discount = QDoubleSpinBox()
        discount.setDecimals(2)
        discount.setRange(0, 100)
        discount.setSuffix(" %")
        discount.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        discount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.lines.setCellWidget(row, PRODUCT, product)
        self.lines.setItem(
            row, DESCRIPTION, QTableWidgetItem(line.description or "" if line else "")
        )
        self.lines.setCellWidget(row, QUANTITY, quantity)
        self.lines.setCellWidget(row, PRICE, price)
        self.lines.setCellWidget(row, DISCOUNT, discount)
        total = QTableWidgetItem()
        total.setFlags(total.flags() & ~Qt.ItemFlag.ItemIsEditable)
        total.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.lines.setItem(row, TOTAL, total)
        if line is not None:
            product.setCurrentIndex(max(0, product.findData(line.product_id)))
            quantity.setValue(float(line.quantity))
            price.set_field_value(line.unit_price)
            discount.setValue(float(line.discount * HUNDRED))
        else:
            quantity.setValue(1)
        product.currentIndexChanged.connect(lambda _i, w=product: self._product_chosen(w))
        for spin in (quantity, price, discount):
            spin.valueChanged.connect(lambda _v: self.update_totals())
        self.update_totals()
        if line is None and self.isVisible():
            product.setFocus()
        return row

    def remove_line(self) -> None:
        rows = sorted({index.row() for index in self.lines.selectedIndexes()}, reverse=True)
        if not rows and self.lines.currentRow() >= 0:
            rows = [self.lines.currentRow()]
        for row in rows:
            self.lines.removeRow(row)
            del self.line_ids[row]
        self.update_totals()

    def _product_chosen(self, combo: QComboBox) -> None:
        for row in range(self.lines.rowCount()):
            if self.lines.cellWidget(row, PRODUCT) is combo:
                product = self._product_of.get(combo.currentData())
                if product is not None:
                    self._widget(row, PRICE, AmountField).set_field_value(product["list_price"])
                self.update_totals()
                return

    def _widget(self, row: int, column: int, kind: type[Any]) -> Any:
        widget = self.lines.cellWidget(row, column)
        assert isinstance(widget, kind)
        return widget

    def line_drafts(self) -> list[LineDraft]:
        out = []
        for row in range(self.lines.rowCount()):
            description = self.lines.item(row, DESCRIPTION)
            text = description.text().strip() if description is not None else ""
            quantity = self._widget(row, QUANTITY, QDoubleSpinBox)
            discount = self._widget(row, DISCOUNT, QDoubleSpinBox)
            out.append(
                LineDraft(
                    product_id=self._widget(row, PRODUCT, QComboBox).currentData(),
                    quantity=Decimal(f"{quantity.value():.3f}"),
                    unit_price=self._widget(row, PRICE, AmountField).field_value(),
                    discount=(Decimal(f"{discount.value():.2f}") / HUNDRED).quantize(
                        Decimal("0.0001"), ROUND_HALF_UP
                    ),
                    description=text or None,
                    id=self.line_ids[row],
                )
            )
        return out

    def update_totals(self) -> Decimal:
        currency = self.currency().field_value() or "CNY"
        total = Decimal(0)
        for row, line in enumerate(self.line_drafts()):
            amount = line_total(line.quantity, line.unit_price, line.discount)
            total += amount
            item = self.lines.item(row, TOTAL)
            if item is not None:
                item.setText(money(amount, currency))
        text = self.tr("Contract total: %1").replace("%1", money(total, currency))
        if self.row_id is not None:
            text += (
                self.tr(" · paid %1 · outstanding %2")
                .replace("%1", money(self.paid, currency))
                .replace("%2", money(total - self.paid, currency))
            )
        self.total.setText(text)
        self.remove_line_button.setEnabled(self.lines.rowCount() > 0)
        self._warn_credit(total - self.paid, currency)
        return total

    def combo_status(self) -> QComboBox:
        widget = self.inputs["status"]
        assert isinstance(widget, QComboBox)
        return widget

    def _warn_credit(self, owed: Decimal, currency: str) -> None:
        """Issue 22: signed (active) beyond the available credit, or while the customer is on
        hold, the contract will be held until the credit department releases it."""
        credit, customer_id = self.workspace.credit, self.picker().field_value()
        check = None
        if customer_id and not credit.may_edit and self.combo_status().currentData() == "active":
            check = credit.check_entry(customer_id, self.row_id, currency, owed)
        if check is None or not check.held:
            self.credit_note.hide()
            return
        if check.reason == "on_hold":
            text = self.tr(
                "The customer is on credit hold: saved as active, this contract will be held "
                "until the credit department releases it."
            )
        else:
            text = self.tr(
                "This contract goes beyond the customer's available credit (%1): saved as "
                "active, it will be held until the credit department releases it."
            ).replace("%1", money(check.available or Decimal(0), currency))
        self.credit_note.setText(text)
        self.credit_note.setStyleSheet("color: #c0392b;")
        self.credit_note.show()

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        if not self.buttons.isEnabled():
            return
        self._clear_errors()
        values, lines = self.values(), self.line_drafts()
        problems: list[FieldError] = []  # every problem at once, the contract's and the lines'
        for check in (
            lambda: validate("contract", values, defaults("contract") | self._current()),
            lambda: self._check_lines(lines),
        ):
            try:
                check()
            except ValidationError as exc:
                problems.extend(exc.errors)
        if problems:
            self._show(ValidationError("contract", problems))
            return
        commerce, row_id = self.commerce, self.row_id

        def store() -> str:
            return str(commerce.save_contract(row_id, values, lines)["id"])

        self.buttons.setEnabled(False)
        write(self, store).success(self._saved).failure(self._refused).run()

    def _current(self) -> dict[str, Any]:
        return self.records.get("contract", self.row_id) if self.row_id else {}

    def _check_lines(self, lines: list[LineDraft]) -> None:
        """Every line names a product or says what it is; the shared rules for the rest."""
        errors: list[FieldError] = []
        for number, line in enumerate(lines, start=1):
            if line.product_id is None and not line.description:
                errors.append(FieldError(f"line {number}", "line_what"))
                continue
            try:
                validate(
                    "contract_line",
                    {"quantity": line.quantity, "unit_price": line.unit_price,
                     "discount": line.discount},
                    defaults("contract_line") | {"customer_id": "-", "contract_id": "-"},
                )  # fmt: skip
            except ValidationError as exc:
                errors.extend(FieldError(f"line {number}", e.code, e.params) for e in exc.errors)
        if errors:
            raise ValidationError("contract_line", errors)

    def _saved(self, row_id: str) -> None:
        self.row_id = row_id
        self.buttons.setEnabled(True)
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._show(exc)
        elif isinstance(exc, KnownError):
            self.error.setText(error_text(exc))
            self.error.show()
        else:
            show_failure(self, exc)

    def _clear_errors(self) -> None:
        for label in self.field_errors.values():
            label.hide()
        self.error.hide()

    def _show(self, exc: ValidationError) -> None:
        general: list[str] = []
        first: QWidget | None = None
        for error in exc.errors:
            target = self.field_errors.get(error.field)
            if target is not None:
                target.setText(field_text(error))
                target.show()
                first = first or self.inputs[error.field]
            elif error.field.startswith("line "):
                number = error.field.split()[1]
                text = (
                    self.tr("Choose a product or describe the line.")
                    if error.code == "line_what"
                    else field_text(error)
                )
                general.append(self.tr("Line %1: %2").replace("%1", number).replace("%2", text))
            else:
                general.append(field_text(error))
        if general:
            self.error.setText("\n".join(general))
            self.error.show()
        if first is not None:
            first.setFocus()
