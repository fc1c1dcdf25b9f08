"""Interactions, opportunities and tasks imported from further sheets, keyed to customers by
Outpost ID, phone or name, undone with their batch (issue 18, item 1)."""

from datetime import datetime
from decimal import Decimal

from openpyxl import Workbook

from app.importing import children
from app.importing.importer import Importer
from app.importing.reading import read_table


def test_child_sheets_find_their_customers_and_are_undone(records, tmp_path):
    wang = records.create("customer", {"name": "王芳", "phones": ["138 0013 8000"]})
    blue = records.create("customer", {"name": "蓝石食品有限公司", "kind": "company"})
    records.create("customer", {"name": "张伟"})
    records.create("customer", {"name": "张伟"})  # two of the name: ambiguous
    book = Workbook()
    visits = book.active
    visits.title = "跟进记录"
    visits.append(["客户名称", "手机", "跟进时间", "跟进方式", "内容", "下一步"])
    visits.append(
        [None, "+86 138-0013-8000", datetime(2026, 11, 2, 9, 30), "拜访", "谈续约", "报价"]
    )
    visits.append(["蓝石食品有限公司", None, "2026-11-03 14:00", "电话", "问价格", None])
    visits.append(["张伟", None, "2026/11/04", "电话", "回访", None])
    visits.append(["没有这个人", None, "2026-11-05", "电话", "回访", None])
    deals = book.create_sheet("商机")
    deals.append(["Outpost ID", "商机名称", "阶段", "金额", "预计成交日期"])
    deals.append([blue["id"], "年度供货", "方案报价", 120000.5, "2026-12-31"])
    deals.append([blue["id"], "试用", "不存在的阶段", 10, None])
    path = tmp_path / "history.xlsx"
    book.save(path)

    importer = Importer(records)
    table = read_table(path, "跟进记录")
    mapping = children.guess("interaction", table.headers)
    assert mapping["跟进时间"] == "occurred_at" and mapping["手机"] == "customer.phone"
    rows = importer.plan_children("interaction", table, mapping)
    assert [r.values.get("customer_id") for r in rows[:2]] == [wang["id"], blue["id"]]
    assert rows[0].values["kind"] == "visit" and rows[1].values["kind"] == "call"
    assert [e.code for e in rows[2].errors] == ["customer_ambiguous"]
    assert [e.code for e in rows[3].errors] == ["customer_not_found"]
    done = importer.run_children("interaction", rows, path.name)
    assert (done.created, done.refused) == (2, 2)
    [visit] = records.find("interaction", customer_id=wang["id"])
    assert visit["body"] == "谈续约" and visit["next_step"] == "报价"

    deals_table = read_table(path, "商机")
    deal_rows = importer.plan_children(
        "opportunity", deals_table, children.guess("opportunity", deals_table.headers)
    )
    assert deal_rows[0].values["amount"] == Decimal("120000.50")
    assert deal_rows[0].values["stage"] == "proposal"
    assert [e.code for e in deal_rows[1].errors] == ["invalid_choice"]
    deals_done = importer.run_children("opportunity", deal_rows)
    assert deals_done.created == 1

    importer.undo(done.batch_id)
    importer.undo(deals_done.batch_id)
    assert records.find("interaction") == [] and records.find("opportunity") == []
    assert len(records.find("customer")) == 4  # the customers were not the batches'
