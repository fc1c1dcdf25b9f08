"""Credit "3+1" over real HTTP (issue 22), on SQLite and PostgreSQL: the credit department
rates customers of its branches and sets their limits; reps read it and cannot change it; a
contract beyond the limit is held at the server until the credit department releases it;
credit data follows its customer."""

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.commerce import Commerce, LineDraft
from app.credit import Credit, CreditReadOnly
from app.sync_activity import SyncActivity
from server.customers.service import move
from server.models import AuditEntry, ReviewItem, User
from sync.protocol.entities import Contract, CreditAssessment, CreditProfile, Customer
from sync.protocol.enums import Role


def _reasons(server_db, user_id: str, entity: str) -> list[str]:
    with server_db.transaction() as session:
        return sorted(
            session.scalars(
                select(ReviewItem.reason).where(
                    ReviewItem.user_id == user_id, ReviewItem.entity == entity
                )
            )
        )


def _contract(client, customer_id: str, amount: str, *, role: str = Role.REP.value) -> dict:
    commerce = Commerce(client.records, role)
    values = {
        "customer_id": customer_id,
        "number": commerce.next_number(),
        "status": "active",
        "payment_due": "2026-12-31",
    }
    return commerce.save_contract(
        None, values, [LineDraft(product_id=None, quantity=Decimal(1), unit_price=Decimal(amount))]
    )


EDGES = [
    {"credit_limit": "1000000000000000"},  # beyond 999,999,999,999.99
    {"credit_limit": "-1"},
    {"notes": "a\x00b"},
    {"terms_days": 100000},
    {"rating": "AAAA"},
]


def test_the_credit_department_sets_limits_and_reps_cannot(client_for, make_account, server_db):
    rep = client_for(make_account(branch="Hangzhou"))
    officer = client_for(make_account(role=Role.CREDIT, branch="Hangzhou"))
    customer = rep.records.create("customer", {"name": "华信科技", "kind": "company"})
    rep.sync()
    officer.sync()
    # the credit department holds the branch's customers, and rates one of a rep's book
    desk = Credit(officer.records, Role.CREDIT.value)
    desk.add_assessment(
        customer["id"],
        {"rating": "AA", "registered_capital": "5000000", "next_review": "2027-06-30"},
    )
    desk.save_profile(customer["id"], {"credit_limit": "100000", "terms_days": 45})
    officer.sync()
    with server_db.transaction() as session:
        decided = session.scalars(
            select(AuditEntry.detail).where(
                AuditEntry.action == "credit_decision", AuditEntry.row_id == customer["id"]
            )
        ).all()
        assert [(d["decided"]["rating"], d["decided"]["credit_limit"]) for d in decided] == [
            ("AA", "100000.00")
        ]
        profile = session.get(CreditProfile, customer["id"])
        assert (profile.rating, profile.credit_limit, profile.terms_days) == (
            "AA",
            Decimal("100000.00"),
            45,
        )
        assert session.scalar(select(CreditAssessment.rating)) is not None
    rep.sync()
    mine = Credit(rep.records, Role.REP.value)
    assert mine.status(customer["id"]).credit_limit == Decimal("100000.00")
    assert mine.status(customer["id"]).rating == "AA"

    # the rep's app refuses, and a change sent anyway (an old client) is refused by the server
    with pytest.raises(CreditReadOnly):
        mine.save_profile(customer["id"], {"credit_limit": "999999"})
    rep.records.update("credit_profile", customer["id"], {"credit_limit": "999999"})
    rep.records.create(
        "credit_assessment", {"customer_id": customer["id"], "assessed_on": "2026-11-30"}
    )
    rep.sync()
    assert _reasons(server_db, rep.user_id, "credit_profile") == ["forbidden"]
    assert _reasons(server_db, rep.user_id, "credit_assessment") == ["forbidden"]
    assert rep.records.get("credit_profile", customer["id"])["credit_limit"] == Decimal(
        "100000.00"
    )  # the refusal handed the server's row back

    # the credit department changes credit data only: not the customer's phone
    officer.records.update("customer", customer["id"], {"phones": ["13800138000"]})
    officer.sync()
    assert _reasons(server_db, officer.user_id, "customer") == ["forbidden"]
    with server_db.transaction() as session:
        assert session.get(Customer, customer["id"]).phones == []
    # ... and the officer sees why on the Sync screen
    (refused,) = SyncActivity(officer.replica).rejected()
    assert (refused.entity, refused.customer, refused.detail["reason"]) == (
        "customer",
        "华信科技",
        "forbidden",
    )

    # edge values are refused one by one, as invalid, in a request that still answers 200
    other = rep.records.create("customer", {"name": "济南机械"})
    rep.sync()
    officer.sync()
    mutations = [
        {
            "seq": 10_000 + seq,  # after what the officer's laptop sent; it sends no more
            "entity": "credit_profile",
            "row_id": other["id"],
            "op": "create",
            "changes": {"customer_id": other["id"], **changes},
            "base": {},
        }
        for seq, changes in enumerate(EDGES, 1)
    ]
    answer = officer.api.push(officer.token, {"mutations": mutations})
    assert [(r["status"], r["reason"]) for r in answer["results"]] == [
        ("rejected", "invalid")
    ] * len(EDGES)


def test_a_contract_beyond_the_limit_is_held_until_the_credit_department_releases_it(
    client_for, make_account, server_db
):
    rep = client_for(make_account(branch="Ningbo"))
    officer = client_for(make_account(role=Role.CREDIT, branch="Ningbo"))
    customer = rep.records.create("customer", {"name": "宁波港务", "kind": "company"})
    rep.sync()
    officer.sync()
    Credit(officer.records, Role.CREDIT.value).save_profile(
        customer["id"], {"credit_limit": "50000"}
    )
    officer.sync()
    rep.sync()

    # within the limit: active; the second one takes the customer beyond it: held at entry
    first = _contract(rep, customer["id"], "30000")
    second = _contract(rep, customer["id"], "30000")
    assert (first["status"], second["status"]) == ("active", "held")
    status = Credit(rep.records, Role.REP.value).status(customer["id"])
    assert (status.exposure, status.available, status.held_contracts) == (
        Decimal("30000.00"),
        Decimal("20000.00"),
        1,
    )

    # a laptop that did not know the limit (entered before it arrived): the server holds it
    stale = client_for(make_account(branch="Ningbo"))
    late = stale.records.create("customer", {"name": "老客户"})
    stale.sync()
    officer.sync()
    Credit(officer.records, Role.CREDIT.value).save_profile(late["id"], {"credit_limit": "10"})
    contract = _contract(stale, late["id"], "500")
    assert contract["status"] == "active"  # offline, no limit known
    officer.sync()
    stale.sync()
    with server_db.transaction() as session:
        assert session.get(Contract, contract["id"]).status == "held"
    assert stale.records.get("contract", contract["id"])["status"] == "held"
    # a deal won offline for a customer put on hold meanwhile is refused at push
    Credit(officer.records, Role.CREDIT.value).save_profile(late["id"], {"on_hold": True})
    officer.sync()
    stale.records.create(
        "opportunity", {"customer_id": late["id"], "title": "续约", "stage": "won"}
    )
    stale.sync()
    assert _reasons(server_db, stale.user_id, "opportunity") == ["credit_hold"]

    # the rep cannot release it: refused with a reason the Sync screen shows
    rep.sync()
    rep.records.update("contract", second["id"], {"status": "active"})
    rep.sync()
    assert _reasons(server_db, rep.user_id, "contract") == ["credit_hold"]
    assert rep.records.get("contract", second["id"])["status"] == "held"

    # the credit department releases it
    officer.sync()
    Credit(officer.records, Role.CREDIT.value).release(second["id"])
    officer.sync()
    rep.sync()
    assert rep.records.get("contract", second["id"])["status"] == "active"

    # every credit decision is in the audit log: the server's hold and the release
    with server_db.transaction() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(
                AuditEntry.action.in_(["credit_hold", "credit_decision"]),
                AuditEntry.row_id.in_([contract["id"], second["id"]]),
            )
            .order_by(AuditEntry.id)
        ).all()
        story = [
            (e.action, e.row_id, e.detail.get("reason") or e.detail.get("decided")) for e in entries
        ]
    assert story == [
        ("credit_hold", contract["id"], "over_limit"),
        ("credit_decision", second["id"], {"status": "active"}),
    ]


def test_credit_data_moves_with_its_customer_and_stays_in_scope(
    client_for, make_account, server_db
):
    alice = client_for(make_account(branch="Wuxi"))
    bob = client_for(make_account(branch="Wuxi"))
    outsider = client_for(make_account(role=Role.CREDIT, branch="Xiamen"))
    officer = client_for(make_account(role=Role.CREDIT, branch="Wuxi"))
    customer = alice.records.create("customer", {"name": "无锡精工"})
    alice.sync()
    officer.sync()
    Credit(officer.records, Role.CREDIT.value).add_assessment(
        customer["id"], {"rating": "B", "notes": "逾期两次"}
    )
    officer.sync()
    alice.sync()
    bob.sync()
    assert alice.records.find("credit_assessment") != []
    assert bob.records.find("credit_profile") == []

    # another branch's credit department sees none of it, and its change by id is refused
    outsider.sync()
    assert outsider.records.find("customer") == [] and outsider.records.find("credit_profile") == []
    answer = outsider.api.push(
        outsider.token,
        {
            "mutations": [
                {
                    "seq": 1,
                    "entity": "credit_profile",
                    "row_id": customer["id"],
                    "op": "create",
                    "changes": {"customer_id": customer["id"], "credit_limit": "1"},
                    "base": {},
                }
            ]
        },
    )
    assert answer["results"][0]["status"] == "rejected"
    assert answer["results"][0]["reason"] == "not_found"
    assert answer["results"][0].get("row") is None

    with server_db.transaction() as session:  # a reassignment (as the admin API makes it)
        to_bob = session.get(User, bob.user_id)
        assert move(session, [session.get(Customer, customer["id"])], to_bob, by=None,
                    reason="territory") == 1  # fmt: skip
    bob.sync()
    alice.sync()
    assert [p["rating"] for p in bob.records.find("credit_profile")] == ["B"]
    assert [a["notes"] for a in bob.records.find("credit_assessment")] == ["逾期两次"]
    assert alice.records.find("credit_profile") == []
    assert alice.records.find("credit_assessment") == []


def test_the_collection_job_creates_one_task_per_level_and_closes_them_when_paid(
    client_for, make_account, server_db, server
):
    from datetime import date, timedelta

    from server.collection import AUTO_HOLD, sweep
    from server.models import CollectionTask
    from tests.server.test_cli import cli

    rep = client_for(make_account(branch="Xian"))
    customer = rep.records.create("customer", {"name": "西安重工"})
    commerce = Commerce(rep.records, Role.REP.value)
    contracts = {}
    for number, amount, late in (("HT-40", "1000", 40), ("HT-5", "500", 5), ("HT-0", "9", 0)):
        contracts[number] = commerce.save_contract(
            None,
            {"customer_id": customer["id"], "number": number, "status": "active",
             "payment_due": (date.today() - timedelta(days=late)).isoformat()},
            [LineDraft(product_id=None, quantity=Decimal(1), unit_price=Decimal(amount))],
        )  # fmt: skip
    rep.sync()
    # the server's ageing of the rep's scope, exact, on a given day (and the laptop's agrees)
    as_of = date.today().isoformat()
    answer = rep.api.call("GET", f"/credit/ageing?as_of={as_of}", token=rep.token)
    assert answer["receivables"] == 3
    assert answer["rows"] == [
        {
            "currency": "CNY",
            "buckets": {"current": "9.00", "1-30": "500.00", "31-60": "1000.00",
                        "61-90": "0.00", "90+": "0.00"},
            "receivables": 3,
        }
    ]  # fmt: skip
    mine = Credit(rep.records, Role.REP.value).ageing(customer["id"])["CNY"]
    assert {k: str(v) for k, v in mine.items()} == answer["rows"][0]["buckets"]

    def run():
        with server_db.transaction() as session:
            return sweep(session)

    first = run()
    assert (first.created, first.held) == (2, [customer["id"]])  # HT-40 at level 3, HT-5 at 1
    nothing = [
        "0 collection tasks created",
        "0 collection tasks closed (paid)",
        "0 customers put on credit hold",
        "0 automatic holds lifted",
    ]
    if server.database_url.startswith("sqlite"):  # the command as the daily timer runs it
        second = cli(server.database_url, "collection-sweep")  # (a process start: once)
        assert second.returncode == 0, second.stderr
        assert second.stdout.splitlines() == nothing
    else:
        assert run().lines() == nothing
    with server_db.transaction() as session:
        levels = sorted(
            (row.contract_id == contracts["HT-40"]["id"], row.level)
            for row in session.scalars(select(CollectionTask))
            if row.customer_id == customer["id"]
        )
    assert levels == [(False, 1), (True, 1), (True, 2), (True, 3)]

    rep.sync()  # offline from here: the tasks and the hold are on the laptop
    tasks = {t["title"]: t for t in rep.records.find("task", customer_id=customer["id"])}
    assert sorted(tasks) == [
        "催款提醒 Payment reminder · HT-5",
        "经理催款 Collection: manager · HT-40",
    ]
    status = Credit(rep.records, Role.REP.value).status(customer["id"])
    assert (status.on_hold, status.hold_reason, status.overdue_count) == (True, AUTO_HOLD, 2)

    # paid in full: the next run closes its task and lifts the automatic hold
    commerce.record_payment(
        None,
        {"contract_id": contracts["HT-40"]["id"], "received_on": date.today(), "amount": "1000"},
    )
    rep.sync()
    third = run()
    assert (third.created, third.closed, third.lifted) == (0, 1, [customer["id"]])
    rep.sync()
    done = {t["title"]: t["done"] for t in rep.records.find("task", customer_id=customer["id"])}
    assert done == {
        "催款提醒 Payment reminder · HT-5": False,
        "经理催款 Collection: manager · HT-40": True,
    }
    assert Credit(rep.records, Role.REP.value).status(customer["id"]).on_hold is False
