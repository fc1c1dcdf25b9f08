"""Export, from wherever a list is on screen: File > Export… (Ctrl+Shift+E) exports the page's
list as it is shown (filters, order, columns); the Customers page's Export button the same;
the customer view's Export menu the whole file (.xlsx), its contacts (vCard), its tasks
(iCalendar) and a printable file (PDF, ui/print_customer.py).

The file is chosen with a save dialog proposing a name (客户-2026-11-29.xlsx); the writing runs
on the query lane (a busy dialog after 600 ms), never on the GUI thread; the end says how many
rows went where, with "Open folder". Each export is recorded in the server's audit log: queued
in the replica (DB lane), sent at once on the network lane, or after the next sync round.
"""

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from app.errors import DiskFull, KnownError
from app.exporting import (
    Captions,
    ExportCancelled,
    calendar_sheet,
    customer_file_sheets,
    customer_sheet,
    new_record,
    pipeline_sheet,
    service_sheet,
    write_ics,
    write_table,
    write_vcards,
    write_xlsx,
)
from app.workspace import Workspace
from sync.protocol.staff import ExportFormat, ExportKind

from .background import NET_LANE, run_in_background
from .calendar_page import CalendarPage
from .customer_view import CustomerView
from .customers import CustomersPage, CustomerTableModel
from .labels import field_label, label
from .operations import PROGRESS_AFTER_MS, query, show_failure, write
from .pipeline_page import PipelinePage
from .print_customer import CustomerPrint, safe_name
from .reports_page import ReportsPage
from .service_page import ServicePage, ServiceTableModel

NOT_EXPORTED = frozenset({"last_contact", "branch_id"})


class ExportActions(QObject):
    def __init__(self, workspace: Workspace, window: QWidget) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.window = window
        self.folder: str | None = None  # the last folder chosen, for the next export
        self.message: QMessageBox | None = None  # the last "exported" message (tests)
        self.printer = CustomerPrint(workspace, window, self._recorded, self.captions, self.field)
        self.printer.failed = self.failed
        self.printer.finished = lambda path, pages: self._finished(
            path, self.tr("Saved %n page(s).", "", pages)
        )
        self.action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+E"))
        self.action.triggered.connect(lambda: self.export_page(self._current_page()))
        self.page_of: Callable[[], QWidget | None] = lambda: None  # set by the window
        self.customer_menu = QMenu(window)
        self.file_action = self.customer_menu.addAction("")
        self.print_action = self.customer_menu.addAction("")
        self.customer_menu.addSeparator()
        self.vcard_action = self.customer_menu.addAction("")
        self.ics_action = self.customer_menu.addAction("")
        self.view: CustomerView | None = None
        self.retranslate()

    def attach(self, customers: CustomersPage, view: CustomerView) -> None:
        """The pages' buttons: the list's Export button, the customer view's Export menu."""
        customers.export_button.clicked.connect(lambda: self.export_customers(customers))
        self.view = view
        view.export_button.setMenu(self.customer_menu)
        self.file_action.triggered.connect(lambda: self.export_customer_file(view.customer_id))
        self.print_action.triggered.connect(lambda: self.printer.preview(view.customer_id))
        self.vcard_action.triggered.connect(lambda: self.export_contacts(view.customer_id))
        self.ics_action.triggered.connect(lambda: self.export_tasks(view.customer_id))

    def retranslate(self) -> None:
        self.action.setText(self.tr("Export…"))
        self.file_action.setText(self.tr("Export customer file…"))
        self.print_action.setText(self.tr("Print…"))
        self.vcard_action.setText(self.tr("Export contacts (vCard)…"))
        self.ics_action.setText(self.tr("Export tasks to calendar (.ics)…"))
        self.printer.retranslate()

    def _current_page(self) -> QWidget | None:
        return self.page_of()

    # --- what to export -------------------------------------------------------------------

    def export_page(self, page: QWidget | None) -> None:
        """File > Export…: the list on screen."""
        if isinstance(page, CustomersPage):
            self.export_customers(page)
        elif isinstance(page, CustomerView):
            self.export_customer_file(page.customer_id)
        elif isinstance(page, ServicePage):
            self.export_service(page)
        elif isinstance(page, PipelinePage):
            self.export_pipeline(page)
        elif isinstance(page, CalendarPage):
            self.export_calendar(page)
        elif isinstance(page, ReportsPage):
            page.export()
        else:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Export"),
                self.tr(
                    "This page has no list to export. Open Customers, Pipeline, Calendar, "
                    "Service or a customer, then choose File > Export… again."
                ),
                parent=self.window,
            )
            self.message = box
            box.open()

    def export_customers(self, page: CustomersPage) -> None:
        path = self._ask(self.tr("Customers"), ("xlsx", "csv"))
        if path is None:
            return
        model = page.model
        # the columns the list shows (issue 25's chooser); those the replica's customer rows
        # do not hold as such (last contact, the branch's name) are not exported yet
        columns = [
            (name, header)
            for position, (name, header) in enumerate(
                zip(CustomerTableModel.COLUMNS, model.headers(), strict=True)
            )
            if not page.table.isColumnHidden(position) and name not in NOT_EXPORTED
        ]
        where, order_by, descending = model.where, model.order_by, model.descending
        records, customers, captions = self.workspace.records, model.customers, self.captions()
        title = self.tr("Customers")

        progress = ExportProgress()

        def run() -> int:
            sheet = customer_sheet(
                records,
                customers,
                where,
                columns,
                order_by=order_by,
                descending=descending,
                title=title,
            )
            progress.total = sheet.count or 0
            return write_table(path, sheet, captions, progress)

        self._run(run, path, "customers", _format(path), self.filter_text(page), progress=progress)

    def filter_text(self, page: CustomersPage) -> str:
        """The filter as the user set it, in their words ("Tier: Premium; City: 上海")."""
        names = {
            "tier": self.tr("Tier"),
            "status": self.tr("Status"),
            "owner_id": self.tr("Owner"),
            "city": self.tr("City"),
            "tag": self.tr("Tag"),
        }
        parts = [
            f"{names[name]}: {combo.currentText()}"
            for name, combo in page.filters.combos.items()
            if combo.currentData() is not None
        ]
        if page.model.where.text:
            parts.append(f"{self.tr('Text')}: {page.model.where.text}")
        if page.model.where.archived:
            parts.append(self.tr("Archived"))
        return "; ".join(parts)

    def export_service(self, page: ServicePage) -> None:
        path = self._ask(self.tr("Service requests"), ("xlsx", "csv"))
        if path is None:
            return
        columns = list(zip(ServiceTableModel.COLUMNS, page.model.headers(), strict=True))
        desk, which, captions = self.workspace.desk, page.which, self.captions()
        title = self.tr("Service requests")

        def run() -> int:
            return write_table(path, service_sheet(desk, which, columns, title=title), captions)

        self._run(run, path, "service_requests", _format(path), str(which.value))

    def export_pipeline(self, page: PipelinePage) -> None:
        path = self._ask(self.tr("Opportunities"), ("xlsx", "csv"))
        if path is None:
            return
        keys = ("stage", "customer", "title", "amount", "currency", "probability", "expected_close")
        columns = [(key, field_label(key)) for key in keys]
        columns[1] = ("customer", field_label("customer_id"))
        pipeline, mine, captions = self.workspace.pipeline, page.mine.isChecked(), self.captions()
        title = self.tr("Opportunities")

        def run() -> int:
            return write_table(
                path, pipeline_sheet(pipeline, columns, mine=mine, title=title), captions
            )

        self._run(run, path, "opportunities", _format(path), self.tr("Mine") if mine else "")

    def export_calendar(self, page: CalendarPage) -> None:
        days = page.days()
        path = self._ask(self.tr("Calendar"), ("xlsx", "csv", "ics"))
        if path is None:
            return
        calendar, captions = self.workspace.calendar, self.captions()
        span = f"{days[0].isoformat()} – {days[-1].isoformat()}"
        if path.suffix.lower() == ".ics":

            def run() -> int:
                return write_ics(path, (_as_task(e) for e in calendar.agenda(days[0], len(days))))

        else:
            keys = ("when", "ends", "kind", "title", "customer", "location", "done")
            columns = [(key, field_label(key)) for key in keys]
            columns[1] = ("ends", field_label("ends_at"))
            columns[4] = ("customer", field_label("customer_id"))
            title = self.tr("Calendar")

            def run() -> int:
                sheet = calendar_sheet(calendar, days[0], len(days), columns, title=title)
                return write_table(path, sheet, captions)

        self._run(run, path, "calendar", _format(path), span)

    def export_customer_file(self, customer_id: str | None) -> None:
        if customer_id is None:
            return
        name = self.workspace.records.get("customer", customer_id)["name"]
        path = self._ask(name, ("xlsx",))
        if path is None:
            return
        records, files, captions = self.workspace.records, self.workspace.files, self.captions()
        field = self.field
        titles = {
            "customer": self.tr("Customer"),
            "contact": self.tr("Contacts"),
            "interaction": self.tr("Interactions"),
            "opportunity": self.tr("Opportunities"),
            "task": self.tr("Tasks"),
            "service_request": self.tr("Service requests"),
            "relation": self.tr("Relations"),
        }

        def run() -> int:
            sheets = customer_file_sheets(records, files, customer_id, captions, field, titles)
            return sum(write_xlsx(path, sheets, captions))

        self._run(run, path, "customer_file", "xlsx", name, customer_id)

    def export_contacts(self, customer_id: str | None) -> None:
        if customer_id is None:
            return
        customer = self.workspace.records.get("customer", customer_id)
        path = self._ask(f"{customer['name']}-{self.tr('Contacts')}", ("vcf",))
        if path is None:
            return
        records = self.workspace.records
        company = customer["name"] if customer["kind"] == "company" else None

        def run() -> int:
            return write_vcards(path, records.find("contact", customer_id=customer_id), company)

        self._run(run, path, "contacts", "vcf", customer["name"], customer_id)

    def export_tasks(self, customer_id: str | None) -> None:
        if customer_id is None:
            return
        customer = self.workspace.records.get("customer", customer_id)
        path = self._ask(f"{customer['name']}-{self.tr('Tasks')}", ("ics",))
        if path is None:
            return
        records = self.workspace.records

        def run() -> int:
            tasks = records.find("task", customer_id=customer_id)
            return write_ics(path, ({**t, "customer": customer["name"]} for t in tasks))

        self._run(run, path, "tasks", "ics", customer["name"], customer_id)

    # --- the common parts -----------------------------------------------------------------

    def captions(self) -> Captions:
        """The words of an export in the user's language (made on the GUI thread)."""
        user_id = self.workspace.user_id
        you = self.tr("You")
        name = self.workspace.directory.name

        def person(user: str) -> str | None:
            return you if user == user_id else name(user)

        return Captions(label=label, person=person, yes=self.tr("Yes"), no=self.tr("No"))

    def field(self, key: str) -> str:
        """A field's caption as forms show it, and the few only exports show."""
        extra = {
            "owner_id": self.tr("Owner"),
            "assignee_id": self.tr("Assigned to"),
            "user_id": self.tr("By"),
            "created_at": self.tr("Created"),
            "updated_at": self.tr("Last change"),
            "is_primary": self.tr("Primary"),
            "resolution": self.tr("Resolution"),
        }
        return extra.get(key) or field_label(key)

    def _ask(self, title: str, formats: tuple[str, ...]) -> Path | None:
        """The save dialog, proposing 客户-2026-11-29.xlsx in the last folder (or Documents)."""
        names = {
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "csv": self.tr("CSV, UTF-8 (*.csv)"),
            "vcf": self.tr("vCard (*.vcf)"),
            "ics": self.tr("iCalendar (*.ics)"),
            "pdf": self.tr("PDF (*.pdf)"),
        }
        folder = self.folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        proposed = Path(folder) / f"{safe_name(title)}-{date.today().isoformat()}.{formats[0]}"
        chosen, selected = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export"),
            str(proposed),
            ";;".join(names[f] for f in formats),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower().lstrip(".") not in formats:
            wanted = next((f for f in formats if names[f] == selected), formats[0])
            path = path.with_name(f"{path.name}.{wanted}")
        self.folder = str(path.parent)
        return path

    def _run(
        self,
        work: Callable[[], int],
        path: Path,
        kind: ExportKind,
        format: ExportFormat,
        description: str,
        customer_id: str | None = None,
        *,
        progress: "ExportProgress | None" = None,
    ) -> None:
        """`work` on the query lane; with `progress`, a dialog counting the rows (after 600 ms)
        whose Cancel stops the writing and leaves no file."""
        shown = None
        if progress is not None:
            shown = ProgressDialog(self.window, self.tr("Exporting…"), self.tr("Cancel"), progress)

        def done(rows: int) -> None:
            if shown is not None:
                shown.close()
            self._recorded(kind, format, rows, description, customer_id)
            self._finished(path, self.tr("Exported %n row(s).", "", rows))

        def failed(exc: Exception) -> None:
            if shown is not None:
                shown.close()
            self.failed(exc)

        op = query(self.window, work)
        if shown is None:
            op = op.with_progress(self.tr("Exporting…"))
        op.success(done).failure(failed).run()

    def _recorded(
        self,
        kind: ExportKind,
        format: ExportFormat,
        rows: int,
        description: str,
        customer_id: str | None = None,
    ) -> None:
        """Into the audit log: queued in the replica, then sent (or after the next sync)."""
        log = self.workspace.exports
        record = new_record(kind, format, rows, description, customer_id)
        write(self.window, lambda: log.note(record)).success(
            lambda _none: run_in_background(
                log.flush_quietly, lambda _sent: None, lambda _exc: None, lane=NET_LANE
            )
        ).run()

    def _finished(self, path: Path, text: str) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Export"))
        box.setText(text)
        box.setInformativeText(str(path))
        opener = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        opener.clicked.connect(lambda: open_folder(path))
        self.message = box
        box.open()

    def failed(self, exc: Exception) -> None:
        if isinstance(exc, ExportCancelled):
            return  # the user stopped it: nothing to tell
        text = self.failure_text(exc)
        if text is None:
            show_failure(self.window, exc)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export"), text, parent=self.window)
        box.setInformativeText(exc.message if isinstance(exc, KnownError) else "")
        self.message = box
        box.open()

    def failure_text(self, exc: Exception) -> str | None:
        if isinstance(exc, DiskFull):
            return self.tr(
                "The disk is full, so the file was not written. Free some space or choose "
                "another drive, then export again."
            )
        if isinstance(exc, KnownError) and exc.code == "export_denied":
            return self.tr(
                "Outpost may not write there. Choose another folder (such as Documents), or "
                "close the file if Excel has it open, then export again."
            )
        if isinstance(exc, KnownError) and exc.code == "export_failed":
            return self.tr("The file could not be written. Choose another folder or name.")
        return None


class ExportProgress:
    """Rows written so far (set on the query lane, read on the GUI thread) and the user's
    Cancel, which the writer meets at its next report and stops on (ExportCancelled)."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self.cancelled = threading.Event()

    def __call__(self, done: int) -> None:
        self.done = done
        if self.cancelled.is_set():
            raise ExportCancelled("The export was cancelled.")


class ProgressDialog:
    """A counting progress dialog shown once the export has taken `PROGRESS_AFTER_MS`."""

    def __init__(self, parent: QWidget, label: str, cancel: str, progress: ExportProgress) -> None:
        self.parent, self.label, self.cancel, self.progress = parent, label, cancel, progress
        self.dialog: QProgressDialog | None = None
        self.timer = QTimer(interval=PROGRESS_AFTER_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        if self.dialog is None:
            self.dialog = QProgressDialog(self.label, self.cancel, 0, 0, self.parent)
            self.dialog.setWindowTitle(QApplication.applicationDisplayName())
            self.dialog.setMinimumDuration(0)
            self.dialog.setAutoReset(False)
            self.dialog.setAutoClose(False)
            self.dialog.canceled.connect(self.progress.cancelled.set)
            self.dialog.open()
            self.timer.setInterval(200)
        self.dialog.setMaximum(self.progress.total)
        self.dialog.setValue(min(self.progress.done, self.progress.total))

    def close(self) -> None:
        self.timer.stop()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def open_folder(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def _format(path: Path) -> ExportFormat:
    suffix = path.suffix.lower().lstrip(".")
    return "csv" if suffix == "csv" else "ics" if suffix == "ics" else "xlsx"


def _as_task(entry: Any) -> dict[str, Any]:
    """A calendar entry as the task fields iCalendar takes."""
    event = entry.appointment
    return {
        "id": entry.id,
        "kind": entry.kind,
        "title": entry.title,
        "starts_at": entry.when if event else None,
        "ends_at": entry.ends if event else None,
        "due_at": None if event else entry.when,
        "location": entry.location,
        "customer": entry.customer,
        "done": entry.done,
    }
