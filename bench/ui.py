"""Workbench speed on a big replica: `python -m bench.ui --customers 100000`.

What it measures, and why
-------------------------
A branch manager's laptop holds the whole branch: 100,000 customers and their history. The
screens must still open at once and search must keep up with typing. The replica is built the
way a first sync leaves it (the same tables, indexes, search keys; rows from the generator of
`bench.sync`, ``--interactions-per-customer`` each), then the real widgets and services run on
it, offscreen:

* ``customers_view_ms``: from clicking "Customers" in a window that was opened on another page
  to the table painted with its first rows (ids of every live customer in name order, the first
  page of rows, the paint), median of ``--repeat`` runs; ``customers_view_cold_ms`` is the
  first one. Target <= 300 ms.
* ``search_p95_ms`` / ``_median``: Ctrl+K search-as-you-type: every prefix of names, pinyin,
  phone fragments and note words, as typed one key at a time (``Search.find``, the call the
  dialog makes after its debounce). Target p95 <= 50 ms.
  ``customers_reload_ms``: what the list costs when it re-reads after a sync round or an edit.
* ``cold_start_ms``: a new Python process (``python -m bench.ui --child``) from launch to the
  main window painted, on the same replica (imports, Qt, migration check, building every page;
  the Today lists are read in the background and fill in just after). Sign-in is taken as
  remembered (no keyring, no network: the window's first sync starts after it is shown and is
  not part of the figure). Median of ``--repeat`` launches after a first one that compiles the
  bytecode (reported as ``first_launch_ms``; installers ship it compiled). Target <= 2,000 ms.
* ``today_ms``: from clicking "Today" (the window on Customers) to its lists painted, as a
  manager whose replica holds the branch: the screen's questions (the week's work, the older
  overdue, the team's overdue by person, the branch's quiet customers, birthdays) read on the
  query lane, then the groups built and painted; median of ``--repeat``. The bench replica
  gets ``TODAY_TASKS`` tasks first (a quarter the manager's, the rest three reps', due from
  a year ago to two weeks ahead) if it has none. ``today_shown_ms`` is the GUI thread's part
  until the page shows ("Loading…"); ``today_block_ms`` the GUI thread's part once the
  answer is in (building the lines). Target <= 1,000 ms, the window never blocked > 100 ms.
* ``duplicate_p95_ms`` / ``_median``: the customer form's duplicate check (客户查重,
  ``Duplicates.find``, what the form runs after its debounce) as a new customer's name, phone
  ("+86 1xx-xxxx-xxxx", digit by digit) and registration number are typed, for customers
  of the replica written another way and for people it does not hold. Target p95 <= 50 ms.
  ``--duplicates-only`` measures this alone.

Output: JSON lines on stdout, the last one ``"phase": "summary"`` with every figure and its
ratio to the target (``<= 1`` is within target); progress goes to stderr.
"""

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import shiboken6

TARGETS_MS = {
    "customers_view_ms": 300,
    "search_p95_ms": 50,
    "cold_start_ms": 2000,
    "duplicate_p95_ms": 50,
    "today_own_ms": 1000,
}
TODAY_TASKS = 2000
TODAY_REPS = ("00000000-0000-4000-8000-0000000000c1", "00000000-0000-4000-8000-0000000000c2")
QUERIES = ("张伟", "zhangwei", "wangfang", "138 0013", "0021", "c123@example", "续约事宜", "quote")
USER_ID = "00000000-0000-4000-8000-0000000000b1"
BRANCH_ID = "00000000-0000-4000-8000-0000000000b2"


def info(message: str) -> None:
    print(f"[bench.ui] {message}", file=sys.stderr, flush=True)


def emit(phase: str, **values: Any) -> None:
    print(json.dumps({"phase": phase, **values}, ensure_ascii=False), flush=True)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.ui", description=__doc__.split("\n")[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--interactions-per-customer", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--replica", type=Path, help="reuse (or keep) the replica at this path")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument(
        "--duplicates-only", action="store_true", help="measure the duplicate check alone"
    )
    parser.add_argument("--today-only", action="store_true", help="measure Today alone")
    parser.add_argument(
        "--theme",
        choices=("light", "dark", "none"),
        default="light",
        help="the look applied as the app does (none: Qt's plain style, as before issue 20)",
    )
    return parser


# --- the replica -------------------------------------------------------------------------------


def build_replica(path: Path, customers: int, per_customer: int, seed: int) -> int:
    """Rows as a first sync stores them (same upsert, same search-key hook)."""
    from app.replica import Replica
    from app.sync_hooks import HOOKS
    from bench.sync import Generator
    from sync.client.replica_ops import table_of, upsert

    replica = Replica(path)
    generator = Generator(seed, USER_ID, BRANCH_ID)
    rows = 0
    batch = 5000
    for start in range(0, customers, batch):
        book = [generator.customer(i) for i in range(start, min(start + batch, customers))]
        history = [generator.interaction(c) for c in book for _ in range(per_customer)]
        with replica.transaction() as session:
            upsert(session, table_of("customer"), book)
            upsert(session, table_of("interaction"), history)
            assert HOOKS.after_apply is not None
            HOOKS.after_apply(session, "customer", book)
        rows += len(book) + len(history)
        info(f"replica: {start + len(book)}/{customers} customers ({rows} rows)")
    with replica.engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA optimize")
    replica.close()
    return rows


# --- measurements ------------------------------------------------------------------------------


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


THEME_ENV = "OUTPOST_BENCH_THEME"


def measure_view(path: Path, repeat: int) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from app.replica import Replica
    from app.workspace import Workspace
    from ui.background import NET_LANE
    from ui.main_window import MainWindow
    from ui.operations import QUERY_LANE

    app = QApplication.instance() or QApplication([])
    _look()
    replica = Replica(path)
    window = MainWindow(Workspace.open(_account(path), replica))
    window.show()
    app.processEvents()
    shown, reloaded = [], []
    for _ in range(repeat):
        window.nav.setCurrentRow(window.nav_pages.index(window.today))
        app.processEvents()
        started = time.perf_counter()
        window.nav.setCurrentRow(window.nav_pages.index(window.customers))
        window.customers.table.viewport().repaint()  # paint now: fetches the visible rows
        shown.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        window.customers.refresh()  # after each sync round or edit: all ids again
        window.customers.table.viewport().repaint()
        reloaded.append((time.perf_counter() - started) * 1000)
        assert window.customers.model.rowCount() > 0
    window.close()
    NET_LANE.waitForDone()
    QUERY_LANE.waitForDone()  # the Today lists, still being read in the background
    shiboken6.delete(window)  # before the interpreter's teardown, which PySide cannot order
    replica.close()
    return shown, reloaded


def seed_tasks(path: Path, count: int = TODAY_TASKS) -> int:
    """Tasks for Today to show, once: a quarter the bench user's, the rest the reps'."""
    import random
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import func, select

    from app.replica import Replica
    from sync.client.replica_ops import table_of, upsert
    from sync.protocol.entities import Customer, Task

    replica = Replica(path)
    with replica.reading() as session:
        if session.scalar(select(func.count()).select_from(Task)):
            replica.close()
            return 0
        customers = list(session.scalars(select(Customer.id).limit(count)))
    rng, now = random.Random(7), datetime.now(UTC)
    people = (USER_ID, *TODAY_REPS, TODAY_REPS[0])
    rows = [
        {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "version": 0,
            "created_at": now,
            "updated_at": now,
            "created_by": USER_ID,
            "updated_by": USER_ID,
            "deleted_at": None,
            "customer_id": customers[n % len(customers)] if customers else None,
            "kind": "todo",
            "title": f"跟进事项 {n}",
            "due_at": now + timedelta(days=rng.uniform(-365, 14)),
            "assignee_id": people[n % len(people)],
            "done": rng.random() < 0.3,
        }
        for n in range(count)
    ]
    with replica.transaction() as session:
        upsert(session, table_of("task"), rows)
    replica.close()
    return count


def measure_today(
    path: Path, repeat: int
) -> tuple[list[float], list[float], list[float], list[float]]:
    """(click to all painted, GUI time until shown, the longest the window was busy, click
    to one's own work shown), per run."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.agenda import Day
    from app.replica import Replica
    from app.workspace import Workspace
    from ui.main_window import MainWindow
    from ui.operations import QUERY_LANE

    app = QApplication.instance() or QApplication([])
    _look()
    replica = Replica(path)
    window = MainWindow(Workspace.open(_account(path), replica))
    window.resize(1280, 720)
    window.show()
    page = window.today
    filled, shown, blocked, mine = [], [], [], []
    for _ in range(repeat + 1):
        window.nav.setCurrentRow(window.nav_pages.index(window.customers))
        QUERY_LANE.waitForDone()
        app.processEvents()
        started = time.perf_counter()
        window.nav.setCurrentRow(window.nav_pages.index(page))
        page.repaint()
        shown.append((time.perf_counter() - started) * 1000)
        ticks = [time.perf_counter()]  # a 5 ms timer: a late tick is the window busy
        ticker = QTimer(interval=5)
        own: list[float] = []  # when one's own work is on screen (the branch still coming)

        def tick(ticks: list[float] = ticks, own: list[float] = own, at: float = started) -> None:
            ticks.append(time.perf_counter())
            if not own and isinstance(page._parts.get("own"), Day):
                own.append((ticks[-1] - at) * 1000)

        ticker.timeout.connect(tick)
        loop = QEventLoop()
        page.loaded.connect(loop.quit)
        ticker.start()
        loop.exec()  # (processEvents in a loop leaks a reference to None in PySide 6)
        ticker.stop()
        page.loaded.disconnect(loop.quit)
        ticks.append(time.perf_counter())
        gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
        longest = max(gaps) * 1000
        page.repaint()
        filled.append((time.perf_counter() - started) * 1000)
        blocked.append(longest)
        mine.append(own[0] if own else filled[-1])
    assert page.groups["team"].isVisible()
    window.close()
    QUERY_LANE.waitForDone()
    shiboken6.delete(window)
    replica.close()
    # the first run warms SQLite's page cache
    return filled[1:], shown[1:], blocked[1:], mine[1:]


def typed_prefixes(queries: Sequence[str]) -> list[str]:
    return [query[:n] for query in queries for n in range(1, len(query) + 1)]


def measure_search(path: Path) -> list[float]:
    from app.replica import Replica
    from app.search import Search

    replica = Replica(path)
    search = Search(replica)
    search.find("warm")
    times = []
    for prefix in typed_prefixes(QUERIES):
        started = time.perf_counter()
        search.find(prefix)
        times.append((time.perf_counter() - started) * 1000)
        info(f"search {prefix!r}: {times[-1]:.1f} ms")
    assert search.find("zhangwei") or search.find("张伟"), "the generator makes 张伟 likely"
    replica.close()
    return times


def duplicate_probes(path: Path, count: int = 40) -> list[Any]:
    """What a rep types for `count` customers the replica holds (phones written another way)
    and as many it does not: the name a character at a time, then the phone a digit at a time,
    then a company's registration number."""
    from sqlalchemy import text

    from app.duplicates import Probe
    from app.replica import Replica

    replica = Replica(path)
    with replica.reading() as session:
        total = session.scalar(text("SELECT count(*) FROM customers")) or 1
        step = max(1, total // count)
        rows = session.execute(
            text("SELECT kind, name, phones, registration_no FROM customers WHERE rowid % :s = 0"),
            {"s": step},
        ).all()[:count]
    replica.close()
    probes = []
    for n, (kind, name, phones, registration_no) in enumerate(rows):
        digits = "".join(ch for ch in json.loads(phones)[0] if ch.isdigit())
        if n % 2:  # someone the replica does not hold
            name, digits, registration_no = f"{name[:1]}新{name[1:]}", f"177{digits[3:]}", None
        typed = f"+86 {digits[:3]}-{digits[3:7]}-{digits[7:]}"
        probes += [Probe(kind=kind, name=name[:i]) for i in range(1, len(name) + 1)]
        probes += [
            Probe(kind=kind, name=name, phones=(typed[:i],)) for i in range(5, len(typed) + 1)
        ]
        if registration_no:
            reg = [Probe(kind=kind, name=name, phones=(typed,), registration_no=registration_no[:i])
                   for i in range(6, len(registration_no) + 1)]  # fmt: skip
            probes += reg
    return probes


def measure_duplicates(path: Path) -> list[float]:
    from app.duplicates import Duplicates, Probe
    from app.replica import Replica

    probes = duplicate_probes(path)
    replica = Replica(path)
    check = Duplicates(replica)
    check.find(Probe(name="预热", phones=("13800138000",)))  # pypinyin's dictionary, loaded once
    times, found = [], 0
    for probe in probes:
        started = time.perf_counter()
        found += bool(check.find(probe))
        times.append((time.perf_counter() - started) * 1000)
    info(f"duplicate check: {len(times)} checks, {found} with a match")
    assert found, "customers of the replica typed again must be found"
    replica.close()
    return times


def measure_cold_start(path: Path, repeat: int, pycache: Path) -> list[float]:
    """The first launch compiles the bytecode (as an installer does once); it is reported
    apart, then `repeat` launches like every later start of the app."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    times = []
    for _ in range(repeat + 1):
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "bench.ui", "--child", str(path)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed = (time.perf_counter() - started) * 1000
        child.wait(timeout=60)
        if line.strip() != "shown":
            raise RuntimeError(f"the child did not show its window: {line!r}")
        times.append(elapsed)
    return times


def child(path: Path) -> int:
    """What `outpost` does from launch to its first painted window, sign-in remembered."""
    from PySide6.QtWidgets import QApplication

    from app.replica import Replica
    from app.workspace import Workspace
    from ui import i18n
    from ui.background import NET_LANE
    from ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    _look()
    i18n.install("zh_CN")
    replica = Replica(path)
    window = MainWindow(Workspace.open(_account(path), replica))
    window.show()
    window.repaint()
    print("shown", flush=True)
    NET_LANE.waitForDone()
    window.close()
    replica.close()
    app.quit()
    return 0


def stats(prefix: str, values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        f"{prefix}_median": round(statistics.median(values), 1),
        f"{prefix}_p95": round(p95, 1),
        f"{prefix}_max": round(ordered[-1], 1),
    }


def _look() -> None:
    """The theme the app starts with (ui.main), unless --theme none: stylesheet and palette
    are part of every paint measured."""
    look = os.environ.get(THEME_ENV, "light")
    if look != "none":
        from ui import theme

        theme.apply(look)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.child:
        return child(args.child)
    os.environ[THEME_ENV] = args.theme  # the launched children too
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="outpost-bench-ui-") as work:
        os.environ["OUTPOST_HOME"] = str(Path(work) / "home")  # settings of this run only
        path = args.replica or Path(work) / "replica.sqlite3"
        if not path.exists():
            started = time.perf_counter()
            rows = build_replica(path, args.customers, args.interactions_per_customer, args.seed)
            emit("replica", rows=rows, seconds=round(time.perf_counter() - started, 1))
        if args.today_only:
            emit("today_tasks", seeded=seed_tasks(path))
            today, today_shown, today_block, today_own = measure_today(path, args.repeat)
            figures = {
                "today_ms": round(statistics.median(today), 1),
                "today_shown_ms": round(statistics.median(today_shown), 1),
                "today_block_ms": round(statistics.median(today_block), 1),
                "today_own_ms": round(statistics.median(today_own), 1),
            }
            ratio = round(figures["today_own_ms"] / TARGETS_MS["today_own_ms"], 2)
            emit("summary", customers=args.customers, **figures, today_ratio_to_target=ratio)
            return 0
        duplicates = measure_duplicates(path)
        emit("duplicates", checks=len(duplicates), **stats("duplicate_ms", duplicates))
        if args.duplicates_only:
            figures = _duplicate_figures(duplicates)
            ratio = round(figures["duplicate_p95_ms"] / TARGETS_MS["duplicate_p95_ms"], 2)
            emit(
                "summary", customers=args.customers, **figures, duplicate_p95_ratio_to_target=ratio
            )
            return 0
        view, reload = measure_view(path, args.repeat)
        emit("view", **stats("customers_view_ms", view), cold_ms=round(view[0], 1))
        emit("reload", **stats("customers_reload_ms", reload))
        search = measure_search(path)
        emit("search", queries=len(search), **stats("search_ms", search))
        first, *cold = measure_cold_start(path, args.repeat, Path(work) / "pycache")
        emit("cold_start", **stats("cold_start_ms", cold), first_launch_ms=round(first, 1))
        emit("today_tasks", seeded=seed_tasks(path))
        today, today_shown, today_block, today_own = measure_today(path, args.repeat)
        emit("today", **stats("today_ms", today), **stats("today_block_ms", today_block))
    figures = {
        "customers": args.customers,
        "interactions": args.customers * args.interactions_per_customer,
        "customers_view_ms": round(statistics.median(view), 1),
        "customers_view_cold_ms": round(view[0], 1),
        "customers_reload_ms": round(statistics.median(reload), 1),
        "search_p95_ms": stats("s", search)["s_p95"],
        "search_median_ms": stats("s", search)["s_median"],
        "cold_start_ms": round(statistics.median(cold), 1),
        "first_launch_ms": round(first, 1),
        "today_ms": round(statistics.median(today), 1),
        "today_shown_ms": round(statistics.median(today_shown), 1),
        "today_block_ms": round(statistics.median(today_block), 1),
        "today_own_ms": round(statistics.median(today_own), 1),
        **_duplicate_figures(duplicates),
    }
    ratios = {f"{k}_ratio_to_target": round(figures[k] / v, 2) for k, v in TARGETS_MS.items()}
    emit("summary", **figures, **ratios)
    return 0


def _duplicate_figures(times: list[float]) -> dict[str, float]:
    figures = stats("d", times)
    return {
        "duplicate_p95_ms": figures["d_p95"],
        "duplicate_median_ms": figures["d_median"],
        "duplicate_p95_ratio_to_target": round(
            figures["d_p95"] / TARGETS_MS["duplicate_p95_ms"], 2
        ),
    }


if __name__ == "__main__":
    sys.exit(main())
