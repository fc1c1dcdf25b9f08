"""Server migration 0019 (issue 21): service requests keep what they held and gain the SLA
clock and complaint fields; the calendars, targets and articles tables take rows."""

from datetime import UTC, datetime

from sqlalchemy import create_engine, text

from server.db import MIGRATIONS, Database, migrate
from sync.protocol import db
from sync.protocol.entities import KnowledgeArticle, ServiceCalendar, ServiceRequest, SlaTarget


def test_0019_requests_are_kept_and_policy_tables_hold_rows(empty_database_url):
    engine = create_engine(empty_database_url)
    db.upgrade(engine, MIGRATIONS, "0018")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (id, version, created_at, updated_at, kind, name, tier,"
                " status, phones, tags) VALUES ('c1', 3, '2025-01-01 00:00:00',"
                " '2025-01-01 00:00:00', 'company', '华信科技', 'major', 'active', '[]', '[]')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO service_requests (id, version, created_at, updated_at, customer_id,"
                " kind, subject, priority, status, escalation_level, sla_due_at) VALUES ('r1', 4,"
                " '2025-01-01 00:00:00', '2025-01-01 00:00:00', 'c1', 'repair', '打印机卡纸',"
                " 'high', 'new', 0, '2025-01-02 00:00:00')"
            )
        )
    engine.dispose()

    database = Database(empty_database_url)
    migrate(database.engine)
    with database.transaction() as session:
        session.add(ServiceCalendar(id="cal", holidays=["2026-10-01..2026-10-07"]))
        session.add(SlaTarget(id="t1", kind="complaint", priority="urgent", resolution_minutes=240))
        session.add(KnowledgeArticle(id="a1", title="打印机卡纸", tags=["打印机"]))
    with database.transaction() as session:
        request = session.get(ServiceRequest, "r1")
        assert (request.subject, request.sla_due_at) == (
            "打印机卡纸",
            datetime(2025, 1, 2, tzinfo=UTC),
        )
        assert request.opened_at is None and request.severity is None
        assert session.get(ServiceCalendar, "cal").workdays == list("12345")
        assert session.get(KnowledgeArticle, "a1").tags == ["打印机"]
    database.engine.dispose()
