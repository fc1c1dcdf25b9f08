"""Service: the queue of service requests, most urgent first (past their SLA on top, in red),
with Start, Escalate (Ctrl+E), Reassign… (Ctrl+R), Resolve… (Ctrl+D) and Close.
Enter or double-click opens the request's form, Open customer (Ctrl+O) its customer; New
request (Ctrl+Shift+N) records a complaint or any other request; Ctrl+1..4 switch between
Open, Mine, Overdue, All."""

from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.records import Records
from app.service_desk import MAX_ESCALATION, QueueFilter, Ticket
from app.workspace import Workspace
from sync.protocol.enums import ServiceKind, ServiceStatus
from sync.protocol.types import utcnow

from . import theme
from .editors import Editors
from .form_dialog import ERROR_STYLE
from .labels import label, when
from .messages import error_text
from .notices import watch
from .operations import show_failure, write
from .service_dialogs import CloseDialog, ReassignDialog, ResolveDialog
from .service_figures import ServiceFiguresDialog
from .sla_policy_dialog import SlaPolicyDialog
from .table_model import FlatTableModel, Index

# overdue, and most of the time to the due time gone (issue 21): theme colours (ui/theme.py)
OVERDUE, OVERDUE_ROW = "error", "error_soft"
WARN, WARN_ROW = "warning", "warning_soft"
DialogT = TypeVar("DialogT", bound=QDialog)
FILTER_KEYS = ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4")
ACTION_KEYS = {
    "escalate": "Ctrl+E",
    "reassign": "Ctrl+R",
    "resolve": "Ctrl+D",
    "customer": "Ctrl+O",
    "new": "Ctrl+Shift+N",
}


class ServiceTableModel(FlatTableModel):
    """At most `service_desk.LIMIT` rows, held as plain `Ticket`s."""

    COLUMNS = ("subject", "customer", "kind", "priority", "status", "escalation", "assignee", "sla")

    def __init__(self, assignee: Callable[[str | None], str]) -> None:
        super().__init__()
        self.assignee = assignee
        self.tickets: list[Ticket] = []
        self.now = utcnow()

    def set_tickets(self, tickets: list[Ticket], now: datetime) -> None:
        self.beginResetModel()
        self.tickets, self.now = tickets, now
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.tickets)

    def headers(self) -> list[str]:
        return [
            self.tr("Subject"),
            self.tr("Customer"),
            self.tr("Kind"),
            self.tr("Priority"),
            self.tr("Status"),
            self.tr("Escalation"),
            self.tr("Assigned to"),
            self.tr("SLA due"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ticket = self.tickets[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(ticket, column)
        if role == Qt.ItemDataRole.UserRole:
            return ticket.id
        if role == Qt.ItemDataRole.BackgroundRole and (ticket.overdue or ticket.warn):
            return QBrush(theme.colour(OVERDUE_ROW if ticket.overdue else WARN_ROW))
        flagged = column == "sla" and (ticket.overdue or ticket.warn)
        if role == Qt.ItemDataRole.ForegroundRole and flagged:
            return QBrush(theme.colour(OVERDUE if ticket.overdue else WARN))
        if role == Qt.ItemDataRole.FontRole and flagged:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ToolTipRole and column == "sla":
            if ticket.warn:
                return self.tr("Due soon: most of the time allowed has gone (%1)").replace(
                    "%1", when(ticket.sla_due_at)
                )
            return when(ticket.sla_due_at)
        return None

    def _text(self, ticket: Ticket, column: str) -> str:
        if column in ("kind", "priority", "status"):
            return label(getattr(ticket, column))
        if column == "escalation":
            return str(ticket.escalation_level) if ticket.escalation_level else "—"
        if column == "assignee":
            return self.assignee(ticket.assignee_id)
        if column == "sla":
            return self.due_text(ticket)
        return str(getattr(ticket, column))

    def due_text(self, ticket: Ticket) -> str:
        """Relative while the request is open ("overdue 3 h", "in 5 h"), the date otherwise."""
        if ticket.sla_due_at is None:
            return "—"
        if not ticket.is_open:
            return when(ticket.sla_due_at)
        seconds = (ticket.sla_due_at - self.now).total_seconds()
        if ticket.overdue:
            return self.tr("overdue %1").replace("%1", self._span(-seconds))
        return self.tr("in %1").replace("%1", self._span(seconds))

    def _span(self, seconds: float) -> str:
        minutes = round(seconds / 60)
        if minutes < 60:
            return self.tr("%n min", "", max(minutes, 1))
        if minutes < 48 * 60:
            return self.tr("%n h", "", round(minutes / 60))
        return self.tr("%n d", "", round(minutes / (24 * 60)))

    def row_of(self, ticket_id: str) -> int:
        return next((i for i, t in enumerate(self.tickets) if t.id == ticket_id), -1)


class ServicePage(QWidget):
    opened = Signal(str)  # customer id

    FILTERS = (QueueFilter.OPEN, QueueFilter.MINE, QueueFilter.OVERDUE, QueueFilter.ALL)

    def __init__(self, workspace: Workspace, editors: Editors | None = None) -> None:
        super().__init__()
        self.desk, self.records = workspace.desk, workspace.records
        self.editors = editors or Editors(workspace, self)
        self.directory = workspace.directory
        self.which = QueueFilter.OPEN
        self.model = ServiceTableModel(self.assignee_name)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.filter_buttons = self._filter_bar()
        self.count = QLabel()
        self.overdue = QLabel()
        self.overdue.setStyleSheet(ERROR_STYLE + " font-weight: 700;")
        self.table = self._table()
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.start_button, self.escalate_button = QPushButton(), QPushButton()
        self.reassign_button, self.resolve_button = QPushButton(), QPushButton()
        self.close_button = QPushButton()
        self.customer_button, self.new_button = QPushButton(), QPushButton()
        self.policy_button = QPushButton()  # the SLA policy (issue 21)
        self.figures_button = QPushButton()  # satisfaction, breaches, time to resolve
        self.sla = workspace.sla
        self.knowledge = workspace.knowledge
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self._layout()
        self._connect()
        self.retranslate()
        watch(workspace.feed, self, ["customer", "service_request"], lambda _c: self.refresh())

    def _filter_bar(self) -> dict[QueueFilter, QPushButton]:
        self.filter_group = QButtonGroup(self)
        buttons = {}
        for which, keys in zip(self.FILTERS, FILTER_KEYS, strict=True):
            button = QPushButton()
            button.setCheckable(True)
            button.setChecked(which == self.which)
            button.clicked.connect(lambda _=False, w=which: self.set_filter(w))
            QShortcut(QKeySequence(keys), self, lambda w=which: self.set_filter(w))
            self.filter_group.addButton(button)
            buttons[which] = button
        return buttons

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = table.fontMetrics()  # widths from the font, not from measuring every row
        samples = {
            "customer": "Shanghai Trading Co.",
            "kind": "Complaint",
            "priority": "Urgent",
            "status": "In progress",
            "escalation": "Escalation",
            "assignee": "Another user",
            "sla": "overdue 23 h",
        }
        for column, sample in samples.items():
            width = metrics.horizontalAdvance(sample) + 24
            table.setColumnWidth(ServiceTableModel.COLUMNS.index(column), width)
        return table

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch()
        for button in self.filter_buttons.values():
            top.addWidget(button)
        top.addSpacing(12)
        top.addWidget(self.figures_button)
        top.addWidget(self.policy_button)
        top.addWidget(self.new_button)
        counts = QHBoxLayout()
        counts.addWidget(self.count)
        counts.addWidget(self.overdue)
        counts.addStretch()
        actions = QHBoxLayout()
        for button in self._action_buttons():
            actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.customer_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(counts)
        layout.addLayout(self.stack, 1)
        layout.addLayout(actions)
        layout.addWidget(self.error)

    def _action_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.start_button,
            self.escalate_button,
            self.reassign_button,
            self.resolve_button,
            self.close_button,
        )

    def _connect(self) -> None:
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.start_button.clicked.connect(self.start)
        self.escalate_button.clicked.connect(self.escalate)
        self.reassign_button.clicked.connect(self.reassign)
        self.resolve_button.clicked.connect(self.resolve)
        self.close_button.clicked.connect(self.close_request)
        self.customer_button.clicked.connect(self.open_customer)
        self.new_button.clicked.connect(self.new_request)
        self.policy_button.clicked.connect(self.open_policy)
        self.figures_button.clicked.connect(self.open_figures)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._open_current)
        QShortcut(QKeySequence(ACTION_KEYS["customer"]), self, self.open_customer)
        QShortcut(QKeySequence(ACTION_KEYS["new"]), self, self.new_request)
        QShortcut(QKeySequence(ACTION_KEYS["escalate"]), self, self.escalate)
        QShortcut(QKeySequence(ACTION_KEYS["reassign"]), self, self.reassign)
        QShortcut(QKeySequence(ACTION_KEYS["resolve"]), self, self.resolve)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.archive_current)

    # --- reading -------------------------------------------------------------------------

    def refresh(self, now: datetime | None = None) -> None:
        """Re-read the queue, keeping the selected request selected while it is listed."""
        now = now or utcnow()
        keep = self.current()
        queue = self.desk.requests(self.which, now)
        self.model.set_tickets(queue.tickets, now)
        shown, total = len(queue.tickets), queue.total
        if shown < total:
            text = self.tr("Showing the most urgent %1 of %n request(s)", "", total)
            self.count.setText(text.replace("%1", str(shown)))
        else:
            self.count.setText(self.tr("%n request(s)", "", total))
        self.overdue.setText(self.tr("%n overdue", "", queue.overdue))
        self.overdue.setVisible(queue.overdue > 0)
        self.empty.setText(self._empty_text())
        self.stack.setCurrentIndex(0 if shown else 1)
        row = self.model.row_of(keep.id) if keep else -1
        self.table.selectRow(row if row >= 0 else 0)
        self._update_actions()

    def _empty_text(self) -> str:
        if self.which == QueueFilter.MINE:
            return self.tr("Nothing is assigned to you right now.")
        if self.which == QueueFilter.OVERDUE:
            return self.tr("No open request is past its SLA.")
        if self.which == QueueFilter.OPEN:
            return self.tr("No open service requests: every request is resolved or closed.")
        return self.tr(
            "No service requests on this computer yet.\n"
            "Requests about your customers arrive with sync; New request records one."
        )

    def assignee_name(self, user_id: str | None) -> str:
        if user_id is None:
            return self.tr("Unassigned")
        if user_id == self.records.user_id:
            return self.tr("You")
        return self.directory.name(user_id) or self.tr("Another user")

    def archive_current(self) -> None:
        """Del on a request: archive it (Undo in the bar)."""
        ticket = self.current()
        if ticket is not None:
            self.editors.archive_record("service_request", ticket.id, self)

    def current(self) -> Ticket | None:
        index = self.table.currentIndex()
        return self.model.tickets[index.row()] if index.isValid() else None

    def set_filter(self, which: QueueFilter) -> None:
        self.which = which
        self.filter_buttons[which].setChecked(True)
        self.refresh()

    def _update_actions(self) -> None:
        ticket = self.current()
        status = ticket.status if ticket else None
        live = status not in (None, ServiceStatus.CLOSED)
        at_top = ticket is not None and ticket.escalation_level >= MAX_ESCALATION
        self.start_button.setEnabled(live and status != ServiceStatus.IN_PROGRESS)
        self.escalate_button.setEnabled(live and not (at_top and status == ServiceStatus.ESCALATED))
        self.reassign_button.setEnabled(ticket is not None)
        self.customer_button.setEnabled(ticket is not None)
        self.resolve_button.setEnabled(ticket is not None and ticket.is_open)
        self.close_button.setEnabled(live)

    def _open_row(self, row: int) -> object:
        if 0 <= row < len(self.model.tickets):
            return self.editors.edit_service_request(self.model.tickets[row].id, self)
        return None

    def _open_current(self) -> object:
        return self._open_row(self.table.currentIndex().row())

    def open_customer(self) -> None:
        ticket = self.current()
        if ticket is not None:
            self.opened.emit(ticket.customer_id)

    def new_request(self) -> object:
        return self.editors.new_service_request(None, self)

    def open_figures(self) -> ServiceFiguresDialog:
        return self._open_dialog(ServiceFiguresDialog(self.desk.replica, self.assignee_name, self))

    def open_policy(self) -> SlaPolicyDialog:
        dialog = SlaPolicyDialog(self.sla, self)
        dialog.saved.connect(self.refresh)
        return self._open_dialog(dialog)

    # --- writing -------------------------------------------------------------------------

    def start(self) -> None:
        self._write(self.start_button, self.desk.start)

    def escalate(self) -> None:
        self._write(self.escalate_button, self.desk.escalate)

    def close_request(self) -> CloseDialog | None:
        """A complaint is closed with the customer's satisfaction (issue 21): asked first."""
        ticket = self.current()
        if (
            ticket is not None
            and ticket.kind == ServiceKind.COMPLAINT
            and self.close_button.isEnabled()
        ):
            return self._open_dialog(CloseDialog(self.desk, self.records, ticket, self))
        self._write(self.close_button, self.desk.close)
        return None

    def reassign(self) -> ReassignDialog | None:
        ticket = self.current()
        if ticket is None or not self.reassign_button.isEnabled():
            return None
        dialog = ReassignDialog(self.desk, self.records, ticket, self.directory, self)
        return self._open_dialog(dialog)

    def resolve(self) -> ResolveDialog | None:
        ticket = self.current()
        if ticket is None or not self.resolve_button.isEnabled():
            return None
        dialog = ResolveDialog(self.desk, self.records, ticket, self, self.knowledge)
        return self._open_dialog(dialog)

    def _open_dialog(self, dialog: DialogT) -> DialogT:
        """Window-modal but not blocking: no nested event loop, so sync keeps running."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.error.hide)
        dialog.open()
        return dialog

    def _write(self, button: QPushButton, action: Callable[[Records, str], object]) -> None:
        """On the DB lane; the change notice refreshes the queue (this page and others)."""
        ticket = self.current()
        if ticket is None or not button.isEnabled():
            return
        self.error.hide()
        records, ticket_id = self.records, ticket.id
        write(self, lambda: action(records, ticket_id)).failure(self._refused).run()

    def _refused(self, exc: Exception) -> None:
        if not isinstance(exc, KnownError):
            show_failure(self, exc)
            return
        self._show_error(exc)
        self.refresh()

    def _show_error(self, exc: KnownError) -> None:
        closed = exc.code == "request_closed"
        self.error.setText(self.tr("This request is closed.") if closed else error_text(exc))
        self.error.show()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Service"))
        names = {
            QueueFilter.OPEN: self.tr("Open"),
            QueueFilter.MINE: self.tr("Mine"),
            QueueFilter.OVERDUE: self.tr("Overdue"),
            QueueFilter.ALL: self.tr("All"),
        }
        for (which, button), keys in zip(self.filter_buttons.items(), FILTER_KEYS, strict=True):
            button.setText(names[which])
            button.setToolTip(_native(keys))
        self.start_button.setText(self.tr("Start work"))
        self.escalate_button.setText(self.tr("Escalate"))
        self.reassign_button.setText(self.tr("Reassign…"))
        self.resolve_button.setText(self.tr("Resolve…"))
        self.close_button.setText(self.tr("Close request"))
        self.escalate_button.setToolTip(_native(ACTION_KEYS["escalate"]))
        self.reassign_button.setToolTip(_native(ACTION_KEYS["reassign"]))
        self.resolve_button.setToolTip(_native(ACTION_KEYS["resolve"]))
        self.customer_button.setText(self.tr("Open customer"))
        self.customer_button.setToolTip(_native(ACTION_KEYS["customer"]))
        self.policy_button.setText(self.tr("SLA policy…"))
        self.figures_button.setText(self.tr("Figures…"))
        self.new_button.setText(self.tr("New request"))
        self.new_button.setToolTip(_native(ACTION_KEYS["new"]))
        self.empty.setText(self._empty_text())
        self.model.retranslate_headers()


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
