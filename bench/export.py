"""Export speed and memory on a big replica: `python -m bench.export --customers 100000`.

The Customers list (every live customer, in name order, the list's six columns and the Outpost
ID) is exported through the real path (`CustomerList.ids`, rows a page at a time, `display`)
to .xlsx with xlsxwriter (constant_memory: what Outpost uses), to .xlsx with openpyxl
(write_only: the alternative measured), and to .csv. Each runs in a child process, so
``peak_rss_mb`` is that export's own high-water mark and ``export_rss_mb`` what the export
added above the process once its modules were imported and the replica opened.

Output: JSON lines on stdout, the last one ``"phase": "summary"``; progress goes to stderr.
"""

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

COLUMNS = [
    ("name", "名称"),
    ("tier", "等级"),
    ("status", "状态"),
    ("city", "城市"),
    ("phones", "电话"),
    ("updated_at", "最后修改"),
]
WRITERS = ("xlsxwriter", "openpyxl", "csv")


def info(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _sheet(path: Path) -> Any:
    from app.customer_list import CustomerFilter, CustomerList
    from app.exporting import customer_sheet
    from app.records import Records
    from app.replica import Replica

    replica = Replica(path)
    records = Records(replica, None)
    return customer_sheet(records, CustomerList(replica), CustomerFilter(), COLUMNS, title="客户")


def _openpyxl(out: Path, sheet: Any, captions: Any) -> int:
    """The same rows through openpyxl's write_only workbook (for the comparison only)."""
    from openpyxl import Workbook

    from app.exporting.table import OUTPOST_ID, display

    book = Workbook(write_only=True)
    worksheet = book.create_sheet(sheet.title)
    worksheet.append([c.caption for c in sheet.columns] + [OUTPOST_ID])
    count = 0
    for row in sheet.rows:
        cells = [display(c.kind, row.get(c.key), captions) for c in sheet.columns]
        worksheet.append([*cells, row["id"]])
        count += 1
    book.save(out)
    return count


def child(replica: Path, writer: str, out: Path) -> None:
    import openpyxl  # noqa: F401 (imported before the baseline, as the others)

    from app.exporting import Captions, write_csv, write_xlsx

    captions = Captions()
    _sheet(replica)  # imports and the replica opened once: the baseline
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started, cpu = time.perf_counter(), time.process_time()
    sheet = _sheet(replica)
    if writer == "xlsxwriter":
        rows = write_xlsx(out, [sheet], captions)[0]
    elif writer == "openpyxl":
        rows = _openpyxl(out, sheet, captions)
    else:
        rows = write_csv(out, sheet, captions)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "phase": writer,
                "rows": rows,
                "seconds": round(seconds, 2),
                "cpu_seconds": round(cpu_seconds, 2),  # steadier than wall time on a busy machine
                "peak_rss_mb": round(peak, 1),
                "export_rss_mb": round(peak - baseline, 1),  # above the process's baseline
                "file_mb": round(out.stat().st_size / 1e6, 2),
            }
        ),
        flush=True,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--replica", type=Path, help="reuse (or keep) this replica file")
    parser.add_argument("--child", nargs=3, metavar=("REPLICA", "WRITER", "OUT"))
    args = parser.parse_args(argv)
    if args.child:
        replica, writer, out = args.child
        child(Path(replica), writer, Path(out))
        return 0
    from bench.ui import build_replica

    with tempfile.TemporaryDirectory() as folder:
        path = args.replica or Path(folder) / "replica.sqlite3"
        if not path.exists():
            build_replica(path, args.customers, 0, seed=7)
        figures: dict[str, Any] = {"customers": args.customers}
        for writer in WRITERS:
            info(f"exporting with {writer}")
            suffix = "csv" if writer == "csv" else "xlsx"
            out = Path(folder) / f"export-{writer}.{suffix}"
            done = subprocess.run(
                [sys.executable, "-m", "bench.export", "--child", str(path), writer, str(out)],
                capture_output=True,
                text=True,
                check=True,
            )
            line = json.loads(done.stdout.strip().splitlines()[-1])
            print(json.dumps(line), flush=True)
            figures[writer] = {k: v for k, v in line.items() if k != "phase"}
        print(json.dumps({"phase": "summary", **figures}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
