"""Today: tasks due and overdue, promised follow-ups, dormant customers, birthdays this week.
Double-click (or Enter on) an entry to open its customer.

The lists are read off the GUI thread: on a branch-sized replica (100,000 customers) finding
the dormant ones takes most of a second, and the window must not wait for it.
"""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.agenda import LIMIT, Day, Entry
from app.workspace import Workspace
from sync.protocol.entities import ENTITIES

from .background import run_in_background
from .errors import report_bug
from .labels import label, when
from .notices import watch

CHILD_ENTITIES = tuple(entity for entity in ENTITIES if entity != "customer")

OVERDUE = QColor("#c0392b")


class TodayPage(QWidget):
    opened = Signal(str)  # customer id
    loaded = Signal()

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.agenda = workspace.agenda
        watch(workspace.feed, self, ["customer", *CHILD_ENTITIES], lambda _c: self.refresh())
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.keys = ("tasks", "follow_ups", "dormant", "birthdays")
        self.captions = {key: QLabel() for key in self.keys}
        self.lists = {key: QListWidget() for key in self.keys}
        grid = QGridLayout()
        for index, key in enumerate(self.keys):
            box = QVBoxLayout()
            self.captions[key].setStyleSheet("font-weight: 600;")
            box.addWidget(self.captions[key])
            box.addWidget(self.lists[key], 1)
            grid.addLayout(box, index // 2, index % 2)
            self.lists[key].itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(grid, 1)
        self._asked = 0  # the newest request wins: an older answer never overwrites it
        self.retranslate()

    def refresh(self, today: date | None = None) -> None:
        """Read the lists in the background; they appear (and `loaded` fires) when ready."""
        today = today or date.today()
        self._asked += 1
        asked = self._asked
        if not any(widget.count() for widget in self.lists.values()):
            for key in self.keys:
                self.captions[key].setText(self.tr("Loading…"))
        run_in_background(
            lambda: self.agenda.day(today),
            lambda day: self._show(day, asked),
            lambda exc: self._failed(exc, asked),
        )

    def _failed(self, exc: Exception, asked: int) -> None:
        if asked == self._asked:
            report_bug(exc, self)

    def _show(self, day: Day, asked: int) -> None:
        if asked != self._asked:
            return
        groups = {
            "tasks": (day.tasks, self.tr("Nothing due today.")),
            "follow_ups": (day.follow_ups, self.tr("No promised follow-ups in the next 7 days.")),
            "dormant": (day.dormant, self.tr("Every customer has been contacted recently.")),
            "birthdays": (day.birthdays, self.tr("No birthdays this week.")),
        }
        titles = {
            "tasks": self.tr("Tasks due and overdue (%1)"),
            "follow_ups": self.tr("Follow-ups you promised (%1)"),
            "dormant": self.tr("No contact for too long (%1)"),
            "birthdays": self.tr("Birthdays this week (%1)"),
        }
        for key, (entries, empty) in groups.items():
            count = f"{LIMIT}+" if len(entries) >= LIMIT else str(len(entries))
            self.captions[key].setText(titles[key].replace("%1", count))
            widget = self.lists[key]
            widget.clear()
            for entry in entries:
                item = QListWidgetItem(self._text(key, entry))
                item.setData(Qt.ItemDataRole.UserRole, entry.customer_id)
                if entry.overdue:
                    item.setForeground(QBrush(OVERDUE))
                widget.addItem(item)
            if not entries:
                placeholder = QListWidgetItem(empty)
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                widget.addItem(placeholder)
        self.loaded.emit()

    def _text(self, key: str, entry: Entry) -> str:
        moment = when(entry.when)
        who = entry.customer or self.tr("(no customer)")
        if key == "tasks":
            late = self.tr("overdue") + " · " if entry.overdue else ""
            return f"{late}{moment}  {entry.title} — {who}"
        if key == "follow_ups":
            return f"{moment}  {entry.title} — {who}"
        if key == "dormant":
            last = self.tr("last contact %1").replace("%1", moment) if moment else self.tr("never")
            return f"{who} ({label(entry.title)}) — {last}"
        return f"{moment[5:]}  {who}"

    def _open(self, item: QListWidgetItem) -> None:
        customer_id = item.data(Qt.ItemDataRole.UserRole)
        if customer_id:
            self.opened.emit(customer_id)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Today"))
