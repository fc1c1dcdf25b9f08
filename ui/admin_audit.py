"""Team › Audit log (administrators): who did what when, filtered by user, action and dates,
newest first; Export CSV… saves every matching entry as the server writes it (UTF-8 with a
BOM, so Excel shows Chinese text)."""

import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.admin import AuditFilter, AuditRow, Person, StaffAdmin
from sync.protocol.staff import EXPORT_ACTION

from .admin_common import Jobs
from .admin_reassign import SUCCESS_STYLE
from .labels import label, when
from .table_model import FlatTableModel, Index

ANY_DATE = QDate(2000, 1, 1)
ACTIONS = (
    "login",
    "login_failed",
    "logout",
    "offboard",
    "reassign",
    "review_applied",
    "review_discarded",
    "departure_upload",
    "user_created",
    "user_deactivated",
    "managed_branches",
    "audit_export",
    EXPORT_ACTION,
)


class AuditModel(FlatTableModel):
    COLUMNS = ("at", "username", "action", "record", "ip", "detail")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[AuditRow] = []
        self.usernames: dict[str, str] = {}  # user id -> username, for the record column

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("IP address"),
            self.tr("Details"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("detail", "record"):
            if column == "record":
                return row.row_id
            return json.dumps(row.detail, ensure_ascii=False, indent=2, sort_keys=True)
        return None

    def _text(self, row: AuditRow, column: str) -> str:
        if column == "at":
            return when(row.at)
        if column == "username":
            return row.username or self.tr("(server)")
        if column == "action":
            return self.tr("Data export") if row.action == EXPORT_ACTION else row.action
        if column == "record":
            if not row.entity:
                return ""
            if row.action == EXPORT_ACTION:
                return self._exported(row)
            if row.entity == "user":
                who = self.usernames.get(row.row_id or "") or (row.row_id or "")[:8]
                return self.tr("User %1").replace("%1", who)
            return f"{label(row.entity)} {(row.row_id or '')[:8]}".strip()
        if column == "ip":
            return row.ip or ""
        return ", ".join(f"{k}={_compact(v)}" for k, v in sorted(row.detail.items()))

    def _exported(self, row: AuditRow) -> str:
        """What was exported, in words: "Customer list (.xlsx, 1,234 rows)"."""
        kinds = {
            "customers": self.tr("Customer list"),
            "service_requests": self.tr("Service requests"),
            "opportunities": self.tr("Opportunities"),
            "calendar": self.tr("Calendar"),
            "customer_file": self.tr("Customer file"),
            "contacts": self.tr("Contacts"),
            "tasks": self.tr("Tasks"),
        }
        what = kinds.get(row.entity or "", row.entity or "")
        rows = self.tr("%Ln row(s)", "", int(row.detail.get("rows") or 0))
        return f"{what} (.{row.detail.get('format', '')}, {rows})"


def _compact(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class AuditTab(QWidget):
    def __init__(self, jobs: Jobs, admin: StaffAdmin) -> None:
        super().__init__()
        self.jobs, self.admin = jobs, admin
        self.loaded_once = False
        self.user = QComboBox(editable=True)
        self.user.setMinimumWidth(160)
        self.action = QComboBox(editable=True)
        self.action.addItem("")
        self.action.addItems(ACTIONS)
        self.action.setMinimumWidth(170)
        self.since, self.until = self._date_edit(), self._date_edit()
        self.search_button, self.export_button = QPushButton(), QPushButton()
        self.search_button.clicked.connect(self.search)
        self.export_button.clicked.connect(self.export)
        for combo in (self.user, self.action):
            combo.lineEdit().returnPressed.connect(self.search)
        self.model = AuditModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        for column, sample in enumerate(
            ("2024-12-31 23:59", "manager.sh", "review_discarded", "Customer 1234abcd", "127.0.0.1")
        ):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 28)
        self.count, self.saved = QLabel(), QLabel()
        self.saved.setStyleSheet(SUCCESS_STYLE)
        self.saved.setWordWrap(True)
        self.captions = [QLabel() for _ in range(4)]
        self._layout()
        self.retranslate()
        jobs.busy.connect(self._busy)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(ANY_DATE)
        edit.setDate(ANY_DATE)  # shown as the special text: no limit
        return edit

    def _layout(self) -> None:
        filters = QHBoxLayout()
        for caption, field in zip(
            self.captions, (self.user, self.action, self.since, self.until), strict=True
        ):
            filters.addWidget(caption)
            filters.addWidget(field)
        filters.addWidget(self.search_button)
        filters.addStretch()
        filters.addWidget(self.export_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch()
        bottom.addWidget(self.saved)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def set_people(self, people: list[Person]) -> None:
        self.model.usernames = {p.id: p.username for p in people}
        text = self.user.currentText()
        self.user.clear()
        self.user.addItem("")
        self.user.addItems(sorted(p.username for p in people))
        self.user.setCurrentText(text)

    def query(self) -> AuditFilter:
        return AuditFilter(
            username=self.user.currentText().strip(),
            action=self.action.currentText().strip(),
            since=_local_midnight(self.since.date()),
            until=_local_midnight(self.until.date(), next_day=True),
        )

    def _busy(self, busy: bool) -> None:
        self.search_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)

    def search(self) -> None:
        self.loaded_once = True
        query = self.query()
        self.jobs.run(lambda: self.admin.audit(query), self._show)

    def _show(self, rows: list[AuditRow]) -> None:
        self.model.set_rows(rows)
        if len(rows) >= self.query().limit:
            text = self.tr(
                "The newest %n entries; narrow the filters to see older ones.", "", len(rows)
            )
        else:
            text = self.tr("%n entries, newest first", "", len(rows))
        self.count.setText(text)

    def export(self) -> None:
        suggested = Path.home() / f"outpost-audit-{date.today():%Y%m%d}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), str(suggested), self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        target, query = Path(path), self.query()
        self.saved.clear()
        self.jobs.run(
            lambda: self.admin.export_audit(query, target), lambda _: self._exported(target)
        )

    def _exported(self, path: Path) -> None:
        self.saved.setText(self.tr("Saved to %1").replace("%1", str(path)))

    def retranslate(self) -> None:
        for caption, text in zip(
            self.captions,
            (self.tr("User:"), self.tr("Action:"), self.tr("From:"), self.tr("To:")),
            strict=True,
        ):
            caption.setText(text)
        self.user.lineEdit().setPlaceholderText(self.tr("Anyone"))
        self.action.lineEdit().setPlaceholderText(self.tr("Any action"))
        for edit in (self.since, self.until):
            edit.setSpecialValueText(self.tr("Any date"))
        self.search_button.setText(self.tr("Search"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.model.retranslate_headers()


def _local_midnight(day: QDate, *, next_day: bool = False) -> datetime | None:
    """The start of a local day, in UTC; None for "any date"."""
    if day == ANY_DATE:
        return None
    start = datetime.combine(day.toPython(), time())
    if next_day:
        start += timedelta(days=1)
    return start.astimezone().astimezone(UTC)
