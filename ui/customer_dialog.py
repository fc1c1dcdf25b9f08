"""Create or edit a customer: every field the customer record has.

A person has a birthday; a company has a registration number and a size. Only the rows that
apply to the chosen type are shown, and a field hidden by the type is saved empty (a company
has no birthday). Tags, industry and source complete from the values already in use, so a
branch keeps one spelling of each.

As a name, phone or registration number is typed, a strip under the fields warns of customers
that may be the same one (客户查重, `ui/duplicate_warning.py`); saving stays possible.
"""

import re
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QPlainTextEdit, QWidget

from app.duplicates import Probe, RemoteCheck
from app.workspace import Workspace
from sync.protocol.enums import CompanySize, CustomerKind, LifecycleStatus, Tier

from .duplicate_warning import DuplicateWarning
from .fields import DateField, TagsEdit, completer_for
from .labels import label
from .record_dialog import RecordDialog

PERSON_ONLY = ("birthday",)
COMPANY_ONLY = ("registration_no", "company_size")


_PHONE_SEPARATORS = re.compile(r"[,;，；、/]+")


class CustomerDialog(RecordDialog):
    entity = "customer"
    duplicate_open = Signal(str)  # "Open" on a probable duplicate: the editors open it

    def __init__(
        self, workspace: Workspace, row_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(workspace, row_id, parent)
        self.setWindowTitle(self.tr("New customer") if row_id is None else self.tr("Edit customer"))
        self.combo("kind").currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self._watch_duplicates(workspace, row_id)
        self.inputs["name"].setFocus()

    def _watch_duplicates(self, workspace: Workspace, row_id: str | None) -> None:
        engine = workspace.engine
        remote = RemoteCheck.sharing(engine) if engine is not None else None
        warning = DuplicateWarning(workspace.duplicates, remote, self.probe, row_id, self)
        self.duplicate_warning = warning
        self.body.insertWidget(1, warning)  # under the fields
        warning.open_requested.connect(self.duplicate_open)
        warning.checked.connect(self._duplicates_shown)
        for key in ("name", "phones", "registration_no"):
            self.field(key, QLineEdit).textEdited.connect(warning.schedule)
        self.combo("kind").currentIndexChanged.connect(warning.schedule)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self._save_text = save.text() if save is not None else ""

    def probe(self) -> Probe:
        """What the duplicate check looks for: the form as typed so far."""
        phones = _PHONE_SEPARATORS.split(self.field("phones", QLineEdit).text())
        company = self.is_company()
        return Probe(
            kind=CustomerKind.COMPANY.value if company else CustomerKind.PERSON.value,
            name=self.field("name", QLineEdit).text().strip(),
            phones=tuple(p.strip() for p in phones if p.strip()),
            email=self.field("email", QLineEdit).text().strip() or None,
            registration_no=(self.field("registration_no", QLineEdit).text().strip() or None)
            if company
            else None,
        )

    def _duplicates_shown(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is None or self.row_id is not None:
            return
        matches = self.duplicate_warning.has_matches()
        save.setText(self.tr("Create anyway") if matches else self._save_text)
        self.adjustSize()

    def _inputs(self) -> dict[str, QWidget]:
        files = self.workspace.files
        size = QComboBox()
        size.addItem(self.tr("(not given)"), None)
        for value in CompanySize:
            size.addItem(label(value.value), value.value)
        phones, source = QLineEdit(), QLineEdit()
        phones.setPlaceholderText(self.tr("e.g. 138 0013 8000, 021 5555 0000"))
        source.setPlaceholderText(self.tr("How they found us: referral, fair, web…"))
        notes = QPlainTextEdit()
        notes.setFixedHeight(90)
        inputs: dict[str, QWidget] = {
            "kind": self._combo(CustomerKind),
            "name": QLineEdit(),
            "tier": self._combo(Tier),
            "status": self._combo(LifecycleStatus),
            "phones": phones,
            "email": QLineEdit(),
            "city": QLineEdit(),
            "address": QLineEdit(),
            "industry": QLineEdit(),
            "source": source,
            "birthday": DateField(),
            "registration_no": QLineEdit(),
            "company_size": size,
            "tags": TagsEdit(self.workspace.customers.tags()),
            "notes": notes,
        }
        for key in ("industry", "source"):
            line = inputs[key]
            assert isinstance(line, QLineEdit)
            line.setCompleter(completer_for(files.known_values(key), line))
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
            "industry": self.tr("Industry"),
            "source": self.tr("Source"),
            "birthday": self.tr("Birthday"),
            "registration_no": self.tr("Registration no."),
            "company_size": self.tr("Company size"),
            "tags": self.tr("Tags"),
            "notes": self.tr("Notes"),
        }

    def is_company(self) -> bool:
        return bool(self.combo("kind").currentData() == CustomerKind.COMPANY.value)

    def _kind_changed(self) -> None:
        company = self.is_company()
        for key in PERSON_ONLY:
            self.set_row_visible(key, not company)
        for key in COMPANY_ONLY:
            self.set_row_visible(key, company)
        self.adjustSize()

    def values(self) -> dict[str, Any]:
        out = super().values()
        for key in COMPANY_ONLY if not self.is_company() else PERSON_ONLY:
            out[key] = None
        return out
