import gc
from pathlib import Path

import pytest

from app.account import Account
from app.records import Records
from app.replica import Replica
from app.workspace import Workspace
from ui import i18n

from . import ops


@pytest.fixture(autouse=True)
def outpost_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, logs and replicas of each UI test live in its own folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("OUTPOST_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def replicas_close_after_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page's read still running on the query lane when a test closes its replica would
    read from a closed connection (a segfault in the driver): closing waits for the lanes,
    as the app does at exit (ui.main)."""
    close = Replica.close

    def drained_close(replica: Replica) -> None:
        ops.settle()
        close(replica)
        gc.collect()  # on the GUI thread, with nothing reading

    monkeypatch.setattr(Replica, "close", drained_close)


@pytest.fixture(scope="session", autouse=True)
def collector_on_the_gui_thread(qapp):
    """As in the app (ui.main): cycles of widgets are never freed on a worker thread."""
    import gc

    from ui.collector import Collector

    collector = Collector(qapp)
    yield collector
    collector.timer.stop()
    gc.enable()


@pytest.fixture(autouse=True)
def english(qapp):
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def account(tmp_path: Path) -> Account:
    return Account(
        server_url="http://127.0.0.1:9",
        username="alice",
        user_id="u-alice",
        display_name="Alice 王",
        role="rep",
        branch_name="Shanghai",
        device_id="d1",
        replica=tmp_path / "replica.sqlite3",
    )


@pytest.fixture
def records(account: Account):
    replica = Replica(account.replica)
    yield Records(replica, account.user_id)
    replica.close()


@pytest.fixture
def workspace(account: Account, records: Records) -> Workspace:
    """The services of the test's replica, sharing `records` (and so its change feed)."""
    return Workspace(account, records)


def workspace_for(records: Records) -> Workspace:
    """A workspace over `records` for a page tested without a window (no server)."""
    user = records.user_id or "u-test"
    account = Account("http://127.0.0.1:9", user, user, user, "rep", None, "d1", Path())
    return Workspace(account, records)


@pytest.fixture
def settle():
    """Wait for background writes and reads to finish and their results to be delivered."""
    return ops.settle
