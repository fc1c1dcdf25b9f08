"""A pull reads rows untyped and turns the driver's values straight into their wire form: it
must give exactly the text the typed path gives (`RowCodec.to_wire`), on both databases."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from server.db import Database, migrate
from server.models import ConflictEntry
from server.sync.pull import CONFLICTS
from server.users.service import create_user
from sync.protocol.entities import Customer, Interaction, Opportunity, Task
from sync.protocol.enums import Role
from sync.protocol.rows import codec, stored_reader, untyped
from sync.protocol.types import new_id

WHOLE_SECOND = datetime(2026, 11, 23, 8, 0, 0, tzinfo=UTC)
FRACTION = datetime(2026, 11, 23, 8, 0, 0, 123456, tzinfo=UTC)


def _rows(owner_id: str) -> list[object]:
    customer_id = new_id()
    common = {"version": 1, "created_at": WHOLE_SECOND, "updated_at": FRACTION}
    return [
        Customer(
            id=customer_id,
            name="上海明远科技",
            owner_id=owner_id,
            phones=["021-5555 0101", "手机 138 0000 0000"],
            tags=[],
            **common,
        ),
        Interaction(
            id=new_id(),
            customer_id=customer_id,
            occurred_at=FRACTION,
            subject=None,
            body="报价单已发送",
            next_step_due=date(2027, 1, 2),
            **common,
        ),
        Opportunity(
            id=new_id(),
            customer_id=customer_id,
            title="年度合同",
            amount=Decimal("1234567.50"),
            expected_close=None,
            **common,
        ),
        Opportunity(
            id=new_id(), customer_id=customer_id, title="试用", amount=Decimal(0), **common
        ),
        Task(id=new_id(), customer_id=None, title="个人", due_at=WHOLE_SECOND, **common),
    ]


@pytest.fixture
def server_db(empty_database_url):
    """A database of this test's own: the conflict entry below must not meet other tests."""
    database = Database(empty_database_url)
    migrate(database.engine)
    yield database
    database.dispose()


def test_untyped_rows_read_as_the_typed_ones(server_db):
    with server_db.transaction() as session:
        owner = create_user(
            session, username="wire", password="wire password 1", role=Role.REP, branch="上海"
        )
        owner_id = owner.id
    rows = _rows(owner_id)
    conflict = ConflictEntry(
        id=new_id(),
        version=1,
        customer_id=rows[0].id,
        entity="customer",
        row_id=rows[0].id,
        field="phones",
        lost_value=["旧号码", 12],
        kept_value={"nested": [None, 1.5]},
        reason="overwritten",
        at=WHOLE_SECOND,
    )
    with server_db.transaction() as session:
        session.add_all([*rows, conflict])
    with server_db.sessions() as session:
        dialect = session.get_bind().dialect
        for obj in [*rows, conflict]:
            table = CONFLICTS if obj is conflict else type(obj).__table__
            read = stored_reader(table, dialect)
            untyped_row = session.execute(select(*untyped(table)).where(table.c.id == obj.id)).one()
            typed_row = session.execute(select(table).where(table.c.id == obj.id)).mappings().one()
            expected = (
                {**typed_row, "at": "2026-11-23T08:00:00Z"}
                if obj is conflict
                else codec(obj.entity_name).to_wire(typed_row)
            )
            assert read(untyped_row) == expected
            if obj is rows[0]:
                wire = read(untyped_row)
    assert wire["created_at"] == "2026-11-23T08:00:00Z"
    assert wire["updated_at"] == "2026-11-23T08:00:00.123456Z"
    assert wire["phones"] == ["021-5555 0101", "手机 138 0000 0000"]
