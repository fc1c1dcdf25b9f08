"""Help › Keyboard shortcuts and Help › About: what a person (or IT on the phone) asks first —
which keys do what, which version this is, which server it talks to, how big the local copy
is and when it last synced."""

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.about import client_version, replica_bytes

from .labels import when


def _plain(text: str) -> str:
    return text.replace("&", "")


class ShortcutsDialog(QDialog):
    """Every action of the window that has a key, as the menus name it, in the platform's
    notation (Ctrl on Windows and Linux, ⌘ on macOS)."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = list(
            dict.fromkeys(
                (_plain(a.text()), a.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
                for a in actions
                if not a.shortcut().isEmpty() and a.text()
            )
        )
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(460, min(640, 80 + 30 * len(rows)))

    def rows(self) -> list[tuple[str, str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(self.table.rowCount())]


class AboutDialog(QDialog):
    def __init__(
        self,
        server_url: str,
        replica: Path,
        last_sync: datetime | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Outpost CRM"))
        title = QLabel(self.tr("Outpost CRM"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "A CRM that keeps working offline: your customers are kept on this computer "
                "and synced with the company's server whenever it can be reached."
            )
        )
        intro.setWordWrap(True)
        megabytes = replica_bytes(replica) / 1_000_000
        self.facts = {
            "version": client_version(),
            "server": server_url,
            "replica": self.tr("%1 MB at %2")
            .replace("%1", f"{megabytes:,.1f}")
            .replace("%2", str(replica)),
            "synced": when(last_sync) if last_sync else self.tr("Not synced yet"),
        }
        captions = {
            "version": self.tr("Version"),
            "server": self.tr("Server"),
            "replica": self.tr("Data on this computer"),
            "synced": self.tr("Last sync"),
        }
        form = QFormLayout()
        for key, value in self.facts.items():
            label = QLabel(value)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            form.addRow(captions[key], label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
