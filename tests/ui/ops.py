"""Waiting for the app's background operations (ui/operations.py) in tests."""

from PySide6.QtCore import QCoreApplication

from ui.background import DB_LANE
from ui.operations import QUERY_LANE


def settle() -> None:
    """Let queued writes and reads finish and their results reach the GUI thread."""
    for _ in range(3):  # a delivered result may start another operation
        DB_LANE.waitForDone(10_000)
        QUERY_LANE.waitForDone(10_000)
        QCoreApplication.processEvents()


def activate(window) -> None:
    """Settle, then make `window` the active one: shortcuts of the WindowShortcut kind fire
    only in the active window, and offscreen a page's first refresh can leave none active."""
    from PySide6.QtWidgets import QApplication

    settle()
    QApplication.setActiveWindow(window)
    QCoreApplication.processEvents()
