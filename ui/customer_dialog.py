"""Create or edit a customer."""

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.workspace import Workspace
from sync.protocol.enums import CustomerKind, LifecycleStatus, Tier

from .record_dialog import RecordDialog


class CustomerDialog(RecordDialog):
    entity = "customer"

    def __init__(
        self, workspace: Workspace, row_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(workspace, row_id, parent)
        self.setWindowTitle(self.tr("New customer") if row_id is None else self.tr("Edit customer"))
        self.inputs["name"].setFocus()

    def _inputs(self) -> dict[str, QWidget]:
        inputs: dict[str, QWidget] = {
            "kind": self._combo(CustomerKind),
            "name": QLineEdit(),
            "tier": self._combo(Tier),
            "status": self._combo(LifecycleStatus),
            "phones": QLineEdit(),
            "email": QLineEdit(),
            "city": QLineEdit(),
            "address": QLineEdit(),
            "notes": QPlainTextEdit(),
        }
        inputs["phones"].setPlaceholderText(self.tr("e.g. 138 0013 8000, 021 5555 0000"))
        return inputs

    def _captions(self) -> dict[str, str]:
        return {
            "kind": self.tr("Type"),
            "name": self.tr("Name"),
            "tier": self.tr("Tier"),
            "status": self.tr("Status"),
            "phones": self.tr("Phones"),
            "email": self.tr("E-mail"),
            "city": self.tr("City"),
            "address": self.tr("Address"),
            "notes": self.tr("Notes"),
        }
