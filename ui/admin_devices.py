"""Team › People › Devices…: the computers a person signed in on, and "Mark lost" for one.

A laptop left in a taxi must stop being a door into the company's customers without closing
its owner's account: marking it lost revokes its sessions at once, and the next time it
reaches the server it wipes its copy (issue 17, item 17). Administrators only, like the
server's `/admin/devices/{id}/lost`.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.admin import DeviceInfo, LostDevice, Person, StaffAdmin
from app.errors import KnownError

from .admin_common import Jobs, confirm
from .admin_dialogs import _Dialog, _label
from .labels import when

ID_ROLE = Qt.ItemDataRole.UserRole


class DevicesDialog(_Dialog):
    """One person's devices, newest first, with when each was last seen and whether it is lost."""

    marked = Signal(object)  # LostDevice

    def __init__(
        self, jobs: Jobs, admin: StaffAdmin, person: Person, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, self.tr("Close"))
        self.jobs, self.admin, self.person = jobs, admin, person
        jobs.busy.connect(self._busy)
        self.devices: list[DeviceInfo] = []
        self.box: QMessageBox | None = None
        self.setMinimumWidth(860)
        self.setWindowTitle(self.tr("Devices of %1").replace("%1", person.display_name))
        self.buttons.button(self.buttons.StandardButton.Cancel).hide()
        intro = self.tr(
            "Computers %1 signed in on. Mark one lost if it was lost or stolen: it is signed out "
            "at once and deletes its copy of the customers when it next reaches the server. The "
            "account and the other computers keep working."
        )
        self.table = QTableWidget(0, 7)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Computer"),
                self.tr("First sign-in"),
                self.tr("Last seen"),
                self.tr("State"),
                self.tr("Version"),
                self.tr("Not sent"),
                self.tr("Data"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update)
        self.status = QLabel(self.tr("Loading…"))
        self.mark = QPushButton(self.tr("Mark lost…"))
        self.mark.clicked.connect(self.mark_lost)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.status, 1)
        line.addWidget(self.mark)
        self._finish([_label(intro.replace("%1", person.display_name)), self.table, row])
        self._update()
        self.reload()

    def reload(self) -> None:
        username = self.person.username
        self.jobs.run(lambda: self.admin.devices(username), self._fill, self._refused)

    def _fill(self, devices: list[DeviceInfo]) -> None:
        keep = self.current()
        self.devices = sorted(devices, key=lambda d: d.created_at, reverse=True)
        self.table.setRowCount(len(self.devices))
        for row, device in enumerate(self.devices):
            state = (
                self.tr("Lost since %1").replace("%1", when(device.lost_at))
                if device.lost_at
                else self.tr("In use")
            )
            cells = (
                device.name,
                when(device.created_at),
                when(device.last_seen_at) or "—",
                state,
                device.client_version or "—",
                "—" if device.pending is None else f"{device.pending:,}",
                "—" if device.replica_bytes is None else f"{device.replica_bytes / 1e6:,.1f} MB",
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, device.id)
                self.table.setItem(row, col, item)
        for col in range(1, self.table.columnCount()):
            self.table.resizeColumnToContents(col)
        ids = [d.id for d in self.devices]
        if keep is not None and keep.id in ids:
            self.table.selectRow(ids.index(keep.id))
        if not self.devices:
            self.status.setText(
                self.tr("%1 has not signed in on any computer.").replace(
                    "%1", self.person.display_name
                )
            )
        else:
            self.status.setText(self.tr("%n computer(s)", "", len(self.devices)))
        self._update()

    def current(self) -> DeviceInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.devices[rows[0].row()] if rows and self.devices else None

    def _update(self) -> None:
        device = self.current()
        idle = not self.jobs.pending
        self.mark.setEnabled(device is not None and device.lost_at is None and idle)

    def mark_lost(self) -> QMessageBox | None:
        device = self.current()
        if device is None or device.lost_at is not None:
            return None
        text = self.tr(
            "Mark “%1” as lost? It is signed out at once and cannot sign in again; when it next "
            "reaches the server it deletes its copy of the customers, including edits it had not "
            "sent. %2 keeps their account and signs in again on another computer."
        )
        device_id = device.id
        self.box = confirm(
            self,
            self.tr("Mark a computer lost"),
            text.replace("%1", device.name).replace("%2", self.person.display_name),
            self.tr("Mark lost"),
            lambda: self.jobs.run(lambda: self.admin.mark_lost(device_id), self._marked),
        )
        return self.box

    def _marked(self, lost: LostDevice) -> None:
        self.marked.emit(lost)
        self.reload()

    def _refused(self, exc: KnownError) -> None:
        super()._refused(exc)
        self.status.setText("")

    def _busy(self, busy: bool) -> None:
        self._update()

    def _ok(self) -> None:
        self.accept()
