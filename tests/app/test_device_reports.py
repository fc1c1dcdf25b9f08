"""Devices as an administrator needs to see them (issue 26, item 3): each computer reports
its client version, edits not yet sent and replica size after a round, and the computers
that hold unsent edits but have not synced for days are listed."""

from datetime import timedelta

import pytest
from sqlalchemy import update

from app.about import client_version
from app.syncing import AppSyncEngine
from server.models import Device
from sync.protocol.enums import Role
from sync.protocol.types import utcnow
from tests.app.test_admin import Team

pytestmark = pytest.mark.parametrize("database_url", ["sqlite", "postgres"], indirect=True)


@pytest.fixture
def team(server, server_db, tmp_path):
    made = Team(server.url, server_db, tmp_path)
    yield made
    made.close()


def test_a_device_reports_itself_and_a_laptop_behind_is_listed(team: Team, server_db):
    admin = team.admin_for(team.person(Role.ADMIN))
    rep = team.person(name="出差的人")
    laptop = team.device(rep)
    engine = AppSyncEngine(laptop.replica, laptop.api, lambda: laptop.token)
    laptop.records.create("customer", {"name": "客户 甲"})
    engine.sync_now()
    [device] = [d for d in admin.devices(rep.username) if d.id == laptop.device_id]
    assert (device.client_version, device.pending) == (client_version(), 0)
    assert device.replica_bytes and device.replica_bytes > 10_000
    assert device.reported_at is not None

    laptop.records.create("customer", {"name": "客户 乙"})  # made offline, never sent
    laptop.api.base_url, online = "http://127.0.0.1:9", laptop.api.base_url
    engine.sync_now_quietly = None
    laptop.api.base_url = online
    engine._report_quietly()  # as after a round that could not push (here: told directly)
    [device] = [d for d in admin.devices(rep.username) if d.id == laptop.device_id]
    assert device.pending == 1

    assert all(d.id != laptop.device_id for d in admin.devices_behind(days=7))
    with server_db.transaction() as session:  # ten days later, still not synced
        session.execute(
            update(Device)
            .where(Device.id == laptop.device_id)
            .values(reported_at=utcnow() - timedelta(days=10))
        )
    [behind] = [d for d in admin.devices_behind(days=7) if d.id == laptop.device_id]
    assert (behind.username, behind.pending) == (rep.username, 1)
