"""The pieces of the Today page (ui/today_page.py): a collapsible group of lines with its
count, one line of work with its actions, a label that elides instead of widening the page,
and the bar that offers Undo after a task was marked done.

A line never asks for more width than the page has: long titles and names are cut with "…"
and shown whole in their tooltip, so the page scrolls only up and down.
"""

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from . import theme

LINK = "link"  # the theme's (ui/theme.py), underlined as a link
OVERDUE = "error"  # the theme's; the word "Overdue" says it as well
SHOWN = 12  # lines of a group shown at first; "Show all" adds the rest
BAR_STYLE = (
    "QFrame#todayUndo { background: palette(alternate-base); border: 1px solid palette(mid);"
    " border-radius: 4px; }"
)
UNDO_SHOWN_MS = 10_000


class ElidedLabel(QLabel):
    """One line of text cut with "…" to the width it is given (never widening its parent);
    the whole text is its tooltip when cut."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full = text
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    activate: Callable[[], None] | None = None  # a link: a click, Enter or Space runs it

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.activate is not None and event.button() == Qt.MouseButton.LeftButton:
            self.activate()
        else:
            super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if self.activate is not None and event.key() in keys:
            self.activate()
        else:
            super().keyPressEvent(event)

    def set_full_text(self, text: str) -> None:
        self.full = text
        self.setText(text)
        self._elide()

    def minimumSizeHint(self) -> QSize:
        return QSize(
            QFontMetrics(self.font()).horizontalAdvance("…") * 4, super().sizeHint().height()
        )

    def sizeHint(self) -> QSize:
        return QSize(
            QFontMetrics(self.font()).horizontalAdvance(self.full) + 4, super().sizeHint().height()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        shown = self.shown_text()
        painter.drawText(
            self.rect(), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown
        )
        if self.hasFocus():  # a link reached with Tab
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def shown_text(self) -> str:
        return QFontMetrics(self.font()).elidedText(
            self.full, Qt.TextElideMode.ElideRight, max(self.width(), 1)
        )

    def cut(self) -> bool:
        return self.shown_text() != self.full

    def _elide(self) -> None:
        self.setToolTip(self.full if self.cut() else "")


class Group(QWidget):
    """A heading that folds its lines away (▸ collapsed, ▾ open) with their count, and the
    lines: the first `SHOWN`, then "Show all N" for the rest."""

    toggled = Signal(bool)  # open

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.first = SHOWN  # lines shown before "Show all"
        self.header = QToolButton()
        self.header.setObjectName("todayGroup")
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setAutoRaise(True)
        self.header.setCheckable(True)
        self.header.setChecked(True)
        self.header.setStyleSheet("QToolButton#todayGroup { font-weight: 700; border: none; }")
        self.header.toggled.connect(self._toggled)
        self.body = QWidget()
        self.lines = QVBoxLayout(self.body)
        self.lines.setContentsMargins(18, 0, 0, 4)
        self.lines.setSpacing(2)
        self.more = QPushButton()
        self.more.setFlat(True)
        self.more.clicked.connect(self.show_all)
        self.empty = QLabel(wordWrap=True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.body)
        self.title = ""
        self.count = 0
        self.rows: list[QWidget] = []
        self._pending: list[Callable[[], QWidget]] = []
        self._more_text = ""
        self._toggled(True)

    def fill(
        self,
        title: str,
        makers: Sequence[Callable[[], QWidget]],
        *,
        empty: str = "",
        count_text: str | None = None,
        more_text: str = "",
    ) -> None:
        """The heading `title · count` and a line from each maker (built when shown)."""
        self.title, self.count = title, len(makers)
        self.header.setText(f"{title} · {count_text or len(makers)}")
        self.header.setAccessibleName(self.header.text())
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        self.lines.removeWidget(self.more)
        self.lines.removeWidget(self.empty)
        self.more.hide()
        self.empty.setText(empty)
        self.empty.setVisible(not makers and bool(empty))
        if not makers and empty:
            self.lines.addWidget(self.empty)
        self._pending = list(makers)
        self._more_text = more_text
        if self.is_open():  # a folded group builds its lines when opened
            self._add(self.first)

    def _add(self, n: int) -> None:
        for make in self._pending[:n]:
            row = make()
            self.rows.append(row)
            self.lines.addWidget(row)
        self._pending = self._pending[n:]
        self.lines.removeWidget(self.more)
        if self._pending:
            self.more.setText(self._more_text.replace("%1", str(len(self._pending))))
            self.lines.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self.more.setVisible(bool(self._pending))

    def show_all(self) -> None:
        self._add(len(self._pending))

    def is_open(self) -> bool:
        return self.header.isChecked()

    def set_open(self, open_: bool) -> None:
        self.header.setChecked(open_)
        self._toggled(open_)

    def _toggled(self, open_: bool) -> None:
        self.header.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.body.setVisible(open_)
        if open_ and not self.rows and self._pending:
            self._add(self.first)
        self.toggled.emit(open_)


class Line(QFrame):
    """One line: [done] when · what — customer, then its buttons. Every part is optional."""

    action_width = 0  # the width of a line's first buttons, alike so that the columns line up

    def __init__(
        self,
        *,
        moment: str,
        text: str,
        customer: str = "",
        overdue: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todayLine")
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 1, 0, 1)
        self.layout_.setSpacing(8)
        self.done: QCheckBox | None = None
        self.tick_place = QWidget()  # the done box's place, kept so that columns line up
        self.tick_place.setFixedWidth(_tick_width())
        place = QHBoxLayout(self.tick_place)
        place.setContentsMargins(0, 0, 0, 0)
        self.moment = QLabel(moment)
        sample = moment if len(moment) > 26 else "Overdue · Mon 30 Nov 00:00"
        self.moment.setFixedWidth(QFontMetrics(self.font()).horizontalAdvance(sample) + 8)
        if overdue:
            _colour(self.moment, OVERDUE)
        self.text = ElidedLabel(text)
        self.customer_label = ElidedLabel(customer)
        _colour(self.customer_label, LINK)
        font = self.customer_label.font()
        font.setUnderline(True)
        self.customer_label.setFont(font)
        self.customer_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.customer_label.setVisible(bool(customer))
        self.layout_.addWidget(self.tick_place)
        self.layout_.addWidget(self.moment)
        self.layout_.addWidget(self.text, 3)
        self.layout_.addWidget(self.customer_label, 2)
        self.buttons: dict[str, QToolButton] = {}
        self._menu: QMenu | None = None
        self._build_menu: Callable[[], QMenu] = QMenu

    def add_done(self, tip: str, on_done: Callable[[], None]) -> QCheckBox:
        self.done = QCheckBox()
        self.done.setToolTip(tip)
        self.done.setAccessibleName(tip)
        self.done.toggled.connect(lambda checked: on_done() if checked else None)
        layout = self.tick_place.layout()
        assert layout is not None
        layout.addWidget(self.done)
        return self.done

    def add_menu(self, key: str, text: str, build: Callable[[], QMenu]) -> QToolButton:
        """A button whose menu is built when first asked for (most are never opened)."""
        self._build_menu = build
        button = self.add_button(key, text, lambda: self._pop(button))
        button.setAccessibleDescription(text)
        return button

    def menu(self) -> QMenu:
        if self._menu is None:
            self._menu = self._build_menu()
        return self._menu

    def _pop(self, button: QToolButton) -> None:
        self.menu().popup(button.mapToGlobal(button.rect().bottomLeft()))

    def add_button(self, key: str, text: str, on_click: Callable[[], object]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if key != "open":  # the first actions differ by line; Open ends each one alike
            button.setMinimumWidth(self.action_width)
        button.clicked.connect(lambda: on_click())
        self.buttons[key] = button
        self.layout_.addWidget(button)
        return button

    def on_customer(self, on_click: Callable[[], None]) -> None:
        self.customer_label.activate = on_click
        self.customer_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)


class UndoLine(QFrame):
    """ "“Call back” marked done. Undo" for a few seconds after a task was ticked off."""

    undo_requested = Signal(str)  # task id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayUndo")
        self.setStyleSheet(BAR_STYLE)
        self.text = ElidedLabel()
        self.button = QPushButton()
        self.button.clicked.connect(self._undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.timer = QTimer(self, singleShot=True, interval=UNDO_SHOWN_MS)
        self.timer.timeout.connect(self.hide)
        self.task_id: str | None = None
        self.hide()

    def offer(self, task_id: str, text: str, undo: str) -> None:
        self.task_id = task_id
        self.text.set_full_text(text)
        self.button.setText(undo)
        self.button.setEnabled(True)
        self.show()
        self.timer.start()

    def _undo(self) -> None:
        if self.task_id is not None:
            self.button.setEnabled(False)
            self.undo_requested.emit(self.task_id)
            self.task_id = None
        self.hide()


_TICK: list[int] = []


def _tick_width() -> int:
    if not _TICK:
        _TICK.append(QCheckBox().sizeHint().width())
    return _TICK[0]


def _colour(widget: QWidget, token: str) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, theme.colour(token))
    widget.setPalette(palette)


def short_moment(value: date | datetime | None, today: date, formats: tuple[str, str]) -> str:
    """A moment as short as is clear: "14:00" today, "Tue 1 Dec 14:00" this year, the date
    with its year otherwise; `formats` are the language's (this year, another year)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        local = value.astimezone()
        day, clock = local.date(), local.strftime("%H:%M")
    else:
        day, clock = value, ""
    if day == today and clock:
        return clock
    shown = day_text(day, formats[0] if day.year == today.year else formats[1])
    return f"{shown} {clock}".strip()


def day_text(day: date, fmt: str) -> str:
    """A date in the language's words, by a Qt date format ("dddd, d MMMM")."""
    return str(QLocale().toString(QDate(day.year, day.month, day.day), fmt))
