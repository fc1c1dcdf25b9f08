"""The Pipeline board: a card dropped on another stage (with the mime data its own column
makes), moved with Ctrl+Right / Ctrl+Left, taken back with Ctrl+Z; each move lands in the
replica and the sync outbox, and the column totals and forecast follow."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from ui.opportunity_dialog import OpportunityDialog
from ui.pipeline_page import ID_ROLE, PipelinePage, StageList

from .ops import settle

TODAY = date(2026, 11, 23)
NOVEMBER_ROW = 1  # after "Overdue"
WON_COLUMN = 6  # four open stages, open total, weighted, won


@pytest.fixture
def page(qtbot, records, workspace):
    widget = PipelinePage(workspace)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def deals(records):
    shop = records.create("customer", {"name": "张伟"})
    erp = records.create(
        "opportunity",
        {
            "customer_id": shop["id"],
            "title": "ERP upgrade",
            "stage": "proposal",
            "amount": "1200000",
            "probability": 50,
            "expected_close": "2026-11-28",
        },
    )
    records.create(
        "opportunity",
        {
            "customer_id": shop["id"],
            "title": "Export line",
            "stage": "proposal",
            "amount": "5000.50",
            "currency": "USD",
            "probability": 40,
            "expected_close": "2026-12-10",
        },
    )
    return shop, erp


def _card(stage_list: StageList, title: str):
    for row in range(stage_list.count()):
        item = stage_list.item(row)
        if item.text().startswith(title):
            return item
    return None


def _drag(source: StageList, target: StageList, title: str) -> bool:
    """What Qt does on a drop: enter, move and drop events on the target's viewport, carrying
    the mime data the source list makes for the dragged card. True if the target accepted."""
    mime = source.mimeData([_card(source, title)])
    at = target.viewport().rect().center().toPointF()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    move = Qt.DropAction.MoveAction
    enter = QDragEnterEvent(at, move, mime, buttons, keys)
    QApplication.sendEvent(target.viewport(), enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(target.viewport(), QDragMoveEvent(at, move, mime, buttons, keys))
    drop = QDropEvent(at, move, mime, buttons, keys)
    QApplication.sendEvent(target.viewport(), drop)
    return drop.isAccepted()


def test_dropping_a_card_on_won_writes_the_move_and_updates_totals(qtbot, page, records, deals):
    _, erp = deals
    page.refresh(TODAY)
    assert page.headers["proposal"].text() == "Proposal · 2"
    assert page.sums["proposal"].text() == (
        "CNY 1,200,000 · weighted CNY 600,000\nUSD 5,000.50 · weighted USD 2,000.20"
    )
    assert page.sums["won"].text() == "Nothing here"
    pending = records.pending_count()
    proposal, won = page.lists["proposal"], page.lists["won"]
    assert not _drag(proposal, proposal, "ERP upgrade")  # its own column refuses it
    assert _drag(proposal, won, "ERP upgrade")
    prompt = page.close_prompt  # Won asks when it was signed and for how much
    assert prompt.isVisible() and records.pending_count() == pending
    prompt.closed_on.set_field_value("2026-11-20")
    prompt.amount.setValue(1_150_000)
    prompt.ok.click()
    settle()
    row = records.get("opportunity", erp["id"])
    assert (row["stage"], row["probability"]) == ("won", 100)
    assert (str(row["expected_close"]), row["amount"]) == ("2026-11-20", 1_150_000)
    assert records.pending_count() == pending + 1  # queued for sync
    assert page.headers["proposal"].text() == "Proposal · 1"
    assert page.sums["proposal"].text() == "USD 5,000.50 · weighted USD 2,000.20"
    assert page.headers["won"].text() == "Won · 1"
    assert page.sums["won"].text() == "CNY 1,150,000"
    assert won.currentItem().data(ID_ROLE) == erp["id"]  # the moved card stays selected
    assert _card(proposal, "ERP upgrade") is None
    # the forecast now shows it as achieved in the month it was signed
    assert page.forecast.item(NOVEMBER_ROW, WON_COLUMN).text() == "CNY 1,150,000"
    assert "Moved “ERP upgrade” to Won" in page.notice.text()


def test_keyboard_moves_and_ctrl_z_takes_them_back(qtbot, page, records, deals):
    _, erp = deals
    page.refresh(TODAY)
    page.activateWindow()
    qtbot.waitActive(page)
    proposal = page.lists["proposal"]
    proposal.setCurrentItem(_card(proposal, "ERP upgrade"))
    proposal.setFocus()
    pending = records.pending_count()
    qtbot.keyClick(proposal, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert records.get("opportunity", erp["id"])["stage"] == "negotiation"
    negotiation = page.lists["negotiation"]
    assert negotiation.hasFocus() and negotiation.currentItem().data(ID_ROLE) == erp["id"]
    qtbot.keyClick(negotiation, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    prompt = page.close_prompt
    # the date has the focus: today, the amount as it stands, and Enter takes them
    assert prompt.focusWidget() is prompt.closed_on.text
    qtbot.keyClick(prompt.closed_on.text, Qt.Key.Key_Return)
    settle()
    page.activateWindow()  # back from the question (a window manager does this; offscreen not)
    qtbot.waitUntil(page.isActiveWindow)
    row = records.get("opportunity", erp["id"])
    assert (row["stage"], row["probability"]) == ("won", 100)
    assert row["expected_close"] == date.today()
    assert page.headers["won"].text() == "Won · 1"
    assert records.pending_count() == pending + 2
    qtbot.keyClick(page.lists["won"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    row = records.get("opportunity", erp["id"])
    assert (row["stage"], row["probability"]) == ("negotiation", 50)  # its odds are back too
    assert str(row["expected_close"]) == "2026-11-28"  # and its expected close
    assert page.headers["won"].text() == "Won · 0"
    assert records.pending_count() == pending + 3  # the undo is an edit to sync as well
    assert page.notice.text() == "Moved “ERP upgrade” back to Negotiation."
    qtbot.keyClick(page.lists["negotiation"], Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert records.get("opportunity", erp["id"])["stage"] == "proposal"
    page.undo_button.click()
    settle()
    page.undo_button.click()
    settle()
    assert records.get("opportunity", erp["id"])["stage"] == "proposal"
    assert not page.undo_action.isEnabled()  # nothing left to undo


def test_undo_of_a_card_deleted_meanwhile_says_so_inline(qtbot, page, records, deals):
    _, erp = deals
    page.refresh(TODAY)
    assert page.move_card(erp["id"], "lost")
    page.close_prompt.reason.setText("Price")
    page.close_prompt.ok.click()
    settle()
    assert records.get("opportunity", erp["id"])["lost_reason"] == "Price"
    assert records.get("opportunity", erp["id"])["probability"] == 0
    records.delete("opportunity", erp["id"])  # e.g. by a sync
    page.undo()
    settle()
    assert page.notice.text() == (
        "The card was not moved: This record was deleted; restore it first."
    )
    assert page.headers["lost"].text() == "Lost · 0"


def test_enter_on_a_card_opens_the_opportunity_and_its_menu_the_customer(qtbot, page, deals):
    shop, erp = deals
    page.refresh(TODAY)
    proposal = page.lists["proposal"]
    proposal.setCurrentItem(_card(proposal, "ERP upgrade"))
    qtbot.keyClick(proposal, Qt.Key.Key_Return)
    form = page.findChild(OpportunityDialog)
    assert form is not None and form.row_id == erp["id"]
    assert form.inputs["title"].text() == "ERP upgrade"
    form.reject()
    assert page.customer_action in proposal.actions()  # the card's context menu
    with qtbot.waitSignal(page.opened) as opened:
        page.customer_action.trigger()
    assert opened.args == [shop["id"]]


def test_cancelling_the_lost_question_leaves_the_card_where_it_was(qtbot, page, records, deals):
    _, erp = deals
    page.refresh(TODAY)
    pending = records.pending_count()
    proposal, lost = page.lists["proposal"], page.lists["lost"]
    assert _drag(proposal, lost, "ERP upgrade")
    prompt = page.close_prompt
    assert prompt.windowTitle() == "Lost: ERP upgrade"
    prompt.ok.click()  # no reason: asked again, not moved
    assert prompt.error.isVisible() and prompt.isVisible()
    qtbot.keyClick(prompt, Qt.Key.Key_Escape)
    settle()
    assert records.get("opportunity", erp["id"])["stage"] == "proposal"
    assert records.pending_count() == pending
    assert _card(page.lists["proposal"], "ERP upgrade") is not None
    assert page.headers["lost"].text() == "Lost · 0"


def test_cards_and_forecast_show_amounts_with_separators_and_currency(page, records, deals):
    page.refresh(TODAY)
    card = _card(page.lists["proposal"], "ERP upgrade")
    assert card.text() == "ERP upgrade\n张伟\nCNY 1,200,000 · 50%\nCloses 2026-11-28"
    table = page.forecast
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == [
        "Prospecting",
        "Qualification",
        "Proposal",
        "Negotiation",
        "Open total",
        "Weighted",
        "Won (achieved)",
    ]
    rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert rows[:3] == ["Overdue", "2026-11", "2026-12"]
    assert rows[-3:] == ["Later", "No close date", "Total"]
    assert table.item(1, 2).text() == "CNY 1,200,000"
    assert table.item(1, 5).text() == "CNY 600,000"
    assert table.item(2, 5).text() == "USD 2,000.20"
    total = table.rowCount() - 1
    assert table.item(total, 4).text() == "CNY 1,200,000\nUSD 5,000.50"  # never added up


def test_empty_board_says_how_to_add_an_opportunity(page, records, deals):
    page.refresh(TODAY)
    assert page.body.currentWidget() is page.splitter
    page.mine.setChecked(True)  # deals of my customers are mine
    assert page.headers["proposal"].text() == "Proposal · 2"
    shop, _ = deals
    records.delete("customer", shop["id"])
    page.refresh(TODAY)
    assert page.body.currentWidget() is page.empty
    assert "Clear “Only my opportunities”" in page.empty.text()
    page.mine.setChecked(False)
    assert page.empty.text() == (
        "No opportunities yet. Press New opportunity (Ctrl+Shift+N), or open a customer and "
        "add one from its Opportunities tab."
    )
