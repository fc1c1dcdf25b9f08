"""The calendar's hour grid: columns (days of a week, or people of a team on one day), hours
down the side, appointments as blocks placed by start and end (overlapping ones side by
side), to-dos due by a time in a strip on top, and a line at the current time.

Mouse: click selects, double-click opens (on an empty slot: a new appointment there), drag
a block to move it (to another column and hour, snapped to 15 minutes), drag its bottom edge
to change its end. Keys do the same: arrows move the selection, Enter opens, Ctrl+arrows
move the selected entry by a slot or a day, Shift+Up/Down change its end by a slot, the menu
key opens its menu. The grid only asks (signals); the page writes.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from app.schedule import Entry
from sync.protocol.types import utcnow

from . import theme
from .labels import label
from .task_dialog import describe

HOUR = 48  # pixels per hour
SLOT = 15  # minutes a drag snaps to and a key moves by
GUTTER = 52  # hour labels on the left
HEAD = 26  # column titles
STRIP_ROW = 22  # one to-do in the strip on top
STRIP_ROWS = 3  # at most; then "+k more"
WORK_START = 8  # the hour scrolled to
EDGE = 6  # pixels at a block's bottom that resize it
MINUTES = 24 * 60

TEXT = QColor("#1d2733")
MUTED = QColor("#5f6b7a")
LINE = QColor("#d9dee5")
HALF_LINE = QColor("#eef1f4")
OFF_HOURS = QColor("#f6f7f9")
TODAY = QColor("#1f5fa8")
TODAY_BACK = QColor("#e8f0fb")
SELECT = QColor("#1f5fa8")
NOW = QColor("#d0342c")
CLASH = QColor("#b3261e")
CLASH_BACK = QColor("#fdecea")
DONE_BACK = QColor("#eef0f2")
DONE_TEXT = QColor("#5f6b7a")
KIND_COLOURS = {  # background, border
    "visit": (QColor("#e3f1e6"), QColor("#2e7d4f")),
    "call": (QColor("#e6eefb"), QColor("#2f5fb3")),
    "meeting": (QColor("#f1e8fa"), QColor("#7446a8")),
    "todo": (QColor("#fff4de"), QColor("#a0660b")),
}
PAPER = QColor("#ffffff")
# The dark theme's values of the colours above. The grid and the month paint with these
# QColor objects, so a change of theme (ui/theme.py) sets them in place and the next paint
# uses them; AA contrast of TEXT and MUTED on every background, as the light ones.
_DARK = {
    "TEXT": "#e6e9ee",
    "MUTED": "#a7afbc",
    "LINE": "#3c4350",
    "HALF_LINE": "#2c313b",
    "OFF_HOURS": "#1d2027",
    "TODAY": "#8cbcff",
    "TODAY_BACK": "#243247",
    "SELECT": "#8cbcff",
    "NOW": "#ff7b72",
    "CLASH": "#ff9b8f",
    "CLASH_BACK": "#3d2224",
    "DONE_BACK": "#2a2f38",
    "DONE_TEXT": "#a7afbc",
    "PAPER": "#22262e",
    "visit": ("#1e3527", "#7fd69a"),
    "call": ("#1f2d45", "#8cbcff"),
    "meeting": ("#2f2640", "#c9a6f2"),
    "todo": ("#3b3120", "#f2c066"),
}
_LIGHT = {
    **{name: globals()[name].name() for name in _DARK if name.isupper()},
    **{kind: (back.name(), border.name()) for kind, (back, border) in KIND_COLOURS.items()},
}


def recolour(look: str) -> None:
    """Set the colours above to the theme `look` ("light" or "dark") names."""
    table = _DARK if look == "dark" else _LIGHT
    for name, value in table.items():
        if isinstance(value, tuple):
            for colour, new in zip(KIND_COLOURS[name], value, strict=True):
                colour.setRgba(QColor(new).rgba())
        else:
            globals()[name].setRgba(QColor(value).rgba())


theme.notifier.changed.connect(recolour)


def _alpha(colour: QColor, alpha: int) -> QColor:
    """`colour` (of the theme shown) seen through: a tint over the grid."""
    tinted = QColor(colour)
    tinted.setAlpha(alpha)
    return tinted


@dataclass(frozen=True)
class GridColumn:
    day: date
    person: str | None  # a team view's column: that person's entries; None: all given
    title: str


@dataclass(frozen=True)
class Block:
    entry: Entry
    start: int  # minutes after the column's midnight, clipped to the day
    end: int
    lane: int
    lanes: int


@dataclass
class Drag:
    entry: Entry
    resize: bool
    origin: QPoint
    column: int
    scroll: int  # the grid's scroll position at the press
    active: bool = False
    days: int = 0  # columns moved (days in the week view)
    minutes: int = 0


def local_minutes(moment: datetime, day: date) -> int:
    """Minutes from the local midnight of `day` to `moment`, clipped to that day."""
    local = moment.astimezone().replace(tzinfo=None)
    start = datetime.combine(day, time())
    minutes = int((local - start).total_seconds() // 60)
    return max(0, min(MINUTES, minutes))


class TimeGrid(QAbstractScrollArea):
    activated = Signal(str)  # open this entry
    create_at = Signal(object)  # a naive local datetime: a new appointment there
    move_requested = Signal(str, int, int)  # entry id, days (columns), minutes
    resize_requested = Signal(str, int)  # entry id, minutes added to its end
    menu_requested = Signal(str, QPoint)  # entry id, global position
    selection_changed = Signal()
    edge = Signal(int)  # Left/Right past the first or last column

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setMouseTracking(True)
        self.verticalScrollBar().setSingleStep(HOUR // 4)
        self.verticalScrollBar().valueChanged.connect(self.viewport().update)
        self.columns: list[GridColumn] = []
        self.entries: dict[str, Entry] = {}
        self.strips: list[list[Entry]] = []
        self.blocks: list[list[Block]] = []
        self.editable: Callable[[Entry], bool] = lambda _entry: True
        self.across_columns = True  # a drag may change the column (the day)
        self.now = utcnow()
        self.selected_id: str | None = None
        self.column = 0  # the selected column
        self.minute = 9 * 60  # the slot cursor when no entry is selected
        self.drag: Drag | None = None
        self.texts: dict[str, str] = {}  # translated words the page hands in (retranslate)
        self._scrolled = False
        self.ticker = QTimer(self)  # the line at the current time moves on
        self.ticker.setInterval(60_000)
        self.ticker.timeout.connect(self.viewport().update)
        self.ticker.start()

    # --- content -----------------------------------------------------------------------

    def set_content(self, columns: list[GridColumn], entries: list[Entry]) -> None:
        """Columns and the entries to place in them; the selection stays on its entry."""
        self.columns = columns
        self.entries = {e.id: e for e in entries}
        self.now = utcnow()
        self.strips = [[] for _ in columns]
        timed: list[list[Entry]] = [[] for _ in columns]
        for entry in entries:
            index = self.column_of(entry)
            if index is None:
                continue
            (timed if entry.appointment else self.strips)[index].append(entry)
        self.blocks = [
            self._lay_out(column, items) for column, items in zip(columns, timed, strict=True)
        ]
        if self.selected_id is not None:
            chosen = self.entries.get(self.selected_id)
            index = self.column_of(chosen) if chosen is not None else None
            if index is None:
                self.selected_id = None
            else:
                self.column = index
        self.column = max(0, min(self.column, len(columns) - 1))
        self._update_range()
        if not self._scrolled:
            self.scroll_to_minute(WORK_START * 60)
            self._scrolled = True
        self.viewport().update()

    def column_of(self, entry: Entry) -> int | None:
        for index, column in enumerate(self.columns):
            if entry.day == column.day and column.person in (None, entry.assignee_id):
                return index
        return None

    def _lay_out(self, column: GridColumn, entries: list[Entry]) -> list[Block]:
        """Side by side where they overlap: each takes the first free lane of its cluster."""
        spans = []
        for entry in sorted(entries, key=lambda e: (e.when, e.id)):
            assert entry.ends is not None
            start = local_minutes(entry.when, column.day)
            end = max(local_minutes(entry.ends, column.day), start + SLOT)
            spans.append((entry, start, min(end, MINUTES)))
        out: list[Block] = []
        cluster: list[tuple[Entry, int, int, int]] = []
        lane_ends: list[int] = []
        cluster_end = -1

        def close() -> None:
            out.extend(Block(e, s, t, lane, len(lane_ends)) for e, s, t, lane in cluster)

        for entry, start, end in spans:
            if start >= cluster_end and cluster:
                close()
                cluster, lane_ends = [], []
            lane = next((i for i, busy in enumerate(lane_ends) if busy <= start), len(lane_ends))
            if lane == len(lane_ends):
                lane_ends.append(end)
            else:
                lane_ends[lane] = end
            cluster.append((entry, start, end, lane))
            cluster_end = max(cluster_end, end)
        if cluster:
            close()
        return out

    # --- what a user reads (painted, and read by tests) ------------------------------------

    def block_lines(self, entry: Entry) -> list[str]:
        """Time with its marks, title, customer: the lines of a block, before eliding."""
        signs, marks = "", []
        if entry.clashes:
            signs += "⚠ "
            marks.append(self.texts.get("clash", "Overlap"))
        if entry.done:
            signs += "✓ "
            marks.append(self.texts.get("done", "Done"))
        if not self.editable(entry):
            marks.append(self.texts.get("read_only", "Read-only"))
        first = signs + " · ".join([self._hours(entry), *marks])
        return [first, entry.title, entry.customer or label(entry.kind)]

    def strip_text(self, entry: Entry) -> str:
        clock = f"{entry.when.astimezone():%H:%M}"
        # short, so the title fits a week's column: the strip is captioned "Due"
        if entry.done:
            text = self.texts.get("done_due", "✓ %1")
        elif entry.overdue(self.now):
            text = self.texts.get("overdue", "Overdue %1")
        else:
            text = "%1"
        text = text.replace("%1", clock) + f" {entry.title}"
        if not self.editable(entry):
            text += " · " + self.texts.get("read_only", "Read-only")
        return text

    def lines_of(self, day: date) -> list[str]:
        """Everything shown in the column of `day`, top to bottom, one line per entry."""
        index = next(i for i, c in enumerate(self.columns) if c.day == day)
        return [self.strip_text(e) for e in self.strips[index]] + [
            " | ".join(self.block_lines(b.entry)) for b in self.ordered_blocks(index)
        ]

    def ordered_blocks(self, index: int) -> list[Block]:
        return sorted(self.blocks[index], key=lambda b: (b.start, b.lane))

    @staticmethod
    def _hours(entry: Entry) -> str:
        start = entry.when.astimezone()
        if entry.ends is None:
            return f"{start:%H:%M}"
        end = entry.ends.astimezone()
        tail = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%m-%d %H:%M}"
        return f"{start:%H:%M}–{tail}"

    # --- geometry --------------------------------------------------------------------------

    def strip_rows(self) -> int:
        most = max((len(s) for s in self.strips), default=0)
        return max(1, min(most, STRIP_ROWS))

    def top(self) -> int:
        return HEAD + self.strip_rows() * STRIP_ROW + 6

    def column_width(self) -> float:
        return (self.viewport().width() - GUTTER) / max(1, len(self.columns))

    def column_x(self, index: int) -> float:
        return GUTTER + index * self.column_width()

    def y_of(self, minute: int) -> float:
        return self.top() + minute * HOUR / 60 - self.verticalScrollBar().value()

    def minute_at(self, y: float) -> int:
        minute = (y - self.top() + self.verticalScrollBar().value()) * 60 / HOUR
        return max(0, min(MINUTES - SLOT, int(minute // SLOT) * SLOT))

    def column_at(self, x: float) -> int | None:
        if x < GUTTER or not self.columns:
            return None
        index = int((x - GUTTER) // self.column_width())
        return index if 0 <= index < len(self.columns) else None

    def block_rect(self, index: int, block: Block) -> QRectF:
        width = self.column_width() / block.lanes
        x = self.column_x(index) + block.lane * width + 1
        top, bottom = self.y_of(block.start), self.y_of(block.end)
        return QRectF(x, top + 1, width - 3, max(bottom - top - 2, 10))

    def strip_rect(self, index: int, row: int) -> QRectF:
        x = self.column_x(index) + 2
        return QRectF(x, HEAD + 2 + row * STRIP_ROW, self.column_width() - 5, STRIP_ROW - 3)

    def entry_rect(self, entry_id: str) -> QRect:
        """Where an entry is drawn now (empty when scrolled out or not shown)."""
        for index, blocks in enumerate(self.blocks):
            for block in blocks:
                if block.entry.id == entry_id:
                    return self.block_rect(index, block).toRect()
        for index, strip in enumerate(self.strips):
            for row, entry in enumerate(strip[:STRIP_ROWS]):
                if entry.id == entry_id:
                    return self.strip_rect(index, row).toRect()
        return QRect()

    def slot_point(self, index: int, minute: int) -> QPoint:
        """The middle of a slot's first pixels (where a click lands in that slot)."""
        x = self.column_x(index) + self.column_width() / 2
        return QPoint(int(x), int(self.y_of(minute) + HOUR / 8))

    def entry_at(self, pos: QPoint) -> tuple[Entry, bool] | None:
        """The entry under `pos` and whether the position is on its bottom edge."""
        index = self.column_at(pos.x())
        if index is None:
            return None
        if pos.y() < self.top():
            strip = self.strips[index]
            for row, entry in enumerate(strip[:STRIP_ROWS]):
                if self.strip_rect(index, row).contains(pos.toPointF()):
                    return entry, False
            return None
        for block in reversed(self.blocks[index]):
            rect = self.block_rect(index, block)
            if rect.contains(pos.toPointF()):
                return block.entry, pos.y() >= rect.bottom() - EDGE
        return None

    def scroll_to_minute(self, minute: int) -> None:
        self.verticalScrollBar().setValue(int(minute * HOUR / 60))

    def ensure_visible(self, start: int, end: int) -> None:
        bar = self.verticalScrollBar()
        body = self.viewport().height() - self.top()
        top, bottom = int(start * HOUR / 60), int(end * HOUR / 60)
        if top < bar.value():
            bar.setValue(top)
        elif bottom > bar.value() + body:
            bar.setValue(min(top, bottom - body))

    def _update_range(self) -> None:
        body = self.viewport().height() - self.top()
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, 24 * HOUR - body))
        bar.setPageStep(max(1, body))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_range()

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height, top = self.viewport().width(), self.viewport().height(), self.top()
        painter.fillRect(0, 0, width, height, PAPER)
        painter.save()
        painter.setClipRect(0, top, width, height - top)
        self._paint_hours(painter, width)
        for index in range(len(self.columns)):
            for block in self.blocks[index]:
                self._paint_block(painter, index, block)
        self._paint_now(painter)
        self._paint_cursor(painter)
        self._paint_drag(painter)
        painter.restore()
        self._paint_head(painter, width, top)
        painter.end()

    def _paint_hours(self, painter: QPainter, width: int) -> None:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        for index, column in enumerate(self.columns):
            x = self.column_x(index)
            for start, end in ((0, WORK_START * 60), (18 * 60, MINUTES)):
                rect = QRectF(
                    x, self.y_of(start), self.column_width(), self.y_of(end) - self.y_of(start)
                )
                painter.fillRect(rect, OFF_HOURS)
            if column.day == date.today() and len({c.day for c in self.columns}) > 1:
                rect = QRectF(x, self.top(), self.column_width(), self.viewport().height())
                painter.fillRect(rect, _alpha(TODAY_BACK, 90))
        for hour in range(25):
            y = self.y_of(hour * 60)
            painter.setPen(QPen(LINE))
            painter.drawLine(int(GUTTER), int(y), width, int(y))
            if hour < 24:
                half = self.y_of(hour * 60 + 30)
                painter.setPen(QPen(HALF_LINE))
                painter.drawLine(int(GUTTER), int(half), width, int(half))
                painter.setPen(QPen(MUTED))
                painter.drawText(
                    QRectF(0, y - 1, GUTTER - 6, 16),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    f"{hour:02d}:00",
                )
        painter.setPen(QPen(LINE))
        for index in range(len(self.columns) + 1):
            x = int(self.column_x(index))
            painter.drawLine(x, self.top(), x, self.viewport().height())

    def _colours(self, entry: Entry) -> tuple[QColor, QColor, QColor]:
        """Background, border, text."""
        background, border = KIND_COLOURS.get(entry.kind, KIND_COLOURS["meeting"])
        text = TEXT
        if entry.done:
            background, text = DONE_BACK, DONE_TEXT
        if entry.clashes:
            background, border, text = CLASH_BACK, CLASH, CLASH
        if not entry.done and entry.overdue(self.now):
            border, text = CLASH, CLASH
        return background, border, text

    def _paint_block(self, painter: QPainter, index: int, block: Block) -> None:
        entry = block.entry
        rect = self.block_rect(index, block)
        background, border, text = self._colours(entry)
        moving = self.drag is not None and self.drag.active and self.drag.entry.id == entry.id
        if moving:
            background = QColor(background)
            background.setAlpha(110)
        painter.setPen(QPen(border, 1))
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 4, 4)
        painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), border)
        if entry.id == self.selected_id:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(SELECT, 2.5 if self.hasFocus() else 1.5))
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 5, 5)
        self._paint_text(painter, rect.adjusted(7, 2, -3, -2), self.block_lines(entry), text, entry)
        if self.editable(entry) and entry.id == self.selected_id:  # the resize handle
            painter.setPen(QPen(border, 2))
            mid, bottom = rect.center().x(), rect.bottom() - 3
            painter.drawLine(int(mid - 8), int(bottom), int(mid + 8), int(bottom))

    def _paint_text(
        self, painter: QPainter, rect: QRectF, lines: list[str], colour: QColor, entry: Entry
    ) -> None:
        font = QFont(self.font())
        metrics = QFontMetrics(font)
        line = metrics.lineSpacing()
        fits = max(1, int(rect.height() // line))
        if metrics.horizontalAdvance(lines[0]) > rect.width():  # narrow: marks and start only
            lines = [_compact(lines[0]), *lines[1:]]
        if fits == 1:  # a short block: time and title on one line
            lines = [f"{_compact(lines[0])} {lines[1]}"]
        y = rect.top()
        for number, text in enumerate(lines[:fits]):
            bold = QFont(font)
            bold.setBold(number == 1 or fits == 1)
            bold.setStrikeOut(entry.done and number == 1)
            painter.setFont(bold)
            painter.setPen(QPen(colour if number != 2 else MUTED if not entry.clashes else colour))
            elided = QFontMetrics(bold).elidedText(
                text, Qt.TextElideMode.ElideRight, int(rect.width())
            )
            painter.drawText(QRectF(rect.left(), y, rect.width(), line), elided)
            y += line

    def _paint_now(self, painter: QPainter) -> None:
        today = date.today()
        minute = local_minutes(utcnow(), today)
        y = self.y_of(minute)
        for index, column in enumerate(self.columns):
            if column.day == today:
                painter.setPen(QPen(NOW, 2))
                x = self.column_x(index)
                painter.drawLine(int(x), int(y), int(x + self.column_width()), int(y))
                painter.setBrush(NOW)
                painter.drawEllipse(QRectF(x - 4, y - 4, 8, 8))

    def _paint_cursor(self, painter: QPainter) -> None:
        if self.selected_id is not None or not self.columns or not self.hasFocus():
            return
        x = self.column_x(self.column)
        rect = QRectF(x + 2, self.y_of(self.minute), self.column_width() - 4, HOUR / 4)
        painter.setPen(QPen(SELECT, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)

    def _paint_drag(self, painter: QPainter) -> None:
        drag = self.drag
        if drag is None or not drag.active:
            return
        source = next((b for b in self.blocks[drag.column] if b.entry.id == drag.entry.id), None)
        if source is None:
            return
        if drag.resize:
            block = Block(
                drag.entry, source.start, max(source.start + SLOT, source.end + drag.minutes), 0, 1
            )
            index = drag.column
        else:
            start = source.start + drag.minutes
            block = Block(drag.entry, start, start + source.end - source.start, 0, 1)
            index = drag.column + drag.days
        rect = self.block_rect(index, block)
        painter.setPen(QPen(SELECT, 2, Qt.PenStyle.DashLine))
        painter.setBrush(_alpha(SELECT, 40))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QPen(SELECT))
        clock = f"{_clock(block.start)}–{_clock(block.end)}"
        painter.drawText(rect.adjusted(7, 2, -3, -2), clock)

    def _paint_head(self, painter: QPainter, width: int, top: int) -> None:
        painter.fillRect(0, 0, width, top, PAPER)
        # a team's columns are all one day: no column is "today" more than another
        today = date.today() if len({c.day for c in self.columns}) > 1 else None
        for index, column in enumerate(self.columns):
            x = self.column_x(index)
            rect = QRectF(x, 0, self.column_width(), HEAD)
            font = QFont(self.font())
            font.setBold(column.day == today or index == self.column)
            painter.setFont(font)
            if index == self.column:
                painter.fillRect(rect.adjusted(1, 1, -1, -1), TODAY_BACK)
            painter.setPen(QPen(TODAY if column.day == today else TEXT))
            title = QFontMetrics(font).elidedText(
                column.title, Qt.TextElideMode.ElideRight, int(rect.width() - 6)
            )
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, title)
            self._paint_strip(painter, index)
        painter.setFont(self.font())
        painter.setPen(QPen(MUTED))
        painter.drawText(
            QRectF(0, HEAD, GUTTER - 6, STRIP_ROW),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.texts.get("due_strip", "Due"),
        )
        painter.setPen(QPen(LINE))
        painter.drawLine(0, top - 1, width, top - 1)
        painter.drawLine(0, HEAD, width, HEAD)

    def _paint_strip(self, painter: QPainter, index: int) -> None:
        strip = self.strips[index]
        shown = strip if len(strip) <= STRIP_ROWS else strip[: STRIP_ROWS - 1]
        for row, entry in enumerate(shown):
            rect = self.strip_rect(index, row)
            background, border, text = self._colours(entry)
            if entry.kind == "todo" and not entry.done and not entry.overdue(self.now):
                background, border = KIND_COLOURS["todo"]
            painter.setPen(QPen(border))
            painter.setBrush(background)
            painter.drawRoundedRect(rect, 3, 3)
            if entry.id == self.selected_id:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(SELECT, 2.5 if self.hasFocus() else 1.5))
                painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 4, 4)
            font = QFont(self.font())
            font.setStrikeOut(entry.done)
            painter.setFont(font)
            painter.setPen(QPen(text))
            inner = rect.adjusted(5, 0, -3, 0)
            elided = QFontMetrics(font).elidedText(
                self.strip_text(entry), Qt.TextElideMode.ElideRight, int(inner.width())
            )
            painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter, elided)
        if len(strip) > STRIP_ROWS:
            rect = self.strip_rect(index, STRIP_ROWS - 1)
            painter.setFont(self.font())
            painter.setPen(QPen(MUTED))
            more = self.texts.get("more", "+%1 more").replace("%1", str(len(strip) - len(shown)))
            painter.drawText(rect.adjusted(5, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, more)

    # --- selection -------------------------------------------------------------------------

    def selected(self) -> Entry | None:
        return self.entries.get(self.selected_id) if self.selected_id else None

    def select(self, entry_id: str | None, column: int | None = None) -> None:
        self.selected_id = entry_id
        entry = self.selected()
        if entry is not None:
            index = self.column_of(entry)
            self.column = index if index is not None else self.column
            block = next((b for b in self.blocks[self.column] if b.entry.id == entry.id), None)
            if block is not None:
                self.minute = block.start
                self.ensure_visible(block.start, block.end)
        elif column is not None:
            self.column = column
        self.viewport().update()
        self.selection_changed.emit()

    def _column_order(self, index: int) -> list[tuple[Entry, int]]:
        """A column's entries as Up/Down walks them, each with its minute."""
        strip = [(e, -1) for e in self.strips[index]]
        return strip + [(b.entry, b.start) for b in self.ordered_blocks(index)]

    def _step_vertically(self, down: bool) -> None:
        order = self._column_order(self.column)
        ids = [e.id for e, _ in order]
        if self.selected_id in ids:
            at = ids.index(self.selected_id)
            target = at + (1 if down else -1)
            if 0 <= target < len(order):
                self.select(order[target][0].id)
                return
            entry, minute = order[at]
            block = next((b for b in self.blocks[self.column] if b.entry.id == entry.id), None)
            self.minute = (
                (block.end if block else 0)
                if down
                else max(0, (minute if minute >= 0 else 0) - SLOT)
            )
            self.minute = min(self.minute, MINUTES - SLOT)
            self.select(None)
            return
        # the slot cursor walks slot by slot and stops on an entry it meets
        if down:
            met = [e for e, m in order if self.minute < m <= self.minute + SLOT]
        else:
            met = [e for e, m in order if self.minute - SLOT <= m < self.minute]
            if self.minute == 0 and not met:
                met = [e for e, m in order if m < 0]
        if met:
            self.select((met[0] if down else met[-1]).id)
            return
        self.minute = max(0, min(MINUTES - SLOT, self.minute + (SLOT if down else -SLOT)))
        self.ensure_visible(self.minute, self.minute + SLOT)
        self.viewport().update()

    def _step_horizontally(self, delta: int) -> None:
        target = self.column + delta
        if not 0 <= target < len(self.columns):
            self.edge.emit(delta)
            return
        entry = self.selected()
        self.column = target
        if entry is None:
            self.select(None, target)
            return
        order = [(e, m) for e, m in self._column_order(target)]
        here = self.minute
        best = min(order, key=lambda item: abs(item[1] - here), default=None)
        self.select(best[0].id if best else None, target)

    # --- keys ------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        overriding = event.type() == QEvent.Type.ShortcutOverride
        if overriding and isinstance(event, QKeyEvent) and self._handles(event):
            event.accept()
            return True
        return super().event(event)

    def _handles(self, event: QKeyEvent) -> bool:
        """Ctrl+arrows move the selected entry rather than the page's week."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        arrows = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
        return (
            mods == Qt.KeyboardModifier.ControlModifier
            and event.key() in arrows
            and self.selected() is not None
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        none = Qt.KeyboardModifier.NoModifier
        entry = self.selected()
        vertical = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(key)
        horizontal = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(key)
        if mods == none and vertical is not None:
            self._step_vertically(vertical > 0)
        elif mods == none and horizontal is not None:
            self._step_horizontally(horizontal)
        elif mods == none and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if entry is not None:
                self.activated.emit(entry.id)
            elif self.columns:
                day = self.columns[self.column].day
                self.create_at.emit(datetime.combine(day, time()) + timedelta(minutes=self.minute))
        elif (
            mods == Qt.KeyboardModifier.ControlModifier
            and entry is not None
            and (vertical is not None or horizontal is not None)
        ):
            if self.editable(entry):
                self.move_requested.emit(entry.id, horizontal or 0, (vertical or 0) * SLOT)
        elif mods == Qt.KeyboardModifier.ShiftModifier and vertical is not None:
            if entry is not None and entry.appointment and self.editable(entry):
                self.resize_requested.emit(entry.id, vertical * SLOT)
        elif key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier
        ):
            if entry is not None:
                rect = self.entry_rect(entry.id)
                self.menu_requested.emit(entry.id, self.viewport().mapToGlobal(rect.center()))
        else:
            super().keyPressEvent(event)

    # --- mouse -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position().toPoint()
        hit = self.entry_at(pos)
        index = self.column_at(pos.x())
        if hit is None:
            if index is not None:
                if pos.y() >= self.top():
                    self.minute = self.minute_at(pos.y())
                self.select(None, index)
            return
        entry, on_edge = hit
        self.select(entry.id)
        if event.button() == Qt.MouseButton.LeftButton and self.editable(entry):
            column = self.column_of(entry)
            if entry.appointment and column is not None:
                scroll = self.verticalScrollBar().value()
                self.drag = Drag(entry, on_edge, pos, column, scroll)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        drag = self.drag
        if drag is None:
            hit = self.entry_at(pos)
            on_edge = hit is not None and hit[1] and hit[0].appointment and self.editable(hit[0])
            self.viewport().setCursor(
                Qt.CursorShape.SizeVerCursor if on_edge else Qt.CursorShape.ArrowCursor
            )
            return
        moved = pos - drag.origin
        if not drag.active and moved.manhattanLength() < QApplication.startDragDistance():
            return
        drag.active = True
        bar = self.verticalScrollBar()  # near the top or bottom edge: scroll on
        if pos.y() < self.top() + EDGE * 3:
            bar.setValue(bar.value() - HOUR // 4)
        elif pos.y() > self.viewport().height() - EDGE * 3:
            bar.setValue(bar.value() + HOUR // 4)
        pixels = moved.y() + bar.value() - drag.scroll
        drag.minutes = round(pixels * 60 / HOUR / SLOT) * SLOT
        if not drag.resize and self.across_columns:
            target = self.column_at(pos.x())
            if target is not None:
                drag.days = target - drag.column
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self.drag = self.drag, None
        if drag is None or not drag.active:
            return
        self.viewport().update()
        if drag.resize and drag.minutes:
            self.resize_requested.emit(drag.entry.id, drag.minutes)
        elif not drag.resize and (drag.minutes or drag.days):
            self.move_requested.emit(drag.entry.id, drag.days, drag.minutes)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        hit = self.entry_at(pos)
        index = self.column_at(pos.x())
        self.drag = None
        if hit is not None:
            self.activated.emit(hit[0].id)
        elif index is not None and pos.y() >= self.top():
            day = self.columns[index].day
            minute = self.minute_at(pos.y())
            self.create_at.emit(datetime.combine(day, time()) + timedelta(minutes=minute))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.entry_at(event.pos())
            if hit is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(hit[0]), self.viewport())
            return True
        return super().viewportEvent(event)

    def tooltip(self, entry: Entry) -> str:
        """The entry in full: when, kind, title, customer, place, and what it overlaps."""
        lines = [describe(entry)]
        if entry.location:
            lines.append(self.texts.get("location", "Location: %1").replace("%1", entry.location))
        if not self.editable(entry):
            lines.append(self.texts.get("read_only", "Read-only"))
        if entry.clashes:
            lines.append(self.texts.get("overlaps", "Overlaps:"))
            lines.extend(f"• {describe(other)}" for other in entry.clashes)
        return "\n".join(lines)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        hit = self.entry_at(event.pos())
        if hit is not None:
            self.select(hit[0].id)
            self.menu_requested.emit(hit[0].id, event.globalPos())


def _clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def _compact(first: str) -> str:
    """A block's first line as its signs and start time: "⚠ 09:00–10:00 · Overlap" ->
    "⚠ 09:00"."""
    head = first.split(" · ")[0]
    return head.split("–")[0]
