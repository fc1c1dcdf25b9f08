"""The pool by hand (issue 23, item 2): "Return to pool…" on selected customers (their owner,
or a manager of the branch) and "Assign to…" on a pooled customer (managers). Both need the
server: they are refused offline with a sentence that says so, and nothing changes locally
until the next sync brings the move."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from app.errors import KnownError, ServerUnreachable
from app.pool import PoolBoard
from sync.protocol.staff import Colleague

from .admin_dialogs import _label
from .background import run_in_background
from .errors import report_bug
from .form_dialog import FormDialog
from .messages import error_text

CONTEXT = "PoolActions"
REFUSALS = {
    "already_pooled": QT_TRANSLATE_NOOP("PoolActions", "A customer you chose is in the pool."),
    "pool_off": QT_TRANSLATE_NOOP(
        "PoolActions", "Your branch has no customer pool; ask your manager to open it."
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "PoolActions", "You can return only your own customers (managers: their branch's)."
    ),
    "already_claimed": QT_TRANSLATE_NOOP(
        "PoolActions", "A colleague claimed this customer a moment ago."
    ),
    "other_branch": QT_TRANSLATE_NOOP("PoolActions", "This person works in another branch."),
    "invalid_owner": QT_TRANSLATE_NOOP("PoolActions", "This person cannot own customers."),
}


def refusal(exc: Exception) -> str:
    if isinstance(exc, KnownError) and exc.code == ServerUnreachable.code:  # not a certificate
        return QCoreApplication.translate(
            "PoolActions",
            "The server cannot be reached; this needs a connection. Try again later.",
        )
    source = REFUSALS.get(exc.code) if isinstance(exc, KnownError) else None
    if source:
        return QCoreApplication.translate(CONTEXT, str(source))
    return error_text(exc) if isinstance(exc, KnownError) else str(exc)


class _ServerDialog(FormDialog):
    """OK sends the request off the GUI thread; a refusal shows in the dialog, which stays."""

    sent = Signal()  # the server took it: sync to see the move

    def _send(self, work: Callable[[], None]) -> None:
        self.ok.setEnabled(False)
        self.error.hide()
        run_in_background(work, lambda _none: self._sent(), self._refused, owner=self)

    def _sent(self) -> None:
        self.sent.emit()
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self.ok.setEnabled(True)
        if not isinstance(exc, KnownError):
            report_bug(exc, self)
            return
        self._show_error(refusal(exc))


class ReturnToPoolDialog(_ServerDialog):
    """Hand customers back to the branch pool, with a reason the pool shows (optional)."""

    def __init__(
        self, board: PoolBoard, ids: Sequence[str], names: Sequence[str], parent: QWidget
    ) -> None:
        super().__init__(parent, min_width=440)
        self.board, self.ids = board, list(ids)
        self.setWindowTitle(self.tr("Return to pool"))
        if len(names) == 1:
            what = self.tr("Return “%1” to your branch's pool?").replace("%1", names[0])
        else:
            what = self.tr("Return %n customer(s) to your branch's pool?", "", len(names))
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. 客户已搬迁, not our market"))
        form = QFormLayout()
        form.addRow(self.tr("Why (shown in the pool)"), self.reason)
        holder = QWidget()
        holder.setLayout(form)
        self.ok.setText(self.tr("Return to pool"))
        intro = _label(
            what
            + " "
            + self.tr(
                "Any rep of the branch may then claim them; they leave your list at the next "
                "sync, with their history."
            )
        )
        self._finish([intro, holder])

    def _ok(self) -> None:
        ids, note = self.ids, self.reason.text()
        self._send(lambda: self.board.return_customers(ids, note))


class AssignDialog(_ServerDialog):
    """Managers: give a pooled customer to one of the branch's people."""

    def __init__(
        self,
        board: PoolBoard,
        customer_id: str,
        name: str,
        people: Sequence[Colleague],
        parent: QWidget,
    ) -> None:
        super().__init__(parent, min_width=400)
        self.board, self.customer_id = board, customer_id
        self.setWindowTitle(self.tr("Assign “%1”").replace("%1", name))
        self.person = QComboBox()
        for colleague in people:
            self.person.addItem(
                f"{colleague.display_name} ({colleague.username})", colleague.username
            )
        form = QFormLayout()
        form.addRow(self.tr("To"), self.person)
        holder = QWidget()
        holder.setLayout(form)
        self.ok.setText(self.tr("Assign"))
        self.ok.setEnabled(self.person.count() > 0)
        intro = _label(
            self.tr("The customer leaves the pool and arrives, whole, at their next sync.")
            if people
            else self.tr("Nobody in the branch can take customers (no colleagues synced yet).")
        )
        self._finish([intro, holder])

    def _ok(self) -> None:
        username = self.person.currentData()
        if username:
            self._send(lambda: self.board.assign(self.customer_id, username))
