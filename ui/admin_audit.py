"""Team › Audit log (administrators): who did what when, filtered by user, action and dates,
newest first, a page at a time (More loads the next, taken by key on the server); the action
filter lists the actions the log holds, in words where the client knows them (issue 26,
item 5). Export CSV… saves every matching entry as the server writes it (UTF-8 with a BOM, so
Excel shows Chinese text)."""

import json
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
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
PAGE = 500
# The actions the client has words for; others are shown as the server names them.
ACTIONS = {
    "login": QT_TRANSLATE_NOOP("AuditModel", "Signed in"),
    "login_failed": QT_TRANSLATE_NOOP("AuditModel", "Sign-in failed"),
    "login_locked": QT_TRANSLATE_NOOP("AuditModel", "Sign-in while locked"),
    "account_locked": QT_TRANSLATE_NOOP("AuditModel", "Account locked"),
    "login_refused_disabled": QT_TRANSLATE_NOOP("AuditModel", "Sign-in to a closed account"),
    "login_password_change_required": QT_TRANSLATE_NOOP(
        "AuditModel", "Sign-in needing a new password"
    ),
    "logout": QT_TRANSLATE_NOOP("AuditModel", "Signed out"),
    "token_refresh": QT_TRANSLATE_NOOP("AuditModel", "Session renewed"),
    "sync_push": QT_TRANSLATE_NOOP("AuditModel", "Changes synced"),
    "password_changed": QT_TRANSLATE_NOOP("AuditModel", "Password changed"),
    "password_reset": QT_TRANSLATE_NOOP("AuditModel", "Password reset"),
    "user_created": QT_TRANSLATE_NOOP("AuditModel", "Person added"),
    "user_changed": QT_TRANSLATE_NOOP("AuditModel", "Person changed"),
    "user_deactivated": QT_TRANSLATE_NOOP("AuditModel", "Person deactivated"),
    "user_reactivated": QT_TRANSLATE_NOOP("AuditModel", "Person reactivated"),
    "managed_branches": QT_TRANSLATE_NOOP("AuditModel", "Managed branches changed"),
    "offboard": QT_TRANSLATE_NOOP("AuditModel", "Offboarded"),
    "reassign": QT_TRANSLATE_NOOP("AuditModel", "Customers reassigned"),
    "review_applied": QT_TRANSLATE_NOOP("AuditModel", "Review: applied"),
    "review_discarded": QT_TRANSLATE_NOOP("AuditModel", "Review: discarded"),
    "departure_upload": QT_TRANSLATE_NOOP("AuditModel", "A leaver's edits handed over"),
    "audit_export": QT_TRANSLATE_NOOP("AuditModel", "Audit log exported"),
    EXPORT_ACTION: QT_TRANSLATE_NOOP("AuditModel", "Data export"),
    "pool_claim": QT_TRANSLATE_NOOP("AuditModel", "Claimed from the pool"),
    "pool_return": QT_TRANSLATE_NOOP("AuditModel", "Returned to the pool"),
    "pool_configured": QT_TRANSLATE_NOOP("AuditModel", "Pool settings changed"),
    "branch_created": QT_TRANSLATE_NOOP("AuditModel", "Branch opened"),
    "branch_changed": QT_TRANSLATE_NOOP("AuditModel", "Branch changed"),
    "branch_merged": QT_TRANSLATE_NOOP("AuditModel", "Branches merged"),
    "device_lost": QT_TRANSLATE_NOOP("AuditModel", "Device marked lost"),
    "duplicate_asked": QT_TRANSLATE_NOOP("AuditModel", "Owner asked about a duplicate"),
    "demo_seeded": QT_TRANSLATE_NOOP("AuditModel", "Demo data added"),
}


def action_name(action: str) -> str:
    """An action in the user's words where the client knows it, else as the server names it."""
    source = ACTIONS.get(action)
    return QCoreApplication.translate("AuditModel", str(source)) if source else action


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
        if role == Qt.ItemDataRole.ToolTipRole and column in ("detail", "record", "action"):
            if column == "action":
                return row.action
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
            return action_name(row.action)
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
            "report": self.tr("Report"),
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
        self.searched = AuditFilter(limit=PAGE)  # the filters of the rows shown
        self.user = QComboBox(editable=True)
        self.user.setMinimumWidth(160)
        self.action = QComboBox()  # the actions the log holds (`set_actions`)
        self.action.addItem("", "")
        self.action.setMinimumWidth(200)
        self.known_actions: list[str] = []
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self.more)
        self.more_button.hide()
        self.since, self.until = self._date_edit(), self._date_edit()
        self.search_button, self.export_button = QPushButton(), QPushButton()
        self.search_button.clicked.connect(self.search)
        self.export_button.clicked.connect(self.export)
        self.user.lineEdit().returnPressed.connect(self.search)
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
        bottom.addWidget(self.more_button)
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

    def set_actions(self, actions: list[str]) -> None:
        """The filter's choices: the actions the log holds, by their names; keeps the choice."""
        self.known_actions = actions
        keep = self.action.currentData()
        self.action.clear()
        self.action.addItem(self.tr("Any action"), "")
        for action in sorted(actions, key=lambda a: action_name(a).casefold()):
            self.action.addItem(action_name(action), action)
            self.action.setItemData(self.action.count() - 1, action, Qt.ItemDataRole.ToolTipRole)
        self.action.setCurrentIndex(max(0, self.action.findData(keep)))

    def choose_action(self, action: str) -> None:
        self.action.setCurrentIndex(max(0, self.action.findData(action)))

    def query(self) -> AuditFilter:
        return AuditFilter(
            username=self.user.currentText().strip(),
            action=self.action.currentData() or "",
            since=_local_midnight(self.since.date()),
            until=_local_midnight(self.until.date(), next_day=True),
            limit=PAGE,
        )

    def _busy(self, busy: bool) -> None:
        self.search_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        self.more_button.setEnabled(not busy)

    def search(self) -> None:
        """The first page; the action filter's choices are read again with it."""
        self.loaded_once = True
        query = self.query()
        self.searched = query
        self.jobs.run(lambda: self.admin.audit_actions(), self.set_actions)
        self.jobs.run(lambda: self.admin.audit(query), self._show)

    def more(self) -> None:
        """The next page of the same search, older than the last entry shown."""
        if not self.model.rows:
            return
        query = replace(self.searched, before=self.model.rows[-1].id)
        self.jobs.run(lambda: self.admin.audit(query), self._more)

    def _show(self, rows: list[AuditRow]) -> None:
        self.model.set_rows(rows)
        self._counted(full=len(rows) >= PAGE)

    def _more(self, rows: list[AuditRow]) -> None:
        self.model.set_rows([*self.model.rows, *rows])
        self._counted(full=len(rows) >= PAGE)

    def _counted(self, *, full: bool) -> None:
        n = len(self.model.rows)
        if full:
            text = self.tr("The newest %n entries; More shows older ones.", "", n)
        else:
            text = self.tr("%n entries, newest first", "", n)
        self.count.setText(text)
        self.more_button.setVisible(full)

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
        self.action.setItemText(0, self.tr("Any action"))
        for row in range(1, self.action.count()):
            self.action.setItemText(row, action_name(self.action.itemData(row)))
        self.more_button.setText(self.tr("More"))
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
