"""Log an interaction (call, visit, note...) with a customer (Ctrl+L from anywhere), or open
one from the timeline to read every field.

"When" defaults to now and can be set back (a visit logged the evening after); the contact
is one of the customer's; the next step's date is typed or picked. The entry's author may
change it or archive it for `AMEND_DAYS` days after logging it (app/interactions.py);
anyone else, or later, reads it.
"""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from app.interactions import AMEND_DAYS, amend_until, author, can_amend
from app.workspace import Workspace
from sync.protocol.enums import InteractionKind

from .fields import ContactPicker, DateField, DateTimeField
from .labels import when
from .record_dialog import RecordDialog

NEW_KIND = InteractionKind.VISIT.value  # what reps log most; a note is rarely what happened


class InteractionDialog(RecordDialog):
    entity = "interaction"
    archive_requested = Signal(str)  # the interaction's id: Editors archives it, with Undo

    def __init__(
        self,
        workspace: Workspace,
        customer_id: str,
        customer_name: str,
        parent: QWidget | None = None,
        row_id: str | None = None,
    ) -> None:
        fixed: dict[str, str | None] = {"customer_id": customer_id}
        if row_id is None:
            fixed["user_id"] = workspace.user_id
        super().__init__(workspace, row_id, parent, fixed=fixed)
        contacts = self.field("contact_id", ContactPicker)
        row = self._current()
        contacts.set_customer(customer_id)
        contacts.set_field_value(row.get("contact_id"))
        if row_id is None:
            self.choose("kind", NEW_KIND)
            self.setWindowTitle(self.tr("Log interaction with %1").replace("%1", customer_name))
        else:
            self.setWindowTitle(self.tr("Interaction with %1").replace("%1", customer_name))
            self._rules(row)
        self.inputs["kind"].setFocus()

    def _inputs(self) -> dict[str, QWidget]:
        body = QPlainTextEdit()
        body.setFixedHeight(110)
        inputs: dict[str, QWidget] = {
            "kind": self._combo(InteractionKind),
            "occurred_at": DateTimeField(),
            "contact_id": ContactPicker(self.records),
            "subject": QLineEdit(),
            "body": body,
            "outcome": QLineEdit(),
            "next_step": QLineEdit(),
            "next_step_due": DateField(),
        }
        return inputs

    def _captions(self) -> dict[str, str]:
        return {
            "kind": self.tr("Kind"),
            "occurred_at": self.tr("When"),
            "contact_id": self.tr("With"),
            "subject": self.tr("Subject"),
            "body": self.tr("Notes"),
            "outcome": self.tr("Outcome"),
            "next_step": self.tr("Next step"),
            "next_step_due": self.tr("Next step due"),
        }

    def _rules(self, row: dict[str, Any]) -> None:
        """The author may change or archive the entry for a while; others only read it."""
        who = author(row)
        mine = who is not None and who == self.workspace.user_id
        logged = when(row.get("created_at"))
        if can_amend(row, self.workspace.user_id):
            until = when(amend_until(row))
            self.show_note(
                self.tr("Logged by you on %1. You can change or archive it until %2.")
                .replace("%1", logged)
                .replace("%2", until)
            )
            self.archive_button = QPushButton(self.tr("Archive"))
            self.buttons.addButton(self.archive_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.archive_button.clicked.connect(self.archive)
            return
        name = self.tr("you") if mine else self._person(who)
        note = self.tr(
            "Logged by %1 on %2. Only its author can change it, within %n day(s) of logging it.",
            "",
            AMEND_DAYS,
        )
        self.make_read_only(note.replace("%1", name).replace("%2", logged))

    def _person(self, user_id: str | None) -> str:
        if user_id is None:
            return self.tr("someone")
        return self.workspace.directory.name(user_id) or self.tr("a colleague")

    def archive(self) -> None:
        if self.row_id is not None:
            self.archive_requested.emit(self.row_id)
            self.accept()
