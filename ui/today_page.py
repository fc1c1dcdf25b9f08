"""Today: tasks due and overdue, promised follow-ups, dormant customers, birthdays this week.
Double-click (or Enter on) an entry to open it: a task's form, the interaction that promised
the follow-up, the customer. A task is marked done (Ctrl+D) or rescheduled (Ctrl+R) right
here, from its buttons or its context menu, which also opens the customer.

The lists are read off the GUI thread: on a branch-sized replica (100,000 customers) finding
the dormant ones takes most of a second, and the window must not wait for it.
"""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.agenda import LIMIT, Day, Entry
from app.workspace import Workspace
from sync.protocol.entities import ENTITIES

from .background import run_in_background
from .editors import Editors
from .errors import report_bug
from .labels import label, when
from .notices import watch
from .task_actions import set_done

CHILD_ENTITIES = tuple(entity for entity in ENTITIES if entity != "customer")

OVERDUE = QColor("#c0392b")
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the Entry itself


class TodayPage(QWidget):
    opened = Signal(str)  # customer id
    loaded = Signal()

    def __init__(self, workspace: Workspace, editors: Editors | None = None) -> None:
        super().__init__()
        self.agenda = workspace.agenda
        self.records = workspace.records
        self.editors = editors or Editors(workspace, self)
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
            if key == "tasks":
                box.addLayout(self._task_bar())
            grid.addLayout(box, index // 2, index % 2)
            self.lists[key].itemActivated.connect(self._open)
            self.lists[key].setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(grid, 1)
        self._asked = 0  # the newest request wins: an older answer never overwrites it
        self._actions()
        self.retranslate()

    def _task_bar(self) -> QHBoxLayout:
        self.done_button, self.reschedule_button = QPushButton(), QPushButton()
        self.done_button.clicked.connect(self.mark_done)
        self.reschedule_button.clicked.connect(self.reschedule)
        bar = QHBoxLayout()
        bar.addWidget(self.done_button)
        bar.addWidget(self.reschedule_button)
        bar.addStretch()
        return bar

    def _actions(self) -> None:
        """Each list's context menu; the task keys work while the task list has focus."""
        self.open_action = QAction(self)
        self.open_action.triggered.connect(lambda: self._open_current(customer=False))
        self.customer_action = QAction(self)
        self.customer_action.triggered.connect(lambda: self._open_current(customer=True))
        self.done_action = QAction(self, shortcut=QKeySequence("Ctrl+D"))
        self.done_action.triggered.connect(self.mark_done)
        self.reschedule_action = QAction(self, shortcut=QKeySequence("Ctrl+R"))
        self.reschedule_action.triggered.connect(self.reschedule)
        for key, widget in self.lists.items():
            widget.addAction(self.open_action)
            if key == "tasks":
                widget.addActions([self.done_action, self.reschedule_action])
            if key in ("tasks", "follow_ups"):
                widget.addAction(self.customer_action)
        for action in (self.done_action, self.reschedule_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

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
            owner=self,  # a window closed meanwhile: nothing to show it in
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
            "dormant": (
                [*day.returning, *day.dormant],  # the pool's reminder first (issue 23)
                self.tr("Every customer has been contacted recently."),
            ),
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
                item.setData(ENTRY_ROLE, entry)
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
        if key == "dormant" and entry.countdown is not None:
            return f"{who} — {countdown(self, entry.countdown)}"
        if key == "dormant":
            last = self.tr("last contact %1").replace("%1", moment) if moment else self.tr("never")
            return f"{who} ({label(entry.title)}) — {last}"
        return f"{moment[5:]}  {who}"

    def _open(self, item: QListWidgetItem, *, customer: bool = False) -> object:
        """The entry's own record (a task, an interaction) or, with `customer`, its customer."""
        entry = item.data(ENTRY_ROLE)
        if not isinstance(entry, Entry):
            return None
        if not customer and entry.entity != "customer" and entry.row_id:
            return self.editors.open_record(entry.entity, entry.row_id, self)
        if entry.customer_id:
            self.opened.emit(entry.customer_id)
        return None

    def _open_current(self, *, customer: bool) -> object:
        for widget in self.lists.values():
            item = widget.currentItem()
            if widget.hasFocus() and item is not None:
                return self._open(item, customer=customer)
        item = self.lists["tasks"].currentItem()
        return self._open(item, customer=customer) if item is not None else None

    def current_task(self) -> str | None:
        item = self.lists["tasks"].currentItem()
        entry = item.data(ENTRY_ROLE) if item is not None else None
        return entry.row_id if isinstance(entry, Entry) and entry.entity == "task" else None

    def mark_done(self) -> None:
        task_id = self.current_task()
        if task_id is not None:
            set_done(self, self.records, task_id, True)

    def reschedule(self) -> object:
        task_id = self.current_task()
        return self.editors.reschedule_task(task_id, self) if task_id else None

    def retranslate(self) -> None:
        self.title.setText(self.tr("Today"))
        self.done_button.setText(self.tr("Mark as done"))
        self.done_button.setToolTip(_native("Ctrl+D"))
        self.reschedule_button.setText(self.tr("Reschedule…"))
        self.reschedule_button.setToolTip(_native("Ctrl+R"))
        self.open_action.setText(self.tr("Open"))
        self.customer_action.setText(self.tr("Open customer"))
        self.done_action.setText(self.tr("Mark as done"))
        self.reschedule_action.setText(self.tr("Reschedule…"))


def countdown(widget: QWidget, days: int) -> str:
    """The pool's reminder: how soon the sweep takes a customer back (issue 23)."""
    if days <= 0:
        return widget.tr("returns to the pool at the next sweep")
    return widget.tr("returns to the pool in %n day(s)", "", days)


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
