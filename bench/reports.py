"""Reports and pivots on a branch replica: `python -m bench.reports`.

What it measures, and why
-------------------------
A manager's laptop holds the branch (100,000 customers) with its contracts (1,000,000 contract
lines); reports and pivots run there with no server (issue 19, item 5), so they must answer at
once. The replica is built as a first sync leaves it (the same tables and indexes, rows written
by the sync's upsert): customers from `bench.sync`'s generator, 40 products in 8 product lines,
``--lines`` contract lines over a quarter as many contracts signed in the last two years, a
payment on most contracts. Then, on it:

* ``pivot_ms``: `PivotEngine.pivot` of 2 dimensions x 1 measure (contribution, the sum of the
  lines), for each pair of ``PAIRS`` (customer fields, product line, month, quarter, owner),
  median of ``--repeat`` runs of each pair; ``pivot_max_ms`` the slowest pair's median.
  Target: the slowest pair <= 500 ms.
* ``first_paint_ms``: from clicking "Reports" in the main window (opened on Today as a
  manager, its reads finished) to the page painted: its list of ready reports, the builder and
  "Loading…" (the first report is read on the query lane, so the window never waits for it).
  Median of ``--repeat``. Target <= 300 ms. ``first_report_ms`` (no target) goes on until the
  first ready report's figures are painted: Today's dashboard has already read the contract
  lines into the workspace's pivot copy (`Workspace.reports`), so this is a warm pivot.
* ``cube_read_ms`` (no target): the first pivot of the contract lines on a fresh engine, which
  reads them into memory (`app/reports/cube.py`); each later pivot is ``pivot_ms``.

Output: JSON lines on stdout, the last one ``"phase": "summary"`` with every figure and its
ratio to the target (``<= 1`` is within target); progress goes to stderr. A benchmark, not a
test: run it on a quiet machine (Xvfb or ``QT_QPA_PLATFORM=offscreen``).
"""

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

TARGETS_MS = {"pivot_max_ms": 500, "first_paint_ms": 300}
USER_ID = "00000000-0000-4000-8000-0000000000b1"
BRANCH_ID = "00000000-0000-4000-8000-0000000000b2"
REPS = (USER_ID, *(f"00000000-0000-4000-8000-0000000000c{i}" for i in range(1, 8)))
PAIRS = (
    ("tier", "product_line"),
    ("city", "month"),
    ("owner", "quarter"),
    ("industry", "source"),
    ("product_line", "month"),
)
LINES = ("软件", "硬件", "服务", "培训", "耗材", "咨询", "维保", "云")


def info(message: str) -> None:
    print(f"[bench.reports] {message}", file=sys.stderr, flush=True)


def emit(phase: str, **values: Any) -> None:
    print(json.dumps({"phase": phase, **values}, ensure_ascii=False), flush=True)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench.reports", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--replica", type=Path, help="reuse (or keep) the replica at this path")
    return parser


# --- the replica -------------------------------------------------------------------------------


def _base(rng: random.Random, when: datetime) -> dict[str, Any]:
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "version": 0,
        "created_at": when,
        "updated_at": when,
        "created_by": USER_ID,
        "updated_by": USER_ID,
        "deleted_at": None,
    }


def build_replica(path: Path, customers: int, lines: int, seed: int) -> int:
    """Rows as a first sync stores them (same upsert, same search-key hook)."""
    from app.replica import Replica
    from app.sync_hooks import HOOKS
    from bench.sync import Generator
    from sync.client.replica_ops import table_of, upsert

    replica = Replica(path)
    generator = Generator(seed, USER_ID, BRANCH_ID)
    rng = random.Random(seed + 1)
    now = datetime.now(UTC).replace(microsecond=0)
    products = []
    for i in range(40):
        product = _base(rng, now)
        product.update(
            code=f"P{i:03d}",
            name=f"产品{i}",
            product_line=LINES[i % len(LINES)],
            unit="套",
            list_price=Decimal(rng.choice((200, 500, 1000, 5000, 20000))),
            currency="CNY",
            active=True,
            notes=None,
        )
        products.append(product)
    with replica.transaction() as session:
        upsert(session, table_of("product"), products)
    contracts_total = max(1, lines // 4)
    per_customer = contracts_total / customers
    rows, made_contracts, made_lines = len(products), 0, 0
    batch = 5000
    for start in range(0, customers, batch):
        book = [generator.customer(i) for i in range(start, min(start + batch, customers))]
        for customer in book:
            customer["owner_id"] = REPS[rng.randrange(len(REPS))]
        contracts, contract_lines, payments = [], [], []
        for customer in book:
            count = int(per_customer) + (rng.random() < per_customer % 1)
            for _ in range(count):
                if made_contracts >= contracts_total:
                    break
                made_contracts += 1
                signed = (now - timedelta(days=rng.randrange(730))).date()
                contract = _base(rng, now)
                contract.update(
                    customer_id=customer["id"],
                    number=f"HT-{made_contracts:07d}",
                    title=None,
                    signed_on=signed,
                    payment_due=signed + timedelta(days=30),
                    currency="CNY",
                    status="active" if rng.random() < 0.97 else "cancelled",
                    owner_id=customer["owner_id"],
                    opportunity_id=None,
                    notes=None,
                )
                contracts.append(contract)
                total = Decimal(0)
                for position in range(4):
                    if made_lines >= lines:
                        break
                    made_lines += 1
                    product = products[rng.randrange(len(products))]
                    quantity = Decimal(rng.randint(1, 5))
                    discount = Decimal(rng.choice(("0", "0", "0.05", "0.1")))
                    line = _base(rng, now)
                    line.update(
                        customer_id=customer["id"],
                        contract_id=contract["id"],
                        product_id=product["id"],
                        description=None,
                        quantity=quantity,
                        unit_price=product["list_price"],
                        discount=discount,
                        position=position,
                    )
                    contract_lines.append(line)
                    total += quantity * product["list_price"] * (1 - discount)
                if rng.random() < 0.7:
                    payment = _base(rng, now)
                    payment.update(
                        customer_id=customer["id"],
                        contract_id=contract["id"],
                        received_on=signed + timedelta(days=rng.randrange(60)),
                        amount=(total * Decimal(rng.choice(("0.5", "1")))).quantize(
                            Decimal("0.01")
                        ),
                        method="transfer",
                        reference=None,
                        notes=None,
                    )
                    payments.append(payment)
        with replica.transaction() as session:
            upsert(session, table_of("customer"), book)
            upsert(session, table_of("contract"), contracts)
            upsert(session, table_of("contract_line"), contract_lines)
            upsert(session, table_of("payment"), payments)
            assert HOOKS.after_apply is not None
            HOOKS.after_apply(session, "customer", book)
        rows += len(book) + len(contracts) + len(contract_lines) + len(payments)
        info(f"replica: {start + len(book)}/{customers} customers, {made_lines} lines")
    with replica.engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA optimize")
    replica.close()
    return rows


# --- measurements ------------------------------------------------------------------------------


def measure_pivots(path: Path, repeat: int) -> tuple[float, dict[str, list[float]]]:
    """The first pivot (reading the lines into memory), then each pair `repeat` times."""
    from app.replica import Replica
    from app.reports import PivotEngine, PivotSpec

    replica = Replica(path)
    engine = PivotEngine(replica)
    started = time.perf_counter()
    engine.pivot(PivotSpec("tier", None, "contribution"))
    cube_read = (time.perf_counter() - started) * 1000
    emit("cube_read", ms=round(cube_read, 1))
    times: dict[str, list[float]] = {}
    for rows, columns in PAIRS:
        spec = PivotSpec(rows, columns, "contribution")
        runs = []
        for _ in range(repeat):
            started = time.perf_counter()
            pivot = engine.pivot(spec)
            runs.append((time.perf_counter() - started) * 1000)
        assert pivot.total > 0
        times[f"{rows}x{columns}"] = runs
        emit("pivot", pair=f"{rows} x {columns}", cells=len(pivot.cells),
             median_ms=round(statistics.median(runs), 1), first_ms=round(runs[0], 1))  # fmt: skip
    replica.close()
    return cube_read, times


def _account(path: Path) -> Any:
    from app.account import Account

    return Account(
        server_url="http://127.0.0.1:9",
        username="bench",
        user_id=USER_ID,
        display_name="Bench",
        role="manager",
        branch_name="Bench",
        device_id=str(uuid.uuid4()),
        replica=path,
    )


def measure_paint(path: Path, repeat: int) -> tuple[list[float], list[float]]:
    """Click "Reports" (the window on Today) to the page painted, and to its first report."""
    import shiboken6
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.replica import Replica
    from app.workspace import Workspace
    from ui.background import NET_LANE
    from ui.main_window import MainWindow
    from ui.operations import QUERY_LANE

    app = QApplication.instance() or QApplication([])
    painted, reported = [], []
    for _ in range(repeat):
        replica = Replica(path)
        window = MainWindow(Workspace.open(_account(path), replica))
        window.show()
        app.processEvents()
        QUERY_LANE.waitForDone()  # Today's own reads: not part of the figure
        app.processEvents()
        page = window.reports
        started = time.perf_counter()
        window.nav.setCurrentRow(window.nav_pages.index(page))
        page.repaint()
        painted.append((time.perf_counter() - started) * 1000)
        loop = QEventLoop()
        page.loaded.connect(loop.quit)
        ticker = QTimer(interval=5)
        ticker.timeout.connect(lambda: None)
        ticker.start()
        QTimer.singleShot(600_000, loop.quit)
        if page.loading:
            loop.exec()
        page.table.viewport().repaint()
        reported.append((time.perf_counter() - started) * 1000)
        ticker.stop()
        assert not page.loading and page.model.rowCount() > 0
        window.close()
        NET_LANE.waitForDone()
        QUERY_LANE.waitForDone()
        app.processEvents()
        shiboken6.delete(window)
        replica.close()
    return painted, reported


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="outpost-bench-reports-") as work:
        os.environ["OUTPOST_HOME"] = str(Path(work) / "home")  # settings of this run only
        path = args.replica or Path(work) / "replica.sqlite3"
        if not path.exists():
            started = time.perf_counter()
            rows = build_replica(path, args.customers, args.lines, args.seed)
            emit("replica", rows=rows, seconds=round(time.perf_counter() - started, 1))
        cube_read, pivots = measure_pivots(path, args.repeat)
        painted, reported = measure_paint(path, args.repeat)
        emit("first_paint", first_paint_ms=round(statistics.median(painted), 1),
             first_report_ms=round(statistics.median(reported), 1),
             cold_ms=round(painted[0], 1))  # fmt: skip
    medians = {pair: statistics.median(runs) for pair, runs in pivots.items()}
    figures = {
        "customers": args.customers,
        "contract_lines": args.lines,
        "cube_read_ms": round(cube_read, 1),
        "pivot_median_ms": round(statistics.median(medians.values()), 1),
        "pivot_max_ms": round(max(medians.values()), 1),
        "pivot_slowest_pair": max(medians, key=lambda k: medians[k]),
        "first_paint_ms": round(statistics.median(painted), 1),
        "first_report_ms": round(statistics.median(reported), 1),
    }
    ratios = {f"{k}_ratio_to_target": round(float(figures[k]) / v, 2)
              for k, v in TARGETS_MS.items()}  # fmt: skip
    emit("summary", **figures, **ratios, load_average=round(os.getloadavg()[0], 1),
         cpus=os.cpu_count(), measured_on=date.today().isoformat())  # fmt: skip
    sys.stdout.flush()
    sys.stderr.flush()
    # Every figure is out. PySide's teardown of the windows made and deleted above can crash
    # in the interpreter's final collection ("deallocating None"): end here instead.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
