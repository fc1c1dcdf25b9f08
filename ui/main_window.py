"""The main window: navigation, the current page, and a status bar with the replica's state."""

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.account import Account
from app.errors import KnownError
from app.records import Records
from app.syncing import SyncEngine

from . import i18n, settings
from .background import run_in_background
from .customers import CustomersPage
from .errors import report_bug
from .messages import error_text

STYLE = """
QLabel#pageTitle { font-size: 16pt; font-weight: 600; }
QLabel#banner { background: #fff4ce; border: 1px solid #e8d48a; padding: 8px; border-radius: 4px; }
QListWidget { font-size: 11pt; }
QListWidget::item { padding: 6px 8px; }
"""


class MainWindow(QMainWindow):
    def __init__(
        self,
        account: Account,
        records: Records,
        keyring_warning: str | None = None,
        engine: SyncEngine | None = None,
    ) -> None:
        super().__init__()
        self.account = account
        self.records = records
        self.signed_out = False
        self.customers = CustomersPage(records)
        self.customers.changed.connect(self.update_status)
        self.nav = QListWidget()
        self.nav.setFixedWidth(170)
        self.nav.addItem("")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.customers)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("banner")
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.banner.setVisible(bool(keyring_warning))
        self._keyring_warning = keyring_warning
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self.setStyleSheet(STYLE)
        self.user_label = QLabel()
        self.pending_label = QLabel()
        self.sync_label = QLabel()
        self.statusBar().addWidget(self.user_label, 1)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().addPermanentWidget(self.pending_label)
        self.engine = engine
        self._syncing = False
        self._sync_error: str | None = None
        self.sync_timer = QTimer(self, singleShot=True)
        self.sync_timer.timeout.connect(self.sync_now)
        self._build_menus()
        self.retranslate()
        self.update_status()
        geometry = settings.MAIN_GEOMETRY.get()
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1100, 700)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.new_action = QAction(self, shortcut=QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.customers.create)
        self.sign_out_action = QAction(self)
        self.sign_out_action.triggered.connect(self._sign_out)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.sync_action = QAction(self, shortcut=QKeySequence(Qt.Key.Key_F5))
        self.sync_action.triggered.connect(self.sync_now)
        self.sync_action.setEnabled(self.engine is not None)
        self.file_menu.addActions(
            [self.new_action, self.sync_action, self.sign_out_action, self.quit_action]
        )
        self.language_menu = self.menuBar().addMenu("")
        group = QActionGroup(self)
        current = i18n.resolve(settings.LANGUAGE.get())
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=code == current)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)

    def set_language(self, code: str) -> None:
        settings.LANGUAGE.set(code)
        i18n.install(code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Outpost CRM — %1").replace("%1", self.account.display_name))
        self.nav.item(0).setText(self.tr("Customers"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New customer"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.sync_action.setText(self.tr("&Sync now"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        if self._keyring_warning:
            self.banner.setText(
                self.tr(
                    "No system keyring is available, so Outpost cannot remember your sign-in and "
                    "will ask for your password at each start."
                )
            )
        self.customers.retranslate()
        self.update_status()

    def update_status(self) -> None:
        who = self.tr("Signed in as %1 (%2) on %3")
        self.user_label.setText(
            who.replace("%1", self.account.display_name)
            .replace("%2", self.account.username)
            .replace("%3", self.account.server_url)
        )
        count = self.records.pending_count()
        self.pending_label.setText(self.tr("%n change(s) waiting to sync", "", count))
        self.sync_label.setText(self._sync_text())

    def _sync_text(self) -> str:
        if self.engine is None:
            return ""
        if self._syncing:
            return self.tr("Syncing…")
        if self._sync_error is not None:
            return self._sync_error
        last = self.engine.status().last_success
        if last is None:
            return self.tr("Not synced yet")
        return self.tr("Synced at %1").replace("%1", last.astimezone().strftime("%H:%M"))

    def start_sync(self) -> None:
        """First round at once, then on a timer that backs off while the server is away."""
        if self.engine is not None:
            self.sync_timer.start(0)

    def sync_now(self) -> None:
        """Run one sync round off the GUI thread; the window stays responsive."""
        if self.engine is None or self._syncing:
            return
        self._syncing = True
        self.sync_timer.stop()
        self.update_status()
        engine = self.engine
        run_in_background(engine.sync_now, self._synced, self._sync_failed)

    def _synced(self, _report: object) -> None:
        self._sync_error = None
        self._after_sync()

    def _sync_failed(self, exc: Exception) -> None:
        if not isinstance(exc, KnownError):
            report_bug(exc, self)
            self._sync_error = self.tr("Sync failed; see the log.")
        elif exc.code == "server_unreachable":
            self._sync_error = self.tr("Offline: changes are kept on this computer")
        else:
            self._sync_error = error_text(exc)
        self._after_sync()

    def _after_sync(self) -> None:
        self._syncing = False
        self.customers.refresh()
        self.update_status()
        if self.engine is not None:
            self.sync_timer.start(int(self.engine.next_delay() * 1000))

    def _sign_out(self) -> None:
        self.signed_out = True
        self.close()

    def closeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        settings.MAIN_GEOMETRY.set(bytes(self.saveGeometry().data()))
        super().closeEvent(event)
