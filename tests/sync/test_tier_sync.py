"""Computed tiers over real HTTP (issue 19, items 2-3): Apply on the server, the change and
its history entry on the owner's laptop, a manager's lock kept, and the explanation computed
offline on the replica naming why a customer is restricted.

A server of its own: Apply ranks the whole company, and the session's shared server holds
every other test's customers."""

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.customer_file import CustomerFile
from app.value import Value
from server.db import Database
from server.users.service import create_user
from sync.client.tables import LocalConflict
from sync.protocol.entities import Customer
from sync.protocol.enums import Role
from sync.protocol.tiers import HISTORY_REASON, OVERDUE, TierPolicy
from tests.conftest import PASSWORD
from tests.support.clients import Client, connect
from tests.support.servers import ServerProcess


@pytest.fixture
def company(tmp_path: Path) -> Iterator[tuple[ServerProcess, Database]]:
    url = f"sqlite:///{tmp_path / 'tiers.sqlite3'}"
    proc = ServerProcess(url, tmp_path / "server.log").start()
    database = Database(url)
    yield proc, database
    database.dispose()
    proc.stop()


def _person(database: Database, name: str, role: Role) -> None:
    with database.transaction() as session:
        create_user(session, username=name, password=PASSWORD, role=role, branch="Hangzhou")


def _buy(client: Client, customer_id: str, amount: str, days_ago: int, due_days_ago: int | None):
    today = datetime.now(UTC).date()
    contract = client.records.create(
        "contract",
        {
            "customer_id": customer_id,
            "number": f"HT-{amount}",
            "status": "active",
            "signed_on": (today - timedelta(days=days_ago)).isoformat(),
            "payment_due": (today - timedelta(days=due_days_ago)).isoformat()
            if due_days_ago
            else None,
        },
    )
    client.records.create(
        "contract_line",
        {
            "customer_id": customer_id,
            "contract_id": contract["id"],
            "quantity": "2",
            "unit_price": amount,
            "discount": "0.25",
        },
    )


def test_apply_reaches_the_owner_with_history_and_the_lock_holds(company, tmp_path) -> None:
    server, database = company
    _person(database, "rep", Role.REP)
    _person(database, "boss", Role.MANAGER)
    rep = connect(server.url, "rep", PASSWORD, tmp_path / "rep.sqlite3")
    boss = connect(server.url, "boss", PASSWORD, tmp_path / "boss.sqlite3")
    try:
        owing = rep.records.create("customer", {"name": "张伟贸易", "owner_id": rep.user_id})
        good = rep.records.create("customer", {"name": "李娜科技", "owner_id": rep.user_id})
        kept = rep.records.create("customer", {"name": "王芳", "owner_id": rep.user_id})
        _buy(rep, owing["id"], "3000.00", 200, 150)  # 4,500 owed for 150 days
        _buy(rep, good["id"], "5333.33", 30, None)  # 2 x 5333.33 x 0.75 = 7,999.995 -> 8,000.00
        rep.sync()
        boss.sync()
        # a rep may not lock a tier; the manager may
        rep.records.update("customer", kept["id"], {"tier_locked": True})
        rep.sync()
        with database.transaction() as session:
            assert session.get(Customer, kept["id"]).tier_locked is False  # refused
        boss.records.update("customer", kept["id"], {"tier": "premium", "tier_locked": True})
        boss.sync()
        manager = Value(boss.replica, boss.api, lambda: boss.token, "manager")
        seen = manager.preview(TierPolicy())
        assert seen.counts == {"restricted": 1, "ordinary": 2}
        assert seen.matrix["ordinary"] == {"restricted": 1, "ordinary": 1}
        done = manager.apply(TierPolicy())
        assert done.changed == 1

        rep.sync()
        customer = rep.records.get("customer", owing["id"])
        assert (customer["tier"], customer["computed_tier"]) == ("restricted", "restricted")
        locked = rep.records.get("customer", kept["id"])
        assert (locked["tier"], locked["tier_locked"], locked["computed_tier"]) == (
            "premium", True, "ordinary"
        )  # fmt: skip
        history = CustomerFile(rep.records).conflicts(owing["id"])
        assert [(h["field"], h["lost_value"], h["kept_value"], h["reason"]) for h in history] == [
            ("tier", "ordinary", "restricted", HISTORY_REASON)
        ]
        with rep.replica.reading() as session:
            assert session.scalars(select(LocalConflict.customer_id)).all() == [owing["id"]]

        # the explanation, offline: the policy kept at the last fetch, the replica's rows
        Value(rep.replica, rep.api, lambda: rep.token).refresh_settings()
        offline = Value(rep.replica)
        why = offline.explain(owing["id"])
        assert why.reason == (OVERDUE, 150) and why.expected_tier == "restricted"
        assert why.contribution == Decimal("4500.00") and why.deals == 1
        best = offline.explain(good["id"])
        figure = offline.contributions(best.start, best.end)[good["id"]]
        assert best.contribution == figure == Decimal("8000.00")
        assert best.rank == 1 and best.ranked == 2 and best.reason is None
        assert best.growth is None and best.last_purchase is not None
        view = offline.pareto()
        assert view.customers == 2 and [t.id for t in view.top] == [good["id"]]
        assert view.top_share == pytest.approx(8000 / 12500)
        # the company's 80/20 from the server, for those who keep no replica
        company = Value(None, boss.api, lambda: boss.token, "admin").pareto()
        assert (company.customers, company.total, company.top_count) == (2, Decimal("12500"), 1)
        assert [(t.id, t.name, t.contribution) for t in company.top] == [
            (good["id"], "李娜科技", Decimal("8000.00"))
        ]
        assert company.curve == view.curve
    finally:
        rep.close()
        boss.close()
