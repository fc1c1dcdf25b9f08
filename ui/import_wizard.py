"""File > Import…: customers from .xlsx, .xls or .csv as one undoable batch (issue 18, item 1).

Pages: file -> sheet and header row -> column mapping (source header, sample, target field;
the choice of key for updating existing customers) -> preview of the first rows with each
refused cell red and its reason in a tooltip -> probable duplicates (merge, create anyway,
skip; one by one or for all) -> run with progress and Cancel -> summary with "Undo import".

Everything slow runs off the GUI thread: reading and planning on the query lane
(`ui/operations.py`), the import and its undo on a lane of their own (`IMPORT_LANE`); the run
reports progress through a counter the page reads on a timer.
"""

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QThreadPool, QTimer
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.importing import children
from app.importing import mapping as m
from app.importing.children import ChildRow
from app.importing.importer import BatchInfo, Importer, Summary
from app.importing.plan import Action, CellError, Decision, Plan, UpdateKey
from app.importing.reading import Table, UnreadableFile
from sync.protocol.validation import FieldError

from . import theme
from .labels import field_label, when
from .messages import field_text
from .operations import Op, query, show_failure, write

PREVIEW_ROWS = 100
SAMPLES = 3
REVIEW_ROWS = 1_000  # held rows listed one by one; the rest follow the "for all" buttons
FILTER = "*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt"
IMPORT_LANE = QThreadPool()
IMPORT_LANE.setMaxThreadCount(1)
"""Imports and their undo run here, not on the DB lane: each chunk is a transaction of its own,
so the user's edits (DB lane) go in between chunks instead of waiting a minute for the end."""

CUSTOMER = "customer"
_HOLDS = (  # what a sheet may hold: customers, or their children keyed to customers
    (CUSTOMER, str(QT_TRANSLATE_NOOP("ImportWizard", "Customers"))),
    ("interaction", str(QT_TRANSLATE_NOOP("ImportWizard", "Interactions of customers you have"))),
    ("opportunity", str(QT_TRANSLATE_NOOP("ImportWizard", "Opportunities of customers you have"))),
    ("task", str(QT_TRANSLATE_NOOP("ImportWizard", "Tasks of customers you have"))),
)
_KEYED: dict[str, str] = {  # how a child row names its customer
    children.CUSTOMER_ID: str(QT_TRANSLATE_NOOP("ImportWizard", "Customer: Outpost ID")),
    children.CUSTOMER_PHONE: str(QT_TRANSLATE_NOOP("ImportWizard", "Customer: phone")),
    children.CUSTOMER_NAME: str(QT_TRANSLATE_NOOP("ImportWizard", "Customer: name")),
    "remind_at": str(QT_TRANSLATE_NOOP("ImportWizard", "Reminder")),
}
_CHILD_CODES: dict[str, str] = {
    "customer_not_found": str(
        QT_TRANSLATE_NOOP(
            "ImportWizard", "No customer of yours has this Outpost ID, phone or name."
        )
    ),
    "customer_ambiguous": str(
        QT_TRANSLATE_NOOP(
            "ImportWizard", "Several customers have this name: map a phone or Outpost ID column."
        )
    ),
}
_CONTACT: dict[str, str] = {  # str(): Qt types the marker as object
    m.CONTACT_NAME: str(QT_TRANSLATE_NOOP("ImportWizard", "Contact: name")),
    m.CONTACT_TITLE: str(QT_TRANSLATE_NOOP("ImportWizard", "Contact: title")),
    m.CONTACT_PHONE: str(QT_TRANSLATE_NOOP("ImportWizard", "Contact: phone")),
    m.CONTACT_EMAIL: str(QT_TRANSLATE_NOOP("ImportWizard", "Contact: e-mail")),
}


def target_label(target: str) -> str:
    if target == m.IGNORE:
        return QCoreApplication.translate("ImportWizard", "(leave out)")
    if target == m.ID:
        return QCoreApplication.translate("ImportWizard", "Outpost ID")
    if target in _CONTACT:
        return QCoreApplication.translate("ImportWizard", _CONTACT[target])
    if target in _KEYED:
        return QCoreApplication.translate("ImportWizard", _KEYED[target])
    return field_label(target)


def error_text(error: CellError) -> str:
    if error.code in _CHILD_CODES:
        text = QCoreApplication.translate("ImportWizard", _CHILD_CODES[error.code])
    else:
        text = field_text(FieldError(error.field, error.code, dict(error.params)))
    return f"{target_label(error.field)}: {text}"


def cell_text(value: Any) -> str:
    return "" if value is None else str(value)


class _State:
    """What the pages share: the file, the table read, the mapping and the plan."""

    def __init__(self, importer: Importer) -> None:
        self.importer = importer
        self.path: Path | None = None
        self.sheets: list[str] = []
        self.table: Table | None = None
        self.mapping: m.Mapping = {}
        self.key = UpdateKey.NONE
        self.entity = CUSTOMER  # or a child entity (children.ENTITIES)
        self.plan: Plan | None = None
        self.child_rows: list[ChildRow] | None = None
        self.summary: Summary | None = None
        self.done = 0
        self.total = 0
        self.cancel = threading.Event()


class ImportFilePage(QWizardPage):
    def __init__(self, state: _State) -> None:
        super().__init__()
        self.state = state
        self.path = QLineEdit()
        self.path.textChanged.connect(self.completeChanged)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.note = QLabel(wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.recent_label = QLabel()
        self.recent = QTableWidget(0, 3)
        self.recent.verticalHeader().hide()
        self.recent.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recent.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.recent.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.recent.itemSelectionChanged.connect(self._selected)
        self.undo = QPushButton()
        self.undo.setEnabled(False)
        self.undo.clicked.connect(self._undo)
        undo_row = QHBoxLayout()
        undo_row.addStretch(1)
        undo_row.addWidget(self.undo)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addSpacing(12)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent, 1)
        layout.addLayout(undo_row)
        self.batches: list[BatchInfo] = []
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("Customers from Excel (.xlsx, .xls) or a CSV file."))
        self.browse.setText(self.tr("Browse…"))
        self.note.setText(
            self.tr(
                "CSV files may be in UTF-8 or in GB18030 (what Excel saves on a Chinese "
                "Windows); the encoding is detected."
            )
        )

        self.recent_label.setText(self.tr("Recent imports:"))
        self.recent.setHorizontalHeaderLabels([self.tr("File"), self.tr("When"), self.tr("State")])
        self.undo.setText(self.tr("Undo import"))

    def initializePage(self) -> None:
        query(self, self.state.importer.batches).success(self._show_batches).run()

    def _show_batches(self, batches: list[BatchInfo]) -> None:
        self.batches = batches
        states = {
            "done": self.tr("Imported"),
            "cancelled": self.tr("Cancelled"),
            "undone": self.tr("Undone"),
            "running": self.tr("Stopped"),
        }
        self.recent.setRowCount(len(batches))
        for r, batch in enumerate(batches):
            created = batch.summary.get("created", 0)
            updated = batch.summary.get("updated", 0)
            name = (
                self.tr("%1 (%2 created, %3 updated)")
                .replace("%1", batch.file_name)
                .replace("%2", f"{created:,}")
                .replace("%3", f"{updated:,}")
            )
            for c, text in enumerate(
                (name, when(batch.started_at), states.get(batch.state, batch.state))
            ):
                self.recent.setItem(r, c, QTableWidgetItem(text))
        self._selected()

    def _chosen(self) -> BatchInfo | None:
        rows = self.recent.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.batches):
            return None
        return self.batches[rows[0].row()]

    def _selected(self) -> None:
        batch = self._chosen()
        self.undo.setEnabled(batch is not None and batch.state != "undone")

    def _undo(self) -> None:
        batch = self._chosen()
        if batch is None:
            return
        self.undo.setEnabled(False)
        importer = self.state.importer
        Op(self, lambda: importer.undo(batch.id), IMPORT_LANE).with_progress(
            self.tr("Undoing the import…")
        ).success(lambda _counts: self.initializePage()).run()

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Import customers"), "", self.tr("Spreadsheets"))
        dialog.setNameFilter(f"{self.tr('Spreadsheets')} ({FILTER})")
        dialog.fileSelected.connect(self.path.setText)
        dialog.open()

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:
        self.state.path = Path(self.path.text().strip())
        return True


class ImportSheetPage(QWizardPage):
    def __init__(self, state: _State) -> None:
        super().__init__()
        self.state = state
        self.sheet = QComboBox()
        self.header_row = QSpinBox(minimum=1, maximum=100)
        self.holds = QComboBox()
        for entity, text in _HOLDS:
            self.holds.addItem(QCoreApplication.translate("ImportWizard", text), entity)
        self.status = QLabel(wordWrap=True)
        form = QFormLayout(self)
        self.sheet_label = QLabel()
        self.header_label = QLabel()
        self.holds_label = QLabel()
        form.addRow(self.sheet_label, self.sheet)
        form.addRow(self.header_label, self.header_row)
        form.addRow(self.holds_label, self.holds)
        form.addRow(self.status)
        self.setTitle(self.tr("Sheet and headers"))
        self.setSubTitle(self.tr("Which sheet holds the customers, and which row the headers."))
        self.sheet_label.setText(self.tr("Sheet:"))
        self.header_label.setText(self.tr("Header row:"))
        self.holds_label.setText(self.tr("The sheet holds:"))
        self._loaded = False

    def initializePage(self) -> None:
        self._loaded = False
        self.sheet.clear()
        self.status.setText(self.tr("Reading the file…"))
        path = self.state.path
        assert path is not None
        query(self, lambda: self.state.importer.sheets(path)).success(self._sheets).failure(
            self._failed
        ).run()

    def _sheets(self, names: list[str]) -> None:
        self.state.sheets = names
        self.sheet.addItems(names)
        self.status.setText("")
        self._loaded = True
        self.completeChanged.emit()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, UnreadableFile):
            self.status.setText(self.tr("This file cannot be read as a spreadsheet."))
        else:
            show_failure(self, exc)

    def isComplete(self) -> bool:
        return self._loaded and self.sheet.count() > 0

    def validatePage(self) -> bool:
        self.state.entity = str(self.holds.currentData())
        return True


class ImportMappingPage(QWizardPage):
    def __init__(self, state: _State) -> None:
        super().__init__()
        self.state = state
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.key = QComboBox()
        self.status = QLabel(wordWrap=True)
        self.key_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.key_label)
        row.addWidget(self.key, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr("Which field each column fills. Several phone columns join into the list.")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Sample"), self.tr("Field")]
        )
        self.key_label.setText(self.tr("Update existing customers with the same:"))
        for key, text in (
            (UpdateKey.NONE, self.tr("(never: every row is a new customer)")),
            (UpdateKey.PHONE, self.tr("Phone")),
            (UpdateKey.EMAIL, self.tr("E-mail")),
            (UpdateKey.REGISTRATION_NO, self.tr("Registration no.")),
            (UpdateKey.ID, self.tr("Outpost ID (a file exported from Outpost)")),
        ):
            self.key.addItem(text, key.value)
        self.combos: list[QComboBox] = []
        self._loaded = False

    def initializePage(self) -> None:
        self._loaded = False
        self.table.setRowCount(0)
        self.status.setText(self.tr("Reading the sheet…"))
        wizard = self.wizard()
        sheet_page = wizard.page(ImportWizard.SHEET)
        assert isinstance(sheet_page, ImportSheetPage)
        sheet = sheet_page.sheet.currentText() or None
        header_row = sheet_page.header_row.value() - 1
        path = self.state.path
        assert path is not None
        importer = self.state.importer
        entity = self.state.entity
        self.key.setVisible(entity == CUSTOMER)
        self.key_label.setVisible(entity == CUSTOMER)

        def read() -> tuple[Table, m.Mapping]:
            table = importer.read(path, sheet, header_row)
            if entity != CUSTOMER:
                return table, children.guess(entity, table.headers)
            return table, importer.mapping_for(table.headers)

        query(self, read).success(self._show).failure(self._failed).run()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, UnreadableFile):
            self.status.setText(self.tr("This file cannot be read as a spreadsheet."))
        else:
            show_failure(self, exc)

    def _show(self, result: tuple[Table, m.Mapping]) -> None:
        table, guessed = result
        self.state.table = table
        self.status.setText(
            self.tr("%n row(s) under the headers.", "", len(table.rows))
            if table.headers
            else self.tr("This sheet is empty.")
        )
        self.table.setRowCount(len(table.headers))
        self.combos = []
        for i, header in enumerate(table.headers):
            samples = [cell_text(r[i]) for r in table.rows[:50] if r[i] is not None][:SAMPLES]
            self.table.setItem(i, 0, QTableWidgetItem(header))
            self.table.setItem(i, 1, QTableWidgetItem(" | ".join(samples)))
            combo = QComboBox()
            for target in (m.IGNORE, *self.targets()):
                combo.addItem(target_label(target), target)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(header, m.IGNORE))))
            self.table.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        if self.state.entity == CUSTOMER and any(v == m.ID for v in guessed.values()):
            self.key.setCurrentIndex(self.key.findData(UpdateKey.ID.value))
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 200)
        self._loaded = True
        self.completeChanged.emit()

    def mapping(self) -> m.Mapping:
        table = self.state.table
        assert table is not None
        return {h: str(c.currentData()) for h, c in zip(table.headers, self.combos, strict=True)}

    def targets(self) -> list[str]:
        if self.state.entity == CUSTOMER:
            return list(m.TARGETS)
        return children.targets(self.state.entity)

    def isComplete(self) -> bool:
        # a customer needs its name; a child row, some way to find its customer
        needed = {"name"} if self.state.entity == CUSTOMER else set(_KEYED) - {"remind_at"}
        return self._loaded and any(c.currentData() in needed for c in self.combos)

    def validatePage(self) -> bool:
        table = self.state.table
        assert table is not None
        self.state.mapping = self.mapping()
        if self.state.entity != CUSTOMER:
            self.state.key = UpdateKey.NONE
            return True  # the mapping remembered per header set is the customers' one
        self.state.key = UpdateKey(self.key.currentData())
        headers, chosen = list(table.headers), dict(self.state.mapping)
        write(self, lambda: self.state.importer.remember(headers, chosen)).run()
        return True


class ImportPreviewPage(QWizardPage):
    def __init__(self, state: _State) -> None:
        super().__init__()
        self.state = state
        self.counts = QLabel(wordWrap=True)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr("The first rows as they will be imported. Red cells are refused: point at one.")
        )
        self._loaded = False

    def initializePage(self) -> None:
        self._loaded = False
        self.table.clear()
        self.counts.setText(self.tr("Checking every row…"))
        state = self.state
        assert state.table is not None
        state.plan, state.child_rows = None, None
        table, chosen, key, entity = state.table, state.mapping, state.key, state.entity
        if entity != CUSTOMER:
            importer = state.importer
            query(self, lambda: importer.plan_children(entity, table, chosen)).success(
                self._show_children
            ).run()
            return
        name = state.path.name if state.path else ""
        query(self, lambda: state.importer.plan(table, chosen, key, name)).success(self._show).run()

    def _show_children(self, rows: list[ChildRow]) -> None:
        self.state.child_rows = rows
        refused = sum(1 for row in rows if row.errors)
        self.counts.setText(
            self.tr("New: %1 · Refused: %2")
            .replace("%1", f"{len(rows) - refused:,}")
            .replace("%2", f"{refused:,}")
        )
        table = self.state.table
        assert table is not None
        self._fill(
            table,
            self.state.mapping,
            [
                (row.index, Action.REFUSE if row.errors else Action.CREATE, row.errors)
                for row in rows[:PREVIEW_ROWS]
            ],
        )

    def _show(self, plan: Plan) -> None:
        self.state.plan = plan
        counts = plan.counts()
        self.counts.setText(
            self.tr("New: %1 · Update: %2 · Probable duplicates: %3 · Refused: %4 · Empty: %5")
            .replace("%1", f"{counts['create']:,}")
            .replace("%2", f"{counts['update']:,}")
            .replace("%3", f"{counts['hold']:,}")
            .replace("%4", f"{counts['refuse']:,}")
            .replace("%5", f"{counts['empty']:,}")
        )
        self._fill(
            plan.table,
            plan.mapping,
            [(row.index, row.action, row.errors) for row in plan.rows[:PREVIEW_ROWS]],
        )

    def _fill(
        self, table: Table, mapping: m.Mapping, rows: list[tuple[int, Action, list[CellError]]]
    ) -> None:
        """The first rows: each one's result, and its mapped cells with the refused ones red."""
        shown = [i for i, h in enumerate(table.headers) if mapping.get(h)]
        self.table.setColumnCount(len(shown) + 1)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Result"), *(table.headers[i] for i in shown)]
        )
        self.table.setRowCount(len(rows))
        self.table.setVerticalHeaderLabels([str(table.header_row + 2 + row[0]) for row in rows])
        for r, (index, action, row_errors) in enumerate(rows):
            result = QTableWidgetItem(self.action_text(action))
            if action == Action.REFUSE:
                result.setForeground(QBrush(theme.colour("error")))
                result.setToolTip("\n".join(error_text(e) for e in row_errors))
            self.table.setItem(r, 0, result)
            errors: dict[str, list[CellError]] = {}
            for error in row_errors:
                errors.setdefault(error.column, []).append(error)
            for c, i in enumerate(shown, start=1):
                item = QTableWidgetItem(cell_text(table.rows[index][i]))
                bad = errors.get(table.headers[i])
                if bad:
                    item.setBackground(QBrush(theme.colour("error_soft")))
                    item.setToolTip("\n".join(error_text(e) for e in bad))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._loaded = True
        self.completeChanged.emit()

    def action_text(self, action: Action) -> str:
        return {
            Action.CREATE: self.tr("New"),
            Action.UPDATE: self.tr("Update"),
            Action.HOLD: self.tr("Probable duplicate"),
            Action.REFUSE: self.tr("Refused"),
            Action.EMPTY: self.tr("Empty"),
        }[action]

    def isComplete(self) -> bool:
        state = self.state
        return self._loaded and (state.plan is not None or state.child_rows is not None)

    def nextId(self) -> int:
        plan = self.state.plan
        if self.state.entity != CUSTOMER or (plan is not None and not plan.held()):
            return ImportWizard.RUN
        return ImportWizard.DUPLICATES


class ImportDuplicatesPage(QWizardPage):
    def __init__(self, state: _State) -> None:
        super().__init__()
        self.state = state
        self.table = QTableWidget(0, 6)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.merge_all = QPushButton()
        self.create_all = QPushButton()
        self.skip_all = QPushButton()
        self.more = QLabel()
        self.merge_all.clicked.connect(lambda: self._all(Decision.MERGE))
        self.create_all.clicked.connect(lambda: self._all(Decision.CREATE))
        self.skip_all.clicked.connect(lambda: self._all(Decision.SKIP))
        buttons = QHBoxLayout()
        buttons.addWidget(self.more, 1)
        for button in (self.merge_all, self.create_all, self.skip_all):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setTitle(self.tr("Probable duplicates"))
        self.setSubTitle(
            self.tr(
                "These rows look like customers you have, or like an earlier row of the file. "
                "Rows left undecided are not imported."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Name"),
                self.tr("Phones"),
                self.tr("Probably the same as"),
                self.tr("Why"),
                self.tr("Decision"),
            ]
        )
        self.merge_all.setText(self.tr("Merge all"))
        self.create_all.setText(self.tr("Create all"))
        self.skip_all.setText(self.tr("Skip all"))
        self.combos: list[QComboBox] = []

    def decisions(self) -> list[tuple[str, Decision | None]]:
        return [
            (self.tr("Decide later (not imported)"), None),
            (self.tr("Merge into it"), Decision.MERGE),
            (self.tr("Create anyway"), Decision.CREATE),
            (self.tr("Skip"), Decision.SKIP),
        ]

    def reason_text(self, reason: str) -> str:
        return {
            "registration_no": self.tr("Same registration no."),
            "phone": self.tr("Same phone"),
            "company_name": self.tr("Same company name"),
            "person_name_and_phone": self.tr("Same name and phone"),
        }.get(reason, reason)

    def initializePage(self) -> None:
        plan = self.state.plan
        assert plan is not None
        held = plan.held()
        listed = held[:REVIEW_ROWS]
        self.table.setRowCount(len(listed))
        self.combos = []
        first_row = plan.table.header_row + 2
        for r, row in enumerate(listed):
            if row.earlier is not None:
                match = self.tr("Row %1 of this file: %2").replace(
                    "%1", str(first_row + row.earlier)
                )
            else:
                match = self.tr("Your customer: %2")
            match = match.replace("%2", row.target_name or "")
            values = [
                str(first_row + row.index),
                row.customer.get("name") or "",
                ", ".join(row.customer.get("phones") or []),
                match,
                ", ".join(self.reason_text(reason) for reason in row.reasons),
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
            combo = QComboBox()
            for text, decision in self.decisions():
                combo.addItem(text, decision.value if decision else "")
            combo.setCurrentIndex(
                max(0, combo.findData(row.decision.value if row.decision else ""))
            )
            combo.currentIndexChanged.connect(
                lambda _i, index=row.index, box=combo: self._decide(index, box)
            )
            self.table.setCellWidget(r, 5, combo)
            self.combos.append(combo)
        self.table.resizeColumnsToContents()
        self.more.setText(
            self.tr("%n more row(s) follow the buttons.", "", len(held) - len(listed))
            if len(held) > len(listed)
            else ""
        )

    def _decide(self, index: int, combo: QComboBox) -> None:
        plan = self.state.plan
        assert plan is not None
        data = combo.currentData()
        plan.decide(index, Decision(data) if data else None)

    def _all(self, decision: Decision) -> None:
        plan = self.state.plan
        assert plan is not None
        plan.decide_all(decision)
        for combo in self.combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(decision.value))
            combo.blockSignals(False)


class ImportRunPage(QWizardPage):
    def __init__(self, state: _State) -> None:
        super().__init__()
        self.state = state
        self.status = QLabel(wordWrap=True)
        self.bar = QProgressBar()
        self.cancel = QPushButton()
        self.cancel.clicked.connect(self._cancel)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addStretch(1)
        self.timer = QTimer(self, interval=100)
        self.timer.timeout.connect(self._tick)
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("You can go on working meanwhile. Cancel keeps what is done."))
        self.cancel.setText(self.tr("Cancel import"))
        self.setCommitPage(True)
        self._finished = False

    def initializePage(self) -> None:
        state = self.state
        plan = state.plan
        self._finished = False
        state.cancel.clear()
        state.done, state.total = 0, 0
        self.status.setText(self.tr("Importing…"))
        self.cancel.setEnabled(True)
        self.bar.setRange(0, 0)

        def progress(done: int, total: int) -> None:
            state.done, state.total = done, total

        importer, entity, rows = state.importer, state.entity, state.child_rows
        work: Callable[[], Summary]
        if entity != CUSTOMER:
            assert rows is not None
            name = state.path.name if state.path else ""

            def work() -> Summary:
                return importer.run_children(entity, rows, name, state.cancel)
        else:
            assert plan is not None

            def work() -> Summary:
                return importer.run(plan, progress, state.cancel)

        Op(self, work, IMPORT_LANE).success(self._done).failure(self._failed).run()
        self.timer.start()

    def _tick(self) -> None:
        if self.state.total:
            self.bar.setRange(0, self.state.total)
            self.bar.setValue(self.state.done)

    def _cancel(self) -> None:
        self.state.cancel.set()
        self.cancel.setEnabled(False)
        self.status.setText(self.tr("Cancelling after the rows being written…"))

    def _done(self, summary: Summary) -> None:
        self.timer.stop()
        self.state.summary = summary
        self._finished = True
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.cancel.setEnabled(False)
        self.completeChanged.emit()
        self.wizard().next()

    def _failed(self, exc: Exception) -> None:
        self.timer.stop()
        self.status.setText(self.tr("The import stopped."))
        show_failure(self, exc)

    def isComplete(self) -> bool:
        return self._finished


class ImportSummaryPage(QWizardPage):
    def __init__(self, state: _State) -> None:
        super().__init__()
        self.state = state
        self.text = QLabel(wordWrap=True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.undo = QPushButton()
        self.undo.clicked.connect(self._undo)
        self.undone = QLabel(wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.undo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addWidget(self.undone)
        layout.addStretch(1)
        self.setTitle(self.tr("Done"))
        self.setSubTitle(
            self.tr("One batch: Undo import removes what it created and restores what it changed.")
        )
        self.undo.setText(self.tr("Undo import"))

    def initializePage(self) -> None:
        summary = self.state.summary
        assert summary is not None
        lines = [
            self.tr("Import cancelled: what was done so far is kept.")
            if summary.cancelled
            else self.tr("Import finished."),
            "",
            self.tr("Created: %1").replace("%1", f"{summary.created:,}"),
            self.tr("Updated: %1").replace("%1", f"{summary.updated:,}"),
            self.tr("Unchanged: %1").replace("%1", f"{summary.unchanged:,}"),
            self.tr("Held as probable duplicates: %1").replace("%1", f"{summary.held:,}"),
            self.tr("Skipped: %1").replace("%1", f"{summary.skipped:,}"),
            self.tr("Refused: %1").replace("%1", f"{summary.refused:,}"),
            self.tr("Contacts created: %1").replace("%1", f"{summary.contacts:,}"),
        ]
        if self.state.entity != CUSTOMER:  # a child sheet's rows are only created or refused
            lines = [*lines[:3], lines[7]]
        self.text.setText("\n".join(lines))
        self.undo.setEnabled(bool(summary.created or summary.updated))
        self.undone.setText("")

    def _undo(self) -> None:
        summary = self.state.summary
        assert summary is not None
        self.undo.setEnabled(False)
        importer = self.state.importer
        Op(self, lambda: importer.undo(summary.batch_id), IMPORT_LANE).with_progress(
            self.tr("Undoing the import…")
        ).success(self._undone).failure(self._failed).run()

    def _undone(self, counts: dict[str, int]) -> None:
        self.undone.setText(
            self.tr("Import undone: %1 removed, %2 put back.")
            .replace("%1", f"{counts['removed']:,}")
            .replace("%2", f"{counts['restored']:,}")
        )

    def _failed(self, exc: Exception) -> None:
        self.undo.setEnabled(True)
        show_failure(self, exc)


class ImportWizard(QWizard):
    FILE, SHEET, MAPPING, PREVIEW, DUPLICATES, RUN, SUMMARY = range(7)

    def __init__(self, importer: Importer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = _State(importer)
        self.file_page = ImportFilePage(self.state)
        self.sheet_page = ImportSheetPage(self.state)
        self.mapping_page = ImportMappingPage(self.state)
        self.preview_page = ImportPreviewPage(self.state)
        self.duplicates_page = ImportDuplicatesPage(self.state)
        self.run_page = ImportRunPage(self.state)
        self.summary_page = ImportSummaryPage(self.state)
        for page_id, page in enumerate(
            (
                self.file_page,
                self.sheet_page,
                self.mapping_page,
                self.preview_page,
                self.duplicates_page,
                self.run_page,
                self.summary_page,
            )
        ):
            self.setPage(page_id, page)
        self.setWindowTitle(self.tr("Import customers"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.resize(860, 560)

    def set_file(self, path: Path) -> None:
        self.file_page.path.setText(str(path))


def open_import(parent: QWidget, importer: Importer) -> ImportWizard:
    """File > Import… and the Customers page's Import…: the wizard, window-modal."""
    wizard = ImportWizard(importer, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
