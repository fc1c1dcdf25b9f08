"""Escalation of overdue service requests by `outpost-server service-escalate` (issue 21,
item 3), over a real server on SQLite and PostgreSQL."""

from datetime import timedelta

from sqlalchemy import func, select

from server.escalation import sweep
from server.models import AuditEntry, User
from sync.protocol.entities import ServiceRequest
from sync.protocol.enums import Role
from sync.protocol.types import utcnow
from tests.server.test_cli import cli


def test_an_overdue_request_goes_to_the_branch_manager_once(
    server_db, database_url, person, device
):
    rep, manager = person(), person(Role.MANAGER)
    person(Role.ADMIN)  # the next role up (any administrator of the server)
    laptop, office = device(rep), device(manager)
    customer = laptop.records.create("customer", {"name": "华信科技"})

    def request(subject: str, due_in: timedelta, opened_ago: timedelta = timedelta(0)) -> str:
        row = laptop.records.create(
            "service_request",
            {
                "customer_id": customer["id"],
                "subject": subject,
                "kind": "repair",
                "assignee_id": rep.id,
                "opened_at": (utcnow() - opened_ago).isoformat(),
                "sla_due_at": (utcnow() + due_in).isoformat(),
            },
        )
        return row["id"]

    late = request("打印机卡纸", -timedelta(minutes=1))  # due a minute ago
    on_time = request("咨询报价", timedelta(hours=3))
    # allowed 1 h, due 2 h ago: as much time again has passed, so the next role up too
    forgotten = request("空调漏水", -timedelta(hours=2), opened_ago=timedelta(hours=3))
    laptop.sync()
    office.sync()
    assert office.records.get("service_request", late)["escalation_level"] == 0

    first = cli(database_url, "service-escalate")
    assert first.returncode == 0, first.stderr
    assert "service requests escalated" in first.stdout
    with server_db.transaction() as session:
        row = session.get(ServiceRequest, late)
        assert (row.escalation_level, row.status, row.assignee_id) == (1, "escalated", manager.id)
        version = row.version
        assert session.get(ServiceRequest, on_time).escalation_level == 0
        top = session.get(ServiceRequest, forgotten)
        assert (top.escalation_level, session.get(User, top.assignee_id).role) == (2, "admin")
        steps = select(AuditEntry.detail).where(AuditEntry.row_id == forgotten)
        assert [d["level"] for d in session.scalars(steps.order_by(AuditEntry.id))] == [1, 2]
        audits = session.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "service_escalated", AuditEntry.row_id == late
            )
        ).all()
        assert len(audits) == 1
        assert (audits[0].detail["assignee_before"], audits[0].detail["assignee"]) == (
            rep.id,
            manager.id,
        )

    office.sync()  # the manager's replica has it at its next sync
    got = office.records.get("service_request", late)
    assert (got["escalation_level"], got["status"], got["assignee_id"]) == (
        1,
        "escalated",
        manager.id,
    )
    laptop.sync()
    assert laptop.records.get("service_request", late)["assignee_id"] == manager.id

    with server_db.transaction() as session:  # the job again (in-process): changes nothing
        sweep(session)
    with server_db.transaction() as session:
        assert session.get(ServiceRequest, late).version == version
        assert session.get(ServiceRequest, forgotten).escalation_level == 2
        count = select(func.count()).where(
            AuditEntry.action == "service_escalated", AuditEntry.row_id == late
        )
        assert session.scalar(count) == 1
