"""A manager's dashboard on Today (issue 19, item 6): the branch's open pipeline by stage, this
month's won and paid against last month's, the top customers (a click opens one); a rep's
Today has none."""

from dataclasses import replace
from datetime import UTC, date, datetime

from app.workspace import Workspace
from tests.app.test_reports import computed_tier, make_book
from ui.today_page import TodayPage

TODAY = date(2026, 6, 15)


def card_texts(card) -> list[str]:
    layout = card.body
    return [layout.itemAt(i).widget().text() for i in range(layout.count())]


def test_a_manager_sees_the_branch_figures_on_today(qtbot, account, records):
    book = make_book(records)
    computed_tier(records, book["B"], "major", "restricted", datetime(2026, 6, 14, tzinfo=UTC))
    workspace = Workspace(replace(account, role="manager"), records)
    page = TodayPage(workspace)
    qtbot.addWidget(page)
    assert page.dashboard is not None
    with qtbot.waitSignal(page.dashboard.loaded, timeout=10_000):
        page.refresh(TODAY)
    board = page.dashboard
    assert board.pipeline.title.text() == "Branch pipeline (open)"
    assert card_texts(board.pipeline) == [
        "Prospecting", "1 · CNY 100", "Qualification", "0 · CNY 0",
        "Proposal", "1 · CNY 500", "Negotiation", "1 · CNY 200",
    ]  # fmt: skip
    assert card_texts(board.month) == [
        "Won", "CNY 300 (last month CNY 700, -57%)",
        "Paid", "CNY 300 (last month CNY 1,000, -70%)",
    ]  # fmt: skip
    top = card_texts(board.top)
    assert "华信科技" in top[0] and top[1] == "CNY 2,800"
    assert top[3] == "CNY 1,000" and top[5] == "CNY 500"
    assert board.fell.title.text() == "Tier fell, last 30 days"
    assert "李娜" in card_texts(board.fell)[0] and card_texts(board.fell)[1] == "Major → Restricted"
    opened: list[str] = []
    page.opened.connect(opened.append)
    board.top.body.itemAt(0).widget().linkActivated.emit(book["A"])
    assert opened == [book["A"]]


def test_a_rep_has_no_dashboard(qtbot, workspace, records):
    page = TodayPage(workspace)
    qtbot.addWidget(page)
    assert page.dashboard is None
