"""Merge two customers (issue 18, item 4): pick the other one with the usual search, choose
field by field which value the kept customer has (phones and tags may keep both), see what
will move to it, and merge. The other customer is archived and points at the kept one; the
merge can be undone from the kept customer's History (ui/customer_view.py).

The customer the dialog opened from is kept; "Keep the other one" swaps the two.
"""

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.merge import UNIONS, Choice, Preview
from app.workspace import Workspace

from .labels import field_label, label, shown
from .operations import show_failure, write

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHOICES: tuple[Choice, ...] = ("survivor", "loser", "union")
CHOICE_COLUMNS = {"survivor": 1, "loser": 2, "union": 3}
ENUM_FIELDS = frozenset({"kind", "tier", "status", "company_size"})


class MergeDialog(QDialog):
    merged = Signal(str)  # the merge's id

    def __init__(
        self,
        workspace: Workspace,
        customer_id: str,
        other_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.service = workspace.merge
        self.survivor_id = customer_id
        self.loser_id: str | None = None
        self.preview: Preview | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.setMinimumSize(760, 560)
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.query.setPlaceholderText(self.tr("Name, phone or pinyin of the other customer"))
        self.results = QListWidget()
        self.results.setMaximumHeight(120)
        self.results.itemActivated.connect(self._picked)
        self.results.itemClicked.connect(self._picked)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(80)
        self._timer.timeout.connect(self._search)
        self.query.textEdited.connect(lambda _text: self._timer.start())
        self.query.installEventFilter(self)  # Enter takes the first match (and merges nothing)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.swap_button = QPushButton(self.tr("Keep the other one instead"))
        self.swap_button.clicked.connect(self.swap)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.same = QLabel()
        self.same.setWordWrap(True)
        self.moves = QLabel()
        self.moves.setWordWrap(True)
        self.note = QLabel(
            self.tr(
                "The other customer is archived and points to the kept one; changes other "
                "computers still make to it land on the kept one. You can undo the merge from "
                "the kept customer's History."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        find = QHBoxLayout()
        find.addWidget(QLabel(self.tr("Merge with:")))
        find.addWidget(self.query, 1)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.swap_button)
        layout = QVBoxLayout(self)
        layout.addLayout(find)
        layout.addWidget(self.results)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.same)
        layout.addWidget(self.moves)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        name = self._name(customer_id)
        self.setWindowTitle(self.tr("Merge %1 with another customer").replace("%1", name))
        self.results.hide()
        self.set_other(other_id)

    # --- choosing the other customer ---------------------------------------------------------

    def _search(self) -> None:
        text = self.query.text()
        hits = [h for h in self.workspace.search.find(text, limit=20) if h.kind == "customer"]
        ids = self.service.candidates(self.survivor_id, [h.row_id for h in hits])
        self.results.clear()
        for hit in hits:
            if hit.row_id in ids:
                item = QListWidgetItem(f"{hit.title}    {hit.detail}".rstrip())
                item.setData(ID_ROLE, hit.row_id)
                self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.results.setVisible(bool(text.strip()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.query
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._pick_current()
            return True  # not on to the dialog, whose default button is Merge
        return super().eventFilter(watched, event)

    def _pick_current(self) -> None:
        if self._timer.isActive():  # typed faster than the search ran
            self._timer.stop()
            self._search()
        item = self.results.currentItem()
        if item is not None and self.results.isVisible():
            self._picked(item)

    def _picked(self, item: QListWidgetItem) -> None:
        self.set_other(str(item.data(ID_ROLE)))
        self.results.hide()

    def set_other(self, other_id: str | None) -> None:
        self.loser_id = other_id
        self.preview = None
        if other_id is not None:
            try:
                self.preview = self.service.preview(self.survivor_id, other_id)
            except KnownError as exc:
                self.loser_id = None
                show_failure(self, exc)
        self._fill()

    def swap(self) -> None:
        if self.loser_id is None:
            return
        self.survivor_id, self.loser_id = self.loser_id, self.survivor_id
        self.set_other(self.loser_id)

    # --- the field table ---------------------------------------------------------------------

    def _fill(self) -> None:
        preview = self.preview
        self.merge_button.setEnabled(preview is not None)
        self.swap_button.setEnabled(preview is not None)
        self.groups.clear()
        self.table.setRowCount(0)
        if preview is None:
            self.heading.setText(self.tr("Find the customer to merge with this one."))
            self.table.setHorizontalHeaderLabels(["", "", "", ""])
            self.same.clear()
            self.moves.clear()
            return
        kept, other = preview.survivor, preview.loser
        self.query.setText(other["name"])
        self.heading.setText(
            self.tr("Kept: <b>%1</b> · archived: <b>%2</b>")
            .replace("%1", _html(kept["name"]))
            .replace("%2", _html(other["name"]))
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Kept customer"), self.tr("Other customer"), self.tr("Both")]
        )
        self.table.setRowCount(len(preview.differing))
        for row, name in enumerate(preview.differing):
            caption = QTableWidgetItem(field_label(name))
            caption.setData(ID_ROLE, name)
            self.table.setItem(row, 0, caption)
            group = QButtonGroup(self)
            values = {"survivor": kept[name], "loser": other[name], "union": None}
            for choice in CHOICES:
                if choice == "union" and name not in UNIONS:
                    continue
                text = (
                    self.tr("Both")
                    if choice == "union"
                    else _value(name, values[choice]).replace("&", "&&")
                )
                button = QRadioButton(text)
                button.setObjectName(f"{name}:{choice}")
                group.addButton(button, CHOICES.index(choice))
                button.setChecked(choice == preview.default(name))
                self.table.setCellWidget(row, CHOICE_COLUMNS[choice], button)
            self.groups[name] = group
        self.table.resizeRowsToContents()
        self.same.setText(
            self.tr("Every other field is the same in both.")
            if preview.differing
            else self.tr("The two customers have the same values in every field.")
        )
        self.moves.setText(self._moves_text(preview.counts))

    def _moves_text(self, counts: dict[str, int]) -> str:
        names = {
            "contact": self.tr("Contacts"),
            "interaction": self.tr("Interactions"),
            "opportunity": self.tr("Opportunities"),
            "task": self.tr("Tasks"),
            "service_request": self.tr("Service requests"),
            "relation": self.tr("Relations"),
        }
        parts = [f"{names[e]}: {n}" for e, n in counts.items() if n]
        if not parts:
            return self.tr("The other customer has no records to move.")
        return self.tr("Moves to the kept customer: %1").replace("%1", " · ".join(parts))

    def choices(self) -> dict[str, Choice]:
        out: dict[str, Choice] = {}
        for name, group in self.groups.items():
            checked = group.checkedId()
            if checked >= 0:
                out[name] = CHOICES[checked]
        return out

    def choose(self, field: str, choice: Choice) -> None:
        """Tick one choice (tests, keyboard)."""
        button = self.groups[field].button(CHOICES.index(choice))
        if button is not None:
            button.setChecked(True)

    # --- merging -----------------------------------------------------------------------------

    def merge(self) -> None:
        if self.loser_id is None:
            return
        survivor, loser, choices = self.survivor_id, self.loser_id, self.choices()
        service = self.service
        self.merge_button.setEnabled(False)
        write(self, lambda: service.merge(survivor, loser, choices)).success(self._merged).failure(
            self._failed
        ).run()

    def _merged(self, merge_id: str) -> None:
        self.merged.emit(merge_id)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.merge_button.setEnabled(True)
        show_failure(self, exc)

    def _name(self, customer_id: str) -> str:
        try:
            return str(self.workspace.records.get("customer", customer_id)["name"])
        except KnownError:
            return ""


def _value(name: str, value: Any) -> str:
    if name in ENUM_FIELDS and isinstance(value, str):
        return label(value)
    return shown(value)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
