"""Log an interaction (call, visit, note...) with a customer: Ctrl+L from anywhere."""

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.workspace import Workspace
from sync.protocol.enums import InteractionKind

from .record_dialog import RecordDialog


class InteractionDialog(RecordDialog):
    entity = "interaction"

    def __init__(
        self,
        workspace: Workspace,
        customer_id: str,
        customer_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, None, parent, fixed={"customer_id": customer_id})
        self.setWindowTitle(self.tr("Log interaction with %1").replace("%1", customer_name))

    def _inputs(self) -> dict[str, QWidget]:
        inputs: dict[str, QWidget] = {
            "kind": self._combo(InteractionKind),
            "subject": QLineEdit(),
            "body": QPlainTextEdit(),
            "outcome": QLineEdit(),
            "next_step": QLineEdit(),
            "next_step_due": QLineEdit(),
        }
        inputs["next_step_due"].setPlaceholderText(self.tr("YYYY-MM-DD"))
        return inputs

    def _captions(self) -> dict[str, str]:
        return {
            "kind": self.tr("Kind"),
            "subject": self.tr("Subject"),
            "body": self.tr("Notes"),
            "outcome": self.tr("Outcome"),
            "next_step": self.tr("Next step"),
            "next_step_due": self.tr("Next step due"),
        }
