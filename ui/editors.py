"""Every record editor opens from here: the list, the customer view, Today, the calendar and
Ctrl+K open the same dialog the same way (window-modal with `open()`, no nested event loop,
deleted on close). What a saved dialog changed reaches the screens as a change notice, so
openers need not refresh anything themselves. Archiving and restoring go through here too,
so every list offers the same Undo.
"""

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from app.archive import Archived
from app.errors import KnownError
from app.workspace import Workspace
from sync.protocol.enums import TaskKind

from .customer_dialog import CustomerDialog
from .interaction_dialog import InteractionDialog
from .operations import show_failure, write
from .search_dialog import SearchDialog
from .task_dialog import TaskDialog

D = TypeVar("D", bound=QDialog)


class Editors(QObject):
    customer_chosen = Signal(str)  # picked in the Ctrl+K search: the window opens it
    archived = Signal(object, str)  # Archived, what to say: the window offers Undo

    def __init__(self, workspace: Workspace, window: QWidget | None = None) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.window = window

    def new_customer(self, parent: QWidget | None = None) -> CustomerDialog:
        return self._open(CustomerDialog(self.workspace, None, parent or self.window))

    def edit_customer(self, customer_id: str, parent: QWidget | None = None) -> CustomerDialog:
        return self._open(CustomerDialog(self.workspace, customer_id, parent or self.window))

    def log_interaction(
        self, customer_id: str, parent: QWidget | None = None
    ) -> InteractionDialog | None:
        parent = parent or self.window
        try:
            name = self.workspace.records.get("customer", customer_id)["name"]
        except KnownError as exc:  # moved away or deleted since the list was read
            show_failure(parent, exc)
            return None
        return self._open(InteractionDialog(self.workspace, customer_id, name, parent))

    def edit_task(
        self,
        task_id: str | None,
        *,
        day: date | None = None,
        kind: str = TaskKind.VISIT.value,
        customer_id: str | None = None,
        parent: QWidget | None = None,
    ) -> TaskDialog:
        """An existing task, or a new one on `day` (of `kind`, for `customer_id`)."""
        dialog = TaskDialog(
            self.workspace,
            task_id,
            parent or self.window,
            day=day,
            kind=kind,
            customer_id=customer_id,
        )
        return self._open(dialog)

    def search(self, parent: QWidget | None = None) -> SearchDialog:
        dialog = SearchDialog(self.workspace.search, parent or self.window)
        dialog.chosen.connect(self.customer_chosen)
        return self._open(dialog)

    def archive(
        self, entity: str, ids: list[str], text: str, parent: QWidget | None = None
    ) -> None:
        """Archive on the DB lane, then offer Undo with `text`."""
        archive = self.workspace.archive
        write(parent or self.window, lambda: archive.archive(entity, ids)).success(
            lambda done: self.archived.emit(done, text) if done.rows else None
        ).run()

    def undo(self, archived: Archived) -> None:
        archive = self.workspace.archive
        write(self.window, lambda: archive.undo(archived)).run()

    def restore(self, entity: str, ids: list[str], parent: QWidget | None = None) -> None:
        archive = self.workspace.archive
        write(parent or self.window, lambda: archive.restore(entity, ids)).run()

    def _open(self, dialog: D) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
