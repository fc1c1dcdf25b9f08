"""Team: the managers' and administrators' screens — People, Reassign, Review queue and, for
administrators, the Audit log. Online only: each showing re-reads the server off the GUI
thread; without a connection the page says so and offers Retry. Ctrl+1..4 switch tabs."""

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.account import Account
from app.admin import Branch, Person, ReviewEntry, StaffAdmin, StaleDevice
from app.errors import KnownError

from .admin_audit import AuditTab
from .admin_branches import BranchesTab
from .admin_common import Jobs, native, refusal_text
from .admin_people import PeopleTab
from .admin_reassign import ReassignTab
from .admin_review import ReviewTab
from .form_dialog import ERROR_STYLE

STAFF_ROLES = ("manager", "admin")


def is_staff_admin(account: Account) -> bool:
    """Whether the Team page is for this account (the server checks every call anyway)."""
    return account.role in STAFF_ROLES


BEHIND_DAYS = 7  # a computer silent this long with unsent edits is worth a call


@dataclass(frozen=True)
class Snapshot:
    people: list[Person]
    branches: list[Branch]
    review: list[ReviewEntry]
    behind: list[StaleDevice] = field(default_factory=list)  # administrators only


class AdminPage(QWidget):
    changed = Signal()  # something was written on the server: the replica may follow
    loaded = Signal()  # a refresh finished (shown, refused or offline)

    def __init__(self, admin: StaffAdmin, account: Account) -> None:
        super().__init__()
        self.admin, self.account = admin, account
        self.jobs = Jobs(self)
        self.jobs.busy.connect(self._busy)
        self.jobs.offline.connect(self._offline)
        self.jobs.failed.connect(self._failed)
        self._asked = 0  # the newest refresh wins: an older answer never overwrites it
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumSize(100, 12)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.busy_label = QLabel()
        self.busy_label.hide()
        self.people = PeopleTab(self.jobs, admin, account)
        self.reassign = ReassignTab(self.jobs, admin)
        self.review = ReviewTab(self.jobs, admin)
        self.audit = AuditTab(self.jobs, admin) if account.role == "admin" else None
        is_admin = account.role == "admin"
        self.branches_tab = BranchesTab(self.jobs, admin) if is_admin else None
        self.tabs = QTabWidget()
        for tab in (self.people, self.branches_tab, self.reassign, self.review, self.audit):
            if tab is not None:
                self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        for n in range(self.tabs.count()):
            QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self, lambda n=n: self.tabs.setCurrentIndex(n))
        self.offline_text = QLabel()
        self.offline_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.offline_text.setWordWrap(True)
        self.retry = QPushButton()
        self.retry.clicked.connect(self.refresh)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self._layout()
        self._connect()
        self.retranslate()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch()
        top.addWidget(self.busy_label)
        top.addWidget(self.busy)
        offline = QWidget()
        column = QVBoxLayout(offline)
        column.addStretch()
        column.addWidget(self.offline_text)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.retry)
        row.addStretch()
        column.addLayout(row)
        column.addStretch()
        self.offline = offline
        self.stack = QStackedLayout()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(offline)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.stack, 1)
        layout.addWidget(self.error)

    def _connect(self) -> None:
        self.people.changed.connect(self._written)
        self.people.reassign_requested.connect(self.reassign_customers_of)
        self.reassign.changed.connect(self._written)
        self.review.changed.connect(self._written)
        self.review.reload.connect(self.refresh)
        if self.branches_tab is not None:
            self.branches_tab.changed.connect(self._written)

    # --- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read people, branches and the review queue (and the audit log when shown)."""
        self._asked += 1
        asked, decided = self._asked, self.review.decided.isChecked()
        where = self.review.where()  # its filters, a first page
        self.error.hide()
        admin, is_admin = self.admin, self.account.role == "admin"

        def load() -> Snapshot:
            behind = admin.devices_behind(days=BEHIND_DAYS) if is_admin else []
            review = admin.review(decided=decided, where=where)
            return Snapshot(admin.people(), admin.branches(), review, behind)

        self.jobs.run(load, lambda snap: self._show(snap, asked), lambda e: self._refused(e, asked))
        if self.audit is not None and self.tabs.currentWidget() is self.audit:
            self.audit.search()

    def _show(self, snap: Snapshot, asked: int) -> None:
        if asked != self._asked:
            return
        self.stack.setCurrentWidget(self.tabs)
        self.people.set_people(snap.people, snap.branches)
        self.people.set_behind(snap.behind, BEHIND_DAYS)
        if self.branches_tab is not None:
            self.branches_tab.set_branches(snap.branches)
        self.reassign.set_people(snap.people, snap.branches)
        self.review.set_people(snap.people, snap.branches)
        self.review.set_entries(snap.review)
        if self.audit is not None:
            self.audit.set_people(snap.people)
        self._review_title(snap.review)
        self.loaded.emit()

    def _refused(self, exc: KnownError, asked: int) -> None:
        if asked == self._asked:
            self._failed(refusal_text(exc))
            self.loaded.emit()

    def _review_title(self, entries: list[ReviewEntry]) -> None:
        index = self.tabs.indexOf(self.review)
        waiting = [e for e in entries if e.decision is None]
        text = self.tr("Review queue")
        if waiting and not self.review.decided.isChecked():
            text = self.tr("Review queue (%1)").replace("%1", str(len(waiting)))
        self.tabs.setTabText(index, text)

    def _tab_changed(self) -> None:
        """The audit log is read the first time its tab is shown, then on Search."""
        audit = self.audit
        shown = audit is not None and self.tabs.currentWidget() is audit and self.isVisible()
        if shown and audit is not None and not audit.loaded_once:
            audit.search()

    def reassign_customers_of(self, username: str) -> None:
        self.tabs.setCurrentWidget(self.reassign)
        self.reassign.prefill(username)

    # --- state ---------------------------------------------------------------------------

    def _written(self) -> None:
        self.changed.emit()
        self.refresh()

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)

    def _offline(self) -> None:
        self.stack.setCurrentWidget(self.offline)
        self.loaded.emit()

    def _failed(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def is_offline(self) -> bool:
        return self.stack.currentWidget() is self.offline

    def retranslate(self) -> None:
        self.title.setText(self.tr("Team"))
        self.busy_label.setText(self.tr("Talking to the server…"))
        names = {
            self.people: self.tr("People"),
            self.reassign: self.tr("Reassign"),
            self.review: self.tr("Review queue"),
        }
        if self.audit is not None:
            names[self.audit] = self.tr("Audit log")
        if self.branches_tab is not None:
            names[self.branches_tab] = self.tr("Branches")
        for tab, name in names.items():
            self.tabs.setTabText(self.tabs.indexOf(tab), name)
            index = self.tabs.indexOf(tab)
            self.tabs.setTabToolTip(index, native(f"Ctrl+{index + 1}"))
        self._review_title(self.review.model.entries)
        self.offline_text.setText(
            self.tr(
                "The team screens need a connection to the server.\n"
                "Your own work goes on offline as usual."
            )
        )
        self.retry.setText(self.tr("Retry"))
        self.people.retranslate()
        self.reassign.retranslate()
        self.review.retranslate()
        if self.audit is not None:
            self.audit.retranslate()
        if self.branches_tab is not None:
            self.branches_tab.retranslate()
