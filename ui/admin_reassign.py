"""Team › Reassign: move every customer matching some filters (current owner, branch, city,
tier, status) to a new owner, with their whole history, after one confirmation that says
how many customers, open opportunities, tasks and service requests will move (the server's
preview, chosen as the move chooses; issue 26, item 4)."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.admin import (
    Branch,
    CustomerSelection,
    MovePlan,
    Person,
    ReassignResult,
    Share,
    StaffAdmin,
)
from sync.protocol.enums import LifecycleStatus, Tier

from .admin_common import Jobs, confirm, fill_people, person_text
from .labels import label

SUCCESS_STYLE = "color: palette(link-visited);"  # the theme's success colour
# The counts are in ReassignTab's words, shared with offboarding; each call is spelled out
# (QCoreApplication.translate with literal text) so that lupdate finds it.


def work_text(share: Share) -> str:
    """ "3 open opportunities, 2 open tasks, 1 open service request" (and open contracts,
    when there are any)"""
    n_opps, n_tasks, n_requests = share.opportunities, share.tasks, share.service_requests
    text = (
        QCoreApplication.translate("ReassignTab", "%1, %2, %3")
        .replace(
            "%1",
            QCoreApplication.translate("ReassignTab", "%n open opportunity(-ies)", None, n_opps),
        )
        .replace("%2", QCoreApplication.translate("ReassignTab", "%n open task(s)", None, n_tasks))
        .replace(
            "%3",
            QCoreApplication.translate(
                "ReassignTab", "%n open service request(s)", None, n_requests
            ),
        )
    )
    if share.contracts:
        contracts = QCoreApplication.translate(
            "ReassignTab", "%n open contract(s)", None, share.contracts
        )
        text = f"{text}, {contracts}"
    return text


def share_text(share: Share, name: Callable[[str], str]) -> str:
    """One successor's share: "王芳 (wang): 6 customers, 3 open opportunities, …" """
    customers = QCoreApplication.translate("ReassignTab", "%n customer(s)", None, share.customers)
    return (
        QCoreApplication.translate("ReassignTab", "%1: %2, %3")
        .replace("%2", customers)
        .replace("%3", work_text(share))
        .replace("%1", name(share.username))
    )


def plan_text(plan: MovePlan, name: Callable[[str], str]) -> str:
    """What will move, two lines per successor (a message box wraps one badly)."""
    lines = [QCoreApplication.translate("ReassignTab", "This moves:")]
    for share in plan.shares:
        customers = QCoreApplication.translate(
            "ReassignTab", "%n customer(s)", None, share.customers
        )
        who = QCoreApplication.translate("ReassignTab", "%1: %2").replace("%2", customers)
        lines.append(f"  • {who.replace('%1', name(share.username))}")
        work = QCoreApplication.translate("ReassignTab", "with %1").replace("%1", work_text(share))
        lines.append(f"     {work}")
    return "\n".join(lines)


class ReassignTab(QWidget):
    changed = Signal()  # customers moved: reload

    def __init__(self, jobs: Jobs, admin: StaffAdmin) -> None:
        super().__init__()
        self.jobs, self.admin = jobs, admin
        self.people: dict[str, Person] = {}
        self.box: QMessageBox | None = None
        self.plan: MovePlan | None = None  # the last preview
        self.owner, self.branch = QComboBox(), QComboBox()
        self.city = QLineEdit()
        self.tier, self.status = QComboBox(), QComboBox()
        for combo, values in ((self.tier, list(Tier)), (self.status, list(LifecycleStatus))):
            combo.addItem("", "")
            for value in values:
                combo.addItem(label(value.value), value.value)
        self.to = QComboBox()
        self.reason = QLineEdit()
        self.move_button = QPushButton()
        self.move_button.clicked.connect(self.confirm_move)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.captions = {key: QLabel() for key in ("owner", "branch", "city", "tier", "status")}
        self.captions |= {"to": QLabel(), "reason": QLabel()}
        for key, field in (
            ("owner", self.owner),
            ("branch", self.branch),
            ("city", self.city),
            ("tier", self.tier),
            ("status", self.status),
            ("to", self.to),
            ("reason", self.reason),
        ):
            self.form.addRow(self.captions[key], field)
        for combo in (self.owner, self.branch, self.tier, self.status, self.to):
            combo.currentIndexChanged.connect(self._update)
        self.city.textChanged.connect(self._update)
        for field in (self.owner, self.branch, self.city, self.tier, self.status, self.to):
            field.setFixedWidth(380)
        self.reason.setFixedWidth(560)
        buttons = QHBoxLayout()
        buttons.addWidget(self.move_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch()
        self.retranslate()
        jobs.busy.connect(self._update)

    def set_people(self, people: list[Person], branches: list[Branch]) -> None:
        self.people = {p.username: p for p in people}
        owners = [p for p in people if p.customers > 0 or p.may_own]
        fill_people(self.owner, owners, self.tr("Anyone"))
        keep = self.branch.currentData()
        self.branch.clear()
        self.branch.addItem(self.tr("Any branch"), "")
        for branch in branches:
            self.branch.addItem(branch.name, branch.name)
        self.branch.setCurrentIndex(max(0, self.branch.findData(keep)))
        fill_people(self.to, [p for p in people if p.may_own], self.tr("Choose…"))
        self._update()

    def prefill(self, owner: str) -> None:
        """From People: all customers of `owner`, the other filters cleared."""
        self.owner.setCurrentIndex(max(0, self.owner.findData(owner)))
        for combo in (self.branch, self.tier, self.status):
            combo.setCurrentIndex(0)
        self.city.clear()
        self.result.clear()
        self.to.setFocus()

    def selection(self) -> CustomerSelection:
        return CustomerSelection(
            owner=self.owner.currentData() or "",
            branch=self.branch.currentData() or "",
            city=self.city.text().strip(),
            tier=self.tier.currentData() or "",
            status=self.status.currentData() or "",
        )

    def _update(self, *_: Any) -> None:
        to = self.to.currentData()
        owner = self.owner.currentData()
        ok = bool(self.selection().given()) and bool(to) and to != owner and not self.jobs.pending
        self.move_button.setEnabled(ok)

    def question(self) -> str:
        """ "Move all customers of X (matching …) to Y?", in words the user chose."""
        chosen = self.selection()
        to = self.people.get(self.to.currentData() or "")
        to_text = person_text(to) if to else ""
        parts = []
        for key, value in (
            ("branch", chosen.branch),
            ("city", chosen.city),
            ("tier", label(chosen.tier)),
            ("status", label(chosen.status)),
        ):
            if value:
                parts.append(f"{self.captions[key].text().rstrip(':：')} {value}")
        matching = ", ".join(parts)
        owner = self.people.get(chosen.owner or "")
        if owner is not None and not matching:
            text = self.tr("Move all %n customer(s) of %1 to %2?", "", owner.customers)
            return text.replace("%1", person_text(owner)).replace("%2", to_text)
        if owner is not None:
            text = self.tr("Move all customers of %1 matching %2 to %3?")
            return (
                text.replace("%1", person_text(owner))
                .replace("%2", matching)
                .replace("%3", to_text)
            )
        text = self.tr("Move all customers matching %1 to %2?")
        return text.replace("%1", matching).replace("%2", to_text)

    def confirm_move(self) -> None:
        """Ask the server what would move (off the GUI thread), then confirm with the counts;
        the confirmation is `self.box` once it is open."""
        if not self.move_button.isEnabled():
            return
        self.box = None
        selection, to = self.selection(), self.to.currentData()
        self.result.clear()
        self.jobs.run(lambda: self.admin.preview_reassign(selection, to), self._confirm)

    def _name(self, username: str) -> str:
        person = self.people.get(username)
        return person_text(person) if person else username

    def _confirm(self, plan: MovePlan) -> None:
        self.plan = plan
        if plan.total("customers") == 0:
            self.result.setStyleSheet("")
            self.result.setText(self.tr("No customer matches these filters; nothing to move."))
            return
        self.box = confirm(
            self,
            self.tr("Reassign customers"),
            self.question()
            + "\n\n"
            + plan_text(plan, self._name)
            + "\n\n"
            + self.tr(
                "Their whole history goes with them, and their devices follow at the next sync."
            ),
            self.tr("Move"),
            self._run,
        )

    def _run(self) -> None:
        selection, to, reason = self.selection(), self.to.currentData(), self.reason.text()
        name = self.to.currentText()
        self.result.clear()
        self.jobs.run(
            lambda: self.admin.move_matching(selection, to, reason),
            lambda result: self._moved(result, name),
        )

    def _moved(self, result: ReassignResult, to: str) -> None:
        text = self.tr("%n customer(s) moved to %1.", "", result.moved).replace("%1", to)
        if result.shares:
            with_them = self.tr("With them: %1.").replace("%1", work_text(result.shares[0]))
            text += "\n" + with_them
        self.result.setStyleSheet(SUCCESS_STYLE if result.moved else "")
        self.result.setText(text)
        self._update()
        self.changed.emit()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Move every customer that matches all the filters you set to a new owner. "
                "Their interactions, opportunities, tasks and service requests go with them."
            )
        )
        captions = {
            "owner": self.tr("Current owner:"),
            "branch": self.tr("Branch:"),
            "city": self.tr("City:"),
            "tier": self.tr("Tier:"),
            "status": self.tr("Status:"),
            "to": self.tr("New owner:"),
            "reason": self.tr("Reason:"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.city.setPlaceholderText(self.tr("Any city"))
        self.reason.setPlaceholderText(self.tr("Optional; kept in the ownership history"))
        self.tier.setItemText(0, self.tr("Any tier"))
        self.status.setItemText(0, self.tr("Any status"))
        for combo in (self.tier, self.status):
            for row in range(1, combo.count()):
                combo.setItemText(row, label(combo.itemData(row)))
        if self.owner.count():
            self.owner.setItemText(0, self.tr("Anyone"))
            self.branch.setItemText(0, self.tr("Any branch"))
            self.to.setItemText(0, self.tr("Choose…"))
        self.move_button.setText(self.tr("Move customers…"))
