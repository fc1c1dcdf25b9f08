"""What one does with a task from any list (Today, the customer view, the Calendar): mark it
done (or not) and move it to another time. Both are one write on the DB lane; the change
notice repaints every screen showing the task.

Moving keeps what the task is (app/schedule.py: `rescheduled`): a to-do stays due by a time,
an appointment keeps its length.
"""

from collections.abc import Callable
from datetime import UTC, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QWidget

from app.records import Records
from app.schedule import is_appointment, rescheduled
from app.service_desk import ServiceDesk

from .fields import DateTimeField
from .operations import query, write
from .service_dialogs import ActionDialog


def set_done(
    parent: QWidget | None,
    records: Records,
    task_id: str,
    done: bool,
    failed: Callable[[Exception], Any] | None = None,
    desk: ServiceDesk | None = None,
    written: Callable[[], Any] | None = None,
) -> None:
    """Mark a task done or not. With the service desk, a complaint's return visit (回访)
    asks its outcome first, kept as a call in the customer's timeline (issue 21)."""

    def plain() -> None:
        op = write(parent, lambda: records.update("task", task_id, {"done": done}))
        if failed is not None:
            op.failure(failed)
        if written is not None:
            op.success(lambda _row: written())
        op.run()

    if not done or desk is None:
        plain()
        return

    def asked(request: dict[str, Any] | None) -> None:
        if request is None:
            plain()
            return
        dialog = ReturnVisitDialog(desk, records, task_id, request, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    query(parent, lambda: desk.return_visit_request(records, task_id)).success(asked).run()


class ReturnVisitDialog(ActionDialog):
    """The return visit of a complaint made: what the customer said, kept as a call."""

    def __init__(
        self,
        desk: ServiceDesk,
        records: Records,
        task_id: str,
        request: dict[str, Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.records, self.task_id = desk, records, task_id
        self.subject = request.get("subject") or ""
        self.setWindowTitle(self.tr("Return visit"))
        intro = QLabel(
            self.tr("How did the customer find the solution to “%1”?").replace("%1", self.subject)
        )
        intro.setWordWrap(True)
        self.outcome = QPlainTextEdit()
        self.outcome.setPlaceholderText(self.tr("e.g. 问题已解决，客户满意"))
        self.outcome.setTabChangesFocus(True)
        self.ok.setText(self.tr("Done"))
        self._finish([intro, self.outcome])
        self.outcome.setFocus()

    def action(self) -> Callable[[], object]:
        desk, records, task_id = self.desk, self.records, self.task_id
        subject = self.tr("Return visit: %1").replace("%1", self.subject)
        outcome = self.outcome.toPlainText()
        return lambda: desk.finish_return_visit(records, task_id, subject, outcome)


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
