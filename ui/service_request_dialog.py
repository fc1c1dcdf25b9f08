"""Create or edit a service request: a complaint, an inquiry, a repair or any other request.

The due time follows the priority (app/service_desk.py: `SLA_HOURS`, counted from when the
request was made) until the user sets one of their own. Status, assignee and resolution
change through the Service screen's actions, which keep their rules (a resolution is
required, a closed request stays closed).
"""

from datetime import datetime

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.service_desk import default_due
from app.workspace import Workspace
from sync.protocol.enums import ServiceKind, ServicePriority
from sync.protocol.types import utcnow

from .fields import CustomerPicker, DateTimeField
from .record_dialog import RecordDialog


class ServiceRequestDialog(RecordDialog):
    entity = "service_request"

    def __init__(
        self,
        workspace: Workspace,
        row_id: str | None,
        parent: QWidget | None = None,
        *,
        customer_id: str | None = None,
        kind: str | None = None,
    ) -> None:
        self._setting_due = False
        self.due_chosen = False
        super().__init__(workspace, row_id, parent)
        row = self._current()
        self.since: datetime = row.get("created_at") or utcnow()
        if row:  # a due time set by hand stays when the priority changes; a default follows
            self.due_chosen = row["sla_due_at"] != default_due(row["priority"], self.since)
        if row_id is None:
            self.field("customer_id", CustomerPicker).set_customer(customer_id)
            if kind is not None:
                self.choose("kind", kind)
            self._follow_priority()
        self.setWindowTitle(
            self.tr("New service request") if row_id is None else self.tr("Edit service request")
        )
        self.combo("priority").currentIndexChanged.connect(self._follow_priority)
        self.field("sla_due_at", DateTimeField).dateTimeChanged.connect(self._due_edited)
        first = "customer_id" if customer_id is None and row_id is None else "subject"
        self.inputs[first].setFocus()

    def _inputs(self) -> dict[str, QWidget]:
        description = QPlainTextEdit()
        description.setFixedHeight(100)
        return {
            "customer_id": CustomerPicker(self.records, self.workspace.search, optional=False),
            "kind": self._combo(ServiceKind),
            "subject": QLineEdit(),
            "description": description,
            "priority": self._combo(ServicePriority),
            "sla_due_at": DateTimeField(),
        }

    def _captions(self) -> dict[str, str]:
        return {
            "customer_id": self.tr("Customer"),
            "kind": self.tr("Kind"),
            "subject": self.tr("Subject"),
            "description": self.tr("Description"),
            "priority": self.tr("Priority"),
            "sla_due_at": self.tr("Due"),
        }

    def _follow_priority(self) -> None:
        """The priority's usual due time, unless the user chose one."""
        if self.due_chosen:
            return
        due = default_due(str(self.combo("priority").currentData()), self.since)
        self._setting_due = True
        self.field("sla_due_at", DateTimeField).set_field_value(due)
        self._setting_due = False

    def _due_edited(self) -> None:
        if not self._setting_due:
            self.due_chosen = True
