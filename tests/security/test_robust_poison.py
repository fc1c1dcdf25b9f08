"""Item 6 of issue 17 with the real engine: one edit the server cannot take must not hold back
the edits after it. On the old main the server answered 500 for it, the engine sent the same
batch again every round, and 0 of 3 later good edits arrived.

- The edit is unstorable (a start time that does not exist in UTC, as an older version could
  leave in the outbox): the server now rejects it alone, and the Sync screen's list of refused
  edits shows it with the server's reason.
- The server fails on the edit with a 500 anyway (a server bug, an old server): after the batch
  fails the engine sends one entry at a time, and after three 500s for that entry alone, with
  the server otherwise working, it sets the entry aside with the server's message.
"""

from typing import Any

import pytest
from sqlalchemy import select

from app.sync_activity import SyncActivity
from sync.client.errors import ClientError, ServerRefused
from sync.client.http import ServerApi
from sync.client.poison import SERVER_ERROR, STRIKES
from sync.client.tables import OutboxEntry
from sync.protocol.entities import Interaction, Task
from tests.support.clients import Client, connect


@pytest.fixture
def rep(server, make_account, tmp_path):
    account = make_account()
    opened: list[Client] = []

    def open_client(api: ServerApi | None = None) -> Client:
        path = tmp_path / f"rep-{len(opened)}.sqlite3"
        client = connect(server.url, account.username, account.password, path, api=api)
        opened.append(client)
        return client

    yield open_client
    for client in opened:
        client.close()


def bad_then_three_good(client: Client) -> tuple[str, str, list[str]]:
    """A task whose outbox holds an unstorable start, then three good interactions."""
    customer = client.records.create("customer", {"name": "毒丸测试"})["id"]
    task = client.records.create("task", {"title": "Visit", "customer_id": customer})["id"]
    client.sync()
    with client.replica.transaction() as session:  # what an older version left behind
        session.add(
            OutboxEntry(
                entity="task",
                row_id=task,
                op="update",
                changes={"starts_at": "0001-01-01T00:00:00+01:00"},
                base={"starts_at": None},
            )
        )
    good = [
        client.records.create("interaction", {"customer_id": customer, "subject": f"好 {i}"})["id"]
        for i in range(3)
    ]
    return customer, task, good


def on_server(server_db, model: Any, ids: list[str]) -> set[str]:
    with server_db.sessions() as session:
        return set(session.scalars(select(model.id).where(model.id.in_(ids))))


def test_an_unstorable_edit_is_refused_alone_and_shown(rep, server_db):
    client = rep()
    _customer, task, good = bad_then_three_good(client)

    report = client.sync()

    assert report.rejected == 1
    assert on_server(server_db, Interaction, good) == set(good)
    [refused] = SyncActivity(client.replica).rejected()
    assert (refused.entity, refused.row_id, refused.fields) == ("task", task, ["starts_at"])
    assert refused.detail["reason"] == "invalid"
    assert "starts_at" in refused.detail["message"]
    assert client.records.pending_count() == 0


class FailsOn(ServerApi):
    """The real server, except that any push carrying `row_id` answers 500 (a server bug)."""

    def __init__(self, url: str, row_id: str) -> None:
        super().__init__(url, timeout=30)
        self.row_id = row_id
        self.failed = 0

    def push(self, access_token, body):
        if any(m.row_id == self.row_id for m in body.mutations):
            self.failed += 1
            raise ServerRefused(500, "internal_error", "Unexpected server error; it was logged.")
        return super().push(access_token, body)


def test_an_entry_the_server_keeps_failing_on_is_set_aside(rep, server, server_db):
    probe = rep()
    task = probe.records.create("task", {"title": "Call"})["id"]
    probe.sync()
    api = FailsOn(server.url, task)
    client = rep(api)
    client.sync()  # the task arrives
    client.records.update("task", task, {"title": "Call back"})
    customer = client.records.create("customer", {"name": "后来的"})["id"]
    good = [
        client.records.create("interaction", {"customer_id": customer, "subject": f"好 {i}"})["id"]
        for i in range(3)
    ]

    failures = 0
    for _ in range(STRIKES + 2):
        try:
            client.sync()
            break
        except ClientError as exc:
            assert isinstance(exc, ServerRefused) and exc.status == 500
            failures += 1
    assert failures == STRIKES - 1  # the third 500 for the entry alone sets it aside

    assert on_server(server_db, Interaction, good) == set(good)
    [refused] = SyncActivity(client.replica).rejected()
    assert (refused.row_id, refused.detail["reason"]) == (task, SERVER_ERROR)
    assert "Unexpected server error" in refused.detail["message"]
    assert client.records.get("task", task)["title"] == "Call"  # the server's value again
    assert client.records.pending_count() == 0
    assert on_server(server_db, Task, [task]) == {task}


class Down(ServerApi):
    """Signs in, but every push answers 500: the database behind it is gone."""

    def push(self, access_token, body):
        raise ServerRefused(500, "internal_error", "The database is down.")


def test_a_server_failing_everything_sets_nothing_aside(rep, server):
    client = rep(Down(server.url, timeout=30))
    client.records.create("customer", {"name": "停机"})
    for _ in range(STRIKES + 2):
        with pytest.raises(ServerRefused):
            client.sync()
    assert SyncActivity(client.replica).rejected() == []
    assert client.records.pending_count() == 1
