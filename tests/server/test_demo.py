"""Demo data: what someone exploring a freshly seeded server would see."""

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.db import Database, migrate
from server.demo import DemoAlreadySeeded, DemoSummary, seed_demo
from server.models import Branch, SyncCounter, User
from server.security import verify_password
from sync.protocol import validation
from sync.protocol.entities import (
    ENTITIES,
    Contact,
    Customer,
    Interaction,
    Opportunity,
    Relation,
    ServiceRequest,
)
from sync.protocol.enums import LifecycleStatus, OpportunityStage, Role, ServiceStatus, Tier

REPS = {"alice", "bob", "chen.wei", "li.na", "wang.fang", "david"}
MANAGERS = {"manager.sh", "manager.bj", "manager.sz"}
TABLES = ("branches", "users", *(cls.__tablename__ for cls in ENTITIES.values()))


@dataclass
class Seeded:
    db: Database
    summary: DemoSummary
    messages: list[str]


def _database(directory: Path) -> Database:
    db = Database(f"sqlite:///{directory / 's.db'}")
    migrate(db.engine)
    return db


def _row_counts(session: Session) -> dict[str, int]:
    tables = {cls.__tablename__: cls for cls in (Branch, User, *ENTITIES.values())}
    return {
        name: session.scalar(select(func.count()).select_from(cls)) or 0
        for name, cls in tables.items()
    }


def _customers(db: Database) -> list[tuple[str, str]]:
    with db.transaction() as session:
        return list(session.execute(select(Customer.id, Customer.name).order_by(Customer.id)))


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seeded]:
    db = _database(tmp_path_factory.mktemp("demo"))
    messages: list[str] = []
    summary = seed_demo(db, customers=300, seed=7, progress=messages.append)
    yield Seeded(db, summary, messages)
    db.dispose()


@pytest.fixture
def session(seeded: Seeded) -> Iterator[Session]:
    with seeded.db.transaction() as session:
        yield session


def test_three_branches_in_three_cities(session: Session) -> None:
    branches = {b.name: b.city for b in session.scalars(select(Branch))}
    assert branches == {"Shanghai": "上海", "Beijing": "北京", "Shenzhen": "深圳"}


def test_demo_users_have_roles_and_branches_and_share_the_password(
    session: Session, seeded: Seeded
) -> None:
    users = {u.username: u for u in session.scalars(select(User))}
    assert set(users) == {"admin"} | MANAGERS | REPS == set(seeded.summary.usernames)
    assert users["admin"].role == Role.ADMIN and users["admin"].branch_id is None
    assert {users[name].role for name in MANAGERS} == {Role.MANAGER}
    assert {users[name].role for name in REPS} == {Role.REP}
    assert len({users[name].branch_id for name in MANAGERS}) == 3
    assert all(users[name].branch_id and users[name].active for name in MANAGERS | REPS)
    assert len({u.password_hash for u in users.values()}) == 1
    assert verify_password(users["alice"].password_hash, "demo1234")


def test_every_customer_is_owned_by_a_rep_of_its_branch(session: Session) -> None:
    reps = {u.id: u for u in session.scalars(select(User).where(User.role == Role.REP))}
    customers = session.scalars(select(Customer)).all()
    assert len(customers) == 300
    for customer in customers:
        assert customer.owner_id in reps
        assert customer.branch_id == reps[customer.owner_id].branch_id
    assert len({c.owner_id for c in customers}) == len(reps)


def test_zhang_wei_exists_and_belongs_to_alice(session: Session) -> None:
    alice = session.scalar(select(User.id).where(User.username == "alice"))
    owners = session.scalars(select(Customer.owner_id).where(Customer.name == "张伟")).all()
    assert alice in owners


def test_customers_look_like_a_chinese_customer_base(session: Session) -> None:
    customers = session.scalars(select(Customer)).all()
    kinds = Counter(c.kind for c in customers)
    assert 0.1 < kinds["company"] / len(customers) < 0.25
    chinese = [c for c in customers if c.kind == "person" and not c.name.isascii()]
    assert len(chinese) / len(customers) > 0.6
    assert all(2 <= len(c.name) <= 3 for c in chinese)
    assert {c.tier for c in customers} == {t.value for t in Tier}
    assert {c.status for c in customers} == {s.value for s in LifecycleStatus}
    assert all(c.phones for c in customers)
    assert all(c.birthday for c in customers if c.kind == "person")
    assert all(c.registration_no and c.company_size for c in customers if c.kind == "company")
    assert any("有限公司" in c.name for c in customers)


def test_every_entity_table_has_rows_and_the_summary_counts_them(
    session: Session, seeded: Seeded
) -> None:
    counts = _row_counts(session)
    assert all(counts[name] > 0 for name in TABLES)
    assert dict(seeded.summary.counts) == counts
    assert 2.5 < counts["interactions"] / counts["customers"] < 3.5


def test_every_row_passes_domain_validation(session: Session) -> None:
    for entity, cls in ENTITIES.items():
        writable = validation.writable_columns(entity)
        for row in session.execute(select(cls.__table__)).mappings():
            values = validation.coerce(entity, {name: row[name] for name in writable})
            validation.check_row(entity, values)


def test_synced_rows_are_fresh_and_consistently_stamped(session: Session) -> None:
    now = datetime.now(UTC)
    users = set(session.scalars(select(User.id)))
    committed = session.scalar(select(SyncCounter.value))
    for cls in ENTITIES.values():
        for row in session.execute(select(cls.__table__)).mappings():
            # one change number, already committed: a first pull delivers every demo row
            assert row["version"] == committed > 0 and row["deleted_at"] is None
            assert row["created_at"] <= row["updated_at"] <= now
            assert row["created_by"] == row["updated_by"] and row["created_by"] in users


def test_interactions_span_more_than_a_year_and_none_is_in_the_future(session: Session) -> None:
    first, last = session.execute(
        select(func.min(Interaction.occurred_at), func.max(Interaction.occurred_at))
    ).one()
    assert last - first > timedelta(days=365)
    assert max(i.occurred_at for i in session.scalars(select(Interaction))) <= datetime.now(UTC)
    assert {i.kind for i in session.scalars(select(Interaction))} >= {"call", "visit", "note"}


def test_children_belong_where_they_should(session: Session) -> None:
    kinds = {cid: kind for cid, kind in session.execute(select(Customer.id, Customer.kind))}
    owners = {cid: uid for cid, uid in session.execute(select(Customer.id, Customer.owner_id))}
    primaries = Counter(c.customer_id for c in session.scalars(select(Contact)) if c.is_primary)
    assert primaries == Counter({cid: 1 for cid, kind in kinds.items() if kind == "company"})
    for relation in session.scalars(select(Relation)):
        assert relation.related_customer_id != relation.customer_id
    for interaction in session.scalars(select(Interaction)):
        assert interaction.user_id == owners[interaction.customer_id]


def test_opportunities_cover_every_stage_with_matching_probability(session: Session) -> None:
    opportunities = session.scalars(select(Opportunity)).all()
    assert {o.stage for o in opportunities} == {s.value for s in OpportunityStage}
    today = datetime.now(UTC).date()
    for o in opportunities:
        assert o.currency == "CNY" and o.amount > 0
        if o.stage == OpportunityStage.WON:
            assert o.probability == 100 and o.expected_close <= today
        elif o.stage == OpportunityStage.LOST:
            assert o.probability == 0 and o.lost_reason
        else:
            assert 0 < o.probability < 100 and o.expected_close > today


def test_service_requests_cover_every_status(session: Session) -> None:
    requests = session.scalars(select(ServiceRequest)).all()
    assert {r.status for r in requests} == {s.value for s in ServiceStatus}
    assert all(r.sla_due_at and r.sla_due_at > r.created_at for r in requests)


def test_a_second_seed_is_refused_and_adds_nothing(seeded: Seeded) -> None:
    with seeded.db.transaction() as session:
        before = _row_counts(session)
    with pytest.raises(DemoAlreadySeeded, match="already has users"):
        seed_demo(seeded.db, customers=10, seed=7)
    with seeded.db.transaction() as session:
        assert _row_counts(session) == before


def test_the_same_seed_gives_the_same_customers(seeded: Seeded, tmp_path: Path) -> None:
    again = _database(tmp_path)
    try:
        seed_demo(again, customers=300, seed=7)
        assert _customers(again) == _customers(seeded.db)
    finally:
        again.dispose()


def test_summary_and_progress_tell_the_user_what_happened(seeded: Seeded) -> None:
    text = str(seeded.summary)
    assert "customers" in text and "300" in text
    assert "Log in as alice / demo1234" in text
    assert len(seeded.messages) >= 3


def test_won_deals_have_contracts_mostly_paid_and_a_small_catalogue(session: Session) -> None:
    """Issue 19: a catalogue of a few products; each won opportunity has its contract, of
    about its amount, whose payments never exceed its total; some are still owed."""
    from decimal import Decimal

    from app.commerce import line_total
    from sync.protocol.entities import Contract, ContractLine, Payment, Product

    products = session.scalars(select(Product)).all()
    assert 10 <= len(products) <= 30 and all(p.created_by for p in products)
    won = {
        o.id: o
        for o in session.scalars(select(Opportunity)).all()
        if o.stage == OpportunityStage.WON.value
    }
    contracts = session.scalars(select(Contract)).all()
    assert {c.opportunity_id for c in contracts} == set(won)
    owed = 0
    for contract in contracts:
        deal = won[contract.opportunity_id or ""]
        assert (contract.customer_id, contract.owner_id) == (deal.customer_id, deal.owner_id)
        lines = session.scalars(
            select(ContractLine).where(ContractLine.contract_id == contract.id)
        ).all()
        total = sum(
            (line_total(li.quantity, li.unit_price, li.discount) for li in lines), Decimal(0)
        )
        assert abs(total - deal.amount) <= Decimal("0.10")
        paid = sum(
            session.scalars(select(Payment.amount).where(Payment.contract_id == contract.id)),
            Decimal(0),
        )
        assert paid <= total
        owed += paid < total
    assert 0 < owed < len(contracts)
