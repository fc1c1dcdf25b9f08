"""A report's chart, drawn with QPainter (no QtCharts: the bundle is at its size limit): bars,
lines or a pie of a pivot's rows, one series per column (the largest few), values on hover in
the tooltip. It draws what it is given; the page picks the rows (the largest, the rest as
"Other") and the words."""

import itertools
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

KINDS = ("bar", "line", "pie")
COLOURS = (
    "#3b73b9",
    "#e67e22",
    "#27ae60",
    "#c0392b",
    "#8e44ad",
    "#16a085",
    "#d4ac0d",
    "#7f8c8d",
)


@dataclass
class ChartData:
    categories: list[str] = field(default_factory=list)  # the rows, along the axis
    series: list[tuple[str, list[float]]] = field(default_factory=list)  # name, one per row
    texts: list[list[str]] = field(default_factory=list)  # the values as shown, per series


class ChartWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = "bar"
        self.data = ChartData()
        self.empty_text = ""
        self._spots: list[tuple[QRectF | QPainterPath, str]] = []  # for tooltips
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(480, 240)

    def set_kind(self, kind: str) -> None:
        self.kind = kind if kind in KINDS else "bar"
        self.update()

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.update()

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._spots = []
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        values = [v for _, series in self.data.series for v in series]
        if not self.data.categories or not values or max(abs(v) for v in values) == 0:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        legend = self._legend(painter, area)
        area.setTop(area.top() + legend)
        if self.kind == "pie":
            self._pie(painter, area)
        else:
            self._axes_chart(painter, area)

    def _legend(self, painter: QPainter, area: QRectF) -> float:
        if self.kind == "pie":
            names = self.data.categories
        elif len(self.data.series) > 1:
            names = [name for name, _ in self.data.series]
        else:
            return 0
        metrics = QFontMetrics(self.font())
        x, y, height = area.left(), area.top(), metrics.height()
        for i, name in enumerate(names):
            width = metrics.horizontalAdvance(name) + height + 12
            if x + width > area.right() and x > area.left():
                x, y = area.left(), y + height + 2
            painter.fillRect(QRectF(x, y + 2, height - 4, height - 4), _colour(i))
            painter.setPen(self.palette().text().color())
            painter.drawText(QPointF(x + height, y + metrics.ascent()), name)
            x += width
        return y - area.top() + height + 6

    def _axes_chart(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        data = self.data
        top = max(0.0, *(v for _, s in data.series for v in s))
        bottom = min(0.0, *(v for _, s in data.series for v in s))
        span = (top - bottom) or 1.0
        scale_width = metrics.horizontalAdvance(_short(top)) + 8
        plot = QRectF(
            area.left() + scale_width,
            area.top(),
            area.width() - scale_width,
            area.height() - metrics.height() - 6,
        )
        text_colour = self.palette().text().color()
        grid = QPen(self.palette().mid().color(), 1, Qt.PenStyle.DotLine)

        def y_of(value: float) -> float:
            return plot.bottom() - (value - bottom) / span * plot.height()

        for step in range(5):
            value = bottom + span * step / 4
            y = y_of(value)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(area.left(), y - metrics.height() / 2, scale_width - 4, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                _short(value),
            )
        count = len(data.categories)
        slot = plot.width() / count
        for i, category in enumerate(data.categories):
            painter.setPen(text_colour)
            text = metrics.elidedText(category, Qt.TextElideMode.ElideRight, int(slot) - 2)
            painter.drawText(
                QRectF(plot.left() + i * slot, plot.bottom() + 3, slot, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                text,
            )
        zero = y_of(0)
        if self.kind == "bar":
            width = slot * 0.8 / len(data.series)
            for s, (name, series) in enumerate(data.series):
                for i, value in enumerate(series):
                    x = plot.left() + i * slot + slot * 0.1 + s * width
                    bar = QRectF(
                        x, min(zero, y_of(value)), max(width - 1, 1), abs(zero - y_of(value))
                    )
                    painter.fillRect(bar, _colour(s))
                    self._spots.append((bar, self._tip(s, i, name)))
        else:
            for s, (name, series) in enumerate(data.series):
                points = [
                    QPointF(plot.left() + (i + 0.5) * slot, y_of(v)) for i, v in enumerate(series)
                ]
                painter.setPen(QPen(_colour(s), 2))
                for a, b in itertools.pairwise(points):
                    painter.drawLine(a, b)
                painter.setBrush(_colour(s))
                for i, point in enumerate(points):
                    painter.drawEllipse(point, 3, 3)
                    self._spots.append(
                        (QRectF(point.x() - 6, point.y() - 6, 12, 12), self._tip(s, i, name))
                    )
        painter.setPen(QPen(text_colour, 1))
        painter.drawLine(QPointF(plot.left(), zero), QPointF(plot.right(), zero))

    def _pie(self, painter: QPainter, area: QRectF) -> None:
        _, series = self.data.series[0]
        positive = [max(v, 0.0) for v in series]
        whole = sum(positive) or 1.0
        side = min(area.width(), area.height())
        box = QRectF(area.center().x() - side / 2, area.center().y() - side / 2, side, side)
        start = 90.0 * 16
        for i, value in enumerate(positive):
            sweep = -value / whole * 360 * 16
            painter.setBrush(_colour(i))
            painter.setPen(QPen(self.palette().base().color(), 1))
            painter.drawPie(box, int(start), int(sweep))
            path = QPainterPath(box.center())
            path.arcTo(box, start / 16, sweep / 16)
            path.closeSubpath()
            self._spots.append((path, self._tip(0, i, self.data.categories[i])))
            start += sweep

    def _tip(self, series: int, index: int, name: str) -> str:
        texts = self.data.texts[series] if series < len(self.data.texts) else []
        value = texts[index] if index < len(texts) else ""
        category = self.data.categories[index]
        return f"{category}: {value}" if name == category else f"{category} · {name}: {value}"

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent):
            point = QPointF(event.pos())
            for spot, text in reversed(self._spots):
                if spot.contains(point):
                    QToolTip.showText(event.globalPos(), text, self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)  # type: ignore[arg-type]


def _colour(index: int) -> QColor:
    return QColor(COLOURS[index % len(COLOURS)])


def _short(value: float) -> str:
    """An axis figure: 1.2M, 35k, 800."""
    size = abs(value)
    if size >= 1_000_000:
        return f"{value / 1_000_000:.1f}M"
    if size >= 10_000:
        return f"{value / 1000:.0f}k"
    return f"{value:.0f}"
