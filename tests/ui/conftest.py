from pathlib import Path

import pytest

from app.account import Account
from app.records import Records
from app.replica import Replica
from ui import i18n


@pytest.fixture(autouse=True)
def outpost_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, logs and replicas of each UI test live in its own folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("OUTPOST_HOME", str(home))
    return home


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
