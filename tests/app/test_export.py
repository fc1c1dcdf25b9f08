"""Exports as a user opens them elsewhere: the filtered Customers list in Excel with its
Chinese intact, CSV that Excel reads as UTF-8 and never runs as formulas, vCards and
calendars that parse back to what was saved, and failures named for what to do."""

import csv
import errno
import os
import re
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.customer_file import CustomerFile
from app.customer_list import CustomerFilter, CustomerList
from app.errors import DiskFull
from app.exporting import (
    OUTPOST_ID,
    Captions,
    ExportDenied,
    ExportLog,
    customer_file_html,
    customer_file_sheets,
    customer_sheet,
    new_record,
    write_csv,
    write_ics,
    write_table,
    write_vcards,
    write_xlsx,
)
from app.exporting.calendar import calendar_text
from app.exporting.vcard import card, name_parts
from tests.support.disks import small_disk  # noqa: F401 (fixture)

CHINA = timezone(timedelta(hours=8))
LABELS = {"premium": "重要", "ordinary": "普通", "lead": "线索", "active": "活跃"}
CAPTIONS = Captions(label=lambda v: LABELS.get(v, v), yes="是", no="否", tz=CHINA)
COLUMNS = [
    ("name", "名称"),
    ("tier", "等级"),
    ("status", "状态"),
    ("city", "城市"),
    ("phones", "电话"),
    ("updated_at", "最后修改"),
]


def _book(records) -> dict[str, str]:
    made = {
        "wang": {
            "name": "王芳",
            "tier": "premium",
            "city": "上海",
            "phones": ["+86 138 0013 8000"],
        },
        "evil": {"name": '=HYPERLINK("http://x")', "tier": "premium", "city": "上海"},
        "li": {"name": "李娜", "tier": "ordinary", "city": "上海"},
        "zhao": {"name": "赵磊", "tier": "premium", "city": "北京", "status": "lead"},
    }
    return {key: records.create("customer", values)["id"] for key, values in made.items()}


def _premium_in_shanghai(records) -> tuple[dict[str, str], object]:
    ids = _book(records)
    where = CustomerFilter(tier="premium", city="上海")
    sheet = customer_sheet(records, CustomerList(records.replica), where, COLUMNS, title="客户")
    return ids, sheet


def test_a_filtered_list_opens_in_excel_with_its_chinese_its_filter_and_its_ids(records, tmp_path):
    ids, sheet = _premium_in_shanghai(records)
    path = tmp_path / "客户-2026-11-29.xlsx"
    assert write_table(path, sheet, CAPTIONS) == 2
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == ["客户"]
    rows = list(book["客户"].iter_rows(values_only=True))
    assert rows[0] == ("名称", "等级", "状态", "城市", "电话", "最后修改", OUTPOST_ID)
    # the list's own order (pinyin: = sorts before wang) and only what the filter shows
    assert [row[0] for row in rows[1:]] == ['=HYPERLINK("http://x")', "王芳"]
    wang = rows[2]
    assert wang[1:5] == ("重要", "活跃", "上海", "+86 138 0013 8000")
    assert isinstance(wang[5], datetime)  # a date Excel can sort, in the user's time
    updated = records.get("customer", ids["wang"])["updated_at"]
    assert wang[5] == updated.astimezone(CHINA).replace(tzinfo=None, second=0, microsecond=0)
    assert wang[6] == ids["wang"]
    assert not list(tmp_path.glob(".*.part"))


def test_csv_has_a_bom_and_cells_excel_would_run_are_made_text(records, tmp_path):
    ids, sheet = _premium_in_shanghai(records)
    path = tmp_path / "客户.csv"
    assert write_table(path, sheet, CAPTIONS) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][-1] == OUTPOST_ID
    evil, wang = rows[1], rows[2]
    assert evil[0] == '\'=HYPERLINK("http://x")'
    assert wang[:5] == ["王芳", "重要", "活跃", "上海", "'+86 138 0013 8000"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", wang[5])
    assert wang[6] == ids["wang"]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_start_is_escaped(records, tmp_path, start):
    customer = records.create("customer", {"name": f"{start}1+1 客户"})
    sheet = customer_sheet(records, CustomerList(records.replica), CustomerFilter(), COLUMNS[:1])
    write_csv(tmp_path / "x.csv", sheet, CAPTIONS)
    with (tmp_path / "x.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    stored = records.get("customer", customer["id"])["name"]  # the form strips spaces
    assert rows[1] == [
        "'" + stored if stored.startswith(("=", "+", "-", "@")) else stored,
        customer["id"],
    ]


def test_a_long_list_streams_a_page_at_a_time(records, tmp_path):
    for n in range(1203):
        records.create("customer", {"name": f"客户{n:04d}", "tier": "ordinary"})
    reads: list[int] = []
    original = records.rows

    def counted(entity, ids):
        reads.append(len(ids))
        return original(entity, ids)

    records.rows = counted
    sheet = customer_sheet(records, CustomerList(records.replica), CustomerFilter(), COLUMNS)
    seen: list[int] = []
    assert write_xlsx(tmp_path / "all.xlsx", [sheet], CAPTIONS, seen.append) == [1203]
    assert reads == [500, 500, 203]
    assert seen == [1000]


def test_a_customer_file_has_a_sheet_for_each_part(records, tmp_path):
    customer = records.create(
        "customer", {"name": "北京蓝石食品有限公司", "kind": "company", "tier": "premium"}
    )
    cid = customer["id"]
    records.create("contact", {"customer_id": cid, "name": "张伟", "phones": ["13800138000"]})
    records.create(
        "opportunity",
        {
            "customer_id": cid,
            "title": "年度供货",
            "amount": Decimal("120000.50"),
            "stage": "proposal",
        },
    )
    records.create(
        "task",
        {"customer_id": cid, "title": "回访", "due_at": datetime(2026, 12, 1, 2, tzinfo=UTC)},
    )
    titles = {
        "customer": "客户",
        "contact": "联系人",
        "interaction": "互动",
        "opportunity": "商机",
        "task": "任务",
        "service_request": "服务请求",
        "relation": "关系",
    }
    sheets = customer_file_sheets(
        records, CustomerFile(records), cid, CAPTIONS, lambda key: key, titles
    )
    write_xlsx(tmp_path / "file.xlsx", sheets, CAPTIONS)
    book = load_workbook(tmp_path / "file.xlsx", read_only=True)
    assert book.sheetnames == list(titles.values())
    facts = dict(book["客户"].iter_rows(min_row=2, values_only=True))
    assert facts["name"] == "北京蓝石食品有限公司"
    assert facts["tier"] == "重要"
    assert facts["Outpost ID"] == cid
    deals = list(book["商机"].iter_rows(values_only=True))
    assert deals[1][0] == "年度供货"
    assert deals[1][2] == 120000.5  # a number, not text
    contacts = list(book["联系人"].iter_rows(values_only=True))
    assert contacts[1][0] == "张伟"
    assert contacts[1][-1] == records.find("contact", customer_id=cid)[0]["id"]
    tasks = list(book["任务"].iter_rows(values_only=True))
    assert tasks[1][4] == datetime(2026, 12, 1, 10, 0)  # due, in the user's (UTC+8) time


# --- vCard ---------------------------------------------------------------------------------


def _unfold(text: str) -> list[str]:
    assert "\n" not in text.replace("\r\n", "")  # CRLF only
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _properties(lines: list[str]) -> list[tuple[str, str]]:
    out = []
    for line in lines:
        name, _, value = line.partition(":")
        out.append((name, value))
    return out


def test_contacts_parse_back_from_vcard_with_their_chinese_and_punctuation(tmp_path):
    note = "喜欢绿茶; 周二不在, 请找助理\n第二行 \\ 备注" + "很长的备注" * 20
    contact = {
        "id": "0192f0c4-aaaa-7bbb-8ccc-000000000001",
        "name": "欧阳娜娜",
        "title": "采购经理",
        "phones": ["+86 138 0013 8000", "021-6888 1234"],
        "email": "nana@example.cn",
        "notes": note,
        "updated_at": datetime(2026, 11, 29, 6, 0, tzinfo=UTC),
    }
    path = tmp_path / "联系人.vcf"
    assert write_vcards(path, [contact, {"name": "John Smith", "id": "x"}], "蓝石食品") == 2
    text = path.read_bytes().decode("utf-8")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    lines = _unfold(text)
    cards = "\r\n".join(lines).split("END:VCARD")
    first = dict(_properties(cards[0].strip().split("\r\n")))
    assert first["BEGIN"] == "VCARD" and first["VERSION"] == "3.0"
    assert first["FN"] == "欧阳娜娜"
    assert first["N"] == "欧阳;娜娜;;;"
    assert first["ORG"] == "蓝石食品"
    assert first["TEL;TYPE=CELL"] == "+86 138 0013 8000"
    assert first["TEL;TYPE=WORK,VOICE"] == "021-6888 1234"
    assert first["EMAIL;TYPE=INTERNET"] == "nana@example.cn"
    assert _unescape(first["NOTE"]) == note
    assert first["UID"] == contact["id"]
    assert first["REV"] == "20261129T060000Z"
    assert "N:Smith;John;;;" in card({"name": "John Smith"})
    assert name_parts("张伟") == ("张", "伟")


# --- iCalendar -----------------------------------------------------------------------------


def test_tasks_parse_back_from_icalendar_in_utc(tmp_path):
    start = datetime(2026, 12, 1, 9, 30, tzinfo=CHINA)
    tasks = [
        {
            "id": "0192f0c4-aaaa-7bbb-8ccc-000000000002",
            "kind": "visit",
            "title": "拜访王总, 带样品; 确认价格",
            "starts_at": start,
            "ends_at": start + timedelta(hours=1, minutes=30),
            "location": "上海市浦东新区世纪大道100号",
            "customer": "王芳",
            "notes": "第一行\n第二行" + "长" * 40,
            "done": False,
        },
        {
            "id": "0192f0c4-aaaa-7bbb-8ccc-000000000003",
            "kind": "todo",
            "title": "寄合同",
            "due_at": datetime(2026, 12, 2, 1, 0, tzinfo=UTC),
            "done": True,
        },
    ]
    path = tmp_path / "任务.ics"
    assert write_ics(path, tasks) == 2
    text = path.read_bytes().decode("utf-8")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    lines = _unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines
    event = lines[lines.index("BEGIN:VEVENT") : lines.index("END:VEVENT")]
    props = dict(_properties(event))
    assert props["UID"] == tasks[0]["id"]
    assert props["DTSTART"] == "20261201T013000Z"
    assert props["DTEND"] == "20261201T030000Z"
    assert _unescape(props["SUMMARY"]) == "拜访王总, 带样品; 确认价格"
    assert props["SUMMARY"] == "拜访王总\\, 带样品\\; 确认价格"
    assert _unescape(props["DESCRIPTION"]) == "王芳\n" + tasks[0]["notes"]
    assert re.fullmatch(r"\d{8}T\d{6}Z", props["DTSTAMP"])
    todo = dict(_properties(lines[lines.index("BEGIN:VTODO") : lines.index("END:VTODO")]))
    assert todo["UID"] == tasks[1]["id"]
    assert todo["DUE"] == "20261202T010000Z"
    assert todo["STATUS"] == "COMPLETED"
    assert calendar_text([])[1] == 0


# --- print, failures, the audit queue ------------------------------------------------------


def test_the_printable_file_holds_facts_open_work_and_timeline(records):
    cid = records.create("customer", {"name": "北京蓝石食品有限公司", "tier": "premium"})["id"]
    records.create(
        "task",
        {"customer_id": cid, "title": "回访<王总>", "due_at": datetime(2026, 12, 1, tzinfo=UTC)},
    )
    records.create("interaction", {"customer_id": cid, "kind": "call", "subject": "报价电话"})
    words = {"open_work": "待办", "timeline": "时间线"}
    html = customer_file_html(
        records,
        CustomerFile(records),
        cid,
        Captions(label=lambda v: LABELS.get(v, v), words=words),
        lambda key: key,
        lambda amount, currency: f"{currency} {amount}",
    )
    assert "北京蓝石食品有限公司" in html and "重要" in html
    assert "待办" in html and "回访&lt;王总&gt;" in html
    assert "时间线" in html and "报价电话" in html
    assert "WenQuanYi Micro Hei" in html


def test_a_folder_that_may_not_be_written_is_named_and_nothing_is_left(
    records, tmp_path, monkeypatch
):
    _ids, sheet = _premium_in_shanghai(records)

    def refuse(*_args):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportDenied) as caught:
        write_table(tmp_path / "客户.xlsx", sheet, CAPTIONS)
    assert caught.value.code == "export_denied"
    assert not (tmp_path / "客户.xlsx").exists()
    assert not list(tmp_path.glob(".*.part"))


def test_a_full_disk_is_disk_full_and_leaves_no_half_file(records, small_disk):  # noqa: F811
    for n in range(300):
        records.create("customer", {"name": f"客户{n}" + "长" * 150, "tier": "ordinary"})
    sheet = customer_sheet(records, CustomerList(records.replica), CustomerFilter(), COLUMNS)
    small_disk.fill()
    with pytest.raises(DiskFull):
        write_csv(small_disk.root / "客户.csv", sheet, CAPTIONS)
    assert sorted(p.name for p in small_disk.root.iterdir()) == ["filler"]
    small_disk.free()


def test_exports_made_offline_wait_in_the_replica(replica):
    log = ExportLog(replica, None, None)
    first = new_record("customers", "xlsx", 12, "等级: 重要")
    second = new_record(
        "contacts", "vcf", 3, customer_id="c1", at=datetime(2026, 11, 29, tzinfo=UTC)
    )
    log.note(first)
    log.note(second)
    assert [r.id for r in log.pending()] == [first.id, second.id]
    assert log.pending()[0].filter == "等级: 重要"
    assert log.flush() == 0  # no server: kept
    assert len(log.pending()) == 2
    assert date(2026, 11, 29) == log.pending()[1].at.date()


def test_a_cancelled_export_leaves_no_file(records, tmp_path, monkeypatch):
    from app.exporting import ExportCancelled, writers

    for n in range(25):
        records.create("customer", {"name": f"客户{n}"})
    monkeypatch.setattr(writers, "PROGRESS_EVERY", 10)

    def cancel(done: int) -> None:
        raise ExportCancelled("cancelled")

    for name in ("list.xlsx", "list.csv"):
        sheet = customer_sheet(records, CustomerList(records.replica), CustomerFilter(), COLUMNS)
        with pytest.raises(ExportCancelled):
            write_table(tmp_path / name, sheet, CAPTIONS, cancel)
    assert not list(tmp_path.glob("list*")) and not list(tmp_path.glob(".list*"))


ZH_LABELS = {"premium": "贵宾", "major": "重要", "lead": "线索", "active": "活跃"}
ZH_COLUMNS = [
    ("name", "名称"),
    ("tier", "客户等级"),
    ("status", "状态"),
    ("city", "城市"),
    ("phones", "电话"),
    ("tags", "标签"),
    ("updated_at", "最近修改"),
]


def _round_trip(records, path: Path):
    from app.importing.importer import Importer
    from app.importing.plan import UpdateKey

    for values in (
        {
            "name": "王芳",
            "tier": "premium",
            "city": "上海",
            "phones": ["+86 138 0013 8000", "021-6888 1234"],
            "tags": ["VIP", "茶"],
        },
        {"name": "李娜", "tier": "major", "city": "上海", "status": "lead"},
        {"name": "赵磊", "tier": "premium", "city": "北京"},
    ):
        records.create("customer", values)
    where = CustomerFilter(city="上海")
    sheet = customer_sheet(records, CustomerList(records.replica), where, ZH_COLUMNS)
    write_table(path, sheet, Captions(label=lambda v: ZH_LABELS.get(v, v)))
    before, pending = records.find("customer"), records.pending_count()
    importer = Importer(records)
    table = importer.read(path)
    plan = importer.plan(table, importer.mapping_for(table.headers), UpdateKey.ID)
    summary = importer.run(plan)
    return summary, before == records.find("customer"), records.pending_count() - pending


def test_an_exported_list_imported_back_by_its_ids_changes_nothing(records, tmp_path):
    summary, same, sent = _round_trip(records, tmp_path / "客户.xlsx")
    assert (summary.created, summary.updated, summary.unchanged, summary.refused) == (0, 0, 2, 0)
    assert same and sent == 0


def test_an_exported_csv_imported_back_by_its_ids_changes_nothing(records, tmp_path):
    summary, same, sent = _round_trip(records, tmp_path / "客户.csv")
    assert (summary.created, summary.updated, summary.unchanged, summary.refused) == (0, 0, 2, 0)
    assert same and sent == 0


def test_restore_undoes_inert():
    from sync.protocol.spreadsheet import inert, restore

    for text in ("=1+1", "+86 138", "-5", "@SUM(A1)", "\tx", "王芳", "'quoted", ""):
        assert restore(inert(text)) == text
