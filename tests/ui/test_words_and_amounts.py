"""Text for people (issue 16, item 8): plural forms in both languages, the server's reasons in
the user's language, one money format per language on every screen."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication

from app.arrivals import Arrival
from app.workspace import Workspace
from sync.protocol import reasons
from ui import i18n
from ui.arrivals_bar import ArrivalsBar
from ui.main_window import MainWindow
from ui.money import money


def translate(context: str, source: str, n: int) -> str:
    return QCoreApplication.translate(context, source, "", n)


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [
        ("en", 0, "0 changes waiting to sync"),
        ("en", 1, "1 change waiting to sync"),
        ("en", 2, "2 changes waiting to sync"),
        ("zh_CN", 1, "1 项更改等待同步"),
    ],
)
def test_plural_forms_in_both_languages(qapp, language, count, expected):
    i18n.install(language)
    assert translate("MainWindow", "%n change(s) waiting to sync", count) == expected


def test_english_reads_as_english(qapp):
    assert translate("OffboardReport", "%n open opportunity(-ies) handed on", 1) == (
        "1 open opportunity handed on"
    )
    assert translate("CustomerHeader", "%1 in %n open opportunity(ies)", 3) == (
        "%1 in 3 open opportunities"
    )
    assert (
        translate("ReassignTab", "%n customer(s) moved to %1.", 17) == "17 customers moved to %1."
    )
    assert translate("FilterBar", "%Ln customer(s)", 100_000) == "100,000 customers"


def test_money_has_one_format_per_language(qapp):
    assert money(Decimal("1200000"), "CNY") == "CNY 1,200,000"
    assert money(Decimal("12.5"), "USD") == "USD 12.50"
    i18n.install("zh_CN")
    assert money(Decimal("1200000"), "CNY") == "¥1,200,000"
    assert money(Decimal("12.5"), "USD") == "USD 12.50"


def test_every_amount_of_the_customer_view_is_written_alike(qtbot, account, records):
    customer = records.create("customer", {"name": "王芳"})
    for title, amount, currency in (("年度合同", "10000", "CNY"), ("进口设备", "500.5", "USD")):
        records.create(
            "opportunity",
            {
                "customer_id": customer["id"],
                "title": title,
                "amount": Decimal(amount),
                "currency": currency,
                "stage": "proposal",
            },
        )
    window = MainWindow(Workspace(account, records))
    qtbot.addWidget(window)
    window.show()
    window.open_customer(customer["id"])
    view = window.customer_view
    assert view.fact_values["open_value"].text() == (
        "CNY 10,000 + USD 500.50 in 2 open opportunities"
    )
    deals = view.tables["opportunity"]
    amounts = {deals.item(r, 0).text(): deals.item(r, 2).text() for r in range(deals.rowCount())}
    assert amounts == {"年度合同": "CNY 10,000", "进口设备": "USD 500.50"}
    timeline = view.tables["timeline"]
    details = {timeline.item(r, 3).text(): timeline.item(r, 4).text() for r in range(2)}
    assert details == amounts


def _arrival(reason: str | None, source: str | None = "Bob 刘波") -> Arrival:
    return Arrival(datetime.now(UTC), source, "admin", reason, ["c1", "c2", "c3"])


def test_the_servers_reasons_are_put_into_the_users_words(qtbot, workspace):
    bar = ArrivalsBar(workspace.arrivals)
    qtbot.addWidget(bar)
    left = _arrival(reasons.OWNER_LEFT)
    assert bar._line(left) == (
        "3 customers from Bob 刘波 are now yours. Handed over by admin. "
        "Reason: Bob 刘波 left the company"
    )
    assert bar.reason_text(reasons.pool_return(90)) == (
        "no contact for 90 days, returned to the branch pool"
    )
    assert bar.reason_text("A 休产假") == "A 休产假"  # a person's words, as typed
    i18n.install("zh_CN")
    assert (
        bar._line(left)
        == "Bob 刘波 的 3 位客户现已归你负责。 由 admin 移交。 原因：Bob 刘波 已离职"
    )
    assert bar.reason_text(reasons.POOL_CLAIM) == "从分公司客户池领取"
