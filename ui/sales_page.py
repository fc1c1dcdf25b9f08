"""Sales: the contracts in the user's scope with their total, what was paid and what is
outstanding (overdue ones in red), filtered by status, overdue and owner; and the product
catalogue (managers and administrators keep it, reps read it). Enter or double-click opens a
contract's form; Record payment… takes a payment against the selected contract; Open
customer (Ctrl+O) opens its customer."""

from collections import defaultdict
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.commerce import ContractSummary
from app.records import Row
from app.workspace import Workspace
from sync.protocol.enums import ContractStatus

from . import theme
from .commerce_text import status_text
from .credit_collection import CollectionList
from .editors import Editors
from .labels import when
from .money import money
from .notices import watch
from .table_model import FlatTableModel, Index
from .tier_views import ParetoPage

NUMBERS = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
MINE = "mine"


class ContractsModel(FlatTableModel):
    COLUMNS = (
        "number",
        "customer",
        "title",
        "signed_on",
        "payment_due",
        "status",
        "total",
        "paid",
        "outstanding",
    )
    MONEY = frozenset({"total", "paid", "outstanding"})

    def __init__(self) -> None:
        super().__init__()
        self.contracts: list[ContractSummary] = []

    def set_contracts(self, contracts: list[ContractSummary]) -> None:
        if [c.id for c in contracts] == [c.id for c in self.contracts]:
            self.contracts = contracts  # the same rows: repaint their values, keep selection
            if contracts:
                last = self.index(len(contracts) - 1, len(self.COLUMNS) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.contracts = contracts
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.contracts)

    def headers(self) -> list[str]:
        return [
            self.tr("Contract no."),
            self.tr("Customer"),
            self.tr("Title"),
            self.tr("Signed"),
            self.tr("Payment due"),
            self.tr("Status"),
            self.tr("Total"),
            self.tr("Paid"),
            self.tr("Outstanding"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        contract = self.contracts[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(contract, column)
        if role == Qt.ItemDataRole.UserRole:
            return contract.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.MONEY:
            return NUMBERS
        if role == Qt.ItemDataRole.BackgroundRole and contract.overdue:
            return QBrush(theme.colour("error_soft"))
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and contract.overdue
            and column
            in (
                "outstanding",
                "payment_due",
            )
        ):
            return QBrush(theme.colour("error"))
        if role == Qt.ItemDataRole.ToolTipRole and contract.overdue:
            return self.tr("Overdue: payment was due %1").replace("%1", when(contract.payment_due))
        return None

    def _text(self, contract: ContractSummary, column: str) -> str:
        if column in self.MONEY:
            return money(getattr(contract, column), contract.currency)
        if column == "status":
            return status_text(contract.status)
        if column in ("signed_on", "payment_due"):
            value = getattr(contract, column)
            return when(value) if value else "—"
        return str(getattr(contract, column) or "")

    def row_of(self, contract_id: str | None) -> int:
        return next((i for i, c in enumerate(self.contracts) if c.id == contract_id), -1)


class ProductsModel(FlatTableModel):
    COLUMNS = ("code", "name", "product_line", "unit", "list_price", "active")

    def __init__(self) -> None:
        super().__init__()
        self.products: list[Row] = []

    def set_products(self, products: list[Row]) -> None:
        self.beginResetModel()
        self.products = products
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.products)

    def headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Product line"),
            self.tr("Unit"),
            self.tr("List price"),
            self.tr("Offered"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        product = self.products[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "list_price":
                return money(product["list_price"], product["currency"])
            if column == "active":
                return self.tr("Yes") if product["active"] else self.tr("No")
            return str(product[column] or "")
        if role == Qt.ItemDataRole.UserRole:
            return product["id"]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "list_price":
            return NUMBERS
        return None


def _table(model: FlatTableModel, stretch: str) -> QTableView:
    """A read-only list of `model`; the `stretch` column takes the room left (text, so the
    amounts stay next to each other at the right)."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(model.COLUMNS.index(stretch), QHeaderView.ResizeMode.Stretch)
    return table


class SalesPage(QWidget):
    opened = Signal(str)  # customer id

    def __init__(self, workspace: Workspace, editors: Editors | None = None) -> None:
        super().__init__()
        self.commerce = workspace.commerce
        self.user_id = workspace.records.user_id
        self.editors = editors or Editors(workspace, self)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        # contracts
        self.contracts = ContractsModel()
        self.contract_table = _table(self.contracts, "title")
        self.contract_table.doubleClicked.connect(lambda _i: self.open_contract())
        self.contract_table.activated.connect(lambda _i: self.open_contract())
        self.contract_table.selectionModel().selectionChanged.connect(self._update_actions)
        self.status = QComboBox()
        self.status.addItem("", None)
        for status in ContractStatus:
            self.status.addItem("", status.value)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.owner = QComboBox()
        self.owner.addItem("", None)
        self.owner.addItem("", MINE)
        self.owner.currentIndexChanged.connect(lambda _i: self.refresh())
        self.overdue_only = QCheckBox()
        self.overdue_only.toggled.connect(lambda _on: self.refresh())
        self.new_contract_button = QPushButton()
        self.new_contract_button.clicked.connect(lambda: self.editors.new_contract(None, self))
        self.payment_button = QPushButton()
        self.payment_button.clicked.connect(self.record_payment)
        self.customer_button = QPushButton()
        self.customer_button.clicked.connect(self.open_customer)
        QShortcut(QKeySequence("Ctrl+O"), self, self.open_customer)
        self.summary = QLabel()
        self.summary.setObjectName("salesSummary")
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        filters = QHBoxLayout()
        self.status_caption, self.owner_caption = QLabel(), QLabel()
        filters.addWidget(self.status_caption)
        filters.addWidget(self.status)
        filters.addWidget(self.owner_caption)
        filters.addWidget(self.owner)
        filters.addWidget(self.overdue_only)
        filters.addStretch(1)
        filters.addWidget(self.customer_button)
        filters.addWidget(self.payment_button)
        filters.addWidget(self.new_contract_button)
        contracts_tab = QWidget()
        box = QVBoxLayout(contracts_tab)
        box.addLayout(filters)
        box.addWidget(self.contract_table, 1)
        box.addWidget(self.empty)
        box.addWidget(self.summary)
        # products
        self.products = ProductsModel()
        self.product_table = _table(self.products, "name")
        self.product_table.doubleClicked.connect(lambda _i: self.open_product())
        self.product_table.activated.connect(lambda _i: self.open_product())
        self.new_product_button = QPushButton()
        self.new_product_button.clicked.connect(lambda: self.editors.edit_product(None, self))
        self.new_product_button.setVisible(self.commerce.may_edit_catalogue)
        self.show_inactive = QCheckBox()
        self.show_inactive.toggled.connect(lambda _on: self.refresh_products())
        self.catalogue_note = QLabel()
        self.catalogue_note.setStyleSheet("color: palette(placeholder-text);")
        product_bar = QHBoxLayout()
        product_bar.addWidget(self.catalogue_note)
        product_bar.addStretch(1)
        product_bar.addWidget(self.show_inactive)
        product_bar.addWidget(self.new_product_button)
        products_tab = QWidget()
        box = QVBoxLayout(products_tab)
        box.addLayout(product_bar)
        box.addWidget(self.product_table, 1)
        self.tabs.addTab(contracts_tab, "")
        self.tabs.addTab(products_tab, "")
        self.pareto = ParetoPage(workspace.value, workspace.feed)  # 80/20 of one's scope (#19)
        self.pareto.opened.connect(self.opened)
        self.tabs.addTab(self.pareto, "")
        self.collection = CollectionList(workspace, self.editors)  # overdue (issue 22)
        self.collection.opened.connect(self.opened)
        self.tabs.addTab(self.collection, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        watch(
            workspace.feed,
            self,
            ["contract", "contract_line", "payment", "customer"],
            lambda _c: self.refresh(),
        )
        watch(workspace.feed, self, ["product"], lambda _c: self.refresh_products())
        self.retranslate()
        self.refresh()
        self.refresh_products()

    # --- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.current_contract()
        owner = self.owner.currentData()
        contracts = self.commerce.contracts(
            status=self.status.currentData(),
            overdue=self.overdue_only.isChecked(),
            owner_id=self.user_id if owner == MINE else None,
        )
        self.contracts.set_contracts(contracts)
        row = self.contracts.row_of(keep)
        if row >= 0:
            self.contract_table.selectRow(row)
        self.empty.setVisible(not contracts)
        self.contract_table.setVisible(bool(contracts))
        self.summary.setText(self._summary(contracts))
        self._update_actions()

    def refresh_products(self) -> None:
        self.products.set_products(
            self.commerce.products(include_inactive=self.show_inactive.isChecked())
        )

    def _summary(self, contracts: list[ContractSummary]) -> str:
        """ "3 contracts · total CNY 12,000 · outstanding CNY 2,000 (1 overdue)", per currency."""
        totals: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
        for c in contracts:
            if c.status == ContractStatus.CANCELLED.value:
                continue
            totals[c.currency][0] += c.total
            totals[c.currency][1] += c.outstanding
        parts = [self.tr("Contracts: %1").replace("%1", str(len(contracts)))]
        for currency, (total, outstanding) in sorted(totals.items()):
            parts.append(
                self.tr("total %1, outstanding %2")
                .replace("%1", money(total, currency))
                .replace("%2", money(outstanding, currency))
            )
        overdue = sum(1 for c in contracts if c.overdue)
        if overdue:
            parts.append(self.tr("overdue: %1").replace("%1", str(overdue)))
        return " · ".join(parts)

    def current_contract(self) -> str | None:
        rows = self.contract_table.selectionModel().selectedRows()
        return self.contracts.contracts[rows[0].row()].id if rows else None

    def _selected(self) -> ContractSummary | None:
        rows = self.contract_table.selectionModel().selectedRows()
        return self.contracts.contracts[rows[0].row()] if rows else None

    # --- actions -------------------------------------------------------------------------------

    def open_contract(self) -> object:
        contract_id = self.current_contract()
        return self.editors.edit_contract(contract_id, self) if contract_id else None

    def record_payment(self) -> object:
        contract = self._selected()
        if contract is None:
            return None
        return self.editors.new_payment(contract.customer_id, contract.id, self)

    def open_customer(self) -> None:
        contract = self._selected()
        if contract is not None:
            self.opened.emit(contract.customer_id)

    def open_product(self) -> object:
        rows = self.product_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.editors.edit_product(self.products.products[rows[0].row()]["id"], self)

    def _update_actions(self) -> None:
        chosen = self._selected()
        self.payment_button.setEnabled(
            chosen is not None and chosen.status != ContractStatus.CANCELLED.value
        )
        self.customer_button.setEnabled(chosen is not None)

    # --- text ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sales"))
        self.tabs.setTabText(0, self.tr("Contracts"))
        self.tabs.setTabText(1, self.tr("Products"))
        self.tabs.setTabText(2, self.tr("80/20"))
        self.tabs.setTabText(self.tabs.indexOf(self.collection), self.tr("Collection"))
        self.collection.retranslate()
        self.status_caption.setText(self.tr("Status"))
        self.owner_caption.setText(self.tr("Owner"))
        self.status.setItemText(0, self.tr("Any"))
        for index in range(1, self.status.count()):
            self.status.setItemText(index, status_text(self.status.itemData(index)))
        self.owner.setItemText(0, self.tr("Anyone"))
        self.owner.setItemText(1, self.tr("Mine"))
        self.overdue_only.setText(self.tr("Overdue only"))
        self.new_contract_button.setText(self.tr("New contract…"))
        self.payment_button.setText(self.tr("Record payment…"))
        self.customer_button.setText(self.tr("Open customer"))
        self.customer_button.setToolTip(self.tr("Ctrl+O"))
        self.new_product_button.setText(self.tr("New product…"))
        self.show_inactive.setText(self.tr("Show withdrawn products"))
        self.catalogue_note.setText(
            ""
            if self.commerce.may_edit_catalogue
            else self.tr("The catalogue is kept by managers and administrators.")
        )
        self.empty.setText(
            self.tr("No contracts here yet. Win an opportunity or choose New contract… to add one.")
        )
        self.contracts.retranslate_headers()
        self.products.retranslate_headers()
        if hasattr(self, "contracts") and self.contracts.contracts:
            self.summary.setText(self._summary(self.contracts.contracts))
