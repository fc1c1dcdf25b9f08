"""Team › People › Import people… (issue 26, item 1): HR's list in, every row checked and
shown before anyone is added, then the one-time passwords to hand over, savable as a CSV.

The file is read and checked off the GUI thread (app/people_import.py); the people are added
one by one on the network lane, so a refusal is that row's and the rest go on."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app import people_import
from app.admin import Branch, Person, StaffAdmin
from app.importing.reading import UnreadableFile
from app.people_import import Added, PeoplePreview, Problem

from .admin_common import Jobs, confirm, role_text
from .admin_dialogs import _Dialog, _label
from .background import run_in_background
from .errors import report_bug

CONTEXT = "PeopleImport"
PROBLEMS = {
    Problem.NO_USERNAME: QT_TRANSLATE_NOOP("PeopleImport", "no username"),
    Problem.BAD_USERNAME: QT_TRANSLATE_NOOP(
        "PeopleImport", "username: letters, digits, dot, dash and underscore only"
    ),
    Problem.NO_NAME: QT_TRANSLATE_NOOP("PeopleImport", "no name"),
    Problem.BAD_ROLE: QT_TRANSLATE_NOOP(
        "PeopleImport", "role not known (销售, 经理, 管理员, 信用 or rep, manager, admin, credit)"
    ),
    Problem.NO_BRANCH: QT_TRANSLATE_NOOP("PeopleImport", "needs a branch"),
    Problem.UNKNOWN_BRANCH: QT_TRANSLATE_NOOP(
        "PeopleImport", "no such branch (open it in Branches first)"
    ),
    Problem.EXISTS: QT_TRANSLATE_NOOP("PeopleImport", "someone has this username already"),
    Problem.REPEATED: QT_TRANSLATE_NOOP("PeopleImport", "this username is on an earlier line"),
}
COLUMNS = {
    "username": QT_TRANSLATE_NOOP("PeopleImport", "username"),
    "display_name": QT_TRANSLATE_NOOP("PeopleImport", "name"),
    "role": QT_TRANSLATE_NOOP("PeopleImport", "role"),
}
FILES = "*.xlsx *.xls *.xlsm *.ods *.csv *.txt"


def tr(text: object) -> str:  # QT_TRANSLATE_NOOP's result is typed as object
    return QCoreApplication.translate(CONTEXT, str(text))


class PeopleImportDialog(_Dialog):
    added = Signal()  # people were added: reload the list

    def __init__(
        self,
        jobs: Jobs,
        admin: StaffAdmin,
        people: list[Person],
        branches: list[Branch],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, "")
        self.jobs, self.admin = jobs, admin
        self.people, self.branches = people, branches
        self.preview: PeoplePreview | None = None
        self.outcome: list[Added] = []
        self.saved = False
        self.box: QMessageBox | None = None
        jobs.busy.connect(self._busy)
        self.setWindowTitle(self.tr("Import people"))
        self.resize(860, 520)
        self.choose = QPushButton(self.tr("Choose file…"))
        self.choose.clicked.connect(self.ask_file)
        self.file = QLabel(self.tr("No file chosen"))
        self.hint = _label(
            self.tr(
                "One person per row. Columns: 用户名/username, 姓名/name, 角色/role "
                "(销售, 经理, 管理员, 信用), 分公司/branch (for everyone but administrators; "
                "the branch must exist). Everyone added gets a one-time password to hand over."
            )
        )
        self.table = QTableWidget(0, 6)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Username"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Branch"),
                self.tr("Check"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.save = QPushButton(self.tr("Save one-time passwords…"))
        self.save.clicked.connect(self.ask_save)
        self.save.hide()
        top = QHBoxLayout()
        top.addWidget(self.choose)
        top.addWidget(self.file, 1)
        holder = QWidget()
        holder.setLayout(top)
        self.buttons.addButton(self.save, self.buttons.ButtonRole.ActionRole)
        self._finish([self.hint, holder, self.table, self.summary])
        self._update()

    # --- reading -------------------------------------------------------------------------

    def ask_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import people"), "", self.tr("Spreadsheets (%1)").replace("%1", FILES)
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        """Read and check `path` off the GUI thread; the table shows every row."""
        self.file.setText(path.name)
        self.error.hide()
        self.choose.setEnabled(False)
        people, branches = self.people, self.branches
        run_in_background(
            lambda: people_import.preview(path, people, branches), self._previewed, self._unread
        )

    def _previewed(self, preview: PeoplePreview) -> None:
        self.choose.setEnabled(True)
        self.preview, self.outcome, self.saved = preview, [], False
        self.table.setRowCount(len(preview.rows))
        for line, row in enumerate(preview.rows):
            cells = (str(row.line), row.username, row.display_name, role_text(row.role), row.branch)
            for column, text in enumerate(cells):
                self.table.setItem(line, column, QTableWidgetItem(text))
            self._check(line, "✓ " + self.tr("ready") if row.ready else self._problems(row))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self._update()

    def _unread(self, exc: Exception) -> None:
        self.choose.setEnabled(True)
        if isinstance(exc, UnreadableFile | OSError):
            self._show_error(
                self.tr("This file cannot be read as a spreadsheet: %1").replace("%1", str(exc))
            )
        else:
            report_bug(exc, self)

    def _problems(self, row: people_import.PeopleRow) -> str:
        return "; ".join(tr(PROBLEMS[problem]) for problem in row.problems)

    def _check(self, line: int, text: str, bad: bool | None = None) -> None:
        item = QTableWidgetItem(text)
        if bad if bad is not None else not text.startswith("✓"):
            item.setForeground(QBrush(self.palette().color(QPalette.ColorRole.BrightText)))
        self.table.setItem(line, 5, item)

    # --- adding --------------------------------------------------------------------------

    def _ok(self) -> None:
        if self.outcome:
            self.reject()
            return
        if self.preview is None or not self.preview.ready:
            return
        rows = self.preview.ready
        self.jobs.run(lambda: people_import.add_all(self.admin, rows), self._added)

    def _added(self, outcome: list[Added]) -> None:
        self.outcome = outcome
        lines = {
            id(row): line for line, row in enumerate(self.preview.rows if self.preview else [])
        }
        for item in outcome:
            line = lines[id(item.row)]
            if item.password is not None:
                self._check(
                    line,
                    "✓ "
                    + self.tr("added; one-time password: %1").replace("%1", item.password.password),
                    bad=False,
                )
            else:
                self._check(line, self.tr("not added: %1").replace("%1", item.refusal or ""))
        if any(item.password for item in outcome):
            self.added.emit()
        self._update()

    def ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save one-time passwords"), "one-time-passwords.csv", "CSV (*.csv)"
        )
        if path:
            self.save_passwords(Path(path))

    def save_passwords(self, path: Path) -> int:
        headers = [self.tr("Username"), self.tr("Name"), self.tr("One-time password")]
        try:
            written = people_import.write_passwords(path, self.outcome, headers)
        except OSError as exc:
            self._show_error(self.tr("Could not save the file: %1").replace("%1", str(exc)))
            return 0
        self.saved = True
        return written

    # --- state ---------------------------------------------------------------------------

    def _update(self) -> None:
        preview = self.preview
        passwords = sum(1 for item in self.outcome if item.password is not None)
        self.save.setVisible(passwords > 0)
        if self.outcome:
            refused = len(self.outcome) - passwords
            untried = len(preview.ready) - len(self.outcome) if preview else 0
            text = self.tr("%n person(s) added.", "", passwords)
            if refused or untried:
                text += " " + self.tr("%n not added (see Check).", "", refused + untried)
            text += " " + self.tr(
                "Hand each their one-time password, or save the list; it is not shown again."
            )
            self.summary.setText(text)
            self.ok.setText(self.tr("Close"))
            self.ok.setEnabled(True)
            self.choose.setEnabled(False)
            return
        if preview is None:
            self.summary.setText("")
        elif preview.missing:
            names = ", ".join(tr(COLUMNS[name]) for name in preview.missing)
            self.summary.setText(self.tr("The file has no column for: %1.").replace("%1", names))
        else:
            self.summary.setText(
                self.tr("%n person(s) ready to add", "", len(preview.ready))
                + "; "
                + self.tr("%n row(s) with a problem are skipped.", "", preview.skipped)
            )
        ready = len(preview.ready) if preview else 0
        self.ok.setText(self.tr("Add %n person(s)", "", ready))
        self.ok.setEnabled(ready > 0)

    def _busy(self, busy: bool) -> None:
        self.ok.setEnabled(
            not busy and (bool(self.outcome) or bool(self.preview and self.preview.ready))
        )
        self.choose.setEnabled(not busy and not self.outcome)

    def reject(self) -> None:
        """Closing with passwords not saved asks first: they are shown only here."""
        if self.outcome and not self.saved and any(i.password for i in self.outcome):
            self.box = confirm(
                self,
                self.tr("Import people"),
                self.tr(
                    "The one-time passwords are shown only here. Close without saving them? "
                    "You can still reset a person's password later."
                ),
                self.tr("Close without saving"),
                lambda: QDialog.reject(self),
            )
            return
        super().reject()
