"""Import speed: `python -m bench.io` (issue 18: 100,000 customers from .xlsx in <= 60 s).

Writes a 100,000-customer workbook with Chinese headers (openpyxl, write-only), then imports it
into a fresh replica the way the wizard does: read (python-calamine), plan (mapping, the shared
validation, update key, duplicate check against the replica and within the file) and run (in
chunks through `Records`' bulk path: rows, outbox entries, search keys, the batch's record).
Duplicates by phone are seeded (`--duplicates`, in other phone formats) so the check has work.

`--readers` also times openpyxl's read-only mode on the same file (the reader comparison).

Output: one JSON line with each phase's seconds (wall and this process's CPU), the total,
`limit_s` (60) and the machine's load average; progress on stderr.
"""

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

HEADERS = [
    "客户名称", "类型", "手机", "电话", "邮箱", "地址", "城市", "行业", "来源", "标签",
    "统一社会信用代码", "客户等级", "备注", "生日", "联系人", "职务",
]  # fmt: skip
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
    "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
    "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏飞云峰建国志新海波宁欣怡子涵浩然"
)
CITIES = ["上海", "北京", "广州", "深圳", "杭州", "成都", "武汉", "南京", "苏州", "西安"]
INDUSTRIES = ["制造", "零售", "餐饮", "物流", "教育", "医疗", "软件", "建筑"]
WORDS = ["蓝石", "华强", "鑫源", "恒达", "金桥", "新锐", "远航", "宏图", "瑞丰", "嘉禾"]


def log(message: str) -> None:
    print(f"[bench.io] {message}", file=sys.stderr, flush=True)


def phone(n: int) -> str:
    return f"13{n % 10}{n:08d}"[:11]


def other_format(number: str) -> str:
    """The same mobile as people also write it: +86, spaces, dashes."""
    return f"+86 {number[:3]} {number[3:7]} {number[7:]}"


def write_book(path: Path, count: int, duplicates: float, seed: int = 7) -> None:
    from openpyxl import Workbook

    rng = random.Random(seed)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append(HEADERS)
    for n in range(count):
        company = n % 3 == 0
        if company:
            name = f"{rng.choice(WORDS)}{rng.choice(INDUSTRIES)}{n}有限公司"
        else:
            name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        mobile = phone(n)
        if n and rng.random() < duplicates:
            mobile = other_format(phone(rng.randrange(n)))
        sheet.append(
            [
                name,
                "企业" if company else "个人",
                mobile,
                f"021-{62000000 + n}" if company else None,
                f"c{n}@example.com" if n % 2 else None,
                f"{rng.choice(CITIES)}市{rng.choice(WORDS)}路{n % 999}号",
                rng.choice(CITIES),
                rng.choice(INDUSTRIES),
                "展会" if n % 5 == 0 else "转介绍",
                "重点，老客户" if n % 7 == 0 else None,
                f"91310000{n:010d}" if company else None,
                rng.choice(["贵宾", "重要", "普通", "潜在"]),
                "导入测试" if n % 11 == 0 else None,
                None if company else f"{1960 + n % 40}-{1 + n % 12:02d}-{1 + n % 28:02d}",
                (rng.choice(SURNAMES) + rng.choice(GIVEN)) if company else None,
                "采购经理" if company else None,
            ]
        )
    book.save(path)


def time_openpyxl(path: Path) -> tuple[float, int]:
    from openpyxl import load_workbook

    start = time.perf_counter()
    book = load_workbook(path, read_only=True, data_only=True)
    rows = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return time.perf_counter() - start, rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--duplicates", type=float, default=0.03)
    parser.add_argument("--readers", action="store_true", help="time openpyxl read-only too")
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args(argv)

    from app.importing import mapping
    from app.importing.importer import Importer
    from app.importing.plan import Decision, UpdateKey
    from app.records import Records
    from app.replica import Replica

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir or Path(tmp)
        book = folder / "customers.xlsx"
        log(f"writing {args.customers:,} customers to {book}")
        start = time.perf_counter()
        write_book(book, args.customers, args.duplicates)
        figures: dict[str, object] = {
            "customers": args.customers,
            "file_mb": round(book.stat().st_size / 1e6, 1),
            "write_xlsx_s": round(time.perf_counter() - start, 2),
        }
        replica = Replica(folder / "replica.sqlite3")
        importer = Importer(Records(replica, "00000000-0000-4000-8000-000000000001"))
        log("importing")
        t0, c0 = time.perf_counter(), time.process_time()
        table = importer.read(book)
        t1, c1 = time.perf_counter(), time.process_time()
        plan = importer.plan(table, mapping.guess(table.headers), UpdateKey.PHONE, book.name)
        plan.decide_all(Decision.SKIP)
        t2, c2 = time.perf_counter(), time.process_time()
        summary = importer.run(plan)
        t3, c3 = time.perf_counter(), time.process_time()
        replica.close()
        figures.update(
            read_s=round(t1 - t0, 2),
            plan_s=round(t2 - t1, 2),
            run_s=round(t3 - t2, 2),
            total_s=round(t3 - t0, 2),
            limit_s=60,
            # CPU seconds of this process: what the import costs on an idle laptop core when
            # the machine is shared (wall seconds above include waiting for the CPU).
            read_cpu_s=round(c1 - c0, 2),
            plan_cpu_s=round(c2 - c1, 2),
            run_cpu_s=round(c3 - c2, 2),
            total_cpu_s=round(c3 - c0, 2),
            load_average=round(os.getloadavg()[0], 1),
            created=summary.created,
            contacts=summary.contacts,
            held=len(plan.held()),
            refused=summary.refused,
        )
        if args.readers:
            seconds, rows = time_openpyxl(book)
            figures["calamine_read_s"] = figures["read_s"]
            figures["openpyxl_read_only_s"] = round(seconds, 2)
            figures["openpyxl_rows"] = rows
        print(json.dumps(figures, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
