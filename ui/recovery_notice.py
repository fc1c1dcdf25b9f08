"""Telling the user that their damaged replica was replaced: where the damaged copy is, how
many changes not yet sent were kept, and whether any could not be (`app.recovery`)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.recovery import Recovery


def recovery_text(recovery: Recovery) -> str:
    # literal contexts, so lupdate finds the strings
    moved = QCoreApplication.translate(
        "Recovery",
        "Outpost found its copy of your data on this computer damaged. It put the damaged "
        "file aside, unchanged, as:\n%1",
    ).replace("%1", str(recovery.damaged_copy))
    saved = QCoreApplication.translate(
        "Recovery",
        "%n change(s) not yet sent were saved from it; they are sent at the next sync.",
        "",
        recovery.saved,
    )
    if recovery.complete:
        rest = QCoreApplication.translate(
            "Recovery",
            "No change was lost. Everything already sent is downloaded again from the server now.",
        )
    else:
        rest = QCoreApplication.translate(
            "Recovery",
            "Changes not yet sent that could not be read from the damaged file are lost; your "
            "IT department may be able to recover more from it. Everything already sent is "
            "downloaded again from the server now.",
        )
    return "\n\n".join((moved, saved, rest))


def show_recovery(parent: QWidget | None, recovery: Recovery) -> None:
    QMessageBox.warning(parent, "Outpost", recovery_text(recovery))
