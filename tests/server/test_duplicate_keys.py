"""The server's duplicate keys (issue 18, item 3): migration 0012 fills them for customers
stored before it, and `fill` for a bulk load such as the demo's; both backends."""

from sqlalchemy import create_engine, insert, text

from server.customers import duplicates
from server.db import MIGRATIONS, Database, migrate
from sync.protocol import db
from sync.protocol.dedupe import customer_keys
from sync.protocol.entities import Customer

_CUSTOMER = (
    "INSERT INTO customers (id, version, created_at, updated_at, kind, name, tier, status,"
    " phones, tags, registration_no) VALUES (:id, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, :kind,"
    " :name, 'ordinary', 'active', :phones, '[]', :reg)"
)


def _found(session, kind, name, phones=(), reg=None):
    keys = customer_keys(kind, name, phones, None, reg)
    return sorted(f.customer.id for f in duplicates.candidates(session, keys))


def test_migration_0012_fills_keys_of_stored_customers(empty_database_url):
    engine = create_engine(empty_database_url)
    db.upgrade(engine, MIGRATIONS, "0011")
    with engine.begin() as conn:
        conn.execute(
            text(_CUSTOMER),
            [
                {
                    "id": "c1",
                    "kind": "person",
                    "name": "张伟",
                    "phones": '["138 0013 8000"]',
                    "reg": None,
                },
                {
                    "id": "c2",
                    "kind": "company",
                    "name": "蓝石食品有限公司",
                    "phones": "[]",
                    "reg": "9131 0000 MA1K",
                },
            ],
        )
    engine.dispose()
    database = Database(empty_database_url)
    migrate(database.engine)
    with database.sessions() as session:
        assert _found(session, "person", "Zhang Wei", ["+86 13800138000"]) == ["c1"]
        assert _found(session, "company", "蓝石食品股份有限公司") == ["c2"]
        assert _found(session, "company", "?", reg="91310000ma1k") == ["c2"]
        assert _found(session, "person", "张伟", ["13900139000"]) == []
    database.dispose()


def test_fill_after_a_bulk_load(empty_database_url):
    database = Database(empty_database_url)
    migrate(database.engine)
    with database.transaction() as session:
        session.execute(
            insert(Customer.__table__),
            [
                {
                    "id": "b1",
                    "version": 1,
                    "kind": "company",
                    "name": "Bluestone Foods Co., Ltd.",
                    "phones": [],
                    "tags": [],
                },
                {
                    "id": "b2",
                    "version": 1,
                    "kind": "company",
                    "name": "Bluestone Foods",
                    "phones": [],
                    "tags": [],
                },
            ],
        )
        assert duplicates.fill(session) == 2
        assert duplicates.fill(session) == 0
    with database.sessions() as session:
        assert _found(session, "company", "BLUESTONE FOODS LTD") == ["b1", "b2"]
    database.dispose()
