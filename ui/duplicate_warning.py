"""The customer form's duplicate check (客户查重): a warning strip under the fields.

As the user types a name, phone or registration number, the form asks `schedule()`; 250 ms
after the last key the check runs off the GUI thread (the replica on the query lane, the
server on the network lane), so typing never waits. Customers of this computer show in full
with "Open"; when the server answers, other reps' matches show masked (张* / 138****8000 /
owner and branch) with "Ask the owner", which sends the owner and their manager a task.
Nothing stops saving: the form's Save reads "Create anyway" while matches are shown.
"""

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.duplicates import DuplicateMatch, Duplicates, Match, Probe, Reason, RemoteCheck

from .background import NET_LANE, run_in_background
from .operations import query

DEBOUNCE_MS = 250
CONTEXT = "DuplicateWarning"

_REASONS: dict[str, str] = {
    Reason.REGISTRATION_NO.value: str(
        QT_TRANSLATE_NOOP("DuplicateWarning", "same registration no.")
    ),
    Reason.PHONE.value: str(QT_TRANSLATE_NOOP("DuplicateWarning", "same phone")),
    Reason.COMPANY_NAME.value: str(QT_TRANSLATE_NOOP("DuplicateWarning", "same company name")),
    Reason.PERSON_NAME_AND_PHONE.value: str(
        QT_TRANSLATE_NOOP("DuplicateWarning", "same name and phone")
    ),
}


def reason_text(reasons: list[str] | tuple[str, ...]) -> str:
    """The most telling reason, in the user's language."""
    chosen = (
        Reason.PERSON_NAME_AND_PHONE.value
        if Reason.PERSON_NAME_AND_PHONE.value in reasons
        else (reasons[0] if reasons else "")
    )
    source = _REASONS.get(str(chosen))
    return QCoreApplication.translate(CONTEXT, source) if source else str(chosen)


class DuplicateWarning(QFrame):
    open_requested = Signal(str)  # a customer of this computer, to open
    checked = Signal()  # a check's answer was shown (tests wait for it)

    def __init__(
        self,
        duplicates: Duplicates,
        remote: RemoteCheck | None,
        probe: Callable[[], Probe],
        exclude_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateWarning")
        self.setStyleSheet(
            "#duplicateWarning { background: palette(alternate-base);"
            " border: 1px solid palette(mid); border-radius: 4px; }"
        )
        self.duplicates = duplicates
        self.remote = remote
        self.probe = probe
        self.exclude_id = exclude_id
        self.own: list[Match] = []
        self.masked: list[DuplicateMatch] = []
        self._generation = 0
        self._asked_probe: Probe | None = None
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self._check)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 6, 8, 6)
        self.layout_.setSpacing(4)
        self.hide()

    # --- checking ------------------------------------------------------------------------

    def schedule(self) -> None:
        """The user typed: check once they pause."""
        self.timer.start()

    def _check(self) -> None:
        self._generation += 1
        generation = self._generation
        probe = self.probe()
        duplicates, exclude = self.duplicates, self.exclude_id
        query(self, lambda: duplicates.find(probe, exclude_id=exclude)).success(
            lambda found: self._own_found(generation, found)
        ).failure(lambda _exc: None).run()
        remote = self.remote
        if remote is None or not probe.keys():
            self._remote_found(generation, probe, [])
            return
        run_in_background(
            lambda: remote.find(probe, exclude_id=exclude),
            lambda found: self._remote_found(generation, probe, found),
            lambda _exc: self._remote_found(generation, probe, []),  # offline: this computer's
            lane=NET_LANE,
            owner=self,
        )

    def _own_found(self, generation: int, found: list[Match]) -> None:
        if generation != self._generation:
            return  # the user typed on meanwhile
        self.own = found
        self._show()

    def _remote_found(self, generation: int, probe: Probe, found: list[DuplicateMatch]) -> None:
        if generation != self._generation:
            return
        self._asked_probe = probe
        self.masked = [m for m in found if m.masked]
        self._show()

    # --- showing ---------------------------------------------------------------------------

    def _show(self) -> None:
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not self.own and not self.masked:
            self.hide()
            self.checked.emit()
            return
        title = QLabel(self.tr("⚠ This customer may already exist:"))
        title.setStyleSheet("font-weight: bold;")
        self.layout_.addWidget(title)
        for match in self.own:
            details = [match.name, *match.phones[:1], match.city]
            text = " · ".join(d for d in details if d)
            button = QPushButton(self.tr("Open"))
            button.setObjectName("openDuplicate")
            button.clicked.connect(lambda _=False, cid=match.id: self.open_requested.emit(cid))
            self._row(f"{text} — {reason_text(match.reasons)}", button)
        for masked in self.masked:
            owner = masked.owner_name or self.tr("another colleague")
            if masked.owner_branch:
                owner = self.tr("%1 (%2)").replace("%1", owner).replace("%2", masked.owner_branch)
            details = [masked.name, masked.phone or ""]
            text = self.tr("%1 — %2, owned by %3").replace(
                "%1", " · ".join(d for d in details if d)
            )
            text = text.replace("%2", reason_text(masked.reasons)).replace("%3", owner)
            button = QPushButton(self.tr("Ask the owner"))
            button.setObjectName("askOwner")
            button.clicked.connect(
                lambda _=False, ref=masked.ref, b=button: self._ask(ref or "", b)
            )
            self._row(text, button)
        note = QLabel(self.tr("You can still save it as a new customer."))
        note.setStyleSheet("color: palette(placeholder-text);")
        self.layout_.addWidget(note)
        self.show()
        self.checked.emit()

    def _row(self, text: str, button: QPushButton) -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text)
        label.setWordWrap(True)
        line.addWidget(label, 1)
        line.addWidget(button)
        self.layout_.addWidget(row)

    def has_matches(self) -> bool:
        return bool(self.own or self.masked)

    # --- asking ----------------------------------------------------------------------------

    def _ask(self, ref: str, button: QPushButton) -> None:
        remote, probe = self.remote, self._asked_probe
        if remote is None or probe is None:
            return
        button.setEnabled(False)
        button.setText(self.tr("Asking…"))

        def asked(_result: object) -> None:
            button.setText(self.tr("Asked ✓"))
            button.setToolTip(self.tr("The owner and their manager will find it on Today."))

        def failed(_exc: Exception) -> None:
            button.setEnabled(True)
            button.setText(self.tr("Ask the owner"))
            button.setToolTip(self.tr("Could not reach the server; try again when online."))

        run_in_background(
            lambda: remote.ask(probe, ref), asked, failed, lane=NET_LANE, owner=button
        )
