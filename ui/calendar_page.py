"""Calendar: a day or a week of appointments and due to-dos, clashes marked in red.

Keys: Ctrl+Left/Right or PgUp/PgDn move by a day or a week, T goes to today, D and W switch
between day and week, Left/Right move between days, Enter or double-click edits an entry,
Ctrl+R reschedules it (keeping its kind), Ctrl+Shift+N plans a new appointment on the
selected day.
"""

from datetime import date, datetime, timedelta

from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.schedule import LIMIT, Entry
from app.workspace import Workspace
from sync.protocol.types import utcnow

from .editors import Editors
from .labels import label
from .messages import error_text
from .notices import watch
from .operations import show_failure
from .task_actions import RescheduleDialog, set_done
from .task_dialog import TaskDialog, describe, hours

RED = QColor("#c0392b")
CLASH_BACKGROUND = QColor("#fdecea")
GREY = QColor("#888888")
NEW_KEY = "Ctrl+Shift+N"
ENTRY_ID = Qt.ItemDataRole.UserRole


class DayList(QListWidget):
    """One day's entries; tells the page when the user is on it or steps to a neighbour."""

    entered = Signal()
    step = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # rewrap when the column narrows
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.entered.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self.entered.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        delta = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        if delta is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.step.emit(delta)
            return
        super().keyPressEvent(event)


class DayColumn(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.day = date.today()
        self.header = QLabel()
        self.header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list = DayList()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)


class CalendarPage(QWidget):
    opened = Signal(str)  # customer id

    def __init__(
        self, workspace: Workspace, editors: Editors, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.records = workspace.records
        self.editors = editors
        self.calendar = workspace.calendar
        watch(workspace.feed, self, ["customer", "task"], lambda _c: self.refresh())
        self.selected = date.today()
        self.week = True
        self.entries: dict[str, Entry] = {}
        self._refreshing = False
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.range_label = QLabel()
        self.range_label.setStyleSheet("font-weight: 600;")
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.clicked.connect(lambda: self.shift(-1))
        self.today_button = QPushButton()
        self.today_button.clicked.connect(self.go_today)
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.clicked.connect(lambda: self.shift(1))
        self.day_button, self.week_button = QToolButton(), QToolButton()
        self.day_button.setCheckable(True)
        self.week_button.setCheckable(True)
        self.week_button.setChecked(True)
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.day_button)
        self.modes.addButton(self.week_button)
        self.day_button.clicked.connect(lambda: self.set_week(False))
        self.week_button.clicked.connect(lambda: self.set_week(True))
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_appointment)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666;")
        self.columns = [DayColumn() for _ in range(7)]
        days = QHBoxLayout()
        days.setSpacing(6)
        for column in self.columns:
            days.addWidget(column, 1)
            column.list.entered.connect(lambda c=column: self._select(c.day))
            column.list.step.connect(self._step)
            column.list.itemActivated.connect(self._edit_item)
            column.list.customContextMenuRequested.connect(
                lambda pos, c=column: self.context_menu(c.list, pos)
            )
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self.note)
        layout.addLayout(days, 1)
        self._shortcuts()
        self.retranslate()

    def _header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(12)
        for widget in (self.previous_button, self.today_button, self.next_button):
            header.addWidget(widget)
        header.addSpacing(8)
        header.addWidget(self.range_label)
        header.addStretch()
        header.addWidget(self.day_button)
        header.addWidget(self.week_button)
        header.addSpacing(12)
        header.addWidget(self.new_button)
        return header

    def _shortcuts(self) -> None:
        here = Qt.ShortcutContext.WidgetWithChildrenShortcut  # not while typing elsewhere
        keys = {
            "Ctrl+Left": lambda: self.shift(-1),
            "PgUp": lambda: self.shift(-1),
            "Ctrl+Right": lambda: self.shift(1),
            "PgDown": lambda: self.shift(1),
            "T": self.go_today,
            "D": lambda: self.set_week(False),
            "W": lambda: self.set_week(True),
            "Ctrl+R": self.reschedule_current,
            "Del": self.archive_current,
        }
        for key, slot in keys.items():
            QShortcut(QKeySequence(key), self, slot, context=here)
        QShortcut(QKeySequence(NEW_KEY), self, self.new_appointment)

    # --- navigation --------------------------------------------------------------------

    def first_day(self) -> date:
        """The first day shown: the selected day, or the start of its week (locale's)."""
        if not self.week:
            return self.selected
        first = QLocale().firstDayOfWeek().value  # 1 = Monday ... 7 = Sunday
        return self.selected - timedelta(days=(self.selected.isoweekday() - first) % 7)

    def days(self) -> list[date]:
        start = self.first_day()
        return [start + timedelta(days=n) for n in range(7 if self.week else 1)]

    def go_to(self, day: date) -> None:
        self.selected = day
        self.refresh()

    def go_today(self) -> None:
        self.go_to(date.today())

    def shift(self, steps: int) -> None:
        """Back or forward by a week in the week view, by a day in the day view."""
        self.go_to(self.selected + timedelta(days=steps * (7 if self.week else 1)))

    def set_week(self, week: bool) -> None:
        self.week = week
        self.week_button.setChecked(week)
        self.day_button.setChecked(not week)
        self.refresh()

    def _select(self, day: date) -> None:
        if day != self.selected and not self._refreshing:
            self.selected = day
            self._mark_headers()

    def _step(self, delta: int) -> None:
        """Left/Right: the neighbouring day, turning the page at the edge of the view."""
        day = self.selected + timedelta(days=delta)
        if day not in self.days():
            self.go_to(day)
        else:
            self._select(day)
        self.columns[self.days().index(day)].list.setFocus()

    # --- content -----------------------------------------------------------------------

    def refresh(self) -> None:
        days = self.days()
        entries = self.calendar.agenda(days[0], len(days))
        self.entries = {entry.id: entry for entry in entries}
        by_day: dict[date, list[Entry]] = {day: [] for day in days}
        for entry in entries:
            by_day.setdefault(entry.day, []).append(entry)
        now = utcnow()
        had_focus = any(column.list.hasFocus() for column in self.columns)
        self._refreshing = True  # hiding a focused column passes focus through stale ones
        try:
            for index, column in enumerate(self.columns):
                if index < len(days):
                    column.day = days[index]
                    self._fill(column.list, by_day[days[index]], now)
                column.setVisible(index < len(days))
        finally:
            self._refreshing = False
        if had_focus and not any(column.list.hasFocus() for column in self.columns):
            self.columns[days.index(self.selected)].list.setFocus()
        self._mark_headers()
        self.range_label.setText(self._range_text(days))
        self.note.setText(self._note(len(entries)))
        self.note.setVisible(bool(self.note.text()))

    def _fill(self, widget: QListWidget, entries: list[Entry], now: datetime) -> None:
        widget.clear()
        for entry in entries:
            widget.addItem(self._item(entry, now))
        if not entries:
            placeholder = QListWidgetItem(self.tr("Nothing planned"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            placeholder.setForeground(QBrush(GREY))
            widget.addItem(placeholder)

    def _item(self, entry: Entry, now: datetime) -> QListWidgetItem:
        if entry.appointment:
            first = f"{hours(entry)}  {label(entry.kind)}"
        elif entry.overdue(now):
            first = self.tr("Overdue · due %1").replace("%1", hours(entry))
        else:
            first = self.tr("Due %1").replace("%1", hours(entry))
        if entry.done:
            first = self.tr("✓ %1").replace("%1", first)
        if entry.clashes:
            first = self.tr("⚠ %1").replace("%1", first)
        lines = [first, entry.title] + ([entry.customer] if entry.customer else [])
        item = QListWidgetItem("\n".join(lines))
        item.setData(ENTRY_ID, entry.id)
        item.setToolTip(self._tooltip(entry))
        if entry.clashes:
            item.setForeground(QBrush(RED))
            item.setBackground(QBrush(CLASH_BACKGROUND))
        elif entry.overdue(now):
            item.setForeground(QBrush(RED))
        elif entry.done:
            item.setForeground(QBrush(GREY))
            font = QFont(item.font())
            font.setStrikeOut(True)
            item.setFont(font)
        return item

    def _tooltip(self, entry: Entry) -> str:
        lines = [describe(entry)]
        if entry.location:
            lines.append(self.tr("Location: %1").replace("%1", entry.location))
        if entry.clashes:
            lines.append(self.tr("Overlaps %n other appointment(s):", "", len(entry.clashes)))
            lines.extend(f"• {describe(other)}" for other in entry.clashes)
        return "\n".join(lines)

    def _mark_headers(self) -> None:
        locale = QLocale()
        today = date.today()
        for column in self.columns:
            day = column.day
            name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            text = f"{name} {day:%m-%d}"
            column.header.setText(
                self.tr("%1 · today").replace("%1", text) if day == today else text
            )
            style = "padding: 4px; border-radius: 4px;"
            if day == self.selected:
                style += "background: #dbe9f8; font-weight: 600;"
            if day == today:
                style += "color: #1f5fa8;"
            column.header.setStyleSheet(style)

    def _range_text(self, days: list[date]) -> str:
        name = QLocale().dayName(days[0].isoweekday(), QLocale.FormatType.LongFormat)
        if len(days) == 1:
            return self.tr("%1, %2").replace("%1", name).replace("%2", days[0].isoformat())
        week = days[0].isocalendar().week
        text = self.tr("Week %1 · %2 – %3").replace("%1", str(week))
        return text.replace("%2", days[0].isoformat()).replace("%3", days[-1].isoformat())

    def _note(self, count: int) -> str:
        if count >= LIMIT:
            return self.tr("Showing the first %1 entries.").replace("%1", str(LIMIT))
        if count:
            return ""
        if self.week:
            return self.tr("Nothing planned this week. Press Ctrl+Shift+N to plan a visit.")
        return self.tr("Nothing planned this day. Press Ctrl+Shift+N to plan a visit.")

    # --- actions -----------------------------------------------------------------------

    def new_appointment(self) -> TaskDialog:
        return self._open_dialog(None)

    def edit(self, task_id: str) -> TaskDialog:
        return self._open_dialog(task_id)

    def _open_dialog(self, task_id: str | None) -> TaskDialog:
        dialog = self.editors.edit_task(task_id, day=self.selected, parent=self)
        dialog.accepted.connect(lambda: self._saved(dialog.row_id))
        return dialog

    def _saved(self, task_id: str | None) -> None:
        """Show the day the task was saved on (the user may have moved it)."""
        if task_id is not None:
            try:
                row = self.records.get("task", task_id)
            except KnownError:
                row = {}
            moment = row.get("starts_at") or row.get("due_at")
            if moment is not None and moment.astimezone().date() != self.selected:
                self.selected = moment.astimezone().date()
                self.refresh()

    def _edit_item(self, item: QListWidgetItem) -> None:
        task_id = item.data(ENTRY_ID)
        if task_id:
            self.edit(task_id)

    def context_menu(self, widget: QListWidget, pos: QPoint) -> None:
        item = widget.itemAt(pos)
        menu = self.menu_for(item) if item is not None else None
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(widget.viewport().mapToGlobal(pos))

    def menu_for(self, item: QListWidgetItem) -> QMenu | None:
        """Edit, open the customer, mark done or not: what one does with an entry."""
        entry = self.entries.get(item.data(ENTRY_ID))
        if entry is None:
            return None
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit(entry.id))
        customer = menu.addAction(self.tr("Open customer"), lambda: self._open(entry))
        customer.setEnabled(entry.customer_id is not None)
        done = self.tr("Mark as not done") if entry.done else self.tr("Mark as done")
        menu.addAction(done, lambda: self.set_done(entry.id, not entry.done))
        menu.addAction(self.tr("Reschedule…"), lambda: self.reschedule(entry.id))
        return menu

    def reschedule(self, task_id: str) -> RescheduleDialog | None:
        """Another time, same kind: a to-do stays due by a time, a visit keeps its length."""
        return self.editors.reschedule_task(task_id, self)

    def reschedule_current(self) -> RescheduleDialog | None:
        task_id = self._current_entry()
        return self.reschedule(task_id) if task_id else None

    def archive_current(self) -> None:
        """Del on an entry: archive the task (Undo in the bar)."""
        task_id = self._current_entry()
        if task_id:
            self.editors.archive_record("task", task_id, self)

    def _current_entry(self) -> str | None:
        for column in self.columns:
            item = column.list.currentItem()
            if column.list.hasFocus() and item is not None and item.data(ENTRY_ID):
                return str(item.data(ENTRY_ID))
        return None

    def _open(self, entry: Entry) -> None:
        if entry.customer_id:
            self.opened.emit(entry.customer_id)

    def set_done(self, task_id: str, done: bool) -> None:
        """Written on the DB lane; the change notice repaints the entry."""
        set_done(self, self.records, task_id, done, self._not_written)

    def _not_written(self, exc: Exception) -> None:
        if not isinstance(exc, KnownError):
            show_failure(self, exc)
            return
        self.note.setText(error_text(exc))
        self.note.show()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Calendar"))
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to today (T)"))
        self.previous_button.setToolTip(self.tr("Previous (Ctrl+Left or Page Up)"))
        self.next_button.setToolTip(self.tr("Next (Ctrl+Right or Page Down)"))
        self.day_button.setText(self.tr("Day"))
        self.day_button.setToolTip(self.tr("One day (D)"))
        self.week_button.setText(self.tr("Week"))
        self.week_button.setToolTip(self.tr("Seven days (W)"))
        self.new_button.setText(self.tr("New appointment"))
        self.new_button.setToolTip(
            QKeySequence(NEW_KEY).toString(QKeySequence.SequenceFormat.NativeText)
        )
