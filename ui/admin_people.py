"""Team › People: everyone the signed-in manager answers for (administrators: everyone), with
Offboard…, Deactivate (administrators), Reassign customers… and, for administrators, the
further branches a manager answers for; the branches beside."""

from typing import Any

from PySide6.QtCore import QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.account import Account
from app.admin import (
    Branch,
    OffboardResult,
    OneTimePassword,
    Person,
    StaffAdmin,
    StaleDevice,
)

from . import theme
from .admin_common import Jobs, confirm, native, person_text, role_text
from .admin_devices import DevicesDialog
from .admin_dialogs import ManagedBranchesDialog, OffboardDialog, OffboardReport
from .admin_people_import import PeopleImportDialog
from .admin_person import OneTimePasswordDialog, PersonDialog
from .labels import when
from .table_model import FlatTableModel, Index

LEFT = "muted"  # people who left (a theme colour, ui/theme.py)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEYS = {"offboard": "Ctrl+Shift+O", "deactivate": "Ctrl+Shift+D", "reassign": "Ctrl+R"}
ADMIN_ONLY = (
    "deactivate",
    "managed",
    "devices",
    "new",
    "import",
    "edit",
    "reset",
    "reactivate",
)


class PeopleModel(FlatTableModel):
    COLUMNS = ("name", "username", "role", "branch", "customers", "status", "manages")

    def __init__(self, me: str) -> None:
        super().__init__()
        self.me = me
        self.people: list[Person] = []

    def set_people(self, people: list[Person]) -> None:
        self.beginResetModel()
        self.people = people
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.people)

    def retranslate(self) -> None:
        """Headers, roles and states are words."""
        self.retranslate_headers()
        if self.people:
            last = self.index(len(self.people) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Username"),
            self.tr("Role"),
            self.tr("Branch"),
            self.tr("Customers"),
            self.tr("Status"),
            self.tr("Also manages"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self.people[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(person, column)
        if role == SORT_ROLE:
            return person.customers if column == "customers" else self._text(person, column)
        if role == Qt.ItemDataRole.UserRole:
            return person.username
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            return QBrush(theme.colour(LEFT))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "customers":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, person: Person, column: str) -> str:
        if column == "name":
            you = person.username == self.me
            return (
                self.tr("%1 (you)").replace("%1", person.display_name)
                if you
                else (person.display_name)
            )
        if column == "username":
            return person.username
        if column == "role":
            return role_text(person.role)
        if column == "branch":
            return person.branch_name or "—"
        if column == "customers":
            return f"{person.customers:,}"
        if column == "status":
            if person.active:
                return self.tr("Active")
            if person.left_at is not None:
                return self.tr("Left %1").replace("%1", when(person.left_at)[:10])
            return self.tr("Deactivated")
        return ", ".join(person.managed_branches)


class PeopleTab(QWidget):
    changed = Signal()  # something was written: reload
    reassign_requested = Signal(str)  # username whose customers to move

    def __init__(self, jobs: Jobs, admin: StaffAdmin, account: Account) -> None:
        super().__init__()
        self.jobs, self.admin, self.account = jobs, admin, account
        self.is_admin = account.role == "admin"
        self.branches: list[Branch] = []
        self.dialog: QDialog | None = None
        self.box: QMessageBox | OffboardReport | None = None  # the last question or report
        self.model = PeopleModel(account.username)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.count = QLabel()
        self.behind = QLabel()  # computers holding unsent work that have gone quiet
        self.behind.setObjectName("banner")
        self.behind.setWordWrap(True)
        self.behind.hide()
        self.table = self._table()
        self.branch_caption = QLabel()
        self.branch_table = QTableWidget(0, 3)
        self.branch_table.verticalHeader().hide()
        self.branch_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.branch_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.branch_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.person_actions = self._actions()
        self.buttons = {key: QPushButton() for key in self.person_actions}
        for key, button in self.buttons.items():
            button.clicked.connect(self.person_actions[key].trigger)
        for key in ADMIN_ONLY:
            self.buttons[key].setVisible(self.is_admin)
        self._layout()
        self.retranslate()
        jobs.busy.connect(self._update_actions)
        self._update_actions()

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the server's order: active first
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._menu)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names take what is left
        self._widths(table)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        return table

    def _widths(self, table: QTableView) -> None:
        """From the font and the (translated) headers, not from measuring every row."""
        metrics, bold = table.fontMetrics(), table.horizontalHeader().fontMetrics()
        samples: tuple[str, ...] = ("", "manager.sh", "Administrator", "Shenzhen", "88,888")
        samples += ("Left 2024-12-31",)
        samples += ("Beijing, Shenzhen",)
        for column, sample in enumerate(samples[1:], start=1):
            header = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = max(metrics.horizontalAdvance(sample), bold.horizontalAdvance(header) + 12)
            table.setColumnWidth(column, width + 28)

    def _actions(self) -> dict[str, QAction]:
        actions = {}
        for key, slot in (
            ("offboard", self.offboard),
            ("deactivate", self.deactivate),
            ("reassign", self.reassign),
            ("managed", self.managed_branches),
            ("devices", self.devices),
            ("new", self.new_person),
            ("import", self.import_people),
            ("edit", self.edit_person),
            ("reset", self.reset_password),
            ("reactivate", self.reactivate),
        ):
            action = QAction(self)
            action.triggered.connect(slot)
            if key in KEYS:
                action.setShortcut(QKeySequence(KEYS[key]))
            if key in ("offboard", "reassign") or self.is_admin:
                self.addAction(action)  # shortcuts work while this tab is shown
            actions[key] = action
        return actions

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        top.addWidget(self.buttons["new"])
        top.addWidget(self.buttons["import"])
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.behind)
        column.addWidget(self.table, 1)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.branch_caption)
        side.addWidget(self.branch_table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([850, 220])
        buttons = QHBoxLayout()
        keys = ("edit", "reset", "reassign", "offboard", "deactivate", "reactivate", "managed")
        for key in (*keys, "devices"):
            buttons.addWidget(self.buttons[key])
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    # --- showing -------------------------------------------------------------------------

    def set_people(self, people: list[Person], branches: list[Branch]) -> None:
        keep = self.current()
        self.model.set_people(people)
        self.branches = branches
        self.branch_table.setRowCount(len(branches))
        for row, branch in enumerate(branches):
            cells = (branch.name, branch.city or "—", str(branch.people))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.branch_table.setItem(row, col, item)
        self.branch_table.resizeColumnToContents(1)
        self.branch_table.resizeColumnToContents(2)
        self.select(keep.username if keep else None)
        self._counted()

    def set_behind(self, behind: list[StaleDevice], days: int) -> None:
        """Administrators: computers with changes not yet sent, silent for `days` days."""
        self.behind.setVisible(bool(behind))
        if not behind:
            return
        text = self.tr(
            "%n computer(s) hold changes not yet sent and have not synced for %1 days: %2. "
            "Ask their users to connect; the changes exist only there.",
            "",
            len(behind),
        )
        names = ", ".join(f"{d.display_name} ({d.name})" for d in behind[:5])
        if len(behind) > 5:
            names += " …"
        self.behind.setText(text.replace("%1", str(days)).replace("%2", names))

    def select(self, username: str | None) -> None:
        rows = range(self.proxy.rowCount())
        usernames = [self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]
        row = usernames.index(username) if username in usernames else 0
        if usernames:
            self.table.selectRow(row)
        self._update_actions()

    def current(self) -> Person | None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        return self.model.people[index.row()] if index.isValid() else None

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._counted()
        self._update_actions()

    def _counted(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.row_count()
        if shown == total:
            self.count.setText(self.tr("%n people", "", total))
        else:
            self.count.setText(
                self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
            )

    def _update_actions(self, *_: Any) -> None:
        person = None if self.jobs.pending else self.current()
        me = person is not None and person.username == self.account.username
        live = person is not None and person.active and not me
        owner_role = person is not None and person.role in ("rep", "manager")
        manager = person is not None and person.role == "manager"
        enabled = {
            "offboard": live and owner_role,
            "deactivate": live and self.is_admin,
            "reassign": person is not None and person.customers > 0,
            "managed": self.is_admin and manager and person is not None and person.active,
            "devices": self.is_admin and person is not None,
            "new": self.is_admin and not self.jobs.pending,
            "import": self.is_admin and not self.jobs.pending,
            "edit": self.is_admin and person is not None and person.active,
            "reset": self.is_admin and person is not None and person.active and not me,
            "reactivate": self.is_admin and person is not None and not person.active,
        }
        for key, on in enabled.items():
            self.person_actions[key].setEnabled(on)
            self.buttons[key].setEnabled(on)
        if self.is_admin:  # one place for the two: the person's state says which is shown
            inactive = person is not None and not person.active
            self.buttons["deactivate"].setVisible(not inactive)
            self.buttons["reactivate"].setVisible(inactive)

    def _menu(self, point: QPoint) -> QMenu | None:
        if self.current() is None:
            return None
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.person_actions["reassign"])
        menu.addAction(self.person_actions["offboard"])
        if self.is_admin:
            menu.addAction(self.person_actions["deactivate"])
            menu.addAction(self.person_actions["managed"])
            menu.addAction(self.person_actions["devices"])
            menu.addSeparator()
            for key in ("edit", "reset", "reactivate"):
                menu.addAction(self.person_actions[key])
        menu.popup(self.table.viewport().mapToGlobal(point))
        return menu

    # --- acting --------------------------------------------------------------------------

    def offboard(self) -> OffboardDialog | None:
        person = self.current()
        if person is None or not self.person_actions["offboard"].isEnabled():
            return None
        dialog = OffboardDialog(
            self.jobs, self.admin, person, self.model.people, self.branches, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.offboarded.connect(self._offboarded)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _offboarded(self, result: OffboardResult) -> None:
        names = {p.username: p.display_name for p in self.model.people}
        self.box = OffboardReport(result, lambda u: names.get(u, u), self)
        self.box.open()
        self.changed.emit()

    def deactivate(self) -> QMessageBox | None:
        person = self.current()
        if person is None or not self.person_actions["deactivate"].isEnabled():
            return None
        text = self.tr(
            "Deactivate %1? They are signed out everywhere and cannot sign in again. Their "
            "%n customer(s) stay with them until you reassign them; to hand everything on at "
            "once, use Offboard… instead.",
            "",
            person.customers,
        )
        username = person.username
        self.box = confirm(
            self,
            self.tr("Deactivate %1").replace("%1", person.display_name),
            text.replace("%1", person_text(person)),
            self.tr("Deactivate"),
            lambda: self.jobs.run(lambda: self.admin.deactivate(username), self._written),
        )
        return self.box

    def reassign(self) -> None:
        person = self.current()
        if person is not None and self.person_actions["reassign"].isEnabled():
            self.reassign_requested.emit(person.username)

    def managed_branches(self) -> ManagedBranchesDialog | None:
        person = self.current()
        if person is None or not self.person_actions["managed"].isEnabled():
            return None
        dialog = ManagedBranchesDialog(self.jobs, self.admin, person, self.branches, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.changed)
        dialog.open()
        self.dialog = dialog
        return dialog

    def devices(self) -> DevicesDialog | None:
        """Administrators: the person's computers, to mark a lost one (issue 17, item 17)."""
        person = self.current()
        if person is None or not self.person_actions["devices"].isEnabled():
            return None
        dialog = DevicesDialog(self.jobs, self.admin, person, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def new_person(self) -> PersonDialog | None:
        """Administrators: a new account; its one-time password is shown once, to hand over."""
        if not self.person_actions["new"].isEnabled():
            return None
        dialog = PersonDialog(self.jobs, self.admin, self.branches, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(lambda made: self._show_password(made, dialog.display_name.text()))
        dialog.open()
        self.dialog = dialog
        return dialog

    def import_people(self) -> PeopleImportDialog | None:
        """Administrators: HR's list, checked row by row before anyone is added."""
        if not self.person_actions["import"].isEnabled():
            return None
        dialog = PeopleImportDialog(self.jobs, self.admin, self.model.people, self.branches, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self.changed)
        dialog.open()
        self.dialog = dialog
        return dialog

    def edit_person(self) -> PersonDialog | None:
        person = self.current()
        if person is None or not self.person_actions["edit"].isEnabled():
            return None
        dialog = PersonDialog(self.jobs, self.admin, self.branches, person, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.changed)
        dialog.open()
        self.dialog = dialog
        return dialog

    def reset_password(self) -> QMessageBox | None:
        person = self.current()
        if person is None or not self.person_actions["reset"].isEnabled():
            return None
        text = self.tr(
            "Reset the password of %1? They are signed out on every computer at once and sign "
            "in again with a one-time password you hand them. Unsynced changes on their "
            "computers are kept and sent after they sign in."
        )
        username, name = person.username, person.display_name
        self.box = confirm(
            self,
            self.tr("Reset password"),
            text.replace("%1", person_text(person)),
            self.tr("Reset password"),
            lambda: self.jobs.run(
                lambda: self.admin.reset_password(username),
                lambda made: self._show_password(made, name),
            ),
        )
        return self.box

    def reactivate(self) -> QMessageBox | None:
        person = self.current()
        if person is None or not self.person_actions["reactivate"].isEnabled():
            return None
        text = self.tr(
            "Reactivate %1? They can sign in again with their password. Customers handed on "
            "when they left stay with their new owners; reassign them back if they should."
        )
        username = person.username
        self.box = confirm(
            self,
            self.tr("Reactivate %1").replace("%1", person.display_name),
            text.replace("%1", person_text(person)),
            self.tr("Reactivate"),
            lambda: self.jobs.run(lambda: self.admin.reactivate(username), self._written),
        )
        return self.box

    def _show_password(self, made: OneTimePassword, name: str) -> None:
        dialog = OneTimePasswordDialog(made, name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        self.changed.emit()

    def _written(self, _: Any = None) -> None:
        self.changed.emit()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by name, username, role or branch"))
        self.branch_caption.setText(self.tr("Branches"))
        self.branch_table.setHorizontalHeaderLabels(
            [self.tr("Branch"), self.tr("City"), self.tr("People")]
        )
        texts = {
            "offboard": self.tr("Offboard…"),
            "deactivate": self.tr("Deactivate"),
            "reassign": self.tr("Reassign customers…"),
            "managed": self.tr("Managed branches…"),
            "devices": self.tr("Devices…"),
            "new": self.tr("New person…"),
            "import": self.tr("Import people…"),
            "edit": self.tr("Edit…"),
            "reset": self.tr("Reset password…"),
            "reactivate": self.tr("Reactivate"),
        }
        for key, text in texts.items():
            self.person_actions[key].setText(text)
            self.buttons[key].setText(text)
            if key in KEYS:
                self.buttons[key].setToolTip(native(KEYS[key]))
        self.model.retranslate()
        self._widths(self.table)
        self._counted()
