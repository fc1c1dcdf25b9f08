"""The small dialogs' common frame: a body laid out top to bottom, an inline error line, and
OK/Cancel, so a refused write shows in the dialog and it stays open."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: palette(bright-text);"  # the theme's error colour (ui/theme.py)


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None, min_width: int = 400) -> None:
        super().__init__(parent)
        self.setMinimumWidth(min_width)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)

    def _finish(self, widgets: list[QWidget]) -> None:
        for widget in widgets:
            self.body.addWidget(widget)
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def _ok(self) -> None:
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
