"""The replica upgrades from its first revision without losing data, after a backup."""

import json
import sqlite3
from decimal import Decimal
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from app.local_tables import REPLICA_ONLY_PREFIXES, Local
from app.records import Records
from app.replica import MIGRATIONS, Replica
from sync.client.tables import LocalConflict
from sync.protocol import db
from sync.protocol.entities import Entity


def make_first_revision_replica(path: Path) -> None:
    engine = create_engine(f"sqlite:///{path}")
    db.upgrade(engine, MIGRATIONS, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (id, version, created_at, updated_at, kind, name, tier, status,"
                " phones, tags) VALUES ('c1', 7, '2025-01-01 00:00:00', '2025-01-01 00:00:00',"
                " 'person', '张伟', 'premium', 'active', :phones, '[]')"
            ),
            {"phones": json.dumps(["138 0013 8000"])},
        )
        conn.execute(
            text(
                "INSERT INTO interactions (id, version, created_at, updated_at, customer_id, kind,"
                " occurred_at, subject) VALUES ('i1', 8, '2025-01-02 00:00:00', '2025-01-02 00:00:00',"
                " 'c1', 'call', '2025-01-02 00:00:00', '回访')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO outbox (entity, row_id, op, changes, base, created_at)"
                " VALUES ('customer', 'c1', 'update', '{\"tier\": \"premium\"}', '{}',"
                " '2025-01-02 00:00:00')"
            )
        )
    engine.dispose()


def test_upgrade_from_first_revision_keeps_everything(tmp_path):
    path = tmp_path / "replica.sqlite3"
    make_first_revision_replica(path)

    replica = Replica(path)
    records = Records(replica)
    customer = records.get("customer", "c1")
    assert (customer["name"], customer["tier"], customer["version"]) == ("张伟", "premium", 7)
    assert customer["phones"] == ["138 0013 8000"]
    assert records.find("interaction", customer_id="c1")[0]["subject"] == "回访"
    assert records.pending_count() == 1
    with replica.transaction() as session:
        keys = session.execute(text("SELECT keys FROM customer_search")).scalar_one()
    assert "zhangwei" in keys and "13800138000" in keys
    assert db.current_revision(replica.engine) == db.head_revision(MIGRATIONS)
    replica.close()

    backups = list(tmp_path.glob("replica.sqlite3.*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT name FROM customers").fetchall() == [("张伟",)]


def test_current_replica_is_not_backed_up_again(tmp_path):
    Replica(tmp_path / "r.sqlite3").close()
    Replica(tmp_path / "r.sqlite3").close()
    assert list(tmp_path.glob("*.bak")) == []


def _shared(obj, name, kind, reflected, compare_to) -> bool:
    return not (name or "").startswith(REPLICA_ONLY_PREFIXES)


def test_migrations_match_the_models(replica):
    with replica.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": _shared})
        diff = compare_metadata(context, [Entity.metadata, Local.metadata])
    assert diff == []


def test_a_file_that_is_no_database_is_kept_aside_unchanged_and_replaced(tmp_path):
    path = tmp_path / "replica.sqlite3"
    garbage = b"this is not a database " * 500
    path.write_bytes(garbage)
    replica = Replica(path)
    assert replica.recovery is not None and replica.recovery.damage.kind == "header"
    assert replica.recovery.damaged_copy.read_bytes() == garbage
    assert replica.get_meta("sync.cursor") is None  # a new, empty replica
    replica.close()


def test_the_quick_head_check_agrees_with_alembic():
    """Start-up compares revisions without loading Alembic; both ways must name the head."""
    from app.replica import MIGRATIONS as REPLICA
    from server.db import MIGRATIONS as SERVER
    from sync.protocol import db

    for folder in (REPLICA, SERVER):
        assert db.newest_file_revision(folder) == db.head_revision(folder)


def test_numbers_stored_by_json_columns_are_read_back_after_0006(tmp_path):
    """Issue 17, item 5: NUMERIC affinity stored the JSON text `50` as the integer 50, which
    the JSON decoder refused; 0006 makes every JSON column TEXT and turns them back."""
    path = tmp_path / "replica.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    db.upgrade(engine, MIGRATIONS, "0005")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO conflicts (id, version, customer_id, entity, row_id, field,"
                " lost_value, kept_value, reason, at) VALUES ('k1', 3, 'c1', 'opportunity',"
                " 'o1', 'probability', '50', '2.5', 'overwritten', '2025-01-02 00:00:00')"
            )
        )
        conn.execute(text("INSERT INTO meta (key, value) VALUES ('answer', '42')"))
        stored = conn.execute(text("SELECT typeof(lost_value), typeof(kept_value) FROM conflicts"))
        assert stored.one() == ("integer", "real")  # what made the history unreadable
    engine.dispose()

    replica = Replica(path)
    with replica.reading() as session:
        conflict = session.get(LocalConflict, "k1")
        assert (conflict.lost_value, conflict.kept_value) == (50, 2.5)
        session.add(LocalConflict(**{**_columns(conflict), "id": "k2", "lost_value": 70}))
        session.flush()
        assert session.execute(text("SELECT lost_value FROM conflicts WHERE id = 'k2'")).one() == (
            "70",
        )
    assert replica.get_meta("answer") == 42
    replica.close()


def _columns(obj) -> dict:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}


def test_0007_0008_add_pinyin_order_contact_keys_next_steps_and_task_titles(tmp_path):
    """Issue 16, item 7: customers get their sort keys, contacts their search keys, and the
    text index its outcomes and next steps, from rows stored before the upgrade."""
    from app.customer_list import CustomerList
    from app.search import Search

    path = tmp_path / "replica.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    db.upgrade(engine, MIGRATIONS, "0006")
    customer = (
        "INSERT INTO customers (id, version, created_at, updated_at, kind, name, tier, status,"
        " city, phones, tags) VALUES (:id, 1, '2025-01-01 00:00:00', '2025-01-01 00:00:00',"
        " :kind, :name, 'ordinary', 'active', :city, '[]', '[]')"
    )
    with engine.begin() as conn:
        for id_, kind, name, city in (
            ("c1", "person", "张伟", "上海"),
            ("c2", "person", "曾小贤", "北京"),  # 曾 as a surname: zeng, not ceng
            ("c3", "company", "安泰科技", "重庆"),  # 重庆: chongqing, not zhongqing
        ):
            conn.execute(text(customer), {"id": id_, "kind": kind, "name": name, "city": city})
        conn.execute(
            text(
                "INSERT INTO contacts (id, version, created_at, updated_at, customer_id, name,"
                " phones, is_primary) VALUES ('k1', 1, '2025-01-01 00:00:00',"
                " '2025-01-01 00:00:00', 'c3', '张伟春', '[]', 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO interactions (id, version, created_at, updated_at, customer_id,"
                " kind, occurred_at, subject, next_step) VALUES ('i1', 1, '2025-01-02 00:00:00',"
                " '2025-01-02 00:00:00', 'c1', 'visit', '2025-01-02 00:00:00', '拜访',"
                " '下周寄送报价单')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO tasks (id, version, created_at, updated_at, customer_id, kind,"
                " title, done) VALUES ('t1', 1, '2025-01-02 00:00:00', '2025-01-02 00:00:00',"
                " 'c1', 'todo', '确认合同条款', 0)"
            )
        )
    engine.dispose()

    replica = Replica(path)
    customers = CustomerList(replica)
    assert customers.ids() == ["c3", "c2", "c1"]  # an (安) < zeng (曾) < zhang (张)
    assert customers.ids(order_by="city") == ["c2", "c3", "c1"]  # bei < chong < shang
    search = Search(replica)
    assert [(h.kind, h.row_id) for h in search.find("zwc")] == [("contact", "k1")]
    assert ("customer", "c2") in [(h.kind, h.row_id) for h in search.find("zengxiao")]
    hit = next(h for h in search.find("报价单") if h.kind == "interaction")
    assert (hit.row_id, hit.field, hit.excerpt) == ("i1", "next_step", "下周寄送报价单")
    tasks = [(h.kind, h.row_id) for h in search.find("合同") if h.kind == "task"]
    assert tasks == [("task", "t1")]  # 0008: titles off their own index
    replica.close()


def test_0009_customers_keep_their_rows_and_are_not_merged(tmp_path):
    """Issue 18, item 4: after 0009 every customer is unmerged and the replica holds no merges."""
    from app.local_tables import CustomerMerge

    path = tmp_path / "replica.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    db.upgrade(engine, MIGRATIONS, "0008")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (id, version, created_at, updated_at, kind, name, tier,"
                " status, phones, tags) VALUES ('c1', 3, '2025-01-01 00:00:00',"
                " '2025-01-01 00:00:00', 'person', '王芳', 'major', 'active', '[]', '[\"VIP\"]')"
            )
        )
    engine.dispose()

    replica = Replica(path)
    customer = Records(replica).get("customer", "c1")
    assert (customer["name"], customer["tags"], customer["merged_into_id"]) == (
        "王芳",
        ["VIP"],
        None,
    )
    with replica.reading() as session:
        assert session.query(CustomerMerge).count() == 0
    replica.close()


def test_0012_customers_are_kept_and_contracts_can_be_written(tmp_path):
    """Issue 19, item 1: after 0012 the replica keeps its customers and holds products,
    contracts, their lines and payments."""
    path = tmp_path / "replica.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    db.upgrade(engine, MIGRATIONS, "0011")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (id, version, created_at, updated_at, kind, name, tier,"
                " status, phones, tags) VALUES ('c1', 3, '2025-01-01 00:00:00',"
                " '2025-01-01 00:00:00', 'company', '华信科技', 'major', 'active', '[]', '[]')"
            )
        )
    engine.dispose()

    replica = Replica(path)
    records = Records(replica)
    assert records.get("customer", "c1")["name"] == "华信科技"
    contract = records.create("contract", {"customer_id": "c1", "number": "HT-001"})
    records.create(
        "contract_line",
        {"customer_id": "c1", "contract_id": contract["id"], "quantity": "3", "unit_price": "9.99"},
    )
    records.create(
        "payment",
        {"customer_id": "c1", "contract_id": contract["id"], "received_on": "2026-03-09",
         "amount": "29.97"},
    )  # fmt: skip
    assert [r["amount"] for r in records.find("payment", customer_id="c1")] == [Decimal("29.97")]
    assert records.pending_count() == 3
    replica.close()


def test_0015_customers_are_kept_and_credit_can_be_written(tmp_path):
    """Issue 22: after 0015 the replica keeps its customers and holds credit profiles and
    assessments."""
    path = tmp_path / "replica.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    db.upgrade(engine, MIGRATIONS, "0014")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (id, version, created_at, updated_at, kind, name, tier,"
                " status, phones, tags) VALUES ('c1', 3, '2025-01-01 00:00:00',"
                " '2025-01-01 00:00:00', 'company', '华信科技', 'major', 'active', '[]', '[]')"
            )
        )
    engine.dispose()

    replica = Replica(path)
    records = Records(replica)
    assert records.get("customer", "c1")["name"] == "华信科技"
    profile = records.create(
        "credit_profile", {"customer_id": "c1", "rating": "AA", "credit_limit": "500000"}
    )
    records.create(
        "credit_assessment",
        {"customer_id": "c1", "assessed_on": "2026-11-01", "rating": "AA"},
    )
    assert records.get("credit_profile", profile["id"])["credit_limit"] == Decimal("500000.00")
    assert records.pending_count() == 2
    replica.close()
