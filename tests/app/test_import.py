"""Import from .xlsx and GB18030 .csv as one undoable batch (issue 18, item 1)."""

import csv
import threading
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select, text

from app.importing import mapping
from app.importing.importer import Importer
from app.importing.plan import Action, Decision, UpdateKey
from app.importing.reading import detect_encoding, read_table
from app.local_tables import CustomerSearch, OutboxEntry
from app.records import Records
from sync.protocol import validation
from sync.protocol.entities import Contact, Customer

USER = "00000000-0000-4000-8000-000000000001"
HEADERS = ["客户名称", "类型", "手机", "座机", "邮箱", "城市", "标签", "统一社会信用代码",
           "客户等级", "备注", "联系人", "职务"]  # fmt: skip
EXISTING = 400  # customers already in the replica: 300 people, 100 companies
SAME_PHONE = 300  # rows whose phone is an existing customer's, written otherwise (3 %)
SAME_REG = 100  # rows naming an existing company by registration number, with a new city
IN_FILE = 20  # rows repeating an earlier row's phone
INVALID = 50
TOTAL = 10_000


def existing_phone(n: int, t: int = 0) -> str:
    """`t` tells apart the books of tests sharing a server (whose duplicate check spans reps)."""
    return f"139{t}000{n:04d}"


def company_name(i: int, t: int) -> str:
    return f"已有公司{i}有限公司" if t == 0 else f"已有公司{t}号{i}有限公司"


def other_format(number: str, n: int) -> str:
    return [f"+86 {number[:3]} {number[3:7]} {number[7:]}", f"{number[:3]}-{number[3:7]}-{number[7:]}",
            f"0086{number}", f"{number[:3]} {number[3:]}"][n % 4]  # fmt: skip


def bad_row(n: int, t: int = 0) -> list[object]:
    row: list[object] = [f"无效客户{n}", "个人", f"137{t}000{n:04d}", None, None, "上海", None, None,
                         "普通", None, None, None]  # fmt: skip
    kind = n % 5
    if kind == 0:
        row[4] = "not-an-email"
    elif kind == 1:
        row[8] = "钻石"  # no such tier
    elif kind == 2:
        row[2] = "电话号码"  # not a phone
    elif kind == 3:
        row[0] = None  # no name
        row[3] = "021-5555-0000"
    else:
        row[1] = "外星人"  # no such kind
    return row


def book_rows(t: int = 0) -> list[list[object]]:
    rows: list[list[object]] = []
    for i in range(SAME_PHONE):
        rows.append([f"重复客户{i}", "个人", other_format(existing_phone(i, t), i), None, None,
                     "北京", None, None, "普通", None, None, None])  # fmt: skip
    for i in range(SAME_REG):
        rows.append([company_name(i, t), "企业", None, None, None, "杭州", None,
                     f"9131{t}000MA{i:08d}", None, None, None, None])  # fmt: skip
    for i in range(INVALID):
        rows.append(bad_row(i, t))
    created = TOTAL - SAME_PHONE - SAME_REG - INVALID - IN_FILE
    for i in range(created):
        company = i % 4 == 0
        rows.append(
            [
                f"新客户{t}号{i}公司" if company else f"张{i}",
                "企业" if company else "个人",
                f"136{t}000{i:04d}",
                f"021-62{t}0{i:04d}" if company else None,
                f"n{i}@example.cn" if i % 3 else None,
                "上海",
                "老客户，重点" if i % 10 == 0 else None,
                f"9144{t}000NB{i:08d}" if company else None,
                "贵宾" if i % 7 == 0 else "普通",
                "导入" if i % 9 == 0 else None,
                f"李{i}" if company else None,
                "经理" if company else None,
            ]
        )
    for i in range(IN_FILE):
        rows.append([f"张{i}的另一行", "个人", f"136-{t}000-{i:04d}", None, None, "上海", None,
                     None, None, None, None, None])  # fmt: skip
    assert len(rows) == TOTAL
    return rows


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户资料")
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.create_sheet("说明").append(["本表由业务员维护"])
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list[object]], encoding: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADERS)
        writer.writerows(["" if cell is None else cell for cell in row] for row in rows)
    return path


def seed(records: Records, t: int = 0) -> None:
    records.create_many("customer", [
        {"name": f"老客户{i}", "kind": "person", "phones": [existing_phone(i, t)], "city": "广州"}
        for i in range(EXISTING - SAME_REG)  # one for each row of SAME_PHONE
    ])  # fmt: skip
    records.create_many("customer", [
        {"name": company_name(i, t), "kind": "company", "registration_no": f"9131{t}000MA{i:08d}",
         "city": "南京"}
        for i in range(SAME_REG)
    ])  # fmt: skip


def live(replica) -> dict[str, dict]:
    """Every live customer and contact with the fields a user sees."""
    out = {}
    with replica.reading() as session:
        for cls, entity in ((Customer, "customer"), (Contact, "contact")):
            fields = list(validation.writable_columns(entity))
            for obj in session.scalars(select(cls).where(cls.deleted_at.is_(None))):
                out[obj.id] = {f: getattr(obj, f) for f in fields}
    return out


@pytest.fixture
def importer(records: Records) -> Importer:
    seed(records)
    with records.replica.transaction() as session:
        session.query(OutboxEntry).delete()  # as if synced
    return Importer(records)


def plan_file(importer: Importer, path: Path, key=UpdateKey.REGISTRATION_NO):
    table = importer.read(path)
    return importer.plan(table, mapping.guess(table.headers), key, path.name)


# --- reading ---------------------------------------------------------------------------


def test_encodings_are_detected():
    text = "客户名称,手机\n张伟,13800138000\n"
    assert detect_encoding(text.encode("utf-8")) == "utf-8"
    assert detect_encoding(b"\xef\xbb\xbf" + text.encode("utf-8")) == "utf-8-sig"
    assert detect_encoding(text.encode("gb18030")) == "gb18030"
    assert detect_encoding(b"name,phone\n") == "utf-8"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_in_each_encoding_reads_the_same(tmp_path, encoding):
    rows = [["张伟", "个人", "138 0013 8000", None, "zw@example.cn", "上海", "重点、老客户", None,
             "贵宾", "备注", None, None]]  # fmt: skip
    table = read_table(write_csv(tmp_path / "c.csv", rows, encoding))
    assert table.headers == HEADERS
    assert table.rows[0][0] == "张伟" and table.rows[0][6] == "重点、老客户"
    assert table.encoding == encoding


def test_headers_are_guessed_in_chinese_and_english():
    guessed = mapping.guess([*HEADERS, "电话", "Outpost ID", "E-mail", "Customer name", "随便"])
    assert guessed["客户名称"] == "name" and guessed["手机"] == "phones"
    assert guessed["座机"] == "phones" and guessed["电话"] == "phones"  # several merge
    assert guessed["统一社会信用代码"] == "registration_no" and guessed["客户等级"] == "tier"
    assert guessed["联系人"] == "contact.name" and guessed["职务"] == "contact.title"
    assert guessed["Outpost ID"] == "id" and guessed["随便"] == ""
    assert guessed["E-mail"] == "" and guessed["Customer name"] == ""  # taken by 邮箱, 客户名称
    english = mapping.guess(["Customer name", "Mobile", "Tel", "E-mail", "Tier", "Contact"])
    assert list(english.values()) == ["name", "phones", "phones", "email", "tier", "contact.name"]


def test_the_mapping_is_remembered_per_header_set(importer):
    headers = ["名称", "手机", "附加"]
    assert importer.mapping_for(headers)["附加"] == ""
    importer.remember(headers, {"名称": "name", "手机": "phones", "附加": "notes"})
    assert importer.mapping_for(["附加", "名称", "手机"])["附加"] == "notes"
    assert importer.mapping_for(["名称", "手机"])["名称"] == "name"  # another set: guessed


def test_values_words_and_errors_per_cell(importer, tmp_path):
    rows = [
        ["张伟", "个人", "+86 138-0013-8000", "021 6234 5678", None, "上海", "重点，老客户;VIP",
         None, "贵宾", None, None, None],
        ["蓝石食品有限公司", "企业", "13900000000", None, "bad@", "上海", None, "9131ABC", "钻石",
         None, "王芳", "采购"],
    ]  # fmt: skip
    plan = plan_file(importer, write_xlsx(tmp_path / "v.xlsx", rows))
    first, second = plan.rows
    assert first.action == Action.CREATE
    assert first.customer["phones"] == ["+86 138-0013-8000", "021 6234 5678"]
    assert first.customer["tags"] == ["重点", "老客户", "VIP"]
    assert (first.customer["tier"], first.customer["kind"]) == ("premium", "person")
    assert second.action == Action.REFUSE
    assert {(e.column, e.code) for e in second.errors} == {
        ("邮箱", "invalid_email"),
        ("客户等级", "invalid_choice"),
    }


# --- the 10,000-row book ----------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["xlsx", "csv-gb18030"])
def test_ten_thousand_customers_counts_and_undo(importer, tmp_path, kind):
    rows = book_rows()
    path = (
        write_xlsx(tmp_path / "book.xlsx", rows)
        if kind == "xlsx"
        else write_csv(tmp_path / "book.csv", rows, "gb18030")
    )
    before = live(importer.replica)
    plan = plan_file(importer, path)
    counts = plan.counts()
    assert counts["refuse"] == INVALID
    assert counts["hold"] == SAME_PHONE + IN_FILE
    assert counts["update"] == SAME_REG
    assert counts["create"] == TOTAL - SAME_PHONE - SAME_REG - INVALID - IN_FILE
    assert {r.reasons for r in plan.held()} == {("phone",)}
    assert sum(1 for r in plan.held() if r.earlier is not None) == IN_FILE

    progress: list[tuple[int, int]] = []
    summary = importer.run(plan, lambda done, total: progress.append((done, total)))
    created = TOTAL - SAME_PHONE - SAME_REG - INVALID - IN_FILE
    assert (summary.created, summary.updated, summary.held, summary.refused) == (
        created, SAME_REG, SAME_PHONE + IN_FILE, INVALID,
    )  # fmt: skip
    assert summary.contacts == (created + 3) // 4
    assert progress[-1] == (created + SAME_REG, created + SAME_REG)
    after = live(importer.replica)
    assert len(after) == len(before) + created + summary.contacts
    # Everything written waits to be sent, and is searchable.
    with importer.replica.reading() as session:
        pending = session.scalars(select(OutboxEntry.op)).all()
        assert pending.count("create") == created + summary.contacts
        assert pending.count("update") == SAME_REG
        keys = session.scalars(select(CustomerSearch.keys)).all()
    assert len(keys) == len(before) - 0 + created  # customers only (contacts apart)
    assert any("zhang" in k for k in keys)

    undone = importer.undo(summary.batch_id)
    assert undone == {"removed": created + summary.contacts, "restored": SAME_REG}
    assert live(importer.replica) == before
    assert importer.batches()[0].state == "undone"


def test_held_rows_decisions_merge_create_skip(importer, tmp_path):
    rows = [
        ["重复甲", "个人", "+86 139 0000 0001", None, "a@example.cn", None, "新", None, None,
         None, None, None],
        ["重复乙", "个人", "139-0000-0002", None, None, None, None, None, None, None, None, None],
        ["重复丙", "个人", "13900000003", None, None, None, None, None, None, None, None, None],
        ["新人", "个人", "13511112222", None, None, "成都", None, None, None, None, None, None],
        ["新人二", "个人", "135 1111 2222", None, "x@example.cn", None, None, None, None, None,
         None, None],
    ]  # fmt: skip
    plan = plan_file(importer, write_xlsx(tmp_path / "d.xlsx", rows))
    assert [r.action for r in plan.rows] == [Action.HOLD] * 3 + [Action.CREATE, Action.HOLD]
    plan.decide(0, Decision.MERGE)
    plan.decide(1, Decision.CREATE)
    plan.decide(2, Decision.SKIP)
    plan.decide(4, Decision.MERGE)  # into the row above it
    before = live(importer.replica)
    summary = importer.run(plan)
    assert (summary.created, summary.updated, summary.skipped, summary.held) == (2, 1, 1, 0)
    merged = importer.records.get("customer", plan.rows[0].target_id)
    assert merged["name"] == "重复甲"  # the row's non-empty values
    assert (merged["email"], merged["tags"], merged["city"]) == ("a@example.cn", ["新"], "广州")
    assert merged["phones"] == ["13900000001"]  # the same number in another format: kept once
    names = [c["name"] for c in importer.records.find("customer")]
    assert "新人" not in names  # folded together: one customer, the later row's values on top
    [one] = [c for c in importer.records.find("customer") if c["name"] == "新人二"]
    assert (one["email"], one["city"], one["phones"]) == ("x@example.cn", "成都", ["13511112222"])
    importer.undo(summary.batch_id)
    assert live(importer.replica) == before


def test_update_by_phone_changes_only_what_differs(importer, tmp_path):
    rows = [["老客户改名", "个人", "+86 139 0000 0005", None, None, "广州", None, None, None,
             None, None, None]]  # fmt: skip
    plan = plan_file(importer, write_xlsx(tmp_path / "u.xlsx", rows), UpdateKey.PHONE)
    assert plan.rows[0].action == Action.UPDATE
    summary = importer.run(plan)
    assert (summary.updated, summary.created) == (1, 0)
    with importer.replica.reading() as session:
        [entry] = session.scalars(select(OutboxEntry)).all()
    assert entry.changes == {"name": "老客户改名"}  # the city was the same
    importer.undo(summary.batch_id)
    assert importer.records.get("customer", plan.rows[0].target_id)["name"] == "老客户5"


def test_undo_keeps_a_later_edit(importer, tmp_path):
    rows = [["已有公司3有限公司", "企业", None, None, None, "苏州", None, "91310000MA00000003",
             None, None, None, None]]  # fmt: skip
    plan = plan_file(importer, write_xlsx(tmp_path / "e.xlsx", rows))
    summary = importer.run(plan)
    target = plan.rows[0].target_id
    importer.records.update("customer", target, {"city": "无锡"})
    assert importer.undo(summary.batch_id)["restored"] == 0
    assert importer.records.get("customer", target)["city"] == "无锡"


def test_cancel_stops_between_chunks_and_undo_removes_what_was_done(
    importer, tmp_path, monkeypatch
):
    from app.importing import importer as module

    monkeypatch.setattr(module, "CHUNK", 10)
    rows = [[f"客户{i}", "个人", f"1350000{i:04d}", *[None] * 9] for i in range(50)]
    plan = plan_file(importer, write_xlsx(tmp_path / "c.xlsx", rows))
    cancel = threading.Event()
    before = live(importer.replica)

    def progress(done, total):
        if done >= 20:
            cancel.set()

    summary = importer.run(plan, progress, cancel)
    assert summary.cancelled and summary.created == 20
    assert importer.batches()[0].state == "cancelled"
    importer.undo(summary.batch_id)
    assert live(importer.replica) == before


def test_bulk_create_writes_what_create_writes(records):
    values = {"name": "曾伟", "kind": "person", "phones": ["138 0013 8000"], "tags": ["a"],
              "birthday": "1990-01-02", "email": "z@example.cn"}  # fmt: skip
    one = records.create("customer", values)
    [many] = records.create_many("customer", [values])
    with records.replica.reading() as session:
        entries = {e.row_id: e for e in session.scalars(select(OutboxEntry))}
        keys = {k.customer_id: k.keys for k in session.scalars(select(CustomerSearch))}
        sort = dict(session.execute(text("SELECT id, sort_key || city_key FROM customers")).all())
    skip = {"id", "created_at", "updated_at"}
    assert {k: v for k, v in one.items() if k not in skip} == {
        k: v for k, v in many.items() if k not in skip
    }
    stored = records.get("customer", many["id"])
    assert {k: v for k, v in stored.items() if k not in skip} == {
        k: v for k, v in one.items() if k not in skip
    }
    a, b = entries[one["id"]], entries[many["id"]]
    assert (a.op, a.changes, a.base) == (b.op, b.changes, b.base)
    assert keys[one["id"]] == keys[many["id"]] and sort[one["id"]] == sort[many["id"]]


def test_migration_0011_adds_the_import_tables_and_keeps_the_rest(tmp_path):
    from sqlalchemy import create_engine, inspect
    from sqlalchemy import text as sql

    from app.replica import MIGRATIONS, Replica
    from sync.protocol import db

    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    db.upgrade(engine, MIGRATIONS, "0010")
    with engine.begin() as conn:
        conn.execute(
            sql(
                "INSERT INTO customers (id, version, created_at, updated_at, kind, name, tier,"
                " status, phones, tags) VALUES ('c1', 3, '2026-01-01 00:00:00',"
                " '2026-01-01 00:00:00', 'person', '张伟', 'ordinary', 'active', '[]', '[]')"
            )
        )
    engine.dispose()
    replica = Replica(path)
    try:
        tables = set(inspect(replica.engine).get_table_names())
        assert {"import_batches", "import_items", "import_mappings"} <= tables
        assert Records(replica).get("customer", "c1")["name"] == "张伟"
        importer = Importer(Records(replica))
        importer.remember(["名称"], {"名称": "name"})
        assert importer.batches() == []
    finally:
        replica.close()


def test_csv_cells_escaped_by_the_export_are_read_as_written(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("名称,电话\n'=1+1,'+86 138 0013 8000\n'plain,-\n", encoding="utf-8-sig")
    table = read_table(path)
    assert table.rows == [["=1+1", "+86 138 0013 8000"], ["'plain", "-"]]
