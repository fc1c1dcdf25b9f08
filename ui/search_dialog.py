"""Ctrl+K: find customers, contacts and interactions as you type; Enter opens the customer,
and for a contact or an interaction its form too (`record_chosen`)."""

import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.search import Hit, Search

from .labels import field_label, label

DEBOUNCE_MS = 80  # one query per pause in typing, not per key
HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # (entity, row id) of the hit
# "complaint about 华信" / "投诉 华信": a new complaint for the customer found (issue 21)
COMPLAINT = re.compile(r"^\s*(?:complaint(?:\s+about)?|投诉)\s*[:：]?\s*(.+)$", re.IGNORECASE)


class SearchDialog(QDialog):
    chosen = Signal(str)  # customer id
    record_chosen = Signal(str, str)  # entity, row id of the hit (after `chosen`)

    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search
        self.setMinimumSize(560, 380)
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setUniformItemSizes(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _text: self.timer.start())
        self.query.returnPressed.connect(self.open_current)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.setWindowTitle(self.tr("Search"))
        self.query.setPlaceholderText(
            self.tr("Name, pinyin (zhang wei), initials, phone digits, e-mail, task or note text")
        )
        self._show_hint()

    def run(self) -> None:
        complaint = COMPLAINT.match(self.query.text())
        if complaint:
            self._complaint_for(complaint.group(1))
            return
        hits = self.search.find(self.query.text())
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(self._text(hit))
            item.setData(Qt.ItemDataRole.UserRole, hit.customer_id)
            item.setData(HIT_ROLE, (hit.kind, hit.row_id))
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        self._show_hint(len(hits))

    def _complaint_for(self, query: str) -> None:
        """The customers (and contacts' companies) found, each offering a new complaint."""
        self.results.clear()
        found = [h for h in self.search.find(query) if h.kind in ("customer", "contact")]
        for hit in found:
            name = hit.title if hit.kind == "customer" else hit.detail
            item = QListWidgetItem(self.tr("New complaint from %1").replace("%1", name))
            item.setData(Qt.ItemDataRole.UserRole, hit.customer_id)
            item.setData(HIT_ROLE, ("complaint", hit.customer_id))
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
        self._show_hint(len(found))

    def _text(self, hit: Hit) -> str:
        """One line: kind, title, whose; for a text hit the words that matched."""
        detail = f"  —  {hit.detail}" if hit.detail else ""
        words = ""
        if hit.field:
            matched = self.tr("%1: %2", "a field's name: the words in it that matched")
            words = "  ·  " + matched.replace("%1", field_label(hit.field)).replace(
                "%2", hit.excerpt
            )
        return f"[{label(hit.kind)}]  {hit.title}{detail}{words}"

    def _show_hint(self, found: int | None = None) -> None:
        if not self.query.text().strip():
            text = self.tr("Type to search everything on this computer, online or not.")
        elif found == 0:
            text = self.tr("Nothing found. Try fewer letters or the phone's last digits.")
        else:
            text = self.tr("↑↓ to choose, Enter to open, Esc to close")
        self.hint.setText(text)

    def open_current(self) -> None:
        if self.timer.isActive():  # Enter pressed before the pause: search now
            self.timer.stop()
            self.run()
        item = self.results.currentItem()
        if item is None:
            return
        customer_id = item.data(Qt.ItemDataRole.UserRole)
        if customer_id:  # a task may be for no customer
            self.chosen.emit(customer_id)
        entity, row_id = item.data(HIT_ROLE)
        self.record_chosen.emit(entity, row_id)
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrow keys move through the results while the cursor stays in the query."""
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = (self.results.currentRow() + step) % self.results.count()
            self.results.setCurrentRow(row)
            return
        super().keyPressEvent(event)
