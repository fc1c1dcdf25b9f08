"""The service desk's figures (issue 21): `python -m bench.service_desk`.

* ``suggestions_p95_ms``: `KnowledgeBase.suggestions` for a request (the "Suggested solutions"
  panel), on a replica holding ``--articles`` published articles (5,000) and ``--requests``
  service requests (50,000, four in five resolved), for ``--samples`` subjects like the ones
  stored; the first call (which reads the articles into memory) is ``suggestions_first_ms``
  and is not in the percentile. Target: p95 <= 50 ms.
* ``escalate_s`` (with ``--database-url``, e.g. PostgreSQL): `server.escalation.sweep` over
  ``--open`` open requests (100,000), a tenth of them overdue; ``escalate_again_s`` the second
  run, which changes nothing. Target: <= 5 s.

Output: JSON lines on stdout, the last one ``"phase": "summary"`` with every figure and its
ratio to its target (``<= 1`` is within target); progress on stderr. A benchmark, not a test.
"""

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

TARGETS = {"suggestions_p95_ms": 50.0, "escalate_s": 5.0}
THINGS = (
    "打印机",
    "复印机",
    "投影仪",
    "路由器",
    "服务器",
    "交换机",
    "笔记本",
    "显示器",
    "空调",
    "电梯",
)
FAULTS = ("卡纸", "无信号", "不开机", "噪音大", "漏水", "死机", "断网", "花屏", "过热", "异响")
PLACES = ("前台", "会议室", "财务部", "机房", "仓库", "二楼", "总经理室", "客服中心")


def info(message: str) -> None:
    print(f"[bench.service_desk] {message}", file=sys.stderr, flush=True)


def subject(rng: random.Random) -> str:
    return f"{rng.choice(PLACES)}{rng.choice(THINGS)}{rng.choice(FAULTS)}{rng.randint(1, 999)}"


def build_replica(path: Path, articles: int, requests: int, seed: int) -> Any:
    from sqlalchemy import insert

    from app.replica import Replica
    from sync.protocol.entities import Customer, KnowledgeArticle, ServiceRequest
    from sync.protocol.types import utcnow

    rng = random.Random(seed)
    replica = Replica(path)
    now = utcnow()
    common = {"version": 1, "created_at": now, "updated_at": now}
    customers = [
        {"id": str(uuid.uuid4()), "name": f"客户{i}", "kind": "company", "tier": "ordinary",
         "status": "active", "phones": [], "tags": [], **common}
        for i in range(2000)
    ]  # fmt: skip
    with replica.transaction() as session:
        session.execute(insert(Customer), customers)
        session.execute(
            insert(KnowledgeArticle),
            [
                {"id": str(uuid.uuid4()), "title": subject(rng), "problem": subject(rng),
                 "solution": "检查电源与连接线，清洁后重启" * 3, "tags": [rng.choice(THINGS)],
                 "published": True, **common}
                for _ in range(articles)
            ],
        )  # fmt: skip
        for start in range(0, requests, 5000):
            session.execute(
                insert(ServiceRequest),
                [
                    {"id": str(uuid.uuid4()), "customer_id": rng.choice(customers)["id"],
                     "subject": subject(rng), "kind": "repair", "priority": "normal",
                     "status": "resolved" if rng.random() < 0.8 else "new",
                     "resolution": "更换了配件", "escalation_level": 0, **common}
                    for _ in range(min(5000, requests - start))
                ],
            )  # fmt: skip
    return replica


def suggestions(args: argparse.Namespace) -> dict[str, float]:
    from app.knowledge import KnowledgeBase
    from app.records import Records

    rng = random.Random(args.seed + 1)
    with tempfile.TemporaryDirectory() as folder:
        info(f"replica: {args.articles} articles, {args.requests} requests")
        replica = build_replica(Path(folder) / "bench.sqlite3", args.articles, args.requests, 7)
        kb = KnowledgeBase(Records(replica, "u-bench"), "rep")
        started = time.perf_counter()
        kb.suggestions(subject(rng))
        first = (time.perf_counter() - started) * 1000
        times = []
        for _ in range(args.samples):
            started = time.perf_counter()
            found = kb.suggestions(subject(rng))
            times.append((time.perf_counter() - started) * 1000)
        replica.close()
    p95 = statistics.quantiles(times, n=20)[-1]
    figures = {
        "suggestions_first_ms": round(first, 1),
        "suggestions_median_ms": round(statistics.median(times), 1),
        "suggestions_p95_ms": round(p95, 1),
        "suggestions_last_found": float(len(found)),
    }
    print(json.dumps({"phase": "suggestions", **figures}), flush=True)
    return figures


def escalate(args: argparse.Namespace) -> dict[str, float]:
    from sqlalchemy import insert

    from server.db import Database, migrate
    from server.escalation import sweep
    from sync.protocol.entities import Customer, ServiceRequest
    from sync.protocol.types import utcnow

    database = Database(args.database_url)
    migrate(database.engine)
    rng = random.Random(args.seed)
    now = utcnow()
    common = {"version": 1, "created_at": now, "updated_at": now}
    info(f"server: {args.open} open requests")
    with database.transaction() as session:
        customers = [
            {"id": str(uuid.uuid4()), "name": f"bench客户{i}", "kind": "company",
             "tier": "ordinary", "status": "active", "phones": [], "tags": [], **common}
            for i in range(1000)
        ]  # fmt: skip
        session.execute(insert(Customer), customers)
        for start in range(0, args.open, 10000):
            session.execute(
                insert(ServiceRequest),
                [
                    {"id": str(uuid.uuid4()), "customer_id": rng.choice(customers)["id"],
                     "subject": "bench", "kind": "repair", "priority": "normal",
                     "status": "new", "escalation_level": 0,
                     "sla_due_at": now + timedelta(hours=rng.choice((-1, 5, 9, 20, 30, 40,
                                                                      50, 60, 70, 80))),
                     **common}
                    for _ in range(min(10000, args.open - start))
                ],
            )  # fmt: skip
    times = []
    for _ in range(2):
        started = time.perf_counter()
        with database.transaction() as session:
            count = sweep(session)
        times.append(time.perf_counter() - started)
        info(f"escalated {count}")
    database.engine.dispose()
    figures = {"escalate_s": round(times[0], 2), "escalate_again_s": round(times[1], 2)}
    print(json.dumps({"phase": "escalate", **figures}), flush=True)
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.service_desk", description=__doc__)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=50000)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--open", type=int, default=100000)
    parser.add_argument("--database-url", help="a server database to escalate on (empty one)")
    parser.add_argument("--seed", type=int, default=21)
    args = parser.parse_args(argv)
    figures = suggestions(args)
    if args.database_url:
        figures |= escalate(args)
    ratios = {k: round(figures[k] / limit, 2) for k, limit in TARGETS.items() if k in figures}
    print(json.dumps({"phase": "summary", **figures, "ratios": ratios}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
