"""Running the real desktop entry point (`ui.main.main`) in a test, offscreen.

`main` ends in `app.exec()`; here that runs a local event loop instead (the same events),
because leaving the application's own loop (`QApplication.quit`) marks the GUI thread as
quitting, and every later `QEventLoop.exec` in the test session, qtbot's waits included,
would then return at once. A timer started before `main` watches for the main window, lets
the test look at it once `ready(window)` holds, then closes it and ends that loop, so `main`
returns as after a user closed the window. The root logger's handlers and `sys.excepthook`,
which `main` sets, are put back afterwards."""

import logging
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import main as entry
from ui.main_window import MainWindow


@dataclass
class Run:
    code: int | None = None
    seen: Any = None  # what `look` returned
    messages: list[str] = field(default_factory=list)  # every message box's text, crash
    # dialogs ("Your data is safe") included


def first_round_done(window: MainWindow) -> bool:
    return (
        not window._syncing
        and window.engine is not None
        and (window.engine.snapshot().last_success is not None or window._sync_error is not None)
    )


@contextmanager
def _restored() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level, hook = list(root.handlers), root.level, sys.excepthook
    try:
        yield
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
        sys.excepthook = hook


def run_main(
    monkeypatch: Any,
    argv: Sequence[str] = (),
    *,
    ready: Callable[[MainWindow], bool] = first_round_done,
    look: Callable[[MainWindow], Any] = lambda window: None,
    timeout: float = 60.0,
) -> Run:
    run = Run()

    def message(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        run.messages.append(text)
        return QMessageBox.StandardButton.Ok

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, message)
    deadline = time.monotonic() + timeout
    finished = False

    def poll() -> None:
        if finished:
            return
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if windows and (ready(windows[0]) or time.monotonic() > deadline):
            run.seen = look(windows[0])
            shown.append(windows[0])
            windows[0].close()
            loop.quit()
            return
        QTimer.singleShot(20, poll)

    shown: list[MainWindow] = []
    loop = QEventLoop()
    monkeypatch.setattr(QApplication, "exec", lambda *_args: loop.exec())
    QTimer.singleShot(0, poll)
    with _restored():
        run.code = entry.main(list(argv))
    finished = True
    for window in shown:  # gone, as with the process: no later language change reaches it
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return run
