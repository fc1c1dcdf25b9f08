"""A replica whose key is gone (the keyring was reset), met by the real entry point offscreen
against a real server: no crash; the file is put aside, everything already sent is downloaded
again, and the user is told where the old file is and that its unsent changes could not be
read (the damaged-replica notice)."""

import pytest

from app.account import Accounts
from app.paths import data_dir
from app.records import Records
from app.replica import Replica
from app.syncing import engine_for
from tests.conftest import PASSWORD
from tests.support.entry import run_main

pytestmark = [
    pytest.mark.parametrize("database_url", ["sqlite"], indirect=True),
    pytest.mark.slow,  # sign-in, two downloads
]
SAFE = "Your data is safe"  # the crash dialog's words


def test_a_lost_key_is_said_the_replica_set_aside_and_downloaded_again(
    qtbot, server, make_account, monkeypatch, memory_keyring
):
    user = make_account()
    accounts = Accounts(data_dir())
    account = accounts.sign_in(server.url, user.username, PASSWORD)
    replica = Replica(account.replica, key=accounts.replica_key(account))
    engine = engine_for(account, replica, accounts)
    records = Records(replica, account.user_id)
    records.create("customer", {"name": "已同步客户"})
    engine.sync_now()
    records.create("customer", {"name": "未发送客户"})  # lost with the key
    engine.api.close()
    replica.close()
    for entry in [e for e in memory_keyring.items if e[1].startswith("replica-key:")]:
        del memory_keyring.items[entry]  # the tokens stay: the app opens straight in

    run = run_main(monkeypatch, look=lambda window: window.workspace.customers.total())

    assert run.code == 0 and run.seen == 1  # the synced customer, downloaded again
    assert not any(SAFE in text for text in run.messages)
    [told] = run.messages
    [copy] = account.replica.parent.glob("*.damaged-*.sqlite3")
    assert str(copy) in told
    assert "could not be read from the damaged file are lost" in told
