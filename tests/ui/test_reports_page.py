"""The Reports page (issue 19, item 5): a ready report's figures, a pivot chosen in the builder,
its chart, the records behind a figure (adding up to it) opening their contract, saved views,
and the table exported to an .xlsx that reads back; the page in the main window's navigation."""

from pathlib import Path

import openpyxl
from pytestqt.qt_compat import qt_api

from app.reports import PivotSpec
from tests.app.test_reports import make_book
from ui.contract_dialog import ContractDialog
from ui.main_window import MainWindow
from ui.reports_page import ReportsPage

from .ops import settle


def texts(page: ReportsPage) -> list[list[str]]:
    model = page.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def shown(qtbot, page: ReportsPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()


def pick(qtbot, page: ReportsPage, combo, key) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        combo.setCurrentIndex(combo.findData(key))


def test_ready_report_then_a_pivot_with_its_chart_and_drill_down(qtbot, workspace, records):
    book = make_book(records)
    page = ReportsPage(workspace)
    qtbot.addWidget(page)
    shown(qtbot, page)
    assert page.ready_list.currentItem().text() == "Contribution by product line"
    assert page.model.headers() == ["Product line", "Contribution (sum of contracts)", "Share"]
    assert texts(page) == [
        ["软件", "CNY 2,800", "65.1%"],
        ["服务", "CNY 1,500", "34.9%"],
        ["Total", "CNY 4,300", "100.0%"],
    ]

    pick(qtbot, page, page.rows, "tier")
    pick(qtbot, page, page.columns, "product_line")
    assert page.ready_key is None and not page.ready_list.selectedItems()
    assert page.model.headers() == ["Tier", "软件", "服务", "Total"]
    assert texts(page) == [
        ["Premium", "CNY 1,800", "CNY 1,000", "CNY 2,800"],
        ["Major", "CNY 1,000", "CNY 0", "CNY 1,000"],
        ["Ordinary", "CNY 0", "CNY 500", "CNY 500"],
        ["Total", "CNY 2,800", "CNY 1,500", "CNY 4,300"],
    ]
    chart = page.chart
    assert chart.data.categories == ["Premium", "Major", "Ordinary"]
    assert [name for name, _ in chart.data.series] == ["软件", "服务"]
    for kind in ("line", "pie", "bar"):
        page.chart_kind.setCurrentIndex(page.chart_kind.findData(kind))
        assert not chart.grab().isNull()  # painted with QPainter
    page.chart_kind.setCurrentIndex(page.chart_kind.findData("pie"))
    assert chart.data.series[0][1] == [2800.0, 1000.0, 500.0]  # a pie of the rows' totals

    # the premium row's total: its two contract lines, adding up to it
    dialog = page.drill(page.model.index(0, 3))
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
    assert "CNY 2,800" in dialog.heading.text()
    assert "total CNY 2,800" in dialog.count.text()
    assert sorted(r.reference for r in dialog.model.records) == ["HT-K1 · ERP", "HT-K1 · 维保"]
    contract = dialog.open_record(0)
    assert isinstance(contract, ContractDialog)
    assert contract.row_id == book["K1"]
    contract.reject()
    opened = []
    page.opened.connect(opened.append)
    dialog.table.selectRow(1)
    dialog.customer_button.click()
    assert opened == [book["A"]]


def test_saved_views_and_export_to_xlsx(qtbot, workspace, records, tmp_path: Path):
    make_book(records)
    page = ReportsPage(workspace)
    qtbot.addWidget(page)
    shown(qtbot, page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.choose(PivotSpec("city", "source", "payments"))
    page.save_view("回款 by city")
    settle()
    assert [page.views_list.item(i).text() for i in range(page.views_list.count())] == [
        "回款 by city"
    ]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.choose_ready("overdue_ageing")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page._view_chosen(page.views_list.item(0))
    assert (page.rows.currentData(), page.columns.currentData()) == ("city", "source")
    assert page.measure.currentData() == "payments"
    assert texts(page)[-1] == ["Total", "CNY 1,000", "CNY 350", "CNY 1,350"]

    path = tmp_path / "报表.xlsx"
    with qtbot.waitSignal(page.exported, timeout=10_000):
        page.export(path)
    assert page.message is not None and str(path) in page.message.informativeText()
    sheet = openpyxl.load_workbook(path).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == ["City", "展会", "推荐", "Total"]
    assert values[1] == ["上海", 1000, 350, 1350]  # numbers, not text
    assert values[-1] == ["Total", 1000, 350, 1350]
    settle()
    queued = workspace.replica.get_meta("export_audit_queue", [])
    assert [(q["kind"], q["format"]) for q in queued] == [("report", "xlsx")]


def test_reports_in_the_navigation_with_its_shortcut(qtbot, workspace, records):
    make_book(records)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    row = window.nav_pages.index(window.reports)
    assert window.nav.item(row).text() == "Reports"
    assert window.page_actions[row].shortcut().toString() == f"Alt+{row + 1}"
    with qtbot.waitSignal(window.reports.loaded, timeout=10_000):
        window.page_actions[row].trigger()
    assert window.pages.currentWidget() is window.reports
    assert texts(window.reports)[-1][:2] == ["Total", "CNY 4,300"]
    qt_api.QtWidgets.QApplication.processEvents()
    settle()
    window.close()


def test_the_pivot_and_drill_models_pass_the_model_tester(qtbot, qtmodeltester, workspace, records):
    make_book(records)
    page = ReportsPage(workspace)
    qtbot.addWidget(page)
    shown(qtbot, page)
    qtmodeltester.check(page.model)  # a ready report with its share column
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.choose(PivotSpec("owner", "month", "contracts"))
    qtmodeltester.check(page.model)
    dialog = page.drill(page.model.index(page.model.rowCount() - 1, 1))
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    qtmodeltester.check(dialog.model)
    dialog.reject()
