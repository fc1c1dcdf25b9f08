"""The calendar's month: six weeks of day cells, each with its first entries and "+k more".

Click selects a day, double-click opens the day (or the entry under the pointer); arrows
move the selected day, Enter opens it.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QWidget

from app.schedule import Entry
from sync.protocol.types import utcnow

from .calendar_grid import (
    CLASH,
    LINE,
    MUTED,
    OFF_HOURS,
    PAPER,
    SELECT,
    TEXT,
    TODAY,
    TODAY_BACK,
)

HEAD = 24
OTHER_MONTH = OFF_HOURS  # follows the theme with the grid's colours


@dataclass(frozen=True)
class Line:
    text: str
    entry: Entry | None  # None: the "+k more" line


class MonthGrid(QWidget):
    day_selected = Signal(object)  # date
    day_opened = Signal(object)  # date: show it in the day view
    activated = Signal(str)  # an entry to open
    menu_requested = Signal(str, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(300)
        self.first = date.today().replace(day=1)
        self.start = self.first  # the first day of the first row
        self.selected = date.today()
        self.by_day: dict[date, list[Entry]] = {}
        self.day_names: list[str] = []
        self.texts: dict[str, str] = {}
        self.editable: Callable[[Entry], bool] = lambda _entry: True

    def set_month(
        self, first: date, start: date, by_day: dict[date, list[Entry]], selected: date
    ) -> None:
        self.first, self.start, self.by_day, self.selected = first, start, by_day, selected
        self.update()

    def days(self) -> list[date]:
        return [self.start + timedelta(days=n) for n in range(42)]

    # --- geometry --------------------------------------------------------------------------

    def cell_rect(self, day: date) -> QRectF:
        index = (day - self.start).days
        width, height = self.width() / 7, (self.height() - HEAD) / 6
        return QRectF((index % 7) * width, HEAD + (index // 7) * height, width, height)

    def line_height(self) -> int:
        return QFontMetrics(self.font()).lineSpacing() + 2

    def capacity(self, day: date) -> int:
        """Entry lines a cell has room for under its day number."""
        return max(
            1, int((self.cell_rect(day).height() - self.line_height() - 6) // self.line_height())
        )

    def lines(self, day: date, capacity: int | None = None) -> list[Line]:
        """What the cell of `day` lists: its first entries and "+k more" for the rest."""
        entries = self.by_day.get(day, [])
        room = self.capacity(day) if capacity is None else capacity
        if len(entries) <= room:
            shown, rest = entries, 0
        else:
            shown, rest = entries[: room - 1], len(entries) - (room - 1)
        out = [Line(self.entry_text(e), e) for e in shown]
        if rest:
            out.append(Line(self.texts.get("more", "+%1 more").replace("%1", str(rest)), None))
        return out

    def entry_text(self, entry: Entry) -> str:
        clock = f"{entry.when.astimezone():%H:%M}"
        marks = ""
        if entry.clashes:
            marks = "⚠ "
        if entry.done:
            marks = "✓ "
        elif entry.overdue(utcnow()):
            marks = self.texts.get("late", "Overdue") + " · "
        return f"{marks}{clock} {entry.title}"

    def day_at(self, pos: QPoint) -> date | None:
        if pos.y() < HEAD or self.width() <= 0:
            return None
        column = int(pos.x() // (self.width() / 7))
        row = int((pos.y() - HEAD) // ((self.height() - HEAD) / 6))
        if not (0 <= column < 7 and 0 <= row < 6):
            return None
        return self.start + timedelta(days=row * 7 + column)

    def line_at(self, pos: QPoint) -> Line | None:
        day = self.day_at(pos)
        if day is None:
            return None
        rect = self.cell_rect(day)
        number = int((pos.y() - rect.top() - self.line_height() - 4) // self.line_height())
        lines = self.lines(day)
        return lines[number] if 0 <= number < len(lines) else None

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), PAPER)
        width = self.width() / 7
        painter.setPen(MUTED)
        for column, name in enumerate(self.day_names[:7]):
            painter.drawText(
                QRectF(column * width, 0, width, HEAD), Qt.AlignmentFlag.AlignCenter, name
            )
        today, now = date.today(), utcnow()
        line = self.line_height()
        for day in self.days():
            rect = self.cell_rect(day)
            inside = day.month == self.first.month
            painter.fillRect(rect, PAPER if inside else OTHER_MONTH)
            if day == self.selected:
                painter.fillRect(rect.adjusted(1, 1, -1, -1), TODAY_BACK)
            painter.setPen(LINE)
            painter.drawRect(rect)
            if day == self.selected:
                painter.setPen(SELECT)
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
            font = QFont(self.font())
            font.setBold(day == today)
            painter.setFont(font)
            painter.setPen(TODAY if day == today else TEXT if inside else MUTED)
            number = str(day.day)
            if day == today:
                number = self.texts.get("today", "%1 · Today").replace("%1", number)
            painter.drawText(rect.adjusted(5, 2, -4, 0), number)
            painter.setFont(self.font())
            metrics = QFontMetrics(self.font())
            y = rect.top() + line + 4
            for item in self.lines(day):
                entry = item.entry
                colour = MUTED
                if entry is not None:
                    late = not entry.done and entry.overdue(now)
                    colour = CLASH if entry.clashes or late else MUTED if entry.done else TEXT
                painter.setPen(colour)
                text = metrics.elidedText(
                    item.text, Qt.TextElideMode.ElideRight, int(rect.width() - 10)
                )
                painter.drawText(QRectF(rect.left() + 5, y, rect.width() - 10, line), text)
                y += line
        painter.end()

    # --- input -----------------------------------------------------------------------------

    def _select(self, day: date) -> None:
        self.selected = day
        self.update()
        self.day_selected.emit(day)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self._select(day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        item = self.line_at(pos)
        if item is not None and item.entry is not None:
            self.activated.emit(item.entry.id)
            return
        day = self.day_at(pos)
        if day is not None:
            self.day_opened.emit(day)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.line_at(event.pos())
        if item is not None and item.entry is not None:
            self.menu_requested.emit(item.entry.id, event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        step = steps.get(Qt.Key(event.key()))
        if step is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self._select(self.selected + timedelta(days=step))
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.day_opened.emit(self.selected)
        else:
            super().keyPressEvent(event)
