"""Background operations: replica writes on one DB lane, slow reads on a query lane.

Anki's `CollectionOp` / `QueryOp`, in small::

    write(self, lambda: records.update("task", task_id, {"done": True})) \\
        .success(self._done).run()

The function runs off the GUI thread; `success` and `failure` callbacks run on it. A
progress dialog appears only if the work takes longer than `PROGRESS_AFTER_MS` (most writes
take a few milliseconds, but another writer can hold the replica for a second: a download
commits in such steps). Failures go to `show_failure` unless the caller takes them: an
expected one (`KnownError`) becomes a message saying what to do, anything else the crash
dialog. The window stays responsive throughout; nothing here nests an event loop.

`DB_LANE` has one thread, so writes keep their order; `QUERY_LANE` runs reads side by side
(the replica is in WAL mode: reads never wait for a write).
"""

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from app.errors import KnownError

from .background import DB_LANE, run_in_background
from .errors import report_bug
from .messages import error_text

T = TypeVar("T")

PROGRESS_AFTER_MS = 600
QUERY_LANE = QThreadPool()
QUERY_LANE.setMaxThreadCount(2)


class Op(Generic[T]):
    def __init__(self, parent: QWidget | None, fn: Callable[[], T], lane: QThreadPool) -> None:
        self.parent = parent
        self.fn = fn
        self.lane = lane
        self._success: Callable[[T], Any] = lambda _result: None
        self._failure: Callable[[Exception], Any] | None = None
        self._label: str | None = None

    def success(self, callback: Callable[[T], Any]) -> "Op[T]":
        self._success = callback
        return self

    def failure(self, callback: Callable[[Exception], Any]) -> "Op[T]":
        """Take failures instead of the default message (e.g. to show them inline)."""
        self._failure = callback
        return self

    def with_progress(self, label: str) -> "Op[T]":
        self._label = label
        return self

    def run(self) -> None:
        progress = _DelayedProgress(self.parent, self._label) if self._label else None

        def succeeded(result: T) -> None:
            if progress is not None:
                progress.close()
            self._success(result)

        def failed(exc: Exception) -> None:
            if progress is not None:
                progress.close()
            (self._failure or (lambda e: show_failure(self.parent, e)))(exc)

        run_in_background(self.fn, succeeded, failed, lane=self.lane, owner=self.parent)


def write(parent: QWidget | None, fn: Callable[[], T]) -> Op[T]:
    """A change to the replica: runs on the DB lane, in order with every other write."""
    return Op(parent, fn, DB_LANE)


def query(parent: QWidget | None, fn: Callable[[], T]) -> Op[T]:
    """A read too slow for the GUI thread."""
    return Op(parent, fn, QUERY_LANE)


def show_failure(parent: QWidget | None, exc: Exception) -> None:
    if isinstance(exc, KnownError):
        QMessageBox.warning(parent, QApplication.applicationDisplayName(), error_text(exc))
    else:
        report_bug(exc, parent)


class _DelayedProgress:
    """A busy dialog shown only once the work has taken `PROGRESS_AFTER_MS`."""

    def __init__(self, parent: QWidget | None, label: str | None) -> None:
        self.parent = parent
        self.label = label or ""
        self.dialog: QProgressDialog | None = None
        self.timer = QTimer(singleShot=True, interval=PROGRESS_AFTER_MS)
        self.timer.timeout.connect(self._show)
        self.timer.start()

    def _show(self) -> None:
        dialog = QProgressDialog(self.label, "", 0, 0, self.parent)
        dialog.setCancelButton(None)  # Qt takes None: no button
        dialog.setMinimumDuration(0)
        dialog.setWindowTitle(QApplication.applicationDisplayName())
        dialog.open()
        self.dialog = dialog

    def close(self) -> None:
        self.timer.stop()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
