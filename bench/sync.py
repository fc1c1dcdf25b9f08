"""Sync throughput and latency against a real server: `python -m bench.sync --customers 100000`.

What it measures, and why
-------------------------
A rep's laptop must download its whole book (customers and their contact history) on first
sign-in, and afterwards every small edit must travel both ways quickly. This benchmark runs the
real parts, the same way the system tests do: a server database seeded with one rep's customers,
`outpost-server serve` in a subprocess on loopback, and desktop clients without the desktop
(`tests.support.clients.connect`: login, replica file, `SyncEngine`).

* ``initial_rows_per_s``: rows per second of the client's first `sync_now()` (empty replica,
  full pull of every row in scope, count verification included) over HTTP.
* ``limit_rows_per_s``: what this machine can do at best with the same data in-process: decode
  the very JSON bodies the server sent during the initial sync (`orjson.loads`, as the client
  does) and insert the rows
  with `sqlite3.executemany` into a fresh SQLite file that has the same entity tables and indexes
  (WAL, synchronous=NORMAL, one transaction per page, list columns dumped to JSON text, other
  values stored as they arrive). No HTTP, no server work, no type conversion, no upsert:
  a floor under the cost of any client, so ``ratio_to_limit`` = initial / limit says how much of
  the machine the whole pipeline leaves unused. Target: ratio >= 1/3 (and >= 20,000 rows/s).
* ``incremental_roundtrip_ms_median`` / ``_p95``: per round, client A edits a customer through
  `Records.update`, client B (same user, another replica) edits another customer and syncs it up,
  then A's `sync_now()` is timed: it pushes A's edit and pulls B's, which is asserted to have
  arrived. Target: median <= 20 ms. Rounds verify the scope counts only every
  `SyncEngine.verify_interval` (10 minutes), so these rounds do not; ``verify_round_ms`` is the
  same round with the verification (a count of every row in scope on the server), once.
* ``first_push_after_initial_ms``: the first `sync_now()` with one pending edit right after the
  initial sync (cold client statement caches, first pull with a non-zero cursor), against
  ``later_push_ms_median``: the same once the clients are warm. Before the initial sync another
  device pushes one edit, as a server in service has handled pushes before; without it this
  figure measured the server process's own first push (~25 ms of one-time set-up).
  ``second_push_after_initial_ms``: the push right after that one. A re-scan of the replica
  (PouchDB's minute) would make every push slow until it ends; a one-time cost of the first
  push of a process (statements prepared on both sides) leaves the second one at the median.

Client B starts as a copy of A's replica (SQLite backup API) made right after A's initial sync,
then signs in as a device of its own, so the setup does not pay for a second full download.

Seeding writes the customers and ``--interactions-per-customer`` interactions each with
SQLAlchemy Core bulk inserts, ``--batch-customers`` customers per transaction, each transaction
stamped with its own change number (`next_version`), the way a server fills up over time. On
PostgreSQL the tables are then ANALYZEd, as autovacuum would do a minute later; without it the
planner believes the freshly loaded tables are nearly empty and picks nested loops that make
every pull take about a second. SQLite is left as the server leaves it (no ANALYZE);
``--analyze`` / ``--no-analyze`` overrides both.

Output: JSON lines on stdout (one object per phase, then a ``"phase": "summary"`` line with every
figure); progress goes to stderr. The run cleans up its temporary directory and stops the server
even when it fails. ``--profile DIR`` adds client-side cProfile dumps of the initial sync, the
first push and the round-trip loop (both clients' work; timings then include the profiler's
overhead). The server runs in its own process and is not profiled.
"""

import argparse
import cProfile
import io
import json
import pstats
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import orjson
from sqlalchemy import JSON, Table, create_engine, insert

from server.db import Database, migrate
from server.sync.versions import next_version
from server.users.service import create_user
from sync.client.engine import PAGE_SIZE
from sync.client.http import ServerApi
from sync.protocol.db import dump_json
from sync.protocol.entities import ENTITIES, Customer, Entity, Interaction
from sync.protocol.enums import CustomerKind, InteractionKind, LifecycleStatus, Role, Tier
from sync.protocol.wire import MAX_PAGE, Mutation, MutationOp, PushRequest
from tests.support.clients import Client, connect
from tests.support.servers import ServerProcess

T = TypeVar("T")
Row = dict[str, Any]

PASSWORD = "bench-password-1"
BRANCH = "Bench"
TARGET_RATIO = 1 / 3
TARGET_ROWS_PER_S = 20_000
TARGET_ROUNDTRIP_MS = 20.0

CUSTOMERS: Table = Customer.__table__  # type: ignore[assignment]
INTERACTIONS: Table = Interaction.__table__  # type: ignore[assignment]


def info(message: str) -> None:
    print(f"[bench.sync] {message}", file=sys.stderr, flush=True)


def emit(phase: str, **values: Any) -> None:
    print(json.dumps({"phase": phase, **values}, ensure_ascii=False), flush=True)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench.sync", description=__doc__.split("\n", 1)[0]
    )
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--interactions-per-customer", type=int, default=3)
    parser.add_argument(
        "--database-url",
        help="server database (SQLAlchemy URL); it gets a new rep and its rows, which stay "
        "(default: a fresh SQLite file in a temporary directory)",
    )
    parser.add_argument(
        "--page-size", type=int, default=PAGE_SIZE, help="client pull page size (the app's)"
    )
    parser.add_argument("--roundtrips", type=int, default=30)
    parser.add_argument(
        "--batch-customers",
        type=int,
        default=5000,
        help="customers (with their interactions) per seeding transaction / change number",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--analyze",
        action=argparse.BooleanOptionalAction,
        help="run ANALYZE after seeding (default: on PostgreSQL only, as autovacuum soon would; "
        "the server never analyzes a SQLite database)",
    )
    parser.add_argument("--profile", type=Path, metavar="DIR", help="write client cProfile dumps")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    return parser


# --- seeding ---------------------------------------------------------------------------------

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文斌宇浩凯鹏飞俊帆晨欣怡雪梅兰"
CITIES = ("上海", "北京", "深圳", "广州", "杭州", "南京", "成都", "武汉", "苏州", "天津")
STREETS = ("人民路", "中山路", "解放路", "南京西路", "建设大道", "长江路", "淮海中路", "和平街")
INDUSTRIES = ("制造业", "零售", "物流", "教育", "医疗", "金融", "餐饮", "房地产", None)
SOURCES = ("转介绍", "展会", "官网", "电话营销", "老客户", None)
TAGS = ("VIP", "回访", "高潜力", "价格敏感", "老客户", "新客户", "企业客户", "需跟进")
SUBJECTS = (
    "电话回访：了解近期需求",
    "上门拜访，介绍新产品方案",
    "发送报价单并确认交付时间",
    "客户咨询售后服务流程",
    "季度业务回顾会议",
)
BODIES = (
    "客户对上次的服务比较满意，希望下个月再详细沟通一次续约事宜，并了解新的优惠政策。",
    "介绍了年度套餐和增值服务，客户表示需要和家人商量，约定下周电话跟进。",
    "客户反馈交付时间偏长，已记录并转交运营同事处理，承诺三个工作日内答复。",
    "Discussed renewal terms and the new service bundle; the client asked for a written quote.",
)
OUTCOMES = ("有意向", "需要再跟进", "已成交", "暂无需求", None)
STEPS = ("一周后电话回访", "发送合同草稿", "安排第二次上门", None)


def _pick(rng: random.Random, values: Sequence[T]) -> T:
    return values[int(rng.random() * len(values))]


class Generator:
    """Plausible rows of one rep's book (Chinese names, phones, tags, history) from one seed."""

    def __init__(self, seed: int, owner_id: str, branch_id: str) -> None:
        self.rng = random.Random(seed)
        self.owner_id = owner_id
        self.branch_id = branch_id
        self.now = datetime.now(UTC).replace(microsecond=0)

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def moment(self, after: datetime) -> datetime:
        return after + (self.now - after) * self.rng.random()

    def customer(self, index: int) -> Row:
        rng = self.rng
        company = rng.random() < 0.15
        city = _pick(rng, CITIES)
        if company:
            name = f"{city}{_pick(rng, SURNAMES)}{_pick(rng, GIVEN)}科技有限公司"
        else:
            name = _pick(rng, SURNAMES) + "".join(_pick(rng, GIVEN) for _ in range(1 + index % 2))
        created = self.now - timedelta(days=730 * rng.random() + 1)
        birthday = date(1950 + index % 50, 1 + index % 12, 1 + index % 28)
        phones = [f"1{rng.randint(30, 99)} {rng.randint(0, 9999):04d} {rng.randint(0, 9999):04d}"]
        if rng.random() < 0.2:
            phones.append(f"021-{rng.randint(10000000, 99999999)}")
        return {
            "id": self.uuid(),
            "version": 0,
            "created_at": created,
            "updated_at": self.moment(created),
            "created_by": self.owner_id,
            "updated_by": self.owner_id,
            "deleted_at": None,
            "kind": (CustomerKind.COMPANY if company else CustomerKind.PERSON).value,
            "name": name,
            "tier": _pick(rng, list(Tier)).value,
            "status": _pick(rng, list(LifecycleStatus)).value,
            "owner_id": self.owner_id,
            "branch_id": self.branch_id,
            "phones": phones,
            "email": f"c{index}@example.com" if rng.random() < 0.5 else None,
            "address": f"{city}市{_pick(rng, STREETS)}{rng.randint(1, 999)}号",
            "city": city,
            "industry": _pick(rng, INDUSTRIES),
            "source": _pick(rng, SOURCES),
            "birthday": None if company else birthday,
            "registration_no": f"91310000{index:010d}" if company else None,
            "company_size": "small" if company else None,
            "tags": rng.sample(TAGS, int(rng.random() * 4)),
            "notes": "重要客户，节假日需要问候。" if rng.random() < 0.2 else None,
        }

    def interaction(self, customer: Row) -> Row:
        rng = self.rng
        when = self.moment(customer["created_at"])
        step = _pick(rng, STEPS)
        return {
            "id": self.uuid(),
            "version": 0,
            "created_at": when,
            "updated_at": when,
            "created_by": self.owner_id,
            "updated_by": self.owner_id,
            "deleted_at": None,
            "customer_id": customer["id"],
            "contact_id": None,
            "kind": _pick(rng, list(InteractionKind)).value,
            "occurred_at": when,
            "user_id": self.owner_id,
            "subject": _pick(rng, SUBJECTS),
            "body": _pick(rng, BODIES),
            "outcome": _pick(rng, OUTCOMES),
            "next_step": step,
            "next_step_due": (when + timedelta(days=7)).date() if step else None,
        }


@dataclass
class Seeded:
    username: str
    user_id: str
    customer_ids: list[str]
    rows: int
    transactions: int


def seed(database: Database, args: argparse.Namespace) -> Seeded:
    """A new rep of branch Bench and its customers with their interactions, batch by batch."""
    username = f"bench{uuid.uuid4().hex[:8]}"
    with database.transaction() as session:
        user = create_user(
            session, username=username, password=PASSWORD, role=Role.REP, branch=BRANCH
        )
        user_id, branch_id = user.id, str(user.branch_id)
    generator = Generator(args.seed, user_id, branch_id)
    ids: list[str] = []
    rows = transactions = 0
    for start in range(0, args.customers, args.batch_customers):
        stop = min(start + args.batch_customers, args.customers)
        customers = [generator.customer(index) for index in range(start, stop)]
        interactions = [
            generator.interaction(customer)
            for customer in customers
            for _ in range(args.interactions_per_customer)
        ]
        with database.transaction() as session:
            version = next_version(session)  # one change number for the whole batch
            for row in (*customers, *interactions):
                row["version"] = version
            session.execute(insert(CUSTOMERS), customers)
            if interactions:
                session.execute(insert(INTERACTIONS), interactions)
        ids += [customer["id"] for customer in customers]
        rows += len(customers) + len(interactions)
        transactions += 1
        info(f"seeded {stop}/{args.customers} customers ({rows} rows)")
    return Seeded(username, user_id, ids, rows, transactions)


# --- clients ---------------------------------------------------------------------------------


class RecordingApi(ServerApi):
    """The client's HTTP API, keeping the raw body of every pull answer while `recording`."""

    def __init__(self, base_url: str, *, timeout: float = 120.0) -> None:
        super().__init__(base_url, timeout=timeout)
        self.recording = False
        self.pages: list[bytes] = []
        self._http.hooks["response"].append(self._keep)

    def _keep(self, response: Any, *_args: Any, **_kwargs: Any) -> Any:
        if self.recording and response.request.url.endswith("/sync/pull"):
            self.pages.append(response.content)
        return response


def timed(action: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


@contextmanager
def profiled(directory: Path | None, name: str) -> Iterator[None]:
    """cProfile the block into DIR/name.prof (and a summary on stderr) when --profile is on."""
    if directory is None:
        yield
        return
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        yield
    finally:
        profiler.disable()
        directory.mkdir(parents=True, exist_ok=True)
        profiler.dump_stats(directory / f"{name}.prof")
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(30)
        info(f"profile of {name} (client side):\n{text.getvalue()}")


def warm_up(server_url: str, seeded: Seeded) -> None:
    """A server in service has handled pushes before: one from another device first, so the
    first push measured is not also the server process's first (statement caches, imports)."""
    api = ServerApi(server_url)
    try:
        token = api.login(seeded.username, PASSWORD, "bench warm-up", None)["access_token"]
        row_id = seeded.customer_ids[-1]
        [row] = api.rows(token, "customer", [row_id])
        mutation = Mutation(
            seq=1,
            entity="customer",
            row_id=row_id,
            op=MutationOp.UPDATE,
            changes={"notes": "bench: warm-up"},
            base={"notes": row["notes"]},
        )
        answer = api.push(token, PushRequest(mutations=[mutation]))
        if answer["results"][0]["status"] == "rejected":
            raise RuntimeError(f"warm-up push rejected: {answer['results'][0]}")
    finally:
        api.close()


def clone_replica(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dest:
        src.backup(dest)
    src.close()
    dest.close()


def edit(client: Client, customer_id: str, note: str) -> float:
    """A local edit as the UI makes it; returns its duration in seconds."""
    _row, seconds = timed(lambda: client.records.update("customer", customer_id, {"notes": note}))
    return seconds


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def summary(values_s: list[float]) -> dict[str, float]:
    values = sorted(values_s)
    p95 = values[0]
    if len(values) > 1:
        p95 = statistics.quantiles(values, n=20, method="inclusive")[18]
    return {
        "median": ms(statistics.median(values)),
        "p95": ms(p95),
        "min": ms(values[0]),
        "max": ms(values[-1]),
    }


# --- the in-process limit --------------------------------------------------------------------


def measure_limit(pages: list[bytes], path: Path) -> tuple[int, float]:
    """Rows and seconds to json-decode `pages` and bulk insert their rows into a fresh file."""
    engine = create_engine(f"sqlite:///{path}")
    Entity.metadata.create_all(engine)
    engine.dispose()
    plans: dict[str, tuple[str, list[tuple[str, bool]]]] = {}
    for name, cls in ENTITIES.items():
        table: Table = cls.__table__  # type: ignore[assignment]
        columns = [(c.key, isinstance(c.type, JSON)) for c in table.columns]
        marks = ", ".join("?" for _ in columns)
        names = ", ".join(key for key, _ in columns)
        plans[name] = (f"INSERT INTO {table.name} ({names}) VALUES ({marks})", columns)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        rows = 0
        start = time.perf_counter()
        for body in pages:
            page = orjson.loads(body)
            by_entity: dict[str, list[Row]] = defaultdict(list)
            for change in page["changes"]:
                by_entity[change["entity"]].append(change["row"])
            conn.execute("BEGIN")
            for entity, wire_rows in by_entity.items():
                if entity not in plans:
                    continue
                sql, columns = plans[entity]
                conn.executemany(
                    sql,
                    [
                        tuple(
                            dump_json(row.get(key)) if is_json else row.get(key)
                            for key, is_json in columns
                        )
                        for row in wire_rows
                    ],
                )
                rows += len(wire_rows)
            conn.execute("COMMIT")
        return rows, time.perf_counter() - start
    finally:
        conn.close()


# --- the run ---------------------------------------------------------------------------------


def run(args: argparse.Namespace, work: Path, stack: ExitStack) -> dict[str, Any]:
    url = args.database_url or f"sqlite:///{work / 'server.sqlite3'}"
    database = Database(url)
    stack.callback(database.dispose)
    migrate(database.engine)
    info(f"seeding {args.customers} customers x {args.interactions_per_customer} interactions")
    seeded, seed_s = timed(lambda: seed(database, args))
    analyze = args.analyze if args.analyze is not None else not url.startswith("sqlite")
    if analyze:
        with database.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    database.dispose()
    emit(
        "seed",
        customers=args.customers,
        rows=seeded.rows,
        transactions=seeded.transactions,
        seconds=round(seed_s, 2),
    )

    server = ServerProcess(url, work / "server.log")
    stack.callback(server.stop)
    server.start(timeout=120)
    info(f"server at {server.url}")

    def client(name: str, api: ServerApi | None = None) -> Client:
        opened = connect(
            server.url,
            seeded.username,
            PASSWORD,
            work / f"{name}.sqlite3",
            api=api,
            page_size=args.page_size,
        )
        stack.callback(opened.close)
        return opened

    warm_up(server.url, seeded)

    # 1. initial sync of an empty replica
    api = RecordingApi(server.url)
    a = client("a", api)
    info("initial sync of client A")
    api.recording = True
    with profiled(args.profile, "initial_sync"):
        report, initial_s = timed(a.engine.sync_now)
    api.recording = False
    if report.received != seeded.rows:
        raise RuntimeError(f"initial sync received {report.received} rows, seeded {seeded.rows}")
    initial_rate = report.received / initial_s
    emit(
        "initial",
        rows=report.received,
        pages=report.pages,
        seconds=round(initial_s, 3),
        rows_per_s=round(initial_rate),
        repaired=report.repaired,
    )

    # 2. the first push right after it
    customers = seeded.customer_ids
    edit(a, customers[0], "bench: first push after the initial sync")
    with profiled(args.profile, "first_push"):
        report, first_push_s = timed(a.engine.sync_now)
    if report.pushed != 1:
        raise RuntimeError(f"first push pushed {report.pushed} mutations, expected 1")
    edit(a, customers[1], "bench: second push after the initial sync")
    _, second_push_s = timed(a.engine.sync_now)
    emit("first_push", ms=ms(first_push_s), second_ms=ms(second_push_s), received=report.received)

    # 3. client B: a copy of A's replica, signed in as a device of its own
    clone_replica(a.path, work / "b.sqlite3")
    b = client("b")
    b.engine.sync_now()

    # 4. round trips: A pushes its edit and pulls B's
    info(f"{args.roundtrips} round trips")
    rng = random.Random(args.seed + 1)
    rounds: list[float] = []
    edits: list[float] = []
    received: list[int] = []
    with profiled(args.profile, "roundtrips"):
        for number in range(args.roundtrips):
            mine, theirs = rng.sample(customers, 2)
            note_a, note_b = f"bench round {number} by A", f"bench round {number} by B"
            edits.append(edit(a, mine, note_a))
            edit(b, theirs, note_b)
            b.engine.sync_now()
            report, seconds = timed(a.engine.sync_now)
            if report.pushed != 1:
                raise RuntimeError(f"round {number}: A pushed {report.pushed} mutations")
            if a.records.get("customer", theirs)["notes"] != note_b:
                raise RuntimeError(f"round {number}: B's edit did not reach A")
            rounds.append(seconds)
            received.append(report.received)
    roundtrip = summary(rounds)
    emit(
        "roundtrips",
        rounds=len(rounds),
        ms=roundtrip,
        local_edit_ms_median=summary(edits)["median"],
        rows_received_per_round=statistics.median(received),
    )

    # 5. warm pushes of one edit, nothing to pull from others
    pushes: list[float] = []
    for number in range(args.roundtrips):
        edit(a, rng.choice(customers), f"bench push {number}")
        report, seconds = timed(a.engine.sync_now)
        if report.pushed != 1:
            raise RuntimeError(f"push {number}: A pushed {report.pushed} mutations")
        pushes.append(seconds)
    later_push = summary(pushes)
    emit("later_pushes", pushes=len(pushes), ms=later_push)

    # 6. one round that verifies the scope counts, as every verify_interval does
    edit(a, customers[1], "bench: a round that verifies")
    a.engine.verify_interval, interval = 0, a.engine.verify_interval
    report, verify_s = timed(a.engine.sync_now)
    a.engine.verify_interval = interval
    if report.repaired:
        raise RuntimeError(f"verification repaired {report.repaired} rows of a correct replica")
    emit("verify_round", ms=ms(verify_s))

    # 7. the in-process limit on the same wire bodies
    info(f"limit: orjson.loads + sqlite3.executemany of {len(api.pages)} recorded pages")
    limit_rows, limit_s = measure_limit(api.pages, work / "limit.sqlite3")
    api.pages.clear()
    if limit_rows != seeded.rows:
        raise RuntimeError(f"limit run stored {limit_rows} rows, seeded {seeded.rows}")
    limit_rate = limit_rows / limit_s
    emit("limit", rows=limit_rows, seconds=round(limit_s, 3), rows_per_s=round(limit_rate))

    ratio = initial_rate / limit_rate
    return {
        "customers": args.customers,
        "rows": seeded.rows,
        "page_size": args.page_size,
        "database": "sqlite" if url.startswith("sqlite") else url.split(":", 1)[0],
        "analyzed": analyze,
        "profiled": args.profile is not None,
        "seed_seconds": round(seed_s, 2),
        "initial_seconds": round(initial_s, 3),
        "initial_rows_per_s": round(initial_rate),
        "limit_seconds": round(limit_s, 3),
        "limit_rows_per_s": round(limit_rate),
        "ratio_to_limit": round(ratio, 3),
        "incremental_roundtrip_ms_median": roundtrip["median"],
        "incremental_roundtrip_ms_p95": roundtrip["p95"],
        "first_push_after_initial_ms": ms(first_push_s),
        "second_push_after_initial_ms": ms(second_push_s),
        "later_push_ms_median": later_push["median"],
        "later_push_ms_p95": later_push["p95"],
        "verify_round_ms": ms(verify_s),
        "initial_target_met": ratio >= TARGET_RATIO and initial_rate >= TARGET_ROWS_PER_S,
        "incremental_target_met": roundtrip["median"] <= TARGET_ROUNDTRIP_MS,
    }


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.customers < 2 or args.roundtrips < 1 or args.batch_customers < 1:
        raise SystemExit("need --customers >= 2, --roundtrips >= 1, --batch-customers >= 1")
    if not 1 <= args.page_size <= MAX_PAGE:
        raise SystemExit(f"--page-size must be between 1 and {MAX_PAGE} (the server's limit)")
    work = Path(tempfile.mkdtemp(prefix="outpost-bench-"))
    info(f"working in {work}")
    started = time.perf_counter()
    try:
        with ExitStack() as stack:
            result = run(args, work, stack)
        result["total_seconds"] = round(time.perf_counter() - started, 1)
        emit("summary", **result)
        return 0
    except BaseException:
        log = work / "server.log"
        if log.exists() and log.stat().st_size:
            info(f"server log tail:\n{log.read_text(errors='replace')[-3000:]}")
        raise
    finally:
        if args.keep:
            info(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
