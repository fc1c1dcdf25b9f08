"""The service queue from a real replica: urgency order, overdue, filters, the cap with a true
count, and the actions (each one a synced edit in the outbox)."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.local_tables import OutboxEntry
from app.service_desk import QueueFilter, RequestClosed, ServiceDesk
from sync.protocol.validation import ValidationError

NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)
COLLEAGUE = "00000000-0000-4000-8000-0000000000c2"


def _request(records, customer, subject, due_hours=None, **values):
    due = NOW + timedelta(hours=due_hours) if due_hours is not None else None
    body = {"customer_id": customer["id"], "subject": subject, "sla_due_at": due, **values}
    return records.create("service_request", body)


def _outbox(replica, row_id):
    with replica.reading() as session:
        entries = session.scalars(
            select(OutboxEntry).where(OutboxEntry.row_id == row_id).order_by(OutboxEntry.seq)
        ).all()
    return [(e.op, e.changes) for e in entries]


@pytest.fixture
def desk(replica, records):
    return ServiceDesk(replica, records.user_id)


@pytest.fixture
def shop(records):
    return records.create("customer", {"name": "张伟"})


def test_overdue_first_then_by_sla_due_then_priority(records, desk, shop):
    _request(records, shop, "no sla")
    _request(records, shop, "due in 5 h, normal", 5)
    _request(records, shop, "due in 5 h, urgent", 5, priority="urgent")
    _request(records, shop, "2 h late", -2)
    _request(records, shop, "2 days late", -48)
    _request(records, shop, "due in 1 h", 1)
    queue = desk.requests(QueueFilter.OPEN, NOW)
    assert [(t.subject, t.overdue) for t in queue.tickets] == [
        ("2 days late", True),
        ("2 h late", True),
        ("due in 1 h", False),
        ("due in 5 h, urgent", False),
        ("due in 5 h, normal", False),
        ("no sla", False),
    ]
    assert all(t.customer == "张伟" for t in queue.tickets)
    assert (queue.total, queue.overdue) == (6, 2)


def test_resolved_past_due_is_not_overdue_and_only_listed_under_all(records, desk, shop):
    late = _request(records, shop, "late but resolved", -10)
    records.update("service_request", late["id"], {"status": "resolved"})
    _request(records, shop, "open", 3)
    assert desk.requests(QueueFilter.OVERDUE, NOW).tickets == []
    assert [t.subject for t in desk.requests(QueueFilter.OPEN, NOW).tickets] == ["open"]
    everything = desk.requests(QueueFilter.ALL, NOW)
    assert [(t.subject, t.overdue) for t in everything.tickets] == [
        ("open", False),
        ("late but resolved", False),
    ]


def test_mine_and_overdue_filters(records, desk, shop):
    _request(records, shop, "mine, late", -1, assignee_id=records.user_id)
    _request(records, shop, "mine, later", 4, assignee_id=records.user_id)
    _request(records, shop, "colleague's, late", -3, assignee_id=COLLEAGUE)
    _request(records, shop, "unassigned", 8)
    assert [t.subject for t in desk.requests(QueueFilter.MINE, NOW).tickets] == [
        "mine, late",
        "mine, later",
    ]
    assert [t.subject for t in desk.requests(QueueFilter.OVERDUE, NOW).tickets] == [
        "colleague's, late",
        "mine, late",
    ]


def test_deleted_requests_and_requests_of_deleted_customers_are_left_out(records, desk, shop):
    gone = _request(records, shop, "deleted", -1)
    records.delete("service_request", gone["id"])
    other = records.create("customer", {"name": "李娜"})
    _request(records, other, "customer deleted", -1)
    records.delete("customer", other["id"])
    _request(records, shop, "kept", 1)
    queue = desk.requests(QueueFilter.ALL, NOW)
    assert [t.subject for t in queue.tickets] == ["kept"]
    assert queue.total == 1


def test_list_is_capped_but_the_count_is_true(records, desk, shop):
    for n in range(7):
        _request(records, shop, f"r{n}", n - 3)
    queue = desk.requests(QueueFilter.OPEN, NOW, limit=5)
    assert len(queue.tickets) == 5
    assert (queue.total, queue.overdue) == (7, 3)


def test_escalate_raises_the_level_up_to_five_and_marks_escalated(records, desk, shop, replica):
    request = _request(records, shop, "broken", 2, status="in_progress")
    row = desk.escalate(records, request["id"])
    assert (row["escalation_level"], row["status"]) == (1, "escalated")
    for _ in range(6):
        row = desk.escalate(records, request["id"])
    assert records.get("service_request", request["id"])["escalation_level"] == 5
    edits = _outbox(replica, request["id"])
    assert edits[1] == ("update", {"escalation_level": 1, "status": "escalated"})
    assert [changes for _op, changes in edits[2:]] == [
        {"escalation_level": n} for n in (2, 3, 4, 5)
    ]


def test_a_closed_request_cannot_be_escalated_or_resolved(records, desk, shop):
    request = _request(records, shop, "done", 2)
    desk.close(records, request["id"])
    with pytest.raises(RequestClosed):
        desk.escalate(records, request["id"])
    with pytest.raises(RequestClosed):
        desk.resolve(records, request["id"], "again")
    assert records.get("service_request", request["id"])["escalation_level"] == 0


def test_reassign_start_resolve_and_close_queue_edits_for_sync(records, desk, shop, replica):
    request = _request(records, shop, "repair", 2)
    desk.reassign(records, request["id"], COLLEAGUE)
    desk.start(records, request["id"])
    desk.resolve(records, request["id"], "  replaced the pump  ")
    desk.close(records, request["id"])
    edits = _outbox(replica, request["id"])[1:]
    assert edits[2][1].pop("resolved_at")  # when, for the time to resolve (issue 21)
    assert edits == [
        ("update", {"assignee_id": COLLEAGUE}),
        ("update", {"status": "in_progress"}),
        ("update", {"status": "resolved", "resolution": "replaced the pump"}),
        ("update", {"status": "closed"}),
    ]
    assert desk.requests(QueueFilter.OPEN, NOW).tickets == []


def test_resolve_needs_a_resolution(records, desk, shop):
    request = _request(records, shop, "question", 2)
    with pytest.raises(ValidationError) as caught:
        desk.resolve(records, request["id"], "   ")
    assert caught.value.codes() == {"resolution": "required"}
    assert records.get("service_request", request["id"])["status"] == "new"
