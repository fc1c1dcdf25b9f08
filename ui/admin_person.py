"""Team › People for administrators: add a person, change their name, role or branch, and the
one-time password they are handed (at creation and after a reset). Issue 26, item 1: none of
this needs a shell on the server any more."""

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.admin import Branch, OneTimePassword, Person, StaffAdmin

from .admin_common import Jobs, role_text
from .admin_dialogs import _Dialog, _label

ROLES = ("rep", "manager", "admin", "credit")


class PersonDialog(_Dialog):
    """A new person (`person` None) or the name, role and branch of one."""

    added = Signal(object)  # OneTimePassword
    saved = Signal()

    def __init__(
        self,
        jobs: Jobs,
        admin: StaffAdmin,
        branches: list[Branch],
        person: Person | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, self.tr("Add") if person is None else self.tr("Save"))
        self.jobs, self.admin, self.person = jobs, admin, person
        jobs.busy.connect(self._busy)
        if person is None:
            self.setWindowTitle(self.tr("New person"))
        else:
            self.setWindowTitle(self.tr("Edit %1").replace("%1", person.display_name))
        self.display_name = QLineEdit(person.display_name if person else "")
        self.display_name.setPlaceholderText(self.tr("e.g. 周敏 Zhou Min"))
        self.username = QLineEdit(person.username if person else "")
        self.username.setPlaceholderText(self.tr("e.g. zhou.min"))
        self.username.setReadOnly(person is not None)  # the name people sign in with stays
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_text(role), role)
        self.role.setCurrentIndex(max(0, self.role.findData(person.role if person else "rep")))
        self.branch = QComboBox()
        for branch in branches:
            self.branch.addItem(branch.name, branch.name)
        if person is not None and person.branch_name:
            self.branch.setCurrentIndex(max(0, self.branch.findData(person.branch_name)))
        self.role.currentIndexChanged.connect(self._role_changed)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.display_name)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Branch"), self.branch)
        self.form = form
        holder = QWidget()
        holder.setLayout(form)
        notes = []
        if person is None:
            notes.append(
                _label(
                    self.tr(
                        "Outpost makes a one-time password for the new person; they choose "
                        "their own at their first sign-in."
                    )
                )
            )
        else:
            notes.append(
                _label(
                    self.tr(
                        "A new branch moves none of their customers: use Reassign customers… "
                        "for that."
                    )
                )
            )
        self._finish([holder, *notes])
        self._role_changed()
        self.display_name.setFocus()

    def _role_changed(self, *_: Any) -> None:
        self.form.setRowVisible(self.branch, self.role.currentData() != "admin")

    def _ok(self) -> None:
        name, username = self.display_name.text().strip(), self.username.text().strip()
        role = str(self.role.currentData())
        branch = None if role == "admin" else self.branch.currentData()
        if not name or not username:
            self._show_error(self.tr("Enter a name and a username."))
            return
        if role != "admin" and not branch:
            self._show_error(self.tr("Choose the branch they work in."))
            return
        person = self.person
        if person is None:
            self.jobs.run(
                lambda: self.admin.add_person(username, name, role, branch),
                self._added,
                self._refused,
            )
            return
        changes: dict[str, Any] = {}
        if name != person.display_name:
            changes["display_name"] = name
        if role != person.role:
            changes["role"] = role
        if branch and branch != person.branch_name:
            changes["branch"] = branch
        if not changes:
            self.accept()
            return
        self.jobs.run(
            lambda: self.admin.change_person(person.username, **changes),
            self._saved,
            self._refused,
        )

    def _added(self, made: OneTimePassword) -> None:
        self.added.emit(made)
        self.accept()

    def _saved(self, _: Any) -> None:
        self.saved.emit()
        self.accept()


class OneTimePasswordDialog(_Dialog):
    """Shown once: the server keeps only the password's hash."""

    def __init__(self, made: OneTimePassword, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Done"))
        self.setWindowTitle(self.tr("One-time password for %1").replace("%1", name))
        self.buttons.button(self.buttons.StandardButton.Cancel).hide()
        intro = self.tr(
            "Give %1 this password in person or by phone. It works for one sign-in, where "
            "they choose their own. It is shown only now."
        ).replace("%1", name)
        self.password = QLabel(made.password)
        self.password.setObjectName("oneTimePassword")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 6)
        self.password.setFont(font)
        self.password.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy = QPushButton(self.tr("Copy"))
        self.copy.clicked.connect(self._copy)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.password, 1)
        line.addWidget(self.copy)
        username = QLabel(self.tr("Username: %1").replace("%1", made.username))
        username.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._finish([_label(intro), username, row])

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.password.text())
        self.copy.setText(self.tr("Copied"))
