"""The pipeline board's cards: each deal drawn as a bordered card in the theme's colours.

An item's text is its lines (deal, customer, amount and probability, close date); the card
shows the deal in bold, the customer muted, and wraps every line to the column's width, so
the card grows instead of cutting ("CNY 666,500 · 10% · …" was cut before). A card marked
late (the item's foreground) shows its close date in the error colour. Items without an id
(the "Drag a card here" placeholder) are drawn as an empty dashed slot.
"""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from . import theme

MARGIN = 3  # around a card, inside the column
PAD = 7  # inside a card
BAR = 4  # the stage-coloured bar on a card's left
GAP = 2  # between lines
WRAP = Qt.TextFlag.TextWordWrap  # Chinese wraps between any two characters
Index = QModelIndex | QPersistentModelIndex


class CardDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView, accent: str = "accent") -> None:
        super().__init__(view)
        self.view = view
        self.accent = accent  # the bar's theme colour: the stage's

    def _fonts(self, option: QStyleOptionViewItem) -> list[QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return [bold, option.font]

    def _lines(self, index: Index) -> list[str]:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "").split("\n")

    def _text_width(self, width: int) -> int:
        return max(40, width - 2 * MARGIN - 2 * PAD - BAR)

    def _layout(
        self, option: QStyleOptionViewItem, index: Index, width: int
    ) -> list[tuple[str, QFont, int]]:
        """(line, font, height) of each line wrapped to `width`."""
        bold, normal = self._fonts(option)
        out = []
        for number, line in enumerate(self._lines(index)):
            font = bold if number == 0 and self._is_card(index) else normal
            rect = QFontMetrics(font).boundingRect(
                QRect(0, 0, self._text_width(width), 10_000), int(WRAP), line
            )
            out.append((line, font, rect.height()))
        return out

    @staticmethod
    def _is_card(index: Index) -> bool:
        return bool(index.data(Qt.ItemDataRole.UserRole))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self.view.viewport().width()
        lines = self._layout(option, index, width)
        height = sum(h for _l, _f, h in lines) + GAP * (len(lines) - 1)
        return QSize(width, height + 2 * (MARGIN + PAD))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        c = theme.colour
        if not self._is_card(index):  # the empty column's slot
            painter.setPen(QPen(c("border_strong"), 1, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
            painter.setPen(c("muted"))
            painter.drawText(
                card, int(Qt.AlignmentFlag.AlignCenter) | int(WRAP), self._lines(index)[0]
            )
            painter.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hover = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.setBrush(c("accent_soft") if selected else c("raised"))
        border = c("accent") if selected else c("border_strong") if hover else c("border")
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(c(self.accent))
        painter.drawRoundedRect(QRectF(card.left(), card.top(), BAR, card.height()), 2, 2)
        late = index.data(Qt.ItemDataRole.ForegroundRole)
        lines = self._layout(option, index, option.rect.width())
        top = card.top() + PAD
        left = card.left() + BAR + PAD
        width = self._text_width(option.rect.width())
        for number, (line, font, height) in enumerate(lines):
            colour = c("text")
            if number == 1:
                colour = c("muted")
            elif number == len(lines) - 1 and number >= 3 and isinstance(late, QBrush):
                colour = QColor(late.color())
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(QRectF(left, top, width, height), int(WRAP), line)
            top += height + GAP
        painter.restore()
