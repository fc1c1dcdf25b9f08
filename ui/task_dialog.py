"""Create or edit a to-do or an appointment (call, visit, meeting).

Saving an appointment that overlaps another one of the same person does not save at once:
the clash is shown in the dialog (which appointment, when) and the Save button becomes
"Save anyway", so double-booking is always a decision, never an accident.
"""

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.reminders import BEFORE, minutes_before
from app.schedule import Entry, is_appointment
from app.workspace import Workspace
from sync.protocol.enums import TaskKind
from sync.protocol.validation import ValidationError, validate

from .fields import CustomerPicker
from .labels import label, when
from .record_dialog import RecordDialog
from .settings import REMINDERS

TODO = TaskKind.TODO.value
APPOINTMENT, DUE = "appointment", "due"
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"
DEFAULT_LENGTH = timedelta(hours=1)
WORKDAY_START = time(9)


def hours(entry: Entry) -> str:
    """Local clock time of an entry: "09:00–10:00", "09:00" for a to-do; the end's date too
    when it ends on another day."""
    start = entry.when.astimezone()
    if entry.ends is None:
        return f"{start:%H:%M}"
    end = entry.ends.astimezone()
    tail = f"{end:%H:%M}" if end.date() == start.date() else when(end)
    return f"{start:%H:%M}–{tail}"


def span(entry: Entry) -> str:
    """Date and clock time of an entry in local time: "2026-11-23 09:00–10:00"."""
    return f"{entry.when.astimezone():%Y-%m-%d} {hours(entry)}"


def describe(entry: Entry) -> str:
    """One line naming an appointment: when, kind, title and customer."""
    text = QCoreApplication.translate("TaskDialog", "%1  %2: %3").replace("%1", span(entry))
    text = text.replace("%2", label(entry.kind)).replace("%3", entry.title)
    return f"{text} — {entry.customer}" if entry.customer else text


class TaskDialog(RecordDialog):
    entity = "task"

    def __init__(
        self,
        workspace: Workspace,
        row_id: str | None = None,
        parent: QWidget | None = None,
        *,
        day: date | None = None,
        kind: str = TaskKind.VISIT.value,
        customer_id: str | None = None,
    ) -> None:
        """A new task is the signed-in user's, preset to `day`, `kind` and `customer_id`."""
        fixed = {} if row_id is not None else {"assignee_id": workspace.user_id}
        super().__init__(workspace, row_id, parent, fixed=fixed)
        self.calendar = workspace.calendar
        self._confirmed: tuple[Any, ...] | None = None  # the clash the user accepted
        self.clash = QLabel()
        self.clash.setObjectName("clashWarning")
        self.clash.setWordWrap(True)
        self.clash.setStyleSheet(
            "color: palette(bright-text); border: 1px solid palette(bright-text); padding: 6px;"
        )
        self.clash.hide()
        self.body.insertWidget(self.body.count() - 1, self.clash)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if row_id is None:
            self._preset(day or date.today(), kind, customer_id)
        for key in ("starts_at", "ends_at", "due_at"):
            self._moment(key).dateTimeChanged.connect(self._unconfirm)
        self._moment("starts_at").dateTimeChanged.connect(self._keep_length)
        self._moment("ends_at").dateTimeChanged.connect(self._remember_length)
        self.combo("kind").currentIndexChanged.connect(self._kind_changed)
        self.combo("timing").currentIndexChanged.connect(self._timing_changed)
        self.field("done", QCheckBox).toggled.connect(self._unconfirm)
        self._timing_changed()
        self.inputs["title"].setFocus()

    # --- form -------------------------------------------------------------------------

    def _inputs(self) -> dict[str, QWidget]:
        inputs: dict[str, QWidget] = {
            "kind": self._combo(TaskKind),
            "title": QLineEdit(),
            "customer_id": CustomerPicker(self.records, self.workspace.search),
            "timing": self._timing_combo(),
            "starts_at": _datetime_edit(),
            "ends_at": _datetime_edit(),
            "due_at": _datetime_edit(),
            "remind_at": self._reminder_combo(),
            "location": QLineEdit(),
            "notes": QPlainTextEdit(),
            "done": QCheckBox(),
        }
        inputs["notes"].setFixedHeight(80)
        return inputs

    def _captions(self) -> dict[str, str]:
        return {
            "kind": self.tr("Kind"),
            "title": self.tr("Title"),
            "customer_id": self.tr("Customer"),
            "timing": self.tr("Time"),
            "starts_at": self.tr("Starts"),
            "ends_at": self.tr("Ends"),
            "due_at": self.tr("Due"),
            "remind_at": self.tr("Reminder"),
            "location": self.tr("Location"),
            "notes": self.tr("Notes"),
            "done": self.tr("Done"),
        }

    def _title(self) -> str:
        if self._row.get("id") is not None:
            return self.tr("Edit task")
        return self.tr("New to-do") if self.kind() == TODO else self.tr("New appointment")

    def _moment(self, key: str) -> QDateTimeEdit:
        return self.field(key, QDateTimeEdit)

    def kind(self) -> str:
        return str(self.combo("kind").currentData())

    def _timing_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("At a set time (start and end)"), APPOINTMENT)
        combo.addItem(self.tr("Due by a time"), DUE)
        return combo

    def _reminder_combo(self) -> QComboBox:
        return reminder_combo()

    def _set_reminder(self, minutes: int | None) -> None:
        """Show a task's reminder; one set elsewhere at another distance is kept as it is."""
        combo = self.combo("remind_at")
        index = combo.findData(minutes) if minutes is not None else 0
        if index < 0:
            assert minutes is not None
            combo.addItem(self.tr("%n minute(s) before", "", minutes), minutes)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def appointment(self) -> bool:
        """Held at a time (start, end) rather than due by one: chosen, not read from the kind,
        so a call due by 17:00 stays due by a time (only a to-do never has a start)."""
        return self.kind() != TODO and self.combo("timing").currentData() == APPOINTMENT

    def _set_timing(self, appointment: bool) -> None:
        combo = self.combo("timing")
        combo.setCurrentIndex(combo.findData(APPOINTMENT if appointment else DUE))

    def _load(self, row: dict[str, Any]) -> None:
        super()._load(row)
        self._row = row
        start = row.get("starts_at") or row.get("due_at")
        end = row.get("ends_at")
        due = row.get("due_at") or row.get("starts_at")
        if start is not None:
            _set(self._moment("starts_at"), start.astimezone())
            _set(self._moment("ends_at"), (end or start + DEFAULT_LENGTH).astimezone())
        if due is not None:
            _set(self._moment("due_at"), due.astimezone())
        self._length = _get(self._moment("ends_at")) - _get(self._moment("starts_at"))
        self.field("customer_id", CustomerPicker).set_customer(row.get("customer_id"))
        self.field("done", QCheckBox).setChecked(bool(row.get("done")))
        self._set_timing(is_appointment(row))
        self._set_reminder(minutes_before(row))

    def _preset(self, day: date, kind: str, customer_id: str | None) -> None:
        """Next full hour if `day` is today, else the start of the working day."""
        start = datetime.combine(day, WORKDAY_START)
        now = datetime.now()
        if day == now.date():
            start = max(start, now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1))
        self.choose("kind", kind)
        self._set_timing(kind != TODO)
        self._set_reminder(default_reminder(kind))
        _set(self._moment("starts_at"), start)
        _set(self._moment("ends_at"), start + DEFAULT_LENGTH)
        _set(self._moment("due_at"), start)
        self._length = DEFAULT_LENGTH
        self.field("customer_id", CustomerPicker).set_customer(customer_id)

    def _kind_changed(self) -> None:
        """A new task's time follows its kind (a visit is held at a time, a to-do is due by
        one); an existing one keeps how it was planned unless it becomes a to-do."""
        if self._row.get("id") is None:
            self._set_timing(self.kind() != TODO)
            self._set_reminder(default_reminder(self.kind()))
        self._timing_changed()

    def _timing_changed(self) -> None:
        """An appointment has a start and an end; the rest have a due time."""
        appointment = self.appointment()
        self.combo("timing").setEnabled(self.kind() != TODO)
        for key, shown in (("starts_at", True), ("ends_at", True), ("due_at", False)):
            self.set_row_visible(key, shown == appointment)
        self.setWindowTitle(self._title())
        self._unconfirm()

    def _keep_length(self) -> None:
        """Moving the start moves the end with it, so a one-hour visit stays one hour."""
        _set(self._moment("ends_at"), _get(self._moment("starts_at")) + self._length)

    def _remember_length(self) -> None:
        length = _get(self._moment("ends_at")) - _get(self._moment("starts_at"))
        if length > timedelta(0):
            self._length = length

    def values(self) -> dict[str, Any]:
        out = super().values()
        out.pop("timing")
        appointment = self.appointment()
        moment = {key: _get(self._moment(key)).astimezone(UTC) for key in ("starts_at", "ends_at")}
        out["starts_at"] = moment["starts_at"] if appointment else None
        out["ends_at"] = moment["ends_at"] if appointment else None
        out["due_at"] = None if appointment else _get(self._moment("due_at")).astimezone(UTC)
        out["customer_id"] = self.field("customer_id", CustomerPicker).customer_id
        out["done"] = self.field("done", QCheckBox).isChecked()
        minutes = self.combo("remind_at").currentData()
        moment = out["starts_at"] if appointment else out["due_at"]
        out["remind_at"] = None if minutes is None else moment - timedelta(minutes=int(minutes))
        return out

    # --- saving -----------------------------------------------------------------------

    def ready(self, values: dict[str, Any]) -> bool:
        """Validate, then check for clashes; a clash needs a second press ("Save anyway")."""
        planned = {**self._row, **validate(self.entity, values, self._row)}
        if self._confirmed != _slot(planned):
            clashes = self.calendar.overlaps(planned, self.row_id)
            if clashes:
                self._warn(clashes, _slot(planned))
                return False
        return True

    def _warn(self, clashes: list[Entry], slot: tuple[Any, ...]) -> None:
        lines = "\n".join(f"• {describe(entry)}" for entry in clashes)
        text = self.tr(
            "This overlaps %n other appointment(s) of the same person:", "", len(clashes)
        )
        hint = self.tr("Change the time, or press “Save anyway” to keep both.")
        self.clash.setText(f"{text}\n{lines}\n{hint}")
        self.clash.show()
        self.save_button.setText(self.tr("Save anyway"))
        self._confirmed = slot

    def _unconfirm(self) -> None:
        """Any change of time, kind or state asks again."""
        self._confirmed = None
        self.clash.hide()
        self.save_button.setText(self.tr("Save"))

    def _show(self, exc: ValidationError) -> None:
        super()._show(exc)
        own = {
            "not_found": self.tr("This customer is no longer on this computer."),
        }
        for error in exc.errors:
            if error.code in own and error.field in self.errors:
                self.errors[error.field].setText(own[error.code])


def _slot(values: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(values.get(k) for k in ("kind", "assignee_id", "starts_at", "ends_at", "done"))


def _datetime_edit() -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATETIME_FORMAT)
    _set(edit, datetime.now().replace(second=0, microsecond=0))
    return edit


def _set(edit: QDateTimeEdit, moment: datetime) -> None:
    """Show a local wall-clock time (aware or naive local)."""
    edit.setDateTime(
        QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    )


def _get(edit: QDateTimeEdit) -> datetime:
    """The wall-clock time shown, as naive local time (Python's `astimezone` reads it so)."""
    shown = edit.dateTime()
    day, clock = shown.date(), shown.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())


def reminder_combo() -> QComboBox:
    """No reminder, or minutes before the start (due time) of a task: the task form's choice
    and Settings' default per kind."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("TaskDialog", "None"), None)
    combo.addItem(QCoreApplication.translate("TaskDialog", "At the time"), 0)
    for minutes in BEFORE[1:]:
        if minutes % (24 * 60) == 0:
            text = QCoreApplication.translate(
                "TaskDialog", "%n day(s) before", None, minutes // (24 * 60)
            )
        elif minutes % 60 == 0:
            text = QCoreApplication.translate(
                "TaskDialog", "%n hour(s) before", None, minutes // 60
            )
        else:
            text = QCoreApplication.translate("TaskDialog", "%n minute(s) before", None, minutes)
        combo.addItem(text, minutes)
    return combo


def default_reminder(kind: str) -> int | None:
    """A new task's reminder (minutes before) for its kind, as chosen in Settings."""
    option = REMINDERS.get(kind)
    minutes = option.get() if option is not None else -1
    return None if minutes < 0 else minutes
