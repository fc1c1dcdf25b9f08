"""The single customer view: key facts on top, then the whole history in tabs.

Timeline first (every interaction, task, opportunity and service request, newest first),
then one tab per kind of record, and History: each value a later edit overwrote, with a
one-click restore.
"""

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.customer_file import Facts
from app.errors import KnownError
from app.workspace import Workspace

from .labels import field_label, label, shown, when
from .messages import error_text
from .notices import watch
from .operations import show_failure, write


class RecordTable(QTableWidget):
    """A read-only table of a few rows (one customer's contacts, tasks...)."""

    def __init__(self) -> None:
        super().__init__()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def fill(
        self, headers: list[str], rows: list[list[str]], keys: list[Any] | None = None
    ) -> None:
        self.clear()
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if keys is not None and c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, keys[r])
                self.setItem(r, c, item)


class CustomerView(QWidget):
    back = Signal()
    edit = Signal(str)
    log_interaction = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = workspace.records
        self.people: Callable[[str], str | None] = lambda _user_id: None  # colleague names
        self.file = workspace.files
        watch(workspace.feed, self, ["customer", *_HISTORY], self.follow)
        self.customer_id: str | None = None
        self.facts: Facts | None = None
        self._conflicts: list[dict[str, Any]] = []
        self.name = QLabel()
        self.name.setObjectName("pageTitle")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(lambda: self.edit.emit(self.customer_id))
        self.log_button = QPushButton()
        self.log_button.clicked.connect(lambda: self.log_interaction.emit(self.customer_id))
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.name, 1)
        top.addWidget(self.log_button)
        top.addWidget(self.edit_button)
        self.fact_captions: dict[str, QLabel] = {}
        self.fact_values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        for i, key in enumerate(
            ("tier", "status", "owner", "phones", "email", "city", "last_contact", "open_value")
        ):
            caption, value = QLabel(), QLabel()
            caption.setStyleSheet("color: #666;")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_captions[key], self.fact_values[key] = caption, value
            grid.addWidget(caption, 0 if i < 4 else 2, i % 4)
            grid.addWidget(value, 1 if i < 4 else 3, i % 4)
        self.tabs = QTabWidget()
        self.tables = {key: RecordTable() for key in ("timeline", *_CHILDREN, "history")}
        for table in self.tables.values():
            self.tabs.addTab(table, "")
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_note = QLabel()
        self.restore_note.setWordWrap(True)
        history = self.tables["history"]
        history.itemSelectionChanged.connect(self._update_restore)
        history.doubleClicked.connect(lambda _index: self.restore_selected())
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_note, 1)
        restore_row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(restore_row)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back.emit)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, lambda: self.edit.emit(self.customer_id))
        self.retranslate()

    # --- content -----------------------------------------------------------------------------

    def show_customer(self, customer_id: str) -> None:
        self.customer_id = customer_id
        self.reload()
        self.tabs.setCurrentIndex(0)

    def follow(self, changes: Changes) -> None:
        """A change notice: read again if it may concern the customer on screen (its own row,
        or rows of its history, which a notice names by their own ids, not the customer's)."""
        ids = changes.ids("customer")
        if ids is None or self.customer_id in ids or changes.touches(_HISTORY):
            self.reload()

    def reload(self) -> None:
        if self.customer_id is None:
            return
        try:
            self.facts = self.file.facts(self.customer_id)
        except KnownError as exc:  # deleted elsewhere, or moved out of this replica by a sync
            self.name.setText(error_text(exc))
            self.facts = None
            return
        customer = self.facts.customer
        self.name.setText(customer["name"])
        value = self.fact_values
        value["tier"].setText(label(customer["tier"]))
        value["status"].setText(label(customer["status"]))
        owner = customer["owner_id"]
        if owner == self.records.user_id:
            value["owner"].setText(self.tr("You"))
        else:
            value["owner"].setText(self.people(owner) or self.tr("Another user"))
        value["phones"].setText(shown(customer["phones"] or None))
        value["email"].setText(shown(customer["email"]))
        value["city"].setText(shown(customer["city"]))
        value["last_contact"].setText(when(self.facts.last_contact) or self.tr("Never"))
        open_count = self.facts.open_opportunities
        value["open_value"].setText(
            self.tr("%1 in %n open opportunity(ies)", "", open_count).replace(
                "%1", f"{self.facts.open_value:,.2f}"
            )
            if open_count
            else self.tr("No open opportunities")
        )
        self._fill_tables()

    def _fill_tables(self) -> None:
        assert self.customer_id is not None
        events = self.file.timeline(self.customer_id)
        self.tables["timeline"].fill(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("Kind"),
                self.tr("Title"),
                self.tr("Details"),
            ],
            [[when(e.at), label(e.entity), label(e.kind), e.title, e.detail] for e in events],
        )
        for entity, columns in _CHILDREN.items():
            rows = self.records.find(entity, customer_id=self.customer_id)
            self.tables[entity].fill(
                [self._caption(c) for c in columns],
                [[self._cell(row, c) for c in columns] for row in rows],
            )
        self._conflicts = self.file.conflicts(self.customer_id)
        self.tables["history"].fill(
            [
                self.tr("When"),
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Overwritten value"),
                self.tr("Kept value"),
            ],
            [
                [
                    when(c["at"]),
                    label(c["entity"]),
                    self._caption(c["field"]),
                    shown(c["lost_value"]),
                    shown(c["kept_value"]),
                ]
                for c in self._conflicts
            ],
            keys=list(range(len(self._conflicts))),
        )
        counts = {key: table.rowCount() for key, table in self.tables.items()}
        for index, key in enumerate(self.tables):
            self.tabs.setTabText(index, f"{self._tab_title(key)} ({counts[key]})")
        self._update_restore()

    def _cell(self, row: dict[str, Any], column: str) -> str:
        value = row.get(column)
        if column in ("kind", "stage", "status", "priority"):
            return label(value)
        if isinstance(value, datetime):
            return when(value)
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        return "" if value is None else shown(value)

    # --- history -----------------------------------------------------------------------------

    def _update_restore(self) -> None:
        any_conflict = bool(self._conflicts)
        self.restore_button.setVisible(any_conflict)
        self.restore_note.setVisible(any_conflict)
        selected = self.tables["history"].selectionModel().selectedRows()
        self.restore_button.setEnabled(bool(selected))

    def restore_selected(self) -> None:
        rows = self.tables["history"].selectionModel().selectedRows()
        if not rows:
            return
        conflict = self._conflicts[rows[0].row()]
        write(self, lambda: self.file.restore(conflict)).success(
            lambda _row: self._restored(conflict)
        ).failure(self._not_restored).run()

    def _restored(self, conflict: dict[str, Any]) -> None:
        self.restore_note.setText(
            self.tr("Restored %1. The change syncs like any other edit.").replace(
                "%1", self._caption(conflict["field"])
            )
        )

    def _not_restored(self, exc: Exception) -> None:
        if not isinstance(exc, KnownError):
            show_failure(self, exc)
            return
        self.restore_note.setText(error_text(exc))

    # --- text ----------------------------------------------------------------------------------

    def _tab_title(self, key: str) -> str:
        return {
            "timeline": self.tr("Timeline"),
            "contact": self.tr("Contacts"),
            "relation": self.tr("Family and relations"),
            "opportunity": self.tr("Opportunities"),
            "task": self.tr("Tasks"),
            "service_request": self.tr("Service"),
            "history": self.tr("History"),
        }[key]

    def _caption(self, column: str) -> str:
        return field_label(column)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back"))
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.edit_button.setText(self.tr("Edit (F2)"))
        self.log_button.setText(self.tr("Log interaction (Ctrl+L)"))
        self.restore_button.setText(self.tr("Restore selected value"))
        self.restore_note.setText(
            self.tr(
                "History lists values that a later edit overwrote, by you or a colleague. "
                "Select one and restore it if it was the right one."
            )
        )
        captions = {
            "tier": self.tr("Tier"),
            "status": self.tr("Status"),
            "owner": self.tr("Owner"),
            "phones": self.tr("Phones"),
            "email": self.tr("E-mail"),
            "city": self.tr("City"),
            "last_contact": self.tr("Last contact"),
            "open_value": self.tr("Open value"),
        }
        for key, caption in captions.items():
            self.fact_captions[key].setText(caption)


_HISTORY = (
    "contact",
    "relation",
    "interaction",
    "opportunity",
    "task",
    "service_request",
    "conflict",
)
_CHILDREN = {
    "contact": ["name", "title", "phones", "email", "is_primary"],
    "relation": ["kind", "related_name", "notes"],
    "opportunity": ["title", "stage", "amount", "probability", "expected_close"],
    "task": ["title", "kind", "due_at", "starts_at", "done"],
    "service_request": ["subject", "kind", "priority", "status", "sla_due_at"],
}
