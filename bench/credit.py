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
* ``server_ageing_ms`` (``--receivables N``, on PostgreSQL when one is reachable at
  ``OUTPOST_TEST_PG``): `server.credit_report.ageing` as an administrator over N signed
  contracts (one line each, a payment on most) of 20,000 customers. Target <= 1,000 ms for
  200,000.

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

TARGETS_MS = {"ageing_ms": 500, "status_ms": 20, "server_ageing_ms": 1000}


def info(message: str) -> None:
    print(f"[bench.credit] {message}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--lines", type=int, default=160_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=22)
    parser.add_argument("--receivables", type=int, default=200_000, help="0: no server part")
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
    if args.receivables:
        server_ms = server_ageing(args.receivables, args.repeat, args.seed)
        if server_ms is not None:
            figures["server_ageing_ms"] = server_ms
    summary = {
        "phase": "summary",
        "customers": args.customers,
        "lines": args.lines,
        "receivables": receivables,
        **{k: round(v, 1) for k, v in figures.items()},
        **{
            f"{k}_ratio": round(figures[k] / limit, 3)
            for k, limit in TARGETS_MS.items()
            if k in figures
        },
    }
    print(json.dumps(summary), flush=True)
    return 0


def server_ageing(receivables: int, repeat: int, seed: int) -> float | None:
    """The server's ageing over `receivables` contracts on a fresh PostgreSQL database."""
    import random
    import uuid
    from datetime import UTC, date, datetime, timedelta
    from decimal import Decimal

    from sqlalchemy import insert

    from server.credit_report import ageing
    from server.db import Database, migrate
    from server.models import User
    from sync.protocol.entities import Contract, ContractLine, Customer, Payment
    from tests.support.servers import postgres_available, postgres_database

    if not postgres_available():
        info("no PostgreSQL: server part skipped")
        return None
    rng = random.Random(seed)
    now = datetime.now(UTC)
    today = date.today()
    with postgres_database() as url:
        database = Database(url)
        migrate(database.engine)

        def base() -> dict[str, object]:
            return {"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "version": 1,
                    "created_at": now, "updated_at": now, "created_by": None,
                    "updated_by": None, "deleted_at": None}  # fmt: skip

        customers = []
        for n in range(20_000):
            row = base()
            row.update(kind="company", name=f"客户{n}", tier="ordinary", status="active",
                       owner_id=None, branch_id=None, phones=[], tags=[])  # fmt: skip
            customers.append(row)
        started = time.perf_counter()
        with database.transaction() as session:
            session.execute(insert(Customer.__table__), customers)
        for start in range(0, receivables, 20_000):
            contracts, lines, payments = [], [], []
            for n in range(start, min(start + 20_000, receivables)):
                contract = base()
                customer = customers[n % len(customers)]
                due = today - timedelta(days=rng.randrange(-30, 150))
                contract.update(customer_id=customer["id"], number=f"HT-{n:07d}",
                                currency="CNY", status="active", payment_due=due)  # fmt: skip
                contracts.append(contract)
                price = Decimal(rng.randrange(100, 100_000))
                line = base()
                line.update(customer_id=customer["id"], contract_id=contract["id"],
                            quantity=Decimal(1), unit_price=price, discount=Decimal(0),
                            position=0)  # fmt: skip
                lines.append(line)
                if rng.random() < 0.7:
                    payment = base()
                    payment.update(customer_id=customer["id"], contract_id=contract["id"],
                                   received_on=today, amount=price / 2, method="cash")  # fmt: skip
                    payments.append(payment)
            with database.transaction() as session:
                session.execute(insert(Contract.__table__), contracts)
                session.execute(insert(ContractLine.__table__), lines)
                session.execute(insert(Payment.__table__), payments)
        with database.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
        info(f"PostgreSQL: {receivables} contracts in {time.perf_counter() - started:.1f} s")
        admin = User(id="bench-admin", username="bench", role="admin")
        times = []
        for _ in range(repeat):
            with database.transaction() as session:
                started = time.perf_counter()
                answer = ageing(session, admin, today)
                times.append((time.perf_counter() - started) * 1000)
        print(json.dumps({"phase": "server_ageing", "ms": times,
                          "receivables": answer.receivables}), flush=True)  # fmt: skip
        database.dispose()
    return statistics.median(times)


if __name__ == "__main__":
    sys.exit(main())
