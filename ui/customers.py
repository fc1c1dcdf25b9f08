"""The customer list: an ids-first table model and the page that shows it."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.customer_list import CustomerFilter, CustomerList
from app.records import Records

from .customer_dialog import CustomerDialog
from .customer_filters import FilterBar
from .labels import label
from .table_model import FlatTableModel, Index

PAGE = 200


class CustomerTableModel(FlatTableModel):
    """Holds only the ordered ids; rows are fetched a page at a time and cached (Anki's browser)."""

    COLUMNS = ("name", "tier", "status", "city", "phones", "updated_at")
    SORTABLE = {"name", "tier", "status", "city", "updated_at"}

    def __init__(self, records: Records) -> None:
        super().__init__()
        self.records = records
        self.customers = CustomerList(records.replica)
        self.where = CustomerFilter()
        self.order_by, self.descending = "name", False
        self._ids: list[str] = []
        self._cache: dict[str, dict[str, Any]] = {}  # empty until the view sorts or refreshes

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = self.customers.ids(
            self.where, order_by=self.order_by, descending=self.descending
        )
        self._cache.clear()
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Tier"),
            self.tr("Status"),
            self.tr("City"),
            self.tr("Phones"),
            self.tr("Last change"),
        ]

    def row_count(self) -> int:
        return len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.UserRole,
        ):
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        value = row[self.COLUMNS[index.column()]]
        column = self.COLUMNS[index.column()]
        if column in ("tier", "status"):
            return label(value)
        if column == "phones":
            return ", ".join(value)
        if column == "updated_at":
            return value.astimezone().strftime("%Y-%m-%d %H:%M")
        return value

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = self.COLUMNS[column]
        if name not in self.SORTABLE:
            return
        self.order_by, self.descending = name, order == Qt.SortOrder.DescendingOrder
        self.reload()

    def row_at(self, position: int) -> dict[str, Any]:
        row_id = self._ids[position]
        if row_id not in self._cache:
            start = position - position % PAGE
            self._cache.update(self.records.rows("customer", self._ids[start : start + PAGE]))
        return self._cache[row_id]

    def id_at(self, position: int) -> str:
        return self._ids[position]

    def set_filter(self, where: CustomerFilter) -> None:
        self.where = where
        self.reload()


class CustomersPage(QWidget):
    """The Customers screen: table, 'New customer' (Ctrl+N), open with Enter or double-click."""

    changed = Signal()
    opened = Signal(str)  # customer id

    def __init__(self, records: Records, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self.model = CustomerTableModel(records)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self._size_columns()
        self.table.doubleClicked.connect(lambda index: self.open_at(index.row()))
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_customer)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.people: Callable[[str], str | None] = lambda _user_id: None
        self.filters = FilterBar(self.model.customers, self.owner_name)
        self.filters.changed.connect(self._filter)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch()
        header.addWidget(self.new_button)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.filters)
        layout.addLayout(self.stack)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_customer)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._open_current)
        QShortcut(QKeySequence("Ctrl+Backspace"), self, self.filters.clear)
        self.retranslate()

    def _size_columns(self) -> None:
        """Widths from the font, not from scanning rows: instant with 100,000 customers."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        samples = {
            "tier": "Restricted",
            "status": "Inactive",
            "city": "Shanghai Pudong",
            "phones": "+86 755 8888 1234",
            "updated_at": "2026-11-23 12:18",
        }
        for column, sample in samples.items():
            width = metrics.horizontalAdvance(sample) + 24
            self.table.setColumnWidth(CustomerTableModel.COLUMNS.index(column), width)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Customers"))
        self.new_button.setText(self.tr("New customer"))
        self.new_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.New).toString(
                QKeySequence.SequenceFormat.NativeText
            )
        )
        self.filters.retranslate()
        self._show_count()
        self.model.retranslate_headers()

    def refresh(self) -> None:
        self.model.reload()
        self._show_count()

    def owner_name(self, user_id: str) -> str:
        """A colleague's name from the directory; "You" for the signed-in user."""
        if user_id == self.records.user_id:
            return self.tr("You")
        return self.people(user_id) or self.tr("Another user")

    def _filter(self, where: CustomerFilter) -> None:
        self.model.set_filter(where)
        self._show_count()

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        filtered = not self.model.where.is_empty()
        self.filters.show_count(shown, self.model.customers.total() if filtered else shown)
        if filtered:
            self.empty.setText(
                self.tr("No customers match these filters.\nPress Ctrl+Backspace to clear them.")
            )
        else:
            self.empty.setText(
                self.tr(
                    "No customers on this computer yet.\nPress Ctrl+N to add your first customer."
                )
            )
        self.stack.setCurrentIndex(0 if shown else 1)

    def new_customer(self) -> None:
        self._open_dialog(None)

    def open_at(self, position: int) -> None:
        self.opened.emit(self.model.id_at(position))

    def edit(self, row_id: str) -> CustomerDialog:
        return self._open_dialog(row_id)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _open_dialog(self, row_id: str | None) -> CustomerDialog:
        """Window-modal but not blocking: no nested event loop, so sync keeps running."""
        dialog = CustomerDialog(self.records, row_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self) -> None:
        self.refresh()
        self.changed.emit()

    def _open_current(self) -> None:
        if self.table.currentIndex().isValid():
            self.open_at(self.table.currentIndex().row())
