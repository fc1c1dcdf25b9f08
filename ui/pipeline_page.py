"""Pipeline: opportunities by stage as a board of cards, with what each stage is worth and a
probability-weighted forecast by month of expected close below.

A card moves to another stage by dragging it, or by selecting it and pressing Ctrl+Right /
Ctrl+Left. Each move is one `Records.update` (so it is queued for sync); Ctrl+Z moves the
card back with another update. A move onto Won asks when the deal closed and for how much,
onto Lost why; cancelling that question leaves the card where it was. Double-click (or Enter
on) a card to open the opportunity; its context menu also opens the customer. New
opportunity (Ctrl+Shift+N) asks for the customer.
"""

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.pipeline import (
    LATER,
    LOST,
    MONTH,
    NO_DATE,
    OPEN_STAGES,
    OVERDUE,
    STAGES,
    TOTAL,
    WON,
    Card,
    Column,
    ForecastRow,
    Total,
    move_changes,
)
from app.workspace import Workspace
from sync.protocol.validation import ValidationError

from . import icons, theme
from .editors import Editors
from .labels import label, when
from .messages import error_text, field_text
from .money import money
from .notices import watch
from .operations import show_failure, write
from .opportunity_dialog import CloseDealDialog
from .pipeline_cards import CardDelegate

MIME = "application/x-outpost-opportunity"
ID_ROLE = Qt.ItemDataRole.UserRole
CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 1
UNDO_DEPTH = 50
NEW_KEY = "Ctrl+Shift+N"


def _short_title(title: str, customer: str) -> str:
    """The deal's title without its customer's name when it ends with it ("Annual
    maintenance - 上海天成", "Training for Peter Brown"): the card shows the customer below."""
    for joint in (" - ", " – ", " for ", "-", " "):
        if customer and title.endswith(joint + customer) and len(title) > len(joint + customer):
            return title[: -len(joint + customer)].strip()
    return title


def dragged(mime: QMimeData) -> tuple[str, str] | None:
    """(opportunity id, stage it came from) of a card being dragged, else None."""
    if not mime.hasFormat(MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(MIME).data()).decode())
        return str(payload["id"]), str(payload["stage"])
    except (ValueError, KeyError, TypeError):
        return None


class StageList(QListWidget):
    """One column of the board. Its cards can be dragged onto another column, which reports
    the drop with `dropped`; the page writes the move and reads the board again."""

    dropped = Signal(str, str)  # opportunity id, the stage it was dropped on

    def __init__(self, stage: str) -> None:
        super().__init__()
        self.stage = stage
        self.setObjectName("stageList")  # cards: resources/styles/outpost.qss
        self.setProperty("stage", stage)
        bar = {"won": "success", "lost": "border_strong"}.get(stage, "accent")
        self.setItemDelegate(CardDelegate(self, bar))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setMinimumWidth(150)
        # cards wrap to the column's width instead of scrolling sideways
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items: Any) -> QMimeData:
        data = QMimeData()
        cards = [item for item in items if item.data(ID_ROLE)]
        if cards:
            payload = {"id": cards[0].data(ID_ROLE), "stage": self.stage}
            data.setData(MIME, QByteArray(json.dumps(payload).encode()))
            data.setText(cards[0].text())
        return data

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        """Qt's own drag would also delete the row here after a move; the page re-reads
        the board instead, so this only carries the card's id."""
        items = [item for item in self.selectedItems() if item.data(ID_ROLE)]
        if not items:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData(items))
        drag.setPixmap(self.viewport().grab(self.visualItemRect(items[0])))
        drag.exec(Qt.DropAction.MoveAction)

    def _accepts(self, event: QDropEvent) -> str | None:
        card = dragged(event.mimeData())
        if card is None or card[1] == self.stage:
            event.ignore()
            return None
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        return card[0]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._highlight(self._accepts(event) is not None)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accepts(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        opportunity_id = self._accepts(event)
        if opportunity_id is not None:
            self.dropped.emit(opportunity_id, self.stage)

    def _highlight(self, on: bool) -> None:
        self.setProperty("dropTarget", on)
        self.style().unpolish(self)
        self.style().polish(self)


@dataclass(frozen=True)
class Move:
    """A move that Ctrl+Z can take back: the fields it changed, as they were."""

    opportunity_id: str
    title: str
    before: dict[str, Any]


class PipelinePage(QWidget):
    opened = Signal(str)  # customer id

    def __init__(self, workspace: Workspace, editors: Editors | None = None) -> None:
        super().__init__()
        self.pipeline = workspace.pipeline
        self.records = workspace.records
        self.editors = editors or Editors(workspace, self)
        self.close_prompt: CloseDealDialog | None = None  # the last Won/Lost question asked
        watch(
            workspace.feed, self, ["customer", "opportunity"], lambda _c: self.refresh(self.today)
        )
        self.today: date | None = None
        self.moves: list[Move] = []
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.mine = QCheckBox()
        self.mine.toggled.connect(lambda _on: self.refresh(self.today))
        self.undo_button = QToolButton()
        self.new_button = QPushButton()
        self.new_button.setIcon(icons.icon("add"))
        self.new_button.clicked.connect(self.new_opportunity)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self._board())
        self.splitter.addWidget(self._forecast())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.body = QStackedWidget()
        self.body.addWidget(self.splitter)
        self.body.addWidget(self.empty)
        self._actions()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.mine)
        top.addWidget(self.undo_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.notice)
        layout.addWidget(self.body, 1)
        self.retranslate()

    def _board(self) -> QWidget:
        self.headers: dict[str, QLabel] = {}
        self.sums: dict[str, QLabel] = {}
        self.lists: dict[str, StageList] = {}
        board = QWidget()
        grid = QGridLayout(board)  # a grid, so every column's list starts at the same height
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setRowStretch(2, 1)
        for index, stage in enumerate(STAGES):
            self.headers[stage] = QLabel()
            self.headers[stage].setObjectName("stageTitle")
            self.sums[stage] = QLabel()
            self.sums[stage].setWordWrap(True)
            self.sums[stage].setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            stage_list = self.lists[stage] = StageList(stage)
            stage_list.dropped.connect(self.move_card)
            stage_list.itemActivated.connect(self._open)
            stage_list.itemSelectionChanged.connect(lambda s=stage_list: self._selected(s))
            stage_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            grid.addWidget(self.headers[stage], 0, index)
            grid.addWidget(self.sums[stage], 1, index)
            grid.addWidget(stage_list, 2, index)
            grid.setColumnStretch(index, 1)
        return board

    def _forecast(self) -> QWidget:
        self.forecast_caption = QLabel()
        self.forecast_caption.setObjectName("stageTitle")
        self.forecast = QTableWidget(0, len(OPEN_STAGES) + 3)
        self.forecast.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.forecast.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.forecast.setMinimumHeight(160)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.forecast_caption)
        layout.addWidget(self.forecast, 1)
        return box

    def _actions(self) -> None:
        """Keyboard moves and undo, active while focus is anywhere on the page."""
        self.next_action = QAction(self, shortcut=QKeySequence("Ctrl+Right"))
        self.next_action.triggered.connect(lambda: self.step(1))
        self.previous_action = QAction(self, shortcut=QKeySequence("Ctrl+Left"))
        self.previous_action.triggered.connect(lambda: self.step(-1))
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo)
        self.undo_button.setDefaultAction(self.undo_action)
        self.edit_action = QAction(self)
        self.edit_action.triggered.connect(self.edit_current)
        self.customer_action = QAction(self)
        self.customer_action.triggered.connect(self.open_current_customer)
        self.new_action = QAction(self, shortcut=QKeySequence(NEW_KEY))
        self.new_action.triggered.connect(self.new_opportunity)
        self.archive_action = QAction(self)
        self.archive_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.archive_action.triggered.connect(self.archive_current)
        moves = [self.previous_action, self.next_action, self.undo_action]
        for action in (*moves, self.new_action, self.archive_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addActions([*moves, self.new_action, self.archive_action])
        for stage_list in self.lists.values():
            stage_list.addActions(
                [self.edit_action, self.customer_action, *moves, self.archive_action]
            )

    # --- reading -------------------------------------------------------------------------

    def refresh(self, today: date | None = None, select: str | None = None) -> None:
        """Read the board and forecast again, keeping (or moving to) the selected card."""
        self.today = today
        select = select or self.current_card()[0]
        mine = self.mine.isChecked()
        board = self.pipeline.board(mine=mine)
        for column in board:
            self._fill(column)
        self._fill_forecast(self.pipeline.forecast(today=today, mine=mine))
        empty = not any(column.count for column in board)
        self.body.setCurrentWidget(self.empty if empty else self.splitter)
        self.hint.setVisible(not empty)
        if mine:
            self.empty.setText(
                self.tr(
                    "You have no opportunities of your own. Clear “Only my opportunities” "
                    "to see everyone's."
                )
            )
        else:
            self.empty.setText(
                self.tr(
                    "No opportunities yet. Press New opportunity (Ctrl+Shift+N), or open a "
                    "customer and add one from its Opportunities tab."
                )
            )
        if select:
            self._select(select)

    def _fill(self, column: Column) -> None:
        stage = column.stage
        caption = f"{label(stage)} · {column.count}"
        if len(column.cards) < column.count:
            caption += " " + self.tr("(showing %1)").replace("%1", str(len(column.cards)))
        self.headers[stage].setText(caption)
        lines = [
            money(t.amount, t.currency)
            if stage not in OPEN_STAGES
            else self.tr("%1 · weighted %2")
            .replace("%1", money(t.amount, t.currency))
            .replace("%2", money(t.weighted, t.currency))
            for t in column.totals
        ]
        self.sums[stage].setText("\n".join(lines) or self.tr("Nothing here"))
        widget = self.lists[stage]
        widget.blockSignals(True)  # clearing is not the user choosing another card
        widget.clear()
        for card in column.cards:
            widget.addItem(self._card_item(card))
        if not column.cards:
            placeholder = QListWidgetItem(self.tr("Drag a card here"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(placeholder)
        widget.blockSignals(False)

    def _card_item(self, card: Card) -> QListWidgetItem:
        """A card: the deal, its customer, amount and probability, the close date; each on
        its own line so none is cut at a column's width."""
        lines = [_short_title(card.title, card.customer), card.customer]
        lines.append(f"{money(card.amount, card.currency)} · {card.probability}%")
        if card.expected_close:
            lines.append(self.tr("Closes %1").replace("%1", when(card.expected_close)))
        item = QListWidgetItem("\n".join(line for line in lines if line))
        item.setData(ID_ROLE, card.id)
        item.setData(CUSTOMER_ROLE, card.customer_id)
        today = self.today or date.today()
        if card.stage in OPEN_STAGES and card.expected_close and card.expected_close < today:
            item.setForeground(QBrush(theme.colour("error")))
            item.setToolTip(self.tr("The expected close date has passed."))
        return item

    def _fill_forecast(self, rows: list[ForecastRow]) -> None:
        table = self.forecast
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            heading = QTableWidgetItem(self._period(row))
            if row.kind == OVERDUE:
                heading.setForeground(QBrush(theme.colour("error")))
            table.setVerticalHeaderItem(index, heading)
            cells = [*(row.stages[s] for s in OPEN_STAGES), row.open, row.open, row.won]
            for column, totals in enumerate(cells):
                weighted = column == len(OPEN_STAGES) + 1
                table.setItem(index, column, self._cell(totals, weighted, row.kind == TOTAL))
        table.resizeRowsToContents()

    def _period(self, row: ForecastRow) -> str:
        if row.kind == MONTH and row.month is not None:
            return row.month.strftime("%Y-%m")
        names = {
            OVERDUE: self.tr("Overdue"),
            LATER: self.tr("Later"),
            NO_DATE: self.tr("No close date"),
            TOTAL: self.tr("Total"),
        }
        return names[row.kind]

    def _cell(self, totals: tuple[Total, ...], weighted: bool, bold: bool) -> QTableWidgetItem:
        text = "\n".join(money(t.weighted if weighted else t.amount, t.currency) for t in totals)
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        count = sum(t.count for t in totals)
        if count:
            item.setToolTip(self.tr("%n opportunity(ies)", "", count))
        if bold:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        return item

    # --- moving --------------------------------------------------------------------------

    def move_card(self, opportunity_id: str, stage: str) -> bool:
        """Move one card to `stage` (Won: probability 100, Lost: 0); Ctrl+Z moves it back.
        Won and Lost ask first (`close_prompt` holds the question), and the card moves only
        once it is answered. The write runs on the DB lane; False when there is nothing to
        move."""
        try:
            row = self.records.get("opportunity", opportunity_id)
        except KnownError as exc:
            self._failed(exc)
            return False
        if row["stage"] == stage:
            return False
        values = move_changes(row["stage"], row["probability"], stage)
        if stage in (WON, LOST):
            prompt = self.close_prompt = self.editors.close_deal(row, stage, self)
            prompt.accepted.connect(lambda: self._write_move(row, {**values, **prompt.values()}))
            prompt.rejected.connect(lambda: self._select(opportunity_id))
            return True
        self._write_move(row, values)
        return True

    def _write_move(self, row: dict[str, Any], values: dict[str, Any]) -> None:
        opportunity_id, stage = row["id"], values["stage"]
        before = {key: row[key] for key in values}
        records = self.records

        def moved(_row: object) -> None:
            move = Move(opportunity_id, row["title"], before)
            self.moves = [*self.moves[1 - UNDO_DEPTH :], move]
            self._say(
                self.tr("Moved “%1” to %2. Press Ctrl+Z to undo.")
                .replace("%1", row["title"])
                .replace("%2", label(stage))
            )
            self._written(opportunity_id)
            if stage == WON:
                self.editors.offer_contract(opportunity_id, self)  # issue 19

        write(self, lambda: records.update("opportunity", opportunity_id, values)).success(
            moved
        ).failure(self._failed).run()

    def step(self, offset: int) -> None:
        """Move the selected card to the next (1) or previous (-1) stage."""
        opportunity_id, stage = self.current_card()
        if opportunity_id is None or stage is None:
            return
        index = STAGES.index(stage) + offset
        if 0 <= index < len(STAGES):
            self.move_card(opportunity_id, STAGES[index])

    def undo(self) -> None:
        if not self.moves:
            return
        last = self.moves.pop()
        self.undo_action.setEnabled(bool(self.moves))
        records = self.records

        def undone(_row: object) -> None:
            self._say(
                self.tr("Moved “%1” back to %2.")
                .replace("%1", last.title)
                .replace("%2", label(last.before["stage"]))
            )
            self._written(last.opportunity_id)

        def refused(exc: Exception) -> None:
            self._failed(exc)
            self.refresh(self.today)

        def put_back() -> object:
            return records.update("opportunity", last.opportunity_id, last.before)

        write(self, put_back).success(undone).failure(refused).run()

    def _written(self, opportunity_id: str) -> None:
        self.undo_action.setEnabled(bool(self.moves))
        self.refresh(self.today, select=opportunity_id)

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, KnownError | ValidationError):
            show_failure(self, exc)
            return
        text = error_text(exc) if isinstance(exc, KnownError) else field_text(exc.errors[0])
        self._say(self.tr("The card was not moved: %1").replace("%1", text), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet("color: palette(bright-text);" if error else "")

    # --- selection -----------------------------------------------------------------------

    def archive_current(self) -> None:
        """Del on a card: archive the opportunity (Undo in the bar)."""
        opportunity_id = self.current_card()[0]
        if opportunity_id:
            self.editors.archive_record("opportunity", opportunity_id, self)

    def current_card(self) -> tuple[str | None, str | None]:
        """(id, stage) of the one selected card on the board, if any."""
        for stage, stage_list in self.lists.items():
            for item in stage_list.selectedItems():
                if item.data(ID_ROLE):
                    return item.data(ID_ROLE), stage
        return None, None

    def _selected(self, source: StageList) -> None:
        """One card selected on the whole board, so the keyboard moves that one."""
        if not source.selectedItems():
            return
        for stage_list in self.lists.values():
            if stage_list is not source:
                stage_list.blockSignals(True)
                stage_list.clearSelection()
                stage_list.blockSignals(False)

    def _select(self, opportunity_id: str) -> None:
        for stage_list in self.lists.values():
            for row in range(stage_list.count()):
                item = stage_list.item(row)
                if item.data(ID_ROLE) == opportunity_id:
                    stage_list.setCurrentItem(item)
                    stage_list.setFocus()
                    return

    def _open(self, item: QListWidgetItem) -> None:
        opportunity_id = item.data(ID_ROLE)
        if opportunity_id:
            self.editors.edit_opportunity(opportunity_id, self)

    def edit_current(self) -> object:
        opportunity_id = self.current_card()[0]
        return self.editors.edit_opportunity(opportunity_id, self) if opportunity_id else None

    def open_current_customer(self) -> None:
        for stage_list in self.lists.values():
            for item in stage_list.selectedItems():
                if item.data(CUSTOMER_ROLE):
                    self.opened.emit(item.data(CUSTOMER_ROLE))
                    return

    def new_opportunity(self) -> object:
        """A new deal (Ctrl+Shift+N): at the stage of the selected card's column, else the
        first stage; the form asks for the customer."""
        stage = self.current_card()[1]
        return self.editors.new_opportunity(
            None, self, stage=stage if stage in OPEN_STAGES else None
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Pipeline"))
        self.mine.setText(self.tr("Only my opportunities"))
        self.hint.setText(
            self.tr(
                "Drag a card to another stage, or select it and press Ctrl+Right or "
                "Ctrl+Left. Double-click a card to open it; right-click for its customer."
            )
        )
        self.new_button.setText(self.tr("New opportunity"))
        self.new_button.setToolTip(
            QKeySequence(NEW_KEY).toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.new_action.setText(self.tr("New opportunity"))
        self.edit_action.setText(self.tr("Open…"))
        self.customer_action.setText(self.tr("Open customer"))
        self.archive_action.setText(self.tr("Archive"))
        self.next_action.setText(self.tr("Move to next stage"))
        self.previous_action.setText(self.tr("Move to previous stage"))
        self.undo_action.setText(self.tr("Undo move"))
        self.undo_action.setToolTip(self.tr("Move the last card back (Ctrl+Z)"))
        self.forecast_caption.setText(self.tr("Forecast by expected close"))
        headers = [label(stage) for stage in OPEN_STAGES]
        headers += [self.tr("Open total"), self.tr("Weighted"), self.tr("Won (achieved)")]
        self.forecast.setHorizontalHeaderLabels(headers)
