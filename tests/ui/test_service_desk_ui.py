"""The service desk's screens (issue 21): the 75 % highlight and the overdue state on the
Service page from the replica alone, and the SLA policy screen."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QTime

from app.sla_policy import SlaPolicy
from ui.service_page import ServicePage
from ui.sla_policy_dialog import SlaPolicyDialog

from .conftest import workspace_for
from .ops import settle

NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)  # a Monday


def _cell(page: ServicePage, row: int, column: str, role=Qt.ItemDataRole.DisplayRole):
    model = page.model
    return model.data(model.index(row, model.COLUMNS.index(column)), role)


def _request(records, subject: str, opened_hours_ago: float, due_in_hours: float) -> dict:
    customer = records.create("customer", {"name": "张伟"})
    return records.create(
        "service_request",
        {
            "customer_id": customer["id"],
            "subject": subject,
            "opened_at": NOW - timedelta(hours=opened_hours_ago),
            "sla_due_at": NOW + timedelta(hours=due_in_hours),
        },
    )


def test_three_quarters_gone_is_highlighted_and_due_turns_overdue_offline(qtbot, records):
    _request(records, "Nearly due", 7, 1)  # 7 of 8 hours gone
    _request(records, "Plenty of time", 1, 7)
    page = ServicePage(workspace_for(records))
    qtbot.addWidget(page)
    page.refresh(NOW)
    assert _cell(page, 0, "subject") == "Nearly due"
    warned = _cell(page, 0, "subject", Qt.ItemDataRole.BackgroundRole).color()
    assert _cell(page, 0, "sla", Qt.ItemDataRole.FontRole).bold()
    assert "most of the time allowed has gone" in _cell(page, 0, "sla", Qt.ItemDataRole.ToolTipRole)
    assert _cell(page, 1, "subject", Qt.ItemDataRole.BackgroundRole) is None
    assert page.overdue.isHidden()

    # no server, no sync: at the due time it is still due, a minute later overdue
    page.refresh(NOW + timedelta(hours=1))
    assert _cell(page, 0, "sla") == "in 1 min"
    page.refresh(NOW + timedelta(hours=1, minutes=1))
    assert _cell(page, 0, "sla") == "overdue 1 min"
    late = _cell(page, 0, "subject", Qt.ItemDataRole.BackgroundRole).color()
    assert late != warned  # overdue in its own colour
    assert page.overdue.text() == "1 overdue"


def test_a_manager_sets_the_policy_and_new_requests_follow_it(qtbot, records):
    dialog = SlaPolicyDialog(SlaPolicy(records, "manager"))
    qtbot.addWidget(dialog)
    assert dialog.save_calendar_button.isEnabled()
    dialog.opens.setTime(QTime(9, 0))
    dialog.closes.setTime(QTime(18, 0))
    dialog.holidays.setPlainText("2026-11-24\nnot a date")
    dialog.save_calendar()
    settle()
    assert not dialog.error.isHidden()  # the line that is no date is refused, nothing saved
    assert records.find("service_calendar") == []
    dialog.holidays.setPlainText("2026-11-24")
    dialog.save_calendar()
    settle()
    assert dialog.error.isHidden()
    [calendar] = records.find("service_calendar")
    assert (calendar["opens"], calendar["holidays"], calendar["branch_id"]) == (
        "09:00",
        ["2026-11-24"],
        None,
    )
    dialog.kind.setCurrentIndex(dialog.kind.findData("repair"))
    dialog.priority.setCurrentIndex(dialog.priority.findData("high"))
    dialog.response.setValue(2)
    dialog.resolution.setValue(8)
    dialog.save_target()
    settle()
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in range(5)] == [
        "Repair", "High", "Any tier", "2", "8",
    ]  # fmt: skip
    dialog.resolution.setValue(4)
    dialog.save_target()  # the same kind x priority x tier: changed, not added
    settle()
    assert [t["resolution_minutes"] for t in records.find("sla_target")] == [240]

    customer = records.create("customer", {"name": "华信科技"})
    request = records.create(
        "service_request",
        {
            "customer_id": customer["id"],
            "subject": "打印机坏了",
            "kind": "repair",
            "priority": "high",
            "opened_at": datetime(2026, 11, 23, 8, tzinfo=UTC),  # Monday 16:00 in China
        },
    )
    # 2 h on Monday, Tuesday is the holiday, 2 h on Wednesday: 11:00 China time
    assert request["sla_due_at"] == datetime(2026, 11, 25, 3, tzinfo=UTC)


def test_a_rep_reads_the_policy_but_cannot_change_it(qtbot, records):
    records.create(
        "sla_target", {"kind": "complaint", "priority": "urgent", "resolution_minutes": 90}
    )
    dialog = SlaPolicyDialog(SlaPolicy(records, "rep"))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 4).text() == "1.5"
    assert not dialog.set_button.isEnabled() and not dialog.save_calendar_button.isEnabled()
    assert "Managers and administrators" in dialog.note.text()


def test_a_complaint_from_the_customer_view_is_flagged_there_and_on_today(qtbot, records):
    from tests.ui.test_today import open_today
    from tests.ui.today_lines import lines
    from ui.customer_view import CustomerView
    from ui.editors import Editors
    from ui.service_request_dialog import ServiceRequestDialog

    workspace = workspace_for(records)
    customer = records.create("customer", {"name": "华信科技", "tier": "premium"})
    view = CustomerView(workspace, Editors(workspace))
    qtbot.addWidget(view)
    view.show()
    view.show_customer(customer["id"])
    assert view.complaint_button.text() == "Complaint…"
    assert view.header.complaints.isHidden()
    dialog = view.new_complaint()
    assert isinstance(dialog, ServiceRequestDialog)
    assert dialog.windowTitle() == "New complaint"
    assert dialog.combo("kind").currentData() == "complaint"
    assert dialog.inputs["customer_words"].isVisible()
    dialog.inputs["subject"].setText("Printer jams again")
    dialog.inputs["category"].setText("Product quality")
    dialog.choose("severity", "serious")
    dialog.inputs["customer_words"].setPlainText("Third time this month, we lose a day each time!")
    dialog.save()
    settle()
    [request] = records.find("service_request")
    assert (request["kind"], request["category"], request["severity"]) == (
        "complaint",
        "Product quality",
        "serious",
    )
    assert request["customer_words"].startswith("Third time")
    assert request["opened_at"] is not None
    settle()
    view.show_customer(customer["id"])
    assert not view.header.complaints.isHidden()
    assert view.header.complaints.text() == "⚠ 1 open complaint"

    page = open_today(qtbot, workspace)
    texts = [line.text.full for line in lines(page, "notices")]
    assert "⚠ Open complaint: Printer jams again" in texts

    # another kind hides the complaint's rows and stores none of them
    other = view.editors.new_service_request(customer["id"], view.window(), kind="repair")
    assert not other.inputs["customer_words"].isVisible()
    assert "customer_words" not in other.values()


def test_closing_a_complaint_asks_the_customers_satisfaction(qtbot, records):
    from ui.service_dialogs import CloseDialog

    customer = records.create("customer", {"name": "华信科技"})
    complaint = records.create(
        "service_request",
        {"customer_id": customer["id"], "subject": "Printer jams", "kind": "complaint"},
    )
    page = ServicePage(workspace_for(records))
    qtbot.addWidget(page)
    page.refresh(NOW)
    dialog = page.close_request()
    assert isinstance(dialog, CloseDialog)
    assert not dialog.ok.isEnabled()  # no score, no closing
    dialog.choose(2)
    assert dialog.ok.isEnabled()
    dialog._ok()
    settle()
    row = records.get("service_request", complaint["id"])
    assert (row["status"], row["satisfaction"]) == ("in_progress", 2)  # reopened


def test_suggested_solutions_on_a_request_and_saving_a_resolution_as_an_article(qtbot, records):
    from ui.article_dialog import ArticleDialog
    from ui.service_dialogs import ResolveDialog
    from ui.service_request_dialog import ServiceRequestDialog

    article = records.create(
        "knowledge_article",
        {"title": "打印机卡纸", "solution": "清洁搓纸轮", "published": True},
    )
    customer = records.create("customer", {"name": "华信科技"})
    old = records.create(
        "service_request",
        {"customer_id": customer["id"], "subject": "前台打印机卡纸", "status": "resolved",
         "resolution": "换了搓纸轮"},
    )  # fmt: skip
    request = records.create(
        "service_request", {"customer_id": customer["id"], "subject": "打印机老是卡纸"}
    )
    workspace = workspace_for(records)
    dialog = ServiceRequestDialog(workspace, request["id"])
    qtbot.addWidget(dialog)
    shown = [dialog.suggestions.item(i).text() for i in range(dialog.suggestions.count())]
    assert shown == [
        "Article: 打印机卡纸 — 清洁搓纸轮",
        "Resolved before: 前台打印机卡纸 — 换了搓纸轮",
    ]
    dialog._open_suggestion(dialog.suggestions.item(0))
    [opened] = dialog.findChildren(ArticleDialog)
    assert opened.inputs["title"].text() == "打印机卡纸"
    assert not opened.inputs["published"].isEnabled()  # a rep does not publish
    assert old["id"] != request["id"]

    page = ServicePage(workspace)
    qtbot.addWidget(page)
    page.refresh(NOW)
    row = page.model.row_of(request["id"])
    page.table.selectRow(row)
    resolve = page.resolve()
    assert isinstance(resolve, ResolveDialog)
    resolve.resolution.setPlainText("清洁了搓纸轮并更换硒鼓")
    resolve.as_article.setChecked(True)
    resolve._ok()
    settle()
    drafts = [a for a in records.find("knowledge_article") if a["id"] != article["id"]]
    assert [(a["title"], a["solution"], a["published"]) for a in drafts] == [
        ("打印机老是卡纸", "清洁了搓纸轮并更换硒鼓", False)
    ]


def test_ctrl_k_complaint_about_a_customer_opens_a_new_complaint(qtbot, records):
    from PySide6.QtWidgets import QWidget

    from ui.editors import Editors
    from ui.service_request_dialog import ServiceRequestDialog

    customer = records.create("customer", {"name": "华信科技"})
    window = QWidget()
    qtbot.addWidget(window)
    editors = Editors(workspace_for(records), window)
    search = editors.search(window)
    for typed in ("投诉 华信", "complaint about huaxin"):
        search.query.setText(typed)
        search.run()
        assert search.results.item(0).text() == "New complaint from 华信科技"
    search.open_current()
    [dialog] = window.findChildren(ServiceRequestDialog)
    assert dialog.windowTitle() == "New complaint"
    assert (
        dialog.field("customer_id", type(dialog.inputs["customer_id"])).field_value()
        == (customer["id"])
    )


def test_service_figures_by_category(qtbot, records):
    customer = records.create("customer", {"name": "华信科技"})
    records.create(
        "service_request",
        {"customer_id": customer["id"], "subject": "送货晚了", "kind": "complaint",
         "category": "Delivery", "status": "closed", "satisfaction": 5},
    )  # fmt: skip
    page = ServicePage(workspace_for(records))
    qtbot.addWidget(page)
    dialog = page.open_figures()
    table = dialog.table
    assert [table.item(0, c).text() for c in range(5)] == ["Delivery", "1", "1", "—", "100 %"]
    dialog.by.setCurrentIndex(1)  # by assignee
    assert table.item(0, 0).text() == "Unassigned"
