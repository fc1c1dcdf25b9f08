"""The customer's Credit tab (issue 22) and its banner beside the customer's name.

Everything is read from the replica, so it shows offline: rating (and whether its review is
due), credit limit, what is owed and what is still available, terms, hold, the assessments,
and the receivables with their ageing and collection level. The credit department changes
limit, terms and hold, records assessments and releases held contracts; everyone else reads.
"""

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.credit import CreditStatus, Receivable
from app.workspace import Workspace
from sync.protocol import credit as rules
from sync.protocol.enums import ContractStatus

from .credit_dialogs import CreditAssessmentDialog, CreditProfileDialog
from .labels import when
from .money import money
from .operations import write

RED = "color: palette(bright-text); font-weight: 700;"  # the theme's error colour
AUTO_HOLD = "auto:collection"  # the hold the server's collection job sets (server.collection)
ID_ROLE = Qt.ItemDataRole.UserRole

LEVEL_NAMES = {
    1: QT_TRANSLATE_NOOP("CreditTab", "Reminder"),
    2: QT_TRANSLATE_NOOP("CreditTab", "Call"),
    3: QT_TRANSLATE_NOOP("CreditTab", "Manager"),
    4: QT_TRANSLATE_NOOP("CreditTab", "Credit department"),
}


def level_text(level: int) -> str:
    source = LEVEL_NAMES.get(level)
    return QCoreApplication.translate("CreditTab", str(source)) if source else ""


def bucket_text(bucket: str) -> str:
    if bucket == rules.BUCKETS[0]:
        return QCoreApplication.translate("CreditTab", "Current")
    if bucket == rules.BUCKETS[-1]:
        return QCoreApplication.translate("CreditTab", "Over 90 days")
    return QCoreApplication.translate("CreditTab", "%1 days").replace("%1", bucket)


def overdue_text(status: CreditStatus) -> str:
    """ "2 overdue, ¥38,000, oldest 67 days"; "" when nothing is overdue."""
    if not status.overdue_count:
        return ""
    return (
        QCoreApplication.translate("CreditTab", "%1 overdue, %2, oldest %3 days")
        .replace("%1", str(status.overdue_count))
        .replace("%2", money(status.overdue_amount, status.currency))
        .replace("%3", str(status.oldest_days))
    )


class _Table(QTableWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def fill(self, headers: list[str], rows: list[list[str]], ids: list[str] | None = None) -> None:
        self.clear()
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if ids is not None and c == 0:
                    item.setData(ID_ROLE, ids[r])
                self.setItem(r, c, item)

    def current_id(self) -> str | None:
        rows = self.selectionModel().selectedRows()
        item = self.item(rows[0].row(), 0) if rows else None
        value = item.data(ID_ROLE) if item is not None else None
        return str(value) if value else None


class CreditTab(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.credit = workspace.credit
        self.customer_id: str | None = None
        self.status: CreditStatus | None = None
        # beside the customer's name (the view places it): overdue, hold, review due
        self.banner = QLabel()
        self.banner.setObjectName("creditBanner")
        self.banner.setStyleSheet(RED)
        self.banner.hide()
        self.values = {key: QLabel() for key in _FACTS}
        for label in self.values.values():
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = QFormLayout()
        self.captions = {key: QLabel() for key in _FACTS}
        for key in _FACTS:
            self.form.addRow(self.captions[key], self.values[key])
        self.review = QLabel()
        self.review.setObjectName("creditReview")
        self.review.setStyleSheet(RED)
        self.review.setWordWrap(True)
        self.review.hide()
        self.note = QLabel()
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.note.setWordWrap(True)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_profile)
        self.assess_button = QPushButton()
        self.assess_button.clicked.connect(self.assess)
        self.release_button = QPushButton()
        self.release_button.clicked.connect(self.release)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.assess_button)
        buttons.addWidget(self.release_button)
        buttons.addStretch(1)
        self.ageing = QLabel()
        self.ageing.setObjectName("creditAgeing")
        self.ageing.setWordWrap(True)
        self.receivables = _Table()
        self.held = _Table()
        self.held.itemSelectionChanged.connect(self._update_buttons)
        self.assessments = _Table()
        self.receivables_title, self.held_title, self.assessments_title = (
            QLabel(),
            QLabel(),
            QLabel(),
        )
        for title in (self.receivables_title, self.held_title, self.assessments_title):
            title.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.review)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.receivables_title)
        layout.addWidget(self.ageing)
        layout.addWidget(self.receivables, 2)
        layout.addWidget(self.held_title)
        layout.addWidget(self.held, 1)
        layout.addWidget(self.assessments_title)
        layout.addWidget(self.assessments, 2)
        self.retranslate()

    # --- content -----------------------------------------------------------------------------

    def show_customer(self, customer_id: str | None) -> None:
        self.customer_id = customer_id
        self.reload()

    def reload(self) -> None:
        if self.customer_id is None:
            return
        status = self.status = self.credit.status(self.customer_id)
        cur = status.currency
        v = self.values
        v["rating"].setText(status.rating or self.tr("Not rated"))
        v["limit"].setText(
            money(status.credit_limit, cur) if status.credit_limit is not None else self.tr("None")
        )
        v["exposure"].setText(money(status.exposure, cur))
        if status.available is None:
            v["available"].setText(self.tr("No limit set"))
            v["available"].setStyleSheet("")
        else:
            v["available"].setText(money(status.available, cur))
            v["available"].setStyleSheet(RED if status.available <= 0 else "")
        v["terms"].setText(self.tr("%1 days").replace("%1", str(status.terms_days)))
        if status.on_hold:
            reason = status.hold_reason or self.tr("no reason")
            if reason == AUTO_HOLD:
                reason = self.tr("automatic, 30 days or more overdue")
            v["hold"].setText(self.tr("On hold: %1").replace("%1", reason))
            v["hold"].setStyleSheet(RED)
        else:
            v["hold"].setText(self.tr("No"))
            v["hold"].setStyleSheet("")
        v["next_review"].setText(when(status.next_review) or "—")
        self.review.setVisible(status.review_due)
        self.review.setText(
            self.tr("The rating expired on %1: a review is due.").replace(
                "%1", when(status.next_review)
            )
        )
        self._fill_receivables()
        self._fill_held()
        self._fill_assessments()
        self._update_banner()
        self._update_buttons()

    def _update_banner(self) -> None:
        status = self.status
        parts: list[str] = []
        if status is not None:
            if text := overdue_text(status):
                parts.append(text)
            if status.on_hold:
                parts.append(self.tr("credit hold"))
            if status.review_due:
                parts.append(self.tr("rating review due"))
            if status.available is not None:
                parts.append(
                    self.tr("available credit %1").replace(
                        "%1", money(status.available, status.currency)
                    )
                )
        self.banner.setText(" · ".join(parts))
        self.banner.setVisible(bool(parts))
        alarm = status is not None and (
            status.overdue_count > 0
            or status.on_hold
            or (status.available is not None and status.available <= 0)
        )
        self.banner.setStyleSheet(RED if alarm else "color: palette(placeholder-text);")

    def _fill_receivables(self) -> None:
        assert self.customer_id is not None
        found: list[Receivable] = self.credit.receivables(self.customer_id)
        self.receivables.fill(
            [
                self.tr("Contract"),
                self.tr("Due"),
                self.tr("Outstanding"),
                self.tr("Days overdue"),
                self.tr("Ageing"),
                self.tr("Follow-up"),
            ],
            [
                [
                    r.number,
                    when(r.due),
                    money(r.outstanding, r.currency),
                    str(r.days_overdue) if r.days_overdue else "",
                    bucket_text(r.bucket),
                    level_text(r.level),
                ]
                for r in found
            ],
            [r.contract_id for r in found],
        )
        for row, r in enumerate(found):
            if r.days_overdue > 0:
                for column in (3, 4, 5):
                    item = self.receivables.item(row, column)
                    if item is not None:
                        item.setForeground(Qt.GlobalColor.red)
        ageing = self.credit.ageing(self.customer_id)
        lines = []
        for currency, buckets in sorted(ageing.items()):
            lines.append(
                " · ".join(
                    f"{bucket_text(b)} {money(amount, currency)}"
                    for b, amount in buckets.items()
                    if amount != Decimal(0) or b == rules.BUCKETS[0]
                )
            )
        self.ageing.setText("\n".join(lines) or self.tr("Nothing outstanding."))

    def _fill_held(self) -> None:
        assert self.customer_id is not None
        held = [
            c
            for c in self.workspace.commerce.contracts(self.customer_id)
            if c.status == ContractStatus.HELD.value
        ]
        self.held.fill(
            [self.tr("Held contract"), self.tr("Signed"), self.tr("Total")],
            [[c.number, when(c.signed_on), money(c.total, c.currency)] for c in held],
            [c.id for c in held],
        )
        self.held_title.setVisible(bool(held))
        self.held.setVisible(bool(held))

    def _fill_assessments(self) -> None:
        assert self.customer_id is not None
        rows = self.credit.assessments(self.customer_id)
        self.assessments.fill(
            [
                self.tr("Assessed on"),
                self.tr("Rating"),
                self.tr("Registered capital"),
                self.tr("Years in business"),
                self.tr("Payment record"),
                self.tr("External report"),
                self.tr("Next review"),
                self.tr("Notes"),
            ],
            [
                [
                    when(a["assessed_on"]),
                    a["rating"] or "",
                    money(a["registered_capital"], "CNY")
                    if a["registered_capital"] is not None
                    else "",
                    "" if a["years_in_business"] is None else str(a["years_in_business"]),
                    a["payment_record"] or "",
                    a["external_report"] or "",
                    when(a["next_review"]),
                    (a["notes"] or "").replace("\n", " "),
                ]
                for a in rows
            ],
            [a["id"] for a in rows],
        )

    # --- actions (the credit department) -----------------------------------------------------

    def _update_buttons(self) -> None:
        mine = self.credit.may_edit
        for button in (self.edit_button, self.assess_button, self.release_button):
            button.setVisible(mine)
        self.release_button.setEnabled(self.held.current_id() is not None)
        self.note.setVisible(not mine)

    def edit_profile(self) -> None:
        if self.customer_id is None:
            return
        dialog = CreditProfileDialog(self.workspace, self.customer_id, self.window())
        dialog.accepted.connect(self.reload)
        dialog.open()

    def assess(self) -> None:
        if self.customer_id is None:
            return
        dialog = CreditAssessmentDialog(self.workspace, self.customer_id, self.window())
        dialog.accepted.connect(self.reload)
        dialog.open()

    def release(self) -> None:
        contract_id = self.held.current_id()
        if contract_id is None:
            return
        credit = self.credit
        write(self, lambda: credit.release(contract_id)).success(lambda _row: self.reload()).run()

    # --- text ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        captions = {
            "rating": self.tr("Rating"),
            "limit": self.tr("Credit limit"),
            "exposure": self.tr("Owed on contracts"),
            "available": self.tr("Available credit"),
            "terms": self.tr("Payment terms"),
            "hold": self.tr("Credit hold"),
            "next_review": self.tr("Next review"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.edit_button.setText(self.tr("Limit and terms…"))
        self.assess_button.setText(self.tr("New assessment…"))
        self.release_button.setText(self.tr("Release held contract"))
        self.note.setText(
            self.tr("Ratings, limits and terms are set by the credit department; you read them.")
        )
        self.receivables_title.setText(self.tr("Receivables"))
        self.held_title.setText(self.tr("Contracts held for credit"))
        self.assessments_title.setText(self.tr("Assessments"))
        if self.customer_id is not None:
            self.reload()


_FACTS = ("rating", "limit", "exposure", "available", "terms", "hold", "next_review")
