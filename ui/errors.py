"""Showing failures: known ones as a plain message, bugs via one crash dialog with the log path."""

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import KnownError
from app.paths import data_dir

from .messages import error_text

log = logging.getLogger(__name__)


def log_file() -> Path:
    return data_dir() / "outpost.log"


def setup_logging() -> None:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    sys.excepthook = _excepthook
    try:
        handler = RotatingFileHandler(
            log_file(), maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except (OSError, KnownError) as exc:  # a full disk: Outpost starts, and says so when
        log.warning("no log file: %s", exc)  # it saves
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def show_error(exc: Exception, parent: QWidget | None = None) -> None:
    if isinstance(exc, KnownError):
        QMessageBox.warning(
            parent, QCoreApplication.translate("Errors", "Outpost"), error_text(exc)
        )
    else:
        report_bug(exc, parent)


def report_bug(exc: BaseException, parent: QWidget | None = None) -> None:
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    text = QCoreApplication.translate(
        "Errors",
        "Something went wrong that Outpost did not expect. Your data is safe. "
        "Details were written to:\n%1",
    )
    title = QCoreApplication.translate("Errors", "Outpost")
    QMessageBox.critical(parent, title, text.replace("%1", str(log_file())))


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if isinstance(exc, KnownError):  # e.g. a full disk met by a read on the GUI thread
        log.warning("uncaught %s: %s", exc.code, exc.message)
        if QCoreApplication.instance() is not None:
            show_error(exc)
        return
    log.error("uncaught: %s", "".join(traceback.format_exception(kind, exc, tb)))
    if QCoreApplication.instance() is not None:
        report_bug(exc)
