"""The pipeline's board and forecast from a real replica: totals per stage and currency,
the weighted forecast per month, deleted rows left out, Won as achieved and Lost excluded."""

from datetime import date
from decimal import Decimal

from app.pipeline import (
    LATER,
    MONTH,
    NO_DATE,
    OVERDUE,
    STAGES,
    TOTAL,
    Pipeline,
    Total,
    move_changes,
)

TODAY = date(2026, 11, 23)


def _deal(records, customer, title, amount, **values):
    values = {"customer_id": customer["id"], "title": title, "amount": amount, **values}
    return records.create("opportunity", values)


def _column(board, stage):
    [column] = [c for c in board if c.stage == stage]
    return column


def test_board_has_every_stage_in_order_with_exact_totals_per_currency(records, replica):
    shop = records.create("customer", {"name": "张伟"})
    _deal(records, shop, "ERP", "1000000.10", stage="proposal", probability=50)
    _deal(records, shop, "CRM", "0.20", stage="proposal", probability=33)
    _deal(records, shop, "Export", "5000", stage="proposal", currency="USD", probability=40)
    board = Pipeline(replica, records.user_id).board()
    assert [c.stage for c in board] == list(STAGES)
    proposal = _column(board, "proposal")
    assert proposal.count == 3
    # CNY and USD are never added together; cents survive SQLite's REAL storage
    assert proposal.totals == (
        Total("CNY", 2, Decimal("1000000.30"), Decimal("500000.12")),
        Total("USD", 1, Decimal("5000"), Decimal("2000.00")),
    )
    assert [card.title for card in proposal.cards] == ["ERP", "Export", "CRM"]  # biggest first
    card = proposal.cards[0]
    assert (card.customer, card.customer_id, card.amount, card.currency) == (
        "张伟",
        shop["id"],
        Decimal("1000000.10"),
        "CNY",
    )
    assert _column(board, "prospecting").cards == []
    assert _column(board, "prospecting").count == 0


def test_won_and_lost_columns_show_the_latest_closed_first(records, replica):
    shop = records.create("customer", {"name": "张伟"})
    first = _deal(records, shop, "closed first", 9000)
    second = _deal(records, shop, "closed second", 10)
    for deal in (first, second):
        records.update("opportunity", deal["id"], {"stage": "won"})
    records.update("opportunity", first["id"], {"lost_reason": "edited last"})
    won = _column(Pipeline(replica, records.user_id).board(), "won")
    assert [c.title for c in won.cards] == ["closed first", "closed second"]
    records.update("opportunity", second["id"], {"probability": 100})
    won = _column(Pipeline(replica, records.user_id).board(), "won")
    assert [c.title for c in won.cards] == ["closed second", "closed first"]


def test_board_caps_cards_per_column_but_counts_and_totals_every_one(records, replica):
    shop = records.create("customer", {"name": "张伟"})
    for n in range(1, 8):
        _deal(records, shop, f"deal {n}", n * 100, expected_close=f"2026-12-{n:02}")
    _deal(records, shop, "same amount, later", 700, expected_close="2027-01-01")
    column = _column(Pipeline(replica, records.user_id).board(limit=3), "prospecting")
    assert [c.title for c in column.cards] == ["deal 7", "same amount, later", "deal 6"]
    assert column.count == 8
    assert column.totals[0].amount == Decimal(2800 + 700)


def test_deleted_deals_and_deals_of_deleted_customers_are_left_out(records, replica):
    kept = records.create("customer", {"name": "张伟"})
    gone = records.create("customer", {"name": "李娜"})
    _deal(records, kept, "live", 100, expected_close="2026-12-01")
    deleted = _deal(records, kept, "deleted", 200, expected_close="2026-12-01")
    _deal(records, gone, "of a deleted customer", 400, expected_close="2026-12-01")
    records.delete("opportunity", deleted["id"])
    records.delete("customer", gone["id"])
    pipeline = Pipeline(replica, records.user_id)
    column = _column(pipeline.board(), "prospecting")
    assert [c.title for c in column.cards] == ["live"]
    assert column.totals[0].amount == Decimal(100)
    total = pipeline.forecast(today=TODAY)[-1]
    assert total.open[0].amount == Decimal(100)


def test_forecast_groups_open_deals_by_month_with_overdue_later_and_undated_rows(records, replica):
    shop = records.create("customer", {"name": "张伟"})
    _deal(
        records,
        shop,
        "late",
        1000,
        stage="negotiation",
        probability=80,
        expected_close="2026-11-20",
    )
    _deal(
        records,
        shop,
        "this month",
        1000,
        stage="proposal",
        probability=50,
        expected_close="2026-11-30",
    )
    _deal(records, shop, "next month", 300, probability=10, expected_close="2026-12-31")
    _deal(
        records,
        shop,
        "next month too",
        200,
        stage="negotiation",
        probability=75,
        expected_close="2026-12-01",
    )
    _deal(records, shop, "far off", 9000, expected_close="2027-05-01")
    _deal(records, shop, "undated", 50, stage="qualification", probability=20)
    rows = Pipeline(replica, records.user_id).forecast(months=6, today=TODAY)
    assert [(r.kind, r.month) for r in rows] == [
        (OVERDUE, None),
        *[(MONTH, date(2026 + (10 + n) // 12, (10 + n) % 12 + 1, 1)) for n in range(6)],
        (LATER, None),
        (NO_DATE, None),
        (TOTAL, None),
    ]
    by_kind = {(r.kind, r.month): r for r in rows}
    overdue = by_kind[OVERDUE, None]
    assert overdue.open == (Total("CNY", 1, Decimal(1000), Decimal("800.00")),)
    november = by_kind[MONTH, date(2026, 11, 1)]
    assert november.stages["proposal"] == (Total("CNY", 1, Decimal(1000), Decimal("500.00")),)
    december = by_kind[MONTH, date(2026, 12, 1)]
    assert december.open == (Total("CNY", 2, Decimal(500), Decimal("180.00")),)
    assert december.stages["prospecting"][0].amount == Decimal(300)
    assert december.stages["negotiation"][0].weighted == Decimal("150.00")
    assert by_kind[MONTH, date(2027, 4, 1)].open == ()
    assert by_kind[LATER, None].open[0].amount == Decimal(9000)  # May 2027 is past 6 months
    assert by_kind[NO_DATE, None].stages["qualification"][0].weighted == Decimal("10.00")
    total = by_kind[TOTAL, None]
    assert total.open == (Total("CNY", 6, Decimal(11550), Decimal("2390.00")),)


def test_forecast_counts_won_as_achieved_leaves_lost_out_and_splits_currencies(records, replica):
    shop = records.create("customer", {"name": "张伟"})
    _deal(records, shop, "won now", 700, stage="won", probability=100, expected_close="2026-11-02")
    _deal(
        records,
        shop,
        "won last year",
        5000,
        stage="won",
        probability=100,
        expected_close="2025-06-01",
    )
    _deal(records, shop, "lost", 8000, stage="lost", probability=0, expected_close="2026-12-01")
    _deal(
        records, shop, "dollars", 100, currency="USD", probability=50, expected_close="2026-12-05"
    )
    _deal(records, shop, "yuan", 1000, probability=10, expected_close="2026-12-05")
    rows = Pipeline(replica, records.user_id).forecast(today=TODAY)
    november, december, total = rows[1], rows[2], rows[-1]
    # won this month is achieved (not overdue, not weighted into the open pipeline)
    assert november.won == (Total("CNY", 1, Decimal(700), Decimal("700.00")),)
    assert november.open == ()
    assert rows[0].won == () and rows[0].open == ()
    assert december.open == (
        Total("CNY", 1, Decimal(1000), Decimal("100.00")),
        Total("USD", 1, Decimal(100), Decimal("50.00")),
    )
    assert total.won == (
        Total("CNY", 1, Decimal(700), Decimal("700.00")),
    )  # last year's is history
    assert "lost" not in total.stages
    assert sum(t.amount for t in total.open if t.currency == "CNY") == Decimal(1000)


def test_mine_only_keeps_deals_i_own_or_of_customers_i_own(records, replica):
    me = records.user_id
    mine = records.create("customer", {"name": "我的客户"})
    theirs = records.create("customer", {"name": "别人的客户"})
    records.update("customer", theirs["id"], {"owner_id": "someone-else"})
    _deal(records, mine, "on my customer", 100)
    _deal(records, theirs, "theirs", 200)
    _deal(records, theirs, "assigned to me", 400, owner_id=me)
    _deal(records, mine, "assigned away", 800, owner_id="someone-else")
    pipeline = Pipeline(replica, me)
    titles = [c.title for c in _column(pipeline.board(mine=True), "prospecting").cards]
    assert titles == ["assigned to me", "on my customer"]
    assert _column(pipeline.board(), "prospecting").count == 4
    assert pipeline.forecast(today=TODAY, mine=True)[-1].open[0].amount == Decimal(500)


def test_moving_to_won_or_lost_sets_the_odds_and_reopening_resets_them():
    assert move_changes("proposal", 50, "won") == {"stage": "won", "probability": 100}
    assert move_changes("proposal", 50, "lost") == {"stage": "lost", "probability": 0}
    assert move_changes("proposal", 50, "negotiation") == {"stage": "negotiation"}
    assert move_changes("won", 100, "negotiation") == {"stage": "negotiation", "probability": 75}
