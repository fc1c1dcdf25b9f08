"""Reports (issue 19, item 5): ready reports (contribution by product line, customer, rep,
branch and month; pipeline conversion by stage; activity per rep; overdue payments by age) and
a pivot builder (rows and columns from the customer's tier, city, industry, source, owner,
branch, the product line, month or quarter; one measure), with a chart (bar, line, pie, drawn
by `ui/report_chart.py`), saved views, drill-down and export to .xlsx.

Everything reads the replica on the query lane (`ui/operations.py`), never on the GUI thread
and never over the network: a rep's book and a manager's branch report offline alike. The page
paints at once with "Loading…" and the figures follow; change notices of the records reported
on read them again (the newest request wins).

Double-click a figure: the records behind it (their amounts add up to it); double-click a
record: its contract (or customer, opportunity, interaction) opens.
"""

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.exporting import Captions, Column, Sheet, new_record, write_xlsx
from app.exporting.table import Kind
from app.reports import (
    READY,
    DrillRecord,
    Pivot,
    PivotSpec,
    Report,
    SavedView,
    SavedViews,
    dimensions_of,
)
from app.workspace import Workspace

from .background import NET_LANE, run_in_background
from .editors import Editors
from .errors import report_bug
from .notices import watch
from .operations import query, show_failure, write
from .report_chart import ChartData, ChartWidget
from .report_models import (
    DrillModel,
    KeyNames,
    PivotTableModel,
    amount_text,
    dimension_name,
    measure_name,
    ready_name,
)
from .theme import set_tone

REPORTED = ("customer", "contract", "contract_line", "payment", "opportunity", "interaction")
MEASURE_ORDER = (
    "contribution",
    "payments",
    "average",
    "contracts",
    "customers",
    "pipeline",
    "opportunities",
    "activities",
    "outstanding",
    "overdue_contracts",
)
PERIODS = ("all", "month", "year", "12months")
CHART_ROWS = 12  # the largest rows charted; the rest are in the table
CHART_SERIES = 6
DRILL_LIMIT = 10_000


def period_dates(period: str, today: date) -> tuple[date | None, date | None]:
    if period == "month":
        return today.replace(day=1), None
    if period == "year":
        return date(today.year, 1, 1), None
    if period == "12months":
        return date(today.year - 1, today.month, 1), None
    return None, None


class ReportsPage(QWidget):
    icon_name = "reports"
    opened = Signal(str)  # customer id
    loaded = Signal()
    exported = Signal(str)  # the file written

    def __init__(self, workspace: Workspace, editors: Editors | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.editors = editors or Editors(workspace, self)
        self.reports = workspace.reports  # its pivots' copies shared with Today's dashboard
        self.views = SavedViews(workspace.replica, workspace.user_id)
        self.saved: list[SavedView] = []
        self.names = KeyNames(
            workspace.directory.name, workspace.account.branch_name, workspace.user_id
        )
        self.ready_key: str | None = "contribution_product_line"
        self.report: Report | None = None
        self.loading = False
        self._asked = 0
        self._started = False
        self.message: QMessageBox | None = None  # the last message shown (tests)
        self.drill_dialog: DrillDialog | None = None
        watch(workspace.feed, self, REPORTED, lambda _c: self.run())

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.status = QLabel()
        set_tone(self.status, "muted")
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.status)

        self.ready_label = QLabel()
        self.ready_list = QListWidget()
        for key in READY:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.ready_list.addItem(item)
        self.ready_list.itemActivated.connect(self._ready_chosen)
        self.ready_list.itemClicked.connect(self._ready_chosen)
        self.views_label = QLabel()
        self.views_list = QListWidget()
        self.views_list.itemActivated.connect(self._view_chosen)
        self.views_list.itemClicked.connect(self._view_chosen)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.ask_view_name)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_view)
        side = QVBoxLayout()
        side.addWidget(self.ready_label)
        side.addWidget(self.ready_list, 3)
        side.addWidget(self.views_label)
        side.addWidget(self.views_list, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        side.addLayout(buttons)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(260)

        self.rows_label, self.columns_label = QLabel(), QLabel()
        self.measure_label, self.period_label = QLabel(), QLabel()
        self.rows = QComboBox()
        self.columns = QComboBox()
        self.measure = QComboBox()
        for key in MEASURE_ORDER:
            self.measure.addItem("", key)
        self.period = QComboBox()
        for key in PERIODS:
            self.period.addItem("", key)
        self.chart_kind = QComboBox()
        for key in ("bar", "line", "pie"):
            self.chart_kind.addItem("", key)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda: self.export())
        self._fill_dimensions("contribution", "product_line", None)
        self.measure.currentIndexChanged.connect(self._measure_changed)
        self.rows.currentIndexChanged.connect(self._builder_changed)
        self.columns.currentIndexChanged.connect(self._builder_changed)
        self.period.currentIndexChanged.connect(self._builder_changed)
        self.chart_kind.currentIndexChanged.connect(self._chart_kind_changed)
        builder = QHBoxLayout()
        for caption, widget in (
            (self.rows_label, self.rows),
            (self.columns_label, self.columns),
            (self.measure_label, self.measure),
            (self.period_label, self.period),
        ):
            builder.addWidget(caption)
            builder.addWidget(widget)
        builder.addStretch(1)
        builder.addWidget(self.chart_kind)
        builder.addWidget(self.export_button)

        self.model = PivotTableModel(self.names)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # widths from the first rows only: a report by customer may have 100,000 of them
        self.table.horizontalHeader().setResizeContentsPrecision(100)
        self.table.doubleClicked.connect(self.drill)
        self.chart = ChartWidget()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setSizes([300, 220])
        body = QVBoxLayout()
        body.addLayout(builder)
        body.addWidget(splitter, 1)
        main = QHBoxLayout()
        main.addWidget(side_widget)
        main.addLayout(body, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(main, 1)
        self.ready_list.setCurrentRow(0)
        self.retranslate()

    # --- the builder --------------------------------------------------------------------------

    def spec(self) -> PivotSpec:
        start, end = (
            self.period.currentData()
            if isinstance(self.period.currentData(), tuple)
            else period_dates(str(self.period.currentData()), date.today())
        )
        columns = self.columns.currentData()
        return PivotSpec(
            str(self.rows.currentData()),
            str(columns) if columns else None,
            str(self.measure.currentData()),
            start,
            end,
        )

    def set_spec(self, spec: PivotSpec) -> None:
        """Show `spec` in the builder (without running it)."""
        self.measure.blockSignals(True)
        self.measure.setCurrentIndex(max(0, self.measure.findData(spec.measure)))
        self.measure.blockSignals(False)
        self._fill_dimensions(spec.measure, spec.rows, spec.columns)
        self.period.blockSignals(True)
        for i in range(self.period.count() - 1, len(PERIODS) - 1, -1):
            self.period.removeItem(i)  # an earlier saved view's dates
        if spec.start is None and spec.end is None:
            self.period.setCurrentIndex(0)
        else:
            shown = " – ".join(d.isoformat() if d else "…" for d in (spec.start, spec.end))
            self.period.addItem(shown, (spec.start, spec.end))
            self.period.setCurrentIndex(self.period.count() - 1)
        self.period.blockSignals(False)

    def _fill_dimensions(self, measure: str, rows: str | None, columns: str | None) -> None:
        available = dimensions_of(measure)
        for combo, wanted, optional in ((self.rows, rows, False), (self.columns, columns, True)):
            combo.blockSignals(True)
            combo.clear()
            if optional:
                combo.addItem(self.tr("— none —"), None)
            for key in available:
                combo.addItem(dimension_name(key), key)
            index = combo.findData(wanted) if wanted in available else (0 if optional else -1)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _measure_changed(self) -> None:
        spec = self.spec()
        self._fill_dimensions(spec.measure, spec.rows, spec.columns)
        self._builder_changed()

    def _builder_changed(self) -> None:
        if self.columns.currentData() == self.rows.currentData():
            self.columns.blockSignals(True)
            self.columns.setCurrentIndex(0)
            self.columns.blockSignals(False)
        self.ready_key = None
        self.ready_list.clearSelection()
        self.views_list.clearSelection()
        self.run()

    def _ready_chosen(self, item: QListWidgetItem) -> None:
        self.choose_ready(str(item.data(Qt.ItemDataRole.UserRole)))

    def choose_ready(self, key: str) -> None:
        self.ready_key = key
        self.set_spec(READY[key].spec)
        self.views_list.clearSelection()
        row = list(READY).index(key)
        if self.ready_list.currentRow() != row:
            self.ready_list.setCurrentRow(row)
        self.run()

    def choose(self, spec: PivotSpec) -> None:
        """A pivot of the builder's (tests and saved views)."""
        self.set_spec(spec)
        self.ready_key = None
        self.ready_list.clearSelection()
        self.run()

    # --- reading ------------------------------------------------------------------------------

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._started:
            self._started = True
            self.run()
            self._read_views()

    def run(self) -> None:
        """Read the report or pivot on the query lane; the newest request wins."""
        self._started = True
        self._asked += 1
        asked = self._asked
        self.loading = True
        self.status.setText(self.tr("Loading…"))
        reports, key, spec = self.reports, self.ready_key, self.spec()
        if key is not None:
            start, end = spec.start, spec.end

            def read() -> Report:
                return reports.ready(key, start, end)
        else:

            def read() -> Report:
                return Report("", reports.pivot(spec))

        query(self, read).success(lambda report: self._arrived(asked, report)).failure(
            lambda exc: self._failed(asked, exc)
        ).run()

    def _failed(self, asked: int, exc: Exception) -> None:
        if asked == self._asked:
            self.loading = False
            self.status.setText("")
            report_bug(exc, self)

    def _arrived(self, asked: int, report: Report) -> None:
        if asked != self._asked:
            return
        self.report = report
        self.loading = False
        self.model.set_pivot(report.pivot, report.extras)
        self.table.resizeColumnsToContents()  # figures and their headings never cut
        self._chart(report.pivot)
        rows = len(report.pivot.rows)
        self.status.setText(self.tr("%n row(s)", "", rows))
        self.loaded.emit()

    def _chart(self, pivot: Pivot) -> None:
        data = ChartData()
        spec = pivot.spec
        rows = pivot.rows[-CHART_ROWS:] if spec.rows in ("month", "quarter") else pivot.rows
        rows = rows[:CHART_ROWS]
        data.categories = [self.names(spec.rows, key, pivot) for key in rows]
        if spec.columns and self.chart_kind.currentData() != "pie":
            for column in pivot.columns[:CHART_SERIES]:
                values = [pivot.value(r, column) for r in rows]
                data.series.append((self.names(spec.columns, column, pivot), _floats(values)))
                data.texts.append([amount_text(v, pivot.money) for v in values])
        else:  # one series: the rows' totals
            values = [pivot.row_totals.get(r, Decimal(0)) for r in rows]
            data.series = [(measure_name(spec.measure), _floats(values))]
            data.texts = [[amount_text(v, pivot.money) for v in values]]
        self.chart.empty_text = self.tr("Nothing to chart")
        self.chart.set_data(data)

    def _chart_kind_changed(self) -> None:
        self.chart.set_kind(str(self.chart_kind.currentData()))
        if self.report is not None:
            self._chart(self.report.pivot)

    # --- drill-down ---------------------------------------------------------------------------

    def drill(self, index: object) -> "DrillDialog | None":
        """The records behind the figure double-clicked (a cell, a total)."""
        cell = self.model.drill_of(index)  # type: ignore[arg-type]
        if cell is None or self.report is None:
            return None
        row, column = cell
        pivot = self.report.pivot
        spec = pivot.spec
        said = [
            self.names(spec.rows, row, pivot) if row is not None else self.tr("Total"),
        ]
        if spec.columns:
            said.append(
                self.names(spec.columns, column, pivot) if column is not None else self.tr("Total")
            )
        figure = amount_text(self.model.value(row, column), pivot.money)
        title = f"{measure_name(spec.measure)} · {' · '.join(said)}: {figure}"
        dialog = DrillDialog(self, title)
        self.drill_dialog = dialog
        dialog.opened.connect(self.opened)
        engine = self.reports.engine
        query(self, lambda: engine.drill(spec, row, column, DRILL_LIMIT + 1)).success(
            dialog.show_records
        ).run()
        dialog.open()
        return dialog

    # --- saved views --------------------------------------------------------------------------

    def _read_views(self) -> None:
        views = self.views
        query(self, views.all).success(self._show_views).run()

    def _show_views(self, views: list[SavedView]) -> None:
        self.saved = views
        self.views_list.clear()
        for view in views:
            self.views_list.addItem(view.name)
        self.delete_button.setEnabled(bool(views))

    def _view_chosen(self, item: QListWidgetItem) -> None:
        view = next((v for v in self.saved if v.name == item.text()), None)
        if view is not None:
            self.choose(view.spec)
            self.views_list.setCurrentItem(item)

    def ask_view_name(self) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Save view"))
        dialog.setLabelText(self.tr("Name of this view:"))
        current = self.views_list.currentItem()
        dialog.setTextValue(current.text() if current is not None else "")
        dialog.textValueSelected.connect(self.save_view)
        dialog.open()
        return dialog

    def save_view(self, name: str) -> None:
        if not name.strip():
            return
        views, spec = self.views, self.spec()
        write(self, lambda: views.save(name, spec)).success(self._show_views).run()

    def delete_view(self) -> None:
        item = self.views_list.currentItem()
        if item is None:
            return
        views, name = self.views, item.text()
        write(self, lambda: views.delete(name)).success(self._show_views).run()

    # --- export -------------------------------------------------------------------------------

    def export(self, path: Path | None = None) -> None:
        """The table as shown to an .xlsx file (on the query lane), recorded in the audit log."""
        if self.report is None:
            return
        title = ready_name(self.ready_key) if self.ready_key else self.tr("Pivot")
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            proposed = Path(folder) / f"{title}-{date.today().isoformat()}.xlsx"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export"), str(proposed), self.tr("Excel workbook (*.xlsx)")
            )
            if not chosen:
                return
            path = Path(chosen)
            if path.suffix.lower() != ".xlsx":
                path = path.with_name(f"{path.name}.xlsx")
        sheet = self.sheet(title)
        target = path

        def run() -> int:
            return write_xlsx(target, [sheet], Captions())[0]

        query(self, run).with_progress(self.tr("Exporting…")).success(
            lambda rows: self._exported(target, rows, title)
        ).failure(lambda exc: show_failure(self, exc)).run()

    def sheet(self, title: str) -> Sheet:
        """The table as it is shown: labels in words, figures as numbers."""
        model = self.model
        pivot = model.pivot
        assert pivot is not None
        headers = model.headers()
        figures = model.figure_columns()
        figure: Kind = "money" if pivot.money else "number"
        kinds: list[Kind] = ["text", *[figure] * len(figures)]
        kinds += ["money" if e.kind == "money" else "number" for e in model.extras]
        columns = [
            Column(f"c{i}", h, k) for i, (h, k) in enumerate(zip(headers, kinds, strict=True))
        ]
        rows = []
        for r in range(model.rowCount()):
            key = model.row_key(r)
            row: dict[str, object] = {"c0": model.text(r, 0)}
            for i, column in enumerate(figures, start=1):
                row[f"c{i}"] = model.value(key, column)
            for i, extra in enumerate(model.extras, start=1 + len(figures)):
                row[f"c{i}"] = extra.total if key is None else extra.values.get(key)
            rows.append(row)
        return Sheet(title, columns, rows, len(rows), with_id=False)

    def _exported(self, path: Path, rows: int, title: str) -> None:
        log = self.workspace.exports
        record = new_record("report", "xlsx", rows, title)
        write(self, lambda: log.note(record)).success(
            lambda _none: run_in_background(
                log.flush_quietly, lambda _sent: None, lambda _exc: None, lane=NET_LANE
            )
        ).run()
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Export"))
        box.setText(self.tr("Exported %n row(s).", "", rows))
        box.setInformativeText(str(path))
        self.message = box
        box.open()
        self.exported.emit(str(path))

    # --- words --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reports"))
        self.ready_label.setText(self.tr("Ready reports"))
        self.views_label.setText(self.tr("Saved views"))
        self.save_button.setText(self.tr("Save view…"))
        self.delete_button.setText(self.tr("Delete view"))
        self.rows_label.setText(self.tr("Rows:"))
        self.columns_label.setText(self.tr("Columns:"))
        self.measure_label.setText(self.tr("Measure:"))
        self.period_label.setText(self.tr("Period:"))
        self.export_button.setText(self.tr("Export…"))
        for i in range(self.ready_list.count()):
            item = self.ready_list.item(i)
            item.setText(ready_name(str(item.data(Qt.ItemDataRole.UserRole))))
        for i in range(self.measure.count()):
            self.measure.setItemText(i, measure_name(str(self.measure.itemData(i))))
        periods = {
            "all": self.tr("All time"),
            "month": self.tr("This month"),
            "year": self.tr("This year"),
            "12months": self.tr("Last 12 months"),
        }
        for i, key in enumerate(PERIODS):
            self.period.setItemText(i, periods[key])
        charts = {"bar": self.tr("Bar chart"), "line": self.tr("Line chart"),
                  "pie": self.tr("Pie chart")}  # fmt: skip
        for i in range(self.chart_kind.count()):
            self.chart_kind.setItemText(i, charts[str(self.chart_kind.itemData(i))])
        spec = self.spec()
        self._fill_dimensions(spec.measure, spec.rows, spec.columns)
        self.model.set_pivot(self.model.pivot, self.model.extras)
        if self.report is not None:
            self._chart(self.report.pivot)


def _floats(values: list[Decimal]) -> list[float]:
    return [float(v) for v in values]


class DrillDialog(QDialog):
    """The records behind a figure: double-click (or Enter) opens one, Open customer its
    customer."""

    opened = Signal(str)

    def __init__(self, page: ReportsPage, title: str) -> None:
        super().__init__(page)
        self.page = page
        self.setWindowTitle(self.tr("Records behind the figure"))
        self.heading = QLabel(title)
        self.heading.setWordWrap(True)
        self.count = QLabel(self.tr("Loading…"))
        self.model = DrillModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.open_record(index.row()))
        self.customer_button = QPushButton(self.tr("Open customer"))
        self.customer_button.clicked.connect(self._open_customer)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.customer_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(720, 460)

    def show_records(self, records: list[DrillRecord]) -> None:
        more = len(records) > DRILL_LIMIT
        records = records[:DRILL_LIMIT]
        self.model.set_records(records)
        self.table.resizeColumnsToContents()
        amounts = [r.amount for r in records if r.amount is not None]
        text = self.tr("%n record(s)", "", len(records))
        if amounts:
            text += " · " + self.tr("total %1").replace(
                "%1", amount_text(sum(amounts, Decimal(0)), True)
            )
        if more:
            text += " · " + self.tr("the first %1 shown").replace("%1", f"{DRILL_LIMIT:,}")
        self.count.setText(text)
        if records:
            self.table.selectRow(0)

    def open_record(self, row: int) -> QDialog | None:
        if not 0 <= row < len(self.model.records):
            return None
        record = self.model.records[row]
        if record.entity == "customer":
            self.opened.emit(record.customer_id)
            self.accept()
            return None
        return self.page.editors.open_record(record.entity, record.id, self)

    def _open_customer(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.opened.emit(self.model.records[rows[0].row()].customer_id)
            self.accept()
