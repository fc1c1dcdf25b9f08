"""Every write lands in the replica and in the outbox together, or not at all."""

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.errors import NotFound, RecordDeleted
from app.local_tables import CustomerSearch, OutboxEntry
from sync.protocol.entities import ENTITIES
from sync.protocol.validation import ValidationError


def outbox(replica):
    with replica.transaction() as session:
        return [
            (e.entity, e.row_id, e.op, e.changes, e.base)
            for e in session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))
        ]


def rows(replica, entity):
    with replica.transaction() as session:
        return session.scalars(select(ENTITIES[entity])).all()


@pytest.fixture
def customer(records):
    return records.create("customer", {"name": "张伟", "phones": ["138 0013 8000"]})


def minimal_values(entity, customer_id, contract_id=None):
    return {
        "customer": {"name": "Acme Ltd", "kind": "company"},
        "contact": {"customer_id": customer_id, "name": "李娜", "email": "li.na@example.cn"},
        "relation": {"customer_id": customer_id, "kind": "spouse", "related_name": "王芳"},
        "interaction": {"customer_id": customer_id, "kind": "call", "subject": "Intro call"},
        "opportunity": {"customer_id": customer_id, "title": "Fleet deal", "amount": "1200.50"},
        "task": {
            "customer_id": customer_id,
            "title": "Visit",
            "kind": "visit",
            "starts_at": "2026-12-01T09:00:00Z",
            "ends_at": "2026-12-01T10:00:00Z",
        },
        "service_request": {
            "customer_id": customer_id,
            "subject": "Broken unit",
            "kind": "repair",
            "priority": "high",
        },
        "product": {"code": "SRV-1", "name": "服务器", "list_price": "38000.00"},
        "contract": {"customer_id": customer_id, "number": "HT-1", "signed_on": "2026-03-01"},
        "contract_line": {
            "customer_id": customer_id,
            "contract_id": contract_id,
            "quantity": "2.000",
            "unit_price": "99.90",
        },
        "payment": {
            "customer_id": customer_id,
            "contract_id": contract_id,
            "received_on": "2026-03-09",
            "amount": "10.00",
        },
        "credit_profile": {"customer_id": customer_id, "rating": "AA", "credit_limit": "1000.00"},
        "credit_assessment": {"customer_id": customer_id, "assessed_on": "2026-11-01"},
        "service_calendar": {"holidays": ["2026-10-01..2026-10-07"]},
        "sla_target": {"kind": "complaint", "priority": "urgent", "resolution_minutes": 240},
        "knowledge_article": {"title": "打印机卡纸", "tags": ["打印机"]},
    }[entity]


EDITS = {
    "customer": {"tier": "premium"},
    "contact": {"title": "CFO"},
    "relation": {"notes": "married 2010"},
    "interaction": {"outcome": "interested"},
    "opportunity": {"stage": "proposal", "probability": 40},
    "task": {"done": True},
    "service_request": {"status": "in_progress"},
    "product": {"active": False},
    "contract": {"status": "active"},
    "contract_line": {"position": 2},
    "payment": {"method": "cash"},
    "credit_profile": {"on_hold": True},
    "credit_assessment": {"rating": "C"},
    "service_calendar": {"warn_percent": 80},
    "sla_target": {"response_minutes": 60},
    "knowledge_article": {"published": True},
}


@pytest.mark.parametrize("entity", sorted(ENTITIES))
def test_lifecycle_writes_exactly_the_expected_outbox(records, replica, customer, entity):
    contract = records.create("contract", minimal_values("contract", customer["id"]))
    start = len(outbox(replica))
    values = minimal_values(entity, customer["id"], contract["id"])
    row = records.create(entity, values)
    edit = EDITS[entity]
    before = {k: row[k] for k in edit}
    records.update(entity, row["id"], edit)
    records.delete(entity, row["id"])
    records.restore(entity, row["id"])

    entries = outbox(replica)[start:]
    assert [(e[0], e[1], e[2]) for e in entries] == [
        (entity, row["id"], op) for op in ("create", "update", "delete", "restore")
    ]
    created, updated = entries[0], entries[1]
    for key, value in values.items():
        assert created[3][key] == value or str(created[3][key]) == str(Decimal(value))
    assert created[4] == {}
    assert updated[3] == edit
    assert updated[4] == before
    assert records.get(entity, row["id"])["deleted_at"] is None


def test_delete_hides_and_restore_brings_back(records, customer):
    records.delete("customer", customer["id"])
    assert records.find("customer") == []
    with pytest.raises(NotFound):
        records.get("customer", customer["id"])
    assert records.get("customer", customer["id"], include_deleted=True)["deleted_at"]
    records.restore("customer", customer["id"])
    assert [c["id"] for c in records.find("customer")] == [customer["id"]]


def test_unchanged_edit_and_repeated_delete_write_nothing(records, replica, customer):
    count = len(outbox(replica))
    records.update("customer", customer["id"], {"name": "张伟", "phones": ["138 0013 8000"]})
    records.restore("customer", customer["id"])
    assert len(outbox(replica)) == count
    records.delete("customer", customer["id"])
    records.delete("customer", customer["id"])
    assert len(outbox(replica)) == count + 1


@pytest.mark.parametrize(
    ("entity", "values", "field", "code"),
    [
        ("customer", {"name": "  "}, "name", "required"),
        ("customer", {"name": "X", "email": "not-an-email"}, "email", "invalid_email"),
        ("customer", {"name": "X", "phones": ["call me"]}, "phones", "invalid_phone"),
        ("customer", {"name": "X", "tier": "gold"}, "tier", "invalid_choice"),
        ("customer", {"name": "X", "birthday": "1990-02-30"}, "birthday", "invalid_date"),
        ("customer", {"name": "X", "version": 5}, "version", "read_only"),
        ("customer", {"name": "X", "shoe_size": 42}, "shoe_size", "unknown_field"),
        ("opportunity", {"title": "T", "amount": -1}, "amount", "too_small"),
        ("opportunity", {"title": "T", "probability": 101}, "probability", "too_large"),
        ("opportunity", {"title": "T", "amount": "lots"}, "amount", "invalid_number"),
        (
            "task",
            {"title": "T", "starts_at": "2026-01-01T10:00:00Z", "ends_at": "2026-01-01T09:00:00Z"},
            "ends_at",
            "end_before_start",
        ),
        ("relation", {"kind": "spouse"}, "related_name", "relation_target"),
        ("service_request", {"subject": "S", "satisfaction": 9}, "satisfaction", "too_large"),
    ],
)
def test_invalid_input_is_refused_and_writes_nothing(
    records, replica, customer, entity, values, field, code
):
    if entity != "customer":
        values = {"customer_id": customer["id"], **values}
    before_rows, before_outbox = len(rows(replica, entity)), outbox(replica)
    with pytest.raises(ValidationError) as info:
        records.create(entity, values)
    assert info.value.codes()[field] == code
    assert len(rows(replica, entity)) == before_rows
    assert outbox(replica) == before_outbox


def test_invalid_edit_writes_nothing(records, replica, customer):
    before = outbox(replica)
    with pytest.raises(ValidationError):
        records.update("customer", customer["id"], {"name": "", "city": "上海"})
    assert records.get("customer", customer["id"])["city"] is None
    assert outbox(replica) == before


def test_child_of_unknown_customer_is_refused(records, replica):
    with pytest.raises(ValidationError) as info:
        records.create("contact", {"customer_id": "no-such-customer", "name": "X"})
    assert info.value.codes() == {"customer_id": "not_found"}
    assert outbox(replica) == []


def test_editing_a_deleted_record_says_restore_first(records, customer):
    records.delete("customer", customer["id"])
    with pytest.raises(RecordDeleted):
        records.update("customer", customer["id"], {"city": "北京"})


def test_row_and_outbox_roll_back_together(records, replica, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("app.records.OutboxEntry", broken)
    with pytest.raises(RuntimeError):
        records.create("customer", {"name": "Lost"})
    assert rows(replica, "customer") == []


def test_new_customer_is_owned_by_its_creator_and_searchable(records, replica, customer):
    assert customer["owner_id"] == records.user_id
    with replica.transaction() as session:
        keys = session.get(CustomerSearch, customer["id"]).keys
    assert "zhangwei" in keys and "13800138000" in keys
    records.update("customer", customer["id"], {"name": "李娜"})
    with replica.transaction() as session:
        assert "lina" in session.get(CustomerSearch, customer["id"]).keys


def test_outbox_numbers_are_never_reused(records, replica):
    records.create("customer", {"name": "A"})
    with replica.transaction() as session:
        first = session.scalars(select(OutboxEntry.seq)).all()
        session.query(OutboxEntry).delete()
    records.create("customer", {"name": "B"})
    with replica.transaction() as session:
        assert session.scalars(select(OutboxEntry.seq)).one() > max(first)


def test_chinese_in_json_fields_is_stored_readable_and_findable(records, replica):
    row = records.create("customer", {"name": "王芳", "tags": ["老客户", "VIP"]})
    with replica.engine.connect() as conn:
        raw = conn.exec_driver_sql(
            "SELECT tags FROM customers WHERE instr(tags, '老客户') > 0"
        ).scalar_one()
        changes = conn.exec_driver_sql("SELECT changes FROM outbox").scalar_one()
    assert raw == '["老客户","VIP"]'
    assert '"王芳"' in changes
    assert records.get("customer", row["id"])["tags"] == ["老客户", "VIP"]
