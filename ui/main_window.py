"""The main window: navigation, the current page, and a status bar with the replica's state."""

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.admin import StaffAdmin
from app.changes import ARRIVAL, CONFLICT, OUTBOX, REJECTION, Changes
from app.departure import is_departure
from app.errors import KnownError
from app.sync_activity import Round
from app.workspace import Workspace
from sync.client.engine import SyncReport
from sync.protocol.types import utcnow

from . import i18n, icons, settings, theme
from .admin_page import AdminPage, is_staff_admin
from .arrivals_bar import ArrivalsBar
from .background import run_in_background
from .calendar_page import CalendarPage
from .customer_view import CustomerView
from .customers import CustomersPage
from .editors import Editors
from .errors import report_bug
from .export_actions import ExportActions
from .help_dialogs import AboutDialog, ShortcutsDialog
from .import_wizard import open_import
from .interaction_dialog import InteractionDialog
from .messages import error_text
from .notices import Notices
from .pipeline_page import PipelinePage
from .pool_page import PoolPage
from .reports_page import ReportsPage
from .sales_page import SalesPage
from .search_dialog import SearchDialog
from .service_page import ServicePage
from .settings_dialog import SettingsDialog
from .sync_page import SyncPage
from .today_page import TodayPage
from .undo_bar import UndoBar

PUSH_AFTER_MS = 1500  # after a local edit; more edits meanwhile go in the same round
TRAIL_LENGTH = 50  # pages and customers Back can return to


class MainWindow(QMainWindow):
    """Built on one `Workspace`: pages take their services from it, editors open through
    `Editors`, and every write or sync round reaches the pages as one change notice."""

    def __init__(self, workspace: Workspace, keyring_warning: str | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.account = account = workspace.account
        self.records = workspace.records
        engine = workspace.engine
        self.signed_out = False
        self.departed = False  # the company closed the account: ui.main hands over and wipes
        self.notices = Notices.of(workspace.feed)
        self.editors = Editors(workspace, self)
        self.editors.customer_chosen.connect(self.open_customer)
        self.customers = CustomersPage(workspace, self.editors)
        self.customers.opened.connect(self.open_customer)
        self.pool = PoolPage(workspace)  # the branch's customer pool (issue 23)
        self.pool.claimed.connect(lambda _id: self.sync_now())  # the customer arrives whole
        self.customers.returned.connect(self.sync_now)  # returned to the pool: they leave
        self.customer_view = CustomerView(workspace, self.editors)
        self.customer_view.back.connect(self.show_customers)
        self.customer_view.edit.connect(self.editors.edit_customer)
        self.customer_view.log_interaction.connect(self.log_interaction)
        self.sync_page = SyncPage(workspace.activity, workspace.user_id)
        self.sync_page.sync_requested.connect(self.sync_now)
        self.today = TodayPage(workspace, self.editors)
        self.today.opened.connect(self.open_customer)
        self.pipeline = PipelinePage(workspace, self.editors)
        self.pipeline.opened.connect(self.open_customer)
        self.sales = SalesPage(workspace, self.editors)  # contracts, payments, products (issue 19)
        self.sales.opened.connect(self.open_customer)
        self.reports = ReportsPage(workspace, self.editors)  # reports and pivots (issue 19)
        self.reports.opened.connect(self.open_customer)
        self.calendar = CalendarPage(workspace, self.editors)
        self.calendar.opened.connect(self.open_customer)
        self.directory = workspace.directory
        self.customers.people = self.directory.name
        self.customer_view.people = self.directory.name
        self.service = ServicePage(workspace, self.editors)
        self.service.opened.connect(self.open_customer)
        # Team: managers and administrators, online (it needs the engine's server and sign-in)
        self.admin: AdminPage | None = None
        if engine is not None and is_staff_admin(account):
            self.admin = AdminPage(StaffAdmin.sharing(engine), account)
            self.admin.changed.connect(self.sync_now)  # moved customers reach the replica
            self.customers.admin = StaffAdmin.sharing(engine)  # bulk "Reassign…" (issue 25)
            self.customers.moved.connect(self.sync_now)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")  # the sidebar's look: resources/styles/outpost.qss
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(170)
        self.pages = QStackedWidget()
        # navigation entries, in order; the customer view opens from the list or from search
        self.nav_pages: list[QWidget] = [
            self.today,
            self.customers,
            self.pool,
            self.pipeline,
            self.sales,
            self.reports,
            self.calendar,
            self.service,
            *([self.admin] if self.admin is not None else []),
            self.sync_page,
        ]
        for page in (*self.nav_pages, self.customer_view):
            self.pages.addWidget(page)
        for page in self.nav_pages:
            self.nav.addItem(QListWidgetItem(icons.for_page(page), ""))
        self.nav.currentRowChanged.connect(self._navigate)
        self.nav.itemClicked.connect(lambda item: self._navigate_again(self.nav.row(item)))
        # Back and Forward (Alt+Left/Right) walk the pages and customers seen, as a browser
        self.trail: list[tuple[QWidget, str | None]] = []
        self.trail_at = -1
        self._walking = False
        self.nav.setCurrentRow(0)  # Today: what needs doing first
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("banner")
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.banner.setVisible(bool(keyring_warning))
        self._keyring_warning = keyring_warning
        self.arrivals = ArrivalsBar(workspace.arrivals)
        self.undo_bar = UndoBar()
        self.editors.archived.connect(self.undo_bar.offer)
        self.undo_bar.undo_requested.connect(self.editors.undo)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addWidget(self.arrivals)
        layout.addWidget(self.undo_bar)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self.user_label = QLabel()
        self.pending_label = QLabel()
        self.sync_label = QLabel()
        self.conflict_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # the server does not say how much is coming: busy bar
        self.progress.setMaximumWidth(120)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.statusBar().addWidget(self.user_label, 1)
        self.sync_icon = QLabel()  # the state at a glance; the words say it too
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.sync_icon)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().addPermanentWidget(self.pending_label)
        self.statusBar().addPermanentWidget(self.conflict_label)
        self.engine = engine
        self._syncing = False
        self._sync_error: str | None = None
        self.sync_timer = QTimer(self, singleShot=True)
        self.sync_timer.timeout.connect(self.sync_now)
        # a local edit is sent within seconds: a burst of edits waits for one round
        self.push_timer = QTimer(self, singleShot=True, interval=PUSH_AFTER_MS)
        self.push_timer.timeout.connect(self.sync_now)
        self._round_again = False  # an edit arrived while a round ran: another one after it
        self.progress_timer = QTimer(self, interval=250)
        self.progress_timer.timeout.connect(self._show_progress)
        self.exports = ExportActions(workspace, self)  # File > Export…, the pages' Export
        self.exports.attach(self.customers, self.customer_view)
        self.exports.page_of = self.pages.currentWidget
        self._build_menus()
        self._watch_changes()
        self.retranslate()
        self.update_status()
        geometry = settings.MAIN_GEOMETRY.get()
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1100, 700)

    def _watch_changes(self) -> None:
        """Each page refreshes for the entities it shows, when it is (next) seen."""
        watch = self.notices.watch  # the pages with services of their own watch themselves
        watch(self.sync_page, [OUTBOX, CONFLICT, REJECTION], lambda _c: self.sync_page.refresh())
        self.notices.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.touches([OUTBOX, CONFLICT]):
            self.update_status()
        if changes.touches([ARRIVAL]):
            self.arrivals.refresh()  # hidden until something arrives: never "when shown"
        if changes.local:
            self.push_soon()

    def push_soon(self) -> None:
        """Send local edits within seconds of the last one (debounced), not at the next tick."""
        if self.engine is None:
            return
        if self._syncing:
            self._round_again = True
        elif not self.push_timer.isActive():
            self.push_timer.start()

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.new_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.triggered.connect(self.customers.new_customer)
        self.sign_out_action = QAction(self)
        self.sign_out_action.triggered.connect(self._sign_out)
        self.quit_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        self.sync_action = QAction(self, shortcut=QKeySequence(Qt.Key.Key_F5))
        self.sync_action.triggered.connect(self.sync_now)
        self.sync_action.setEnabled(self.engine is not None)
        self.search_action = QAction(self, shortcut=QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(self.open_search)
        self.log_action = QAction(self, shortcut=QKeySequence("Ctrl+L"))
        self.log_action.triggered.connect(lambda: self.log_interaction(None))
        self.settings_action = QAction(self, shortcut=QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        self.import_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+I"))
        self.import_action.triggered.connect(lambda: open_import(self, self.workspace.importer))
        self.file_menu.addActions(
            [
                self.new_action,
                self.search_action,
                self.log_action,
                self.exports.action,
                self.import_action,
                self.sync_action,
                self.settings_action,
                self.sign_out_action,
                self.quit_action,
            ]
        )
        self.go_menu = self.menuBar().addMenu("")
        self.back_action = QAction(self, shortcut=QKeySequence("Alt+Left"))
        self.back_action.triggered.connect(self.go_back)
        self.forward_action = QAction(self, shortcut=QKeySequence("Alt+Right"))
        self.forward_action.triggered.connect(self.go_forward)
        self.go_menu.addActions([self.back_action, self.forward_action])
        self.go_menu.addSeparator()
        self.page_actions: list[QAction] = []
        for number, page in enumerate(self.nav_pages, start=1):
            action = QAction(self, shortcut=QKeySequence(f"Alt+{number}"))  # Ctrl+n: in pages
            action.triggered.connect(lambda _=False, p=page: self.show_page(p))
            self.page_actions.append(action)
        self.go_menu.addActions(self.page_actions)
        self.help_menu = self.menuBar().addMenu("")
        self.shortcuts_action = QAction(self, shortcut=QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addActions([self.shortcuts_action, self.about_action])
        for action, name in (
            (self.new_action, "add"),
            (self.search_action, "search"),
            (self.log_action, "contact"),
            (self.exports.action, "export"),
            (self.import_action, "import"),
            (self.sync_action, "sync"),
            (self.settings_action, "settings"),
            (self.shortcuts_action, "help"),
        ):
            action.setIcon(icons.icon(name))
        for action, page in zip(self.page_actions, self.nav_pages, strict=True):
            action.setIcon(icons.for_page(page, "text"))
        self._update_trail_actions()

    def show_shortcuts(self) -> ShortcutsDialog:
        menus = (self.file_menu, self.go_menu, self.help_menu)
        actions = [a for menu in menus for a in menu.actions() if not a.isSeparator()]
        actions += [a for a in self.findChildren(QAction) if a not in actions]  # the pages'
        dialog = ShortcutsDialog(actions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        last = self.engine.status().last_success if self.engine is not None else None
        dialog = AboutDialog(self.account.server_url, self.account.replica, last, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._settings_changed)
        dialog.open()
        return dialog

    def _settings_changed(self) -> None:
        if self.engine is not None and not self._syncing:
            self.sync_timer.start(self._next_round_ms())

    def _next_round_ms(self) -> int:
        assert self.engine is not None
        return int(self.engine.next_delay(settings.SYNC_INTERVAL.get()) * 1000)

    def set_language(self, code: str) -> None:
        settings.LANGUAGE.set(code)
        i18n.install(code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._refresh_current()  # its rows hold translated words
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Outpost CRM — %1").replace("%1", self.account.display_name))
        titles = {
            self.today: self.tr("Today"),
            self.customers: self.tr("Customers"),
            self.pool: self.tr("Pool"),
            self.pipeline: self.tr("Pipeline"),
            self.sales: self.tr("Sales"),
            self.reports: self.tr("Reports"),
            self.calendar: self.tr("Calendar"),
            self.service: self.tr("Service"),
            self.sync_page: self.tr("Sync"),
        }
        if self.admin is not None:
            titles[self.admin] = self.tr("Team")
        for row, page in enumerate(self.nav_pages):
            self.nav.item(row).setText(titles[page])
        self.search_action.setText(self.tr("&Search…"))
        self.log_action.setText(self.tr("&Log interaction…"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New customer"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.sync_action.setText(self.tr("&Sync now"))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_action.setText(self.tr("Se&ttings…"))
        self.exports.retranslate()
        self.import_action.setText(self.tr("&Import…"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.back_action.setText(self.tr("&Back"))
        self.forward_action.setText(self.tr("&Forward"))
        for action, page in zip(self.page_actions, self.nav_pages, strict=True):
            action.setText(titles[page])
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Outpost CRM"))
        if self._keyring_warning:
            self.banner.setText(
                self.tr(
                    "No system keyring is available, so Outpost cannot remember your sign-in and "
                    "will ask for your password at each start."
                )
            )
        self.customers.retranslate()
        self.customer_view.retranslate()
        self.sync_page.retranslate()
        self.today.retranslate()
        self.pipeline.retranslate()
        self.sales.retranslate()
        self.reports.retranslate()
        self.calendar.retranslate()
        self.service.retranslate()
        self.arrivals.retranslate()
        self.undo_bar.retranslate()
        if self.admin is not None:
            self.admin.retranslate()
        self.update_status()

    def _show_states(self, count: int, conflicts: int) -> None:
        """The status bar's words, coloured by state (ui/theme.py) and with an icon."""
        if self._syncing:
            state = "syncing"
        elif self._sync_error is not None:
            state = "offline"
        else:
            state = "ok"
        for label, value in (
            (self.sync_label, state),
            (self.pending_label, "pending" if count else None),
            (self.conflict_label, "conflict" if conflicts else None),
        ):
            theme.mark(label, "state", value)
        token = {"offline": "error", "syncing": "link", "ok": "success"}[state]
        name = "offline" if state == "offline" else "sync"
        self.sync_icon.setPixmap(icons.icon(name, token).pixmap(QSize(16, 16)))
        self.sync_icon.setVisible(self.engine is not None)

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
        conflicts = self.workspace.activity.open_conflicts()
        self.conflict_label.setText(self.tr("%n conflict(s)", "", conflicts))
        self.conflict_label.setVisible(conflicts > 0)
        self._show_states(count, conflicts)

    def _sync_text(self) -> str:
        if self.engine is None:
            return ""
        if self._syncing:
            received = self.engine.snapshot().received
            if received:
                return self.tr("Downloading… %Ln record(s)", "", received)
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
        self._round_again = False
        self.sync_timer.stop()
        self.push_timer.stop()
        self.progress_timer.start()
        self.update_status()
        engine = self.engine
        run_in_background(engine.sync_now, self._synced, self._sync_failed, owner=self)

    def _synced(self, report: SyncReport) -> None:
        self._sync_error = None
        self.sync_page.add_round(
            Round(
                utcnow(),
                True,
                report.pushed,
                report.received,
                report.conflicts,
                report.rejected,
            )
        )
        self._after_sync()
        self.workspace.synced(report)  # the change notice: pages refresh what it touched

    def _sync_failed(self, exc: Exception) -> None:
        if is_departure(exc):
            self.departed = True  # ui.main hands the unsynced edits over and removes the data
            self._after_sync()
            self.sync_timer.stop()
            self.close()
            return
        if not isinstance(exc, KnownError):
            report_bug(exc, self)
            self._sync_error = self.tr("Sync failed; see the log.")
        elif exc.code == "server_unreachable":
            self._sync_error = self.tr("Offline: changes are kept on this computer")
        else:
            self._sync_error = error_text(exc)
        self.sync_page.add_round(Round(utcnow(), False, error=self._sync_error))
        self._after_sync()

    def _show_progress(self) -> None:
        """While a round runs: a busy bar once rows arrive, and how many so far."""
        if self.engine is None:
            return
        self.progress.setVisible(self._syncing and self.engine.snapshot().received > 0)
        self.sync_label.setText(self._sync_text())

    def _after_sync(self) -> None:
        self._syncing = False
        self.progress_timer.stop()
        self.progress.hide()
        self.update_status()
        if self.sync_page.isVisible():
            self.sync_page.refresh()  # the round itself is listed there
        if self.engine is not None:
            self.sync_timer.start(self._next_round_ms())
        if self._round_again and self._sync_error is None:
            self._round_again = False
            self.push_timer.start()

    # --- pages ---------------------------------------------------------------------------

    def _navigate(self, row: int) -> None:
        if 0 <= row < len(self.nav_pages):
            self.pages.setCurrentWidget(self.nav_pages[row])
            self._refresh_current()
            self._seen()

    def _navigate_again(self, row: int) -> None:
        """A click on the entry already chosen: from a customer, Customers is the list again."""
        if 0 <= row < len(self.nav_pages) and self.pages.currentWidget() is not self.nav_pages[row]:
            self._navigate(row)

    def show_page(self, page: QWidget) -> None:
        row = self.nav_pages.index(page)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        else:
            self._navigate_again(row)

    def show_customers(self) -> None:
        self.show_page(self.customers)
        self.customers.table.setFocus()

    def open_customer(self, customer_id: str) -> None:
        self.customer_view.show_customer(customer_id)
        self.pages.setCurrentWidget(self.customer_view)
        self._select_nav(self.customers)  # a customer belongs to Customers in the sidebar
        self._seen()

    def _select_nav(self, page: QWidget) -> None:
        """Mark the sidebar's entry without navigating."""
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(self.nav_pages.index(page))
        self.nav.blockSignals(False)

    # --- back and forward ----------------------------------------------------------------

    def _seen(self) -> None:
        """Note the page (and customer) on screen in the trail, unless walking it."""
        if self._walking:
            return
        page = self.pages.currentWidget()
        if page is None:
            return
        entry = (page, self.customer_view.customer_id if page is self.customer_view else None)
        if self.trail_at >= 0 and self.trail[self.trail_at] == entry:
            return
        del self.trail[self.trail_at + 1 :]
        self.trail = [*self.trail, entry][-TRAIL_LENGTH:]
        self.trail_at = len(self.trail) - 1
        self._update_trail_actions()

    def go_back(self) -> None:
        self._walk(-1)

    def go_forward(self) -> None:
        self._walk(1)

    def _walk(self, step: int) -> None:
        at = self.trail_at + step
        if not 0 <= at < len(self.trail):
            return
        self.trail_at = at
        page, customer_id = self.trail[at]
        self._walking = True
        try:
            if customer_id is not None:
                self.open_customer(customer_id)
            else:
                self.show_page(page)
        finally:
            self._walking = False
        self._update_trail_actions()

    def _update_trail_actions(self) -> None:
        if hasattr(self, "back_action"):
            self.back_action.setEnabled(self.trail_at > 0)
            self.forward_action.setEnabled(0 <= self.trail_at < len(self.trail) - 1)

    def open_search(self) -> SearchDialog:
        return self.editors.search()

    def log_interaction(self, customer_id: str | None) -> InteractionDialog | SearchDialog | None:
        """For the customer on screen (or selected in the list); otherwise find one first."""
        if customer_id is None:
            if self.pages.currentWidget() is self.customer_view:
                customer_id = self.customer_view.customer_id
            elif self.pages.currentWidget() is self.customers:
                customer_id = self.customers.current_id()
        if customer_id is None:
            search = SearchDialog(self.workspace.search, self)
            search.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            search.chosen.connect(self.log_interaction)
            search.open()
            return search
        return self.editors.log_interaction(customer_id)

    def _refresh_current(self) -> None:
        """The page on screen reads again (on navigation and after a language change)."""
        page = self.pages.currentWidget()
        if page is self.customer_view:
            self.customer_view.reload()
        elif page is self.sync_page:
            self.sync_page.refresh()
        elif page is self.today:
            self.today.refresh()
        elif page is self.pipeline:
            self.pipeline.refresh()
        elif page is self.sales:
            self.sales.refresh()
        elif page is self.calendar:
            self.calendar.refresh()
        elif page is self.service:
            self.service.refresh()
        elif page is self.admin and self.admin is not None:
            self.admin.refresh()

    def _sign_out(self) -> None:
        self.signed_out = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.MAIN_GEOMETRY.set(bytes(self.saveGeometry().data()))
        self.sync_timer.stop()  # no new round from a closed window
        self.push_timer.stop()
        super().closeEvent(event)
