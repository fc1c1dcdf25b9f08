"""Reminders while the app runs (issue 20, item 2): every half minute the replica is asked
for reminders whose time has come (app/reminders.py, on the query lane: no network needed);
each one is shown once in a small window that stays on top (Open, Snooze, Dismiss; Enter
opens the first, Esc hides the window) and, where the desktop has a tray, as a tray message
(clicking it opens the task).
"""

import logging
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from app.reminders import Reminder, Reminders
from app.workspace import Workspace
from sync.protocol.types import utcnow

from .editors import Editors
from .labels import label
from .operations import query

log = logging.getLogger(__name__)

CHECK_MS = 30_000
MORNING = time(8)  # the overdue summary shows once a day from then (or at start, if later)
SNOOZES = (5, 10, 15, 30, 60)  # minutes


class ReminderRow(QWidget):
    def __init__(self, reminder: Reminder, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reminder = reminder
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.open_button = QPushButton()
        self.snooze_button = QPushButton()
        self.dismiss_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.label, 1)
        for button in (self.open_button, self.snooze_button, self.dismiss_button):
            layout.addWidget(button)


class ReminderWindow(QWidget):
    """The reminders that fired and were not dealt with yet."""

    open_requested = Signal(str)
    snooze_requested = Signal(str, int)  # task id, minutes
    dismissed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        flags = Qt.WindowType.Window
        if QApplication.platformName() != "offscreen":  # (there it only warns)
            flags |= Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint
        super().__init__(parent, flags)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # typing goes on
        self.setObjectName("reminders")
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 700;")
        self.snooze_for = QComboBox()
        for minutes in SNOOZES:
            self.snooze_for.addItem("", minutes)
        self.snooze_for.setCurrentIndex(SNOOZES.index(10))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.rows_box = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        self.snooze_caption = QLabel()
        top.addWidget(self.snooze_caption)
        top.addWidget(self.snooze_for)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(self.rows_box)
        self.rows: list[ReminderRow] = []
        QShortcut(QKeySequence("Esc"), self, self.hide)
        QShortcut(QKeySequence("Return"), self, self._open_first)
        self.setMinimumWidth(460)
        self.retranslate()

    def add(self, reminder: Reminder, now: datetime) -> ReminderRow:
        self.remove(reminder.id)
        row = ReminderRow(reminder, self.describe(reminder, now), self)
        row.open_button.clicked.connect(lambda: self._open(reminder.id))
        row.snooze_button.clicked.connect(
            lambda: self._snooze(reminder.id, int(self.snooze_for.currentData()))
        )
        row.dismiss_button.clicked.connect(lambda: self._dismiss(reminder.id))
        self.rows.append(row)
        self.rows_box.addWidget(row)
        self.retranslate()
        return row

    def row(self, task_id: str) -> ReminderRow | None:
        return next((r for r in self.rows if r.reminder.id == task_id), None)

    def remove(self, task_id: str) -> None:
        row = self.row(task_id)
        if row is not None:
            self.rows.remove(row)
            row.setParent(None)
            row.deleteLater()
        if not self.rows and not self.summary.isVisibleTo(self):
            self.hide()

    def show_overdue(self, count: int) -> str:
        text = self.tr(
            "Good morning. %n follow-up(s) are overdue: see Today or the Calendar.", "", count
        )
        self.summary.setText(text)
        self.summary.show()
        return text

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.summary.hide()  # read once

    def describe(self, reminder: Reminder, now: datetime) -> str:
        """ "15:00 Visit: Quarterly review — 张伟 · in 5 minutes"."""
        text = f"{reminder.when.astimezone():%H:%M} {label(reminder.kind)}: {reminder.title}"
        if reminder.customer:
            text += f" — {reminder.customer}"
        minutes = round((reminder.when - now) / timedelta(minutes=1))
        if minutes > 0:
            when = self.tr("in %n minute(s)", "", minutes)
        elif minutes == 0:
            when = self.tr("now")
        else:
            when = self.tr("%n minute(s) ago", "", -minutes)
        return f"{text} · {when}"

    def _open(self, task_id: str) -> None:
        self.remove(task_id)
        self.open_requested.emit(task_id)

    def _open_first(self) -> None:
        if self.rows:
            self._open(self.rows[0].reminder.id)

    def _snooze(self, task_id: str, minutes: int) -> None:
        self.remove(task_id)
        self.snooze_requested.emit(task_id, minutes)

    def _dismiss(self, task_id: str) -> None:
        self.remove(task_id)
        self.dismissed.emit(task_id)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reminders"))
        self.heading.setText(self.tr("%n reminder(s)", "", len(self.rows)))
        self.snooze_caption.setText(self.tr("Snooze for"))
        for index, minutes in enumerate(SNOOZES):
            self.snooze_for.setItemText(index, self.tr("%n minute(s)", "", minutes))
        for row in self.rows:
            row.open_button.setText(self.tr("Open"))
            row.snooze_button.setText(self.tr("Snooze"))
            row.dismiss_button.setText(self.tr("Dismiss"))


class ReminderNotifier(QObject):
    """Checks the replica for reminders on a timer and shows them; `clock` is replaceable
    (tests use a fake one)."""

    fired = Signal(object)  # Reminder, once per firing

    def __init__(
        self,
        workspace: Workspace,
        editors: Editors,
        parent: QWidget,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.host = parent
        self.editors = editors
        self.clock = clock
        self.reminders = Reminders(workspace.replica, workspace.user_id)
        self.window = ReminderWindow(parent)
        self.window.open_requested.connect(self.open_task)
        self.window.snooze_requested.connect(self.snooze)
        self.window.dismissed.connect(self.reminders.dismiss)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.windowIcon() or QIcon(), self)
            self.tray.messageClicked.connect(self._tray_clicked)
            self.tray.show()
        self._last: str | None = None
        self.summarised: date | None = None  # the day the overdue summary was shown
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(2000, self.check)  # what came due while the app was closed

    def check(self) -> None:
        now, reminders = self.clock(), self.reminders
        local = now.astimezone()
        morning = self.summarised != local.date() and local.time() >= MORNING
        if morning:
            self.summarised = local.date()

        def read() -> tuple[list[Reminder], int]:
            return reminders.due(now), reminders.overdue(now) if morning else 0

        op = query(self.host, read).success(lambda found: self._show(found[0], found[1], now))
        op.failure(lambda exc: log.warning("reminders not checked: %s", exc)).run()

    def _show(self, due: list[Reminder], overdue: int, now: datetime) -> None:
        for reminder in due:
            self.window.add(reminder, now)
            self.fired.emit(reminder)
        lines = [self.window.describe(r, now) for r in due]
        if overdue:
            lines.append(self.window.show_overdue(overdue))
        if not lines:
            return
        self.window.show()
        if self.tray is not None:
            self._last = due[0].id if due else None
            self.tray.showMessage(
                self.window.tr("Reminder"),
                "\n".join(lines),
                QSystemTrayIcon.MessageIcon.Information,
            )

    def snooze(self, task_id: str, minutes: int) -> None:
        self.reminders.snooze(task_id, self.clock() + timedelta(minutes=minutes))

    def open_task(self, task_id: str) -> None:
        self.editors.edit_task(task_id, parent=self.host.window())

    def _tray_clicked(self) -> None:
        if self._last is not None:
            self.window.remove(self._last)
            self.open_task(self._last)
