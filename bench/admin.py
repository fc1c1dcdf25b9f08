"""The review queue and the audit log at company size (issue 26, item 5): `python -m bench.admin`.

Fills a scratch PostgreSQL database (created on 127.0.0.1:5432 as the tests do, trust auth;
$OUTPOST_TEST_PG names the admin DSN; dropped afterwards) with 1,000,000 audit entries and
50,000 review items (about 20,000 customers, whose names and rows the queue shows) by 200
people in 20 branches, migrated to the newest revision, then times
the screens' questions through the server's own code (`server.audit.entries`/`actions`,
`server.review.service.items`) and the answers' JSON, as the routes do: the first page and
filtered pages, and a page deep in the list taken by key. HTTP itself is not included.

Output: JSON lines on stdout (one per question: median and slowest of `--runs`, rows, and
`limit_ms` 300), the last one ``"phase": "summary"``; progress goes to stderr.
A benchmark, not a timed test: the figures depend on the machine.
"""

import argparse
import json
import os
import statistics
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

LIMIT_MS = 300
CUSTOMERS = 20_000
PG_ADMIN_DSN = os.environ.get("OUTPOST_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
ACTIONS = [
    ("login", 40),
    ("sync_push", 25),
    ("login_failed", 5),
    ("data_export", 4),
    ("reassign", 2),
    ("review_applied", 2),
    ("review_discarded", 1),
    ("offboard", 1),
    ("user_created", 1),
    ("password_reset", 1),
    ("audit_export", 1),
    ("device_lost", 1),
]  # weights per 84 entries; a few more rare ones are added below
RARE = ["branch_merged", "user_reactivated", "pool_sweep"]
ENTITIES = ["customer", "interaction", "opportunity", "task", "service_request", "contact"]
REASONS = ["departed", "forbidden", "not_found", "invalid", "duplicate"]


def info(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def emit(**fields: Any) -> None:
    print(json.dumps(fields, ensure_ascii=False), flush=True)


@contextmanager
def scratch_database(keep: bool) -> Iterator[str]:
    import psycopg

    name = f"outpost_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_DSN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    try:
        yield f"{base}/{name}"
    finally:
        if keep:
            info(f"kept database {name}")
        else:
            with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def fill(database: Any, audit_rows: int, review_rows: int) -> dict[str, Any]:
    """People, then the log and the queue in a few set-based INSERTs."""
    from sqlalchemy import text

    from server.models import Branch, User

    people: dict[str, Any] = {"reps": [], "managers": [], "branches": []}
    with database.transaction() as session:
        for b in range(20):
            branch = Branch(name=f"分公司 {b:02}", city=f"城市{b}")
            session.add(branch)
            session.flush()
            people["branches"].append(branch.name)
            manager = User(
                username=f"manager{b:02}",
                display_name=f"经理 {b:02}",
                password_hash="-",
                role="manager",
                branch_id=branch.id,
            )
            session.add(manager)
            people["managers"].append(manager.username)
            for r in range(9):
                rep = User(
                    username=f"rep{b:02}{r}",
                    display_name=f"销售 {b:02}{r}",
                    password_hash="-",
                    role="rep",
                    branch_id=branch.id,
                )
                session.add(rep)
                people["reps"].append(rep.username)
        session.add(User(username="admin", display_name="管理员", password_hash="-", role="admin"))

    from sqlalchemy import insert, select

    from sync.protocol.entities import Customer

    with database.transaction() as session:  # the customers the queued edits are about
        reps = session.execute(select(User.id, User.branch_id).where(User.role == "rep")).all()
        rows = [
            {
                "name": f"客户 {n:05}",
                "owner_id": reps[n % len(reps)][0],
                "branch_id": reps[n % len(reps)][1],
                "city": f"城市{n % 20}",
            }
            for n in range(CUSTOMERS)
        ]
        session.execute(insert(Customer), rows)

    weighted = [a for a, w in ACTIONS for _ in range(w)]
    started = time.perf_counter()
    with database.engine.begin() as conn:
        conn.execute(
            text(
                """
                INSERT INTO audit_log (at, user_id, action, entity, row_id, detail, ip)
                SELECT now() - make_interval(secs => (:n - g) * 60.0),
                       u.ids[1 + (g * 7919) % array_length(u.ids, 1)],
                       CASE WHEN g % 100000 = 0 THEN (CAST(:rare AS text[]))[1 + (g / 100000) % 3]
                            ELSE (CAST(:weighted AS text[]))[1 + (g * 31) % :weights] END,
                       'customer', md5(g::text), '{}', '10.0.0.1'
                FROM generate_series(CAST(1 AS bigint), :n) AS g,
                     (SELECT array_agg(id ORDER BY username) AS ids FROM users) AS u
                """
            ),
            {"n": audit_rows, "weighted": weighted, "weights": len(weighted), "rare": RARE},
        )
        audit_s = time.perf_counter() - started
        conn.execute(
            text(
                """
                INSERT INTO review_queue (user_id, device_id, seq, entity, row_id, op, changes,
                                          base, reason, message, at, decided_at, decided_by,
                                          decision)
                SELECT u.ids[1 + (g * 104729) % array_length(u.ids, 1)], md5('d' || g), g,
                       (CAST(:entities AS text[]))[1 + g % 6],
                       CASE WHEN g % 6 = 0 THEN c.ids[1 + g % array_length(c.ids, 1)]
                            ELSE md5('r' || g) END,
                       'update',
                       json_build_object(
                           'notes', '离职前的备注',
                           'customer_id', c.ids[1 + g % array_length(c.ids, 1)],
                           'user_id', u.ids[1 + g % array_length(u.ids, 1)]),
                       '{"notes": ""}',
                       (CAST(:reasons AS text[]))[1 + (g / 7) % 5], 'refused',
                       now() - make_interval(secs => (:n - g) * 600.0),
                       CASE WHEN g % 5 < 2 THEN now() END,
                       CASE WHEN g % 5 < 2 THEN u.ids[1] END,
                       CASE WHEN g % 5 < 2 THEN 'discarded' END
                FROM generate_series(CAST(1 AS bigint), :n) AS g,
                     (SELECT array_agg(id ORDER BY username) AS ids FROM users
                      WHERE role = 'rep') AS u,
                     (SELECT array_agg(id ORDER BY id) AS ids FROM customers) AS c
                """
            ),
            {"n": review_rows, "entities": ENTITIES, "reasons": REASONS},
        )
        conn.execute(text("ANALYZE"))
    emit(
        phase="fill",
        audit_rows=audit_rows,
        review_rows=review_rows,
        people=len(people["reps"]) + len(people["managers"]) + 1,
        audit_seconds=round(audit_s, 1),
        seconds=round(time.perf_counter() - started, 1),
    )
    return people


def timed(fn: Callable[[], int], runs: int) -> tuple[list[float], int]:
    times, rows = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        rows = fn()
        times.append((time.perf_counter() - started) * 1000)
    return times, rows


def questions(database: Any, people: dict[str, Any]) -> list[tuple[str, str, Callable[[], int]]]:
    from datetime import UTC, datetime

    from sqlalchemy import func, select

    from server import audit
    from server.models import AuditEntry, User
    from server.review import service as review
    from sync.protocol.staff import AuditActions, AuditRow, ReviewEntry

    def user(session: Any, username: str) -> Any:
        return session.scalar(select(User).where(User.username == username))

    def audit_page(**query: Any) -> Callable[[], int]:
        def run() -> int:
            with database.sessions() as session:
                rows = audit.entries(session, audit.AuditQuery(**query))
                answer = [
                    AuditRow(
                        id=e.id,
                        at=e.at,
                        username=name,
                        action=e.action,
                        entity=e.entity,
                        row_id=e.row_id,
                        ip=e.ip,
                        detail=e.detail or {},
                    ).model_dump_json()
                    for e, name in rows
                ]
                return len(answer)

        return run

    def actions() -> int:
        with database.sessions() as session:
            return len(AuditActions(actions=audit.actions(session)).model_dump_json()) and len(
                audit.actions(session)
            )

    def review_page(who: str, **query: Any) -> Callable[[], int]:
        def run() -> int:
            with database.sessions() as session:
                by = user(session, who)
                entries = review.items(session, by, query=review.ReviewQuery(**query))
                return len([ReviewEntry.model_dump_json(e) for e in entries])

        return run

    with database.sessions() as session:
        newest = session.scalar(select(func.max(AuditEntry.id))) or 0
    now = datetime.now(UTC)
    year_ago = now - timedelta(days=365)
    rep = people["reps"][17]
    manager = people["managers"][3]
    return [
        ("audit", "first page (500, newest first)", audit_page(limit=500)),
        ("audit", "page 1,000 rows deep by key", audit_page(limit=500, before=newest - 1000)),
        ("audit", "page half a million deep by key", audit_page(limit=500, before=newest // 2)),
        ("audit", "action=login (40%)", audit_page(limit=500, action="login")),
        ("audit", "action=offboard (1%)", audit_page(limit=500, action="offboard")),
        ("audit", "action=pool_sweep (rare)", audit_page(limit=500, action="pool_sweep")),
        ("audit", f"username={rep}", audit_page(limit=500, username=rep)),
        (
            "audit",
            "a week a year ago",
            audit_page(limit=500, since=year_ago, until=year_ago + timedelta(days=7)),
        ),
        (
            "audit",
            "action=data_export, a week a year ago",
            audit_page(
                limit=500,
                action="data_export",
                since=year_ago,
                until=year_ago + timedelta(days=7),
            ),
        ),
        (
            "audit",
            "username + action=reassign",
            audit_page(limit=500, username=rep, action="reassign"),
        ),
        ("audit", "the actions there are", actions),
        ("review", "admin: first page (100 open, oldest first)", review_page("admin", limit=100)),
        ("review", "admin: decided, first page", review_page("admin", decided=True, limit=100)),
        ("review", f"{manager}: first page", review_page(manager, limit=100)),
        ("review", "admin: page 20,000 items deep", review_page("admin", limit=100, after=40_000)),
        ("review", f"admin: author={rep}", review_page("admin", limit=100, author=rep)),
        (
            "review",
            f"admin: branch={people['branches'][5]}",
            review_page("admin", limit=100, branch=people["branches"][5]),
        ),
        (
            "review",
            "admin: entity=task, reason=departed",
            review_page("admin", limit=100, entity="task", reason="departed"),
        ),
        (
            "review",
            "admin: a week 100 days ago",
            review_page(
                "admin",
                limit=100,
                since=now - timedelta(days=100),
                until=now - timedelta(days=93),
            ),
        ),
        (
            "review",
            f"{manager}: reason=duplicate",
            review_page(manager, limit=100, reason="duplicate"),
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--audit", type=int, default=1_000_000, help="audit entries")
    parser.add_argument("--review", type=int, default=50_000, help="review items")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per question")
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    args = parser.parse_args(argv)

    from server.db import Database, migrate

    failed = []
    with scratch_database(args.keep) as url:
        database = Database(url)
        try:
            migrate(database.engine)
            info(f"filling {args.audit:,} audit entries and {args.review:,} review items…")
            people = fill(database, args.audit, args.review)
            for screen, what, run in questions(database, people):
                run()  # warm: the first query of a kind plans and reads from disk
                times, rows = timed(run, args.runs)
                median, slowest = statistics.median(times), max(times)
                ok = slowest <= LIMIT_MS
                if not ok:
                    failed.append(f"{screen}: {what}")
                emit(
                    phase="query",
                    screen=screen,
                    question=what,
                    rows=rows,
                    median_ms=round(median, 1),
                    max_ms=round(slowest, 1),
                    limit_ms=LIMIT_MS,
                    ok=ok,
                )
        finally:
            database.dispose()
    emit(phase="summary", limit_ms=LIMIT_MS, ok=not failed, over_limit=failed)
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
