"""Merging two customers from the screen (issue 18, item 4): "Merge with…" in the customer
view finds the other one with the usual search, shows both values of each differing field
with a choice, what will move, merges; History offers "Undo merge". The Customers list merges
two selected rows."""

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton

from ui import i18n
from ui.customer_view import CustomerView
from ui.customers import CustomersPage
from ui.editors import Editors
from ui.merge_dialog import MergeDialog

from .ops import settle


@pytest.fixture
def pair(records):
    kept = records.create(
        "customer", {"name": "张伟", "phones": ["13800138000"], "city": "北京", "tier": "premium"}
    )
    other = records.create(
        "customer",
        {"name": "张伟 上海", "phones": ["021-5555 1234"], "city": "上海", "email": "zw@x.cn"},
    )
    records.create("customer", {"name": "李娜"})
    for subject in ("回访", "报价"):
        records.create("interaction", {"customer_id": other["id"], "subject": subject})
    records.create("contact", {"customer_id": other["id"], "name": "王秘书"})
    return kept["id"], other["id"]


def _dialog(qtbot) -> MergeDialog:
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MergeDialog))
    qtbot.waitExposed(dialog)
    return dialog


def _cell(dialog: MergeDialog, field: str, choice: str) -> QRadioButton:
    return dialog.findChild(QRadioButton, f"{field}:{choice}")


def test_merge_from_the_customer_view_and_undo_from_history(qtbot, records, workspace, pair):
    kept, other = pair
    view = CustomerView(workspace, Editors(workspace))
    qtbot.addWidget(view)
    view.show()
    view.show_customer(kept)
    view.merge_button.click()
    dialog = _dialog(qtbot)
    assert not dialog.merge_button.isEnabled()  # nobody chosen yet

    qtbot.keyClicks(dialog.query, "zhangwei")
    qtbot.waitUntil(lambda: dialog.results.count() > 0)
    names = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert len(names) == 1 and names[0].startswith("张伟 上海")  # not itself, not 李娜
    assert not dialog.merge_button.isEnabled()
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)  # Enter takes the first match
    settle()  # had Enter reached the dialog, Merge would have run now
    assert dialog.isVisible() and not dialog.results.isVisible()
    assert records.get("customer", other)["merged_into_id"] is None

    assert dialog.merge_button.isEnabled()
    fields = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert fields == ["Name", "Tier", "Phones", "E-mail", "City"]
    assert _cell(dialog, "city", "survivor").text() == "北京"
    assert _cell(dialog, "city", "loser").text() == "上海"
    assert _cell(dialog, "phones", "union").isChecked()  # phones keep both by default
    assert _cell(dialog, "email", "loser").isChecked()  # the kept one has none
    assert _cell(dialog, "city", "union") is None
    assert "Interactions: 2" in dialog.moves.text() and "Contacts: 1" in dialog.moves.text()
    _cell(dialog, "city", "loser").click()
    dialog.merge_button.click()
    settle()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MergeDialog)]

    survivor = records.get("customer", kept)
    assert (survivor["name"], survivor["city"], survivor["email"]) == ("张伟", "上海", "zw@x.cn")
    assert survivor["phones"] == ["13800138000", "021-5555 1234"]
    assert records.get("customer", other, include_deleted=True)["merged_into_id"] == kept
    assert len(records.find("interaction", customer_id=kept)) == 2
    assert view.tabs.tabText(0).endswith("(2)")  # the timeline followed the change notice

    history = view.tables["history"]
    view.tabs.setCurrentIndex(list(view.tables).index("history"))
    assert history.item(0, 1).text() == "Merge" and history.item(0, 2).text() == "张伟 上海"
    assert view.undo_merge_button.isVisible() and not view.undo_merge_button.isEnabled()
    history.selectRow(0)
    assert view.undo_merge_button.isEnabled()
    view.undo_merge_button.click()
    settle()
    assert records.get("customer", other)["merged_into_id"] is None
    assert records.get("customer", kept)["city"] == "北京"
    assert records.find("interaction", customer_id=kept) == []
    assert history.item(0, 4).text() == "Undone"


def test_two_selected_customers_merge_from_the_list(qtbot, records, workspace, pair):
    kept, other = pair
    page = CustomersPage(workspace, Editors(workspace))
    qtbot.addWidget(page)
    page.show()
    settle()
    assert not page.merge_button.isVisible()
    model = page.model
    rows = [model.position_of(kept), model.position_of(other)]
    page.table.selectRow(rows[0])
    selection = page.table.selectionModel()
    flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
    selection.setCurrentIndex(model.index(rows[1], 0), flags)  # the current one is kept
    assert page.merge_button.isVisible()
    page.merge_button.click()
    dialog = _dialog(qtbot)
    assert dialog.preview is not None
    ids = {dialog.preview.survivor["id"], dialog.preview.loser["id"]}
    assert ids == {kept, other}
    assert dialog.preview.survivor["id"] == other  # the current row
    dialog.swap_button.click()
    assert dialog.preview.survivor["id"] == kept
    dialog.merge_button.click()
    settle()
    settle()
    names = sorted(model.data(model.index(r, 0)) for r in range(model.rowCount()))
    assert names == ["张伟", "李娜"]  # the other one archived, the list followed


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_screenshot_of_the_merge_dialog(qtbot, records, workspace, pair, language, tmp_path):
    """The dialog as a user sees it, in both languages (written where OUTPOST_SHOTS says)."""
    kept, other = pair
    i18n.install(language)
    dialog = MergeDialog(workspace, kept, other)
    qtbot.addWidget(dialog)
    dialog.resize(820, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    folder = os.environ.get("OUTPOST_SHOTS", str(tmp_path))
    assert dialog.grab().save(os.path.join(folder, f"merge_dialog_{language}.png"))


def test_a_view_of_the_merged_customer_follows_to_the_survivor(qtbot, records, workspace, pair):
    """The loser on screen when it is merged (here, or by a sync from another computer):
    the view shows the survivor instead of "no longer exists"."""
    kept, other = pair
    view = CustomerView(workspace, Editors(workspace))
    qtbot.addWidget(view)
    view.show()
    view.show_customer(other)
    assert view.name.text() == "张伟 上海"
    workspace.merge.merge(kept, other)
    settle()
    QApplication.processEvents()
    assert (view.customer_id, view.name.text()) == (kept, "张伟")
