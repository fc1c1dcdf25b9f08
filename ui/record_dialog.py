"""A keyboard-first form for one record, with validation messages under each field.

Subclasses say which entity, which inputs and their captions; saving goes through `Records`
(shared validation, row + outbox entry in one transaction) on the DB lane, so a replica held
by a download never freezes the window: the form waits, greyed, and closes once saved.
"""

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
from app.workspace import Workspace
from sync.protocol.validation import ValidationError, defaults, validate

from .labels import label
from .messages import error_text, field_text
from .operations import show_failure, write


class RecordDialog(QDialog):
    entity = ""

    def __init__(
        self,
        workspace: Workspace,
        row_id: str | None,
        parent: QWidget | None = None,
        fixed: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.records = records = workspace.records
        self.row_id = row_id
        self.fixed = fixed or {}  # values the user does not choose (the customer of a note)
        self.setMinimumWidth(460)
        self.inputs: dict[str, QWidget] = self._inputs()
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
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self._load(defaults(self.entity) if row_id is None else records.get(self.entity, row_id))
        next(iter(self.inputs.values())).setFocus()

    def _inputs(self) -> dict[str, QWidget]:
        raise NotImplementedError

    def _captions(self) -> dict[str, str]:
        raise NotImplementedError

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
                text = ", ".join(value) if isinstance(value, list) else str(value or "")
                widget.setText(text)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.fixed)
        for key, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                out[key] = widget.text().strip() or None
        return out

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.hide()
        self.general_error.hide()

    def save(self) -> None:
        """Check on the GUI thread (instant), write on the DB lane, close when written."""
        if not self.buttons.isEnabled():
            return  # already saving: a second Enter must not write twice
        self.clear_errors()
        try:
            values = self.values()
            # the shared rules, at once (they run again in the write, which also checks parents)
            base = defaults(self.entity) if self.row_id is None else self._current()
            validate(self.entity, values, base)
            if not self.ready(values):
                return
        except ValidationError as exc:
            self._show(exc)
            return
        except KnownError as exc:
            self._refused(exc)
            return
        records, entity, row_id = self.records, self.entity, self.row_id

        def store() -> str:
            if row_id is None:
                return str(records.create(entity, values)["id"])
            records.update(entity, row_id, values)
            return row_id

        self.buttons.setEnabled(False)
        write(self, store).success(self._saved).failure(self._refused).run()

    def _current(self) -> dict[str, Any]:
        return self.records.get(self.entity, self.row_id) if self.row_id else {}

    def _saved(self, row_id: str) -> None:
        self.row_id = row_id
        self.buttons.setEnabled(True)
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._show(exc)
        elif isinstance(exc, KnownError):
            self.general_error.setText(error_text(exc))
            self.general_error.show()
        else:
            show_failure(self, exc)  # a bug: the crash dialog

    def ready(self, values: dict[str, Any]) -> bool:
        """Last check before writing (it may raise ValidationError); False keeps the form open."""
        return True

    def _show(self, exc: ValidationError) -> None:
        first = None
        for error in exc.errors:
            target = self.errors.get(error.field)
            if target is None:
                self.general_error.setText(field_text(error))
                self.general_error.show()
                continue
            target.setText(field_text(error))
            target.show()
            first = first or self.inputs[error.field]
        if first is not None:
            first.setFocus()
