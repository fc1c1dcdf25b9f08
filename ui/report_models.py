"""The words and tables of the Reports page: names of dimensions, measures and ready reports;
a pivot as a table (row labels, a column per column key, totals, the ready report's extra
columns, a Total row); a cell's records for the drill-down."""

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont

from app.reports import MEASURES, DrillRecord, Extra, Pivot
from app.reports.pivot import NONE

from .labels import label
from .money import money
from .table_model import FlatTableModel, Index

NUMBERS = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CURRENCY = "CNY"
CONTEXT = "Reports"

DIMENSION_NAMES = {
    "tier": QT_TRANSLATE_NOOP("Reports", "Tier"),
    "city": QT_TRANSLATE_NOOP("Reports", "City"),
    "industry": QT_TRANSLATE_NOOP("Reports", "Industry"),
    "source": QT_TRANSLATE_NOOP("Reports", "Source"),
    "owner": QT_TRANSLATE_NOOP("Reports", "Owner"),
    "branch": QT_TRANSLATE_NOOP("Reports", "Branch"),
    "product_line": QT_TRANSLATE_NOOP("Reports", "Product line"),
    "month": QT_TRANSLATE_NOOP("Reports", "Month"),
    "quarter": QT_TRANSLATE_NOOP("Reports", "Quarter"),
    "customer": QT_TRANSLATE_NOOP("Reports", "Customer"),
    "stage": QT_TRANSLATE_NOOP("Reports", "Stage"),
    "kind": QT_TRANSLATE_NOOP("Reports", "Kind"),
    "ageing": QT_TRANSLATE_NOOP("Reports", "Days overdue"),
}
MEASURE_NAMES = {
    "contribution": QT_TRANSLATE_NOOP("Reports", "Contribution (sum of contracts)"),
    "payments": QT_TRANSLATE_NOOP("Reports", "Payments received"),
    "average": QT_TRANSLATE_NOOP("Reports", "Average contract amount"),
    "contracts": QT_TRANSLATE_NOOP("Reports", "Number of contracts"),
    "customers": QT_TRANSLATE_NOOP("Reports", "Number of customers"),
    "pipeline": QT_TRANSLATE_NOOP("Reports", "Opportunity amount"),
    "opportunities": QT_TRANSLATE_NOOP("Reports", "Opportunities"),
    "activities": QT_TRANSLATE_NOOP("Reports", "Activities"),
    "outstanding": QT_TRANSLATE_NOOP("Reports", "Overdue amount"),
    "overdue_contracts": QT_TRANSLATE_NOOP("Reports", "Overdue contracts"),
}
EXTRA_NAMES = {
    "share": QT_TRANSLATE_NOOP("Reports", "Share"),
    "reached": QT_TRANSLATE_NOOP("Reports", "Reached this stage"),
    "conversion": QT_TRANSLATE_NOOP("Reports", "Went on"),
}
READY_NAMES = {
    "contribution_product_line": QT_TRANSLATE_NOOP("Reports", "Contribution by product line"),
    "contribution_customer": QT_TRANSLATE_NOOP("Reports", "Contribution by customer"),
    "contribution_rep": QT_TRANSLATE_NOOP("Reports", "Contribution by rep"),
    "contribution_branch": QT_TRANSLATE_NOOP("Reports", "Contribution by branch"),
    "contribution_month": QT_TRANSLATE_NOOP("Reports", "Contribution and payments by month"),
    "pipeline_stage": QT_TRANSLATE_NOOP("Reports", "Pipeline conversion by stage"),
    "activity_rep": QT_TRANSLATE_NOOP("Reports", "Activity per rep"),
    "overdue_ageing": QT_TRANSLATE_NOOP("Reports", "Overdue payments by age"),
}
AGEING_NAMES = {
    "0-30": QT_TRANSLATE_NOOP("Reports", "0–30 days"),
    "31-60": QT_TRANSLATE_NOOP("Reports", "31–60 days"),
    "61-90": QT_TRANSLATE_NOOP("Reports", "61–90 days"),
    ">90": QT_TRANSLATE_NOOP("Reports", "Over 90 days"),
}


def tr(text: object) -> str:
    """A message of the "Reports" context (constants are QT_TRANSLATE_NOOP'd above)."""
    return QCoreApplication.translate(CONTEXT, str(text))


def dimension_name(key: str) -> str:
    return tr(DIMENSION_NAMES.get(key, key))


def measure_name(key: str) -> str:
    return tr(MEASURE_NAMES.get(key, key))


def ready_name(key: str) -> str:
    return tr(READY_NAMES.get(key, key))


def amount_text(value: Decimal, is_money: bool) -> str:
    if is_money:
        return money(value, CURRENCY)
    return QLocale().toString(int(value))


def extra_text(extra: Extra, value: Decimal | None) -> str:
    if value is None:
        return ""
    if extra.kind == "percent":
        return f"{QLocale().toString(float(value), 'f', 1)}%"
    return amount_text(value, extra.kind == "money")


class KeyNames:
    """A dimension's key in words: tiers, stages and kinds translated, people and branches by
    name, customers by name, ageing buckets; "(none)" for rows without a value."""

    def __init__(
        self,
        person: Callable[[str], str | None],
        branch_name: str | None = None,
        you: str | None = None,
    ) -> None:
        self.person = person
        self.branch_name = branch_name
        self.you = you

    def __call__(self, dimension: str | None, key: str, pivot: Pivot | None = None) -> str:
        if dimension is None:
            return ""
        if key == NONE:
            return QCoreApplication.translate("Reports", "(none)")
        if dimension in ("tier", "stage", "kind"):
            return label(key)
        if dimension == "owner":
            if self.you and key == self.you:
                return QCoreApplication.translate("Reports", "You")
            return self.person(key) or QCoreApplication.translate(
                "Reports", "Someone else (%1)"
            ).replace("%1", key[:8])
        if dimension == "branch":
            one = pivot is not None and len(_keys(pivot, dimension)) == 1
            return (
                self.branch_name
                if one and self.branch_name
                else QCoreApplication.translate("Reports", "Branch %1").replace("%1", key[:8])
            )
        if dimension == "customer" and pivot is not None:
            return pivot.names.get(key, key[:8])
        if dimension == "ageing":
            return tr(AGEING_NAMES.get(key, key))
        return key


def _keys(pivot: Pivot, dimension: str) -> list[str]:
    return pivot.rows if pivot.spec.rows == dimension else pivot.columns


class PivotTableModel(FlatTableModel):
    """Row label | a column per column key (and Total) | extras; the last row the totals.
    UserRole of a figure cell: (row key or None, column key or None) for its drill-down."""

    DRILL = Qt.ItemDataRole.UserRole

    def __init__(self, names: KeyNames) -> None:
        super().__init__()
        self.names = names
        self.pivot: Pivot | None = None
        self.extras: list[Extra] = []

    def set_pivot(self, pivot: Pivot | None, extras: list[Extra] | None = None) -> None:
        self.beginResetModel()
        self.pivot = pivot
        self.extras = extras or []
        self.endResetModel()

    # the layout ------------------------------------------------------------------------------

    @property
    def has_columns(self) -> bool:
        return self.pivot is not None and self.pivot.spec.columns is not None

    def figure_columns(self) -> list[str | None]:
        """Column keys of the figure columns; None is the Total."""
        if self.pivot is None:
            return []
        if not self.has_columns:
            return [None]
        return [*self.pivot.columns, None]

    def row_count(self) -> int:
        return 0 if self.pivot is None else len(self.pivot.rows) + 1

    def columnCount(self, parent: Index | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return 0 if self.pivot is None else 1 + len(self.figure_columns()) + len(self.extras)

    def headers(self) -> list[str]:
        pivot = self.pivot
        if pivot is None:
            return []
        spec = pivot.spec
        out = [dimension_name(spec.rows)]
        if self.has_columns:
            out += [self.names(spec.columns, key, pivot) for key in pivot.columns]
            out.append(QCoreApplication.translate("Reports", "Total"))
        else:
            out.append(measure_name(spec.measure))
        out += [tr(EXTRA_NAMES[e.key]) if e.key in EXTRA_NAMES else measure_name(e.key)
                for e in self.extras]  # fmt: skip
        return out

    def row_key(self, row: int) -> str | None:
        """None for the Total row."""
        assert self.pivot is not None
        return self.pivot.rows[row] if row < len(self.pivot.rows) else None

    def drill_of(self, index: Index) -> tuple[str | None, str | None] | None:
        """The (row, column) a cell drills into, None for labels and extras."""
        figures = self.figure_columns()
        if self.pivot is None or not 1 <= index.column() <= len(figures):
            return None
        return self.row_key(index.row()), figures[index.column() - 1]

    def text(self, row: int, column: int) -> str:
        pivot = self.pivot
        assert pivot is not None
        key = self.row_key(row)
        figures = self.figure_columns()
        if column == 0:
            return (
                QCoreApplication.translate("Reports", "Total")
                if key is None
                else self.names(pivot.spec.rows, key, pivot)
            )
        if column <= len(figures):
            return amount_text(self.value(key, figures[column - 1]), pivot.money)
        extra = self.extras[column - 1 - len(figures)]
        value = extra.total if key is None else extra.values.get(key)
        return extra_text(extra, value)

    def value(self, row: str | None, column: str | None) -> Decimal:
        pivot = self.pivot
        assert pivot is not None
        if row is None and column is None:
            return pivot.total
        if row is None:
            return pivot.column_totals.get(column or NONE, Decimal(0))
        if column is None:
            return pivot.row_totals.get(row, Decimal(0))
        return pivot.value(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.pivot is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return NUMBERS
        if role == Qt.ItemDataRole.FontRole and (
            self.row_key(index.row()) is None
            or (self.has_columns and index.column() == len(self.figure_columns()))
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == self.DRILL:
            return self.drill_of(index)
        if role == Qt.ItemDataRole.ToolTipRole and self.drill_of(index) is not None:
            return QCoreApplication.translate(
                "Reports", "Double-click to see the records behind this figure"
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if section < len(headers) else None
        return None


class DrillModel(FlatTableModel):
    COLUMNS = ("customer", "reference", "day", "amount")

    def __init__(self) -> None:
        super().__init__()
        self.records: list[DrillRecord] = []

    def set_records(self, records: list[DrillRecord]) -> None:
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.records)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("Reports", "Customer"),
            QCoreApplication.translate("Reports", "Record"),
            QCoreApplication.translate("Reports", "Date"),
            QCoreApplication.translate("Reports", "Amount"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "amount":
                return "" if record.amount is None else money(record.amount, CURRENCY)
            if column == "reference" and record.entity in ("customer",):
                return ""
            return getattr(record, column) or ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "amount":
            return NUMBERS
        if role == Qt.ItemDataRole.UserRole:
            return record
        return None


def measure_is_money(key: str) -> bool:
    return MEASURES[key].money
