"""SLA policy (issue 21, item 2), for managers and administrators (others read it): the
business-hours calendar (opening hours, working days, holidays, when a request is highlighted,
days to the return visit) and the response and resolution targets by kind x priority x tier,
company-wide or as this branch's override. Saved through the replica like any edit, so it
works offline and reaches every laptop at its next sync."""

from collections.abc import Callable
from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.sla_policy import SlaPolicy, hours, minutes
from sync.protocol.enums import ServiceKind, ServicePriority, Tier
from sync.protocol.validation import ValidationError

from .form_dialog import ERROR_STYLE
from .labels import label
from .messages import error_text, field_text
from .operations import show_failure, write

WEEKDAY_KEYS = ("1", "2", "3", "4", "5", "6", "7")


class SlaPolicyDialog(QDialog):
    saved = Signal()

    def __init__(self, policy: SlaPolicy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.policy = policy
        self.setWindowTitle(self.tr("SLA policy"))
        self.branch_id = policy.own_branch()
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Company-wide"), None)
        if self.branch_id is not None:
            self.scope.addItem(self.tr("This branch (overrides the company)"), self.branch_id)
        self.scope.currentIndexChanged.connect(lambda _i: self.load())
        self.opens, self.closes = QTimeEdit(), QTimeEdit()
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat("HH:mm")
        self.weekdays = [QCheckBox(name) for name in self._weekday_names()]
        self.holidays = QPlainTextEdit()
        self.holidays.setPlaceholderText(
            self.tr("One per line: 2026-10-01 or 2026-10-01..2026-10-07")
        )
        self.holidays.setFixedHeight(80)
        self.warn = QSpinBox()
        self.warn.setRange(1, 99)
        self.warn.setSuffix(" %")
        self.return_days = QSpinBox()
        self.return_days.setRange(0, 365)
        self.return_days.setSuffix(self.tr(" days"))
        self.save_calendar_button = QPushButton(self.tr("Save calendar"))
        self.save_calendar_button.clicked.connect(self.save_calendar)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Priority"),
                self.tr("Tier"),
                self.tr("Response (working hours)"),
                self.tr("Resolution (working hours)"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda *_: self._pick_row())
        self.kind = self._combo([(label(k.value), k.value) for k in ServiceKind])
        self.priority = self._combo([(label(p.value), p.value) for p in ServicePriority])
        self.tier = self._combo(
            [(self.tr("Any tier"), None)] + [(label(t.value), t.value) for t in Tier]
        )
        self.response = self._hours()
        self.resolution = self._hours()
        self.resolution.setMinimum(0.25)
        self.set_button = QPushButton(self.tr("Add or change target"))
        self.set_button.clicked.connect(self.save_target)
        self.remove_button = QPushButton(self.tr("Remove target"))
        self.remove_button.clicked.connect(self.remove_target)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.targets: list[dict[str, object]] = []
        self._layout()
        self._set_editable(policy.may_edit)
        self.load()

    def _weekday_names(self) -> list[str]:
        return [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]

    @staticmethod
    def _combo(items: list[tuple[str, object]]) -> QComboBox:
        box = QComboBox()
        for text, value in items:
            box.addItem(text, value)
        return box

    def _hours(self) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(0, 8760)
        spin.setDecimals(2)
        spin.setSingleStep(1)
        spin.setSpecialValueText(self.tr("none"))
        return spin

    def _layout(self) -> None:
        calendar = QGroupBox(self.tr("Business hours"))
        form = QFormLayout(calendar)
        hours_row = QHBoxLayout()
        hours_row.addWidget(self.opens)
        hours_row.addWidget(QLabel("–"))
        hours_row.addWidget(self.closes)
        hours_row.addStretch()
        form.addRow(self.tr("Open"), hours_row)
        days = QHBoxLayout()
        for box in self.weekdays:
            days.addWidget(box)
        days.addStretch()
        form.addRow(self.tr("Working days"), days)
        form.addRow(self.tr("Holidays"), self.holidays)
        form.addRow(self.tr("Highlight at"), self.warn)
        form.addRow(self.tr("Return visit after"), self.return_days)
        form.addRow("", self.save_calendar_button)
        targets = QGroupBox(self.tr("Targets by kind, priority and customer tier"))
        column = QVBoxLayout(targets)
        column.addWidget(self.table)
        editor = QFormLayout()
        editor.addRow(self.tr("Kind"), self.kind)
        editor.addRow(self.tr("Priority"), self.priority)
        editor.addRow(self.tr("Tier"), self.tier)
        editor.addRow(self.tr("Response within"), self.response)
        editor.addRow(self.tr("Resolution within"), self.resolution)
        column.addLayout(editor)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.set_button)
        buttons_row.addWidget(self.remove_button)
        buttons_row.addStretch()
        column.addLayout(buttons_row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(self.tr("Applies to"), self.scope)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(calendar)
        layout.addWidget(targets, 1)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(720, 760)

    def _set_editable(self, editable: bool) -> None:
        for widget in (
            self.opens,
            self.closes,
            self.holidays,
            self.warn,
            self.return_days,
            self.save_calendar_button,
            self.kind,
            self.priority,
            self.tier,
            self.response,
            self.resolution,
            self.set_button,
            self.remove_button,
            *self.weekdays,
        ):
            widget.setEnabled(editable)
        self.note.setText(
            self.tr(
                "Due times are counted in working hours from when a request is taken. "
                "A branch's own calendar or target replaces the company's; a target for a "
                "tier replaces the one for any tier."
            )
            if editable
            else self.tr("Managers and administrators set the SLA policy; you can read it.")
        )

    @property
    def chosen_branch(self) -> str | None:
        value = self.scope.currentData()
        return value if isinstance(value, str) else None

    # --- reading -------------------------------------------------------------------------

    def load(self) -> None:
        branch = self.chosen_branch
        row = self.policy.calendar(branch)
        if row is None and branch is not None:
            row = self.policy.calendar(None)  # the company's, as a start for the override
        opens = time.fromisoformat(row["opens"]) if row else time(9)
        closes = time.fromisoformat(row["closes"]) if row else time(18)
        self.opens.setTime(QTime(opens.hour, opens.minute))
        self.closes.setTime(QTime(closes.hour, closes.minute))
        workdays = set(row["workdays"]) if row else set("12345")
        for key, box in zip(WEEKDAY_KEYS, self.weekdays, strict=True):
            box.setChecked(key in workdays)
        self.holidays.setPlainText("\n".join(row["holidays"]) if row else "")
        self.warn.setValue(row["warn_percent"] if row else 75)
        self.return_days.setValue(row["return_visit_days"] if row else 7)
        self.targets = list(self.policy.targets(branch))
        self.table.setRowCount(len(self.targets))
        for r, target in enumerate(self.targets):
            cells = [
                label(str(target["kind"])),
                label(str(target["priority"])),
                label(str(target["tier"])) if target["tier"] else self.tr("Any tier"),
                _hours_text(target["response_minutes"]),
                _hours_text(target["resolution_minutes"]),
            ]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.remove_button.setEnabled(self.policy.may_edit and bool(self.targets))

    def _pick_row(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.targets):
            return
        target = self.targets[row]
        for box, key in ((self.kind, "kind"), (self.priority, "priority"), (self.tier, "tier")):
            box.setCurrentIndex(max(box.findData(target[key]), 0))
        self.response.setValue(hours(_int(target["response_minutes"])) or 0)
        self.resolution.setValue(hours(_int(target["resolution_minutes"])) or 0)

    # --- writing -------------------------------------------------------------------------

    def calendar_values(self) -> dict[str, object]:
        return {
            "opens": self.opens.time().toString("HH:mm"),
            "closes": self.closes.time().toString("HH:mm"),
            "workdays": [
                k for k, b in zip(WEEKDAY_KEYS, self.weekdays, strict=True) if b.isChecked()
            ],
            "holidays": [
                line.strip() for line in self.holidays.toPlainText().splitlines() if line.strip()
            ],
            "warn_percent": self.warn.value(),
            "return_visit_days": self.return_days.value(),
        }

    def target_values(self) -> dict[str, object]:
        return {
            "kind": self.kind.currentData(),
            "priority": self.priority.currentData(),
            "tier": self.tier.currentData(),
            "response_minutes": minutes(self.response.value()),
            "resolution_minutes": minutes(self.resolution.value()),
        }

    def save_calendar(self) -> None:
        branch, values = self.chosen_branch, self.calendar_values()
        self._write(lambda: self.policy.save_calendar(branch, values))

    def save_target(self) -> None:
        branch, values = self.chosen_branch, self.target_values()
        self._write(lambda: self.policy.save_target(branch, values))

    def remove_target(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.targets):
            target_id = str(self.targets[row]["id"])
            self._write(lambda: self.policy.remove_target(target_id))

    def _write(self, action: Callable[[], object]) -> None:
        self.error.hide()
        write(self, action).success(self._done).failure(self._refused).run()

    def _done(self, _result: object) -> None:
        self.load()
        self.saved.emit()

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):  # a holiday that is no date, hours out of range
            self.error.setText("\n".join(field_text(e) for e in exc.errors))
            self.error.show()
            return
        if not isinstance(exc, KnownError):
            show_failure(self, exc)
            return
        self.error.setText(error_text(exc))
        self.error.show()


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None


def _hours_text(value: object) -> str:
    amount = hours(_int(value))
    if amount is None:
        return "—"
    return f"{amount:g}"
