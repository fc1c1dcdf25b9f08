"""Reports and pivots on the replica (issue 19, item 5): ready reports against a hand-computed
book, a pivot's totals equal to the sum of its drill-down records, saved views, and the
manager's dashboard figures (item 6)."""

from datetime import date
from decimal import Decimal as D

import pytest

from app.commerce import Commerce, LineDraft
from app.records import Records
from app.reports import (
    MEASURES,
    PIVOT_DIMENSIONS,
    PIVOT_MEASURES,
    READY,
    PivotEngine,
    PivotSpec,
    Reports,
    SavedViews,
    UnknownReport,
    dimensions_of,
    read_dashboard,
)

TODAY = date(2026, 6, 15)
REP1, REP2 = "00000000-0000-4000-8000-0000000000a1", "00000000-0000-4000-8000-0000000000a2"
B1, B2 = "00000000-0000-4000-8000-0000000000b1", "00000000-0000-4000-8000-0000000000b2"


def make_book(records: Records) -> dict[str, str]:
    """Three customers, two products, five contracts (one cancelled), payments, opportunities
    and interactions; every figure below is worked out by hand from these."""
    commerce = Commerce(records, "manager", today=lambda: TODAY)
    ids: dict[str, str] = {}

    def customer(key: str, name: str, tier: str, city: str, industry: str, source: str,
                 owner: str, branch: str) -> None:  # fmt: skip
        ids[key] = records.create(
            "customer",
            {"name": name, "tier": tier, "city": city, "industry": industry, "source": source,
             "owner_id": owner, "branch_id": branch},
        )["id"]  # fmt: skip

    customer("A", "华信科技", "premium", "上海", "制造", "展会", REP1, B1)
    customer("B", "李娜", "major", "北京", "金融", "推荐", REP2, B1)
    customer("C", "王伟", "ordinary", "上海", "金融", "推荐", REP1, B2)
    soft = commerce.save_product(None, {"code": "P1", "name": "ERP", "product_line": "软件",
                                        "list_price": "1000"})["id"]  # fmt: skip
    care = commerce.save_product(None, {"code": "P2", "name": "维保", "product_line": "服务",
                                        "list_price": "200"})["id"]  # fmt: skip

    def contract(key: str, who: str, signed: str, due: str | None, owner: str,
                 lines: list[LineDraft], status: str = "active") -> None:  # fmt: skip
        ids[key] = commerce.save_contract(
            None,
            {"customer_id": ids[who], "number": f"HT-{key}", "signed_on": signed,
             "payment_due": due, "owner_id": owner, "status": status},
            lines,
        )["id"]  # fmt: skip

    contract("K1", "A", "2026-05-10", "2026-05-31", REP1,
             [LineDraft(soft, D(2), D(1000), D("0.1")), LineDraft(care, D(5), D(200))])  # fmt: skip
    contract("K2", "B", "2026-02-01", "2026-03-01", REP2, [LineDraft(soft, D(1), D(1000))])
    contract("K3", "C", "2026-06-05", None, REP1, [LineDraft(care, D(3), D(200), D("0.5"))])
    contract("K4", "A", "2026-06-01", "2026-06-02", REP1, [LineDraft(soft, D(10), D(1000))],
             status="cancelled")  # fmt: skip
    contract("K5", "C", "2026-04-01", "2026-04-20", REP1, [LineDraft(care, D(1), D(200))])
    for key, on, amount in (("K1", "2026-05-20", "1000"), ("K3", "2026-06-10", "300"),
                            ("K5", "2026-04-25", "50")):  # fmt: skip
        commerce.record_payment(None, {"contract_id": ids[key], "received_on": on,
                                       "amount": amount})  # fmt: skip
    for who, stage, amount, close in (
        ("A", "prospecting", "100", "2026-07-01"),
        ("B", "proposal", "500", "2026-07-15"),
        ("C", "won", "300", "2026-06-03"),
        ("A", "lost", "50", "2026-05-01"),
        ("B", "negotiation", "200", "2026-06-30"),
        ("B", "won", "700", "2026-05-20"),
    ):
        records.create("opportunity", {"customer_id": ids[who], "title": f"{who} {stage}",
                                       "stage": stage, "amount": amount,
                                       "expected_close": close})  # fmt: skip
    for who, kind, user in (("A", "call", REP1), ("A", "visit", REP1), ("C", "call", REP1),
                            ("B", "note", REP2)):  # fmt: skip
        records.create("interaction", {"customer_id": ids[who], "kind": kind, "user_id": user,
                                       "subject": kind})  # fmt: skip
    return ids


@pytest.fixture
def book(records: Records) -> dict[str, str]:
    return make_book(records)


@pytest.fixture
def reports(records: Records, book) -> Reports:
    return Reports(PivotEngine(records.replica, today=lambda: TODAY))


def figures(report) -> dict[str, D]:
    return {row: report.pivot.row_totals[row] for row in report.pivot.rows}


def test_contribution_reports_by_product_line_customer_rep_branch_and_month(reports, book):
    by_line = reports.ready("contribution_product_line")
    assert figures(by_line) == {"软件": D("2800.00"), "服务": D("1500.00")}  # K4 cancelled
    assert by_line.pivot.total == D("4300.00")
    assert by_line.extras[0].key == "share" and by_line.extras[0].values == {
        "软件": D("65.1"), "服务": D("34.9")}  # fmt: skip
    by_customer = reports.ready("contribution_customer")
    assert figures(by_customer) == {book["A"]: D(2800), book["B"]: D(1000), book["C"]: D(500)}
    assert by_customer.pivot.names[book["A"]] == "华信科技"
    assert figures(reports.ready("contribution_rep")) == {REP1: D(3300), REP2: D(1000)}
    assert figures(reports.ready("contribution_branch")) == {B1: D(3800), B2: D(500)}
    by_month = reports.ready("contribution_month")
    assert figures(by_month) == {"2026-02": D(1000), "2026-04": D(200), "2026-05": D(2800),
                                 "2026-06": D(300)}  # fmt: skip
    assert by_month.extras[0].key == "payments"
    assert by_month.extras[0].values == {"2026-04": D(50), "2026-05": D(1000), "2026-06": D(300)}


def test_pipeline_conversion_by_stage(reports):
    report = reports.ready("pipeline_stage")
    assert figures(report) == {"prospecting": 1, "proposal": 1, "negotiation": 1, "won": 2,
                               "lost": 1}  # fmt: skip
    extras = {e.key: e for e in report.extras}
    assert extras["pipeline"].values["won"] == D(1000)
    assert extras["reached"].values == {"prospecting": 6, "qualification": 4, "proposal": 4,
                                        "negotiation": 3, "won": 2}  # fmt: skip
    assert extras["conversion"].values == {
        "prospecting": D("66.7"), "qualification": D("100.0"), "proposal": D("75.0"),
        "negotiation": D("66.7"), "won": D("66.7")}  # fmt: skip


def test_activity_per_rep_by_kind(reports):
    pivot = reports.ready("activity_rep").pivot
    assert pivot.rows == [REP1, REP2] and pivot.columns == ["call", "visit", "note"]
    assert (pivot.value(REP1, "call"), pivot.value(REP1, "visit"), pivot.value(REP2, "note")) == (
        2, 1, 1)  # fmt: skip
    assert pivot.row_totals == {REP1: 3, REP2: 1} and pivot.total == 4


def test_overdue_payments_by_age(reports):
    report = reports.ready("overdue_ageing")
    # K1 1800 owed 15 days, K5 150 owed 56 days, K2 1000 owed 106 days; K3 paid, K4 cancelled
    assert figures(report) == {"0-30": D(1800), "31-60": D(150), ">90": D(1000)}
    assert report.extras[0].values == {"0-30": 1, "31-60": 1, ">90": 1}
    assert report.pivot.total == D(2950)


def test_a_pivot_of_two_dimensions_and_its_totals(reports):
    pivot = reports.pivot(PivotSpec("tier", "product_line", "contribution"))
    assert pivot.rows == ["premium", "major", "ordinary"] and pivot.columns == ["软件", "服务"]
    assert pivot.cells == {("premium", "软件"): D(1800), ("premium", "服务"): D(1000),
                           ("major", "软件"): D(1000), ("ordinary", "服务"): D(500)}  # fmt: skip
    assert pivot.column_totals == {"软件": D(2800), "服务": D(1500)}
    average = reports.pivot(PivotSpec("city", None, "average"))
    assert average.row_totals == {"上海": D(1100), "北京": D(1000)}  # (2800 + 300 + 200) / 3
    assert average.total == D("1075.00")  # 4300 / 4 contracts
    period = reports.pivot(PivotSpec("owner", None, "contribution", date(2026, 5, 1), None))
    assert period.row_totals == {REP1: D(3100)}


@pytest.mark.parametrize("measure", PIVOT_MEASURES)
def test_every_cell_and_total_equals_the_sum_of_its_drill_down_records(reports, measure):
    engine = reports.engine
    dims = [d for d in PIVOT_DIMENSIONS if d in dimensions_of(measure)]
    for rows, columns in zip(dims, [*dims[1:], dims[0]], strict=True):
        spec = PivotSpec(rows, columns, measure)
        pivot = engine.pivot(spec)
        assert pivot.total > 0, spec
        for row in pivot.rows:
            for column in pivot.columns:
                records = engine.drill(spec, row, column)
                assert aggregate(measure, records) == pivot.value(row, column), (spec, row, column)
            assert aggregate(measure, engine.drill(spec, row, None)) == pivot.row_totals[row]
        assert aggregate(measure, engine.drill(spec, None, None)) == pivot.total


def aggregate(measure: str, records) -> D:
    kind = MEASURES[measure].aggregate
    if kind == "count":
        return D(len(records))
    if kind == "count_distinct":
        return D(len({r.id for r in records}))
    total = sum((r.amount for r in records), D(0))
    if kind == "average":
        return (total / max(len({r.id for r in records}), 1)).quantize(D("0.01"))
    return total


def test_drill_down_names_the_records_to_open(reports, book):
    spec = PivotSpec("tier", "product_line", "contribution")
    [line] = reports.engine.drill(spec, "major", "软件")
    assert (line.entity, line.id, line.customer_id, line.customer) == (
        "contract", book["K2"], book["B"], "李娜")  # fmt: skip
    assert line.reference == "HT-K2 · ERP" and line.day == "2026-02-01"
    assert line.amount == D(1000)


def test_unknown_cuts_are_refused(reports):
    with pytest.raises(UnknownReport):
        reports.pivot(PivotSpec("product_line", None, "payments"))  # a payment has no product
    with pytest.raises(UnknownReport):
        reports.pivot(PivotSpec("tier", None, "nothing"))
    assert set(READY) >= {"contribution_customer", "pipeline_stage", "overdue_ageing"}


def test_saved_views_are_kept_per_user_on_this_computer(records):
    mine = SavedViews(records.replica, REP1)
    spec = PivotSpec("tier", "month", "payments", date(2026, 1, 1), None)
    mine.save("回款 by tier", spec)
    mine.save("Cities", PivotSpec("city", None, "customers"))
    assert [v.name for v in mine.all()] == ["Cities", "回款 by tier"]
    assert mine.all()[1].spec == spec
    assert SavedViews(records.replica, REP2).all() == []
    mine.save("Cities", PivotSpec("industry", None, "customers"))  # replaced by name
    assert [v.spec.rows for v in mine.all()] == ["industry", "tier"]
    assert [v.name for v in mine.delete("Cities")] == ["回款 by tier"]


def test_dashboard_pipeline_won_and_paid_against_last_month_and_top_customers(records, book):
    board = read_dashboard(records.replica, TODAY)
    assert [(s.stage, s.count, s.amount) for s in board.stages] == [
        ("prospecting", 1, D(100)), ("qualification", 0, D(0)), ("proposal", 1, D(500)),
        ("negotiation", 1, D(200))]  # fmt: skip
    assert (board.won, board.won_before) == (D(300), D(700))
    assert (board.paid, board.paid_before) == (D(300), D(1000))
    assert [(t.name, t.contribution) for t in board.top] == [
        ("华信科技", D(2800)), ("李娜", D(1000)), ("王伟", D(500))]  # fmt: skip


@pytest.mark.parametrize("measure", sorted(MEASURES))
def test_the_in_memory_cube_agrees_with_sql_for_every_cut(records, book, measure):
    engine = PivotEngine(records.replica, today=lambda: TODAY)
    plain = PivotEngine(records.replica, today=lambda: TODAY, cubes=False)  # SQL throughout
    dims = dimensions_of(measure)
    for rows in dims:
        for columns in (None, *[d for d in dims if d != rows][:2]):
            for start in (None, date(2026, 5, 1)):
                spec = PivotSpec(rows, columns, measure, start, None)
                fast, slow = engine.pivot(spec), plain.pivot_sql(spec)
                assert (fast.rows, fast.columns) == (slow.rows, slow.columns), spec
                assert (fast.cells, fast.total) == (slow.cells, slow.total), spec
                assert fast.row_totals == slow.row_totals, spec
                assert fast.column_totals == slow.column_totals, spec


def test_a_change_notice_refreshes_the_cube_for_the_customers_it_names(records, book, monkeypatch):
    engine = PivotEngine(records.replica, today=lambda: TODAY, feed=records.feed)
    assert engine.cubes is not None
    reads: list[str] = []
    read = engine.cubes._read
    monkeypatch.setattr(
        engine.cubes, "_read", lambda source: reads.append(source.key) or read(source)
    )
    spec = PivotSpec("tier", None, "contribution")
    assert engine.pivot(spec).row_totals["major"] == D(1000)
    commerce = Commerce(records, "manager", today=lambda: TODAY)
    k6 = commerce.save_contract(
        None,
        {"customer_id": book["B"], "number": "HT-K6", "signed_on": "2026-06-12"},
        [LineDraft(None, D(1), D("99.50"))],
    )
    assert engine.pivot(spec).row_totals["major"] == D("1099.50")
    records.update("customer", book["B"], {"tier": "restricted"})
    assert engine.pivot(spec).row_totals == {"premium": D(2800), "restricted": D("1099.50"),
                                             "ordinary": D(500)}  # fmt: skip
    commerce.delete_contract(book["K1"])
    commerce.record_payment(None, {"contract_id": k6["id"], "received_on": "2026-06-13",
                                   "amount": "99.50"})  # fmt: skip
    assert "premium" not in engine.pivot(spec).row_totals  # K1 archived, K4 cancelled
    assert reads == ["lines"]  # read whole once; the changes refreshed their customers only
    for measure in ("contribution", "contracts", "payments", "customers"):
        for rows, columns in (("tier", "month"), ("customer", None), ("owner", "city")):
            check = PivotSpec(rows, columns, measure)
            fast, slow = engine.pivot(check), engine.pivot_sql(check)
            assert (fast.cells, fast.row_totals, fast.total) == (
                slow.cells, slow.row_totals, slow.total), check  # fmt: skip


def computed_tier(records: Records, customer_id: str, before: str, after: str, at) -> None:
    """A tier change the server computed, as a pull stores it: the customer's history."""
    import uuid

    from sync.client.tables import LocalConflict
    from sync.protocol.tiers import HISTORY_REASON

    with records.replica.transaction() as session:
        session.add(
            LocalConflict(
                id=str(uuid.uuid4()), version=1, customer_id=customer_id, entity="customer",
                row_id=customer_id, field="tier", lost_value=before, kept_value=after,
                lost_by=None, kept_by=None, reason=HISTORY_REASON, at=at,
            )
        )  # fmt: skip


def test_the_dashboard_lists_customers_whose_computed_tier_fell(records, book):
    from datetime import UTC, datetime

    def at(day: int) -> datetime:
        return datetime(2026, 6, day, 3, tzinfo=UTC)

    computed_tier(records, book["A"], "premium", "major", at(10))  # fell
    computed_tier(records, book["B"], "ordinary", "major", at(11))  # rose
    computed_tier(records, book["C"], "major", "restricted", at(1))  # fell...
    computed_tier(records, book["C"], "restricted", "ordinary", at(12))  # ...then rose: newest
    computed_tier(records, book["B"], "premium", "ordinary", datetime(2026, 4, 1, tzinfo=UTC))
    board = read_dashboard(records.replica, TODAY)
    assert [(d.name, d.before, d.after) for d in board.fell] == [("华信科技", "premium", "major")]
