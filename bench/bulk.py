"""Bulk edits on a big replica: `python -m bench.bulk --customers 100000 --selected 10000`.

Issue 25 asks: tag 10,000 selected customers in <= 5 s with the window responsive, one undo
reverting all. The replica is built as a first sync leaves it (`bench.ui.build_replica`), then:

* ``tag_ms``: `Bulk.apply` of "add tag" to ``--selected`` customers taken across the list
  (every tenth in name order): the rows, their outbox entries and the change notice, one
  transaction. Target <= 5,000 ms.
* ``undo_ms``: `Bulk.undo` of it right after (no sync between: the quiet path, entries dropped).
* ``tag_again_ms`` / ``undo_loud_ms``: the same tag again, then its undo after the entries
  were sent (they are deleted from the outbox as a push's acknowledgement does): the undo is
  then an ordinary edit of every row (the tag removed), one transaction too.
* ``archive_ms`` / ``archive_undo_ms``: the same customers archived (the list's Del or
  "Archive") and taken back with Undo.
* ``page_tag_ms`` / ``gap_max_ms``: the same through the Customers page (the rows selected in
  the table, "Add tag…" as the menu does, the write on the DB lane, the change notice
  followed by the list), with the longest event-loop gap on the GUI thread meanwhile (a 10 ms
  timer; the cycle collector runs on the GUI thread as in the app). Target gap < 100 ms.

Output: JSON lines on stdout, the last one ``"phase": "summary"`` with each figure and its
ratio to the target; progress goes to stderr.
"""

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

TARGETS_MS = {"tag_ms": 5000, "page_tag_ms": 5000, "gap_max_ms": 100}


def info(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def emit(phase: str, **values: Any) -> None:
    print(json.dumps({"phase": phase, **values}, ensure_ascii=False), flush=True)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.bulk", description=__doc__)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--selected", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--replica", type=Path, help="reuse (or build once at) this path")
    parser.add_argument("--no-page", action="store_true", help="skip the page measurement")
    return parser


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)


def measure_service(path: Path, selected: int) -> dict[str, float]:
    from sqlalchemy import delete, func, select

    from app.archive import Archive
    from app.bulk import ADD_TAG, Bulk, BulkEdit
    from app.customer_list import CustomerList
    from app.local_tables import OutboxEntry
    from app.records import Records
    from app.replica import Replica
    from bench.ui import USER_ID

    replica = Replica(path)
    records = Records(replica, USER_ID)
    bulk = Bulk(records)
    ids = CustomerList(replica).ids()
    chosen = ids[:: max(1, len(ids) // selected)][:selected]
    figures: dict[str, float] = {"selected": len(chosen)}
    edit = BulkEdit(ADD_TAG, "年会邀请")
    start = time.perf_counter()
    done = bulk.apply(chosen, edit)
    figures["tag_ms"] = _ms(start)
    figures["tagged"] = len(done.rows)
    with replica.reading() as session:
        figures["outbox"] = session.scalar(select(func.count()).select_from(OutboxEntry)) or 0
    start = time.perf_counter()
    figures["undo_quiet_rows"] = bulk.undo(done)
    figures["undo_ms"] = _ms(start)
    done = bulk.apply(chosen, edit)
    with replica.transaction() as session:  # as a push's acknowledgement
        session.execute(delete(OutboxEntry))
    start = time.perf_counter()
    bulk.undo(done)
    figures["undo_loud_ms"] = _ms(start)
    with replica.transaction() as session:
        session.execute(delete(OutboxEntry))
    archive = Archive(records)
    start = time.perf_counter()
    archived = archive.archive("customer", chosen)
    figures["archive_ms"] = _ms(start)
    start = time.perf_counter()
    archive.undo(archived)
    figures["archive_undo_ms"] = _ms(start)
    with replica.transaction() as session:
        session.execute(delete(OutboxEntry))
    replica.close()
    return figures


def measure_page(path: Path, selected: int) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QItemSelection, QItemSelectionModel, QTimer
    from PySide6.QtWidgets import QApplication

    from app.bulk import ADD_TAG, BulkEdit
    from app.replica import Replica
    from app.workspace import Workspace
    from bench.ui import _account
    from ui.collector import Collector
    from ui.customers import CustomersPage
    from ui.editors import Editors

    app = QApplication.instance() or QApplication(["bench"])
    collector = Collector()  # as the app: the cycle collector on the GUI thread, on a timer
    replica = Replica(path)
    workspace = Workspace.open(_account(path), replica)
    page = CustomersPage(workspace, Editors(workspace))
    page.resize(1200, 800)
    page.show()
    page.refresh()
    app.processEvents()
    model = page.model
    step = max(1, model.rowCount() // selected)
    selection = QItemSelection()
    for row in range(0, min(model.rowCount(), step * selected), step):
        selection.select(model.index(row, 0), model.index(row, 0))
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    page.table.selectionModel().select(selection, flags)
    gaps: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer(interval=10)
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))
    finished: list[float] = []
    page.followed.connect(lambda: finished.append(time.perf_counter()))
    clock.start()
    ticker.start()
    start = time.perf_counter()
    page.bulk_edit(BulkEdit(ADD_TAG, "春节拜访"))
    while not finished and time.perf_counter() - start < 60:
        app.processEvents()
        time.sleep(0.001)
    ticker.stop()
    figures = {
        "page_tag_ms": round((finished[0] - start) * 1000, 1) if finished else -1.0,
        "gap_max_ms": float(max(gaps, default=0)),
        "page_selected": float(len(page.selected_ids())),
    }
    page.close()
    replica.close()
    collector.timer.stop()
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from bench.ui import build_replica

    with tempfile.TemporaryDirectory(prefix="outpost-bench-bulk-") as scratch:
        path = args.replica or Path(scratch) / "replica.db"
        if not path.exists():
            start = time.perf_counter()
            rows = build_replica(path, args.customers, 1, args.seed)
            emit("replica", customers=args.customers, rows=rows, build_s=_ms(start) / 1000)
        work = Path(scratch) / "work.db"  # measured on a copy: the built replica stays clean
        shutil.copyfile(path, work)
        figures = measure_service(work, args.selected)
        emit("service", **figures)
        if not args.no_page:
            page = measure_page(work, args.selected)
            emit("page", **page)
            figures.update(page)
    ratios = {k: round(figures[k] / v, 3) for k, v in TARGETS_MS.items() if k in figures}
    emit("summary", customers=args.customers, **figures, ratios=ratios)
    return 0 if all(r <= 1 for r in ratios.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
