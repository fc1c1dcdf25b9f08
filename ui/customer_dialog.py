"""Create or edit a customer: keyboard-first form with validation messages under each field."""

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.records import Records
from sync.protocol.enums import CustomerKind, LifecycleStatus, Tier
from sync.protocol.validation import ValidationError, defaults

from .labels import label
from .messages import error_text, field_text

ENTITY = "customer"


class CustomerDialog(QDialog):
    def __init__(self, records: Records, row_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self.row_id = row_id
        self.setWindowTitle(self.tr("New customer") if row_id is None else self.tr("Edit customer"))
        self.setMinimumWidth(460)
        self.inputs: dict[str, QWidget] = {
            "kind": self._combo(CustomerKind),
            "name": QLineEdit(),
            "tier": self._combo(Tier),
            "status": self._combo(LifecycleStatus),
            "phones": QLineEdit(),
            "email": QLineEdit(),
            "city": QLineEdit(),
            "address": QLineEdit(),
            "notes": QPlainTextEdit(),
        }
        self.inputs["phones"].setPlaceholderText(self.tr("e.g. 138 0013 8000, 021 5555 0000"))
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        captions = self._captions()
        for key, widget in self.inputs.items():
            error = QLabel()
            error.setObjectName("fieldError")
            error.setStyleSheet("color: #c0392b;")
            error.hide()
            self.errors[key] = error
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(captions[key], box)
        self.general_error = QLabel()
        self.general_error.setStyleSheet("color: #c0392b;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self._load(defaults(ENTITY) if row_id is None else records.get(ENTITY, row_id))
        self.inputs["name"].setFocus()

    def _captions(self) -> dict[str, str]:
        return {
            "kind": self.tr("Type"),
            "name": self.tr("Name"),
            "tier": self.tr("Tier"),
            "status": self.tr("Status"),
            "phones": self.tr("Phones"),
            "email": self.tr("E-mail"),
            "city": self.tr("City"),
            "address": self.tr("Address"),
            "notes": self.tr("Notes"),
        }

    def _combo(self, values: Any) -> QComboBox:
        combo = QComboBox()
        for value in values:
            combo.addItem(label(value.value), value.value)
        return combo

    def _load(self, row: dict[str, Any]) -> None:
        for key, widget in self.inputs.items():
            value = row.get(key)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QLineEdit):
                widget.setText(", ".join(value) if isinstance(value, list) else (value or ""))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                out[key] = widget.text()
        return out

    def save(self) -> None:
        for error in self.errors.values():
            error.hide()
        self.general_error.hide()
        try:
            if self.row_id is None:
                self.row_id = self.records.create(ENTITY, self.values())["id"]
            else:
                self.records.update(ENTITY, self.row_id, self.values())
        except ValidationError as exc:
            self._show(exc)
            return
        except KnownError as exc:
            self.general_error.setText(error_text(exc))
            self.general_error.show()
            return
        self.accept()

    def _show(self, exc: ValidationError) -> None:
        first = None
        for error in exc.errors:
            target = self.errors.get(error.field)
            if target is None:
                continue
            target.setText(field_text(error))
            target.show()
            first = first or self.inputs[error.field]
        if first is not None:
            first.setFocus()
