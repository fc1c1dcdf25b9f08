"""The Service screen's small dialogs: reassign to a colleague, resolve with a resolution,
close a complaint with the customer's satisfaction (issue 21). Each performs its write
itself, so a failure shows inline and the dialog stays open."""

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from app.directory import Directory
from app.errors import KnownError
from app.knowledge import KnowledgeBase
from app.records import Records
from app.service_desk import ServiceDesk, Ticket
from sync.protocol.validation import ValidationError

from .form_dialog import FormDialog
from .messages import error_text, field_text
from .operations import show_failure, write


class ActionDialog(FormDialog):
    """A small dialog that performs its write itself (`action`, run on the DB lane), so a
    failure shows inline and the dialog stays open."""

    def _ok(self) -> None:
        if not self.ok.isEnabled():
            return  # saving already
        self.error.hide()
        self.ok.setEnabled(False)
        write(self, self.action()).success(lambda _result: self.accept()).failure(
            self._refused
        ).run()

    def _refused(self, exc: Exception) -> None:
        self.ok.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._show_error("\n".join(field_text(e) for e in exc.errors))
        elif isinstance(exc, KnownError):
            self._show_error(error_text(exc))
        else:
            show_failure(self, exc)

    def action(self) -> Callable[[], object]:
        """The write, with the form's values read now (on the GUI thread)."""
        raise NotImplementedError


class ReassignDialog(ActionDialog):
    """Pick a colleague from the directory (the last list fetched from the server)."""

    def __init__(
        self,
        desk: ServiceDesk,
        records: Records,
        ticket: Ticket,
        directory: Directory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.records, self.ticket = desk, records, ticket
        self.setWindowTitle(self.tr("Reassign “%1”").replace("%1", ticket.subject))
        self.people = QComboBox()
        for person in directory.people():
            text = f"{person.display_name} ({person.username})"
            if person.id == records.user_id:
                text = self.tr("%1 (you)").replace("%1", text)
            self.people.addItem(text, person.id)
        known = self.people.count() > 0
        self.people.addItem(self.tr("Nobody (unassigned)"), None)
        self.people.setCurrentIndex(max(0, self.people.findData(ticket.assignee_id)))
        self.note = QLabel(
            self.tr("Assign this request to:")
            if known
            else self.tr(
                "No list of colleagues on this computer yet: it comes from the server. "
                "Sync once while online, then try again."
            )
        )
        self.note.setWordWrap(True)
        self.people.setVisible(known)
        self.ok.setEnabled(known)
        self._finish([self.note, self.people])
        self.people.setFocus()

    def action(self) -> Callable[[], object]:
        desk, records, ticket_id = self.desk, self.records, self.ticket.id
        user_id = self.people.currentData()
        return lambda: desk.reassign(records, ticket_id, user_id)


class ResolveDialog(ActionDialog):
    """How the request was resolved: required, it is what the customer is told."""

    def __init__(
        self,
        desk: ServiceDesk,
        records: Records,
        ticket: Ticket,
        parent: QWidget | None = None,
        knowledge: KnowledgeBase | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.records, self.ticket = desk, records, ticket
        self.knowledge = knowledge
        self.setWindowTitle(self.tr("Resolve “%1”").replace("%1", ticket.subject))
        caption = QLabel(self.tr("Resolution:"))
        self.resolution = QPlainTextEdit()
        self.resolution.setTabChangesFocus(True)
        self.resolution.setPlaceholderText(self.tr("Ctrl+Enter saves"))
        QShortcut(QKeySequence("Ctrl+Return"), self, self._ok)
        self.as_article = QCheckBox(
            self.tr("Save the resolution as a knowledge-base article (a manager publishes it)")
        )
        self.as_article.setVisible(knowledge is not None)
        self._finish([caption, self.resolution, self.as_article])
        self.resolution.setFocus()

    def action(self) -> Callable[[], object]:
        desk, records, ticket_id = self.desk, self.records, self.ticket.id
        resolution = self.resolution.toPlainText()
        # the return-visit task's title, in the user's language ({subject}: the request's)
        title = self.tr("Return visit: {subject}")
        knowledge = self.knowledge if self.as_article.isChecked() else None

        def resolve() -> object:
            row = desk.resolve(records, ticket_id, resolution, return_title=title)
            if knowledge is not None:  # issue 21: "Save resolution as article"
                knowledge.save_resolution(ticket_id)
            return row

        return resolve


class CloseDialog(ActionDialog):
    """The customer's satisfaction, 1 (very dissatisfied) to 5 (very satisfied): required to
    close a complaint; 2 or less reopens it."""

    def __init__(
        self, desk: ServiceDesk, records: Records, ticket: Ticket, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk, self.records, self.ticket = desk, records, ticket
        self.setWindowTitle(self.tr("Close “%1”").replace("%1", ticket.subject))
        caption = QLabel(self.tr("How satisfied is the customer?"))
        self.scores = QButtonGroup(self)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        names = [
            self.tr("1 Very dissatisfied"),
            self.tr("2 Dissatisfied"),
            self.tr("3 Neutral"),
            self.tr("4 Satisfied"),
            self.tr("5 Very satisfied"),
        ]
        for score, name in enumerate(names, start=1):
            button = QRadioButton(name)
            self.scores.addButton(button, score)
            line.addWidget(button)
        self.note = QLabel(self.tr("A score of 2 or less reopens the complaint."))
        self.note.setWordWrap(True)
        self.ok.setEnabled(False)
        self.scores.idToggled.connect(lambda _id, _on: self.ok.setEnabled(self.score is not None))
        self._finish([caption, row, self.note])

    @property
    def score(self) -> int | None:
        chosen = self.scores.checkedId()
        return chosen if chosen > 0 else None

    def choose(self, score: int) -> None:
        self.scores.button(score).setChecked(True)

    def action(self) -> Callable[[], object]:
        desk, records, ticket_id, score = self.desk, self.records, self.ticket.id, self.score
        return lambda: desk.close(records, ticket_id, score)
