"""A small line-icon set drawn with QPainter: no image files, no QtSvg (left out of the
bundle), sharp at any size and in the colour of the theme shown when painted.

`icon("calendar")` for a button or action (the text colour; white when selected);
`icon("calendar", "on_sidebar")` for the sidebar. Each icon is a few strokes on a 24 x 24
grid, in the manner of the ISC-licensed Feather/Lucide sets (drawn here, not copied).
`for_page(page)` is the sidebar's icon of a page: its `icon_name` attribute if it has one
(a new page sets it), else by class, else a plain page.
"""

from collections.abc import Callable
from math import cos, pi, sin

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPainterPath, QPen, QPixmap

from . import theme

Draw = Callable[[QPainter], None]


def _pts(*xy: float) -> list[QPointF]:
    return [QPointF(xy[i], xy[i + 1]) for i in range(0, len(xy), 2)]


def _line(p: QPainter, *xy: float) -> None:
    p.drawPolyline(_pts(*xy))


def _calendar(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(3, 5, 18, 16), 2.5, 2.5)
    _line(p, 3, 10, 21, 10)
    _line(p, 8, 3, 8, 7)
    _line(p, 16, 3, 16, 7)


def _today(p: QPainter) -> None:
    _calendar(p)
    _line(p, 8.5, 15.5, 11, 18, 15.5, 13)


def _person(p: QPainter) -> None:
    p.drawEllipse(QPointF(12, 8), 4, 4)
    path = QPainterPath(QPointF(4, 21))
    path.cubicTo(4, 15, 20, 15, 20, 21)
    p.drawPath(path)


def _team(p: QPainter) -> None:
    p.drawEllipse(QPointF(9, 8), 3.5, 3.5)
    path = QPainterPath(QPointF(2.5, 20))
    path.cubicTo(2.5, 14.5, 15.5, 14.5, 15.5, 20)
    p.drawPath(path)
    p.drawArc(QRectF(13, 4.5, 7, 7), -90 * 16, 180 * 16)
    path = QPainterPath(QPointF(17.5, 14.6))
    path.cubicTo(20, 15.2, 21.5, 17, 21.5, 20)
    p.drawPath(path)


def _pool(p: QPainter) -> None:  # an inbox tray: customers waiting to be claimed
    _line(p, 3, 13, 8, 13, 9.5, 16, 14.5, 16, 16, 13, 21, 13)
    path = QPainterPath(QPointF(3, 13))
    path.lineTo(6, 5)
    path.lineTo(18, 5)
    path.lineTo(21, 13)
    path.lineTo(21, 19)
    path.quadTo(21, 20, 20, 20)
    path.lineTo(4, 20)
    path.quadTo(3, 20, 3, 19)
    path.closeSubpath()
    p.drawPath(path)


def _pipeline(p: QPainter) -> None:  # a board of three columns
    p.drawRoundedRect(QRectF(3, 4, 5, 16), 1.5, 1.5)
    p.drawRoundedRect(QRectF(9.5, 4, 5, 11), 1.5, 1.5)
    p.drawRoundedRect(QRectF(16, 4, 5, 7), 1.5, 1.5)


def _sales(p: QPainter) -> None:  # a price tag
    path = QPainterPath(QPointF(3, 4))
    path.lineTo(11, 4)
    path.lineTo(20.5, 13.5)
    path.lineTo(13.5, 20.5)
    path.lineTo(3, 11)
    path.closeSubpath()
    p.drawPath(path)
    p.drawEllipse(QPointF(7.5, 8.5), 1.3, 1.3)


def _service(p: QPainter) -> None:  # a headset
    p.drawArc(QRectF(4, 4, 16, 16), 0, 180 * 16)
    p.drawRoundedRect(QRectF(3, 12, 4, 6), 1.5, 1.5)
    p.drawRoundedRect(QRectF(17, 12, 4, 6), 1.5, 1.5)
    path = QPainterPath(QPointF(19, 18))
    path.quadTo(19, 21, 14, 21)
    p.drawPath(path)


def _sync(p: QPainter) -> None:
    p.drawArc(QRectF(4, 4, 16, 16), 30 * 16, 150 * 16)
    p.drawArc(QRectF(4, 4, 16, 16), 210 * 16, 150 * 16)
    _line(p, 18.9, 4.5, 18.9, 8.0, 15.4, 8.0)
    _line(p, 5.1, 19.5, 5.1, 16.0, 8.6, 16.0)


def _reports(p: QPainter) -> None:
    _line(p, 3, 3, 3, 21, 21, 21)
    _line(p, 8, 17, 8, 12)
    _line(p, 12.5, 17, 12.5, 7)
    _line(p, 17, 17, 17, 10)


def _page(p: QPainter) -> None:
    path = QPainterPath(QPointF(6, 3))
    path.lineTo(14, 3)
    path.lineTo(19, 8)
    path.lineTo(19, 21)
    path.lineTo(6, 21)
    path.closeSubpath()
    p.drawPath(path)
    _line(p, 14, 3, 14, 8, 19, 8)


def _add(p: QPainter) -> None:
    _line(p, 12, 5, 12, 19)
    _line(p, 5, 12, 19, 12)


def _search(p: QPainter) -> None:
    p.drawEllipse(QPointF(10.5, 10.5), 6.5, 6.5)
    _line(p, 15.5, 15.5, 20.5, 20.5)


def _undo(p: QPainter) -> None:
    _line(p, 8, 5, 4, 9, 8, 13)
    path = QPainterPath(QPointF(4, 9))
    path.lineTo(14, 9)
    path.cubicTo(22, 9, 22, 20, 14, 20)
    path.lineTo(9, 20)
    p.drawPath(path)


def _done(p: QPainter) -> None:
    _line(p, 4.5, 12.5, 9.5, 17.5, 19.5, 6.5)


def _open(p: QPainter) -> None:  # an arrow out of a box
    _line(p, 14, 4, 20, 4, 20, 10)
    _line(p, 20, 4, 11, 13)
    _line(p, 17, 14, 17, 20, 4, 20, 4, 7, 10, 7)


def _settings(p: QPainter) -> None:  # a cog: eight teeth round a ring
    p.drawEllipse(QPointF(12, 12), 3, 3)
    path = QPainterPath()
    for i in range(16):
        angle = i * pi / 8 - pi / 16
        radius = 9 if i % 2 == 0 else 6.8
        point = QPointF(12 + radius * cos(angle), 12 + radius * sin(angle))
        if i == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    p.drawPath(path)


def _offline(p: QPainter) -> None:  # a cloud, struck through
    path = QPainterPath(QPointF(7, 19))
    path.cubicTo(1.5, 19, 1.5, 11.5, 7, 11.5)
    path.cubicTo(8, 4.5, 17, 4.5, 17.5, 10.5)
    path.cubicTo(23, 10.5, 23, 19, 17, 19)
    path.closeSubpath()
    p.drawPath(path)
    _line(p, 3, 3, 21, 21)


def _warning(p: QPainter) -> None:
    path = QPainterPath(QPointF(12, 3.5))
    path.lineTo(21.5, 20)
    path.lineTo(2.5, 20)
    path.closeSubpath()
    p.drawPath(path)
    _line(p, 12, 9.5, 12, 14)
    p.drawPoint(QPointF(12, 17))


def _help(p: QPainter) -> None:
    p.drawEllipse(QPointF(12, 12), 9, 9)
    path = QPainterPath(QPointF(9.3, 9.5))
    path.cubicTo(9.3, 6, 15, 6, 15, 9.5)
    path.cubicTo(15, 12, 12, 12, 12, 14)
    p.drawPath(path)
    p.drawPoint(QPointF(12, 17.3))


def _export(p: QPainter) -> None:
    _line(p, 12, 15, 12, 3)
    _line(p, 7.5, 7.5, 12, 3, 16.5, 7.5)
    _line(p, 4, 14, 4, 20, 20, 20, 20, 14)


def _import(p: QPainter) -> None:
    _line(p, 12, 3, 12, 15)
    _line(p, 7.5, 10.5, 12, 15, 16.5, 10.5)
    _line(p, 4, 14, 4, 20, 20, 20, 20, 14)


def _contact(p: QPainter) -> None:  # a speech bubble: log a contact
    path = QPainterPath(QPointF(4, 5))
    path.lineTo(20, 5)
    path.lineTo(20, 16)
    path.lineTo(10, 16)
    path.lineTo(5.5, 20)
    path.lineTo(6, 16)
    path.lineTo(4, 16)
    path.closeSubpath()
    p.drawPath(path)


ICONS: dict[str, Draw] = {
    "today": _today,
    "customers": _person,
    "customer": _person,
    "team": _team,
    "pool": _pool,
    "pipeline": _pipeline,
    "sales": _sales,
    "calendar": _calendar,
    "service": _service,
    "sync": _sync,
    "reports": _reports,
    "page": _page,
    "add": _add,
    "search": _search,
    "undo": _undo,
    "done": _done,
    "open": _open,
    "settings": _settings,
    "offline": _offline,
    "warning": _warning,
    "help": _help,
    "export": _export,
    "import": _import,
    "contact": _contact,
}
PAGE_ICONS = {
    "TodayPage": "today",
    "CustomersPage": "customers",
    "CustomerView": "customer",
    "PoolPage": "pool",
    "PipelinePage": "pipeline",
    "SalesPage": "sales",
    "CalendarPage": "calendar",
    "ServicePage": "service",
    "AdminPage": "team",
    "SyncPage": "sync",
    "ReportsPage": "reports",
}


def paint(painter: QPainter, rect: QRect | QRectF, name: str, colour: QColor) -> None:
    """Draw icon `name` into `rect` in `colour`."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(QRectF(rect).topLeft())
    side = min(rect.width(), rect.height())
    painter.scale(side / 24, side / 24)
    pen = QPen(colour, 1.9 if side >= 20 else 2.1)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    ICONS.get(name, _page)(painter)
    painter.restore()


class _Engine(QIconEngine):
    """Paints on demand in the current theme's colours, so icons follow a theme change."""

    def __init__(self, name: str, token: str) -> None:
        super().__init__()
        self.name = name
        self.token = token

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        if mode == QIcon.Mode.Selected:
            token = "on_accent"
        elif mode == QIcon.Mode.Disabled:
            token = "disabled"
        else:
            token = self.token
        paint(painter, rect, self.name, theme.colour(token))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _Engine(self.name, self.token)


def icon(name: str, token: str = "text") -> QIcon:
    """Icon `name` (a key of ICONS) drawn in the theme colour `token`."""
    return QIcon(_Engine(name, token))


def for_page(page: object, token: str = "on_sidebar") -> QIcon:
    name = getattr(page, "icon_name", None) or PAGE_ICONS.get(type(page).__name__, "page")
    return icon(str(name), token)
