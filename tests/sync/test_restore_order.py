"""After a restore, devices re-send what the server lost in the order they reconnect; the
server ends where it was before the restore whatever that order (issue 17, item 12)."""

import pytest
from sqlalchemy import select

from server.db import Database
from server.models import ConflictEntry
from server.users.service import create_user
from sync.client.errors import ClientError
from sync.client.http import ServerApi
from sync.protocol.entities import Customer
from sync.protocol.enums import Role
from sync.protocol.wire import PushRequest
from tests.support.clients import Client, connect
from tests.support.restore import Backup
from tests.support.servers import ServerProcess

PASSWORD = "restore order 7"


def _server_state(url: str) -> tuple[dict[str, tuple[object, ...]], list[tuple[object, ...]]]:
    database = Database(url)
    try:
        with database.sessions() as session:
            customers = {
                c.id: (c.name, c.city, c.notes, c.deleted_at)
                for c in session.scalars(select(Customer))
            }
            conflicts = [
                (c.row_id, c.field, c.lost_value, c.kept_value)
                for c in session.scalars(select(ConflictEntry))
            ]
    finally:
        database.dispose()
    return customers, conflicts


def _seen(laptop: Client, row_id: str) -> tuple[object, ...]:
    row = laptop.records.get("customer", row_id)
    return row["name"], row["city"], row["notes"]


@pytest.mark.slow
@pytest.mark.parametrize("first", ["manager", "rep"])
def test_laptops_reconnecting_in_either_order_end_where_the_server_was(
    empty_database_url, tmp_path, first
):
    url = empty_database_url
    server = ServerProcess(url, tmp_path / "server.log").start()
    database = Database(url)
    with database.transaction() as session:
        for name, role in (("rep", Role.REP), ("boss", Role.MANAGER)):
            create_user(session, username=name, password=PASSWORD, role=role, branch="上海")
    database.dispose()
    backup = Backup(url, tmp_path)
    try:
        rep = connect(server.url, "rep", PASSWORD, tmp_path / "rep.sqlite3")
        manager = connect(server.url, "boss", PASSWORD, tmp_path / "manager.sqlite3")
        chen = rep.records.create("customer", {"name": "陈静", "city": "杭州"})
        rep.sync()
        manager.sync()
        backup.take()
        # After the backup: the rep moves the customer to Suzhou; the manager, who has seen
        # that, corrects the city to Ningbo. Both edits are acknowledged, then lost.
        rep.records.update("customer", chen["id"], {"city": "苏州", "notes": "搬家了"})
        rep.sync()
        manager.sync()
        manager.records.update("customer", chen["id"], {"city": "宁波"})
        manager.sync()
        rep.sync()
        before = _server_state(url)
    finally:
        server.stop()
    assert before[0][chen["id"]][1:3] == ("宁波", "搬家了")
    assert before[1] == []

    backup.restore()
    server = ServerProcess(url, tmp_path / "server2.log").start()
    try:
        order = [manager, rep] if first == "manager" else [rep, manager]
        for laptop in order:
            laptop.api.base_url = server.url
            laptop.sync()
        for laptop in order:
            laptop.sync()
        after = _server_state(url)
        assert after == before  # the same values, and no conflict that never happened
        for laptop in order:
            assert _seen(laptop, chen["id"]) == ("陈静", "宁波", "搬家了")
            assert laptop.records.pending_count() == 0
    finally:
        rep.close()
        manager.close()
        server.stop()


@pytest.mark.slow
def test_a_laptop_first_signed_in_after_the_backup_signs_in_once_and_loses_nothing(
    empty_database_url, tmp_path
):
    """The restored database does not know that laptop or its tokens: its user types the
    password once (DEPLOYMENT.md says so); the changes it had sent then come back."""
    url = empty_database_url
    server = ServerProcess(url, tmp_path / "server.log").start()
    database = Database(url)
    with database.transaction() as session:
        create_user(session, username="rep", password=PASSWORD, role=Role.REP, branch="上海")
    database.dispose()
    backup = Backup(url, tmp_path)
    backup.take()
    try:
        laptop = connect(server.url, "rep", PASSWORD, tmp_path / "laptop.sqlite3")
        wang = laptop.records.create("customer", {"name": "王芳", "city": "上海"})
        laptop.sync()
        laptop.records.update("customer", wang["id"], {"notes": "回访"})
        laptop.sync()
        laptop.close()
    finally:
        server.stop()

    backup.restore()
    server = ServerProcess(url, tmp_path / "server2.log").start()
    try:
        api = ServerApi(server.url, timeout=30)
        with pytest.raises(ClientError) as refused:
            api.push(laptop.token, PushRequest(mutations=[]))
        api.close()
        assert refused.value.code == "invalid_token"
        again = connect(server.url, "rep", PASSWORD, tmp_path / "laptop.sqlite3")
        again.sync()
        assert _server_state(url)[0] == {wang["id"]: ("王芳", "上海", "回访", None)}
        assert again.records.pending_count() == 0
        again.close()
    finally:
        server.stop()
