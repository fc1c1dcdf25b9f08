"""Every synced record entered through its form (issue 16, items 1, 2, 4 and 5).

The story of a rep's first day, offline on an empty replica, through the real window and its
forms: a customer with every field, a contact, a spouse who is a customer too, a 10,000 CNY
opportunity at Proposal, a high-priority complaint, a visit logged the evening after with
a next step. Pipeline, Service and Today show them; after one sync the branch manager's
replica holds exactly these rows with the same values.
"""

import uuid
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest

from app.account import Account
from app.workspace import Workspace
from sync.protocol.entities import ENTITIES, Interaction
from sync.protocol.enums import Role
from sync.protocol.validation import writable_columns
from tests.support.clients import connect
from tests.ui.ops import settle
from tests.ui.today_lines import lines, said
from tests.ui.typing import type_text
from ui.contact_dialog import ContactDialog
from ui.customer_dialog import CustomerDialog
from ui.interaction_dialog import InteractionDialog
from ui.main_window import MainWindow
from ui.opportunity_dialog import OpportunityDialog
from ui.relation_dialog import RelationDialog
from ui.service_request_dialog import ServiceRequestDialog
from ui.task_actions import RescheduleDialog

YESTERDAY = date.today() - timedelta(days=1)
TOMORROW = date.today() + timedelta(days=1)


def _choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def _save(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.accepted, timeout=5000):  # written on the DB lane, then closed
        dialog.save()
    settle()


def _only(window, kind):
    [dialog] = [d for d in window.findChildren(kind) if d.isVisible()]
    return dialog


def _new_customer(qtbot, window, name: str) -> CustomerDialog:
    window.new_action.trigger()  # Ctrl+N
    dialog = _only(window, CustomerDialog)
    type_text(dialog.inputs["name"], name)
    return dialog


def _fill_wang_fang(qtbot, dialog: CustomerDialog) -> None:
    inputs = dialog.inputs
    _choose(inputs["kind"], "person")
    _choose(inputs["tier"], "premium")
    _choose(inputs["status"], "active")
    qtbot.keyClicks(inputs["phones"], "138 0013 8000, 021-5555-0000")
    qtbot.keyClicks(inputs["email"], "wang.fang@example.cn")
    type_text(inputs["city"], "上海")
    type_text(inputs["address"], "浦东新区世纪大道100号")
    type_text(inputs["industry"], "零售")
    type_text(inputs["source"], "朋友介绍")
    qtbot.keyClicks(inputs["birthday"].text, "1985-06-12")
    type_text(inputs["tags"], "VIP, 老客户")
    type_text(inputs["notes"], "喜欢下午拜访")
    assert not dialog.form.isRowVisible(list(inputs).index("registration_no"))  # a person
    _choose(inputs["kind"], "company")  # a company has these instead of a birthday
    assert dialog.form.isRowVisible(list(inputs).index("registration_no"))
    assert not dialog.form.isRowVisible(list(inputs).index("birthday"))
    _choose(inputs["kind"], "person")


def _tab(view, entity: str) -> None:
    view.tabs.setCurrentIndex(list(view.tables).index(entity))


@pytest.fixture
def branch_pair(make_account):
    """A rep and the manager of a branch of their own (nobody else's rows in it)."""
    branch = f"B{uuid.uuid4().hex[:8]}"
    return make_account(branch=branch), make_account(Role.MANAGER, branch=branch)


def _window(qtbot, client, url: str) -> MainWindow:
    account = Account(
        url,
        client.username,
        client.user_id,
        client.username,
        "rep",
        None,
        client.device_id,
        client.path,
    )
    window = MainWindow(Workspace(account, client.records))  # no engine: offline
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


@pytest.mark.slow
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_rep_enters_every_record_offline_and_the_manager_receives_them(
    qtbot, server, branch_pair, tmp_path
):
    rep, manager = branch_pair
    laptop = connect(server.url, rep.username, rep.password, tmp_path / "rep.sqlite3")
    records = laptop.records
    window = _window(qtbot, laptop, server.url)

    # a customer with every field
    dialog = _new_customer(qtbot, window, "王芳")
    _fill_wang_fang(qtbot, dialog)
    _save(qtbot, dialog)
    [wang] = records.find("customer")
    assert {k: wang[k] for k in ("name", "tier", "city", "industry", "source", "tags")} == {
        "name": "王芳",
        "tier": "premium",
        "city": "上海",
        "industry": "零售",
        "source": "朋友介绍",
        "tags": ["VIP", "老客户"],
    }
    assert wang["birthday"] == date(1985, 6, 12)
    assert wang["phones"] == ["138 0013 8000", "021-5555-0000"]
    assert (wang["address"], wang["notes"]) == ("浦东新区世纪大道100号", "喜欢下午拜访")
    assert (wang["registration_no"], wang["company_size"]) == (None, None)

    # the second customer's tags complete from those in use
    dialog = _new_customer(qtbot, window, "李强")
    tags = dialog.inputs["tags"]
    completer = tags.completer()
    assert completer.model().stringList() == ["VIP", "老客户"]
    tags.setText("老客户, v")
    assert completer.splitPath(tags.text()) == ["v"]
    completer.setCompletionPrefix("v")
    assert completer.pathFromIndex(completer.currentIndex()) == "老客户, VIP, "
    tags.clear()
    _save(qtbot, dialog)
    li = next(c for c in records.find("customer") if c["name"] == "李强")

    window.open_customer(wang["id"])
    view = window.customer_view
    # a contact, from the Contacts tab
    _tab(view, "contact")
    assert view.add_button.text() == "Add contact…"
    view.add_button.click()
    dialog = _only(window, ContactDialog)
    type_text(dialog.inputs["name"], "王小明")
    type_text(dialog.inputs["title"], "助理")
    qtbot.keyClicks(dialog.inputs["phones"], "139 1111 2222")
    qtbot.keyClicks(dialog.inputs["email"], "xm@example.cn")
    dialog.inputs["is_primary"].setChecked(True)
    _save(qtbot, dialog)
    [contact] = records.find("contact", customer_id=wang["id"])
    assert (contact["name"], contact["title"], contact["is_primary"]) == ("王小明", "助理", True)

    # a spouse who is a customer too, picked with the usual search
    _tab(view, "relation")
    view.add_button.click()
    dialog = _only(window, RelationDialog)
    _choose(dialog.inputs["kind"], "spouse")
    search = dialog.inputs["related_customer_id"].choose()
    type_text(search.query, "李强")
    search.run()
    search.open_current()
    assert dialog.inputs["related_customer_id"].name.text() == "李强"
    _save(qtbot, dialog)
    [relation] = records.find("relation")
    assert (relation["kind"], relation["related_customer_id"]) == ("spouse", li["id"])

    # an opportunity of 10,000 CNY at Proposal: the probability follows the stage
    _tab(view, "opportunity")
    view.add_button.click()
    dialog = _only(window, OpportunityDialog)
    assert dialog.inputs["customer_id"].name.text() == "王芳"
    type_text(dialog.inputs["title"], "家庭理财方案")
    amount = dialog.inputs["amount"]
    amount.lineEdit().selectAll()
    qtbot.keyClicks(amount, "10000")
    _choose(dialog.inputs["stage"], "proposal")
    assert dialog.inputs["probability"].value() == 50
    assert not dialog.form.isRowVisible(list(dialog.inputs).index("lost_reason"))
    qtbot.keyClicks(
        dialog.inputs["expected_close"].text, (date.today() + timedelta(30)).isoformat()
    )
    type_text(dialog.inputs["product_line"], "理财")
    _save(qtbot, dialog)
    [deal] = records.find("opportunity")
    assert (deal["amount"], deal["currency"], deal["stage"], deal["probability"]) == (
        Decimal("10000.00"),
        "CNY",
        "proposal",
        50,
    )

    # a high-priority complaint: due in a day, as high priority says
    _tab(view, "service_request")
    view.add_button.click()
    dialog = _only(window, ServiceRequestDialog)
    opened = datetime.now(UTC)
    _choose(dialog.inputs["kind"], "complaint")
    type_text(dialog.inputs["subject"], "账单金额有误")
    type_text(dialog.inputs["description"], "上月账单多收了200元")
    _choose(dialog.inputs["priority"], "high")
    due = dialog.inputs["sla_due_at"].field_value()
    assert timedelta(hours=23, minutes=58) < due - opened <= timedelta(hours=24, minutes=1)
    _save(qtbot, dialog)
    [complaint] = records.find("service_request")
    assert (complaint["kind"], complaint["priority"], complaint["status"]) == (
        "complaint",
        "high",
        "new",
    )

    # a visit logged today about yesterday afternoon, with the contact and a next step
    _tab(view, "timeline")
    view.add_button.click()  # "Log interaction…"
    dialog = _only(window, InteractionDialog)
    assert dialog.inputs["kind"].currentData() == "visit"
    visited = datetime.combine(YESTERDAY, time(15, 30))
    dialog.inputs["occurred_at"].set_local(visited)
    _choose(dialog.inputs["contact_id"], contact["id"])
    type_text(dialog.inputs["subject"], "上门拜访")
    type_text(dialog.inputs["body"], "介绍了理财方案，客户很感兴趣")
    type_text(dialog.inputs["outcome"], "同意看方案")
    type_text(dialog.inputs["next_step"], "发送方案书")
    qtbot.keyClicks(dialog.inputs["next_step_due"].text, TOMORROW.isoformat())
    _save(qtbot, dialog)
    [visit] = records.find("interaction")
    assert visit["occurred_at"] == visited.astimezone(UTC)
    assert (visit["contact_id"], visit["next_step_due"]) == (contact["id"], TOMORROW)
    assert visit["user_id"] == laptop.user_id

    # the customer view: everything a rep reads before a visit
    facts = view.fact_values
    assert facts["address"].text() == "浦东新区世纪大道100号"
    assert (facts["industry"].text(), facts["source"].text()) == ("零售", "朋友介绍")
    assert (facts["born"].text(), facts["tags"].text()) == ("1985-06-12", "VIP, 老客户")
    assert view.header.notes.text() == "喜欢下午拜访"
    assert view.header.complaints.isVisible()
    assert view.header.complaints.text().startswith("⚠ 1 open complaint")
    timeline = view.tables["timeline"]
    visit_row = next(
        r for r in range(timeline.rowCount()) if timeline.item(r, 3).text() == "上门拜访"
    )
    assert "发送方案书" in timeline.item(visit_row, 4).text()
    timeline.selectRow(visit_row)
    view.open_row(timeline)  # as a double-click does: the whole entry, to read and fix
    dialog = _only(window, InteractionDialog)
    assert dialog.inputs["body"].toPlainText() == "介绍了理财方案，客户很感兴趣"
    assert dialog.inputs["contact_id"].currentData() == contact["id"]
    assert dialog.archive_button.isVisible()  # its author, today
    dialog.reject()
    # the spouse's view shows the same relation from the other side
    window.open_customer(li["id"])
    relations = view.tables["relation"]
    assert view.tabs.tabText(list(view.tables).index("relation")) == "Family and relations (1)"
    assert [relations.item(0, c).text() for c in (0, 1, 2)] == ["Spouse", "王芳", "Yes"]

    # Pipeline: the Proposal column's total and weighted value
    window.nav.setCurrentRow(window.nav_pages.index(window.pipeline))
    assert window.pipeline.headers["proposal"].text() == "Proposal · 1"
    assert window.pipeline.sums["proposal"].text() == "CNY 10,000 · weighted CNY 5,000"
    # Service: the complaint with its due time
    window.nav.setCurrentRow(window.nav_pages.index(window.service))
    service = window.service
    assert service.model.row_count() == 1
    cells = [service.model.index(0, c).data() for c in range(len(service.model.COLUMNS))]
    assert cells[:5] == ["账单金额有误", "王芳", "Complaint", "High", "New"]
    assert cells[7] in ("in 23 h", "in 24 h")
    # Today: the next step promised
    today = window.today
    with qtbot.waitSignal(today.loaded, timeout=5000):
        window.nav.setCurrentRow(window.nav_pages.index(today))
    [follow_up] = lines(today, "coming")
    _when, what, customer = said(follow_up)
    assert (what, customer) == ("Promised: 发送方案书", "王芳")

    # one sync: the branch manager's replica receives exactly these rows, with these values
    assert records.pending_count() == 7
    laptop.sync()
    assert records.pending_count() == 0
    office = connect(server.url, manager.username, manager.password, tmp_path / "mgr.sqlite3")
    office.sync()
    for entity in ENTITIES:
        columns = ["id", "created_by", *writable_columns(entity)]
        mine = {r["id"]: {c: r[c] for c in columns} for r in records.find(entity)}
        theirs = {r["id"]: {c: r[c] for c in columns} for r in office.records.find(entity)}
        assert theirs == mine, entity
    held = {e: n for e in ENTITIES if (n := len(records.find(e)))}  # the rest: none
    assert held == {
        "customer": 2, "contact": 1, "relation": 1, "interaction": 1, "opportunity": 1,
        "service_request": 1,
    }  # fmt: skip
    window.close()
    laptop.close()
    office.close()


# --- the forms one by one, offline -----------------------------------------------------------


@pytest.fixture
def window(qtbot, workspace):
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    return main


def test_a_company_has_registration_and_size_and_no_birthday(qtbot, window, records):
    dialog = _new_customer(qtbot, window, "上海申通贸易有限公司")
    _choose(dialog.inputs["kind"], "company")
    qtbot.keyClicks(dialog.inputs["registration_no"], "91310000MA1K3XXXXX")
    _choose(dialog.inputs["company_size"], "medium")
    qtbot.keyClicks(dialog.inputs["birthday"].text, "2001-01-01")  # typed before switching
    _save(qtbot, dialog)
    [shop] = records.find("customer")
    assert (shop["kind"], shop["registration_no"], shop["company_size"]) == (
        "company",
        "91310000MA1K3XXXXX",
        "medium",
    )
    assert shop["birthday"] is None
    window.open_customer(shop["id"])
    header = window.customer_view.header
    assert header.captions["born"].text() == "Registration no. · size"
    assert header.values["born"].text() == "91310000MA1K3XXXXX · Medium (100-999)"
    assert not header.complaints.isVisible()


def test_opportunity_form_asks_for_the_close_date_on_won_and_a_reason_on_lost(
    qtbot, window, records
):
    shop = records.create("customer", {"name": "张伟"})
    deal = records.create(
        "opportunity",
        {
            "customer_id": shop["id"],
            "title": "ERP",
            "amount": "5000",
            "expected_close": "2027-03-15",
        },
    )
    dialog = window.editors.edit_opportunity(deal["id"])
    _choose(dialog.inputs["stage"], "won")
    assert dialog.inputs["probability"].value() == 100
    assert dialog.inputs["expected_close"].field_value() == date.today().isoformat()
    dialog.inputs["expected_close"].set_field_value(None)
    dialog.save()  # Won without the day it closed: asked, not saved
    assert dialog.errors["expected_close"].isVisible()
    _choose(dialog.inputs["stage"], "lost")
    assert dialog.inputs["probability"].value() == 0
    assert dialog.form.isRowVisible(list(dialog.inputs).index("lost_reason"))
    dialog.save()
    assert dialog.errors["lost_reason"].isVisible()
    assert records.pending_count() == 2  # the two creates only
    type_text(dialog.inputs["lost_reason"], "价格太高")
    _save(qtbot, dialog)
    row = records.get("opportunity", deal["id"])
    assert (row["stage"], row["probability"], row["lost_reason"]) == ("lost", 0, "价格太高")


def test_a_request_is_due_by_its_priority_until_the_user_sets_a_time(qtbot, window, records):
    shop = records.create("customer", {"name": "张伟"})
    dialog = window.editors.new_service_request(shop["id"])
    due = dialog.inputs["sla_due_at"]
    normal = due.field_value()
    _choose(dialog.inputs["priority"], "urgent")
    assert due.field_value() == normal - timedelta(hours=72 - 4)
    chosen = datetime.combine(TOMORROW, time(9, 0))
    due.set_local(chosen)  # the user's own time stays when the priority changes again
    _choose(dialog.inputs["priority"], "low")
    assert due.local() == chosen
    type_text(dialog.inputs["subject"], "咨询")
    _save(qtbot, dialog)
    [request] = records.find("service_request")
    assert request["sla_due_at"] == chosen.astimezone(UTC)
    assert request["priority"] == "low"
    before = records.pending_count()
    again = window.editors.edit_service_request(request["id"])
    _save(qtbot, again)  # opened and saved unchanged: nothing to send
    assert records.pending_count() == before


def test_a_relation_to_someone_who_is_not_a_customer(qtbot, window, records):
    shop = records.create("customer", {"name": "张伟"})
    dialog = window.editors.new_relation(shop["id"])
    _choose(dialog.inputs["kind"], "child")
    dialog.save()  # neither a customer nor a name
    assert dialog.errors["related_name"].text() == "Choose a related customer or enter a name."
    type_text(dialog.inputs["related_name"], "张小宝")
    _save(qtbot, dialog)
    [relation] = records.find("relation")
    assert (relation["kind"], relation["related_name"], relation["related_customer_id"]) == (
        "child",
        "张小宝",
        None,
    )
    window.open_customer(shop["id"])
    view = window.customer_view
    table = view.tables["relation"]
    assert [table.item(0, c).text() for c in (0, 1, 2)] == ["Child", "张小宝", "No"]
    _tab(view, "relation")
    table.selectRow(0)
    view.open_row(table)
    assert _only(window, RelationDialog).row_id == relation["id"]


def test_an_interaction_of_someone_else_or_older_than_a_week_is_read_only(qtbot, window, records):
    shop = records.create("customer", {"name": "张伟"})
    theirs = records.create(
        "interaction", {"customer_id": shop["id"], "user_id": "u-bob", "subject": "电话"}
    )
    dialog = window.editors.edit_interaction(theirs["id"])
    assert dialog.read_only and dialog.inputs["subject"].isReadOnly()
    assert "Only its author can change it, within 7 day" in dialog.note.text()
    before = records.pending_count()
    dialog.save()
    assert records.pending_count() == before
    dialog.reject()
    mine = records.create(
        "interaction", {"customer_id": shop["id"], "user_id": records.user_id, "subject": "拜访"}
    )
    with records.replica.transaction() as session:  # logged eight days ago
        session.get(Interaction, mine["id"]).created_at = datetime.now(UTC) - timedelta(days=8)
    dialog = window.editors.edit_interaction(mine["id"])
    assert dialog.read_only and "Logged by you" in dialog.note.text()


def test_the_author_fixes_and_archives_an_entry_with_undo(qtbot, window, records):
    shop = records.create("customer", {"name": "张伟"})
    entry = records.create(
        "interaction", {"customer_id": shop["id"], "user_id": records.user_id, "subject": "拜访"}
    )
    dialog = window.editors.edit_interaction(entry["id"])
    assert not dialog.read_only
    dialog.inputs["occurred_at"].set_local(datetime.combine(YESTERDAY, time(10)))
    _save(qtbot, dialog)
    assert records.get("interaction", entry["id"])["occurred_at"].astimezone().date() == YESTERDAY
    dialog = window.editors.edit_interaction(entry["id"])
    with qtbot.waitSignal(window.editors.archived):
        dialog.archive_button.click()
        settle()
    assert records.find("interaction") == []
    assert window.undo_bar.isVisible()


def test_tasks_are_done_and_rescheduled_from_today_the_customer_and_the_calendar(
    qtbot, window, records
):
    shop = records.create("customer", {"name": "张伟"})
    late = datetime.now(UTC) - timedelta(hours=3)
    call = records.create(
        "task", {"customer_id": shop["id"], "kind": "call", "title": "回电", "due_at": late}
    )
    todo = records.create("task", {"customer_id": shop["id"], "title": "寄合同", "due_at": late})
    today = window.today
    with qtbot.waitSignal(today.loaded, timeout=5000):
        window.nav.setCurrentRow(window.nav_pages.index(today))
    assert [said(line)[1] for line in lines(today, "due")] == ["回电", "寄合同"]
    # Today: reschedule the call to tomorrow 10:00: still a call due by a time
    menu = lines(today, "due")[0].menu()
    next(a for a in menu.actions() if a.text() == "Pick a date…").trigger()
    dialog = window.findChild(RescheduleDialog)
    assert dialog.windowTitle() == "Reschedule “回电”"
    dialog.moment.set_local(datetime.combine(TOMORROW, time(10)))
    dialog.ok.click()
    settle()
    row = records.get("task", call["id"])
    assert (row["kind"], row["starts_at"], row["ends_at"]) == ("call", None, None)
    assert row["due_at"] == datetime.combine(TOMORROW, time(10)).astimezone(UTC)
    # Today: tick the to-do done
    qtbot.waitUntil(lambda: [said(line)[1] for line in lines(today, "due")] == ["寄合同"])
    lines(today, "due")[0].done.click()
    settle()
    assert records.get("task", todo["id"])["done"] is True
    # the customer view's Tasks tab: not done again, and a visit rescheduled keeps its hour
    window.open_customer(shop["id"])
    view = window.customer_view
    _tab(view, "task")
    table = view.tables["task"]
    row_of = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    table.selectRow(row_of["寄合同"])
    assert view.done_button.text() == "Mark as not done"
    view.done_button.click()
    settle()
    assert records.get("task", todo["id"])["done"] is False
    # the Calendar: opening a call due by a time and saving keeps it due by a time
    window.nav.setCurrentRow(window.nav_pages.index(window.calendar))
    form = window.calendar.edit(call["id"])
    assert form.combo("timing").currentData() == "due"
    assert not form.form.isRowVisible(list(form.inputs).index("starts_at"))
    before = records.pending_count()
    _save(qtbot, form)
    assert records.get("task", call["id"])["starts_at"] is None
    assert records.pending_count() == before  # nothing changed, nothing written
    moved = window.calendar.reschedule(call["id"])
    moved.moment.set_local(datetime.combine(TOMORROW, time(16)))
    moved.ok.click()
    settle()
    row = records.get("task", call["id"])
    assert (row["kind"], row["starts_at"]) == ("call", None)
    assert row["due_at"] == datetime.combine(TOMORROW, time(16)).astimezone(UTC)


def test_ctrl_k_on_a_contact_opens_its_customer_and_its_form(qtbot, window, records):
    shop = records.create("customer", {"name": "张伟"})
    contact = records.create("contact", {"customer_id": shop["id"], "name": "Lily Chen"})
    search = window.open_search()
    qtbot.keyClicks(search.query, "lily")
    search.run()
    search.open_current()
    assert window.pages.currentWidget() is window.customer_view
    assert window.customer_view.customer_id == shop["id"]
    form = _only(window, ContactDialog)
    assert form.row_id == contact["id"] and form.inputs["name"].text() == "Lily Chen"


def test_new_opportunity_on_pipeline_and_new_request_on_service_ask_for_the_customer(
    qtbot, window, records
):
    shop = records.create("customer", {"name": "张伟"})
    window.nav.setCurrentRow(window.nav_pages.index(window.pipeline))
    window.pipeline.new_button.click()
    dialog = _only(window, OpportunityDialog)
    type_text(dialog.inputs["title"], "年度维保")
    dialog.save()
    assert dialog.errors["customer_id"].isVisible()  # no customer yet: asked, not saved
    dialog.inputs["customer_id"].set_customer(shop["id"])
    _save(qtbot, dialog)
    assert window.pipeline.headers["prospecting"].text() == "Prospecting · 1"
    window.nav.setCurrentRow(window.nav_pages.index(window.service))
    window.service.new_button.click()
    dialog = _only(window, ServiceRequestDialog)
    dialog.inputs["customer_id"].set_customer(shop["id"])
    type_text(dialog.inputs["subject"], "上门维修")
    _choose(dialog.inputs["kind"], "repair")
    _save(qtbot, dialog)
    assert window.service.model.index(0, 0).data() == "上门维修"


@pytest.mark.qt_log_ignore("This plugin does not support")  # the popup, offscreen
def test_a_date_is_typed_or_picked_from_a_calendar(qtbot):
    from PySide6.QtCore import QDate, Qt

    from ui.fields import DateField

    field = DateField()
    qtbot.addWidget(field)
    field.show()
    calendar = field.open_calendar()  # Alt+Down; empty, it opens at today
    assert calendar.selectedDate() == QDate.currentDate()
    calendar.setSelectedDate(QDate(2026, 12, 24))
    qtbot.keyClick(calendar.focusProxy(), Qt.Key.Key_Return)  # its day grid has the keys
    assert field.field_value() == "2026-12-24"
    assert field.calendar is None
