"""Team › Branches (administrators, issue 26, item 2): the company's offices with their city,
people and pool; open a branch, rename it, or merge it into another when two offices become
one (its customers keep their owners and move with it)."""

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.admin import Branch, BranchMerged, StaffAdmin

from .admin_common import Jobs, confirm
from .admin_dialogs import _Dialog, _label

NAME_ROLE = Qt.ItemDataRole.UserRole


class BranchDialog(_Dialog):
    """A new branch (`branch` None), or a branch's name and city."""

    saved = Signal()

    def __init__(
        self, jobs: Jobs, admin: StaffAdmin, branch: Branch | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, self.tr("Add") if branch is None else self.tr("Save"))
        self.jobs, self.admin, self.branch = jobs, admin, branch
        jobs.busy.connect(self._busy)
        title = self.tr("New branch") if branch is None else self.tr("Edit %1")
        self.setWindowTitle(title.replace("%1", branch.name if branch else ""))
        self.name = QLineEdit(branch.name if branch else "")
        self.name.setPlaceholderText(self.tr("e.g. 苏州分公司"))
        self.city = QLineEdit((branch.city or "") if branch else "")
        self.city.setPlaceholderText(self.tr("e.g. 苏州"))
        holder = QWidget()
        form = QFormLayout(holder)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("City"), self.city)
        notes = [holder]
        if branch is not None:
            notes.append(
                _label(
                    self.tr(
                        "A new name changes nothing else: people, customers and "
                        "the pool stay with the branch."
                    )
                )
            )
        self._finish(notes)

    def _ok(self) -> None:
        name, city = self.name.text().strip(), self.city.text().strip()
        if not name:
            self._show_error(self.tr("Enter the branch's name."))
            return
        branch = self.branch
        if branch is None:
            work: Any = lambda: self.admin.add_branch(name, city or None)  # noqa: E731
        else:
            new_name = name if name != branch.name else None
            work = lambda: self.admin.change_branch(branch.name, new_name, city)  # noqa: E731
        self.jobs.run(work, self._done, self._refused)

    def _done(self, _: Any) -> None:
        self.saved.emit()
        self.accept()


class MergeBranchDialog(_Dialog):
    """Which branch the chosen one becomes part of; confirmed once more, it cannot be undone
    by a click (the customers can be moved back by reassignment)."""

    merged = Signal(object)  # BranchMerged

    def __init__(
        self,
        jobs: Jobs,
        admin: StaffAdmin,
        branch: Branch,
        branches: list[Branch],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, self.tr("Merge…"))
        self.jobs, self.admin, self.branch = jobs, admin, branch
        self.box: QMessageBox | None = None
        jobs.busy.connect(self._busy)
        self.setWindowTitle(self.tr("Merge %1 into another branch").replace("%1", branch.name))
        self.into = QComboBox()
        for other in branches:
            if other.id != branch.id:
                self.into.addItem(other.name, other.name)
        intro = self.tr(
            "When two offices become one: every customer of %1 moves to the branch you choose "
            "and keeps its owner; its people, its pool and the managers who answer for it move "
            "too; then %1 is removed."
        ).replace("%1", branch.name)
        self._finish([_label(intro), self.into])

    def _ok(self) -> None:
        into = str(self.into.currentData() or "")
        if not into:
            self._show_error(self.tr("There is no other branch to merge into."))
            return
        name = self.branch.name
        text = self.tr(
            "Merge %1 into %2? Its %n person(s) and all its customers move.", "", self.branch.people
        )
        self.box = confirm(
            self,
            self.tr("Merge branches"),
            text.replace("%1", name).replace("%2", into),
            self.tr("Merge"),
            lambda: self.jobs.run(
                lambda: self.admin.merge_branch(name, into), self._done, self._refused
            ),
        )

    def _done(self, merged: BranchMerged) -> None:
        self.merged.emit(merged)
        self.accept()


class BranchesTab(QWidget):
    changed = Signal()

    def __init__(self, jobs: Jobs, admin: StaffAdmin) -> None:
        super().__init__()
        self.jobs, self.admin = jobs, admin
        self.branches: list[Branch] = []
        self.dialog: _Dialog | None = None
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.doubleClicked.connect(lambda _index: self.edit_branch())
        self.buttons = {key: QPushButton() for key in ("new", "edit", "merge")}
        for key, slot in (
            ("new", self.new_branch),
            ("edit", self.edit_branch),
            ("merge", self.merge_branch),
        ):
            self.buttons[key].clicked.connect(slot)
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.retranslate()
        jobs.busy.connect(lambda _busy: self._update())
        self._update()

    def set_branches(self, branches: list[Branch]) -> None:
        keep = self.current()
        self.branches = list(branches)
        self.table.setRowCount(len(self.branches))
        for row, branch in enumerate(self.branches):
            pool = branch.pool is not None and branch.pool.enabled
            cells = (
                branch.name,
                branch.city or "—",
                str(branch.people),
                self.tr("On") if pool else self.tr("Off"),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(NAME_ROLE, branch.name)
                if col == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        for col in (1, 2, 3):
            self.table.resizeColumnToContents(col)
        names = [b.name for b in self.branches]
        if keep is not None and keep.name in names:
            self.table.selectRow(names.index(keep.name))
        self._update()

    def current(self) -> Branch | None:
        rows = self.table.selectionModel().selectedRows()
        return self.branches[rows[0].row()] if rows and self.branches else None

    def _update(self) -> None:
        idle, chosen = not self.jobs.pending, self.current() is not None
        self.buttons["new"].setEnabled(idle)
        self.buttons["edit"].setEnabled(idle and chosen)
        self.buttons["merge"].setEnabled(idle and chosen and len(self.branches) > 1)

    def new_branch(self) -> BranchDialog:
        dialog = BranchDialog(self.jobs, self.admin, None, self)
        dialog.saved.connect(self.changed)
        self._open(dialog)
        return dialog

    def edit_branch(self) -> BranchDialog | None:
        branch = self.current()
        if branch is None:
            return None
        dialog = BranchDialog(self.jobs, self.admin, branch, self)
        dialog.saved.connect(self.changed)
        self._open(dialog)
        return dialog

    def merge_branch(self) -> MergeBranchDialog | None:
        branch = self.current()
        if branch is None or len(self.branches) < 2:
            return None
        dialog = MergeBranchDialog(self.jobs, self.admin, branch, self.branches, self)
        dialog.merged.connect(lambda _merged: self.changed.emit())
        self._open(dialog)
        return dialog

    def _open(self, dialog: _Dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Branch"), self.tr("City"), self.tr("People"), self.tr("Customer pool")]
        )
        self.buttons["new"].setText(self.tr("New branch…"))
        self.buttons["edit"].setText(self.tr("Edit…"))
        self.buttons["merge"].setText(self.tr("Merge into…"))
        self.set_branches(self.branches)
