"""Seeded convergence simulation: several replicas, one real server, an unreliable network.

    python tests/simulation.py --seeds 100 --clients 4 [--database-url URL] [--steps 60]
                               [--servers N]

Per seed: a branch with two reps and a manager, K client devices (real SQLite
files, the real sync engine) against one real server over HTTP. Random creates,
edits (many to the same few fields, so conflicts happen), deletes, restores,
reassignments by an admin and offline periods; requests are dropped before the
server sees them, answers are lost after the server committed, requests are
sent twice. With `--servers N` (N server processes on one database, as behind a
load balancer) each device sends its sync requests to the servers in turn, so a
push, the pull after it and the pages of one pull land on different processes.
Then the network heals, every device syncs, and the run checks:

- converged: every replica equals the server's view of its user's scope, field
  by field, conflict log included, and every outbox is empty;
- lost: an edit that is neither in the final data, nor the conflict log, nor the
  review queue, nor knowingly replaced by a later edit (one whose base was it);
- duplicated: rows nobody created, or one edit logged as a conflict twice.

The last line is `seeds=N converged=C lost=L duplicated=D`; the exit status is
0 only when C = N and L = D = 0.
"""

import argparse
import contextlib
import random
import shutil
import sys
import tempfile
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


from argon2 import PasswordHasher  # noqa: E402
from sqlalchemy import select  # noqa: E402

from app.replica import Replica  # noqa: E402
from server.db import Database  # noqa: E402
from server.models import ConflictEntry, ReviewItem, User  # noqa: E402
from server.sync.pull import CONFLICT, SOURCES, _conflicts, scoped  # noqa: E402
from server.users import service as users  # noqa: E402
from sync.client.errors import ClientError, ServerUnreachable  # noqa: E402
from sync.client.http import ServerApi  # noqa: E402
from sync.client.tables import LocalConflict, OutboxEntry  # noqa: E402
from sync.protocol.enums import Role  # noqa: E402
from sync.protocol.rows import codec  # noqa: E402
from sync.protocol.validation import writable_columns  # noqa: E402
from sync.protocol.values import to_wire  # noqa: E402
from tests.support.clients import Client, connect  # noqa: E402
from tests.support.servers import ServerProcess, postgres_database  # noqa: E402

PASSWORD = "simulation pass"
EDITS: dict[str, dict[str, list[Any]]] = {
    "customer": {
        "city": ["上海", "北京", "深圳", "杭州"],
        "tier": ["premium", "major", "ordinary"],
        "notes": ["call back", "VIP", "likes tea", None],
    },
    "interaction": {"subject": ["拜访", "电话", "follow-up"], "outcome": ["good", "bad", None]},
    "opportunity": {
        "stage": ["prospecting", "proposal", "won", "lost"],
        "amount": ["100.00", "2500.50", "0.00"],
        "probability": [10, 50, 90],
    },
    "task": {"title": ["Visit", "Call", "Send quote"], "done": [True, False]},
}
CHILDREN = ("interaction", "opportunity", "task")


class FlakyNetwork(ServerApi):
    """A ServerApi whose sync calls fail the way real networks do, reproducibly per seed."""

    def __init__(self, urls: list[str], rng: random.Random, fault_rate: float) -> None:
        super().__init__(urls[0], timeout=30)
        self.urls = urls
        self.turn = 0
        self.rng = rng
        self.fault_rate = fault_rate
        self.offline = False
        self.faults: Counter[str] = Counter()

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        if not path.startswith("/sync"):
            return super().call(method, path, **kwargs)
        self.base_url = self.urls[self.turn % len(self.urls)]  # the next server in turn
        self.turn += 1
        if self.offline:
            raise ServerUnreachable("offline (simulated)")
        roll = self.rng.random()
        if roll < self.fault_rate:
            self.faults["dropped_before"] += 1
            raise ServerUnreachable("request lost (simulated)")
        answer = super().call(method, path, **kwargs)
        if roll < 2 * self.fault_rate:
            self.faults["answer_lost"] += 1
            raise ServerUnreachable("answer lost (simulated)")
        if roll < 3 * self.fault_rate:
            self.faults["duplicated"] += 1
            answer = super().call(method, path, **kwargs)
        return answer


@dataclass
class Edit:
    entity: str
    row_id: str
    field: str
    value: Any  # wire form
    base: Any  # wire form of what the device had before


@dataclass
class World:
    rng: random.Random
    clients: list[Client]
    networks: list[FlakyNetwork]
    admin: Client
    reps: list[str]  # usernames
    rep_ids: list[str]
    edits: list[Edit] = field(default_factory=list)
    created: set[tuple[str, str]] = field(default_factory=set)


def _cheap_hash(password: str) -> str:
    """Argon2 with small parameters: the server verifies with whatever parameters a hash
    carries, so the simulation's many logins stay fast without weakening the product."""
    return PasswordHasher(time_cost=1, memory_cost=256, parallelism=1).hash(password)


def run_seed(
    seed: int, servers: list[ServerProcess], database: Database, workdir: Path, args
) -> dict:
    users.hash_password = _cheap_hash
    rng = random.Random(seed)
    tag = f"s{seed}-{uuid.uuid4().hex[:6]}"
    with database.transaction() as session:
        reps = [
            users.create_user(
                session, username=f"{tag}-rep{i}", password=PASSWORD, role=Role.REP, branch=tag
            )
            for i in range(2)
        ]
        manager = users.create_user(
            session, username=f"{tag}-mgr", password=PASSWORD, role=Role.MANAGER, branch=tag
        )
        admin = users.create_user(
            session, username=f"{tag}-admin", password=PASSWORD, role=Role.ADMIN, branch=None
        )
        people = [*(u.username for u in reps), manager.username]
        rep_names = [u.username for u in reps]
        rep_ids = [u.id for u in reps]
        admin_name = admin.username
    clients, networks = [], []
    urls = [server.url for server in servers]
    for index in range(args.clients):
        network = FlakyNetwork(urls, random.Random(rng.random()), args.fault_rate)
        username = people[index % len(people)]
        path = new_replica_file(workdir, f"{tag}-{index}.sqlite3")
        clients.append(
            connect(urls[0], username, PASSWORD, path, api=network, page_size=7, push_batch=5)
        )
        networks.append(network)
    admin_path = new_replica_file(workdir, f"{tag}-admin.sqlite3")
    admin_client = connect(urls[-1], admin_name, PASSWORD, admin_path)
    world = World(rng, clients, networks, admin_client, rep_names, rep_ids)
    try:
        share(world)
        for _ in range(args.steps):
            step(world)
        heal(world)
        return check(world, database)
    finally:
        for client in [*clients, admin_client]:
            client.close()


def new_replica_file(workdir: Path, name: str) -> Path:
    """A copy of an empty, migrated replica: migrating a new file costs ~0.3 s, most of a
    short seed's time, and every replica starts the same."""
    template = workdir / "empty-replica.sqlite3"
    if not template.exists():
        Replica(template).close()
    path = workdir / name
    shutil.copyfile(template, path)
    return path


def step(world: World) -> None:
    rng = world.rng
    index = rng.randrange(len(world.clients))
    client, network = world.clients[index], world.networks[index]
    action = rng.choices(
        ["create", "child", "edit", "contend", "delete", "restore", "sync", "offline", "reassign"],
        weights=[6, 8, 30, 6, 3, 2, 15, 3, 3],
    )[0]
    if action == "sync":
        with contextlib.suppress(ClientError):
            client.sync()
    elif action == "offline":
        network.offline = not network.offline
    elif action == "create":
        row = client.records.create("customer", {"name": f"客户 {rng.randrange(1000)}"})
        record_create(world, client, "customer", row)
    elif action == "child":
        customers = client.records.find("customer")
        if customers:
            parent = rng.choice(customers)["id"]
            entity = rng.choice(CHILDREN)
            values = {"customer_id": parent, **{k: rng.choice(v) for k, v in EDITS[entity].items()}}
            if entity != "interaction":
                values["title"] = rng.choice(EDITS[entity].get("title", ["Deal"]))
            row = client.records.create(entity, values)
            record_create(world, client, entity, row)
    elif action == "edit":
        # A few hot rows per entity, so devices often edit the same fields concurrently.
        hot = [(entity, row) for entity in EDITS for row in client.records.find(entity)[:3]]
        if hot:
            entity, row = rng.choice(hot)
            key = rng.choice(list(EDITS[entity]))
            column = writable_columns(entity)[key]
            before = to_wire(column, row[key])
            choices = [v for v in EDITS[entity][key] if to_wire(column, v) != before]
            after = client.records.update(entity, row["id"], {key: rng.choice(choices)})
            world.edits.append(Edit(entity, row["id"], key, to_wire(column, after[key]), before))
    elif action == "contend":
        contend(world)
    elif action in ("delete", "restore"):
        entity = rng.choice(["customer", *CHILDREN])
        rows = client.records.find(entity, include_deleted=True)
        if rows:
            row = rng.choice(rows)
            getattr(client.records, action)(entity, row["id"])
    elif action == "reassign":
        customers = client.records.find("customer")
        if customers:
            customer = rng.choice(customers)
            with contextlib.suppress(ClientError):
                world.admin.api.reassign(
                    world.admin.token, [customer["id"]], rng.choice(world.reps), "simulation"
                )


def share(world: World) -> None:
    """Start with a customer and an opportunity that the first device and the manager's
    hold, so even a short seed has rows to contend for (with the faults already on)."""
    first = world.clients[0]
    customer = first.records.create("customer", {"name": "共享客户"})
    record_create(world, first, "customer", customer)
    deal = {"customer_id": customer["id"], "title": "Deal", "amount": "100.00", "probability": 10}
    record_create(world, first, "opportunity", first.records.create("opportunity", deal))
    for client in world.clients:
        with contextlib.suppress(ClientError):
            client.sync()


def contend(world: World) -> None:
    """Every device holding one row sets the same field before anyone syncs: a customer's,
    or an opportunity's (numbers: a conflict log entry holding 50 once broke every pull)."""
    entity = world.rng.choice(["customer", "customer", "opportunity"])
    holders: dict[str, list[Client]] = {}
    for client in world.clients:
        for row in client.records.find(entity):
            holders.setdefault(row["id"], []).append(client)
    shared = sorted(row_id for row_id, clients in holders.items() if len(clients) > 1)
    if not shared:
        return
    row_id = world.rng.choice(shared)
    key = world.rng.choice(list(EDITS[entity]))
    column = writable_columns(entity)[key]
    for client in holders[row_id]:
        before = to_wire(column, client.records.get(entity, row_id)[key])
        choices = [v for v in EDITS[entity][key] if to_wire(column, v) != before]
        after = client.records.update(entity, row_id, {key: world.rng.choice(choices)})
        world.edits.append(Edit(entity, row_id, key, to_wire(column, after[key]), before))


def record_create(world: World, client: Client, entity: str, row: dict) -> None:
    world.created.add((entity, row["id"]))
    for key, column in writable_columns(entity).items():
        if key in EDITS.get(entity, {}):
            world.edits.append(Edit(entity, row["id"], key, to_wire(column, row[key]), None))


def heal(world: World) -> None:
    for network in world.networks:
        network.offline = False
        network.fault_rate = 0.0
    for _ in range(3):
        # A pass in which nobody pushed anything: every pull in it came after the last push,
        # so every replica has all there is (a third pass would only repeat that).
        if not sum(client.sync().pushed for client in world.clients):
            break


def check(world: World, database: Database) -> dict:
    problems: list[str] = []
    with database.sessions() as session:
        server_rows: dict[tuple[str, str], dict] = {}
        for name, table in SOURCES:
            if name == CONFLICT:
                continue
            for row in session.execute(
                select(*table.c).where(
                    table.c.id.in_([row_id for entity, row_id in world.created if entity == name])
                )
            ).mappings():
                server_rows[(name, row["id"])] = codec(name).to_wire(row)
        conflicts = session.scalars(
            select(ConflictEntry).where(
                ConflictEntry.row_id.in_([row_id for _e, row_id in world.created])
            )
        ).all()
        review = session.scalars(
            select(ReviewItem).where(
                ReviewItem.row_id.in_([row_id for _e, row_id in world.created])
            )
        ).all()
        authors = {client.user_id for client in world.clients}
        strangers = 0  # rows by this seed's users that no recorded create made
        for name, table in SOURCES:
            if name != CONFLICT:
                ids = session.scalars(select(table.c.id).where(table.c.created_by.in_(authors)))
                strangers += sum(1 for row_id in ids if (name, row_id) not in world.created)
        for client in world.clients:
            user = session.get(User, client.user_id)
            problems += compare_replica(session, client, user)
    missing = [
        key
        for key in world.created
        if key not in server_rows and not any(r.row_id == key[1] for r in review)
    ]
    lost = len(missing) + count_lost(world.edits, server_rows, conflicts, review)
    groups = Counter((c.device_id, c.seq, c.row_id, c.field) for c in conflicts)
    duplicated = sum(n - 1 for n in groups.values() if n > 1) + strangers
    faults = sum((n.faults for n in world.networks), Counter())
    return {
        "converged": not problems,
        "problems": problems[:5],
        "lost": lost,
        "duplicated": duplicated,
        "edits": len(world.edits),
        "conflicts": len(conflicts),
        "review": len(review),
        "faults": dict(faults),
    }


def compare_replica(session, client: Client, user: User) -> list[str]:
    problems = []
    with client.replica.reading() as local:
        if local.scalar(select(OutboxEntry.seq).limit(1)) is not None:
            problems.append(f"{client.path.name}: outbox not empty")
        for name, table in SOURCES:
            if name == CONFLICT:
                theirs = {r["id"] for r in session.execute(_conflicts(user)).mappings()}
                mine = {r.id for r in local.scalars(select(LocalConflict))}
                if theirs != mine:
                    problems.append(f"{client.path.name}: conflicts differ")
                continue
            wire = codec(name).to_wire
            theirs = {
                r["id"]: wire(r) for r in session.execute(scoped(name, table, user)).mappings()
            }
            mine = {r["id"]: wire(r) for r in local.execute(select(table)).mappings()}
            for row_id in theirs.keys() | mine.keys():
                if theirs.get(row_id) != mine.get(row_id):
                    problems.append(
                        f"{client.path.name}: {name} {row_id} differs: "
                        f"server={theirs.get(row_id)} replica={mine.get(row_id)}"
                    )
    return problems


def count_lost(edits, server_rows, conflicts, review) -> int:
    replaced = {(e.entity, e.row_id, e.field, repr(e.base)) for e in edits}
    logged = {(c.row_id, c.field, repr(c.lost_value)) for c in conflicts}
    logged |= {(c.row_id, c.field, repr(c.kept_value)) for c in conflicts}
    queued = {(r.row_id, k, repr(v)) for r in review for k, v in r.changes.items()}
    lost = 0
    for edit in edits:
        final = server_rows.get((edit.entity, edit.row_id), {})
        if final.get(edit.field, object()) == edit.value:
            continue
        key = (edit.row_id, edit.field, repr(edit.value))
        if key in logged or key in queued:
            continue
        if (edit.entity, edit.row_id, edit.field, repr(edit.value)) in replaced:
            continue  # a later edit was made by someone who saw this value
        lost += 1
    return lost


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--first-seed", type=int, default=1)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--steps", type=int, default=60)
    parser.add_argument("--fault-rate", type=float, default=0.05)
    parser.add_argument("--database-url", help="server database (default: a new SQLite file)")
    parser.add_argument("--servers", type=int, default=1, help="server processes on it")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="outpost-sim-") as tmp:
        workdir = Path(tmp)
        if args.database_url == "postgres":
            with postgres_database() as url:
                return simulate(args, url, workdir)
        return simulate(
            args, args.database_url or f"sqlite:///{workdir / 'server.sqlite3'}", workdir
        )


def simulate(args, url: str, workdir: Path) -> int:
    servers = [ServerProcess(url, workdir / f"server-{index}.log") for index in range(args.servers)]
    database = Database(url)
    converged = lost = duplicated = 0
    try:
        for server in servers:
            server.start()
        for seed in range(args.first_seed, args.first_seed + args.seeds):
            try:
                result = run_seed(seed, servers, database, workdir, args)
            except Exception:
                print(f"seed={seed} failed; the servers' logs end:", flush=True)
                for server in servers:
                    print(server.log_path.read_text()[-4000:], flush=True)
                raise
            converged += result["converged"]
            lost += result["lost"]
            duplicated += result["duplicated"]
            if args.verbose or not result["converged"] or result["lost"] or result["duplicated"]:
                print(f"seed={seed} {result}", flush=True)
    finally:
        database.dispose()
        for server in servers:
            server.stop()
    print(f"seeds={args.seeds} converged={converged} lost={lost} duplicated={duplicated}")
    return 0 if converged == args.seeds and lost == duplicated == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
