"""Migration 0018 (issue 19, item 2) on both databases, and the replica's 0013: customers keep
their tier, gain no computed tier and are not locked; the policy table takes its row."""

from pathlib import Path

from sqlalchemy import create_engine, text

from app.records import Records
from app.replica import MIGRATIONS as REPLICA_MIGRATIONS
from app.replica import Replica
from server import value
from server.db import MIGRATIONS, Database, migrate
from sync.protocol import db
from sync.protocol.entities import Customer
from sync.protocol.tiers import TierPolicy

CUSTOMER = (
    "INSERT INTO customers (id, version, created_at, updated_at, kind, name, tier, status,"
    " phones, tags) VALUES ('c1', 3, '2025-01-01 00:00:00', '2025-01-01 00:00:00', 'company',"
    " '华信科技', 'major', 'active', '[]', '[]')"
)


def test_0018_customers_keep_their_tier_and_the_policy_is_stored(empty_database_url):
    engine = create_engine(empty_database_url)
    db.upgrade(engine, MIGRATIONS, "0017")
    with engine.begin() as conn:
        conn.execute(text(CUSTOMER))
    db.upgrade(engine, MIGRATIONS, "0018")
    engine.dispose()
    database = Database(empty_database_url)
    migrate(database.engine)
    with database.transaction() as session:
        customer = session.get(Customer, "c1")
        assert (customer.tier, customer.computed_tier, customer.tier_locked) == (
            "major", None, False
        )  # fmt: skip
        assert value.settings(session).policy == TierPolicy()  # the defaults, none saved
        value.save_policy(session, None, TierPolicy(window_months=6, overdue_days=None))
    with database.transaction() as session:
        kept = value.settings(session).policy
        assert (kept.window_months, kept.overdue_days) == (6, None)
    database.engine.dispose()


def test_replica_0013_customers_keep_their_tier(tmp_path: Path):
    path = tmp_path / "replica.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    db.upgrade(engine, REPLICA_MIGRATIONS, "0012")
    with engine.begin() as conn:
        conn.execute(text(CUSTOMER))
    engine.dispose()
    replica = Replica(path)
    customer = Records(replica).get("customer", "c1")
    assert (customer["tier"], customer["computed_tier"], customer["tier_locked"]) == (
        "major", None, False
    )  # fmt: skip
    replica.close()
