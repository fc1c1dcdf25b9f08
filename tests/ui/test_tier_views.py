"""pytest-qt (issue 19, items 3-4): "Why this tier" in the customer view and the 80/20 view,
offline on the replica; the policy dialog's form and its Preview matrix."""

from datetime import date, timedelta

from PySide6.QtCore import Qt

from app.value import Value
from sync.protocol.tiers import TierPreview, TierStanding
from ui.customer_view import CustomerView
from ui.tier_views import ParetoPage, TierPolicyDialog


def _buy(records, customer_id: str, amount: int, due: date | None = None) -> None:
    contract = records.create(
        "contract",
        {
            "customer_id": customer_id,
            "number": f"HT-{amount}",
            "status": "active",
            "signed_on": (date.today() - timedelta(days=200)).isoformat(),
            "payment_due": due.isoformat() if due else None,
        },
    )
    records.create(
        "contract_line",
        {
            "customer_id": customer_id,
            "contract_id": contract["id"],
            "quantity": "1",
            "unit_price": str(amount),
        },
    )


def test_why_this_tier_names_the_overdue_payment_and_the_figures(qtbot, workspace, settle):
    records = workspace.records
    owing = records.create("customer", {"name": "张伟贸易", "owner_id": records.user_id})
    other = records.create("customer", {"name": "李娜科技", "owner_id": records.user_id})
    _buy(records, owing["id"], 4500, date.today() - timedelta(days=150))
    _buy(records, other["id"], 8000)
    view = CustomerView(workspace)
    qtbot.addWidget(view)
    view.show_customer(owing["id"])
    view.tabs.setCurrentWidget(view.why)
    settle()
    assert view.tabs.tabText(view.tabs.indexOf(view.why)) == "Why this tier"
    assert view.why.reason.text() == "Restricted: a payment is 150 days overdue."
    figures = {key: shown.text() for key, (_caption, shown) in view.why.figures.items()}
    expected = workspace.value.explain(owing["id"])
    assert figures["contribution"].startswith("CNY 4,500  (")
    assert (
        expected.contribution
        == workspace.value.contributions(expected.start, expected.end)[owing["id"]]
    )
    assert figures["rank"] == "2 of 2 in your customers"
    assert figures["deals"] == "1"
    assert view.why.note.text().startswith("The server has not computed tiers yet")
    assert view.why.lock.isHidden()  # a rep locks nothing
    # another customer: the panel follows, with no reason shown
    view.show_customer(other["id"])
    settle()
    assert view.why.figures["rank"][1].text() == "1 of 2 in your customers"
    assert view.why.reason.isHidden()


def test_pareto_view_shows_the_top_fifth_and_opens_a_customer(qtbot, workspace, settle):
    records = workspace.records
    ids = {}
    for n in range(1, 11):  # 1,000 .. 10,000: the top 2 bring 19,000 of 55,000
        customer = records.create("customer", {"name": f"客户{n}", "owner_id": records.user_id})
        ids[n] = customer["id"]
        _buy(records, customer["id"], 1000 * n)
    page = ParetoPage(workspace.value, workspace.feed)
    qtbot.addWidget(page)
    page.resize(800, 400)
    page.show()
    qtbot.waitExposed(page)
    settle()
    assert page.summary.text().startswith(
        "The top 20 % (2 of 10 customers) brought 34.5 % of CNY 55,000 between"
    )
    assert page.view is not None and page.view.top_share == 19_000 / 55_000
    assert page.chart.curve[20] == (0.2, 19_000 / 55_000)
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == [
        "客户10",
        "客户9",
    ]
    assert not page.chart.grab().isNull()  # painted with QPainter
    assert page.policy_button.isHidden()  # a rep sets no policy
    center = page.table.visualItemRect(page.table.item(1, 0)).center()
    with qtbot.waitSignal(page.opened) as opened:
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert opened.args == [ids[9]]


def test_policy_dialog_builds_the_policy_and_shows_the_preview(qtbot, workspace):
    dialog = TierPolicyDialog(Value(workspace.replica, role="manager"))
    qtbot.addWidget(dialog)
    dialog.premium.setValue(15)
    dialog.overdue_on.setChecked(False)
    policy = dialog.policy()
    assert (policy.premium_percent, policy.overdue_days, policy.falling_percent) == (15, None, 50)
    preview = TierPreview(
        as_of=date(2026, 6, 30),
        customers=100,
        matrix={"ordinary": {"premium": 4, "ordinary": 60}, "major": {"major": 1}},
        counts={"premium": 5},
        changes=39,
        locked=1,
        pareto=[(0.0, 0.0), (0.2, 0.36), (1.0, 1.0)],
        top20_share=0.357,
        standing=TierStanding(as_of=date(2026, 6, 30)),
    )
    dialog.show_preview(preview)
    assert dialog.matrix.item(2, 0).text() == "4"  # ordinary -> premium
    assert dialog.matrix.verticalHeaderItem(0).text() == "Premium"
    assert dialog.outcome.text() == (
        "39 of 100 customers would change tier; 1 locked; the top 20 % bring 35.7 %."
    )


def test_a_manager_locks_the_tier_from_the_explanation(qtbot, account, records, settle):
    from dataclasses import replace

    from app.workspace import Workspace

    manager = Workspace(replace(account, role="manager"), records)
    customer = records.create("customer", {"name": "王芳", "tier": "premium"})
    view = CustomerView(manager)
    qtbot.addWidget(view)
    view.show_customer(customer["id"])
    view.tabs.setCurrentWidget(view.why)
    settle()
    assert not view.why.lock.isHidden() and not view.why.lock.isChecked()
    view.why.lock.click()
    settle()
    assert records.get("customer", customer["id"])["tier_locked"] is True
    assert view.why.headline.text().startswith("Tier: Premium (kept by a manager;")
    assert view.why.lock.isChecked()
