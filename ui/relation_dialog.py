"""Add or edit a relation: a family, household or business tie from one customer to another
customer (picked with the usual search) or to a person who is not a customer (a typed name).

One row is stored, with the customer it was added to; the other customer's view shows it
too, turned round (app/customer_file.py: `Tie`), and opening it there edits the same row.
"""

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.workspace import Workspace
from sync.protocol.enums import RelationKind

from .fields import CustomerPicker
from .record_dialog import RecordDialog


class RelationDialog(RecordDialog):
    entity = "relation"

    def __init__(
        self,
        workspace: Workspace,
        row_id: str | None,
        customer_id: str,
        customer_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, row_id, parent, fixed={"customer_id": customer_id})
        self.setWindowTitle(
            (
                self.tr("New relation of %1") if row_id is None else self.tr("Relation of %1")
            ).replace("%1", customer_name)
        )
        self.field("related_customer_id", CustomerPicker).changed.connect(self._customer_picked)
        self.field("related_name", QLineEdit).textEdited.connect(self._name_typed)
        self.inputs["kind"].setFocus()

    def _inputs(self) -> dict[str, QWidget]:
        name = QLineEdit()
        name.setPlaceholderText(self.tr("…or type the name of someone who is not a customer"))
        notes = QPlainTextEdit()
        notes.setFixedHeight(70)
        return {
            "kind": self._combo(RelationKind),
            "related_customer_id": CustomerPicker(self.records, self.workspace.search),
            "related_name": name,
            "notes": notes,
        }

    def _captions(self) -> dict[str, str]:
        return {
            "kind": self.tr("Relation"),
            "related_customer_id": self.tr("Related customer"),
            "related_name": self.tr("Or a person"),
            "notes": self.tr("Notes"),
        }

    def _customer_picked(self, customer_id: object) -> None:
        if customer_id:
            self.field("related_name", QLineEdit).clear()

    def _name_typed(self, text: str) -> None:
        picker = self.field("related_customer_id", CustomerPicker)
        if text.strip() and picker.customer_id:
            picker.set_customer(None)
