"""Computed value tiers on the server (issue 19, item 2): a hand-computed company of 100
customers on both databases.

The fixture, as of 2026-06-30 with the default policy (12 months; premium the top 10 %,
major the top 30 %; overdue past 90 days or a fall of 50 % -> restricted; potential: an open
opportunity or a contact in 90 days):

- c00..c59 bought once on 2026-06-01, c_i for 1000 x (60 - i): equal deals, recency and
  growth, so the score orders them by contribution;
- c57 and c58 owe theirs since 2026-03-01 (121 days): restricted, overdue; c59 bought
  10,000 in the window before: fell 90 %, restricted;
- so 57 are ranked: premium rank <= 5.7 -> 5, major rank <= 17.1 -> 12 more, 40 ordinary;
- c60..c69 have an open opportunity, c70..c79 a contact 30 days ago: potential (20);
- c80..c89 were contacted 200 days ago, c90..c99 never: ordinary (20).
- c00 (premium by the figures) is locked by a manager at major.

Computed: 5 premium, 12 major, 60 ordinary, 3 restricted, 20 potential. The top 20 % of
the 60 buyers is c00..c11: 1000 x (60 + ... + 49) = 654,000 of 1,830,000.
"""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from server import value
from server.db import Database, migrate
from server.models import ConflictEntry
from sync.protocol.entities import Contract, ContractLine, Customer, Interaction, Opportunity
from sync.protocol.tiers import FALLING, HISTORY_REASON, OVERDUE, TierPolicy

AS_OF = date(2026, 6, 30)


def _id(n: int) -> str:
    return f"00000000-0000-0000-0000-{n:012d}"


def _contract(session, n: int, signed: date, amount: int, due: date | None = None) -> None:
    contract = Contract(
        customer_id=_id(n), number=f"HT-{n}-{signed}", status="active", signed_on=signed,
        payment_due=due,
    )  # fmt: skip
    session.add(contract)
    session.flush()
    session.add(
        ContractLine(
            customer_id=_id(n),
            contract_id=contract.id,
            quantity=Decimal(1),
            unit_price=Decimal(amount),
            discount=Decimal(0),
        )
    )


def seed_company(session) -> None:
    for n in range(100):
        locked = n == 0
        session.add(
            Customer(
                id=_id(n),
                name=f"c{n:02d}",
                tier="major" if locked else "ordinary",
                tier_locked=locked,
            )
        )
    session.flush()
    for n in range(60):
        due = date(2026, 3, 1) if n in (57, 58) else None
        _contract(session, n, date(2026, 6, 1), 1000 * (60 - n), due)
    _contract(session, 59, date(2025, 1, 1), 10_000)
    for n in range(60, 70):
        session.add(Opportunity(customer_id=_id(n), title="扩容", stage="proposal"))
    for n in range(70, 90):
        days = 30 if n < 80 else 200
        at = datetime(2026, 6, 30, 9, tzinfo=UTC) - timedelta(days=days)
        session.add(Interaction(customer_id=_id(n), kind="call", occurred_at=at))


@pytest.fixture
def company(empty_database_url: str):
    database = Database(empty_database_url)
    migrate(database.engine)
    with database.transaction() as session:
        seed_company(session)
    yield database
    database.dispose()


def _tiers(session) -> dict[str, tuple[str, str | None]]:
    rows = session.execute(select(Customer.name, Customer.tier, Customer.computed_tier))
    return {name: (tier, computed) for name, tier, computed in rows}


def _count(values) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out


def test_hundred_customers_get_exactly_the_hand_computed_tiers(company: Database) -> None:
    with company.transaction() as session:
        seen = value.preview(session, None, TierPolicy(), AS_OF)
    assert seen.counts == {
        "premium": 5, "major": 12, "ordinary": 60, "restricted": 3, "potential": 20
    }  # fmt: skip
    assert seen.locked == 1
    assert seen.matrix["major"] == {"major": 1}  # c00 stays where the manager locked it
    assert seen.matrix["ordinary"] == {
        "premium": 4, "major": 12, "ordinary": 60, "restricted": 3, "potential": 20
    }  # fmt: skip
    assert seen.changes == 4 + 12 + 3 + 20  # c01..c04, c05..c16, the restricted, potential
    assert seen.top20_share == pytest.approx(654_000 / 1_830_000)
    assert seen.pareto[20] == (0.2, pytest.approx(654_000 / 1_830_000))
    assert seen.pareto[-1] == (1.0, pytest.approx(1.0))

    with company.transaction() as session:
        assert set(_tiers(session).values()) == {("ordinary", None), ("major", None)}
        done = value.apply(session, None, TierPolicy(), AS_OF)
    assert done.changed == seen.changes
    with company.transaction() as session:
        tiers = _tiers(session)
        history = session.scalars(
            select(ConflictEntry).where(ConflictEntry.reason == HISTORY_REASON)
        ).all()
        standing = value.settings(session).standing
    assert _count(t for t, _ in tiers.values()) == {
        "premium": 4, "major": 13, "ordinary": 60, "restricted": 3, "potential": 20
    }  # fmt: skip
    assert tiers["c00"] == ("major", "premium")  # locked: kept, the computed one beside it
    assert [tiers[f"c{n:02d}"][0] for n in (1, 4, 5, 16, 17, 57, 59, 60, 75, 85)] == [
        "premium", "premium", "major", "major", "ordinary", "restricted", "restricted",
        "potential", "potential", "ordinary",
    ]  # fmt: skip
    assert len(history) == done.changed
    entry = next(h for h in history if h.row_id == _id(57))
    assert (entry.field, entry.lost_value, entry.kept_value) == ("tier", "ordinary", "restricted")
    assert standing is not None and standing.ranked == 57
    assert standing.contribution_max == 60_000

    # run again: nothing changes, no new history
    with company.transaction() as session:
        assert value.apply(session, None, TierPolicy(), AS_OF).changed == 0


def test_restricted_reasons_and_contribution_figures(company: Database) -> None:
    from sync.protocol.tiers import assign

    policy = TierPolicy()
    with company.transaction() as session:
        found = {f.customer_id: f for f in value.figures(session, policy, AS_OF)}
        window = value.contributions(session, date(2025, 6, 30), AS_OF)
    verdicts, _ = assign(list(found.values()), policy, AS_OF)
    assert verdicts[_id(57)].reason == (OVERDUE, 121)
    assert verdicts[_id(59)].reason == (FALLING, 90)
    assert verdicts[_id(0)].rank == 1 and verdicts[_id(17)].rank == 18
    assert found[_id(3)].contribution == Decimal("57000.00") == window[_id(3)]
    assert found[_id(59)].previous == Decimal("10000.00")
    # a stricter policy: no overdue rule, and premium the top 20 %
    loose = TierPolicy(overdue_days=None, premium_percent=20)
    verdicts, _ = assign(list(found.values()), loose, AS_OF)
    assert verdicts[_id(57)].tier != "restricted"
    assert sum(v.tier == "premium" for v in verdicts.values()) == 11  # 59 ranked x 20 %


def test_tier_sweep_command_previews_then_applies(company: Database, capsys) -> None:
    from server.cli import main

    assert main(["--database-url", company.url, "tier-sweep", "--dry-run"]) == 0
    dry = capsys.readouterr().out
    assert dry.endswith("customers change tier (dry run)\n") and "restricted" in dry
    with company.transaction() as session:
        assert value.settings(session).standing is None  # nothing written
    assert main(["--database-url", company.url, "tier-sweep"]) == 0
    done = capsys.readouterr().out.splitlines()[-1]
    assert done == dry.splitlines()[-1].removesuffix(" (dry run)")
    with company.transaction() as session:
        assert value.settings(session).standing is not None
        assert session.get(Customer, _id(57)).tier == "restricted"
