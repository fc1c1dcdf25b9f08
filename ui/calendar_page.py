"""Calendar: a day or a week as an hour grid, a month of day cells, and for a manager the
branch's people side by side for a day. Clashes are marked in red and with "⚠ Overlap".

Keys: PgUp/PgDn (or Ctrl+Left/Right with no entry selected) move by a day, week or month,
T goes to today, D, W, M and P switch to the day, week, month and team views, Ctrl+G picks
a date. In the grid: arrows move the selection, Enter opens (on an empty slot: a new
appointment there), Ctrl+arrows move the selected entry by 15 minutes or a day,
Shift+Up/Down change its end by 15 minutes, Del archives it (Undo in the bar), Ctrl+R
reschedules it, the menu key opens its menu. Ctrl+Shift+N plans a new appointment.

A drag or key that moves an appointment onto another of the same person asks first, as the
appointment form does: double-booking is a decision, never an accident.
"""

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.schedule import LIMIT, Entry, shifted
from app.workspace import Workspace
from sync.protocol.enums import Role

from . import icons
from .calendar_grid import GridColumn, TimeGrid
from .calendar_month import MonthGrid
from .calendar_reminders import ReminderNotifier
from .editors import Editors
from .messages import error_text
from .notices import watch
from .operations import show_failure, write
from .task_actions import RescheduleDialog, set_done
from .task_dialog import TaskDialog, describe

NEW_KEY = "Ctrl+Shift+N"
DAY, WEEK, MONTH, TEAM = "day", "week", "month", "team"


class CalendarPage(QWidget):
    opened = Signal(str)  # customer id

    def __init__(
        self, workspace: Workspace, editors: Editors, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.records = workspace.records
        self.editors = editors
        self.calendar = workspace.calendar
        watch(workspace.feed, self, ["customer", "task"], lambda _c: self.refresh())
        self.selected = date.today()
        self.mode = WEEK
        self.entries: dict[str, Entry] = {}
        self.clash_box: QMessageBox | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.range_label = QLabel()
        self.range_label.setStyleSheet("font-weight: 700;")
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.clicked.connect(lambda: self.shift(-1))
        self.today_button = QPushButton()
        self.today_button.clicked.connect(self.go_today)
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.clicked.connect(lambda: self.shift(1))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.dateChanged.connect(self._date_picked)
        self.mode_buttons: dict[str, QToolButton] = {}
        self.modes = QButtonGroup(self)
        for mode in (DAY, WEEK, MONTH, TEAM):
            button = QToolButton()
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            self.modes.addButton(button)
            self.mode_buttons[mode] = button
        self.day_button, self.week_button = self.mode_buttons[DAY], self.mode_buttons[WEEK]
        self.month_button, self.team_button = self.mode_buttons[MONTH], self.mode_buttons[TEAM]
        self.team_button.setVisible(self.manager())
        self.new_button = QPushButton()
        self.new_button.setIcon(icons.icon("add"))
        self.new_button.clicked.connect(self.new_appointment)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.grid = TimeGrid()
        self.grid.editable = self.calendar.editable
        self.grid.activated.connect(self.edit)
        self.grid.create_at.connect(self.new_appointment_at)
        self.grid.move_requested.connect(self.move_entry)
        self.grid.resize_requested.connect(
            lambda eid, minutes: self.move_entry(eid, 0, minutes, True)
        )
        self.grid.menu_requested.connect(self._popup)
        self.grid.selection_changed.connect(self._grid_selected)
        self.grid.edge.connect(self._edge)
        self.month = MonthGrid()
        self.month.editable = self.calendar.editable
        self.month.day_selected.connect(self._month_selected)
        self.month.day_opened.connect(self.open_day)
        self.month.activated.connect(self.edit)
        self.month.menu_requested.connect(self._popup)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.month)
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self.note)
        layout.addWidget(self.stack, 1)
        self._shortcuts()
        self.retranslate()
        self.modes_checked()
        # reminders fire while the app runs, whatever page is shown (the page lives as long)
        self.reminders = ReminderNotifier(workspace, editors, self)

    def _header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(12)
        for widget in (self.previous_button, self.today_button, self.next_button):
            header.addWidget(widget)
        header.addWidget(self.date_edit)
        header.addSpacing(8)
        header.addWidget(self.range_label, 1)
        for button in self.mode_buttons.values():
            header.addWidget(button)
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
            "D": lambda: self.set_mode(DAY),
            "W": lambda: self.set_mode(WEEK),
            "M": lambda: self.set_mode(MONTH),
            "P": lambda: self.set_mode(TEAM) if self.manager() else None,
            "Ctrl+G": self.pick_date,
            "Ctrl+R": self.reschedule_current,
            "Del": self.archive_current,
        }
        for key, slot in keys.items():
            QShortcut(QKeySequence(key), self, slot, context=here)
        QShortcut(QKeySequence(NEW_KEY), self, self.new_appointment)

    def manager(self) -> bool:
        return self.workspace.account.role == Role.MANAGER.value

    # --- navigation --------------------------------------------------------------------

    @property
    def week(self) -> bool:
        return self.mode == WEEK

    def first_day(self) -> date:
        """The first day shown: the selected day, or the start of its week (locale's), or
        the first of its month."""
        if self.mode == MONTH:
            return self.selected.replace(day=1)
        if self.mode != WEEK:
            return self.selected
        return week_start(self.selected)

    def days(self) -> list[date]:
        start = self.first_day()
        if self.mode == MONTH:
            following = (start + timedelta(days=32)).replace(day=1)
            return [start + timedelta(days=n) for n in range((following - start).days)]
        return [start + timedelta(days=n) for n in range(7 if self.mode == WEEK else 1)]

    def go_to(self, day: date) -> None:
        self.selected = day
        self.refresh()

    def go_today(self) -> None:
        self.go_to(date.today())

    def pick_date(self) -> None:
        self.date_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def shift(self, steps: int) -> None:
        """Back or forward by a week, a day or a month, as the view shows."""
        if self.mode == MONTH:
            month = self.selected.month - 1 + steps
            year = self.selected.year + month // 12
            first = date(year, month % 12 + 1, 1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            self.go_to(first.replace(day=min(self.selected.day, last.day)))
            return
        self.go_to(self.selected + timedelta(days=steps * (7 if self.mode == WEEK else 1)))

    def set_week(self, week: bool) -> None:
        self.set_mode(WEEK if week else DAY)

    def set_mode(self, mode: str) -> None:
        if mode == TEAM and not self.manager():
            return
        self.mode = mode
        self.modes_checked()
        self.refresh()

    def modes_checked(self) -> None:
        for mode, button in self.mode_buttons.items():
            button.setChecked(mode == self.mode)
        self.stack.setCurrentWidget(self.month if self.mode == MONTH else self.grid)

    def open_day(self, day: date) -> None:
        self.selected = day
        self.set_mode(DAY)
        self.grid.setFocus()

    def _date_picked(self, picked: QDate) -> None:
        day = picked.toPython()
        if isinstance(day, date) and day != self.selected:
            self.go_to(day)

    def _grid_selected(self) -> None:
        if self.mode in (DAY, WEEK) and self.grid.columns:
            day = self.grid.columns[self.grid.column].day
            if day != self.selected:
                self.selected = day
                self._show_date()

    def _month_selected(self, day: date) -> None:
        if (day.year, day.month) != (self.selected.year, self.selected.month):
            self.go_to(day)
        else:
            self.selected = day
            self._show_date()

    def _edge(self, delta: int) -> None:
        """Left/Right past the edge of the grid: the neighbouring day, turning the page."""
        if self.mode == TEAM:
            return
        self.grid.selected_id = None
        self.go_to(self.selected + timedelta(days=delta))
        self.grid.select(None, self.days().index(self.selected))

    def _show_date(self) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(self.selected.year, self.selected.month, self.selected.day))
        self.date_edit.blockSignals(False)

    # --- content -----------------------------------------------------------------------

    def team(self) -> list[tuple[str, str]]:
        """(id, name) of the people of the manager's branch: the manager first, then as the
        directory lists them, then anyone else with a task that day."""
        me = self.workspace.account
        branch = me.branch_name
        people = [(me.user_id, me.display_name)]
        for person in self.workspace.directory.people():
            if person.role == Role.ADMIN.value or person.id == me.user_id:
                continue
            if branch is None or person.branch_name == branch:
                people.append((person.id, person.display_name))
        known = {pid for pid, _ in people}
        for pid in self.calendar.assignees(self.selected, 1):
            if pid not in known:
                name = self.workspace.directory.name(pid) or self.tr("Someone else")
                people.append((pid, name))
        return people

    def refresh(self) -> None:
        days = self.days()
        self._show_date()
        self.range_label.setText(self._range_text(days))
        if self.mode == MONTH:
            start = week_start(days[0])  # six weeks: the days around the month too
            entries = self.calendar.agenda(start, 42)
            by_day: dict[date, list[Entry]] = {}
            for entry in entries:
                by_day.setdefault(entry.day, []).append(entry)
            self.month.set_month(days[0], start, by_day, self.selected)
        elif self.mode == TEAM:
            people = self.team()
            entries = self.calendar.agenda(self.selected, 1, [pid for pid, _ in people])
            self.grid.across_columns = False
            self.grid.set_content(
                [GridColumn(self.selected, pid, name) for pid, name in people], entries
            )
        else:
            entries = self.calendar.agenda(days[0], len(days))
            self.grid.across_columns = True
            columns = [GridColumn(day, None, self._day_title(day)) for day in days]
            if self.grid.selected_id is None or self.grid.selected_id not in {
                e.id for e in entries
            }:
                self.grid.column = days.index(self.selected) if self.selected in days else 0
            self.grid.set_content(columns, entries)
            if self.grid.selected_id is not None:  # the selection followed its entry
                self.selected = self.grid.columns[self.grid.column].day
                self._show_date()
        self.entries = {entry.id: entry for entry in entries}
        shown = [e for e in entries if e.day in days] if self.mode == MONTH else entries
        self.note.setText(self._note(len(shown)))
        self.note.setVisible(bool(self.note.text()))

    def _day_title(self, day: date) -> str:
        name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
        text = f"{name} {day:%m-%d}"
        return self.tr("%1 · today").replace("%1", text) if day == date.today() else text

    def _range_text(self, days: list[date]) -> str:
        locale = QLocale()
        if self.mode == MONTH:
            month = locale.standaloneMonthName(days[0].month, QLocale.FormatType.LongFormat)
            return (
                self.tr("%1 %2", "month, year")
                .replace("%1", month)
                .replace("%2", str(days[0].year))
            )
        name = locale.dayName(days[0].isoweekday(), QLocale.FormatType.LongFormat)
        if len(days) == 1:
            text = self.tr("%1, %2").replace("%1", name).replace("%2", days[0].isoformat())
            return self.tr("Team · %1").replace("%1", text) if self.mode == TEAM else text
        week = days[0].isocalendar().week
        text = self.tr("Week %1 · %2 – %3").replace("%1", str(week))
        return text.replace("%2", days[0].isoformat()).replace("%3", days[-1].isoformat())

    def _note(self, count: int) -> str:
        if count >= LIMIT:
            return self.tr("Showing the first %1 entries.").replace("%1", str(LIMIT))
        if count:
            return ""
        if self.mode == WEEK:
            return self.tr("Nothing planned this week. Press Ctrl+Shift+N to plan a visit.")
        if self.mode == MONTH:
            return self.tr("Nothing planned this month. Press Ctrl+Shift+N to plan a visit.")
        return self.tr("Nothing planned this day. Press Ctrl+Shift+N to plan a visit.")

    # --- moving by drag or key -----------------------------------------------------------

    def move_entry(self, task_id: str, days: int, minutes: int, end_only: bool = False) -> None:
        """Move a task (or its end) by a drag's or a key's days and minutes; an appointment
        landing on another of the same person asks first, as the form does."""
        try:
            row = self.records.get("task", task_id)
        except KnownError as exc:
            show_failure(self, exc)
            return
        values = shifted(row, days, minutes, end_only=end_only)
        if not values:
            return
        clashes = self.calendar.overlaps({**row, **values}, task_id)
        if clashes:
            self._ask_clash(row, values, clashes)
        else:
            self._write(task_id, values)

    def _ask_clash(self, row: dict[str, Any], values: dict[str, Any], clashes: list[Entry]) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Appointments overlap"))
        text = self.tr(
            "This overlaps %n other appointment(s) of the same person:", "", len(clashes)
        )
        lines = "\n".join(f"• {describe(entry)}" for entry in clashes)
        box.setText(f"{text}\n{lines}")
        box.setInformativeText(self.tr("Move “%1” there anyway?").replace("%1", row["title"]))
        anyway = box.addButton(self.tr("Move anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        task_id = row["id"]
        box.finished.connect(
            lambda _r: self._write(task_id, values) if box.clickedButton() is anyway else None
        )
        self.clash_box = box
        box.open()

    def _write(self, task_id: str, values: dict[str, Any]) -> None:
        records = self.records
        write(self, lambda: records.update("task", task_id, values)).success(
            lambda _row: self._follow(task_id, values)
        ).failure(self._not_written).run()

    def _follow(self, task_id: str, values: dict[str, Any]) -> None:
        """A selected entry moved out of the days shown (Ctrl+Right on the last day): the
        view goes with it."""
        moment = values.get("starts_at") or values.get("due_at")
        if (
            self.mode not in (DAY, WEEK)
            or moment is None
            or self.grid.selected_id
            not in (
                None,
                task_id,
            )
        ):
            return
        day = moment.astimezone().date()
        if day not in self.days():
            self.grid.selected_id = task_id
            self.go_to(day)

    # --- actions -----------------------------------------------------------------------

    def new_appointment(self) -> TaskDialog:
        return self._open_dialog(None)

    def new_appointment_at(self, moment: datetime) -> TaskDialog:
        """A new appointment at a slot of the grid (double-click or Enter on it)."""
        self.selected = moment.date()
        dialog = self._open_dialog(None)
        edit = dialog.inputs["starts_at"]
        if hasattr(edit, "setDateTime"):
            day = QDate(moment.year, moment.month, moment.day)
            edit.setDateTime(QDateTime(day, QTime(moment.hour, moment.minute)))
        return dialog

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
            if self.mode != MONTH and task_id in self.grid.entries:
                self.grid.select(task_id)

    def _popup(self, task_id: str, where: QPoint) -> None:
        menu = self.menu_for(task_id)
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(where)

    def menu_for(self, task_id: str) -> QMenu | None:
        """Edit, open the customer, mark done or not, reschedule, archive."""
        entry = self.entries.get(task_id)
        if entry is None:
            return None
        editable = self.calendar.editable(entry)
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit(entry.id)).setEnabled(editable)
        customer = menu.addAction(self.tr("Open customer"), lambda: self._open(entry))
        customer.setEnabled(entry.customer_id is not None)
        done = self.tr("Mark as not done") if entry.done else self.tr("Mark as done")
        menu.addAction(done, lambda: self.set_done(entry.id, not entry.done)).setEnabled(editable)
        reschedule = menu.addAction(self.tr("Reschedule…"), lambda: self.reschedule(entry.id))
        reschedule.setEnabled(editable)
        archive = menu.addAction(
            self.tr("Archive"), lambda: self.editors.archive_record("task", entry.id, self)
        )
        archive.setEnabled(editable)
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
        entry = self.grid.selected() if self.mode != MONTH else None
        if entry is None or not self.calendar.editable(entry):
            return None
        return entry.id

    def _open(self, entry: Entry) -> None:
        if entry.customer_id:
            self.opened.emit(entry.customer_id)

    def set_done(self, task_id: str, done: bool) -> None:
        """Written on the DB lane; the change notice repaints the entry."""
        set_done(self, self.records, task_id, done, self._not_written, desk=self.workspace.desk)

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
        self.previous_button.setToolTip(self.tr("Previous (Page Up)"))
        self.next_button.setToolTip(self.tr("Next (Page Down)"))
        self.date_edit.setToolTip(self.tr("Go to a date (Ctrl+G)"))
        self.day_button.setText(self.tr("Day"))
        self.day_button.setToolTip(self.tr("One day (D)"))
        self.week_button.setText(self.tr("Week"))
        self.week_button.setToolTip(self.tr("Seven days (W)"))
        self.month_button.setText(self.tr("Month"))
        self.month_button.setToolTip(self.tr("The whole month (M)"))
        self.team_button.setText(self.tr("Team"))
        self.team_button.setToolTip(self.tr("Your branch's people side by side for a day (P)"))
        self.new_button.setText(self.tr("New appointment"))
        self.new_button.setToolTip(
            QKeySequence(NEW_KEY).toString(QKeySequence.SequenceFormat.NativeText)
        )
        texts = {
            "clash": self.tr("Overlap"),
            "done": self.tr("Done"),
            "late": self.tr("Overdue"),
            "location": self.tr("Location: %1"),
            "overlaps": self.tr("Overlaps:"),
            "read_only": self.tr("Read-only"),
            "done_due": self.tr("✓ %1"),
            "overdue": self.tr("Overdue %1"),
            "more": self.tr("+%1 more"),
            "due_strip": self.tr("Due"),
            "today": self.tr("%1 · Today"),
        }
        self.grid.texts = self.month.texts = texts
        locale = QLocale()
        first = locale.firstDayOfWeek().value
        self.month.day_names = [
            locale.dayName((first - 1 + n) % 7 + 1, QLocale.FormatType.ShortFormat)
            for n in range(7)
        ]
        self.grid.viewport().update()
        self.month.update()


def week_start(day: date) -> date:
    """The first day of the week `day` is in, as the locale counts weeks."""
    first = QLocale().firstDayOfWeek().value  # 1 = Monday ... 7 = Sunday
    return day - timedelta(days=(day.isoweekday() - first) % 7)
