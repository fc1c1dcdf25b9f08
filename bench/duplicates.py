"""The server's duplicate check across the company: `python -m bench.duplicates`.

(`--customers 1000000` by default.)

What it measures, and why
-------------------------
A rep typing a new customer asks the server whether anyone in the company already has them
(`POST /api/v1/customers/duplicates`, `server.customers.duplicates.check`); the answer must
come while the rep still looks at the form. The company's book is ``--customers`` customers
(names, phones and registration numbers from `bench.sync`'s generator) spread over
``--reps`` reps in ten branches, with their duplicate keys as push and migration 0012 write
them, on PostgreSQL (a fresh database, dropped afterwards, unless ``--database-url``).

* ``check_p95_ms`` / ``_median``: the check as the server runs it (the service function in
  this process: key lookups, the candidates' rows, masking, owners' names), for ``--checks``
  forms: half a customer of another rep typed again (the phone written "+86 1xx-xxxx-xxxx"),
  half someone new; the caller is a rep who owns none of them. Target p95 <= 100 ms.
* ``http_p95_ms`` / ``_median`` (with ``--http``): the same over HTTP through
  `outpost-server serve` on loopback, sign-in and JSON included.

Output: JSON lines on stdout, the last ``"phase": "summary"``; progress on stderr.
"""

import argparse
import contextlib
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

TARGET_MS = 100
BRANCHES = 10
PASSWORD = "bench duplicates 42"


def info(message: str) -> None:
    print(f"[bench.duplicates] {message}", file=sys.stderr, flush=True)


def emit(phase: str, **values: Any) -> None:
    print(json.dumps({"phase": phase, **values}, ensure_ascii=False), flush=True)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.duplicates")
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--reps", type=int, default=200)
    parser.add_argument("--checks", type=int, default=400)
    parser.add_argument("--batch", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--database-url", help="PostgreSQL URL (default: a fresh database)")
    parser.add_argument("--http", action="store_true", help="also measure over HTTP")
    return parser


@contextlib.contextmanager
def _database(url: str | None) -> Iterator[str]:
    if url:
        yield url
        return
    from tests.support.servers import postgres_available, postgres_database

    if not postgres_available():
        raise SystemExit("PostgreSQL is not running at 127.0.0.1:5432 (or give --database-url)")
    with postgres_database() as fresh:
        yield fresh


def seed(url: str, args: argparse.Namespace) -> list[dict[str, Any]]:
    """Reps in ten branches, then the customers and their keys, batch by batch."""
    from sqlalchemy import insert

    from bench.sync import Generator
    from server.db import Database, migrate
    from server.models import DuplicateKey
    from server.users.service import create_user
    from sync.protocol.dedupe import customer_keys
    from sync.protocol.entities import Customer
    from sync.protocol.enums import Role
    from sync.protocol.types import utcnow

    database = Database(url)
    migrate(database.engine)
    reps: list[dict[str, Any]] = []
    with database.transaction() as session:
        for n in range(args.reps):
            user = create_user(
                session,
                username=f"rep{n}",
                password=PASSWORD,
                role=Role.REP,
                branch=f"Branch {n % BRANCHES}",
                display_name=f"Rep {n}",
            )
            reps.append({"id": user.id, "branch_id": user.branch_id, "username": user.username})
    generator = Generator(args.seed, reps[0]["id"], reps[0]["branch_id"])
    now = utcnow()
    done = 0
    for start in range(0, args.customers, args.batch):
        stop = min(start + args.batch, args.customers)
        rows = [generator.customer(i) for i in range(start, stop)]
        keys = []
        for i, row in enumerate(rows, start):
            rep = reps[i % len(reps)]
            row.update(owner_id=rep["id"], branch_id=rep["branch_id"], version=1)
            row["created_at"] = row["updated_at"] = now
            keys += [
                {"tag": tag, "value": value, "customer_id": row["id"]}
                for tag, value in customer_keys(
                    row["kind"], row["name"], row["phones"], row["email"], row["registration_no"]
                )
            ]
        with database.transaction() as session:
            session.execute(insert(Customer.__table__), rows)
            session.execute(insert(DuplicateKey.__table__), keys)
        done = stop
        info(f"seeded {done}/{args.customers} customers")
    with database.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    database.dispose()
    return reps


def probes(url: str, args: argparse.Namespace, asker: str) -> list[dict[str, Any]]:
    """Half customers of other reps typed again, half people nobody has."""
    from sqlalchemy import select

    from server.db import Database
    from sync.protocol.entities import Customer

    database = Database(url)
    rng = random.Random(args.seed)
    with database.sessions() as session:
        rows = session.execute(
            select(Customer.kind, Customer.name, Customer.phones, Customer.registration_no)
            .where(Customer.owner_id != asker)
            .limit(args.checks * 20)
        ).all()
    database.dispose()
    chosen = rng.sample(rows, min(args.checks, len(rows)))
    out = []
    for n, (kind, name, phones, registration_no) in enumerate(chosen):
        digits = "".join(ch for ch in phones[0] if ch.isdigit())
        if n % 2:
            name, digits, registration_no = f"{name[:1]}新{name[1:]}", f"177{digits[3:]}", None
        out.append(
            {
                "kind": kind,
                "name": name,
                "phones": [f"+86 {digits[:3]}-{digits[3:7]}-{digits[7:]}"],
                "registration_no": registration_no,
            }
        )
    return out


def measure_service(
    url: str, asker_id: str, forms: list[dict[str, Any]]
) -> tuple[list[float], int]:
    from server.customers.duplicates import check
    from server.db import Database
    from server.models import User
    from sync.protocol.duplicates import DuplicateQuery

    database = Database(url)
    times, found = [], 0
    with database.sessions() as session:
        caller = session.get(User, asker_id)
        assert caller is not None
        check(session, caller, DuplicateQuery(name="预热", phones=["13800138000"]))
        for form in forms:
            started = time.perf_counter()
            answer = check(session, caller, DuplicateQuery(**form))
            times.append((time.perf_counter() - started) * 1000)
            found += bool(answer.matches)
            assert all(m.masked and m.id is None for m in answer.matches)
    database.dispose()
    return times, found


def measure_http(url: str, username: str, forms: list[dict[str, Any]]) -> list[float]:
    import requests

    from tests.support.servers import ServerProcess

    with tempfile.TemporaryDirectory(prefix="outpost-bench-dup-") as work:
        server = ServerProcess(url, Path(work) / "server.log").start()
        try:
            http = requests.Session()
            http.trust_env = False
            pair = http.post(
                f"{server.url}/api/v1/auth/login",
                json={"username": username, "password": PASSWORD, "device_name": "bench"},
            ).json()
            headers = {"Authorization": f"Bearer {pair['access_token']}"}
            endpoint = f"{server.url}/api/v1/customers/duplicates"
            http.post(endpoint, json=forms[0], headers=headers).raise_for_status()
            times = []
            for form in forms:
                started = time.perf_counter()
                http.post(endpoint, json=form, headers=headers).raise_for_status()
                times.append((time.perf_counter() - started) * 1000)
            return times
        finally:
            server.stop()


def stats(prefix: str, values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        f"{prefix}_median_ms": round(statistics.median(values), 1),
        f"{prefix}_p95_ms": round(p95, 1),
        f"{prefix}_max_ms": round(ordered[-1], 1),
    }


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    with _database(args.database_url) as url:
        started = time.perf_counter()
        reps = seed(url, args)
        emit("seed", customers=args.customers, seconds=round(time.perf_counter() - started, 1))
        asker = {"id": str(uuid.uuid4()), "username": ""}
        # a rep of their own: owns none of the book
        from server.db import Database
        from server.users.service import create_user
        from sync.protocol.enums import Role

        database = Database(url)
        with database.transaction() as session:
            user = create_user(
                session,
                username="asker",
                password=PASSWORD,
                role=Role.REP,
                branch="Branch 0",
                display_name="Asker",
            )
            asker = {"id": user.id, "username": "asker"}
        database.dispose()
        forms = probes(url, args, asker["id"])
        times, found = measure_service(url, asker["id"], forms)
        emit("service", checks=len(times), with_match=found, **stats("check", times))
        figures = {"customers": args.customers, "reps": len(reps), **stats("check", times)}
        if args.http:
            over_http = measure_http(url, asker["username"], forms)
            emit("http", checks=len(over_http), **stats("http", over_http))
            figures.update(stats("http", over_http))
    figures["check_p95_ratio_to_target"] = round(figures["check_p95_ms"] / TARGET_MS, 2)
    emit("summary", database="postgresql", **figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
