"""Sales > Collection (issue 22): the overdue receivables of one's replica, the longest
overdue first, with their ageing and follow-up level, and the ageing totals above them.

For the credit department it is every customer of its branches; for a rep their own book
(and "Only mine" for a manager's branch). Read on the query lane; double-click or Enter opens
the contract, Ctrl+O its customer.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.credit import Receivable
from app.workspace import Workspace
from sync.protocol import credit as rules
from sync.protocol.enums import Role

from .credit_tab import _Table, bucket_text, level_text
from .editors import Editors
from .labels import when
from .money import money
from .notices import watch
from .operations import query


class CollectionList(QWidget):
    opened = Signal(str)  # customer id

    def __init__(self, workspace: Workspace, editors: Editors | None = None) -> None:
        super().__init__()
        self.credit = workspace.credit
        self.user_id = workspace.records.user_id
        self.editors = editors or Editors(workspace, self)
        self.found: list[Receivable] = []
        self.mine = QCheckBox()
        self.mine.setChecked(workspace.account.role != Role.CREDIT.value)
        self.mine.toggled.connect(lambda _on: self.refresh())
        self.totals = QLabel()
        self.totals.setObjectName("collectionTotals")
        self.totals.setWordWrap(True)
        self.table = _Table()
        self.table.doubleClicked.connect(lambda _i: self.open_contract())
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            self.open_contract,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(QKeySequence("Ctrl+O"), self, self.open_customer)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QHBoxLayout()
        bar.addWidget(self.totals, 1)
        bar.addWidget(self.mine)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        watch(
            workspace.feed,
            self,
            ["contract", "contract_line", "payment", "customer"],
            lambda _c: self.refresh(),
        )
        self.loaded = False
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.loaded:  # read when first shown; change notices after that
            self.refresh()

    def refresh(self) -> None:
        self.loaded = True
        credit, owner = self.credit, self.user_id if self.mine.isChecked() else None
        query(self, lambda: credit.collection(owner)).success(self._show).run()

    def _show(self, found: list[Receivable]) -> None:
        self.found = found
        self.table.fill(
            [
                self.tr("Customer"),
                self.tr("Contract"),
                self.tr("Due"),
                self.tr("Outstanding"),
                self.tr("Days overdue"),
                self.tr("Ageing"),
                self.tr("Follow-up"),
            ],
            [
                [
                    r.customer,
                    r.number,
                    when(r.due),
                    money(r.outstanding, r.currency),
                    str(r.days_overdue),
                    bucket_text(r.bucket),
                    level_text(r.level),
                ]
                for r in found
            ],
            [r.contract_id for r in found],
        )
        by_currency: dict[str, dict[str, list[Receivable]]] = {}
        for r in found:
            by_currency.setdefault(r.currency, {}).setdefault(r.bucket, []).append(r)
        lines = []
        for currency, buckets in sorted(by_currency.items()):
            lines.append(
                " · ".join(
                    f"{bucket_text(b)} {money(sum(r.outstanding for r in buckets[b]), currency)}"
                    for b in rules.BUCKETS
                    if b in buckets
                )
            )
        self.totals.setText(
            self.tr("%n overdue receivable(s)", "", len(found))
            + (": " + "; ".join(lines) if lines else "")
        )
        self.empty.setVisible(not found)
        self.table.setVisible(bool(found))

    def _current(self) -> Receivable | None:
        contract_id = self.table.current_id()
        return next((r for r in self.found if r.contract_id == contract_id), None)

    def open_contract(self) -> None:
        if (r := self._current()) is not None:
            self.editors.open_record("contract", r.contract_id, self.window())

    def open_customer(self) -> None:
        if (r := self._current()) is not None:
            self.opened.emit(r.customer_id)

    def retranslate(self) -> None:
        self.mine.setText(self.tr("Only mine"))
        self.empty.setText(self.tr("Nothing is overdue."))
        if self.found:
            self._show(self.found)
