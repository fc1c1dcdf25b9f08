"""Credit ageing on a replica: `python -m bench.credit`.

What it measures, and why
-------------------------
The Credit tab, the customer header's overdue banner and Sales > Collection read receivables
from the replica, offline (issue 22). The heaviest read is the ageing of the whole replica
(`Credit.ageing()` with no customer: every signed contract's total less its payments, put in
its bucket by days overdue), which the credit department's laptop runs over its branches. The
replica is `bench.reports`' (as a first sync leaves it): ``--customers`` customers, a quarter
of ``--lines`` contracts with up to 4 lines each, a payment on most.

* ``ageing_ms``: median of ``--repeat`` runs of `Credit.ageing()`. Target <= 500 ms on
  20,000 customers.
* ``status_ms``: median of one customer's `Credit.status()` (the banner, on every customer
  shown). Target <= 20 ms.

Output: JSON lines on stdout, the last one ``"phase": "summary"`` with every figure and its
ratio to the target (``<= 1`` is within target). A benchmark, not a test.
"""

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

TARGETS_MS = {"ageing_ms": 500, "status_ms": 20}


def info(message: str) -> None:
    print(f"[bench.credit] {message}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--lines", type=int, default=160_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=22)
    args = parser.parse_args(argv)

    from app.credit import Credit
    from app.records import Records
    from app.replica import Replica
    from bench.reports import USER_ID, build_replica

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "replica.sqlite3"
        started = time.perf_counter()
        rows = build_replica(path, args.customers, args.lines, args.seed)
        info(f"built {rows} rows in {time.perf_counter() - started:.1f} s")
        replica = Replica(path)
        credit = Credit(Records(replica, USER_ID), "credit")
        figures: dict[str, float] = {}
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            ageing = credit.ageing()
            times.append((time.perf_counter() - started) * 1000)
        figures["ageing_ms"] = statistics.median(times)
        receivables = len(credit.receivables())
        print(json.dumps({"phase": "ageing", "ms": times, "receivables": receivables,
                          "buckets": {c: {b: str(v) for b, v in d.items()}
                                      for c, d in ageing.items()}}), flush=True)  # fmt: skip
        customer_id = credit.receivables()[0].customer_id
        times = []
        for _ in range(args.repeat * 4):
            started = time.perf_counter()
            credit.status(customer_id)
            times.append((time.perf_counter() - started) * 1000)
        figures["status_ms"] = statistics.median(times)
        replica.close()
    summary = {
        "phase": "summary",
        "customers": args.customers,
        "lines": args.lines,
        "receivables": receivables,
        **{k: round(v, 1) for k, v in figures.items()},
        **{f"{k}_ratio": round(figures[k] / limit, 3) for k, limit in TARGETS_MS.items()},
    }
    print(json.dumps(summary), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
