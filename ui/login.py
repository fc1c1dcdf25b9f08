"""The sign-in dialog: server, username, password; signs in off the GUI thread."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import preset
from app.account import Account, Accounts
from app.addresses import unencrypted
from app.errors import KnownError

from . import settings
from .background import run_in_background
from .errors import report_bug
from .messages import error_text

PASSWORD_CHANGE_REQUIRED = "password_change_required"
MIN_PASSWORD = 8  # as the server asks


class LoginDialog(QDialog):
    """`server_url` given (the command line's `--server`) is editable; otherwise a server IT
    locked in its preset is shown as a fact, not asked for."""

    def __init__(
        self, accounts: Accounts, server_url: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.account: Account | None = None
        self.setWindowTitle(self.tr("Sign in to Outpost"))
        self.setMinimumWidth(420)
        self.locked = server_url is None and settings.server_locked()
        self.server = QLineEdit(server_url or settings.server_url())
        self.server_note = QLabel(
            self.tr("%1 (set by your IT department)").replace("%1", self.server.text())
        )
        self.server_note.setWordWrap(True)
        self.server_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.http_warning = QLabel(
            self.tr(
                "This address is not encrypted (http://): your password and your customers "
                "would cross the network readable by anyone on it. Ask IT for the https:// "
                "address."
            )
        )
        self.http_warning.setObjectName("http_warning")
        self.http_warning.setWordWrap(True)
        self.http_warning.setStyleSheet("color: palette(bright-text);")
        organisation = QLabel(preset.current().organisation or "")
        organisation.setObjectName("organisation")
        organisation.setStyleSheet("font-size: 13pt; font-weight: 700;")
        if not organisation.text():
            organisation.hide()
        self.username = QLineEdit(settings.LAST_USERNAME.get())
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        # shown once the server says the password was a one-time one (issue 26, item 1)
        self.new_password = QLineEdit()
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_password = QLineEdit()
        self.repeat_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        intro = QLabel(
            self.tr(
                "Your customers stay on this computer, so you can work offline "
                "after signing in once."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        server_row = QVBoxLayout()
        server_row.addWidget(self.server)
        server_row.addWidget(self.server_note)
        server_row.addWidget(self.http_warning)
        (self.server if self.locked else self.server_note).hide()
        self.server.textChanged.connect(self._warn_if_unencrypted)
        self._warn_if_unencrypted(self.server.text())
        form.addRow(self.tr("Server"), server_row)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("New password"), self.new_password)
        form.addRow(self.tr("Repeat new password"), self.repeat_password)
        self.form = form
        self._show_new_password(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(organisation)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        (self.password if self.username.text() else self.username).setFocus()

    def submit(self) -> None:
        server, user, password = (
            self.server.text().strip(),
            self.username.text().strip(),
            self.password.text(),
        )
        if not (server and user and password):
            if self.locked:
                self._fail(self.tr("Enter your username and your password."))
            else:
                self._fail(self.tr("Enter the server address, your username and your password."))
            return
        new_password: str | None = None
        if self.changing_password:
            new_password = self.new_password.text()
            if len(new_password.strip()) < MIN_PASSWORD:
                self._fail(
                    self.tr("Choose a password of at least %1 characters.").replace(
                        "%1", str(MIN_PASSWORD)
                    )
                )
                self.new_password.setFocus()
                return
            if new_password != self.repeat_password.text():
                self._fail(self.tr("The two new passwords differ: type them again."))
                self.repeat_password.clear()
                self.repeat_password.setFocus()
                return
        self._busy(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Signing in…"))
        run_in_background(
            lambda: self.accounts.sign_in(server, user, password, new_password),
            self._signed_in,
            self._failed,
        )

    def _show_new_password(self, show: bool) -> None:
        self.changing_password = show
        for field in (self.new_password, self.repeat_password):
            self.form.setRowVisible(field, show)

    def _warn_if_unencrypted(self, address: str) -> None:
        self.http_warning.setVisible(unencrypted(address))

    def _signed_in(self, account: Account) -> None:
        settings.SERVER_URL.set(account.server_url)
        settings.LAST_USERNAME.set(account.username)
        self.account = account
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        if isinstance(exc, KnownError) and exc.code == PASSWORD_CHANGE_REQUIRED:
            self._show_new_password(True)
            self.status.setStyleSheet("")
            self.status.setText(
                self.tr(
                    "This password was given to you for your first sign-in. Choose your own "
                    "password (at least %1 characters) and sign in again."
                ).replace("%1", str(MIN_PASSWORD))
            )
            self.new_password.setFocus()
            return
        if isinstance(exc, KnownError):
            self._fail(error_text(exc))
        else:
            self._fail(self.tr("Signing in failed unexpectedly."))
            report_bug(exc, self)
        self.password.selectAll()
        self.password.setFocus()

    def _fail(self, text: str) -> None:
        self.status.setStyleSheet("color: palette(bright-text);")
        self.status.setText(text)

    def _busy(self, busy: bool) -> None:
        fields = (self.server, self.username, self.password, self.new_password)
        for widget in (*fields, self.repeat_password, self.buttons):
            widget.setEnabled(not busy)
