"""What the Team screens share: running server calls off the GUI thread, their words for
roles, review reasons and the server's refusals, and small helpers for combos and confirms."""

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QComboBox, QMessageBox, QWidget
from shiboken6 import isValid

from app.admin import Person
from app.errors import KnownError

from .background import run_in_background
from .errors import report_bug
from .messages import error_text

CONTEXT = "AdminPage"
UNREACHABLE = "server_unreachable"

_ROLES = {
    "rep": QT_TRANSLATE_NOOP("AdminPage", "Sales rep"),
    "manager": QT_TRANSLATE_NOOP("AdminPage", "Manager"),
    "admin": QT_TRANSLATE_NOOP("AdminPage", "Administrator"),
    "credit": QT_TRANSLATE_NOOP("AdminPage", "Credit department"),
}

_REASONS = {
    "departed": QT_TRANSLATE_NOOP("AdminPage", "Not synced when the author left"),
    "forbidden": QT_TRANSLATE_NOOP("AdminPage", "Not allowed for the author"),
    "not_found": QT_TRANSLATE_NOOP("AdminPage", "The record is gone from the server"),
    "invalid": QT_TRANSLATE_NOOP("AdminPage", "The server found the values invalid"),
    "duplicate": QT_TRANSLATE_NOOP("AdminPage", "Probable duplicate of another owner's customer"),
    "credit_hold": QT_TRANSLATE_NOOP("AdminPage", "Held for credit: the credit department decides"),
}

# The server's refusals on these screens; anything else is phrased by ui.messages.
_CODES = {
    "forbidden": QT_TRANSLATE_NOOP("AdminPage", "Your role does not allow this."),
    "user_not_found": QT_TRANSLATE_NOOP("AdminPage", "There is no such user."),
    "branch_not_found": QT_TRANSLATE_NOOP("AdminPage", "There is no such branch."),
    "not_a_manager": QT_TRANSLATE_NOOP("AdminPage", "Only managers answer for further branches."),
    "offboard_self": QT_TRANSLATE_NOOP("AdminPage", "You cannot offboard yourself."),
    "offboard_admin": QT_TRANSLATE_NOOP(
        "AdminPage", "Administrators own no customers: deactivate them instead."
    ),
    "successor_required": QT_TRANSLATE_NOOP(
        "AdminPage", "Choose a colleague or a branch to take over."
    ),
    "no_successor": QT_TRANSLATE_NOOP("AdminPage", "That branch has no active rep to take over."),
    "invalid_owner": QT_TRANSLATE_NOOP(
        "AdminPage", "This person cannot own customers (left, or an administrator)."
    ),
    "empty_selection": QT_TRANSLATE_NOOP("AdminPage", "Choose at least one filter."),
    "too_many": QT_TRANSLATE_NOOP(
        "AdminPage", "That is too many customers at once; narrow the filters."
    ),
    "cannot_apply": QT_TRANSLATE_NOOP(
        "AdminPage",
        "The server cannot apply this change (for example, owners change only by "
        "reassignment). Discard it, or make the change yourself.",
    ),
    "already_decided": QT_TRANSLATE_NOOP(
        "AdminPage", "Someone already decided on this change; the list is up to date now."
    ),
    "owner_required": QT_TRANSLATE_NOOP("AdminPage", "Choose who should own this customer."),
    "username_taken": QT_TRANSLATE_NOOP("AdminPage", "Someone already has this username."),
    "invalid_username": QT_TRANSLATE_NOOP(
        "AdminPage", "Use 2-64 letters, digits, dots, dashes or underscores for the username."
    ),
    "branch_required": QT_TRANSLATE_NOOP("AdminPage", "Reps and managers belong to a branch."),
    "own_password": QT_TRANSLATE_NOOP(
        "AdminPage", "Change your own password when you sign in, not by a reset."
    ),
    "already_active": QT_TRANSLATE_NOOP("AdminPage", "This person is already active."),
    "own_role": QT_TRANSLATE_NOOP("AdminPage", "Another administrator must change your role."),
    "owns_customers": QT_TRANSLATE_NOOP(
        "AdminPage",
        "Administrators own no customers: reassign this person's customers first.",
    ),
    "not_found": QT_TRANSLATE_NOOP("AdminPage", "It is no longer there; the list is up to date."),
}


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


def role_text(role: str) -> str:
    source = _ROLES.get(role)
    return tr(source) if source else role


def reason_text(reason: str) -> str:
    source = _REASONS.get(reason)
    return tr(source) if source else reason


def refusal_text(exc: KnownError) -> str:
    source = _CODES.get(exc.code)
    return tr(source) if source else error_text(exc)


def person_text(person: Person) -> str:
    return f"{person.display_name} ({person.username})"


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def fill_people(combo: QComboBox, people: Iterable[Person], first: str | None = None) -> None:
    """Usernames as data; keeps the current choice when it is still listed."""
    keep = combo.currentData()
    combo.clear()
    if first is not None:
        combo.addItem(first, "")
    for person in people:
        combo.addItem(person_text(person), person.username)
    combo.setCurrentIndex(max(0, combo.findData(keep)))


def confirm(
    parent: QWidget, title: str, text: str, yes: str, on_yes: Callable[[], None]
) -> QMessageBox:
    """A window-modal question (no nested event loop); `on_yes` runs if confirmed."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))

    def clicked(button: QAbstractButton) -> None:
        if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
            on_yes()

    box.buttonClicked.connect(clicked)
    box.open()
    return box


def yes_button(box: QMessageBox) -> QAbstractButton:
    """The confirming button of a `confirm` box."""
    return next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)


class Jobs(QObject):
    """Server calls of one page, run on the network lane: a busy count, and failures routed —
    no connection -> `offline`, a refusal -> the caller's handler or `failed` (a sentence),
    anything else -> the crash dialog."""

    busy = Signal(bool)
    offline = Signal()
    failed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.pending = 0

    def run(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        refused: Callable[[KnownError], None] | None = None,
    ) -> None:
        self.pending += 1
        self.busy.emit(True)
        run_in_background(fn, lambda value: self._done(done, value), self._fail(refused))

    def _done(self, done: Callable[[Any], None], value: Any) -> None:
        if not isValid(self):  # the page closed while the request ran: nobody to tell
            return
        self._finished()
        done(value)

    def _fail(self, refused: Callable[[KnownError], None] | None) -> Callable[[Exception], None]:
        def fail(exc: Exception) -> None:
            if not isValid(self):
                return
            self._finished()
            if not isinstance(exc, KnownError):
                report_bug(exc, self.parent_widget)
            elif exc.code == UNREACHABLE:
                self.offline.emit()
            elif refused is not None:
                refused(exc)
            else:
                self.failed.emit(refusal_text(exc))

        return fail

    def _finished(self) -> None:
        self.pending -= 1
        self.busy.emit(self.pending > 0)
