"""Satisfaction and return visits (issue 21, item 4) on a real replica: a complaint is closed
with the customer's score, a low score reopens it, and resolving plans exactly one return
visit for the customer's owner, the policy's days later."""

from datetime import UTC, datetime, timedelta

import pytest

from app.service_desk import SatisfactionRequired, ServiceDesk, return_visit_id

NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)


@pytest.fixture
def desk(replica, records):
    return ServiceDesk(replica, records.user_id)


def test_a_complaint_needs_a_score_a_low_one_reopens_and_one_return_visit(records, desk):
    records.create("service_calendar", {"return_visit_days": 5})
    customer = records.create("customer", {"name": "华信科技"})
    complaint = records.create(
        "service_request",
        {"customer_id": customer["id"], "subject": "打印机卡纸", "kind": "complaint"},
    )
    cid = complaint["id"]
    desk.resolve(records, cid, "换了搓纸轮", return_title="回访：{subject}", now=NOW)
    [task] = records.find("task")
    assert task["id"] == return_visit_id(cid)
    assert (task["title"], task["kind"], task["due_at"]) == (
        "回访：打印机卡纸",
        "call",
        NOW + timedelta(days=5),
    )
    assert task["assignee_id"] == records.user_id  # the customer's owner
    assert records.get("service_request", cid)["resolved_at"] == NOW

    with pytest.raises(SatisfactionRequired):
        desk.close(records, cid)
    assert records.get("service_request", cid)["status"] == "resolved"

    desk.close(records, cid, 2)  # dissatisfied: open again
    row = records.get("service_request", cid)
    assert (row["status"], row["satisfaction"]) == ("in_progress", 2)

    desk.resolve(records, cid, "上门更换了整机", now=NOW + timedelta(days=1))
    desk.close(records, cid, 5)
    row = records.get("service_request", cid)
    assert (row["status"], row["satisfaction"]) == ("closed", 5)
    assert len(records.find("task")) == 1  # resolved twice, one return visit


def test_other_requests_close_without_a_score_and_a_zero_day_policy_plans_no_visit(records, desk):
    records.create("service_calendar", {"return_visit_days": 0})
    customer = records.create("customer", {"name": "张伟"})
    request = records.create(
        "service_request", {"customer_id": customer["id"], "subject": "报价", "kind": "inquiry"}
    )
    desk.resolve(records, request["id"], "已发送报价单")
    desk.close(records, request["id"])
    assert records.get("service_request", request["id"])["status"] == "closed"
    assert records.find("task") == []


def test_figures_by_category_give_satisfaction_breaches_and_time_to_resolve(records, desk):
    from app.service_desk import figures

    customer = records.create("customer", {"name": "华信科技"})

    def complaint(category: str, due_hours: int, resolved_hours: int | None, score=None):
        row = records.create(
            "service_request",
            {
                "customer_id": customer["id"],
                "subject": category,
                "kind": "complaint",
                "category": category,
                "opened_at": NOW,
                "sla_due_at": NOW + timedelta(hours=due_hours),
            },
        )
        if resolved_hours is not None:
            desk.resolve(records, row["id"], "done", now=NOW + timedelta(hours=resolved_hours))
        if score is not None:
            desk.close(records, row["id"], score)

    complaint("Delivery", 4, 2, 5)  # on time, satisfied
    complaint("Delivery", 4, 6, 3)  # late, neutral
    complaint("Delivery", 4, None)  # open, and past its due time by now
    complaint("Billing", 8, 1, 4)
    rows = {f.group: f for f in figures(records.replica, "category", now=NOW + timedelta(days=1))}
    delivery = rows["Delivery"]
    assert (delivery.requests, delivery.closed, delivery.breached) == (3, 2, 2)
    assert delivery.breach_rate == 2 / 3 and delivery.satisfaction_share == 0.5
    assert delivery.median_hours == 4.0  # 2 h and 6 h
    assert rows["Billing"].satisfaction_share == 1.0 and rows["Billing"].breached == 0


def test_the_return_visits_outcome_is_a_call_in_the_customers_timeline(records, desk):
    """回访 done: what the customer said is kept as a call, and the task is done; an ordinary
    task is not taken for a return visit."""
    records.create("service_calendar", {"return_visit_days": 3})
    customer = records.create("customer", {"name": "远航物流"})
    complaint = records.create(
        "service_request",
        {"customer_id": customer["id"], "subject": "发票抬头开错", "kind": "complaint"},
    )
    desk.resolve(records, complaint["id"], "已重开发票", return_title="回访：{subject}", now=NOW)
    visit = return_visit_id(complaint["id"])
    other = records.create("task", {"customer_id": customer["id"], "title": "送样品"})
    assert desk.return_visit_request(records, other["id"]) is None
    assert desk.return_visit_request(records, visit)["id"] == complaint["id"]

    desk.finish_return_visit(records, visit, "回访：发票抬头开错", "  客户已收到新发票，满意  ")
    [call] = records.find("interaction", customer_id=customer["id"])
    assert (call["kind"], call["subject"], call["outcome"]) == (
        "call",
        "回访：发票抬头开错",
        "客户已收到新发票，满意",
    )
    assert records.get("task", visit)["done"] is True
