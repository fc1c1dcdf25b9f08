"""The duplicate check over the replica (app/duplicates.py): keys kept in step with every write,
filled by migration 0010 for customers stored before it."""

import json

from sqlalchemy import create_engine, text

from app.duplicates import Duplicates, Probe
from app.records import Records
from app.replica import MIGRATIONS, Replica
from sync.protocol import db
from sync.protocol.dedupe import Reason


def _names(found):
    return [m.name for m in found]


def test_typed_customer_finds_its_duplicates(records: Records) -> None:
    zhang = records.create(
        "customer", {"kind": "person", "name": "张伟", "phones": ["+86 138-0013-8000"]}
    )
    records.create(
        "customer",
        {"kind": "company", "name": "蓝石食品有限公司", "registration_no": "91310000MA1K3XXXX1"},
    )
    records.create("customer", {"kind": "company", "name": "Bluestone Foods Co., Ltd."})
    records.create("customer", {"kind": "person", "name": "张伟", "phones": ["13900139000"]})
    check = Duplicates(records.replica)

    found = check.find(Probe(kind="person", name="張偉", phones=("0086 138 0013 8000",)))
    assert [(m.id, m.reasons) for m in found] == [
        (zhang["id"], (Reason.PHONE, Reason.PERSON_NAME_AND_PHONE))
    ]
    # The same name with another phone is another 张伟.
    assert check.find(Probe(kind="person", name="张伟", phones=("13700137000",))) == []
    assert _names(check.find(Probe(kind="company", name="蓝石食品股份有限公司"))) == [
        "蓝石食品有限公司"
    ]
    assert _names(check.find(Probe(kind="company", name="Bluestone Foods"))) == [
        "Bluestone Foods Co., Ltd."
    ]
    assert _names(
        check.find(Probe(kind="company", name="X", registration_no="91310000-ma1k3xxxx1"))
    ) == ["蓝石食品有限公司"]
    # The customer being edited is not its own duplicate.
    assert (
        check.find(
            Probe(kind="person", name="张伟", phones=("13800138000",)), exclude_id=zhang["id"]
        )
        == []
    )


def test_keys_follow_edits_and_archiving(records: Records) -> None:
    check = Duplicates(records.replica)
    row = records.create("customer", {"kind": "person", "name": "王芳", "phones": ["13800138000"]})
    probe = Probe(kind="person", name="Wang Fang", phones=("138 0013 8000",))
    assert _names(check.find(probe)) == ["王芳"]
    records.update("customer", row["id"], {"phones": ["13900139000"]})
    assert check.find(probe) == []
    assert _names(check.find(Probe(phones=("139-0013-9000",)))) == ["王芳"]
    records.delete("customer", row["id"])
    assert check.find(Probe(phones=("139-0013-9000",))) == []


def test_migration_0010_fills_keys_of_stored_customers(tmp_path) -> None:
    path = tmp_path / "replica.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    db.upgrade(engine, MIGRATIONS, "0009")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (id, version, created_at, updated_at, kind, name, tier, status,"
                " phones, tags, registration_no) VALUES (:id, 1, '2025-01-01 00:00:00',"
                " '2025-01-01 00:00:00', :kind, :name, 'ordinary', 'active', :phones, '[]', :reg)"
            ),
            [
                {
                    "id": "c1",
                    "kind": "person",
                    "name": "张伟",
                    "phones": json.dumps(["138 0013 8000"]),
                    "reg": None,
                },
                {
                    "id": "c2",
                    "kind": "company",
                    "name": "蓝石食品有限公司",
                    "phones": "[]",
                    "reg": "9131-0000",
                },
            ],
        )
    engine.dispose()
    replica = Replica(path)
    try:
        check = Duplicates(replica)
        assert _names(check.find(Probe(name="Zhang Wei", phones=("+86 13800138000",)))) == ["张伟"]
        assert _names(check.find(Probe(kind="company", name="蓝石食品"))) == ["蓝石食品有限公司"]
        assert _names(check.find(Probe(kind="company", name="?", registration_no="91310000"))) == [
            "蓝石食品有限公司"
        ]
    finally:
        replica.close()
