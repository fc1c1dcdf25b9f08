"""Where am I (issue 20, item 5): the sidebar follows the page shown and Customers returns to
the list from a customer; Back and Forward (Alt+Left/Right) walk pages and customers; Help
lists the shortcuts and says which version, server and data this is."""

from ui.main_window import MainWindow


def _window(qtbot, workspace) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    return window


def _sidebar(window: MainWindow) -> str:
    return window.nav.currentItem().text()


def test_the_sidebar_follows_and_customers_returns_to_the_list(qtbot, workspace, records):
    zhang = records.create("customer", {"name": "张伟"})
    window = _window(qtbot, workspace)
    assert window.pages.currentWidget() is window.today and _sidebar(window) == "Today"

    window.open_customer(zhang["id"])  # e.g. from Today
    assert window.pages.currentWidget() is window.customer_view
    assert _sidebar(window) == "Customers"

    row = window.nav_pages.index(window.customers)
    window.nav.itemClicked.emit(window.nav.item(row))  # a click on the entry already chosen
    assert window.pages.currentWidget() is window.customers


def test_back_and_forward_walk_pages_and_customers(qtbot, workspace, records):
    zhang = records.create("customer", {"name": "张伟"})
    li = records.create("customer", {"name": "李娜"})
    window = _window(qtbot, workspace)
    assert not window.back_action.isEnabled() and not window.forward_action.isEnabled()
    window.show_customers()
    window.open_customer(zhang["id"])
    window.open_customer(li["id"])
    window.show_page(window.calendar)

    window.back_action.trigger()
    assert window.customer_view.customer_id == li["id"]
    assert window.pages.currentWidget() is window.customer_view
    window.back_action.trigger()
    assert window.customer_view.customer_id == zhang["id"]
    window.back_action.trigger()
    assert window.pages.currentWidget() is window.customers
    window.back_action.trigger()
    assert window.pages.currentWidget() is window.today
    assert not window.back_action.isEnabled()

    window.forward_action.trigger()
    window.forward_action.trigger()
    assert window.customer_view.customer_id == zhang["id"]
    window.show_page(window.pipeline)  # a new way from here drops what was ahead
    assert not window.forward_action.isEnabled()
    window.back_action.trigger()
    assert window.customer_view.customer_id == zhang["id"]
    assert window.back_action.shortcut().toString() == "Alt+Left"


def test_alt_number_goes_to_each_page(qtbot, workspace):
    window = _window(qtbot, workspace)
    for number, page in enumerate(window.nav_pages, start=1):
        action = window.page_actions[number - 1]
        assert action.shortcut().toString() == f"Alt+{number}"  # Ctrl+n belongs to pages
        action.trigger()
        assert window.pages.currentWidget() is page


def test_help_lists_shortcuts_and_says_what_this_is(qtbot, workspace, records):
    records.create("customer", {"name": "张伟"})
    window = _window(qtbot, workspace)
    dialog = window.show_shortcuts()
    rows = dict(dialog.rows())
    assert rows["Search…"] == "Ctrl+K"
    assert rows["Back"] == "Alt+Left"
    assert rows["Keyboard shortcuts"] == "F1"
    assert len(rows) >= 12
    dialog.close()

    about = window.show_about()
    assert about.facts["server"] == workspace.account.server_url
    assert about.facts["synced"] == "Not synced yet"
    assert " MB at " in about.facts["replica"]
    assert about.facts["version"]
