"""Add or edit a contact: a person at a customer (name, role, phones, e-mail, notes)."""

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from app.workspace import Workspace

from .record_dialog import RecordDialog


class ContactDialog(RecordDialog):
    entity = "contact"

    def __init__(
        self,
        workspace: Workspace,
        row_id: str | None,
        customer_id: str,
        customer_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, row_id, parent, fixed={"customer_id": customer_id})
        title = self.tr("New contact at %1") if row_id is None else self.tr("Contact at %1")
        self.setWindowTitle(title.replace("%1", customer_name))

    def _inputs(self) -> dict[str, QWidget]:
        title, phones, notes = QLineEdit(), QLineEdit(), QPlainTextEdit()
        title.setPlaceholderText(self.tr("e.g. purchasing manager, 财务"))
        phones.setPlaceholderText(self.tr("e.g. 138 0013 8000, 021 5555 0000"))
        notes.setFixedHeight(80)
        return {
            "name": QLineEdit(),
            "title": title,
            "phones": phones,
            "email": QLineEdit(),
            "is_primary": QCheckBox(self.tr("The first person to call")),
            "notes": notes,
        }

    def _captions(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "title": self.tr("Role"),
            "phones": self.tr("Phones"),
            "email": self.tr("E-mail"),
            "is_primary": self.tr("Primary contact"),
            "notes": self.tr("Notes"),
        }
