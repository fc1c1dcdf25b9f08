"""A notice above the pages when customers were handed to the user (a colleague left, a
manager reassigned them): how many, from whom and why, until dismissed."""

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.arrivals import Arrival, Arrivals
from sync.protocol import reasons

from .operations import write

STYLE = ""  # the theme's (resources/styles/outpost.qss, QFrame#arrivals)


class ArrivalsBar(QFrame):
    def __init__(self, arrivals: Arrivals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.arrivals = arrivals
        self.setObjectName("arrivals")
        self.setStyleSheet(STYLE)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.dismiss_button = QPushButton()
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dismiss_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.refresh()

    def refresh(self) -> None:
        """Read what arrived (the replica keeps it across restarts) and show or hide."""
        unseen = self.arrivals.unseen()
        self.text.setText("\n".join(self._line(a) for a in unseen[:3]))
        self.setVisible(bool(unseen))

    def dismiss(self) -> None:
        self.hide()
        write(self, self.arrivals.dismiss).success(lambda _none: self.refresh()).run()

    def _line(self, arrival: Arrival) -> str:
        count = len(arrival.customer_ids)
        if arrival.source:
            line = self.tr("%n customer(s) from %1 are now yours.", "", count)
            line = line.replace("%1", arrival.source)
        else:
            line = self.tr("%n customer(s) from the branch pool are now yours.", "", count)
        if arrival.by:
            line += " " + self.tr("Handed over by %1.").replace("%1", arrival.by)
        reason = self.reason_text(arrival.reason, arrival.source)
        if reason:
            line += " " + self.tr("Reason: %1").replace("%1", reason)
        return line

    def reason_text(self, reason: str | None, source: str | None = None) -> str:
        """A move's reason in the user's language: the server's own reasons are codes
        (sync/protocol/reasons.py) put into words here; a person's reason is shown as typed."""
        code = reasons.parse(reason)
        if code is None:
            return reason or ""
        name, number = code
        if name == reasons.OWNER_LEFT:
            if source:
                return self.tr("%1 left the company").replace("%1", source)
            return self.tr("their previous owner left the company")
        if name == reasons.POOL_RETURN:
            days = number or 0
            return self.tr("no contact for %n day(s), returned to the branch pool", "", days)
        if name == reasons.POOL_RETURNED:
            return self.tr("returned to the branch pool")
        if name == reasons.POOL_ASSIGNED:
            return self.tr("assigned to you from the branch pool")
        return self.tr("claimed from the branch pool")  # reasons.POOL_CLAIM
