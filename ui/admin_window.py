"""The administrator's window: the Team page and nothing that needs a replica.

Administrators keep no customers on their computer (DESIGN.md, scope: admin = no replica), so
their window offers no list, no New customer and no sync, and no replica file is created for
them: everything they do is a call to the server (`StaffAdmin`).
"""

from PySide6.QtCore import QByteArray, QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QVBoxLayout

from app.account import Account
from app.admin import StaffAdmin
from app.value import Value

from . import i18n, settings
from .admin_page import AdminPage
from .settings_dialog import SettingsDialog
from .tier_views import ParetoPage


class AdminWindow(QMainWindow):
    def __init__(self, account: Account, admin: StaffAdmin) -> None:
        super().__init__()
        self.account = account
        self.signed_out = False
        self.departed = False  # kept for ui.main: an administrator has nothing to hand over
        self.admin = AdminPage(admin, account)
        self.setCentralWidget(self.admin)
        self.user_label = QLabel()
        self.mode_label = QLabel()
        self.statusBar().addWidget(self.user_label, 1)
        self.statusBar().addPermanentWidget(self.mode_label)
        self.file_menu = self.menuBar().addMenu("")
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        self.sign_out_action = QAction(self)
        self.sign_out_action.triggered.connect(self._sign_out)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addActions([self.settings_action, self.sign_out_action, self.quit_action])
        self.value_action = QAction(self)  # the company's 80/20 and tier policy (issue 19)
        self.value_action.triggered.connect(self.open_value)
        self.value_menu = self.menuBar().addMenu("")
        self.value_menu.addAction(self.value_action)
        self.retranslate()
        geometry = settings.MAIN_GEOMETRY.get()
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1100, 700)

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        self.admin.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Outpost CRM — %1").replace("%1", self.account.display_name))
        self.file_menu.setTitle(self.tr("&File"))
        self.settings_action.setText(self.tr("Se&ttings…"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.value_menu.setTitle(self.tr("&Value"))
        self.value_action.setText(self.tr("Company 80/20 and tier policy…"))
        who = self.tr("Signed in as %1 (%2) on %3")
        self.user_label.setText(
            who.replace("%1", self.account.display_name)
            .replace("%2", self.account.username)
            .replace("%3", self.account.server_url)
        )
        self.mode_label.setText(
            self.tr("Administrator: works online, keeps no customers on this computer")
        )
        self.admin.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_value(self) -> QDialog:
        """The company's 80/20 (from the server) with the Tier policy… button."""
        admin = self.admin.admin
        dialog = QDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Company 80/20"))
        page = ParetoPage(Value(None, admin.api, admin.token, self.account.role))
        QVBoxLayout(dialog).addWidget(page)
        dialog.resize(900, 560)
        dialog.open()
        return dialog

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_language(self, code: str) -> None:
        settings.LANGUAGE.set(code)
        i18n.install(code)

    def _sign_out(self) -> None:
        self.signed_out = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.MAIN_GEOMETRY.set(bytes(self.saveGeometry().data()))
        super().closeEvent(event)
