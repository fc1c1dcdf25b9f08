"""A printable customer file: the facts, contacts, open work and timeline (HTML made in
app/exporting/printable.py on the query lane), shown in a preview and saved as PDF through
QTextDocument and QPdfWriter (QtGui: the bundle leaves out QtPrintSupport). Chinese is set in
WenQuanYi Micro Hei where it is installed, else the system's CJK font."""

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QSizeF, QStandardPaths, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.exporting import Captions, customer_file_html
from app.exporting.files import written
from app.workspace import Workspace

from .labels import when
from .money import money
from .operations import query

FONT = "WenQuanYi Micro Hei"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def safe_name(text: str) -> str:
    """A file name from a title: no characters Windows refuses, not too long."""
    return _UNSAFE.sub("_", text).strip(" .")[:80] or "export"


def document(html: str) -> QTextDocument:
    doc = QTextDocument()
    font = QFont(FONT, 10)
    font.setFamilies([FONT, "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC"])
    doc.setDefaultFont(font)
    doc.setHtml(html)
    return doc


def write_pdf(html: str, path: Path, title: str) -> int:
    """The HTML on A4 pages as a PDF; the pages written. (GUI thread: QTextDocument.)"""
    with written(path) as part:
        writer = QPdfWriter(str(part))
        writer.setTitle(title)
        writer.setCreator("Outpost CRM")
        writer.setResolution(300)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        doc = document(html)
        doc.setPageSize(QSizeF(writer.width(), writer.height()))
        doc.print_(writer)
        pages = doc.pageCount()
        del writer  # finishes the file
    return pages


class PrintPreview(QDialog):
    """The file as it will print, with Save as PDF."""

    def __init__(self, html: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.html = html
        self.title = title
        self.setWindowTitle(title)
        self.view = QTextBrowser()
        self.view.setDocument(document(html))
        self.view.document().setParent(self.view)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton()
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 820)
        self.save_button.setText(self.tr("Save as PDF…"))
        self.save_button.setDefault(True)


class CustomerPrint(QObject):
    def __init__(
        self,
        workspace: Workspace,
        window: QWidget,
        recorded: Callable[..., None],
        captions: Callable[[], Captions],
        field: Callable[[str], str],
    ) -> None:
        super().__init__(window)
        self.captions = captions
        self.field = field
        self.workspace = workspace
        self.window = window
        self.recorded = recorded
        self.finished: Callable[[Path, int], None] = lambda _path, _pages: None
        self.failed: Callable[[Exception], None] = lambda _exc: None
        self.dialog: PrintPreview | None = None
        self.words: dict[str, str] = {}

    def retranslate(self) -> None:
        self.words = {
            "contacts": self.tr("Contacts"),
            "open_work": self.tr("Open work"),
            "tasks": self.tr("Tasks"),
            "opportunities": self.tr("Opportunities"),
            "service_requests": self.tr("Service requests"),
            "timeline": self.tr("Timeline"),
            "last_contact": self.tr("Last contact"),
            "open_value": self.tr("Open opportunities"),
            "none": self.tr("None"),
        }

    def html_reader(self, customer_id: str) -> Callable[[], str]:
        """The page's HTML, to read on the query lane."""
        records, files = self.workspace.records, self.workspace.files
        user = self.workspace.account.display_name
        words = {
            **self.words,
            "printed": self.tr("Printed %1 by %2")
            .replace("%1", when(date.today()))
            .replace("%2", user),
        }
        captions = replace(self.captions(), words=words)
        field = self.field
        return lambda: customer_file_html(records, files, customer_id, captions, field, money)

    def preview(self, customer_id: str | None) -> None:
        if customer_id is None:
            return
        title = self.workspace.records.get("customer", customer_id)["name"]
        query(self.window, self.html_reader(customer_id)).success(
            lambda html: self._show(html, title, customer_id)
        ).run()

    def _show(self, html: str, title: str, customer_id: str) -> None:
        dialog = PrintPreview(html, title, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.save_button.clicked.connect(lambda: self.save(dialog, customer_id))
        self.dialog = dialog
        dialog.open()

    def save(self, dialog: PrintPreview, customer_id: str) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        proposed = Path(folder) / f"{safe_name(dialog.title)}-{date.today().isoformat()}.pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            dialog, dialog.save_button.text(), str(proposed), dialog.tr("PDF (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(f"{path.name}.pdf")
        try:
            pages = write_pdf(dialog.html, path, dialog.title)
        except Exception as exc:  # a KnownError (disk full, denied) is told; a bug reported
            self.failed(exc)
            return
        self.recorded("customer_file", "pdf", 1, dialog.title, customer_id)
        dialog.accept()
        self.finished(path, pages)
