"""The Sync screen: recent rounds, edits waiting to go out, conflicts and refused edits, each
explained in plain words."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.sync_activity import HISTORY_LENGTH, SET_ASIDE, Item, Round, SyncActivity, with_round

from .labels import field_label, label, shown, when
from .messages import push_refusal_text
from .operations import show_failure, write

ID_ROLE = Qt.ItemDataRole.UserRole


class SyncPage(QWidget):
    sync_requested = Signal()

    def __init__(self, activity: SyncActivity, user_id: str | None) -> None:
        super().__init__()
        self.activity = activity
        self.user_id = user_id
        self.rounds: list[Round] = activity.history()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.sync_button = QPushButton()
        self.sync_button.clicked.connect(self.sync_requested)
        self.lists = {key: QListWidget() for key in ("history", "pending", "conflicts", "rejected")}
        for widget in self.lists.values():
            widget.setWordWrap(True)
            widget.setAlternatingRowColors(True)
        conflicts = self.lists["conflicts"]
        conflicts.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        conflicts.itemSelectionChanged.connect(self._update_dismiss)
        self.dismiss_button = QPushButton()
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.dismiss_all_button = QPushButton()
        self.dismiss_all_button.clicked.connect(self.dismiss_all)
        conflict_tab = QWidget()
        column = QVBoxLayout(conflict_tab)
        column.addWidget(conflicts, 1)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.dismiss_button)
        row.addWidget(self.dismiss_all_button)
        column.addLayout(row)
        self.tabs = QTabWidget()
        for key, widget in self.lists.items():
            self.tabs.addTab(conflict_tab if key == "conflicts" else widget, "")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch()
        header.addWidget(self.sync_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def add_round(self, done: Round) -> None:
        """Listed at once; kept in the replica (for after a restart) on the DB lane."""
        self.rounds = with_round(self.rounds, done, HISTORY_LENGTH)
        self._fill_history()
        activity = self.activity
        op = write(self, lambda: activity.record(done)).success(self._recorded)
        op.failure(self._not_recorded).run()

    def _recorded(self, rounds: list[Round]) -> None:
        self.rounds = rounds

    def _not_recorded(self, exc: Exception) -> None:
        """A round that could not be kept (a full disk) stays listed for this session: the
        status bar says already why, and a message box after each round would not stop."""
        if not isinstance(exc, KnownError):
            show_failure(self, exc)

    def _fill_history(self) -> None:
        self._fill(
            "history",
            [self._round_text(r) for r in self.rounds],
            self.tr("No sync yet on this computer."),
        )

    def refresh(self) -> None:
        pending = self.activity.pending()
        conflicts = self.activity.conflicts()
        rejected = self.activity.rejected()
        self._fill_history()
        self._fill(
            "pending",
            [self._pending_text(i) for i in pending],
            self.tr("Nothing waiting: every change on this computer is on the server."),
        )
        self._fill(
            "conflicts",
            [self._conflict_text(i) for i in conflicts],
            self.tr("No conflicts to review: nobody's edit has overwritten another's."),
            [str(i.detail["id"]) for i in conflicts],
        )
        open_conflicts = [i for i in conflicts if not i.detail.get("restored")]
        self._fill(
            "rejected",
            [self._rejected_text(i) for i in rejected],
            self.tr("The server has accepted every change."),
        )
        titles = [
            self.tr("Recent syncs"),
            self.tr("Waiting to sync (%1)").replace("%1", str(len(pending))),
            self.tr("Conflicts (%1)").replace("%1", str(len(open_conflicts))),
            self.tr("Refused (%1)").replace("%1", str(len(rejected))),
        ]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self._update_dismiss()

    def _fill(self, key: str, lines: list[str], empty: str, ids: list[str] | None = None) -> None:
        widget = self.lists[key]
        widget.clear()
        for row, line in enumerate(lines):
            item = QListWidgetItem(line)
            if ids is not None:
                item.setData(ID_ROLE, ids[row])
            widget.addItem(item)
        if not lines:
            widget.addItem(empty)
        widget.setEnabled(bool(lines))

    # --- conflicts reviewed ----------------------------------------------------------------

    def _conflict_ids(self, selected: bool) -> list[str]:
        widget = self.lists["conflicts"]
        items = (
            widget.selectedItems() if selected else [widget.item(r) for r in range(widget.count())]
        )
        return [i.data(ID_ROLE) for i in items if i.data(ID_ROLE)]

    def _update_dismiss(self) -> None:
        self.dismiss_button.setEnabled(bool(self._conflict_ids(selected=True)))
        self.dismiss_all_button.setEnabled(bool(self._conflict_ids(selected=False)))

    def dismiss_selected(self) -> None:
        self._dismiss(self._conflict_ids(selected=True))

    def dismiss_all(self) -> None:
        self._dismiss(self._conflict_ids(selected=False))

    def _dismiss(self, ids: list[str]) -> None:
        """Reviewed conflicts leave the list and the count; the customer's History keeps them."""
        if not ids:
            return
        activity = self.activity
        write(self, lambda: activity.dismiss(ids)).success(lambda _: self.refresh()).run()

    # --- plain words ---------------------------------------------------------------------------

    def _round_text(self, r: Round) -> str:
        if r.count > 1:
            start, end = when(r.since), when(r.at)
            end = end[-5:] if end[:10] == start[:10] else end  # the same day: its time alone
            span = self.tr("%1 – %2").replace("%1", start).replace("%2", end)
            if r.ok:
                text = self.tr(
                    "%1  Up to date: %n check(s), nothing to send or receive.", "", r.count
                )
                return text.replace("%1", span)
            text = self.tr("%1  Sync did not finish %n time(s): %2", "", r.count)
            return text.replace("%1", span).replace("%2", r.error)
        if not r.ok:
            return (
                self.tr("%1  Sync did not finish: %2")
                .replace("%1", when(r.at))
                .replace("%2", r.error)
            )
        text = self.tr("%1  Sent %Ln change(s).", "", r.pushed).replace("%1", when(r.at))
        text += " " + self.tr("Received %Ln row(s).", "", r.received)
        if r.conflicts:
            text += " " + self.tr("%n conflict(s) recorded.", "", r.conflicts)
        if r.rejected:
            text += " " + self.tr("%n change(s) refused.", "", r.rejected)
        return text

    def _what(self, item: Item) -> str:
        who = item.customer or self.tr("a customer not on this computer")
        if item.entity == "customer":
            return self.tr("customer %1").replace("%1", who)
        return self.tr("%1 of %2").replace("%1", label(item.entity).lower()).replace("%2", who)

    def _pending_text(self, item: Item) -> str:
        templates = {
            "create": self.tr("%1  New %2"),
            "update": self.tr("%1  Edit of %2: %3"),
            "delete": self.tr("%1  Deletion of %2"),
            "restore": self.tr("%1  Restore of %2"),
        }
        text = templates.get(item.op, templates["update"])
        text = text.replace("%1", when(item.at)).replace("%2", self._what(item))
        return text.replace("%3", ", ".join(map(field_label, item.fields)))

    def _conflict_text(self, item: Item) -> str:
        lost, kept = shown(item.detail.get("lost")), shown(item.detail.get("kept"))
        field = field_label(item.fields[0]) if item.fields else ""
        if item.op == "deleted":
            text = self.tr(
                "%1  %2 was deleted while %3 was being edited; the edit (%4) is kept "
                "in the history."
            )
            return (
                text.replace("%1", when(item.at))
                .replace("%2", self._what(item))
                .replace("%3", field)
                .replace("%4", lost)
            )
        if item.detail.get("restored"):
            text = self.tr("%1  %2, %3: “%4” was replaced by “%5” and has been restored since.")
        else:
            text = self.tr(
                "%1  %2, %3: “%4” was replaced by a later edit, “%5”. Open the customer's "
                "History to restore it."
            )
        return (
            text.replace("%1", when(item.at))
            .replace("%2", self._what(item))
            .replace("%3", field)
            .replace("%4", lost)
            .replace("%5", kept)
        )

    def _rejected_text(self, item: Item) -> str:
        reasons = {
            "forbidden": self.tr("you may not make this change"),
            "not_found": self.tr("the record no longer exists on the server"),
            "invalid": self.tr("the server found the values invalid"),
        }
        code = item.detail.get("reason", "")
        reason = reasons.get(code) or push_refusal_text(code) or code
        text = self.tr(
            "%1  Your change to %2 was refused: %3. It waits in your manager's "
            "review queue; nothing was lost."
        )
        if item.detail.get("reason") == SET_ASIDE:  # kept here; the server has none
            text = self.tr(
                "%1  Your change to %2 was set aside: the server failed on it every time "
                "(%3). It is kept on this computer so your later changes could be sent; "
                "tell your IT department."
            )
            reason = item.detail.get("message", "")
        return (
            text.replace("%1", when(item.at)).replace("%2", self._what(item)).replace("%3", reason)
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sync"))
        self.sync_button.setText(self.tr("Sync now (F5)"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(
            self.tr("Reviewed: remove from this list. The customer's History keeps it.")
        )
        self.dismiss_all_button.setText(self.tr("Dismiss all"))
        self.summary.setText(
            self.tr(
                "Your changes are saved on this computer first and sent to the server when it "
                "can be reached. Nothing is ever lost: when two people edit the same field, the "
                "later edit wins and the earlier value is kept under Conflicts."
            )
        )
