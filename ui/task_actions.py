"""What one does with a task from any list (Today, the customer view, the Calendar): mark it
done (or not) and move it to another time. Both are one write on the DB lane; the change
notice repaints every screen showing the task.

Moving keeps what the task is (app/schedule.py: `rescheduled`): a to-do stays due by a time,
an appointment keeps its length.
"""

from collections.abc import Callable
from datetime import UTC, timedelta
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from app.records import Records
from app.schedule import is_appointment, rescheduled

from .fields import DateTimeField
from .operations import write
from .service_dialogs import ActionDialog


def set_done(
    parent: QWidget | None,
    records: Records,
    task_id: str,
    done: bool,
    failed: Callable[[Exception], Any] | None = None,
) -> None:
    op = write(parent, lambda: records.update("task", task_id, {"done": done}))
    if failed is not None:
        op.failure(failed)
    op.run()


class RescheduleDialog(ActionDialog):
    """One new date and time for a task; Enter moves it."""

    def __init__(self, records: Records, row: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.records, self.row = records, row
        self.setWindowTitle(self.tr("Reschedule “%1”").replace("%1", row["title"]))
        appointment = is_appointment(row)
        self.moment = DateTimeField()
        current = row["starts_at"] if appointment else row.get("due_at")
        if current is not None:
            self.moment.set_field_value(current)
        if appointment:
            length = (row.get("ends_at") or row["starts_at"]) - row["starts_at"]
            minutes = int(length / timedelta(minutes=1)) or 60
            caption = self.tr("Starts")
            hint = self.tr("It keeps its length (%n minute(s)).", "", minutes)
        else:
            caption = self.tr("Due")
            hint = self.tr("It stays due by a time, as before.")
        form = QFormLayout()
        form.addRow(caption, self.moment)
        holder = QWidget()
        holder.setLayout(form)
        note = QLabel(hint)
        note.setStyleSheet("color: palette(placeholder-text);")
        self._finish([holder, note])
        self.moment.setFocus()

    def action(self) -> Callable[[], object]:
        records, task_id = self.records, self.row["id"]
        values = rescheduled(self.row, self.moment.field_value().astimezone(UTC))
        return lambda: records.update("task", task_id, values)
