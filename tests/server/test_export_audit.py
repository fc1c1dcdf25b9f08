"""Exports in the audit log, over real HTTP: recorded once per export id, refused when
malformed, and an export made offline reaching the log with the next sync round."""

import uuid

import pytest
from sqlalchemy import select

from app.exporting import ExportLog, new_record
from app.syncing import AppSyncEngine
from server.models import AuditEntry
from sync.client.http import ServerApi
from sync.protocol.enums import Role
from sync.protocol.staff import EXPORT_ACTION
from tests.support.clients import connect


def _token(http, server, account) -> str:
    body = {"username": account.username, "password": account.password, "device_name": "t"}
    response = http.post(f"{server.url}/api/v1/auth/login", json=body, timeout=10)
    assert response.status_code == 200, response.text
    return response.json()["access_token"]


def _post(http, server, token, body):
    headers = {"Authorization": f"Bearer {token}"}
    return http.post(f"{server.url}/api/v1/audit/exports", json=body, headers=headers, timeout=10)


def _entries(server_db, user_id: str) -> list[AuditEntry]:
    with server_db.sessions() as session:
        query = (
            select(AuditEntry)
            .where(AuditEntry.user_id == user_id, AuditEntry.action == EXPORT_ACTION)
            .order_by(AuditEntry.id)
        )
        return list(session.scalars(query))


def _export(**changes):
    body = {
        "id": str(uuid.uuid4()),
        "kind": "customers",
        "format": "xlsx",
        "rows": 1234,
        "filter": "等级: 重要; 城市: 上海",
        "at": "2026-11-29T14:00:00+08:00",
    }
    return {**body, **changes}


def test_a_reps_export_is_recorded_once_with_who_what_and_how_many(
    http, server, server_db, make_account
):
    rep = make_account(Role.REP)
    token = _token(http, server, rep)
    export = _export()
    first = _post(http, server, token, {"exports": [export]})
    assert first.status_code == 200, first.text
    assert first.json() == {"recorded": 1, "known": 0}
    again = _post(
        http, server, token, {"exports": [export, _export(kind="contacts", format="vcf")]}
    )
    assert again.json() == {"recorded": 1, "known": 1}
    entries = _entries(server_db, rep.id)
    assert [(e.entity, e.detail["format"], e.detail["rows"]) for e in entries] == [
        ("customers", "xlsx", 1234),
        ("contacts", "vcf", 1234),
    ]
    assert entries[0].row_id == export["id"]
    assert entries[0].detail["filter"] == "等级: 重要; 城市: 上海"
    assert entries[0].detail["exported_at"] == "2026-11-29T06:00:00+00:00"
    assert entries[0].ip


@pytest.mark.parametrize(
    "body",
    [
        {"exports": []},
        {"exports": [_export(kind="everything")]},
        {"exports": [_export(format="exe")]},
        {"exports": [_export(rows=-1)]},
        {"exports": [_export(id="not-an-id")]},
        {"exports": [_export(filter="x" * 501)]},
        {"exports": [_export(at="0001-01-01T00:00:00+14:00")]},
        {"exports": [_export(extra=1)]},
        {"exports": [_export(filter="a\x00b")]},
    ],
)
def test_a_malformed_report_is_refused_not_recorded(http, server, server_db, make_account, body):
    rep = make_account(Role.REP)
    response = _post(http, server, _token(http, server, rep), body)
    assert response.status_code == 422, response.text
    assert _entries(server_db, rep.id) == []


def test_no_record_without_a_valid_token(http, server):
    response = _post(http, server, "opa_not-a-token", {"exports": [_export()]})
    assert response.status_code == 401


def test_an_export_made_offline_reaches_the_log_with_the_next_sync(
    server, server_db, make_account, tmp_path
):
    manager = make_account(Role.MANAGER)
    client = connect(server.url, manager.username, manager.password, tmp_path / "m.sqlite3")
    offline = ServerApi("http://127.0.0.1:9", timeout=2)  # nothing listens there
    try:
        log = ExportLog(client.replica, offline, lambda: client.token)
        record = new_record("customer_file", "pdf", 1, customer_id=str(uuid.uuid4()))
        log.note(record)
        assert log.flush_quietly() == 0  # offline: kept
        assert [r.id for r in log.pending()] == [record.id]
        assert _entries(server_db, manager.id) == []
        engine = AppSyncEngine(client.replica, client.api, lambda: client.token)
        engine.sync_now()
        assert log.pending() == []
        [entry] = _entries(server_db, manager.id)
        assert (entry.entity, entry.row_id, entry.detail["format"]) == (
            "customer_file",
            record.id,
            "pdf",
        )
        engine.sync_now()  # nothing left to send: still one entry
        assert len(_entries(server_db, manager.id)) == 1
    finally:
        offline.close()
        client.close()
