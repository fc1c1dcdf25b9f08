"""Export round trip (issue 18): a filtered list exported to .xlsx and imported back with
"update by exported id" changes nothing."""

from datetime import date

from sqlalchemy import func, select

from app.customer_list import CustomerFilter, CustomerList
from app.exporting import Captions, customer_sheet, write_xlsx
from app.importing.importer import Importer
from app.importing.plan import Action, UpdateKey
from app.local_tables import OutboxEntry

# The words the Chinese UI shows for these values (ui/labels.py, outpost_zh_CN.ts).
LABELS = {"premium": "贵宾", "major": "重要", "ordinary": "普通", "person": "个人",
          "company": "企业", "active": "活跃", "lead": "线索", "small": "小型（10-99 人）"}  # fmt: skip
COLUMNS = [
    ("name", "名称"), ("kind", "类型"), ("tier", "等级"), ("status", "状态"), ("phones", "电话"),
    ("email", "电子邮件"), ("city", "城市"), ("address", "地址"), ("industry", "行业"),
    ("source", "来源"), ("tags", "标签"), ("registration_no", "统一社会信用代码"),
    ("company_size", "公司规模"), ("birthday", "生日"), ("notes", "备注"), ("updated_at", "最后修改"),
]  # fmt: skip


def test_a_filtered_list_exported_and_imported_back_by_id_changes_nothing(records, tmp_path):
    book = [
        {"name": "王芳", "kind": "person", "tier": "premium", "city": "上海",
         "phones": ["+86 138 0013 8000", "021-6234 5678"], "tags": ["老客户", "重点"],
         "birthday": date(1985, 3, 9), "email": "wf@example.cn", "notes": "第一行\n第二行"},
        {"name": "蓝石食品有限公司", "kind": "company", "tier": "premium", "city": "上海",
         "registration_no": "91310000MA1K000001", "company_size": "small", "industry": "食品",
         "source": "展会", "address": "上海市浦东新区1号", "status": "lead"},
        {"name": "李娜", "kind": "person", "tier": "ordinary", "city": "上海"},
        {"name": "=1+1", "kind": "person", "tier": "premium", "city": "上海"},
        {"name": "赵磊", "kind": "person", "tier": "premium", "city": "北京"},
    ]  # fmt: skip
    for values in book:
        records.create("customer", values)
    with records.replica.transaction() as session:
        session.query(OutboxEntry).delete()  # as if synced
    where = CustomerFilter(tier="premium", city="上海")
    sheet = customer_sheet(records, CustomerList(records.replica), where, COLUMNS, title="客户")
    path = tmp_path / "客户.xlsx"
    captions = Captions(label=lambda v: LABELS.get(v, v))
    assert write_xlsx(path, [sheet], captions) == [3]

    importer = Importer(records)
    table = importer.read(path)
    mapping = importer.mapping_for(table.headers)
    assert mapping["Outpost ID"] == "id" and mapping["最后修改"] == ""
    plan = importer.plan(table, mapping, UpdateKey.ID, path.name)
    assert [row.action for row in plan.rows] == [Action.UPDATE] * 3, [r.errors for r in plan.rows]
    summary = importer.run(plan)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 3)
    with records.replica.reading() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0
