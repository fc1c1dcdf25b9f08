"""`outpost`: the desktop client's entry point."""

import argparse
import sys
from collections.abc import Sequence
from importlib.resources import files

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import preset
from app.account import Account, Accounts
from app.admin import StaffAdmin
from app.departure import leave
from app.errors import KnownError
from app.paths import data_dir
from app.replica import Replica
from app.syncing import AppSyncEngine, engine_for
from app.wipe import sign_out
from app.workspace import Workspace

from . import i18n, self_test, settings, theme
from .admin_window import AdminWindow
from .background import DB_LANE, NET_LANE
from .collector import Collector
from .errors import setup_logging
from .login import LoginDialog
from .main_window import MainWindow
from .messages import error_text
from .operations import QUERY_LANE
from .recovery_notice import show_recovery


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="outpost", description="Outpost CRM desktop client")
    parser.add_argument("--server", help="server address, e.g. http://127.0.0.1:8765")
    parser.add_argument("--username", help="sign in as this user")
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (for scripted demos)",
    )
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES), help="UI language")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="offscreen: sign in, open the window, sync once, print one line, exit "
        f"(password from --password-stdin or ${self_test.PASSWORD_ENV})",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    if args.self_test:
        return self_test.run(args, password)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    collector = Collector(app)  # cycles are freed on the GUI thread only
    try:
        return _run(app, args, password)
    except KnownError as exc:  # e.g. a first start on a full disk: no account file, no folder
        QMessageBox.critical(None, "Outpost", error_text(exc))
        return 1
    finally:
        collector.timer.stop()


def _run(app: QCoreApplication, args: argparse.Namespace, password: str | None) -> int:
    app.setApplicationName("Outpost")
    app.setOrganizationName("Outpost")
    app.setWindowIcon(QIcon(str(files("resources") / "icons" / "outpost.png")))
    setup_logging()
    theme.apply(settings.THEME.get())  # every window and page inherits it
    i18n.install(args.lang or settings.LANGUAGE.get())
    current = preset.current()
    for problem in current.errors:
        QMessageBox.warning(None, "Outpost", _preset_problem(problem))
    accounts = Accounts(data_dir(), preset=current)
    while True:
        account = _sign_in(accounts, args, password)
        if account is None:
            return 0
        password = None
        if account.role == "admin":  # online only: no replica, no sync
            if _administer(app, accounts, account):
                continue  # signed out: the sign-in dialog again
            return 0
        replica = open_replica(account, accounts.replica_key(account))
        if replica is None:
            return 1
        engine = engine_for(account, replica, accounts)
        window = MainWindow(Workspace.open(account, replica, engine), accounts.store.warning)
        window.show()
        window.start_sync()
        app.exec()
        engine.abort()
        NET_LANE.waitForDone(10_000)
        QUERY_LANE.waitForDone(10_000)  # a page's read must not outlive the replica
        DB_LANE.waitForDone(10_000)
        if window.departed:
            if not _leave(accounts, account, replica, engine):
                return 1
            continue
        if window.signed_out:  # the customer data goes too, unless changes wait to be sent
            sign_out(accounts, account, replica, engine.api)
        engine.api.close()
        replica.close()
        if not window.signed_out:
            return 0


def open_replica(account: Account, key: bytes | None = None) -> Replica | None:
    """The account's replica, encrypted with `key` and checked on open: a damaged one (or
    one the key does not open) was replaced and the user is told what was kept. None, after
    saying why, if it cannot be opened (a full disk)."""
    try:
        replica = Replica(account.replica, key=key)
    except KnownError as exc:
        QMessageBox.critical(None, "Outpost", error_text(exc))
        return None
    if replica.recovery is not None:
        show_recovery(None, replica.recovery)
    return replica


def admin_window(accounts: Accounts, account: Account) -> AdminWindow:
    """The Team page over the server, for an administrator: no replica is opened or made."""
    api = accounts.api(account.server_url, timeout=30)
    return AdminWindow(account, StaffAdmin(api, lambda: accounts.access_token(account, api)))


def _administer(app: QCoreApplication, accounts: Accounts, account: Account) -> bool:
    """An administrator's session. True if they signed out."""
    window = admin_window(accounts, account)
    api = window.admin.admin.api
    window.show()
    app.exec()
    NET_LANE.waitForDone(10_000)
    if window.signed_out:
        accounts.sign_out(account, api)
    api.close()
    return window.signed_out


def _sign_in(accounts: Accounts, args: argparse.Namespace, password: str | None) -> Account | None:
    if args.username and password:
        try:
            return accounts.sign_in(args.server or settings.server_url(), args.username, password)
        except KnownError as exc:
            QMessageBox.warning(None, "Outpost", error_text(exc))
    else:
        resumed = accounts.resume()
        # a server IT moved the company to, or one named on the command line, needs a sign-in
        wanted = args.server or (settings.server_url() if settings.server_locked() else None)
        if resumed is not None and wanted in (None, resumed.server_url):
            return resumed
    dialog = LoginDialog(accounts, args.server)
    if args.username:
        dialog.username.setText(args.username)
    return dialog.account if dialog.exec() else None


def _leave(accounts: Accounts, account: Account, replica: Replica, engine: AppSyncEngine) -> bool:
    """The company closed this account: hand over what was not sent, then forget everything.
    False when the hand-over failed (nothing is removed; the next start tries again)."""
    try:
        departure = leave(accounts, account, replica, engine.api)
    except KnownError as exc:
        text = QCoreApplication.translate(
            "Main",
            "Your company closed your Outpost account. The changes not yet sent could not be "
            "handed over (%1); they stay on this computer and Outpost tries again at the next "
            "start.",
        )
        QMessageBox.warning(None, "Outpost", text.replace("%1", error_text(exc)))
        return False
    finally:
        engine.api.close()
    if departure.lost:
        text = QCoreApplication.translate(
            "Main",
            "Your company marked this computer as lost, so Outpost removed the customer data "
            "and your sign-in from it. Your account is still open: you can sign in again.",
        )
        QMessageBox.information(None, "Outpost", text)
        return True
    text = QCoreApplication.translate(
        "Main",
        "Your company closed your Outpost account. %n change(s) not yet sent were handed to "
        "your manager for review, and Outpost removed the customer data and your sign-in "
        "from this computer.",
        "",
        departure.handed_over,
    )
    QMessageBox.information(None, "Outpost", text)
    return True


def _preset_problem(problem: KnownError) -> str:
    text = QCoreApplication.translate(
        "Main",
        "The settings your IT department prepared for Outpost cannot be used, so Outpost "
        "starts without them. Please tell your IT department:\n%1",
    )
    return text.replace("%1", problem.message)


if __name__ == "__main__":
    sys.exit(main())
