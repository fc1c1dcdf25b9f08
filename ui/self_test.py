"""`outpost --self-test`: what IT runs after installing, on a machine with or without a screen.

Offscreen, it signs in to the configured server (`--username` with the password from
`--password-stdin` or `$OUTPOST_SELF_TEST_PASSWORD`; without `--username` the remembered
sign-in), opens the main window, runs one sync round and prints one line:

    self-test ok: server=https://crm.example.com user=alice customers=212, window shown in
    0.9 s, synced in 0.4 s (sign-in 0.1 s)

or `self-test failed: <reason>`, exiting non-zero. A fresh sign-in uses a temporary data
directory (unless `OUTPOST_HOME` is set) and keeps its tokens in memory, then signs out, so
the test leaves no replica, settings or keyring entry behind.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from app import preset
from app.account import Account, Accounts
from app.credentials import CredentialStore
from app.customer_list import CustomerList
from app.errors import KnownError
from app.paths import data_dir

PASSWORD_ENV = "OUTPOST_SELF_TEST_PASSWORD"
_IMPORTED = time.perf_counter()


class SelfTestFailed(KnownError):
    code = "self_test_failed"


def run(args: argparse.Namespace, password: str | None) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before the QApplication exists
    password = password or os.environ.get(PASSWORD_ENV)
    temporary = None
    if args.username and not os.environ.get("OUTPOST_HOME"):
        temporary = tempfile.TemporaryDirectory(
            prefix="outpost-self-test-", ignore_cleanup_errors=True
        )
        os.environ["OUTPOST_HOME"] = temporary.name
    try:
        _say(f"self-test ok: {_run(args, password)}")
        return 0
    except KnownError as exc:
        _say(f"self-test failed: {exc.message}")
        return 1
    except Exception as exc:
        _say(f"self-test failed: {type(exc).__name__}: {exc}")
        return 2
    finally:
        if temporary is not None:
            os.environ.pop("OUTPOST_HOME", None)
            temporary.cleanup()


def _run(args: argparse.Namespace, password: str | None) -> str:
    from PySide6.QtWidgets import QApplication

    from app.replica import Replica
    from app.syncing import engine_for
    from app.workspace import Workspace

    from . import i18n, settings
    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Outpost")
    app.setOrganizationName("Outpost")
    current = preset.current()
    if current.errors:
        raise current.errors[0]
    missing = [code for code in i18n.LANGUAGES if not i18n.translations(code).is_file()]
    if missing:
        raise SelfTestFailed(f"the translations for {', '.join(missing)} are missing")
    language = i18n.install(args.lang or settings.LANGUAGE.get())
    if language != "en":
        _check_translated(language)
    fresh = bool(args.username)
    accounts = Accounts(data_dir(), CredentialStore(persist=not fresh), current)
    started = time.perf_counter()
    account = _account(accounts, args, password, args.server or settings.server_url())
    signed_in = time.perf_counter() - started
    replica = Replica(account.replica, key=accounts.replica_key(account))
    engine = engine_for(account, replica, accounts)
    try:
        window = MainWindow(Workspace.open(account, replica, engine))
        window.show()
        window.repaint()
        app.processEvents()
        if not window.isVisible():
            raise SelfTestFailed("the main window did not open")
        shown = _process_age() - signed_in
        started = time.perf_counter()
        engine.sync_now()
        synced = time.perf_counter() - started
        window.update_status()
        customers = CustomerList(replica).total()
        window.close()
        if fresh:
            accounts.sign_out(account, engine.api)
    finally:
        engine.api.close()
        replica.close()
    return (
        f"server={account.server_url} user={account.username} lang={language} "
        f"customers={customers}, "
        f"window shown in {shown:.2f} s, synced in {synced:.2f} s (sign-in {signed_in:.2f} s)"
    )


# A string of ours and one of Qt's own (button texts): a bundle missing either shows English.
# (Not literal arguments of translate(), so lupdate does not take them for new strings.)
_PROBES = {"Outpost's": ("MainWindow", "Customers"), "Qt's": ("QPlatformTheme", "Cancel")}


def _check_translated(language: str) -> None:
    from PySide6.QtCore import QCoreApplication

    for whose, (context, text) in _PROBES.items():
        if QCoreApplication.translate(context, text) == text:
            raise SelfTestFailed(f"{whose} {language} translations did not load")


def _account(
    accounts: Accounts, args: argparse.Namespace, password: str | None, server: str
) -> Account:
    if args.username:
        if not password:
            raise SelfTestFailed(f"no password: pipe it to --password-stdin or set {PASSWORD_ENV}")
        return accounts.sign_in(server, args.username, password)
    account = accounts.resume()
    if account is None:
        raise SelfTestFailed("nobody is signed in on this computer: give --username and a password")
    return account


def _say(line: str) -> None:
    """Print the result; a windowed program on Windows has no stdout, so there it goes to
    `%TEMP%\\outpost-self-test.txt` (the exit status tells success either way)."""
    if sys.stdout is not None:
        print(line, flush=True)
    else:
        (Path(tempfile.gettempdir()) / "outpost-self-test.txt").write_text(line + "\n", "utf-8")


def _process_age() -> float:
    """Seconds since this process started (the bootloader included); since import elsewhere."""
    try:
        stat = Path("/proc/self/stat").read_text()
        ticks = int(stat.rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return max(0.0, uptime - ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED
