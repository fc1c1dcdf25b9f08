"""The Team screens' dialogs. Those that change something on the server (offboard, managed
branches) run the call themselves off the GUI thread and show a refusal inline, staying open;
the others only ask (an owner, a note) and leave the call to their page."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.admin import Branch, MovePlan, OffboardResult, Person, StaffAdmin
from app.errors import KnownError

from .admin_common import Jobs, confirm, fill_people, person_text, refusal_text
from .admin_reassign import plan_text, share_text
from .form_dialog import FormDialog


class _Dialog(FormDialog):
    def __init__(self, parent: QWidget | None, ok_text: str) -> None:
        super().__init__(parent, min_width=460)
        self.ok.setText(ok_text)

    def _refused(self, exc: KnownError) -> None:
        self._show_error(refusal_text(exc))

    def _busy(self, busy: bool) -> None:
        self.ok.setEnabled(not busy)


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class OffboardDialog(_Dialog):
    """Who takes over a leaver's customers and open work: one colleague, or a branch's reps
    (fewest customers first). Confirmed once more, since it closes the account at once."""

    offboarded = Signal(object)  # OffboardResult

    def __init__(
        self,
        jobs: Jobs,
        admin: StaffAdmin,
        leaver: Person,
        people: list[Person],
        branches: list[Branch],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, self.tr("Offboard…"))
        self.jobs, self.admin, self.leaver = jobs, admin, leaver
        jobs.busy.connect(self._busy)
        self.confirmation: QMessageBox | None = None
        self.plan: MovePlan | None = None  # the server's preview, confirmed with its counts
        self.names = {p.username: person_text(p) for p in people}
        self.setWindowTitle(self.tr("Offboard %1").replace("%1", leaver.display_name))
        intro = self.tr(
            "%1's account is closed at once and they are signed out everywhere. Their %n "
            "customer(s), with all history, open opportunities, tasks and service requests, "
            "go to:",
            "",
            leaver.customers,
        )
        same = [p for p in people if p.may_own and p.id != leaver.id]
        same.sort(key=lambda p: (p.branch_name != leaver.branch_name, p.display_name))
        self.successor = QComboBox()
        fill_people(self.successor, same)
        self.one = QRadioButton(self.tr("One colleague:"))
        self.spread = QRadioButton(self.tr("Spread over the reps of a branch:"))
        self.branch = QComboBox()
        for branch in branches:
            self.branch.addItem(branch.name, branch.name)
        self.branch.setCurrentIndex(max(0, self.branch.findData(leaver.branch_name)))
        group = QButtonGroup(self)
        group.addButton(self.one)
        group.addButton(self.spread)
        (self.one if same else self.spread).setChecked(True)
        self.one.toggled.connect(self._choice_changed)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason (optional), e.g. left the company"))
        grid = QWidget()
        rows = QGridLayout(grid)
        rows.setContentsMargins(0, 6, 0, 6)
        rows.addWidget(self.one, 0, 0)
        rows.addWidget(self.successor, 0, 1)
        rows.addWidget(self.spread, 1, 0)
        rows.addWidget(self.branch, 1, 1)
        rows.addWidget(QLabel(self.tr("Reason:")), 2, 0)
        rows.addWidget(self.reason, 2, 1)
        rows.setColumnStretch(1, 1)
        self._finish([_label(intro.replace("%1", leaver.display_name)), grid])
        self.setMinimumWidth(560)
        self._choice_changed()

    def _choice_changed(self) -> None:
        self.successor.setEnabled(self.one.isChecked())
        self.branch.setEnabled(self.spread.isChecked())

    def choice(self) -> tuple[str | None, str | None]:
        """(successor's username, branch to spread over): exactly one of them."""
        if self.one.isChecked():
            return self.successor.currentData() or None, None
        return None, self.branch.currentData() or None

    def _ok(self) -> None:
        """Ask the server what would move to whom (off the GUI thread), then confirm."""
        to, spread = self.choice()
        if not (to or spread):
            self._show_error(self.tr("Choose a colleague or a branch to take over."))
            return
        self.error.hide()
        self.confirmation = None
        username = self.leaver.username
        self.jobs.run(
            lambda: self.admin.preview_offboard(username, to_username=to, spread_branch=spread),
            self._confirm,
            self._refused,
        )

    def _confirm(self, plan: MovePlan) -> None:
        to, spread = self.choice()
        self.plan = plan
        if to:
            taker = self.successor.currentText()
        else:
            taker = self.tr("the reps of %1").replace("%1", str(spread))
        text = self.tr(
            "Offboard %1 and hand their customers to %2? The account is closed now; "
            "this cannot be undone here."
        )
        question = text.replace("%1", person_text(self.leaver)).replace("%2", taker)
        counts = plan_text(plan, lambda username: self.names.get(username, username))
        self.confirmation = confirm(
            self, self.windowTitle(), f"{question}\n\n{counts}", self.tr("Offboard"), self._run
        )

    def _run(self) -> None:
        to, spread = self.choice()
        username, reason = self.leaver.username, self.reason.text()
        self.error.hide()
        self.jobs.run(
            lambda: self.admin.offboard(
                username, to_username=to, spread_branch=spread, reason=reason
            ),
            self._done,
            self._refused,
        )

    def _done(self, result: OffboardResult) -> None:
        self.offboarded.emit(result)
        self.accept()


class OffboardReport(QDialog):
    """What offboarding did, in the user's language; the server's own lines below."""

    def __init__(
        self, result: OffboardResult, name: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Offboarded"))
        self.setMinimumWidth(520)
        done = self.tr("%1 is offboarded: the account is closed.")
        self.heading = QLabel(done.replace("%1", name(result.username)))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        lines = [self.tr("%n customer(s) moved with their whole history", "", result.moved)]
        if result.shares:  # per successor, the numbers the confirmation showed
            lines += [f"    {share_text(share, name)}" for share in result.shares]
        else:
            lines += [
                f"    {name(who)}: {count:,}" for who, count in sorted(result.customers.items())
            ]
        lines += [
            self.tr("%n open opportunity(-ies) handed on", "", result.opportunities),
            self.tr("%n open task(s) handed on", "", result.tasks),
            self.tr("%n open service request(s) handed on", "", result.service_requests),
        ]
        if result.contracts:
            lines.append(self.tr("%n open contract(s) handed on", "", result.contracts))
        lines += [
            self.tr("%n session(s) signed out", "", result.revoked_sessions),
        ]
        self.summary = _label("\n".join(lines))
        self.details = QPlainTextEdit("\n".join(result.report))
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMaximumHeight(140)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("The server's report:")))
        layout.addWidget(self.details)
        layout.addWidget(buttons)


class ManagedBranchesDialog(_Dialog):
    """Administrators: the further branches a manager answers for, besides their own."""

    saved = Signal()

    def __init__(
        self,
        jobs: Jobs,
        admin: StaffAdmin,
        manager: Person,
        branches: list[Branch],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, self.tr("Save"))
        self.jobs, self.admin, self.manager = jobs, admin, manager
        jobs.busy.connect(self._busy)
        self.setWindowTitle(self.tr("Branches of %1").replace("%1", manager.display_name))
        intro = self.tr("Besides %1, %2 also manages:")
        intro = intro.replace("%1", manager.branch_name or "—").replace("%2", manager.display_name)
        self.list = QListWidget()
        for branch in branches:
            if branch.name == manager.branch_name:
                continue
            item = QListWidgetItem(branch.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = branch.name in manager.managed_branches
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self._finish([_label(intro), self.list])

    def chosen(self) -> list[str]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    def _ok(self) -> None:
        username, names = self.manager.username, self.chosen()
        self.jobs.run(
            lambda: self.admin.set_managed_branches(username, names), self._done, self._refused
        )

    def _done(self, _: Any) -> None:
        self.saved.emit()
        self.accept()


class OwnerDialog(_Dialog):
    """Asked when a customer created by someone who left has nobody to go to."""

    def __init__(self, customer: str, people: list[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Apply"))
        self.setWindowTitle(self.tr("Who should own %1?").replace("%1", customer))
        text = self.tr(
            "%1 was created by someone who has left, and nobody took over their customers. "
            "Choose who should own it:"
        )
        self.people = QComboBox()
        fill_people(self.people, [p for p in people if p.may_own])
        self._finish([_label(text.replace("%1", customer)), self.people])

    def owner(self) -> str:
        return str(self.people.currentData() or "")

    def _ok(self) -> None:
        if not self.owner():
            self._show_error(self.tr("Choose a colleague."))
            return
        self.accept()


class DiscardDialog(_Dialog):
    """Discarding drops the author's edit; the decision and the note are recorded."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Discard"))
        self.setWindowTitle(self.tr("Discard %1").replace("%1", what))
        text = self.tr(
            "The author's change is dropped; the decision is recorded with your name and the note."
        )
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self._finish([_label(text), self.note])
