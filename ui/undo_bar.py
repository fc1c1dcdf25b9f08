"""A bar above the pages after something was archived: what, and an Undo button, for a few
seconds (Gmail's "Conversation archived. Undo"). Archiving asks nothing first because it can
be taken back here, and from "Show archived" later."""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.archive import Archived

STYLE = ""  # the theme's (resources/styles/outpost.qss, QFrame#undoBar)
SHOWN_MS = 10_000


class UndoBar(QFrame):
    undo_requested = Signal(object)  # Archived

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setStyleSheet(STYLE)
        self.text = QLabel()
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self._undo)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.undo_button)
        self.timer = QTimer(self, singleShot=True, interval=SHOWN_MS)
        self.timer.timeout.connect(self.hide)
        self.archived: Archived | None = None
        self.retranslate()
        self.hide()

    def offer(self, archived: Archived, text: str) -> None:
        """Show `text` with Undo for `archived` (replacing an earlier offer)."""
        self.archived = archived
        self.text.setText(text)
        self.undo_button.setEnabled(True)
        self.show()
        self.timer.start()

    def _undo(self) -> None:
        if self.archived is not None:
            self.undo_button.setEnabled(False)  # one undo per archive
            self.undo_requested.emit(self.archived)
            self.archived = None
        self.hide()

    def retranslate(self) -> None:
        self.undo_button.setText(self.tr("Undo"))
