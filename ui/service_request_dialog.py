"""Create or edit a service request: a complaint, an inquiry, a repair or any other request.

A complaint (issue 21) has its category, severity and the customer's own words; the form shows
those rows for complaints only. The due time is the SLA policy's (app/sla_policy.py, working
hours from when the request was taken) where it has a target, else it follows the priority
(app/service_desk.py: `SLA_HOURS`) until the user sets one of their own. Status, assignee
and resolution change through the Service screen's actions, which keep their rules (a
resolution is required, a closed request stays closed).
"""

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.service_desk import default_due
from app.workspace import Workspace
from sync.protocol.enums import ComplaintSeverity, ServiceKind, ServicePriority
from sync.protocol.types import utcnow

from .fields import CustomerPicker, DateTimeField
from .record_dialog import RecordDialog

COMPLAINT_FIELDS = ("category", "severity", "customer_words")
CATEGORIES = (
    QT_TRANSLATE_NOOP("ServiceRequestDialog", "Product quality"),
    QT_TRANSLATE_NOOP("ServiceRequestDialog", "Delivery"),
    QT_TRANSLATE_NOOP("ServiceRequestDialog", "Installation and repair"),
    QT_TRANSLATE_NOOP("ServiceRequestDialog", "Staff attitude"),
    QT_TRANSLATE_NOOP("ServiceRequestDialog", "Billing"),
    QT_TRANSLATE_NOOP("ServiceRequestDialog", "Other"),
)


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
        self.setWindowTitle(self._title(row_id is None))
        self._show_complaint_rows()
        self.combo("kind").currentIndexChanged.connect(lambda _i: self._show_complaint_rows())
        self.combo("kind").currentIndexChanged.connect(self._follow_priority)
        self.combo("priority").currentIndexChanged.connect(self._follow_priority)
        picker = self.field("customer_id", CustomerPicker)
        picker.changed.connect(lambda _c: self._follow_priority())
        self.field("sla_due_at", DateTimeField).dateTimeChanged.connect(self._due_edited)
        self.suggestions = self._suggestions_panel()
        self.field("subject", QLineEdit).editingFinished.connect(self.suggest)
        self.suggest()
        first = "customer_id" if customer_id is None and row_id is None else "subject"
        self.inputs[first].setFocus()

    def _suggestions_panel(self) -> QListWidget:
        """Suggested solutions (issue 21): published articles and resolved requests about the
        same thing, from the replica; double-click opens an article."""
        group = QGroupBox(self.tr("Suggested solutions"))
        box = QVBoxLayout(group)
        found = QListWidget()
        found.setFixedHeight(110)
        found.itemActivated.connect(self._open_suggestion)
        box.addWidget(found)
        self.body.insertWidget(1, group)
        self.suggestions_group = group
        return found

    def suggest(self) -> None:
        subject = self.field("subject", QLineEdit).text()
        words = self.field("customer_words", QPlainTextEdit).toPlainText()
        found = self.workspace.knowledge.suggestions(subject, words, exclude=self.row_id)
        self.suggestions.clear()
        for hit in found:
            if hit.kind == "knowledge_article":
                text = self.tr("Article: %1").replace("%1", hit.title)
            else:
                text = self.tr("Resolved before: %1").replace("%1", hit.title)
            item = QListWidgetItem(f"{text} — {hit.detail}" if hit.detail else text)
            item.setData(Qt.ItemDataRole.UserRole, (hit.kind, hit.row_id))
            item.setToolTip(hit.detail)
            self.suggestions.addItem(item)
        if not found:
            self.suggestions.addItem(self.tr("No article or resolved request like this yet."))

    def _open_suggestion(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data and data[0] == "knowledge_article":
            from .article_dialog import ArticleDialog  # the form opens only on demand

            dialog = ArticleDialog(self.workspace, data[1], self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def _title(self, new: bool) -> str:
        if self.combo("kind").currentData() == ServiceKind.COMPLAINT.value:
            return self.tr("New complaint") if new else self.tr("Complaint")
        return self.tr("New service request") if new else self.tr("Edit service request")

    def _show_complaint_rows(self) -> None:
        complaint = self.combo("kind").currentData() == ServiceKind.COMPLAINT.value
        for key in COMPLAINT_FIELDS:
            self.set_row_visible(key, complaint)

    def _inputs(self) -> dict[str, QWidget]:
        description = QPlainTextEdit()
        description.setFixedHeight(100)
        words = QPlainTextEdit()
        words.setFixedHeight(80)
        category = QLineEdit()
        names = [QCoreApplication.translate("ServiceRequestDialog", str(c)) for c in CATEGORIES]
        completer = QCompleter(names, category)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        category.setCompleter(completer)
        category.setPlaceholderText(" / ".join(names[:3]) + " …")
        return {
            "customer_id": CustomerPicker(self.records, self.workspace.search, optional=False),
            "kind": self._combo(ServiceKind),
            "subject": QLineEdit(),
            "category": category,
            "severity": self._combo(ComplaintSeverity),
            "customer_words": words,
            "description": description,
            "priority": self._combo(ServicePriority),
            "sla_due_at": DateTimeField(),
        }

    def values(self) -> dict[str, object]:
        out = super().values()
        if not self._current():
            out["opened_at"] = self.since  # the clock starts when the request was taken
        if out.get("kind") != ServiceKind.COMPLAINT.value:  # only a complaint has these
            for key in COMPLAINT_FIELDS:
                out.pop(key, None)
        return out

    def _captions(self) -> dict[str, str]:
        return {
            "customer_id": self.tr("Customer"),
            "kind": self.tr("Kind"),
            "subject": self.tr("Subject"),
            "category": self.tr("Category"),
            "severity": self.tr("Severity"),
            "customer_words": self.tr("In the customer's words"),
            "description": self.tr("Description"),
            "priority": self.tr("Priority"),
            "sla_due_at": self.tr("Due"),
        }

    def _follow_priority(self) -> None:
        """The SLA policy's due time, else the priority's usual one, unless the user chose one."""
        if self.due_chosen:
            return
        priority = str(self.combo("priority").currentData())
        customer = self.field("customer_id", CustomerPicker).field_value()
        kind = str(self.combo("kind").currentData())
        due = self.workspace.sla.due(customer, kind, priority, self.since) or default_due(
            priority, self.since
        )
        self._setting_due = True
        self.field("sla_due_at", DateTimeField).set_field_value(due)
        self._setting_due = False

    def _due_edited(self) -> None:
        if not self._setting_due:
            self.due_chosen = True
