"""Pool (公海): the branch's customers nobody owns, why each is there and since when, and Claim
(issue 23, item 1). Listing and claiming are online; offline the page shows the last list
fetched, with its time, and says that claiming needs a connection. A claim is followed by a
sync round (`claimed`), so the customer arrives whole at once. Managers set the pool's rules
from here (`PoolRulesDialog`).
"""

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.pool import PoolBoard, Pooled, PoolFigure, PoolList, matches, why
from app.workspace import Workspace
from sync.protocol import reasons

from .background import run_in_background
from .errors import report_bug
from .labels import label
from .messages import error_text
from .pool_actions import AssignDialog

STAFF_ROLES = ("manager", "admin")
ID_ROLE = Qt.ItemDataRole.UserRole
UNREACHABLE = "server_unreachable"

# The server's refusals of a claim, in the user's words.
_REFUSALS = {
    "already_claimed": QT_TRANSLATE_NOOP(
        "PoolPage", "A colleague claimed this customer a moment ago."
    ),
    "reclaim_ban": QT_TRANSLATE_NOOP(
        "PoolPage",
        "You owned this customer until it returned to the pool; the branch does not let you "
        "claim it again yet.",
    ),
    "claim_cap": QT_TRANSLATE_NOOP(
        "PoolPage", "You have claimed as many customers today as your branch allows."
    ),
    "owned_cap": QT_TRANSLATE_NOOP(
        "PoolPage",
        "You own as many customers as your branch allows; hand some on before claiming.",
    ),
    "not_found": QT_TRANSLATE_NOOP("PoolPage", "This customer is no longer in your branch's pool."),
}


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class PoolPage(QWidget):
    claimed = Signal(str)  # customer id: the window syncs at once
    loaded = Signal()

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.board: PoolBoard = workspace.pool
        self.role = workspace.account.role
        self.directory = workspace.directory
        self.names: dict[str, str] = {}  # username -> display name, from the directory
        self.current: PoolList | None = None
        self.busy = False
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.state = QLabel()  # "12 customers · as of 10:02" or "… offline"
        self.state.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._fill())
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.claim())
        self.message = QLabel()  # the outcome of the last claim, or why it was refused
        self.message.setWordWrap(True)
        self.claim_button = QPushButton()
        self.claim_button.clicked.connect(self.claim)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.rules_button = QPushButton()
        self.rules_button.clicked.connect(self.open_rules)
        self.rules_button.setVisible(self.role in STAFF_ROLES)
        self.assign_button = QPushButton()  # managers give a pooled customer to a rep
        self.assign_button.clicked.connect(self.assign)
        self.assign_button.setVisible(self.role in STAFF_ROLES)
        self.dialog: QWidget | None = None
        self.month_title = QLabel()  # this month's returned and claimed, per person
        self.month = QTableWidget(0, 5)
        self.month.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.month.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.month.verticalHeader().hide()
        self.month.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.month.setMaximumHeight(140)
        self.month_title.hide()
        self.month.hide()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.rules_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.assign_button)
        bottom.addWidget(self.claim_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.month_title)
        layout.addWidget(self.month)
        self.retranslate()
        self._update_buttons()

    # --- loading -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Ask the server for the pool; out of reach, show the list kept from last time."""
        if self.current is None:
            self.state.setText(self.tr("Loading…"))
        run_in_background(self.board.fetch, self._show, self._fetch_failed, owner=self)
        today = date.today()
        run_in_background(
            lambda: self.board.figures(today), self._show_month, self._no_month, owner=self
        )

    def _show_month(self, figures: list[PoolFigure]) -> None:
        """This month's traffic per person; hidden when there was none."""
        self.month.setRowCount(len(figures))
        for row, figure in enumerate(figures):
            cells = (
                figure.display_name,
                figure.returned,
                figure.swept,
                figure.claimed,
                figure.assigned,
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.month.setItem(row, column, item)
        self.month_title.setVisible(bool(figures))
        self.month.setVisible(bool(figures))

    def _no_month(self, exc: Exception) -> None:
        self.month_title.hide()  # offline or refused: the figures are the server's alone
        self.month.hide()
        if not isinstance(exc, KnownError):
            report_bug(exc, self)

    def _fetch_failed(self, exc: Exception) -> None:
        if isinstance(exc, KnownError) and exc.code == UNREACHABLE:
            run_in_background(self.board.cached, self._show, self._failed, owner=self)
        else:
            self._failed(exc)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, KnownError):
            self.state.setText(error_text(exc))
            self.loaded.emit()
        else:
            report_bug(exc, self)

    def _show(self, pool: PoolList) -> None:
        self.current = pool
        self.names = {c.username: c.display_name for c in self.directory.people()}
        self._fill()
        self.loaded.emit()

    def offline(self) -> bool:
        return self.current is not None and self.current.offline

    def _fill(self) -> None:
        pool = self.current
        if pool is None:
            return
        words = self.search.text().strip()
        rows = [r for r in pool.rows if not words or matches(r, words)]
        keep = self.selected_id()
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = [
                row.name,
                row.city or "",
                label(row.tier),
                self.why_text(row),
                local_time(row.pooled_at),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row.id)
                if column == 3:
                    item.setToolTip(text)
                self.table.setItem(index, column, item)
            if row.id == keep:
                self.table.selectRow(index)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._state_text(len(rows), len(pool.rows))
        self._update_buttons()

    def _state_text(self, shown: int, total: int) -> None:
        pool = self.current
        assert pool is not None
        count = (
            self.tr("%n customer(s) in your branch's pool", "", total)
            if shown == total
            else self.tr("%1 of %2 customers match").replace("%1", str(shown))
        ).replace("%2", str(total))
        if not pool.offline:
            self.state.setText(count)
        elif pool.fetched_at is None:
            self.state.setText(
                self.tr(
                    "Offline: the pool has not been fetched on this computer yet. "
                    "Claiming a customer needs a connection to the server."
                )
            )
        else:
            self.state.setText(
                self.tr(
                    "%1 — as of %2, offline. Claiming a customer needs a connection to the server."
                )
                .replace("%1", count)
                .replace("%2", local_time(pool.fetched_at))
            )

    def why_text(self, row: Pooled) -> str:
        """Which rule returned it, by whom, whose it was; and when the caller may reclaim."""
        code = why(row)
        if code is not None and code[0] == reasons.POOL_RETURN and code[1] is not None:
            text = self.tr("No contact from its owner for %n day(s)", "", code[1])
        elif row.reason and code is None:
            text = self.tr("Returned: %1").replace("%1", row.reason)  # a person's own words
        elif row.former_owner is None and row.returned_by is None:
            text = self.tr("Never had an owner")
        else:
            text = self.tr("Returned to the pool")
        facts = [text]
        if row.former_owner and row.former_owner != row.returned_by:
            former = self.names.get(row.former_owner, row.former_owner)
            facts.append(self.tr("was %1's").replace("%1", former))
        if row.returned_by:
            by = self.names.get(row.returned_by, row.returned_by)
            facts.append(self.tr("returned by %1").replace("%1", by))
        elif code is not None and code[0] == reasons.POOL_RETURN:
            facts.append(self.tr("by the daily sweep"))
        if row.claimable_from is not None:
            facts.append(
                self.tr("you may claim it again from %1").replace(
                    "%1", local_time(row.claimable_from)
                )
            )
        return " · ".join(facts)

    # --- claiming ------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        value = items[0].data(ID_ROLE) if items else None
        return value if isinstance(value, str) else None

    def _update_buttons(self) -> None:
        can = self.selected_id() is not None and not self.busy and not self.offline()
        self.claim_button.setEnabled(can)
        self.assign_button.setEnabled(can)
        self.claim_button.setToolTip(
            self.tr("Claiming needs a connection to the server.") if self.offline() else ""
        )

    def claim(self) -> None:
        customer_id = self.selected_id()
        if customer_id is None or self.busy:
            return
        if self.offline():
            self._say(self.tr("Claiming a customer needs a connection to the server."))
            return
        name = next((r.name for r in self._rows() if r.id == customer_id), "")
        self.busy = True
        self._update_buttons()
        self._say(self.tr("Claiming %1…").replace("%1", name))
        run_in_background(
            lambda: self.board.claim(customer_id),
            lambda _none: self._claimed(customer_id, name),
            self._claim_failed,
            owner=self,
        )

    def _rows(self) -> list[Pooled]:
        return self.current.rows if self.current is not None else []

    def _claimed(self, customer_id: str, name: str) -> None:
        self.busy = False
        if self.current is not None:
            rows = [r for r in self.current.rows if r.id != customer_id]
            self.current = PoolList(rows, self.current.fetched_at, self.current.offline)
            self._fill()
        self._say(
            self.tr("%1 is yours now; it arrives with its history in a moment.").replace("%1", name)
        )
        self.claimed.emit(customer_id)

    def _claim_failed(self, exc: Exception) -> None:
        self.busy = False
        self._update_buttons()
        if not isinstance(exc, KnownError):
            report_bug(exc, self)
            return
        if exc.code == UNREACHABLE:
            self._say(
                self.tr(
                    "The server cannot be reached; claiming needs a connection. Try again later."
                )
            )
            return
        source = _REFUSALS.get(exc.code)
        self._say(self.tr(source) if source else error_text(exc))
        if exc.code in ("already_claimed", "not_found"):
            self.refresh()  # the list is out of date

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def assign(self) -> QWidget | None:
        """Managers: give the selected pooled customer to one of the branch's people."""
        customer_id = self.selected_id()
        if customer_id is None or self.role not in STAFF_ROLES or self.offline():
            return None
        name = next((r.name for r in self._rows() if r.id == customer_id), "")
        people = [c for c in self.directory.people() if c.role in ("rep", "manager")]
        dialog = AssignDialog(self.board, customer_id, name, people, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sent.connect(lambda: self._assigned(customer_id, name))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _assigned(self, customer_id: str, name: str) -> None:
        if self.current is not None:
            rows = [r for r in self.current.rows if r.id != customer_id]
            self.current = PoolList(rows, self.current.fetched_at, self.current.offline)
            self._fill()
        self._say(self.tr("%1 is assigned; it leaves the pool.").replace("%1", name))
        self.claimed.emit(customer_id)  # sync: the branch's copy shows the new owner

    # --- rules (managers) ----------------------------------------------------------------

    def open_rules(self) -> QWidget:
        from .pool_rules_dialog import PoolRulesDialog

        dialog = PoolRulesDialog(self.board, self)
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        self.title.setText(self.tr("Customer pool"))
        self.search.setPlaceholderText(self.tr("Search by name, pinyin, initials or city"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("City"), self.tr("Tier"), self.tr("Why"), self.tr("Since")]
        )
        self.claim_button.setText(self.tr("Claim"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.rules_button.setText(self.tr("Pool rules…"))
        self.assign_button.setText(self.tr("Assign to…"))
        self.month_title.setText(self.tr("This month"))
        self.month.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Returned by hand"),
                self.tr("Returned by the sweep"),
                self.tr("Claimed"),
                self.tr("Assigned"),
            ]
        )
        self._update_buttons()
        if self.current is not None:
            self._fill()
