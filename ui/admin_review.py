"""Team › Review queue: edits the server could not apply on its own (refused pushes, and the
unsynced work of people who left), each with a before/after diff, to apply or discard.
A page of 100 at a time (More loads the next, taken by key on the server), filtered by
author, branch, kind of record, reason and date (issue 26, item 5)."""

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.admin import (
    OWNER_REQUIRED,
    BatchOutcome,
    Branch,
    Person,
    ReviewEntry,
    ReviewFilter,
    StaffAdmin,
)
from app.errors import KnownError
from sync.protocol.entities import ENTITIES

from . import theme
from .admin_common import _REASONS, Jobs, confirm, fill_people, native, reason_text, refusal_text
from .admin_dialogs import DiscardDialog, OwnerDialog
from .admin_reassign import SUCCESS_STYLE
from .form_dialog import ERROR_STYLE
from .labels import field_label, label, shown, when
from .table_model import FlatTableModel, Index

KEYS = {"apply": "Ctrl+Return", "discard": "Ctrl+D"}
THEIRS = "success_soft"  # their edit (theme colours, ui/theme.py)
MOVED = "warning_soft"  # the server's value changed since they saw it
PEOPLE_FIELDS = {"owner_id", "assignee_id", "created_by", "updated_by"}
PAGE = 100
ANY_DATE = QDate(2000, 1, 1)


def _day_start(day: QDate, *, next_day: bool = False) -> datetime | None:
    """The start of a local day, in UTC; None for "any date"."""
    if day == ANY_DATE:
        return None
    start = datetime.combine(day.toPython(), time())  # type: ignore[arg-type]  # a date
    if next_day:
        start += timedelta(days=1)
    return start.astimezone().astimezone(UTC)


class ReviewModel(FlatTableModel):
    COLUMNS = ("author", "at", "customer", "what", "why", "decision")

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[ReviewEntry] = []

    def set_entries(self, entries: list[ReviewEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.entries)

    def headers(self) -> list[str]:
        return [
            self.tr("Author"),
            self.tr("When"),
            self.tr("Customer"),
            self.tr("What"),
            self.tr("Why it waits"),
            self.tr("Decision"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "why":
            return entry.message
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None

    def _text(self, entry: ReviewEntry, column: str) -> str:
        if column == "author":
            return entry.author_name
        if column == "at":
            return when(entry.at)
        if column == "customer":
            return entry.customer_name or "—"
        if column == "what":
            return self.what(entry)
        if column == "why":
            return reason_text(entry.reason)
        return self.decision(entry)

    def what(self, entry: ReviewEntry) -> str:
        texts = {
            "create": self.tr("New %1"),
            "update": self.tr("Change to %1"),
            "delete": self.tr("Deletion of %1"),
            "restore": self.tr("Restore of %1"),
        }
        return texts.get(entry.op, "%1").replace("%1", label(entry.entity).lower())

    def decision(self, entry: ReviewEntry) -> str:
        if entry.decision is None:
            return ""
        text = (
            self.tr("Applied by %1") if entry.decision == "applied" else self.tr("Discarded by %1")
        )
        return text.replace("%1", entry.decided_by or "?") + f", {when(entry.decided_at)}"


class DiffModel(FlatTableModel):
    """One row per field: the server's value now, the author's edit, what they saw before."""

    COLUMNS = ("field", "now", "theirs", "base")

    def __init__(self) -> None:
        super().__init__()
        self.entry: ReviewEntry | None = None
        self.names: dict[str, str] = {}  # user and branch ids -> names

    def set_entry(self, entry: ReviewEntry | None, names: dict[str, str]) -> None:
        self.beginResetModel()
        self.entry, self.names = entry, names
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.entry.changes) if self.entry else 0

    def headers(self) -> list[str]:
        return [
            self.tr("Field"),
            self.tr("On the server now"),
            self.tr("Their edit"),
            self.tr("What they saw"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.entry is None:
            return None
        change = self.entry.changes[index.row()]
        column = self.COLUMNS[index.column()]
        moved = self.entry.op == "update" and change.before != change.base
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "field":
                return self.field(change.field)
            value = {"now": change.before, "theirs": change.after, "base": change.base}[column]
            text = self.value(change.field, value)
            if role == Qt.ItemDataRole.DisplayRole or not moved or column != "now":
                return text  # a long note is cut in the cell: the tooltip has all of it
            moved_text = self.tr("Changed on the server since the author saw it")
            return f"{text}\n\n{moved_text}"
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == "theirs":
                return QBrush(theme.colour(THEIRS))
            if column == "now" and moved:
                return QBrush(theme.colour(MOVED))
        if role == Qt.ItemDataRole.FontRole and column == "theirs":
            bold = QFont()
            bold.setBold(True)
            return bold
        return None

    def field(self, name: str) -> str:
        extra = {
            "owner_id": self.tr("Owner"),
            "branch_id": self.tr("Branch"),
            "assignee_id": self.tr("Assigned to"),
            "customer_id": self.tr("Customer"),
            "user_id": self.tr("Logged by"),
            "related_customer_id": self.tr("Related customer"),
            "merged_into_id": self.tr("Merged into"),
            "currency": self.tr("Currency"),
            "phone": self.tr("Phone"),
            "ends_at": self.tr("Ends"),
            "location": self.tr("Location"),
            "resolution": self.tr("Resolution"),
            "lost_reason": self.tr("Lost reason"),
            "source": self.tr("Source"),
        }
        caption = field_label(name)
        return extra.get(name, caption) if caption == name else caption

    def value(self, field: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return "—"
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if field in PEOPLE_FIELDS or field == "branch_id":
            return self.names.get(str(value), self.tr("someone else"))
        if field.endswith("_id") and isinstance(value, str):
            named = self.entry.names if self.entry is not None else {}
            return named.get(value) or self.names.get(value) or self.tr("a record you cannot see")
        if field.endswith("_at") and isinstance(value, str):
            try:
                return when(datetime.fromisoformat(value.replace("Z", "+00:00")))
            except ValueError:
                return value
        if isinstance(value, str):
            return label(value)
        return shown(value)


class ReviewTab(QWidget):
    changed = Signal()  # a decision was made: reload
    reload = Signal()  # the decided toggle changed

    def __init__(self, jobs: Jobs, admin: StaffAdmin) -> None:
        super().__init__()
        self.jobs, self.admin = jobs, admin
        self.people: list[Person] = []
        self.names: dict[str, str] = {}
        self.dialog: OwnerDialog | DiscardDialog | None = None
        self.box: QMessageBox | None = None
        self.model, self.diff = ReviewModel(), DiffModel()
        self.decided = QCheckBox()
        self.decided.toggled.connect(self._toggled)
        self.count = QLabel()
        self.more_possible = False  # the last page was full: there may be more
        self.author, self.branch = QComboBox(), QComboBox()
        self.entity, self.reason = QComboBox(), QComboBox()
        for combo, values in ((self.entity, sorted(ENTITIES)), (self.reason, list(_REASONS))):
            combo.addItem("", "")
            for value in values:
                combo.addItem(value, value)
        self.since, self.until = self._date_edit(), self._date_edit()
        self.filter_captions = [QLabel() for _ in range(6)]
        for combo, letters in ((self.author, 16), (self.branch, 12), (self.entity, 12)):
            combo.setMinimumContentsLength(letters)
        self.reason.setMinimumContentsLength(20)  # the list shows the whole reason
        for combo in (self.author, self.branch, self.entity, self.reason):
            policy = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            combo.setSizeAdjustPolicy(policy)
            combo.activated.connect(self._toggled)
        for edit in (self.since, self.until):
            edit.editingFinished.connect(self._dates_changed)
        self.shown_dates = (ANY_DATE, ANY_DATE)
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self.more)
        self.more_button.hide()
        self.table = self._table(self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.diff_table = self._table(self.diff)
        self.diff_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.diff_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.apply_button, self.discard_button = QPushButton(), QPushButton()
        self.apply_all_button = QPushButton()
        self.apply_button.clicked.connect(lambda: self.apply())
        self.discard_button.clicked.connect(self.discard)
        self.apply_all_button.clicked.connect(self.apply_all)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._layout()
        self.retranslate()
        jobs.busy.connect(self._update_actions)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(ANY_DATE)
        edit.setDate(ANY_DATE)  # shown as the special text: no limit
        return edit

    def _table(self, model: FlatTableModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _layout(self) -> None:
        metrics = self.table.fontMetrics()
        samples = (
            "林嘉欣 Karen Lam",
            "2024-12-31 23:59",
            "上海东方贸易有限公司",
            "Change to customer",
        )
        for column, sample in enumerate(samples):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 28)
        self.table.setColumnWidth(
            4, metrics.horizontalAdvance("Not synced when the author left") + 28
        )
        filters = QHBoxLayout()
        fields = (self.author, self.branch, self.entity, self.reason, self.since, self.until)
        for caption, field in zip(self.filter_captions, fields, strict=True):
            filters.addWidget(caption)
            filters.addWidget(field)
        filters.addStretch()
        top = QHBoxLayout()
        top.addWidget(self.count)
        top.addWidget(self.more_button)
        top.addStretch()
        top.addWidget(self.decided)
        detail = QWidget()
        side = QVBoxLayout(detail)
        side.setContentsMargins(0, 6, 0, 0)
        side.addWidget(self.heading)
        side.addWidget(self.detail)
        side.addWidget(self.diff_table, 1)
        buttons = QHBoxLayout()
        for button in (self.apply_button, self.discard_button, self.apply_all_button):
            buttons.addWidget(button)
        buttons.addStretch()
        side.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setSizes([260, 300])
        self.stack = QStackedLayout()
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(top)
        layout.addLayout(self.stack, 1)
        layout.addWidget(self.message)

    # --- showing -------------------------------------------------------------------------

    def set_people(self, people: list[Person], branches: list[Branch]) -> None:
        self.people = people
        self.names = {p.id: p.display_name for p in people} | {b.id: b.name for b in branches}
        fill_people(self.author, people, self.tr("Anyone"))
        keep = self.branch.currentData()
        self.branch.clear()
        self.branch.addItem(self.tr("Any branch"), "")
        for branch in branches:
            self.branch.addItem(branch.name, branch.name)
        self.branch.setCurrentIndex(max(0, self.branch.findData(keep)))

    def where(self) -> ReviewFilter:
        """The filters as chosen, for the first page."""
        return ReviewFilter(
            author=self.author.currentData() or "",
            branch=self.branch.currentData() or "",
            entity=self.entity.currentData() or "",
            reason=self.reason.currentData() or "",
            since=_day_start(self.since.date()),
            until=_day_start(self.until.date(), next_day=True),
            limit=PAGE,
        )

    def filtered(self) -> bool:
        return self.where() != ReviewFilter(limit=PAGE)

    def _dates_changed(self) -> None:
        dates = (self.since.date(), self.until.date())
        if dates != self.shown_dates:
            self.shown_dates = dates
            self._toggled()

    def more(self) -> None:
        """The next page after the last item shown, with the same filters."""
        if not self.model.entries or not self.more_possible:
            return
        where = replace(self.where(), after=self.model.entries[-1].id)
        decided = self.decided.isChecked()
        self.jobs.run(lambda: self.admin.review(decided=decided, where=where), self._more)

    def _more(self, entries: list[ReviewEntry]) -> None:
        self.more_possible = len(entries) >= PAGE
        known = {e.id for e in self.model.entries}
        keep = self.table.currentIndex().row()
        self.model.set_entries([*self.model.entries, *(e for e in entries if e.id not in known)])
        self.table.selectRow(max(0, keep))
        self._counted()

    def set_entries(self, entries: list[ReviewEntry]) -> None:
        keep = self.current()
        self.more_possible = len(entries) >= PAGE
        self.model.set_entries(entries)
        self.table.setColumnHidden(5, not self.decided.isChecked())
        ids = [e.id for e in entries]
        row = ids.index(keep.id) if keep and keep.id in ids else 0
        if entries:
            self.table.selectRow(row)
        self._counted()
        self.empty.setText(self._empty_text())
        self.stack.setCurrentIndex(0 if entries else 1)
        self._show_current()

    def _empty_text(self) -> str:
        if self.filtered():
            return self.tr("Nothing matches these filters.")
        if self.decided.isChecked():
            return self.tr("No decisions yet.")
        return self.tr(
            "Nothing waits for review.\n\nEdits the server cannot apply on its own — "
            "refused changes, and the unsynced work of people who left — appear here for "
            "you to apply or discard."
        )

    def current(self) -> ReviewEntry | None:
        index = self.table.currentIndex()
        return self.model.entries[index.row()] if index.isValid() else None

    def _counted(self) -> None:
        n = len(self.model.entries)
        self.more_button.setVisible(self.more_possible)
        if not n:
            self.count.clear()  # the empty page says it
        elif self.more_possible:
            self.count.setText(self.tr("The first %n shown; More shows the next.", "", n))
        elif self.decided.isChecked():
            self.count.setText(self.tr("%n recent decision(s)", "", n))
        else:
            self.count.setText(self.tr("%n change(s) wait for a decision", "", n))

    def _show_current(self) -> None:
        entry = self.current()
        self.diff.set_entry(entry, self.names)
        if entry is None:
            self.heading.clear()
            self.detail.clear()
        else:
            self.heading.setText(
                f"{self.model.what(entry)} · {entry.customer_name or '—'} · {entry.author_name}"
            )
            # the server's message is English: shown where it is the only explanation
            why = reason_text(entry.reason)
            if entry.reason not in ("departed", "not_found") and entry.message:
                why = f"{why}: {entry.message}"
            self.detail.setText(f"{why} · {when(entry.at)}")
            self.detail.setToolTip(entry.message)
        self._update_actions()

    def _update_actions(self, *_: Any) -> None:
        entry = self.current()
        open_ = entry is not None and entry.decision is None and not self.jobs.pending
        self.apply_button.setEnabled(open_)
        self.discard_button.setEnabled(open_)
        self.apply_all_button.setEnabled(open_ and len(self._from_author()) > 1)
        for button in (self.apply_button, self.discard_button, self.apply_all_button):
            button.setVisible(not self.decided.isChecked())
        author = entry.author_name if entry else ""
        self.apply_all_button.setText(self.tr("Apply all from %1").replace("%1", author))

    def _from_author(self) -> list[int]:
        entry = self.current()
        if entry is None:
            return []
        return [e.id for e in self.model.entries if e.author == entry.author and not e.decision]

    def _toggled(self) -> None:
        self.message.clear()
        self.reload.emit()

    # --- deciding ------------------------------------------------------------------------

    def apply(self, owner: str | None = None) -> None:
        entry = self.current()
        if entry is None or not self.apply_button.isEnabled():
            return
        self.message.clear()
        self.jobs.run(
            lambda: self.admin.apply(entry.id, owner or None),
            lambda _: self._decided(self.tr("Applied: %1.").replace("%1", self.model.what(entry))),
            lambda exc: self._refused(exc, entry),
        )

    def _refused(self, exc: KnownError, entry: ReviewEntry) -> None:
        if exc.code == OWNER_REQUIRED:
            self.dialog = OwnerDialog(entry.customer_name or "—", self.people, self)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.accepted.connect(lambda d=self.dialog: self._owner_chosen(d, entry))
            self.dialog.open()
            return
        self._say(refusal_text(exc), error=True)
        if exc.code in ("already_decided", "not_found"):
            self.changed.emit()

    def _owner_chosen(self, dialog: OwnerDialog, entry: ReviewEntry) -> None:
        if self.current() is not None and self.current().id == entry.id:
            self.apply(dialog.owner())

    def discard(self) -> DiscardDialog | None:
        entry = self.current()
        if entry is None or not self.discard_button.isEnabled():
            return None
        dialog = DiscardDialog(self.model.what(entry), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._discard(entry, dialog.note.text()))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _discard(self, entry: ReviewEntry, note: str) -> None:
        self.message.clear()
        self.jobs.run(
            lambda: self.admin.discard(entry.id, note),
            lambda _: self._decided(
                self.tr("Discarded: %1.").replace("%1", self.model.what(entry))
            ),
            lambda exc: self._refused(exc, entry),
        )

    def apply_all(self) -> QMessageBox | None:
        entry, ids = self.current(), self._from_author()
        if entry is None or not self.apply_all_button.isEnabled():
            return None
        text = self.tr("Apply all %n change(s) from %1, oldest first?", "", len(ids))
        self.box = confirm(
            self,
            self.tr("Apply all"),
            text.replace("%1", entry.author_name),
            self.tr("Apply all"),
            lambda: self._apply_all(ids),
        )
        return self.box

    def _apply_all(self, ids: list[int]) -> None:
        self.message.clear()
        self.jobs.run(lambda: self.admin.apply_all(ids), self._applied_all, self._refused_all)

    def _applied_all(self, outcome: BatchOutcome) -> None:
        text = self.tr("%n change(s) applied.", "", len(outcome.applied))
        if outcome.failed:
            left = self.tr("%n could not be applied and still wait here.", "", len(outcome.failed))
            text = f"{text} {left}"
        self._decided(text, error=bool(outcome.failed))

    def _refused_all(self, exc: KnownError) -> None:
        self._say(refusal_text(exc), error=True)
        self.changed.emit()

    def _decided(self, text: str, *, error: bool = False) -> None:
        self._say(text, error=error)
        self.changed.emit()

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else SUCCESS_STYLE)
        self.message.setText(text)

    def retranslate(self) -> None:
        captions = (
            self.tr("Author:"),
            self.tr("Branch:"),
            self.tr("Record:"),
            self.tr("Why:"),
            self.tr("From:"),
            self.tr("To:"),
        )
        for caption, text in zip(self.filter_captions, captions, strict=True):
            caption.setText(text)
        if self.author.count():
            self.author.setItemText(0, self.tr("Anyone"))
            self.branch.setItemText(0, self.tr("Any branch"))
        self.entity.setItemText(0, self.tr("Any record"))
        self.reason.setItemText(0, self.tr("Any reason"))
        for row in range(1, self.entity.count()):
            self.entity.setItemText(row, label(self.entity.itemData(row)))
        for row in range(1, self.reason.count()):
            self.reason.setItemText(row, reason_text(self.reason.itemData(row)))
        for edit in (self.since, self.until):
            edit.setSpecialValueText(self.tr("Any date"))
        self.more_button.setText(self.tr("More"))
        self.decided.setText(self.tr("Show decided"))
        self.apply_button.setText(self.tr("Apply"))
        self.discard_button.setText(self.tr("Discard…"))
        # after setText, which resets a button's shortcut to its mnemonic
        self.apply_button.setShortcut(QKeySequence(KEYS["apply"]))
        self.discard_button.setShortcut(QKeySequence(KEYS["discard"]))
        self.apply_button.setToolTip(native(KEYS["apply"]))
        self.discard_button.setToolTip(native(KEYS["discard"]))
        self.empty.setText(self._empty_text())
        self.model.retranslate_headers()
        self.diff.retranslate_headers()
        self._counted()
        self._show_current()
