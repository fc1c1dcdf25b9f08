"""The service desk over real HTTP (issue 21): the SLA policy reaches every replica, the laptop
and the server compute the same due times, and the server's are the ones that hold."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, select

from server.models import ReviewItem
from sync.protocol.entities import KnowledgeArticle, ServiceCalendar, ServiceRequest, SlaTarget
from sync.protocol.enums import Role

CHINA = timedelta(hours=8)


def local(day: int, hour: int, minute: int = 0) -> datetime:
    """March 2026 in China (6 March is a Friday, 9 March the calendar's holiday)."""
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC) - CHINA


@pytest.fixture(autouse=True)
def _policy_left_empty(server_db):
    """Company-wide rows reach every replica: none may outlive its test (page counts)."""
    yield
    with server_db.transaction() as session:
        for cls in (ServiceCalendar, SlaTarget, KnowledgeArticle):
            session.execute(delete(cls))


def _policy(manager) -> None:
    manager.records.create(
        "service_calendar",
        {"opens": "09:00", "closes": "18:00", "holidays": ["2026-03-09"], "warn_percent": 75},
    )
    manager.records.create(
        "sla_target",
        {
            "kind": "complaint",
            "priority": "urgent",
            "tier": "premium",
            "response_minutes": 120,
            "resolution_minutes": 240,
        },
    )
    manager.sync()


def test_laptop_and_server_agree_and_the_server_decides(client_for, make_account, server_db):
    manager = client_for(make_account(role=Role.MANAGER, branch="Hangzhou"))
    rep = client_for(make_account(branch="Hangzhou"))
    customer = rep.records.create("customer", {"name": "华信科技", "tier": "premium"})
    # taken before the laptop has any policy: the due time is the form's
    early = rep.records.create(
        "service_request",
        {
            "customer_id": customer["id"],
            "kind": "complaint",
            "priority": "urgent",
            "subject": "打印机卡纸",
            "opened_at": local(6, 10).isoformat(),
            "sla_due_at": local(20, 10).isoformat(),
        },
    )
    assert rep.records.get("service_request", early["id"])["sla_due_at"] == local(20, 10)
    _policy(manager)
    rep.sync()  # pushed under the server's policy: Friday 10:00 + 4 h
    assert rep.records.get("service_request", early["id"])["sla_due_at"] == local(6, 14)

    # now the laptop has the policy: Friday 17:00 + 4 h skips the weekend and the holiday
    late = rep.records.create(
        "service_request",
        {
            "customer_id": customer["id"],
            "kind": "complaint",
            "priority": "urgent",
            "subject": "又卡纸了",
            "opened_at": local(6, 17).isoformat(),
        },
    )
    laptop = rep.records.get("service_request", late["id"])
    assert laptop["sla_due_at"] == local(10, 12)  # Tuesday noon
    assert laptop["response_due_at"] == local(10, 10)  # 1 h Friday, 1 h Tuesday
    assert laptop["sla_warn_at"] == local(10, 11)  # 75 % of 4 h
    rep.sync()
    with server_db.transaction() as session:
        row = session.get(ServiceRequest, late["id"])
        assert (row.sla_due_at, row.response_due_at, row.sla_warn_at) == (
            local(10, 12),
            local(10, 10),
            local(10, 11),
        )

    # a priority the policy has no target for keeps its due time; back to urgent, the policy's
    rep.records.update("service_request", late["id"], {"priority": "normal"})
    rep.records.update("service_request", late["id"], {"sla_due_at": local(27, 9).isoformat()})
    rep.records.update("service_request", late["id"], {"priority": "urgent"})
    assert rep.records.get("service_request", late["id"])["sla_due_at"] == local(10, 12)
    rep.sync()
    with server_db.transaction() as session:
        assert session.get(ServiceRequest, late["id"]).sla_due_at == local(10, 12)

    # a complaint closed without the customer's satisfaction (not through the desk) is refused
    rep.records.update("service_request", late["id"], {"status": "closed"})
    rep.sync()
    with server_db.transaction() as session:
        assert session.get(ServiceRequest, late["id"]).status == "new"
        reason = select(ReviewItem.reason).where(ReviewItem.row_id == late["id"])
        assert session.scalars(reason).all() == ["invalid"]
    assert rep.records.get("service_request", late["id"])["status"] == "new"  # put back

    # the policy is the managers': a rep's target is refused
    rep.records.create(
        "sla_target", {"kind": "inquiry", "priority": "low", "resolution_minutes": 60}
    )
    rep.sync()
    with server_db.transaction() as session:
        assert session.scalar(select(SlaTarget).where(SlaTarget.kind == "inquiry")) is None
        reasons = session.scalars(
            select(ReviewItem.reason).where(
                ReviewItem.entity == "sla_target", ReviewItem.user_id == rep.user_id
            )
        ).all()
        assert reasons == ["forbidden"]


def test_a_branch_overrides_the_company_policy(client_for, make_account, server_db):
    manager = client_for(make_account(role=Role.MANAGER, branch="Ningbo"))
    _policy(manager)
    customer = manager.records.create("customer", {"name": "宁波客户", "tier": "premium"})
    manager.sync()  # the server gives the customer its branch
    branch_id = manager.records.get("customer", customer["id"])["branch_id"]
    manager.records.create(
        "sla_target",
        {
            "branch_id": branch_id,
            "kind": "complaint",
            "priority": "urgent",
            "resolution_minutes": 60,
        },
    )
    manager.records.create(
        "service_calendar", {"branch_id": branch_id, "opens": "08:00", "closes": "20:00"}
    )
    request = manager.records.create(
        "service_request",
        {
            "customer_id": customer["id"],
            "kind": "complaint",
            "priority": "urgent",
            "subject": "投诉",
            "opened_at": local(6, 19, 30).isoformat(),
        },
    )
    # another branch's manager may not touch this branch's policy
    other = client_for(make_account(role=Role.MANAGER, branch="Wenzhou"))
    meddled = other.records.create(
        "sla_target",
        {"branch_id": branch_id, "kind": "repair", "priority": "low", "resolution_minutes": 1},
    )
    other.sync()
    with server_db.transaction() as session:
        assert session.get(SlaTarget, meddled["id"]) is None
    # the branch's 1 h on its 8:00-20:00 days: half an hour Friday, half Monday (no holiday)
    assert manager.records.get("service_request", request["id"])["sla_due_at"] == local(9, 8, 30)
    manager.sync()
    assert manager.records.get("service_request", request["id"])["sla_due_at"] == local(9, 8, 30)


def test_a_rep_drafts_a_manager_publishes_and_every_laptop_finds_it_offline(
    client_for, make_account, server_db
):
    from app.knowledge import KnowledgeBase

    manager = client_for(make_account(role=Role.MANAGER, branch="Hangzhou"))
    rep = client_for(make_account(branch="Hangzhou"))
    elsewhere = client_for(make_account(branch="Suzhou"))
    draft = rep.records.create(
        "knowledge_article",
        {"title": "打印机卡纸", "solution": "清洁搓纸轮", "author_id": rep.user_id},
    )
    rep.sync()
    rep.records.update("knowledge_article", draft["id"], {"published": True})  # not a rep's
    rep.sync()
    with server_db.transaction() as session:
        assert session.get(KnowledgeArticle, draft["id"]).published is False
        reasons = select(ReviewItem.reason).where(ReviewItem.row_id == draft["id"])
        assert session.scalars(reasons).all() == ["forbidden"]
    manager.sync()
    KnowledgeBase(manager.records, "manager").publish(draft["id"])
    manager.sync()
    elsewhere.sync()
    found = KnowledgeBase(elsewhere.records, "rep").find("dayinjikazhi")  # offline, pinyin
    assert [h.row_id for h in found] == [draft["id"]]
