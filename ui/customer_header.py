"""The top of the customer view: what a rep reads before a visit, at a glance.

Tier, status, owner and last contact; how to reach them (phones, e-mail, city, address);
who they are (industry, source, birthday or, for a company, registration number and size,
tags); what is open (opportunities, and open complaints flagged in red beside the name);
and the notes in full.
"""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.customer_file import Facts
from sync.protocol.enums import CustomerKind

from .labels import label, shown, when
from .money import money

FACTS = (
    "tier",
    "status",
    "owner",
    "last_contact",
    "phones",
    "email",
    "city",
    "address",
    "industry",
    "source",
    "born",  # birthday, or a company's registration number and size
    "tags",
)
COLUMNS = 4
FLAG_STYLE = (
    "color: palette(bright-text); border: 1px solid palette(bright-text); border-radius: 4px;"
    " padding: 2px 8px; font-weight: 700;"
)


class CustomerHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.company = False
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        for i, key in enumerate((*FACTS, "open_value")):
            caption, value = QLabel(), QLabel()
            caption.setStyleSheet("color: palette(placeholder-text);")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.captions[key], self.values[key] = caption, value
            row, column = divmod(i, COLUMNS)
            grid.addWidget(caption, 2 * row, column)
            grid.addWidget(value, 2 * row + 1, column, Qt.AlignmentFlag.AlignTop)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        self.complaints = QLabel()  # beside the name: the view puts it in its title row
        self.complaints.setObjectName("complaintFlag")
        self.complaints.setStyleSheet(FLAG_STYLE)
        self.complaints.hide()
        self.notes_caption = QLabel()
        self.notes_caption.setStyleSheet("color: palette(placeholder-text);")
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(grid)
        layout.addWidget(self.notes_caption)
        layout.addWidget(self.notes)
        self.retranslate()

    def show_facts(self, facts: Facts, owner: str) -> None:
        customer = facts.customer
        self.company = customer["kind"] == CustomerKind.COMPANY.value
        value = self.values
        value["tier"].setText(label(customer["tier"]))
        value["status"].setText(label(customer["status"]))
        value["owner"].setText(owner)
        value["last_contact"].setText(when(facts.last_contact) or self.tr("Never"))
        for key in ("phones", "email", "city", "address", "industry", "source", "tags"):
            value[key].setText(shown(customer[key] or None))
        value["born"].setText(self._born(customer))
        value["open_value"].setText(self._open_value(facts))
        notes = (customer["notes"] or "").strip()
        self.notes.setText(notes or "—")
        self.notes.setToolTip(notes if len(notes) > 200 else "")
        count = facts.open_complaints
        self.complaints.setText(self.tr("⚠ %n open complaint(s)", "", count))
        self.complaints.setVisible(count > 0)
        self.retranslate()

    def _born(self, customer: dict[str, Any]) -> str:
        if not self.company:
            return when(customer["birthday"]) or "—"
        parts = [customer["registration_no"] or "", label(customer["company_size"])]
        return " · ".join(part for part in parts if part) or "—"

    def _open_value(self, facts: Facts) -> str:
        count = facts.open_opportunities
        if not count:
            return self.tr("No open opportunities")
        text = self.tr("%1 in %n open opportunity(ies)", "", count)
        amounts = [money(value, currency) for currency, value in facts.open_values.items()]
        return text.replace("%1", " + ".join(amounts))

    def retranslate(self) -> None:
        captions = {
            "tier": self.tr("Tier"),
            "status": self.tr("Status"),
            "owner": self.tr("Owner"),
            "last_contact": self.tr("Last contact"),
            "phones": self.tr("Phones"),
            "email": self.tr("E-mail"),
            "city": self.tr("City"),
            "address": self.tr("Address"),
            "industry": self.tr("Industry"),
            "source": self.tr("Source"),
            "born": self.tr("Registration no. · size") if self.company else self.tr("Birthday"),
            "tags": self.tr("Tags"),
            "open_value": self.tr("Open value"),
        }
        for key, caption in captions.items():
            self.captions[key].setText(caption)
        self.notes_caption.setText(self.tr("Notes"))
