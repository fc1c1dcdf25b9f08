"""A damaged replica met by the real entry point (`ui.main.main`), offscreen, against a real
server: the user is told what happened and where the damaged copy is, the changes not yet
sent that could be read reach the server, and everything else is downloaded again."""

from pathlib import Path

import pytest
from sqlalchemy import select

from app.account import Account, Accounts
from app.paths import data_dir
from app.records import Records
from app.replica import Replica
from app.syncing import engine_for
from sync.protocol.entities import Customer
from tests.app.test_replica_recovery import customer_pages, flip
from tests.conftest import PASSWORD
from tests.support.clients import connect
from tests.support.entry import run_main

pytestmark = [
    pytest.mark.parametrize("database_url", ["sqlite"], indirect=True),
    pytest.mark.slow,  # a few seconds each: sign-in, two downloads
]
SAFE = "Your data is safe"  # the crash dialog's words


def _laptop(server, make_account, tmp_path, *, offline_edits: int) -> tuple[Account, list[str]]:
    """A signed-in laptop that downloaded 3 customers made elsewhere, then made
    `offline_edits` new customers and renamed the first downloaded one, none of it sent."""
    user = make_account()
    elsewhere = connect(server.url, user.username, PASSWORD, tmp_path / "elsewhere.sqlite3")
    for n in range(3):
        elsewhere.records.create("customer", {"name": f"服务器客户{n}"})
    elsewhere.sync()
    elsewhere.close()
    accounts = Accounts(data_dir())
    account = accounts.sign_in(server.url, user.username, PASSWORD)
    replica = Replica(account.replica)
    engine = engine_for(account, replica, accounts)
    engine.sync_now()
    records = Records(replica, account.user_id)
    names = [f"离线客户{n}" for n in range(offline_edits)]
    for name in names:
        records.create("customer", {"name": name})
    if offline_edits:
        first = records.find("customer")[0]
        records.update("customer", first["id"], {"city": "苏州"})
    engine.api.close()
    replica.close()
    return account, names


def _on_server(server_db, user_id: str) -> dict[str, str | None]:
    with server_db.transaction() as session:
        rows = session.scalars(select(Customer).where(Customer.owner_id == user_id))
        return {row.name: row.city for row in rows}


def _customers(window) -> int:
    return window.workspace.customers.total()


def test_an_emptied_replica_is_said_kept_and_downloaded_again(
    qtbot, server, make_account, tmp_path, monkeypatch
):
    account, _ = _laptop(server, make_account, tmp_path, offline_edits=0)
    account.replica.write_bytes(b"")  # what a crash of the disk's cache can leave

    run = run_main(monkeypatch, look=_customers)

    assert run.code == 0 and run.seen == 3  # downloaded again
    [told] = run.messages
    copy = next(account.replica.parent.glob("*.damaged-*.sqlite3"))
    assert copy.stat().st_size == 0  # kept as it was
    assert "damaged" in told and str(copy) in told
    assert "0 change" in told and "not yet sent" in told
    assert "could not be read from the damaged file are lost" in told


def test_a_damaged_header_is_set_aside_and_its_unsent_changes_reach_the_server(
    qtbot, server, server_db, make_account, tmp_path, monkeypatch
):
    account, names = _laptop(server, make_account, tmp_path, offline_edits=2)
    with account.replica.open("r+b") as file:
        file.write(b"\xff" * 100)

    run = run_main(monkeypatch, look=_customers)

    assert run.code == 0 and run.seen == 5
    [told] = run.messages
    [copy] = account.replica.parent.glob("*.damaged-*.sqlite3")
    assert str(copy) in told and "3 change" in told
    on_server = _on_server(server_db, account.user_id)
    assert set(names) <= set(on_server)
    assert "苏州" in on_server.values()  # the rename of a downloaded customer too
    assert len(on_server) == 5  # nothing sent twice


def test_flipped_bytes_in_data_pages_are_found_on_open_not_met_as_crashes(
    qtbot, server, server_db, make_account, tmp_path, monkeypatch
):
    account, names = _laptop(server, make_account, tmp_path, offline_edits=1)
    flip(account.replica, customer_pages(account.replica))

    run = run_main(monkeypatch, look=_customers)

    assert run.code == 0 and run.seen == 4
    assert not any(SAFE in text for text in run.messages)
    [told] = run.messages
    assert "2 change" in told and "No change was lost" in told
    assert set(names) <= set(_on_server(server_db, account.user_id))


def test_salvaged_changes_the_server_had_applied_are_not_sent_again(
    server, server_db, make_account, tmp_path
):
    """The acknowledgement of a push was lost with the file: the salvaged entry is dropped by
    its number, not sent again under a new one (which the server would refuse as a second
    create of the same customer)."""
    account, _ = _laptop(server, make_account, tmp_path, offline_edits=1)
    before = Path(f"{account.replica}.before")
    before.write_bytes(account.replica.read_bytes())
    accounts = Accounts(data_dir())
    replica = Replica(account.replica)
    engine_for(account, replica, accounts).sync_now()  # applied on the server
    replica.close()
    before.replace(account.replica)  # the file as it was before the answer was stored
    with account.replica.open("r+b") as file:
        file.write(b"\0" * 100)

    replica = Replica(account.replica)
    assert replica.recovery is not None and replica.recovery.saved == 2
    engine = engine_for(account, replica, accounts)
    report = engine.sync_now()
    assert (report.pushed, report.rejected, engine.status().pending) == (0, 0, 0)
    assert len(_on_server(server_db, account.user_id)) == 4
    engine.api.close()
    replica.close()
