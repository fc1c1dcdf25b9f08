"""The customer list and its owner drop-down in pinyin order (issue 16, item 7), with the 20
names whose order was written by hand (tests/app/test_chinese_search_and_order.py)."""

import random

import pytest

from app.records import Records
from tests.app.test_chinese_search_and_order import NAMES_IN_PINYIN_ORDER
from ui.customers import CustomersPage
from ui.editors import Editors
from ui.search_dialog import SearchDialog


@pytest.mark.qt_log_ignore("This plugin does not support")  # the popup, offscreen
def test_the_list_and_the_owner_drop_down_follow_pinyin_order(qtbot, records, workspace):
    shuffled = random.Random(3).sample(NAMES_IN_PINYIN_ORDER, len(NAMES_IN_PINYIN_ORDER))
    owners = {f"u-{i}": name for i, name in enumerate(shuffled)}  # colleagues with these names
    for owner, name in owners.items():
        Records(records.replica, owner).create("customer", {"name": name, "kind": "person"})
    page = CustomersPage(workspace, Editors(workspace))
    qtbot.addWidget(page)
    page.people = owners.get
    page.show()
    model = page.model
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == (
        NAMES_IN_PINYIN_ORDER
    )

    combo = page.filters.combos["owner_id"]
    combo.showPopup()  # its choices are read when it opens
    combo.hidePopup()
    assert [combo.itemText(i) for i in range(1, combo.count())] == NAMES_IN_PINYIN_ORDER
    page.filters.choose("owner_id", next(o for o, n in owners.items() if n == "曾小贤"))
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["曾小贤"]


def test_ctrl_k_lists_contacts_tasks_and_the_words_that_matched(qtbot, records, workspace):
    company = records.create("customer", {"name": "安泰科技", "kind": "company"})
    records.create("contact", {"customer_id": company["id"], "name": "张伟春"})
    records.create(
        "interaction",
        {"customer_id": company["id"], "subject": "拜访", "next_step": "下周二寄送合同草稿"},
    )
    records.create("task", {"title": "整理合同草稿模板", "kind": "todo"})  # for no customer
    dialog = SearchDialog(workspace.search)
    qtbot.addWidget(dialog)

    def shown(query: str) -> list[str]:
        dialog.query.setText(query)
        dialog.run()
        return [dialog.results.item(i).text() for i in range(dialog.results.count())]

    assert shown("zhang wei") == ["[Contact]  张伟春  —  安泰科技"]
    assert shown("合同草稿") == [
        "[Task]  整理合同草稿模板",
        "[Interaction]  拜访  —  安泰科技  ·  Next step: 下周二寄送合同草稿",
    ]
    with qtbot.assertNotEmitted(dialog.chosen):  # a task of no customer opens no customer
        dialog.open_current()
