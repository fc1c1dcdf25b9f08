"""A manager's dashboard at the top of Today (issue 19, item 6): the branch's open pipeline by
stage, this month's won and paid against last month's, and the top customers of the last 12
months and the customers whose computed tier fell in the last 30 days (a click opens one).
Read from the replica on the query lane (`app/reports/dashboard.py`), offline like the rest
of Today."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.replica import Replica
from app.reports import Dashboard, PivotEngine, read_dashboard

from .labels import label
from .money import money
from .operations import query

CURRENCY = "CNY"


class DashboardCard(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.body = QGridLayout()
        self.body.setHorizontalSpacing(12)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.body)
        layout.addStretch(1)

    def clear(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def add_row(self, row: int, name: QLabel | str, value: str) -> None:
        left = name if isinstance(name, QLabel) else QLabel(name)
        right = QLabel(value)
        right.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.body.addWidget(left, row, 0)
        self.body.addWidget(right, row, 1)


class ManagerDashboard(QWidget):
    opened = Signal(str)  # customer id
    loaded = Signal()

    def __init__(self, replica: Replica, engine: PivotEngine | None = None) -> None:
        super().__init__()
        self.replica = replica
        self.engine = engine
        self.board: Dashboard | None = None
        self._asked = 0
        self.pipeline = DashboardCard()
        self.month = DashboardCard()
        self.top = DashboardCard()
        self.fell = DashboardCard()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        for card in (self.pipeline, self.month, self.top, self.fell):
            layout.addWidget(card, 1)
        self.retranslate()

    def refresh(self, today: date | None = None) -> None:
        self._asked += 1
        asked, replica, day = self._asked, self.replica, today or date.today()
        engine = self.engine
        query(self, lambda: read_dashboard(replica, day, engine)).success(
            lambda board: self._arrived(asked, board)
        ).run()

    def _arrived(self, asked: int, board: Dashboard) -> None:
        if asked != self._asked:
            return
        self.board = board
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        board = self.board
        for card in (self.pipeline, self.month, self.top, self.fell):
            card.clear()
        if board is None:
            return
        for row, stage in enumerate(board.stages):
            self.pipeline.add_row(
                row,
                label(stage.stage),
                self.tr("%1 · %2")
                .replace("%1", str(stage.count))
                .replace("%2", money(stage.amount, CURRENCY)),
            )
        for row, (name, now, before) in enumerate(
            (
                (self.tr("Won"), board.won, board.won_before),
                (self.tr("Paid"), board.paid, board.paid_before),
            )
        ):
            self.month.add_row(
                row,
                name,
                self.tr("%1 (last month %2%3)")
                .replace("%1", money(now, CURRENCY))
                .replace("%2", money(before, CURRENCY))
                .replace("%3", _change(now, before)),
            )
        if not board.top:
            self.top.add_row(0, self.tr("No contracts in the last 12 months."), "")
        for row, customer in enumerate(board.top):
            link = self._link(customer.customer_id, customer.name)
            self.top.add_row(row, link, money(customer.contribution, CURRENCY))
        if not board.fell:
            self.fell.add_row(0, self.tr("No customer's tier fell."), "")
        for row, drop in enumerate(board.fell):
            self.fell.add_row(
                row,
                self._link(drop.customer_id, drop.name),
                self.tr("%1 → %2")
                .replace("%1", label(drop.before))
                .replace("%2", label(drop.after)),
            )

    def _link(self, customer_id: str, name: str) -> QLabel:
        link = QLabel(f'<a href="{customer_id}">{_escape(name)}</a>')
        flags = Qt.TextInteractionFlag
        link.setTextInteractionFlags(flags.LinksAccessibleByMouse | flags.LinksAccessibleByKeyboard)
        link.linkActivated.connect(self.opened)
        return link

    def retranslate(self) -> None:
        self.pipeline.title.setText(self.tr("Branch pipeline (open)"))
        self.month.title.setText(self.tr("This month"))
        self.top.title.setText(self.tr("Top customers, last 12 months"))
        self.fell.title.setText(self.tr("Tier fell, last 30 days"))
        self._fill()


def _change(now: Decimal, before: Decimal) -> str:
    if not before:
        return ""
    percent = (now - before) * 100 / before
    return f", {percent:+.0f}%"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
