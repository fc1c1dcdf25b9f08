"""The Customers list for many records (issue 25, item 2): the quick filter, the column
chooser, bulk actions on the selected customers with one Undo."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from app.bulk import ADD_TAG, REMOVE_TAG, BulkEdit
from app.workspace import Workspace
from tests.support.clients import connect
from ui.customer_bulk import TagDialog
from ui.customers import CustomersPage
from ui.editors import Editors
from ui.main_window import MainWindow

from .ops import activate, settle

ON_SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def _window(qtbot, workspace) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    window.show_customers()
    window.sync_timer.stop()
    window.push_timer.setInterval(60_000)  # the test syncs when it says
    activate(window)
    return window


def _action(menu: QMenu, text: str):
    for action in menu.actions():
        if action.text() == text:
            return action
        if action.menu() is not None and (found := _action(action.menu(), text)) is not None:
            return found
    return None


def _column(page: CustomersPage, header: str) -> list[str]:
    model = page.model
    position = model.headers().index(header)
    return [model.data(model.index(r, position)) for r in range(model.rowCount())]


def test_a_tag_added_to_300_selected_customers_is_undone_at_once(qtbot, workspace, records):
    records.create_many("customer", [{"name": f"客户{i:03}"} for i in range(300)])
    sent = records.pending_count()
    window = _window(qtbot, workspace)
    page = window.customers
    page.table.selectAll()

    _action(page.context_menu(), "Add tag…").trigger()
    dialog = page.dialog
    assert isinstance(dialog, TagDialog)
    dialog.tag.setEditText("年会邀请")
    dialog.ok.click()
    assert page.busy.isVisible()  # the write runs on the DB lane; the list says so meanwhile
    settle()

    assert set(_column(page, "Tags")) == {"年会邀请"} and not page.busy.isVisible()
    assert records.pending_count() == sent + 300  # one outbox entry each, to sync
    assert window.undo_bar.isVisible()
    # (the English plural comes with the lead's translation pass: "customer(s)" until then)
    assert window.undo_bar.text.text().startswith("Tag “年会邀请” added to 300 customer")

    window.undo_bar.undo_button.click()
    settle()
    assert set(_column(page, "Tags")) == {""}
    assert records.pending_count() == sent  # taken back before it was sent: no trace
    assert all(r["tags"] == [] for r in records.find("customer"))


def test_tier_and_status_from_the_menu_with_one_undo_each(qtbot, workspace, records):
    for name in ("Acme", "Bluestone", "Cathay"):
        records.create("customer", {"name": name})
    window = _window(qtbot, workspace)
    page = window.customers
    page.table.selectAll()
    assert page.bulk_button.isVisible() and page.bulk_button.text() == "3 selected"
    page.bulk_menu.aboutToShow.emit()  # the button's menu: what the right-click offers
    _action(page.bulk_menu, "Premium").trigger()
    settle()
    assert set(_column(page, "Tier")) == {"Premium"}
    assert window.undo_bar.text.text().startswith("Tier set to Premium for 3 customer")
    _action(page.context_menu(), "Dormant").trigger()
    settle()
    assert set(_column(page, "Status")) == {"Dormant"}
    window.undo_bar.undo_button.click()  # the status edit
    settle()
    assert set(_column(page, "Status")) == {"Active"}
    assert set(_column(page, "Tier")) == {"Premium"}


def test_removing_a_tag_offers_the_tags_in_use(qtbot, workspace, records):
    records.create("customer", {"name": "甲", "tags": ["展会", "老客户"]})
    records.create("customer", {"name": "乙", "tags": ["老客户"]})
    page = CustomersPage(workspace, Editors(workspace))
    qtbot.addWidget(page)
    page.refresh()
    page.table.selectAll()
    dialog = page.ask_tag(REMOVE_TAG)
    assert [dialog.tag.itemText(i) for i in range(dialog.tag.count())] == ["老客户", "展会"]
    dialog.tag.setCurrentText("老客户")
    dialog.ok.click()
    settle()
    assert set(_column(page, "Tags")) == {"展会", ""}


def test_chosen_columns_show_owner_and_last_contact_and_are_remembered(qtbot, workspace, records):
    acme = records.create("customer", {"name": "Acme", "tags": ["VIP", "展会"]})
    records.create("interaction", {"customer_id": acme["id"], "subject": "Call"})
    records.create("customer", {"name": "Bluestone"})
    page = CustomersPage(workspace, Editors(workspace))
    qtbot.addWidget(page)
    page.refresh()
    assert "owner_id" not in page.shown_columns()
    menu = page.column_menu()
    _action(menu, "Owner").trigger()
    _action(menu, "Last contact").trigger()
    _action(menu, "Tags").trigger()
    _action(menu, "Phones").trigger()  # hidden
    assert _column(page, "Owner") == ["You", "You"]
    contacted = _column(page, "Last contact")
    assert contacted[0] and contacted[1] == ""
    assert _column(page, "Tags") == ["VIP, 展会", ""]

    again = CustomersPage(workspace, Editors(workspace))  # the next start, the same user
    qtbot.addWidget(again)
    assert again.shown_columns() == [
        "name",
        "tier",
        "status",
        "city",
        "updated_at",
        "owner_id",
        "tags",
        "last_contact",
    ]
    header = again.table.horizontalHeader()
    assert header.isSectionHidden(again.model.COLUMNS.index("phones"))
    again.refresh()  # newest contact first; never contacted last
    again.table.sortByColumn(
        again.model.COLUMNS.index("last_contact"), Qt.SortOrder.DescendingOrder
    )
    assert again.model.data(again.model.index(0, 0)) == "Acme"


def test_the_quick_filter_matches_pinyin_and_initials(qtbot, workspace, records):
    for name in ("张伟", "王芳", "Acme Trading"):
        records.create("customer", {"name": name})
    page = CustomersPage(workspace, Editors(workspace))
    qtbot.addWidget(page)
    page.refresh()
    qtbot.keyClicks(page.filters.text, "zhang wei")
    page.filters.filter_now()
    settle()  # the read runs on the query lane
    assert _column(page, "Name") == ["张伟"]
    assert page.filters.count.text() == "1 of 3 customers"
    page.filters.text.clear()
    qtbot.keyClicks(page.filters.text, "wf")
    page.filters.filter_now()
    settle()  # the read runs on the query lane
    assert _column(page, "Name") == ["王芳"]
    page.filters.clear()
    settle()
    assert page.model.rowCount() == 3 and page.filters.text.text() == ""


@ON_SQLITE
def test_bulk_tags_reach_the_server_without_conflicts(
    qtbot, server, make_account, tmp_path, account
):
    user = make_account()
    laptop = connect(server.url, user.username, user.password, tmp_path / "laptop.sqlite3")
    desktop = connect(server.url, user.username, user.password, tmp_path / "desktop.sqlite3")
    try:
        laptop.records.create_many("customer", [{"name": f"门店{i:02}"} for i in range(40)])
        laptop.sync()
        workspace = Workspace(account, laptop.records, laptop.engine)
        window = _window(qtbot, workspace)
        window.customers.table.selectAll()
        window.customers.bulk_edit(BulkEdit(ADD_TAG, "春节拜访"))
        settle()
        laptop.sync()
        desktop.sync()
        assert laptop.records.pending_count() == 0
        assert {tuple(r["tags"]) for r in desktop.records.find("customer")} == {("春节拜访",)}
        assert workspace.activity.conflicts() == []
        window.close()
    finally:
        laptop.close()
        desktop.close()


def test_a_saved_view_brings_back_filters_columns_and_sort(qtbot, workspace, records):
    for name, tags in (("Acme", ["展会"]), ("Bluestone", ["展会"]), ("Cathay", [])):
        records.create("customer", {"name": name, "tags": tags})
    page = CustomersPage(workspace, Editors(workspace))
    qtbot.addWidget(page)
    page.refresh()
    page.filters.choose("tag", "展会")
    page.show_column("tags", True)
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _column(page, "Name") == ["Bluestone", "Acme"]
    page.views_menu.aboutToShow.emit()
    _action(page.views_menu, "Save current view…").trigger()
    page.dialog.setTextValue("展会客户")
    page.dialog.accept()

    again = CustomersPage(workspace, Editors(workspace))  # the next start
    qtbot.addWidget(again)
    again.refresh()
    again.show_column("tags", False)
    assert again.model.rowCount() == 3
    again.views_menu.aboutToShow.emit()
    _action(again.views_menu, "展会客户").trigger()
    assert _column(again, "Name") == ["Bluestone", "Acme"]
    assert "tags" in again.shown_columns()
    assert again.filters.combos["tag"].currentData() == "展会"
    again.views_menu.aboutToShow.emit()
    _action(again.views_menu, "Delete view").menu().actions()[0].trigger()
    again.views_menu.aboutToShow.emit()
    assert _action(again.views_menu, "展会客户") is None


@ON_SQLITE
def test_a_manager_reassigns_the_selected_customers(qtbot, server, make_account, tmp_path, account):
    from app.admin import StaffAdmin
    from sync.protocol.enums import Role

    boss_user, rep_user = make_account(Role.MANAGER), make_account()
    boss = connect(server.url, boss_user.username, boss_user.password, tmp_path / "boss.sqlite3")
    try:
        boss.records.create_many("customer", [{"name": n} for n in ("甲", "乙", "丙")])
        boss.sync()
        workspace = Workspace(account, boss.records, boss.engine)
        workspace.directory.refresh(boss.api, boss.token)  # as the engine does
        window = _window(qtbot, workspace)
        page = window.customers
        page.admin = StaffAdmin.sharing(boss.engine)
        page.show_column("owner_id", True)
        page.table.selectAll()
        _action(page.context_menu(), "Reassign…").trigger()
        dialog = page.dialog
        dialog.person.setCurrentIndex(dialog.person.findData(rep_user.username))
        with qtbot.waitSignal(page.moved, timeout=15_000):
            dialog.ok.click()
        workspace.synced(boss.sync())  # the round's notice, as the window's sync gives it
        settle()
        owners = {r["owner_id"] for r in boss.records.find("customer")}
        assert owners == {rep_user.id}  # a manager's replica holds the branch
        shown = set(_column(page, "Owner"))
        assert shown == {workspace.directory.name(rep_user.id)} and None not in shown
        window.close()
    finally:
        boss.close()
