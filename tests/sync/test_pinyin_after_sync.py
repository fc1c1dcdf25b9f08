"""Pulled rows get their search and sort keys as the user's own edits do (issue 16, item 7):
a full download in small pages, then a rename pulled by a later round."""

import random

from app.customer_list import CustomerList
from app.search import Search
from tests.app.test_chinese_search_and_order import NAMES_IN_PINYIN_ORDER


def names(client) -> list[str]:
    ids = CustomerList(client.replica).ids()
    return [client.records.get("customer", i)["name"] for i in ids]


def test_a_download_and_a_later_rename_keep_pinyin_order_and_keys(client_for, make_account):
    account = make_account()
    laptop = client_for(account)
    shuffled = random.Random(7).sample(NAMES_IN_PINYIN_ORDER, len(NAMES_IN_PINYIN_ORDER))
    rows = {
        name: laptop.records.create("customer", {"name": name, "kind": "person"})
        for name in shuffled
    }
    contact = laptop.records.create(
        "contact", {"customer_id": rows["安然"]["id"], "name": "张伟春"}
    )
    laptop.sync()

    desktop = client_for(account, page_size=7)  # a first download of several pages
    desktop.sync()
    assert names(desktop) == NAMES_IN_PINYIN_ORDER
    hits = [(h.kind, h.row_id) for h in Search(desktop.replica).find("zwc")]
    assert hits == [("contact", contact["id"])]

    laptop.records.update("customer", rows["安然"]["id"], {"name": "赵然"})  # an -> zhao
    laptop.sync()
    desktop.sync()
    assert names(desktop) == [*NAMES_IN_PINYIN_ORDER[1:], "赵然"]
    assert [h.title for h in Search(desktop.replica).find("zhaoran")] == ["赵然"]
