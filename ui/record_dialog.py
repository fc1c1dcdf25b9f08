"""A keyboard-first form for one record, with validation messages under each field.

Subclasses say which entity, which inputs and their captions; saving goes through `Records`
(shared validation, row + outbox entry in one transaction) on the DB lane, so a replica held
by a download never freezes the window: the form waits, greyed, and closes once saved.
Enter saves from a one-line field, Ctrl+Enter from anywhere (notes included); Tab leaves a
notes box like any other field. Inputs are Qt's own or those of `fields.py`, which say what
they hold with `field_value()`.
"""

from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.workspace import Workspace
from sync.protocol.validation import ValidationError, defaults, validate

from .labels import label
from .messages import error_text, field_text
from .operations import show_failure, write

W = TypeVar("W", bound=QWidget)


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
        self.read_only = False
        self.setMinimumWidth(460)
        self.inputs: dict[str, QWidget] = self._inputs()
        self.errors: dict[str, QLabel] = {}
        self.form = form = QFormLayout()
        captions = self._captions()
        for key, widget in self.inputs.items():
            if isinstance(widget, QPlainTextEdit):
                widget.setTabChangesFocus(True)
            error = QLabel()
            error.setObjectName("fieldError")
            error.setStyleSheet("color: palette(bright-text);")
            error.hide()
            self.errors[key] = error
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(captions[key], box)
        self.general_error = QLabel()
        self.general_error.setStyleSheet("color: palette(bright-text);")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.note = QLabel()  # about the record as a whole: who may change it, until when
        self.note.setObjectName("formNote")
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.note.setWordWrap(True)
        self.note.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        self.body = layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
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
            setter = getattr(widget, "set_field_value", None)
            if setter is not None:
                setter(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QLineEdit):
                text = ", ".join(value) if isinstance(value, list) else str(value or "")
                widget.setText(text)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value or 0))
            elif isinstance(widget, QDoubleSpinBox):
                widget.setValue(float(value or 0))

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
            elif isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, QSpinBox):
                out[key] = widget.value()
            elif isinstance(widget, QDoubleSpinBox):
                out[key] = Decimal(f"{widget.value():.{widget.decimals()}f}")
        return out

    # --- layout helpers for subclasses --------------------------------------------------

    def field(self, key: str, kind: type[W]) -> W:
        """The input of `key`, as the kind of widget it is."""
        widget = self.inputs[key]
        assert isinstance(widget, kind), (key, widget)
        return widget

    def combo(self, key: str) -> QComboBox:
        return self.field(key, QComboBox)

    def choose(self, key: str, value: Any) -> None:
        """Select `value` in the combo box of `key` (the first entry if it has none)."""
        combo = self.combo(key)
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def set_row_visible(self, key: str, visible: bool) -> None:
        """Show or hide the row of one input (fields that apply only to some records)."""
        self.form.setRowVisible(list(self.inputs).index(key), visible)
        self.errors[key].hide()  # showing a row shows all in it, its empty error line too

    def set_caption(self, key: str, text: str) -> None:
        item = self.form.itemAt(list(self.inputs).index(key), QFormLayout.ItemRole.LabelRole)
        caption = item.widget() if item is not None else None
        if isinstance(caption, QLabel):
            caption.setText(text)

    def make_read_only(self, note: str) -> None:
        """Show the record without letting it change: inputs greyed, only Close, and why."""
        self.read_only = True
        for widget in self.inputs.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(True)
            else:
                widget.setEnabled(False)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.show_note(note)

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.hide()
        self.general_error.hide()

    def save(self) -> None:
        """Check on the GUI thread (instant), write on the DB lane, close when written."""
        if not self.buttons.isEnabled() or self.read_only:
            return  # already saving (a second Enter must not write twice), or only shown
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
