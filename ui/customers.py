"""The customer list: an ids-first table model and the page that shows it.

A change notice updates only what changed: when the ordered ids are the same, the rows of the
changed ids are dropped from the cache and repainted (`dataChanged`); only when the ids
differ (a customer added, removed, or moved in the order) is the model reset, and then the
page puts the selection, the current row and the scroll position back by id.
"""

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.admin import StaffAdmin
from app.bulk import ADD_TAG, REMOVE_TAG, STATUS, TIER, BulkDone, BulkEdit
from app.changes import Changes
from app.customer_list import CustomerFilter, CustomerList
from app.workspace import Workspace
from sync.protocol.enums import LifecycleStatus, Tier
from sync.protocol.staff import OWNER_ROLES

from . import customer_views, icons, settings
from .customer_bulk import ReassignDialog, TagDialog
from .customer_filters import FilterBar
from .editors import Editors
from .import_wizard import open_import
from .labels import label
from .notices import watch
from .operations import query, show_failure, write
from .pool_actions import ReturnToPoolDialog
from .table_model import FlatTableModel, Index

PAGE = 200
MANY_CHANGED = 100  # more changed rows than this are repainted as one span
COLUMNS_KEY = "customers/columns"  # the columns a user chose to see (ui/settings.py)


class CustomerTableModel(FlatTableModel):
    """Holds only the ordered ids; rows are fetched a page at a time and cached (Anki's browser)."""

    COLUMNS = (
        "name",
        "tier",
        "status",
        "city",
        "phones",
        "updated_at",
        "owner_id",
        "branch_id",
        "tags",
        "last_contact",
    )
    SORTABLE = {
        "name",
        "tier",
        "status",
        "city",
        "updated_at",
        "owner_id",
        "branch_id",
        "last_contact",
    }
    # shown until the user chooses otherwise (the header's right-click menu)
    SHOWN = ("name", "tier", "status", "city", "phones", "updated_at")

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.records = workspace.records
        self.customers: CustomerList = workspace.customers
        self.where = CustomerFilter()
        self.order_by, self.descending = "name", False
        self._ids: list[str] = []
        self._positions: dict[str, int] = {}  # id -> row, built when first asked
        self.generation = 0
        self._cache: dict[str, dict[str, Any]] = {}  # empty until the view sorts or refreshes
        # names for the owner and branch columns (the page sets them from the directory)
        self.owner_name: Callable[[str], str] = lambda user_id: user_id
        self.branch_name: Callable[[dict[str, Any]], str] = lambda _row: ""

    def reload(self) -> None:
        self.reload_with(self.id_reader()())

    def id_reader(self) -> Callable[[], list[str]]:
        """The read of the ordered ids as things stand, to run on any thread (100,000
        customers: about a tenth of a second, so a change notice runs it on the query lane)."""
        customers, where = self.customers, self.where
        order_by, descending = self.order_by, self.descending
        return lambda: customers.ids(where, order_by=order_by, descending=descending)

    def follow(self, changes: Changes, ids: list[str]) -> bool:
        """Bring the model up to date with a change notice and the ids read after it; True
        if it had to reset."""
        changed = changes.ids("customer")
        if ids != self._ids:
            self.reload_with(ids)
            return True
        if changed is None:
            self._cache.clear()
            if self._ids:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._ids) - 1, len(self.COLUMNS) - 1)
                )
            return False
        positions = []
        for row_id in changed:
            self._cache.pop(row_id, None)
            if (position := self.position_of(row_id)) is not None:
                positions.append(position)
        last = len(self.COLUMNS) - 1
        if len(positions) > MANY_CHANGED:  # a bulk edit: one repaint of the span
            first, end = min(positions), max(positions)
            self.dataChanged.emit(self.index(first, 0), self.index(end, last))
            return False
        for position in positions:
            self.dataChanged.emit(self.index(position, 0), self.index(position, last))
        return False

    def reload_with(self, ids: list[str]) -> None:
        self.generation += 1  # a read of ids started before this is stale
        self.beginResetModel()
        self._ids = ids
        self._positions = {}
        self._cache.clear()
        self.endResetModel()

    def position_of(self, row_id: str) -> int | None:
        if not self._positions and self._ids:
            self._positions = {row_id: i for i, row_id in enumerate(self._ids)}
        return self._positions.get(row_id)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Tier"),
            self.tr("Status"),
            self.tr("City"),
            self.tr("Phones"),
            self.tr("Last change"),
            self.tr("Owner"),
            self.tr("Branch"),
            self.tr("Tags"),
            self.tr("Last contact"),
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
        column = self.COLUMNS[index.column()]
        value: Any = row.get(column)
        if column in ("tier", "status"):
            return label(value)
        if column == "phones":
            return ", ".join(value)
        if column == "updated_at":
            return value.astimezone().strftime("%Y-%m-%d %H:%M")
        if column == "owner_id":
            return self.owner_name(value) if value else ""
        if column == "branch_id":
            return self.branch_name(row) if value else ""
        if column == "tags":
            return ", ".join(value or [])
        if column == "last_contact":
            return value.astimezone().strftime("%Y-%m-%d") if value else ""
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
            page = self._ids[start : start + PAGE]
            rows = self.records.rows("customer", page)
            contacted = self.customers.last_contacts(page)
            for found_id, row in rows.items():
                row["last_contact"] = contacted.get(found_id)
            self._cache.update(rows)
        return self._cache[row_id]

    def id_at(self, position: int) -> str:
        return self._ids[position]

    def set_filter(self, where: CustomerFilter) -> None:
        self.where = where
        self.reload()


class CustomersPage(QWidget):
    """The Customers screen: table, 'New customer' (Ctrl+N), open with Enter or double-click."""

    opened = Signal(str)  # customer id
    followed = Signal()  # the list caught up with a change notice
    returned = Signal()  # customers went back to the pool: sync to see them leave
    moved = Signal()  # a manager reassigned customers: sync to see them go (issue 25)
    filtered = Signal()  # the quick text filter's ids are shown

    def __init__(
        self, workspace: Workspace, editors: Editors, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.records = workspace.records
        self.editors = editors
        self.model = CustomerTableModel(workspace)
        self.bulk = workspace.bulk
        self.directory = workspace.directory
        self.account = workspace.account
        self.admin: StaffAdmin | None = None  # managers online: reassign (the window sets it)
        self._branch_names: dict[str, str] = {}
        self.model.owner_name = self.owner_name
        self.model.branch_name = self.branch_name
        self._following: Changes | None = None  # notices not yet applied
        self._reading = False  # ids being read on the query lane
        watch(workspace.feed, self, ["customer"], self.follow)
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
        self._show_columns(settings.user_list(self.records.user_id, COLUMNS_KEY))
        header_view = self.table.horizontalHeader()
        header_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header_view.customContextMenuRequested.connect(
            lambda point: self.column_menu().popup(header_view.mapToGlobal(point))
        )
        self.table.doubleClicked.connect(lambda index: self.open_at(index.row()))
        self.pool = workspace.pool
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.menu: QMenu | None = None
        self.dialog: QWidget | None = None
        self.new_button = QPushButton()
        self.new_button.setIcon(icons.icon("add"))
        self.new_button.clicked.connect(self.new_customer)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.people: Callable[[str], str | None] = lambda _user_id: None
        self.filters = FilterBar(self.model.customers, self.owner_name)
        self.filters.changed.connect(self._filter)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.hide()
        self.export_button = QPushButton()  # connected by ui/export_actions.py
        self.export_button.setIcon(icons.icon("export"))
        self.import_button = QPushButton()  # File > Import… as well (issue 18)
        self.import_button.setIcon(icons.icon("import"))
        self.import_button.clicked.connect(lambda: open_import(self, workspace.importer))
        self.working = QLabel()  # a bulk edit running: what, with a busy bar
        self.working.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.bulk_button = QPushButton()  # several selected: what the right-click offers them
        self.bulk_menu = QMenu(self)
        self.bulk_menu.aboutToShow.connect(self._fill_bulk_menu)
        self.bulk_button.setMenu(self.bulk_menu)
        self.bulk_button.hide()
        self.views_button = QPushButton()  # saved views (issue 25): filters, columns, sort
        self.views_menu = QMenu(self)
        self.views_menu.aboutToShow.connect(self._fill_views)
        self.views_button.setMenu(self.views_menu)
        self.merge_button = QPushButton()  # two customers selected: merge them (issue 18)
        self.merge_button.clicked.connect(self.merge_selected)
        self.merge_button.hide()
        self.table.selectionModel().selectionChanged.connect(self._update_merge)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch()
        header.addWidget(self.working)
        header.addWidget(self.busy)
        header.addWidget(self.bulk_button)
        header.addWidget(self.views_button)
        header.addWidget(self.merge_button)
        header.addWidget(self.restore_button)
        header.addWidget(self.import_button)
        header.addWidget(self.export_button)
        header.addWidget(self.new_button)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.filters)
        layout.addLayout(self.stack)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._open_current)
        QShortcut(QKeySequence("Ctrl+Backspace"), self, self.filters.clear)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.filters.focus_text)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.archive_selected)
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
            "owner_id": "Another user",
            "branch_id": "Shanghai Pudong",
            "tags": "VIP, 年会邀请",
            "last_contact": "2026-11-23",
        }
        for column, sample in samples.items():
            width = metrics.horizontalAdvance(sample) + 24
            self.table.setColumnWidth(CustomerTableModel.COLUMNS.index(column), width)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)

    # --- columns (issue 25): the header's right-click menu, remembered per user -------------

    def _show_columns(self, names: list[str] | None) -> None:
        shown = set(names or CustomerTableModel.SHOWN) | {"name"}
        for position, name in enumerate(CustomerTableModel.COLUMNS):
            self.table.setColumnHidden(position, name not in shown)

    def shown_columns(self) -> list[str]:
        return [
            name
            for position, name in enumerate(CustomerTableModel.COLUMNS)
            if not self.table.isColumnHidden(position)
        ]

    def column_menu(self) -> QMenu:
        """Which columns to show; the name always is."""
        menu = QMenu(self)
        headers = self.model.headers()
        for position, name in enumerate(CustomerTableModel.COLUMNS):
            action = menu.addAction(headers[position])
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(position))
            action.setEnabled(name != "name")
            action.toggled.connect(lambda on, n=name: self.show_column(n, on))
        self.menu = menu
        return menu

    def show_column(self, name: str, shown: bool) -> None:
        position = CustomerTableModel.COLUMNS.index(name)
        self.table.setColumnHidden(position, not shown and name != "name")
        settings.set_user_list(self.records.user_id, COLUMNS_KEY, self.shown_columns())

    # --- saved views (issue 25): personal, kept per user on this computer --------------------

    def _fill_views(self) -> None:
        menu, user = self.views_menu, self.records.user_id
        menu.clear()
        views = customer_views.load(user)
        for view in views:
            menu.addAction(view.name, self._view_action(view))
        if views:
            menu.addSeparator()
        menu.addAction(self.tr("Save current view…"), self.ask_view_name)
        if views:
            delete = menu.addMenu(self.tr("Delete view"))
            for view in views:
                delete.addAction(view.name, self._delete_action(view.name))

    def _view_action(self, view: customer_views.SavedView) -> Callable[[], None]:
        def run() -> None:
            self.apply_view(view)

        return run

    def _delete_action(self, name: str) -> Callable[[], None]:
        def run() -> None:
            customer_views.delete(self.records.user_id, name)

        return run

    def ask_view_name(self) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Save view"))
        dialog.setLabelText(self.tr("Name of this view (its filters, columns and sort):"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self.save_view)
        dialog.open()
        self.dialog = dialog
        return dialog

    def save_view(self, name: str) -> customer_views.SavedView | None:
        name = name.strip()
        if not name:
            return None
        model = self.model
        view = customer_views.SavedView.of(
            name, model.where, self.shown_columns(), model.order_by, model.descending
        )
        customer_views.save(self.records.user_id, view)
        return view

    def apply_view(self, view: customer_views.SavedView) -> None:
        self._show_columns(view.columns)
        settings.set_user_list(self.records.user_id, COLUMNS_KEY, self.shown_columns())
        if view.order_by in CustomerTableModel.SORTABLE:
            order = Qt.SortOrder.DescendingOrder if view.descending else Qt.SortOrder.AscendingOrder
            column = CustomerTableModel.COLUMNS.index(view.order_by)
            self.model.order_by, self.model.descending = view.order_by, view.descending
            header = self.table.horizontalHeader()
            header.blockSignals(True)  # the filter below reads the ids once, in this order
            header.setSortIndicator(column, order)
            header.blockSignals(False)
        self.filters.set_filter(view.filter)

    def branch_name(self, row: dict[str, Any]) -> str:
        """A branch's name as the directory knows it (the replica keeps no list of branches):
        by the colleagues' branch ids, or from an older server the customer owner's branch,
        else the user's own (a rep's and a manager's replica hold their branch)."""
        branch = row.get("branch_id")
        if not branch:
            return ""
        owner = row.get("owner_id")
        if branch not in self._branch_names:
            for person in self.directory.people():
                if person.branch_name:
                    self._branch_names.setdefault(f"user:{person.id}", person.branch_name)
                    if person.branch_id:  # a server that says which branch by id
                        self._branch_names.setdefault(person.branch_id, person.branch_name)
        by_owner = self._branch_names.get(f"user:{owner}") if owner else None
        if by_owner and branch not in self._branch_names:  # an older server: the owner's
            self._branch_names[branch] = by_owner
        return self._branch_names.get(branch) or self.account.branch_name or ""

    def retranslate(self) -> None:
        self.title.setText(self.tr("Customers"))
        self.new_button.setText(self.tr("New customer"))
        self.restore_button.setText(self.tr("Restore"))
        self.export_button.setText(self.tr("Export…"))
        self.import_button.setText(self.tr("Import…"))
        self.merge_button.setText(self.tr("Merge…"))
        self.views_button.setText(self.tr("Views"))
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

    def follow(self, changes: Changes) -> None:
        """A change notice: read the ids on the query lane, then update the rows that
        changed; after a reset, the user's place (selected customers, current row, the
        customer at the top) is put back by id. Notices during the read are merged."""
        changed = changes.ids("customer")
        if not changed and changed is not None:
            return
        self._following = changes if self._following is None else self._following | changes
        if not self._reading:
            self._read_ids()

    def _read_ids(self) -> None:
        self._reading = True
        generation = self.model.generation
        query(self, self.model.id_reader()).success(
            lambda ids: self._apply(ids, generation)
        ).failure(self._read_failed).run()

    def _apply(self, ids: list[str], generation: int) -> None:
        self._reading = False
        if generation != self.model.generation:  # sorted or filtered meanwhile: read again
            self._read_ids()
            return
        changes, self._following = self._following, None
        if changes is None:
            return
        place = self._place()
        if self.model.follow(changes, ids):
            self._restore(place)
        self._show_count()
        self.followed.emit()

    def _read_failed(self, exc: Exception) -> None:
        self._reading = False
        show_failure(self, exc)

    def _place(self) -> tuple[list[str], str | None, str | None]:
        model = self.model
        selected = [model.id_at(row) for row in self.selected_rows()]
        top = self.table.rowAt(0)
        return selected, self.current_id(), model.id_at(top) if top >= 0 else None

    def _restore(self, place: tuple[list[str], str | None, str | None]) -> None:
        selected, current, top = place
        model, selection = self.model, self.table.selectionModel()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        if top is not None and (position := model.position_of(top)) is not None:
            self.table.scrollTo(
                model.index(position, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )
        if current is not None and (position := model.position_of(current)) is not None:
            selection.setCurrentIndex(model.index(position, 0), selection.SelectionFlag.NoUpdate)
        for row_id in selected:
            if (position := model.position_of(row_id)) is not None:
                selection.select(model.index(position, 0), flags)

    def owner_name(self, user_id: str) -> str:
        """A colleague's name from the directory; "You" for the signed-in user."""
        if user_id == self.records.user_id:
            return self.tr("You")
        return self.people(user_id) or self.tr("Another user")

    def _filter(self, where: CustomerFilter) -> None:
        self.restore_button.setVisible(bool(where.archived))
        self.new_button.setVisible(not where.archived)
        if replace(where, text=None) == replace(self.model.where, text=None):
            self._filter_text(where)  # typing: the read runs on the query lane
            return
        self.model.set_filter(where)
        self._show_count()

    def _filter_text(self, where: CustomerFilter) -> None:
        """Only the quick text changed: read the ids off the GUI thread (a letter over 100,000
        customers: a few hundred ms), show them if nothing changed the list meanwhile."""
        model = self.model
        model.where = where
        model.generation += 1  # a read started before this is stale
        generation = model.generation

        def show(ids: list[str]) -> None:
            if generation == model.generation:
                model.reload_with(ids)
                self._show_count()
                self.filtered.emit()

        query(self, model.id_reader()).success(show).run()

    def selected_rows(self) -> list[int]:
        """The selected rows in order, from the selection's ranges: Qt's `selectedRows()`
        tests every row against every range (10,000 rows picked one by one: seconds)."""
        rows: set[int] = set()
        selection = self.table.selectionModel().selection()
        for i in range(selection.count()):
            part = selection.at(i)
            rows.update(range(part.top(), part.bottom() + 1))
        return sorted(rows)

    def selected_ids(self) -> list[str]:
        rows = self.selected_rows()
        return [self.model.id_at(row) for row in rows]

    def archive_selected(self) -> None:
        """Del: archive the selected customers (their history stays); Undo in the bar."""
        ids = self.selected_ids()
        if not ids or self.model.where.archived:
            return
        if len(ids) == 1:
            name = self.model.row_at(self.model.position_of(ids[0]) or 0)["name"]
            text = self.tr("Archived “%1”.").replace("%1", name)
        else:
            text = self.tr("Archived %n customer(s).", "", len(ids))
        self.editors.archive("customer", ids, text, self)

    def _menu(self, point: QPoint) -> None:
        menu = self.context_menu()
        if menu is not None:
            menu.popup(self.table.viewport().mapToGlobal(point))

    def context_menu(self) -> QMenu | None:
        """Right-click: open, return to the pool, archive the selected customers."""
        ids = self.selected_ids()
        if not ids or self.model.where.archived:
            return None
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), self._open_current).setEnabled(len(ids) == 1)
        menu.addAction(self.tr("Return to pool…"), self.return_to_pool)
        menu.addSeparator()
        self._add_bulk_actions(menu)
        menu.addSeparator()
        menu.addAction(self.tr("Archive"), self.archive_selected)
        self.menu = menu
        return menu

    # --- bulk actions (issue 25, item 2) ------------------------------------------------

    def _add_bulk_actions(self, menu: QMenu) -> None:
        menu.addAction(self.tr("Add tag…"), lambda: self.ask_tag(ADD_TAG))
        menu.addAction(self.tr("Remove tag…"), lambda: self.ask_tag(REMOVE_TAG))
        tiers = menu.addMenu(self.tr("Set tier"))
        for tier in Tier:
            tiers.addAction(label(tier.value), self._edit_action(BulkEdit(TIER, tier.value)))
        statuses = menu.addMenu(self.tr("Set status"))
        for status in LifecycleStatus:
            statuses.addAction(
                label(status.value), self._edit_action(BulkEdit(STATUS, status.value))
            )
        if self.admin is not None:
            menu.addAction(self.tr("Reassign…"), self.reassign_selected)

    def _edit_action(self, edit: BulkEdit) -> Callable[[], None]:
        def run() -> None:
            self.bulk_edit(edit)

        return run

    def ask_tag(self, kind: str) -> TagDialog | None:
        """Which tag to add to (remove from) the selected customers."""
        ids = self.selected_ids()
        if not ids or self.model.where.archived:
            return None
        tags = self.model.customers.tags()
        dialog = TagDialog(kind, len(ids), tags, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda edit: self.bulk_edit(edit, ids))
        dialog.open()
        self.dialog = dialog
        return dialog

    def bulk_edit(self, edit: BulkEdit, ids: list[str] | None = None) -> None:
        """Apply `edit` to the selected customers on the DB lane (a busy bar above the list
        meanwhile: made beforehand, so showing it costs the window nothing; the list stays
        usable), then offer one Undo for all of them in the window's bar."""
        chosen = ids if ids is not None else self.selected_ids()
        if not chosen or self.model.where.archived:
            return
        bulk = self.bulk
        self.working.setText(self.tr("Changing %n customer(s)…", "", len(chosen)))
        self.working.show()
        self.busy.show()
        write(self, lambda: bulk.apply(chosen, edit)).success(self._bulk_done).failure(
            self._bulk_failed
        ).run()

    def _bulk_failed(self, exc: Exception) -> None:
        self.working.hide()
        self.busy.hide()
        show_failure(self, exc)

    def _bulk_done(self, done: BulkDone) -> None:
        self.working.hide()
        self.busy.hide()
        if done.rows:
            self.editors.archived.emit(done, self.bulk_text(done))

    def bulk_text(self, done: BulkDone) -> str:
        count, edit = len(done.rows), done.edit
        if edit.kind == ADD_TAG:
            text = self.tr("Tag “%1” added to %n customer(s).", "", count)
        elif edit.kind == REMOVE_TAG:
            text = self.tr("Tag “%1” removed from %n customer(s).", "", count)
        elif edit.kind == TIER:
            text = self.tr("Tier set to %1 for %n customer(s).", "", count)
        else:
            text = self.tr("Status set to %1 for %n customer(s).", "", count)
        value = edit.value if edit.kind in (ADD_TAG, REMOVE_TAG) else label(edit.value)
        return text.replace("%1", value)

    def reassign_selected(self) -> ReassignDialog | None:
        """Managers: give the selected customers to a colleague (on the server)."""
        ids = self.selected_ids()
        if not ids or self.admin is None or self.model.where.archived:
            return None
        people = [p for p in self.directory.people() if p.role in OWNER_ROLES]
        dialog = ReassignDialog(self.admin, ids, people, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sent.connect(self.moved)
        dialog.open()
        self.dialog = dialog
        return dialog

    def return_to_pool(self) -> ReturnToPoolDialog | None:
        """Hand the selected customers back to the branch pool (issue 23, item 2)."""
        ids = self.selected_ids()
        if not ids or self.model.where.archived:
            return None
        names = [self.model.row_at(self.model.position_of(i) or 0)["name"] for i in ids]
        dialog = ReturnToPoolDialog(self.pool, ids, names, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sent.connect(self.returned)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _update_merge(self) -> None:
        rows = self.selected_rows()
        live = not self.model.where.archived
        self.merge_button.setVisible(len(rows) == 2 and live)
        self.bulk_button.setVisible(len(rows) > 1 and live)
        self.bulk_button.setText(self.tr("%n selected", "", len(rows)))

    def _fill_bulk_menu(self) -> None:
        self.bulk_menu.clear()
        self._add_bulk_actions(self.bulk_menu)
        self.bulk_menu.addSeparator()
        self.bulk_menu.addAction(self.tr("Archive"), self.archive_selected)

    def merge_selected(self) -> None:
        """Merge the two selected customers; the current one is proposed as the one kept."""
        ids = self.selected_ids()
        if len(ids) != 2 or self.model.where.archived:
            return
        current = self.current_id()
        kept = current if current in ids else ids[0]
        self.editors.merge_customers(kept, ids[1] if kept == ids[0] else ids[0], self)

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.model.where.archived:
            self.editors.restore("customer", ids, self)

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        filtered = not self.model.where.is_empty()
        self.filters.show_count(shown, self.model.customers.total() if filtered else shown)
        if self.model.where.archived:
            self.empty.setText(self.tr("No archived customers."))
        elif filtered:
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
        self.editors.new_customer(self)

    def open_at(self, position: int) -> None:
        self.opened.emit(self.model.id_at(position))

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _open_current(self) -> None:
        if self.table.currentIndex().isValid():
            self.open_at(self.table.currentIndex().row())
