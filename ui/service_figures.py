"""Service figures (issue 21, item 4), from the replica: per category or per assignee, the
requests, how many are resolved, the SLA breach rate, the share of satisfied customers (4 or 5
of those who gave a score) and the median time from opening to resolution."""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.replica import Replica
from app.service_desk import figures


class ServiceFiguresDialog(QDialog):
    def __init__(
        self, replica: Replica, person: Callable[[str | None], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.replica, self.person = replica, person
        self.setWindowTitle(self.tr("Service figures"))
        self.by = QComboBox()
        self.by.addItem(self.tr("Category"), "category")
        self.by.addItem(self.tr("Assigned to"), "assignee")
        self.by.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Group"),
                self.tr("Requests"),
                self.tr("Resolved"),
                self.tr("Past SLA"),
                self.tr("Satisfied"),
                self.tr("Median time to resolve"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(self.tr("By"), self.by)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(760, 420)
        self.refresh()

    def refresh(self) -> None:
        by = str(self.by.currentData())
        rows = figures(self.replica, by)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            if by == "assignee":
                group = self.person(row.group)
            else:
                group = row.group or self.tr("No category")
            cells = [
                group,
                str(row.requests),
                str(row.closed),
                _percent(row.breach_rate),
                _percent(row.satisfaction_share),
                "—"
                if row.median_hours is None
                else self.tr("%1 h").replace("%1", f"{row.median_hours:g}"),
            ]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))


def _percent(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.0f} %"
