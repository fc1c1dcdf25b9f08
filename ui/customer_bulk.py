"""Dialogs of the Customers list's bulk actions (issue 25, item 2): the tag to add to or remove
from the selected customers, and (managers) who takes them over. The edits themselves run
from `ui/customers.py` on the DB lane, with one Undo in the window's bar; a reassignment is
the server's (`StaffAdmin.reassign_ids`, as the Team page moves customers) and reaches the
replica at the next sync."""

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from app.admin import StaffAdmin
from app.bulk import ADD_TAG, BulkEdit
from sync.protocol.staff import Colleague

from .admin_dialogs import _label
from .form_dialog import FormDialog
from .pool_actions import _ServerDialog

MAX_TAG = 50


class TagDialog(FormDialog):
    """Add a tag to (or remove one from) the selected customers: a tag in use, or a new one."""

    chosen = Signal(object)  # BulkEdit

    def __init__(self, kind: str, count: int, tags: Sequence[str], parent: QWidget) -> None:
        super().__init__(parent, min_width=380)
        self.kind = kind
        adding = kind == ADD_TAG
        self.setWindowTitle(self.tr("Add tag") if adding else self.tr("Remove tag"))
        self.tag = QComboBox()
        self.tag.setEditable(adding)
        self.tag.addItems(list(tags))
        self.tag.setCurrentIndex(-1 if adding else 0)
        if adding and (line := self.tag.lineEdit()) is not None:
            line.setMaxLength(MAX_TAG)
            line.setPlaceholderText(self.tr("e.g. 年会邀请"))
        form = QFormLayout()
        form.addRow(self.tr("Tag"), self.tag)
        holder = QWidget()
        holder.setLayout(form)
        if adding:
            intro = self.tr("Add a tag to %n customer(s):", "", count)
            self.ok.setText(self.tr("Add tag"))
        else:
            intro = self.tr("Remove a tag from %n customer(s):", "", count)
            self.ok.setText(self.tr("Remove tag"))
        self._finish([_label(intro), holder])

    def _ok(self) -> None:
        tag = self.tag.currentText().strip()
        if not tag:
            self._show_error(self.tr("Type or choose a tag."))
            return
        self.chosen.emit(BulkEdit(self.kind, tag))
        self.accept()


class ReassignDialog(_ServerDialog):
    """Managers: hand the selected customers (with their history) to a colleague."""

    def __init__(
        self,
        admin: StaffAdmin,
        ids: Sequence[str],
        people: Sequence[Colleague],
        parent: QWidget,
    ) -> None:
        super().__init__(parent, min_width=420)
        self.admin, self.ids = admin, list(ids)
        self.setWindowTitle(self.tr("Reassign customers"))
        self.person = QComboBox()
        for colleague in people:
            self.person.addItem(
                f"{colleague.display_name} ({colleague.username})", colleague.username
            )
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        form = QFormLayout()
        form.addRow(self.tr("To"), self.person)
        form.addRow(self.tr("Why (optional)"), self.reason)
        holder = QWidget()
        holder.setLayout(form)
        self.ok.setText(self.tr("Reassign"))
        self.ok.setEnabled(self.person.count() > 0)
        intro = (
            self.tr(
                "Give %n customer(s) to a colleague, with their history and open work. They "
                "move on the server (a connection is needed) and leave or change in this list "
                "at the next sync.",
                "",
                len(self.ids),
            )
            if people
            else self.tr("Nobody here can take customers (no colleagues synced yet).")
        )
        self._finish([_label(intro), holder])

    def _ok(self) -> None:
        username = self.person.currentData()
        if username:
            ids, reason, admin = self.ids, self.reason.text(), self.admin

            def move() -> None:
                admin.reassign_ids(ids, username, reason)

            self._send(move)
