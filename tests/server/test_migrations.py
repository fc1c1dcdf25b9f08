"""The server schema upgrades from its first revision with data in it, on both backends."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, select, text

from server.db import MIGRATIONS, Database, migrate
from server.models import (
    BranchPool,
    ConflictEntry,
    Device,
    DeviceSync,
    FieldAuthor,
    ServerBase,
    User,
)
from sync.protocol import db
from sync.protocol.entities import Customer, Entity


def test_upgrade_from_first_revision_keeps_data(empty_database_url):
    engine = create_engine(empty_database_url)
    db.upgrade(engine, MIGRATIONS, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO branches (id, name, created_at) "
                "VALUES ('b1', 'Shanghai', CURRENT_TIMESTAMP)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO users (id, username, display_name, password_hash, role, branch_id,"
                " active, created_at) VALUES ('u1', 'alice', 'Alice', :hash, 'rep', 'b1', :yes,"
                " CURRENT_TIMESTAMP)"
            ),
            {"hash": "$argon2id$kept", "yes": True},
        )
        conn.execute(
            text(
                "INSERT INTO customers (id, version, created_at, updated_at, kind, name, tier,"
                " status, owner_id, phones, tags) VALUES ('c1', 3, CURRENT_TIMESTAMP,"
                " CURRENT_TIMESTAMP, 'company', '上海华信科技有限公司', 'major', 'active', 'u1',"
                " '[\"021 5555 0000\"]', '[\"VIP\"]')"
            )
        )
    engine.dispose()

    database = Database(empty_database_url)
    migrate(database.engine)
    with database.transaction() as session:
        user = session.get(User, "u1")
        assert (user.username, user.password_hash, user.failed_logins) == (
            "alice",
            "$argon2id$kept",
            0,
        )
        customer = session.get(Customer, "c1")
        assert customer.name == "上海华信科技有限公司"
        assert customer.phones == ["021 5555 0000"] and customer.tags == ["VIP"]
        assert session.execute(text("SELECT count(*) FROM audit_log")).scalar_one() == 0
    with database.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn), [Entity.metadata, ServerBase.metadata]
        )
    assert diff == []
    database.dispose()


def test_numbers_in_json_columns_are_read_back_after_0006(empty_database_url):
    """Issue 17, item 5: on SQLite a conflict entry's lost value 50 was stored as an integer
    and every pull that included it answered 500; 0006 stores JSON as text."""
    engine = create_engine(empty_database_url)
    db.upgrade(engine, MIGRATIONS, "0005")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO conflicts (id, version, customer_id, entity, row_id, field,"
                " lost_value, kept_value, reason, at) VALUES ('k1', 3, 'c1', 'opportunity',"
                " 'o1', 'probability', '50', '1e30', 'overwritten', CURRENT_TIMESTAMP)"
            )
        )
    engine.dispose()

    database = Database(empty_database_url)
    migrate(database.engine)
    with database.transaction() as session:
        conflict = session.get(ConflictEntry, "k1")
        assert (conflict.lost_value, conflict.kept_value) == (50, 1e30)
        session.add(ConflictEntry(**{**_columns(conflict), "id": "k2", "lost_value": 70}))
    with database.sessions() as session:
        assert session.get(ConflictEntry, "k2").lost_value == 70
        if database.engine.dialect.name == "sqlite":
            kinds = session.execute(text("SELECT DISTINCT typeof(lost_value) FROM conflicts"))
            assert kinds.all() == [("text",)]
    database.dispose()


def _columns(obj) -> dict:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}


def test_0007_devices_know_every_earlier_move_and_old_edits_keep_their_editor(
    empty_database_url,
):
    """Issue 17, items 2 and 13: devices that synced before 0007 get no grace for moves
    made before it; a field of a row edited before it is attributed to its last editor."""
    engine = create_engine(empty_database_url)
    db.upgrade(engine, MIGRATIONS, "0006")
    with engine.begin() as conn:
        conn.execute(text("UPDATE sync_counter SET value = 41 WHERE id = 1"))
        conn.execute(
            text(
                "INSERT INTO users (id, username, display_name, password_hash, role, active,"
                " failed_logins, created_at) VALUES ('u1', 'alice', 'Alice', 'h', 'rep', :yes,"
                " 0, CURRENT_TIMESTAMP)"
            ),
            {"yes": True},
        )
        conn.execute(
            text(
                "INSERT INTO devices (id, user_id, name, created_at)"
                " VALUES ('d1', 'u1', 'laptop', CURRENT_TIMESTAMP)"
            )
        )
        conn.execute(text("INSERT INTO device_sync (device_id, last_mutation) VALUES ('d1', 7)"))
        for row_id, created_by, updated_by in (("c1", "u1", "u2"), ("c2", "u1", "u1")):
            conn.execute(
                text(
                    "INSERT INTO customers (id, version, created_at, updated_at, created_by,"
                    " updated_by, kind, name, tier, status, phones, tags) VALUES (:id, 3,"
                    " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, :created, :updated, 'person', 'x',"
                    " 'ordinary', 'active', '[]', '[]')"
                ),
                {"id": row_id, "created": created_by, "updated": updated_by},
            )
    engine.dispose()

    database = Database(empty_database_url)
    migrate(database.engine)
    with database.transaction() as session:
        state = session.get(DeviceSync, "d1")
        assert (state.last_mutation, state.known_version) == (7, 41)
        authors = session.execute(
            select(FieldAuthor.entity, FieldAuthor.row_id, FieldAuthor.field, FieldAuthor.user_id)
        ).all()
        assert authors == [("customer", "c1", "*", "u2")]
    database.dispose()


def test_0009_devices_are_not_lost_after_upgrade(empty_database_url):
    """Issue 17, item 17: devices from before 0009 keep working (`lost_at` empty)."""
    engine = create_engine(empty_database_url)
    db.upgrade(engine, MIGRATIONS, "0008")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users (id, username, display_name, password_hash, role, active,"
                " failed_logins, created_at) VALUES ('u1', 'alice', 'Alice', 'h', 'rep', :yes,"
                " 0, CURRENT_TIMESTAMP)"
            ),
            {"yes": True},
        )
        conn.execute(
            text(
                "INSERT INTO devices (id, user_id, name, created_at)"
                " VALUES ('d1', 'u1', 'laptop', CURRENT_TIMESTAMP)"
            )
        )
    engine.dispose()

    database = Database(empty_database_url)
    migrate(database.engine)
    with database.transaction() as session:
        device = session.get(Device, "d1")
        assert (device.name, device.lost_at) == ("laptop", None)
    database.dispose()


def test_0010_field_authors_keep_their_author_and_get_no_time(empty_database_url):
    """Issue 17, item 12: a field value written before 0010 keeps its author and has no time,
    so a change re-sent after a restore is taken as later than it."""
    engine = create_engine(empty_database_url)
    db.upgrade(engine, MIGRATIONS, "0009")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO field_authors (entity, row_id, field, user_id)"
                " VALUES ('customer', 'c1', 'city', 'u1')"
            )
        )
    engine.dispose()

    database = Database(empty_database_url)
    migrate(database.engine)
    with database.transaction() as session:
        authors = session.execute(
            select(
                FieldAuthor.row_id, FieldAuthor.field, FieldAuthor.user_id, FieldAuthor.written_at
            )
        ).all()
        assert authors == [("c1", "city", "u1", None)]
    database.dispose()


def test_0011_customers_are_kept_and_unmerged(empty_database_url):
    """Issue 18, item 4: customers stored before 0011 are kept, none of them merged."""
    engine = create_engine(empty_database_url)
    db.upgrade(engine, MIGRATIONS, "0010")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (id, version, created_at, updated_at, kind, name, tier,"
                " status, phones, tags) VALUES ('c1', 3, '2025-01-01 00:00:00',"
                " '2025-01-01 00:00:00', 'person', '王芳', 'major', 'active', '[]', '[]')"
            )
        )
    engine.dispose()

    database = Database(empty_database_url)
    migrate(database.engine)
    with database.transaction() as session:
        customer = session.get(Customer, "c1")
        assert (customer.name, customer.version, customer.merged_into_id) == ("王芳", 3, None)
    database.dispose()


def test_0013_customers_are_kept_and_commerce_tables_hold_contracts(empty_database_url):
    """Issue 19, item 1: 0013 keeps what was stored and adds products, contracts with their
    lines and payments, amounts kept to the cent."""
    from datetime import date
    from decimal import Decimal

    from sync.protocol.entities import Contract, ContractLine, Payment, Product

    engine = create_engine(empty_database_url)
    db.upgrade(engine, MIGRATIONS, "0012")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (id, version, created_at, updated_at, kind, name, tier,"
                " status, phones, tags) VALUES ('c1', 3, '2025-01-01 00:00:00',"
                " '2025-01-01 00:00:00', 'company', '华信科技', 'major', 'active', '[]', '[]')"
            )
        )
    engine.dispose()

    database = Database(empty_database_url)
    migrate(database.engine)
    with database.transaction() as session:
        session.add(Product(id="p1", code="A-1", name="服务器", list_price=Decimal("1234.50")))
        session.add(
            Contract(id="k1", customer_id="c1", number="HT-001", signed_on=date(2026, 3, 1))
        )
        session.flush()
        session.add(
            ContractLine(
                id="l1",
                customer_id="c1",
                contract_id="k1",
                product_id="p1",
                quantity=Decimal("2.5"),
                unit_price=Decimal("1234.50"),
                discount=Decimal("0.1"),
            )
        )
        session.add(
            Payment(
                id="y1",
                customer_id="c1",
                contract_id="k1",
                received_on=date(2026, 3, 9),
                amount=Decimal("1000.01"),
            )
        )
    with database.transaction() as session:
        assert session.get(Customer, "c1").name == "华信科技"
        line = session.get(ContractLine, "l1")
        assert (line.quantity, line.unit_price, line.discount) == (
            Decimal("2.500"),
            Decimal("1234.50"),
            Decimal("0.1000"),
        )
        assert session.get(Payment, "y1").amount == Decimal("1000.01")
        assert session.get(Contract, "k1").status == "draft"
    database.dispose()


def test_0014_people_from_before_keep_their_passwords(empty_database_url):
    """Issue 26, item 1: accounts made before 0014 are not asked to change their password."""
    engine = create_engine(empty_database_url)
    db.upgrade(engine, MIGRATIONS, "0013")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users (id, username, display_name, password_hash, role, active,"
                " failed_logins, created_at) VALUES ('u1', 'alice', 'Alice', 'h', 'rep', :yes,"
                " 0, CURRENT_TIMESTAMP)"
            ),
            {"yes": True},
        )
    engine.dispose()

    database = Database(empty_database_url)
    migrate(database.engine)
    with database.transaction() as session:
        user = session.get(User, "u1")
        assert (user.username, user.must_change_password) == ("alice", False)
    database.dispose()


def test_0017_pools_keep_their_days_and_have_no_further_rules(empty_database_url):
    """Issue 23: a pool configured before 0017 keeps its days and gets no caps, ban or reminder."""
    engine = create_engine(empty_database_url)
    db.upgrade(engine, MIGRATIONS, "0016")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO branches (id, name, created_at) VALUES ('b1', 'Hangzhou', CURRENT_TIMESTAMP)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO branch_pools (branch_id, enabled, days)"
                " VALUES ('b1', :yes, '{\"ordinary\": 30}')"
            ),
            {"yes": True},
        )
    engine.dispose()

    database = Database(empty_database_url)
    migrate(database.engine)
    with database.transaction() as session:
        pool = session.get(BranchPool, "b1")
        assert (pool.enabled, pool.days) == (True, {"ordinary": 30})
        rules = (pool.daily_claims, pool.max_owned, pool.reclaim_ban_days, pool.remind_days)
        assert rules == (None, None, None, None)
    database.dispose()


def test_0020_customers_are_kept_and_credit_tables_hold_profiles(empty_database_url):
    """Issue 22: 0020 keeps what was stored and adds credit profiles and assessments."""
    from datetime import date
    from decimal import Decimal

    from sync.protocol.entities import CreditAssessment, CreditProfile

    engine = create_engine(empty_database_url)
    db.upgrade(engine, MIGRATIONS, "0019")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (id, version, created_at, updated_at, kind, name, tier,"
                " status, phones, tags) VALUES ('c1', 3, '2025-01-01 00:00:00',"
                " '2025-01-01 00:00:00', 'company', '华信科技', 'major', 'active', '[]', '[]')"
            )
        )
    engine.dispose()

    database = Database(empty_database_url)
    migrate(database.engine)
    with database.transaction() as session:
        session.add(
            CreditProfile(id="c1", customer_id="c1", rating="A", credit_limit=Decimal("9.99"))
        )
        session.add(
            CreditAssessment(id="a1", customer_id="c1", assessed_on=date(2026, 11, 1), rating="A")
        )
    with database.transaction() as session:
        assert session.get(Customer, "c1").name == "华信科技"
        profile = session.get(CreditProfile, "c1")
        assert (profile.credit_limit, profile.terms_days, profile.on_hold) == (
            Decimal("9.99"),
            30,
            False,
        )
        assert session.get(CreditAssessment, "a1").rating == "A"
    database.dispose()
