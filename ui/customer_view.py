"""The single customer view: key facts on top, then the whole history in tabs.

Timeline first (every interaction, task, opportunity and service request, newest first),
then one tab per kind of record, and History: each value a later edit overwrote, with a
one-click restore. Any row opens its form with a double-click or Enter; the button under the
tabs adds a record of the tab's kind, and on Tasks marks one done or reschedules it.
Relations show from both sides: one added on the spouse's record shows here too.
"""

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from app.customer_file import Event, Facts
from app.errors import KnownError
from app.merge import MergeInfo
from app.workspace import Workspace

from .commerce_text import contract_table, payment_table
from .credit_tab import CreditTab
from .customer_header import CustomerHeader
from .editors import Editors
from .labels import field_label, label, shown, when
from .messages import error_text
from .money import money
from .notices import watch
from .operations import show_failure, write
from .task_actions import set_done
from .tier_views import TierExplanation

KEY_ROLE = Qt.ItemDataRole.UserRole  # on a row's first cell: (entity, id), or a history index


class RecordTable(QTableWidget):
    """A read-only table of a few rows (one customer's contacts, tasks...)."""

    def __init__(self) -> None:
        super().__init__()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
                    item.setData(KEY_ROLE, keys[r])
                self.setItem(r, c, item)

    def current_key(self) -> Any:
        """The key of the selected row, if any."""
        rows = self.selectionModel().selectedRows()
        item = self.item(rows[0].row(), 0) if rows else None
        return item.data(KEY_ROLE) if item is not None else None


class CustomerView(QWidget):
    back = Signal()
    edit = Signal(str)
    log_interaction = Signal(str)

    def __init__(
        self, workspace: Workspace, editors: Editors | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.records = workspace.records
        self.desk = workspace.desk  # a return visit asks its outcome when done
        self.editors = editors or Editors(workspace, self)
        self.people: Callable[[str], str | None] = lambda _user_id: None  # colleague names
        self.file = workspace.files
        self.commerce = workspace.commerce
        self.merges = workspace.merge
        self._merges: list[MergeInfo] = []
        watch(workspace.feed, self, ["customer", *_HISTORY], self.follow)
        self.customer_id: str | None = None
        self.facts: Facts | None = None
        self._conflicts: list[dict[str, Any]] = []
        self.name = QLabel()
        self.name.setObjectName("pageTitle")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header = CustomerHeader()
        self.fact_values = self.header.values
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(lambda: self.edit.emit(self.customer_id))
        self.log_button = QPushButton()
        self.log_button.clicked.connect(lambda: self.log_interaction.emit(self.customer_id))
        self.merge_button = QPushButton()
        self.merge_button.clicked.connect(self.merge_with)
        self.export_button = QPushButton()  # its menu: ui/export_actions.py
        self.complaint_button = QPushButton()  # issue 21: a complaint taken in two clicks
        self.complaint_button.clicked.connect(self.new_complaint)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.name)
        top.addWidget(self.header.complaints)
        self.credit = CreditTab(workspace)  # issue 22: the Credit tab, its banner by the name
        top.addWidget(self.credit.banner)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.merge_button)
        top.addWidget(self.complaint_button)
        top.addWidget(self.log_button)
        top.addWidget(self.edit_button)
        self.tabs = QTabWidget()
        keys = ("timeline", *_CHILDREN, "history", "archived")
        self.tables = {key: RecordTable() for key in keys}
        for key, table in self.tables.items():
            self.tabs.addTab(table, "")
            if key not in ("history", "archived"):
                table.doubleClicked.connect(lambda _index, t=table: self.open_row(t))
                QShortcut(
                    QKeySequence(Qt.Key.Key_Return),
                    table,
                    lambda t=table: self.open_row(t),
                    context=Qt.ShortcutContext.WidgetShortcut,
                )
                QShortcut(
                    QKeySequence(QKeySequence.StandardKey.Delete),
                    table,
                    lambda t=table: self.archive_row(t),
                    context=Qt.ShortcutContext.WidgetShortcut,
                )
        self.why = TierExplanation(workspace.value, self.records)  # why this tier (issue 19)
        self.tabs.addTab(self.why, "")
        self.tabs.currentChanged.connect(lambda _index: self._explain())
        self.tabs.addTab(self.credit, "")
        self.tabs.currentChanged.connect(lambda _index: self._update_buttons())
        self.tables["task"].itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.toggle_done)
        self.reschedule_button = QPushButton()
        self.reschedule_button.clicked.connect(self.reschedule)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_note = QLabel()
        self.restore_note.setWordWrap(True)
        self.unarchive_button = QPushButton()
        self.unarchive_button.clicked.connect(self.unarchive_selected)
        self.undo_merge_button = QPushButton()
        self.undo_merge_button.clicked.connect(self.undo_merge)
        archived = self.tables["archived"]
        archived.itemSelectionChanged.connect(self._update_buttons)
        archived.doubleClicked.connect(lambda _index: self.unarchive_selected())
        history = self.tables["history"]
        history.itemSelectionChanged.connect(self._update_restore)
        history.doubleClicked.connect(lambda _index: self.restore_selected())
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.done_button)
        actions.addWidget(self.reschedule_button)
        actions.addStretch()  # buttons keep their size when the note is hidden
        actions.addWidget(self.restore_note, 1)
        actions.addWidget(self.restore_button)
        actions.addWidget(self.undo_merge_button)
        actions.addWidget(self.unarchive_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back.emit)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, lambda: self.edit.emit(self.customer_id))
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.add)
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
            if (survivor := self._survivor()) is not None:  # merged (here or elsewhere)
                self.customer_id = survivor
                self.reload()
                return
            self.name.setText(error_text(exc))
            self.facts = None
            return
        customer = self.facts.customer
        self.name.setText(customer["name"])
        self.header.show_facts(self.facts, self._owner(customer["owner_id"]))
        self._fill_tables()
        self.credit.show_customer(self.customer_id)
        self._explain()

    def _explain(self) -> None:
        if self.customer_id is not None and self.tabs.currentWidget() is self.why:
            self.why.show_customer(self.customer_id)

    def _survivor(self) -> str | None:
        """The live customer the one on screen was merged into (following merges), if any."""
        current = self.customer_id
        for _ in range(8):
            try:
                row = self.records.get("customer", current or "", include_deleted=True)
            except KnownError:
                return None
            if row["deleted_at"] is None:
                return current if current != self.customer_id else None
            current = row["merged_into_id"]
            if current is None:
                return None
        return None

    def _owner(self, owner: str | None) -> str:
        if owner == self.records.user_id:
            return self.tr("You")
        return (self.people(owner) if owner else None) or self.tr("Another user")

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
            [[when(e.at), label(e.entity), label(e.kind), e.title, _detail(e)] for e in events],
            keys=[(e.entity, e.row_id) for e in events],
        )
        contracts = self.commerce.contracts(self.customer_id)
        for entity, columns in _CHILDREN.items():
            if entity == "relation":
                self._fill_relations()
                continue
            if entity == "contract":
                self.tables[entity].fill(*contract_table(contracts))
                continue
            if entity == "payment":
                payments = self.commerce.payments(customer_id=self.customer_id)
                self.tables[entity].fill(*payment_table(payments, contracts))
                continue
            rows = self.records.find(entity, customer_id=self.customer_id)
            self.tables[entity].fill(
                [self._caption(c) for c in columns],
                [[self._cell(row, c) for c in columns] for row in rows],
                keys=[(entity, row["id"]) for row in rows],
            )
        self._conflicts = self.file.conflicts(self.customer_id)
        self._merges = self.merges.history(self.customer_id)
        merges = [
            [
                when(m.merged_at),
                self.tr("Merge"),
                m.loser_name,
                self.tr("Records moved: %1").replace("%1", str(m.moved))
                if m.here
                else self.tr("Made on another computer"),
                self.tr("Undone") if m.undone_at else "",
            ]
            for m in self._merges
        ]
        self.tables["history"].fill(
            [
                self.tr("When"),
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Overwritten value"),
                self.tr("Kept value"),
            ],
            merges
            + [
                [
                    when(c["at"]),
                    label(c["entity"]),
                    self._caption(c["field"]),
                    shown(c["lost_value"]),
                    shown(c["kept_value"]),
                ]
                for c in self._conflicts
            ],
            keys=[("merge", m.loser_id) for m in self._merges] + list(range(len(self._conflicts))),
        )
        self._fill_archived()
        counts = {key: table.rowCount() for key, table in self.tables.items()}
        for index, key in enumerate(self.tables):
            self.tabs.setTabText(index, f"{self._tab_title(key)} ({counts[key]})")
        self._update_restore()
        self._update_buttons()

    def _fill_archived(self) -> None:
        """Everything of this customer's history that was archived, newest first: what the
        Restore button brings back."""
        assert self.customer_id is not None
        rows = [
            (entity, row)
            for entity in ("interaction", *_CHILDREN)
            for row in self.records.find(entity, customer_id=self.customer_id, include_deleted=True)
            if row["deleted_at"] is not None
        ]
        rows.sort(key=lambda item: item[1]["deleted_at"], reverse=True)
        self.tables["archived"].fill(
            [self.tr("Archived"), self.tr("What"), self.tr("Title")],
            [[when(row["deleted_at"]), label(entity), _title(row)] for entity, row in rows],
            keys=[(entity, row["id"]) for entity, row in rows],
        )

    def unarchive_selected(self) -> None:
        key = self.tables["archived"].current_key() if self.current_tab() == "archived" else None
        if isinstance(key, tuple):
            self.editors.restore(key[0], [key[1]], self)

    def _fill_relations(self) -> None:
        assert self.customer_id is not None
        ties = self.file.relations(self.customer_id)
        self.tables["relation"].fill(
            [self.tr("Relation"), self.tr("Who"), self.tr("A customer"), self.tr("Notes")],
            [
                [
                    label(tie.kind),
                    tie.other,
                    self.tr("Yes") if tie.other_id else self.tr("No"),
                    tie.notes,
                ]
                for tie in ties
            ],
            keys=[("relation", tie.id) for tie in ties],
        )

    def _cell(self, row: dict[str, Any], column: str) -> str:
        value = row.get(column)
        if column in ("kind", "stage", "status", "priority"):
            return label(value)
        if column == "amount":
            return money(row["amount"], row["currency"])
        if column == "probability":
            return f"{value} %"
        if column == "when":
            return when(row["starts_at"] or row["due_at"])
        if isinstance(value, datetime):
            return when(value)
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        return "" if value is None else shown(value)

    # --- opening and adding ------------------------------------------------------------------

    def open_row(self, table: RecordTable) -> None:
        key = table.current_key()
        if isinstance(key, tuple):
            self.editors.open_record(key[0], key[1], self.window())

    def archive_row(self, table: RecordTable) -> None:
        """Del: archive the selected record (Undo in the bar; "Show archived" to restore)."""
        key = table.current_key()
        if isinstance(key, tuple) and key[0] != "customer":
            self.editors.archive_record(key[0], key[1], self.window())

    def current_tab(self) -> str:
        if self.tabs.currentWidget() is self.credit:
            return "credit"
        keys = list(self.tables)
        index = self.tabs.currentIndex()
        return keys[index] if 0 <= index < len(keys) else "why"  # the last tab: why this tier

    def new_complaint(self) -> object:
        if self.customer_id is None:
            return None
        return self.editors.new_service_request(self.customer_id, self.window(), kind="complaint")

    def add(self) -> object:
        """A new record of the current tab's kind for this customer (Ctrl+Shift+N)."""
        customer_id, parent = self.customer_id, self.window()
        if customer_id is None:
            return None
        editors = self.editors
        adders: dict[str, Callable[[], object]] = {
            "timeline": lambda: self.log_interaction.emit(customer_id),
            "contact": lambda: editors.new_contact(customer_id, parent),
            "relation": lambda: editors.new_relation(customer_id, parent),
            "opportunity": lambda: editors.new_opportunity(customer_id, parent),
            "task": lambda: editors.edit_task(None, customer_id=customer_id, parent=parent),
            "service_request": lambda: editors.new_service_request(customer_id, parent),
            "contract": lambda: editors.new_contract(customer_id, parent),
            "payment": lambda: editors.new_payment(customer_id, None, parent),
        }
        adder = adders.get(self.current_tab())
        return adder() if adder is not None else None

    def _selected_task(self) -> str | None:
        key = self.tables["task"].current_key() if self.current_tab() == "task" else None
        return key[1] if isinstance(key, tuple) else None

    def toggle_done(self) -> None:
        task_id = self._selected_task()
        if task_id is not None:
            done = self.records.get("task", task_id)["done"]
            set_done(self, self.records, task_id, not done, desk=self.desk)

    def reschedule(self) -> object:
        task_id = self._selected_task()
        return self.editors.reschedule_task(task_id, self.window()) if task_id else None

    def _update_buttons(self) -> None:
        tab = self.current_tab()
        self.add_button.setVisible(bool(self._add_text(tab)))  # none on History, Archived...
        self.unarchive_button.setVisible(tab == "archived")
        self.unarchive_button.setEnabled(
            bool(self.tables["archived"].selectionModel().selectedRows())
        )
        self.add_button.setText(self._add_text(tab))
        on_tasks = tab == "task"
        task_id = self._selected_task()
        self.done_button.setVisible(on_tasks)
        self.reschedule_button.setVisible(on_tasks)
        self.done_button.setEnabled(task_id is not None)
        self.reschedule_button.setEnabled(task_id is not None)
        done = task_id is not None and self._task_done(task_id)
        self.done_button.setText(self.tr("Mark as not done") if done else self.tr("Mark as done"))
        self._update_restore()

    def _task_done(self, task_id: str) -> bool:
        try:
            return bool(self.records.get("task", task_id)["done"])
        except KnownError:
            return False

    # --- history -----------------------------------------------------------------------------

    def _update_restore(self) -> None:
        on_history = self.current_tab() == "history"
        any_conflict = bool(self._conflicts) and on_history
        self.restore_button.setVisible(any_conflict)
        self.restore_note.setVisible(any_conflict)
        key = self.tables["history"].current_key()
        self.restore_button.setEnabled(isinstance(key, int))
        merge = self._selected_merge()
        self.undo_merge_button.setVisible(on_history and bool(self._merges))
        self.undo_merge_button.setEnabled(
            merge is not None and merge.here and merge.undone_at is None
        )

    def _selected_merge(self) -> MergeInfo | None:
        key = self.tables["history"].current_key()
        if isinstance(key, (tuple, list)) and key[0] == "merge":
            return next((m for m in self._merges if m.loser_id == key[1]), None)
        return None

    def merge_with(self) -> object:
        """ "Merge with…": this customer is kept, the other one is picked in the dialog."""
        if self.customer_id is None or self.facts is None:
            return None
        return self.editors.merge_customers(self.customer_id, parent=self.window())

    def undo_merge(self) -> None:
        merge = self._selected_merge()
        if merge is not None and merge.here and merge.undone_at is None:
            self.editors.undo_merge(merge.id, self)

    def restore_selected(self) -> None:
        key = self.tables["history"].current_key()
        if not isinstance(key, int):
            return
        conflict = self._conflicts[key]
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
            "contract": self.tr("Contracts"),
            "payment": self.tr("Payments"),
            "history": self.tr("History"),
            "archived": self.tr("Archived"),
        }[key]

    def _add_text(self, tab: str) -> str:
        return {
            "timeline": self.tr("Log interaction…"),
            "contact": self.tr("Add contact…"),
            "relation": self.tr("Add relation…"),
            "opportunity": self.tr("New opportunity…"),
            "task": self.tr("New task…"),
            "service_request": self.tr("New request…"),
            "contract": self.tr("New contract…"),
            "payment": self.tr("Record payment…"),
        }.get(tab, "")

    def _caption(self, column: str) -> str:
        return field_label(column)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back"))
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.edit_button.setText(self.tr("Edit (F2)"))
        self.log_button.setText(self.tr("Log interaction (Ctrl+L)"))
        self.complaint_button.setText(self.tr("Complaint…"))
        self.add_button.setToolTip(self.tr("Ctrl+Shift+N"))
        self.reschedule_button.setText(self.tr("Reschedule…"))
        self.restore_button.setText(self.tr("Restore selected value"))
        self.unarchive_button.setText(self.tr("Restore"))
        self.export_button.setText(self.tr("Export"))
        self.merge_button.setText(self.tr("Merge with…"))
        self.undo_merge_button.setText(self.tr("Undo merge"))
        self.restore_note.setText(
            self.tr(
                "History lists values that a later edit overwrote, by you or a colleague. "
                "Select one and restore it if it was the right one."
            )
        )
        self.header.retranslate()
        self.tabs.setTabText(self.tabs.indexOf(self.credit), self.tr("Credit"))
        self.credit.retranslate()
        self.tabs.setTabText(self.tabs.indexOf(self.why), self.tr("Why this tier"))
        self.why.retranslate()
        self._update_buttons()


_HISTORY = (
    "contact",
    "relation",
    "interaction",
    "opportunity",
    "task",
    "service_request",
    "contract",
    "contract_line",
    "payment",
    "credit_profile",
    "credit_assessment",
    "conflict",
)
_CHILDREN = {
    "contact": ["name", "title", "phones", "email", "is_primary"],
    "relation": ["kind", "related_name", "notes"],  # filled from both sides: _fill_relations
    "opportunity": ["title", "stage", "amount", "probability", "expected_close", "product_line"],
    "task": ["title", "kind", "when", "location", "done"],
    "service_request": ["subject", "kind", "priority", "status", "sla_due_at"],
    "contract": [],  # issue 19: filled by commerce_text.contract_table
    "payment": [],  # and payment_table
}


def _title(row: dict[str, Any]) -> str:
    for key in ("title", "subject", "name", "related_name"):
        if row.get(key):
            return str(row[key])
    return str(row.get("body") or "")[:80]


def _detail(event: Event) -> str:
    """A timeline line's detail; an opportunity's amount as every amount is shown."""
    if event.amount is not None and event.currency:
        return money(event.amount, event.currency)
    return event.detail
