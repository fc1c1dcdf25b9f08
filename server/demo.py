"""Deterministic demo data: branches, staff and a populated CRM for an empty server.

A fresh installation shows nothing, and hand-typed samples hide the problems
real data brings (long Chinese company names, years of history, every
pipeline stage, overdue tickets). `seed_demo` fills an empty, migrated server
database with such data for demos, UI reviews and load tests. Everything comes
from one `random.Random(seed)`, ids included, so the same seed yields the same
customers every time and a screenshot or bug report can be reproduced. Every
row passes the domain validation the API applies, and rows are written with
SQLAlchemy Core bulk inserts in one transaction, so thousands of customers take
seconds and a failure leaves nothing behind.
"""

import random
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from sync.protocol import validation
from sync.protocol.entities import ENTITIES, Customer
from sync.protocol.enums import (
    ContractStatus,
    CustomerKind,
    OpportunityStage,
    PaymentMethod,
    RelationKind,
    Role,
    ServiceKind,
    ServiceStatus,
    TaskKind,
    Tier,
)

from . import audit
from . import demo_names as names
from .customers import duplicates
from .db import Database
from .models import Branch, User
from .security import hash_password
from .sync.versions import next_version

T = TypeVar("T")
Row = dict[str, Any]

TABLES: dict[str, Table] = {
    cls.__tablename__: cls.__table__ for cls in (Branch, User, *ENTITIES.values())
}
"""Every table the demo fills, in insertion order (parents first)."""
ENTITY_OF_TABLE = {cls.__tablename__: name for name, cls in ENTITIES.items()}
BATCH = 1000
CENT = Decimal("0.01")
OPEN_TICKETS = (ServiceStatus.NEW, ServiceStatus.IN_PROGRESS, ServiceStatus.ESCALATED)
PERSON, COMPANY = CustomerKind.PERSON.value, CustomerKind.COMPANY.value


class DemoAlreadySeeded(Exception):
    """The database already has users or customers; demo data only goes into an empty one."""


@dataclass(frozen=True)
class DemoSummary:
    counts: Mapping[str, int]
    """Rows written per table, parents first."""
    usernames: tuple[str, ...]
    password: str = field(repr=False)

    def __str__(self) -> str:
        lines = ["Demo data created:"]
        lines += [f"  {table:<17}{count:>7}" for table, count in self.counts.items()]
        lines.append(f"Log in as alice / {self.password} (all users: {', '.join(self.usernames)})")
        return "\n".join(lines)


def seed_demo(
    db: Database,
    *,
    customers: int = 2000,
    seed: int = 42,
    password: str = "demo1234",
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Fill an empty, migrated database in one transaction; DemoAlreadySeeded if it has users."""
    if customers < 0:
        raise ValueError("customers must not be negative")
    report = progress or (lambda _message: None)
    with db.transaction() as session:
        _ensure_empty(session)
        report("Creating branches and demo users")
        builder = _Builder(seed, hash_password(password))
        builder.version = next_version(session)
        builder.staff()
        report(f"Generating {customers} customers with their history")
        for index in range(customers):
            builder.customer(index)
        builder.internal_tasks()
        builder.commerce()  # after the rest: the draws above, and so every earlier row, stay
        builder.service_policy()
        builder.credit()
        counts = {table: len(rows) for table, rows in builder.rows.items()}
        report(f"Writing {sum(counts.values())} rows")
        _insert(session, builder.rows)
        duplicates.fill(session)  # the duplicate check's keys of every demo customer
        audit.record(session, "demo_seeded", seed=seed, counts=counts)
    with db.engine.begin() as conn:  # fresh statistics, or the planner treats tables as empty
        conn.exec_driver_sql("ANALYZE")
    usernames = tuple(username for username, *_ in names.STAFF)
    return DemoSummary(counts=counts, usernames=usernames, password=password)


def _ensure_empty(session: Session) -> None:
    if session.scalar(select(User.id).limit(1)) or session.scalar(select(Customer.id).limit(1)):
        raise DemoAlreadySeeded(
            "This database already has users or customers; "
            "demo data can only be added to an empty database."
        )


def _insert(session: Session, rows: Mapping[str, Sequence[Row]]) -> None:
    for table_name, table_rows in rows.items():
        for start in range(0, len(table_rows), BATCH):
            session.execute(insert(TABLES[table_name]), table_rows[start : start + BATCH])


@cache
def _columns(table_name: str) -> tuple[str, ...]:
    return tuple(TABLES[table_name].columns.keys())


def _defaults(table_name: str) -> Row:
    """The columns' plain defaults (a flag such as `tier_locked` is False unless set), as
    the API stores a row that leaves them out."""
    return {
        column.key: column.default.arg
        for column in TABLES[table_name].columns
        if column.default is not None and column.default.is_scalar
    }


def _validate(table_name: str, row: Row) -> None:
    """Raise unless the API would store exactly these values (same checks, nothing normalised)."""
    entity = ENTITY_OF_TABLE.get(table_name)
    if entity is None:
        return
    values = {name: row[name] for name in validation.writable_columns(entity)}
    coerced = validation.coerce(entity, values)
    validation.check_row(entity, coerced)
    if coerced != values:
        changed = sorted(name for name in values if coerced[name] != values[name])
        raise ValueError(f"demo {entity} has values the API would normalise: {changed}")


@dataclass(frozen=True)
class _Client:
    """A generated customer, with what its children need to know."""

    id: str
    kind: str
    name: str
    owner_id: str
    branch_id: str
    created_at: datetime
    address: str
    email: str | None
    lang: str


class _Builder:
    """Accumulates every demo row in memory, table by table, from one random stream."""

    def __init__(self, seed: int, password_hash: str) -> None:
        self.rng = random.Random(seed)
        self.now = datetime.now(UTC).replace(microsecond=0)
        self.password_hash = password_hash
        self.rows: dict[str, list[Row]] = {name: [] for name in TABLES}
        self.version = 0  # the change number all demo rows share, set before any is added
        self.reps: list[Row] = []
        self.managers: list[str] = []  # ids: who keeps the demo catalogue
        self.by_branch: dict[str, list[_Client]] = {}

    # -- primitives ---------------------------------------------------------------------

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def weighted(self, weights: Mapping[T, int]) -> T:
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def cycled(self, index: int, weights: Mapping[T, int]) -> T:
        """The index-th value for the first rows, so every value appears; then weighted."""
        values = list(weights)
        return values[index] if index < len(values) else self.weighted(weights)

    def between(self, start: datetime, end: datetime) -> datetime:
        """A moment in [start, end], moved into office hours (09-19 China time) if it can be."""
        moment = start + (end - start) * self.rng.random()
        moment = moment.replace(hour=1 + moment.hour % 10, microsecond=0)
        return max(start, min(end, moment))

    def slot(self, day: date) -> datetime:
        """An appointment start on the hour or half hour, 09:00-17:30 China time."""
        hour, minute = self.rng.randint(1, 9), self.rng.choice((0, 30))
        return datetime.combine(day, time(hour, minute), tzinfo=UTC)

    def add(self, table_name: str, owner: str | None, created: datetime, **values: Any) -> Row:
        """Append a validated row, sync columns filled; `updated` defaults to `created`."""
        row = dict.fromkeys(_columns(table_name)) | _defaults(table_name) | {"created_at": created}
        row["id"] = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        if table_name in ENTITY_OF_TABLE:
            updated = values.pop("updated", created)
            row.update(version=self.version, updated_at=updated, created_by=owner, updated_by=owner)
        unknown = values.keys() - row.keys()
        if unknown:
            raise KeyError(f"{table_name} has no columns {sorted(unknown)}")
        row.update(values)
        _validate(table_name, row)
        self.rows[table_name].append(row)
        return row

    def child(self, table_name: str, client: _Client, created: datetime, **values: Any) -> Row:
        """A row of one of the customer's child tables, owned by the customer's owner."""
        return self.add(table_name, client.owner_id, created, customer_id=client.id, **values)

    # -- staff and customers ------------------------------------------------------------

    def staff(self) -> None:
        opened = self.now - timedelta(days=1000)
        branches = {
            key: self.add("branches", None, opened, name=name, city=city)
            for key, name, city in names.BRANCHES
        }
        for username, display_name, role, key in names.STAFF:
            branch = branches.get(key)
            user = self.add(
                "users",
                None,
                opened + timedelta(days=self.rng.randint(1, 90)),
                username=username,
                display_name=display_name,
                password_hash=self.password_hash,
                role=role.value,
                branch_id=branch["id"] if branch else None,
                active=True,
                failed_logins=0,
                must_change_password=False,
            )
            if role == Role.MANAGER:
                self.managers.append(user["id"])
            if role == Role.REP and branch:
                self.reps.append(
                    {"id": user["id"], "branch_id": branch["id"], "city": branch["city"]}
                )

    def customer(self, index: int) -> None:
        """One customer (the first is 张伟, owned by alice) and all its children."""
        rep = self.reps[0] if index == 0 else self.rng.choice(self.reps)
        city = (
            rep["city"] if index == 0 or self.chance(0.85) else self.rng.choice(list(names.CITIES))
        )
        lang, profile = self.profile(index, city)
        tier = self.cycled(index, names.TIER_WEIGHTS)
        created = self.between(self.now - timedelta(days=730), self.now - timedelta(days=20))
        row = self.add(
            "customers",
            rep["id"],
            created,
            updated=self.between(created, self.now),
            tier=tier.value,
            status=self.cycled(index, names.STATUS_WEIGHTS).value,
            owner_id=rep["id"],
            branch_id=rep["branch_id"],
            city=city,
            source=self.rng.choice(names.SOURCES),
            tags=self.tags(tier, lang),
            notes=self.rng.choice(names.CUSTOMER_NOTES[lang]) if self.chance(0.2) else None,
            **profile,
        )
        columns = {f.name for f in fields(_Client)} - {"lang"}
        client = _Client(lang=lang, **{name: row[name] for name in columns})
        self.children(client)
        self.by_branch.setdefault(client.branch_id, []).append(client)

    def profile(self, index: int, city: str) -> tuple[str, Row]:
        """Language and kind-specific fields: ~70% Chinese persons, ~15% English, ~15% firms."""
        rng, today = self.rng, self.now.date()
        if index == 0:
            return "zh", names.person(rng, today, city, ("张伟", "zhang", "wei"))
        roll = rng.random()
        if roll < 0.70:
            return "zh", names.person(rng, today, city, names.chinese_name(rng))
        if roll < 0.85:
            first, last = names.english_name(rng)
            return "en", names.person(rng, today, city, (f"{first} {last}", last, first))
        if self.chance(0.85):
            return "zh", names.company(rng, city, names.company_name(rng, city))
        return "en", names.company(rng, city, rng.choice(names.ENGLISH_COMPANIES))

    def tags(self, tier: Tier, lang: str) -> list[str]:
        tags = self.rng.sample(names.TAGS, self.weighted({0: 40, 1: 35, 2: 20, 3: 5}))
        if tier == Tier.PREMIUM:
            tags.insert(0, "VIP")
        if lang == "en":
            tags.append(names.ENGLISH_TAG)
        return list(dict.fromkeys(tags))

    # -- children -----------------------------------------------------------------------

    def children(self, client: _Client) -> None:
        contacts = self.contacts(client) if client.kind == COMPANY else []
        if client.kind == PERSON and self.chance(0.25):
            self.relative(client)
        earlier = self.by_branch.get(client.branch_id)
        if earlier and self.chance(0.08):
            self.link(client, self.rng.choice(earlier))
        self.interactions(client, contacts)
        if self.chance(0.3):
            self.opportunity(client)
        for _ in range(self.weighted({0: 45, 1: 40, 2: 15})):
            self.customer_task(client)
        if self.chance(0.1):
            self.service_request(client)

    def contacts(self, client: _Client) -> list[Row]:
        rows, domain = [], str(client.email).partition("@")[2]
        for number in range(self.rng.randint(1, 3)):
            name, mailbox = names.contact_name(self.rng, client.lang)
            contact = self.child(
                "contacts",
                client,
                client.created_at,
                name=name,
                title=self.rng.choice(names.CONTACT_TITLES[client.lang]),
                phones=[names.mobile(self.rng)],
                email=f"{mailbox}@{domain}" if self.chance(0.7) else None,
                is_primary=number == 0,
            )
            rows.append(contact)
        return rows

    def relative(self, client: _Client) -> None:
        """A spouse, child, parent or sibling known only by name (children share the surname)."""
        kind = self.weighted(names.RELATIVE_WEIGHTS)
        if client.lang == "en":
            name = f"{names.english_name(self.rng)[0]} {client.name.split()[-1]}"
        else:
            name = names.chinese_name(self.rng)[0]
            name = name if kind == RelationKind.SPOUSE else client.name[0] + name[1:]
        created = self.between(client.created_at, self.now)
        self.child("relations", client, created, kind=kind, related_name=name)

    def link(self, client: _Client, other: _Client) -> None:
        """A tie to an earlier customer of the same branch, of a kind that fits both."""
        kind = self.rng.choice(names.LINK_KINDS[client.kind, other.kind]).value
        created = self.between(client.created_at, self.now)
        self.child("relations", client, created, kind=kind, related_customer_id=other.id)

    def interactions(self, client: _Client, contacts: Sequence[Row]) -> None:
        """1-5 entries (3 on average) between the customer's creation and now."""
        count = self.rng.randint(1, 5)
        for moment in sorted(self.between(client.created_at, self.now) for _ in range(count)):
            kind = self.weighted(names.INTERACTION_WEIGHTS)
            texts = self.rng.choice(names.INTERACTIONS[client.lang][kind])
            product = self.product(client.lang)
            subject, body, outcome, step = (
                text.format(name=client.name, product=product) or None for text in texts
            )
            due = (moment + timedelta(days=self.rng.randint(2, 14))).date() if step else None
            contact = self.rng.choice(contacts)["id"] if contacts and self.chance(0.6) else None
            self.child(
                "interactions",
                client,
                moment,
                contact_id=contact,
                kind=kind.value,
                occurred_at=moment,
                user_id=client.owner_id,
                subject=subject,
                body=body,
                outcome=outcome,
                next_step=step,
                next_step_due=due,
            )

    def product(self, lang: str) -> str:
        chinese, english = self.rng.choice(names.PRODUCTS)
        return chinese if lang == "zh" else english

    def opportunity(self, client: _Client) -> None:
        """Closed deals closed in the past; open ones expected within half a year."""
        stage = self.cycled(len(self.rows["opportunities"]), names.STAGE_WEIGHTS)
        line, english = self.rng.choice(names.PRODUCTS)
        typical = 30_000 if client.kind == PERSON else 300_000
        amount = max(100, round(min(self.rng.lognormvariate(0, 0.9) * typical, 5e7), -2))
        created = self.between(client.created_at, self.now)
        if stage in (OpportunityStage.WON, OpportunityStage.LOST):
            close = self.between(created, self.now).date()
        else:
            close = (self.now + timedelta(days=self.rng.randint(7, 180))).date()
        lost = stage == OpportunityStage.LOST
        title = f"{line} - {client.name}" if client.lang == "zh" else f"{english} for {client.name}"
        self.add(
            "opportunities",
            client.owner_id,
            created,
            updated=self.between(created, self.now),
            customer_id=client.id,
            title=title,
            stage=stage.value,
            amount=Decimal(int(amount)).quantize(Decimal("0.01")),
            currency="CNY",
            probability=names.STAGE_PROBABILITY[stage],
            expected_close=close,
            product_line=line,
            lost_reason=self.rng.choice(names.LOST_REASONS[client.lang]) if lost else None,
            owner_id=client.owner_id,
        )

    def customer_task(self, client: _Client) -> None:
        kind = self.weighted(names.TASK_WEIGHTS)
        title = self.rng.choice(names.TASK_TITLES[client.lang][kind]).format(name=client.name)
        place = self.rng.choice(names.MEETING_PLACES[client.lang])
        place = client.address if kind == TaskKind.VISIT else place
        self.task(client.owner_id, client.id, kind, title, place, client.created_at)

    def internal_tasks(self) -> None:
        for rep in self.reps:
            for kind, title in names.INTERNAL_TASKS:
                since = self.now - timedelta(days=60)
                self.task(rep["id"], None, kind, title, names.OFFICE, since)

    def task(
        self,
        owner: str,
        customer_id: str | None,
        kind: TaskKind,
        title: str,
        place: str,
        since: datetime,
    ) -> None:
        """Half upcoming (within 45 days), half since `since`, most of those done."""
        upcoming = self.now + timedelta(days=self.rng.uniform(0, 45))
        start = self.slot((upcoming if self.chance(0.5) else self.between(since, self.now)).date())
        created = min(start, self.now) - timedelta(days=self.rng.randint(1, 14))
        created = max(since, min(created, self.now))
        appointment = kind in (TaskKind.VISIT, TaskKind.MEETING)
        end = start + timedelta(minutes=self.rng.choice((30, 60, 90, 120)))
        finished = self.chance(0.85)  # drawn always, so the stream never depends on the clock
        done = start < self.now and finished
        remind = start - timedelta(minutes=30) if appointment or self.chance(0.3) else None
        self.add(
            "tasks",
            owner,
            created,
            updated=max(created, min(end, self.now)) if done else created,
            customer_id=customer_id,
            kind=kind.value,
            title=title,
            starts_at=start if appointment else None,
            ends_at=end if appointment else None,
            due_at=None if appointment else start,
            location=place if appointment else None,
            assignee_id=owner,
            done=done,
            remind_at=remind,
        )

    def service_request(self, client: _Client) -> None:
        """Open tickets from the last month, solved ones from the last year."""
        index = len(self.rows["service_requests"])
        status = self.cycled(index, names.SERVICE_STATUS_WEIGHTS)
        priority = self.cycled(index, names.PRIORITY_WEIGHTS)
        kind = self.rng.choice(list(ServiceKind))
        days = 30 if status in OPEN_TICKETS else 365
        created = self.between(max(client.created_at, self.now - timedelta(days=days)), self.now)
        subject = self.rng.choice(names.SERVICE_SUBJECTS[client.lang][kind])
        description = names.SERVICE_DESCRIPTION[client.lang]
        solved = status not in OPEN_TICKETS
        self.child(
            "service_requests",
            client,
            created,
            updated=created if status == ServiceStatus.NEW else self.between(created, self.now),
            kind=kind.value,
            subject=subject,
            description=description.format(name=client.name, subject=subject),
            priority=priority.value,
            status=status.value,
            escalation_level=self.rng.randint(1, 3) if status == ServiceStatus.ESCALATED else 0,
            assignee_id=client.owner_id,
            sla_due_at=created + timedelta(hours=names.SLA_HOURS[priority]),
            resolution=self.rng.choice(names.RESOLUTIONS[client.lang]) if solved else None,
            satisfaction=self.satisfaction() if status == ServiceStatus.CLOSED else None,
        )

    def satisfaction(self) -> int | None:
        return self.weighted(names.SATISFACTION_WEIGHTS) if self.chance(0.8) else None

    # -- commerce (issue 19) ------------------------------------------------------------------

    def commerce(self) -> None:
        """A small catalogue (two products per product line), and for every won opportunity
        a contract signed on its close date, for about its amount, mostly paid."""
        catalogue: dict[str, list[Row]] = {}
        created = self.now - timedelta(days=900)
        for number, (line, english) in enumerate(names.PRODUCTS, start=1):
            for tier, (suffix, english_suffix, factor) in enumerate(
                (("标准版", "standard", 1), ("高级版", "premium", 3)), start=1
            ):
                price = Decimal(self.rng.choice((800, 1200, 2500, 6800, 9800)) * factor)
                catalogue.setdefault(line, []).append(
                    self.add(
                        "products",
                        self.managers[0] if self.managers else None,
                        created,
                        code=f"P{number:02d}-{tier}",
                        name=f"{line}（{suffix}）",
                        product_line=line,
                        unit="套" if tier == 1 else "项",
                        list_price=price.quantize(CENT),
                        currency="CNY",
                        active=True,
                        notes=f"{english} ({english_suffix})",
                    )
                )
        won = [o for o in self.rows["opportunities"] if o["stage"] == OpportunityStage.WON.value]
        numbers: dict[date, int] = {}
        for deal in won:
            signed: date = deal["expected_close"]
            numbers[signed] = numbers.get(signed, 0) + 1
            self.contract(deal, catalogue.get(deal["product_line"], []), signed, numbers[signed])

    # -- service policy, knowledge base (issue 21) and credit (issue 22) -------------------

    def service_policy(self) -> None:
        """The company's business hours with this year's public holidays, SLA targets by
        kind and priority (tighter for premium customers), and a few published articles."""
        manager = self.managers[0] if self.managers else None
        created = self.now - timedelta(days=400)
        year = self.now.year
        holidays = [f"{year}-{day}" for day in ("01-01", "05-01", "10-01", "10-02", "10-03")]
        self.add("service_calendars", manager, created, workdays=list("12345"), holidays=holidays)
        for kind, priority, tier, response, resolution in (
            ("complaint", "urgent", "premium", 120, 1440),
            ("complaint", "urgent", None, 240, 2880),
            ("complaint", "normal", None, 480, 4320),
            ("repair", "high", None, 240, 1440),
            ("repair", "normal", None, 480, 2880),
            ("inquiry", "normal", None, 240, 960),
            ("request", "normal", None, None, 4320),
        ):
            self.add(
                "sla_targets",
                manager,
                created,
                kind=kind,
                priority=priority,
                tier=tier,
                response_minutes=response,
                resolution_minutes=resolution,
            )
        for title, problem, solution, tags, line in names.ARTICLES:
            self.add(
                "knowledge_articles",
                manager,
                created,
                title=title,
                problem=problem,
                solution=solution,
                tags=tags,
                product_line=line,
                author_id=manager,
                published=True,
            )

    def credit(self) -> None:
        """A credit profile for the customers with the most contracts (rating, limit, terms;
        a few on hold) and an assessment behind most of them."""
        counts: dict[str, int] = {}
        for contract in self.rows["contracts"]:
            counts[contract["customer_id"]] = counts.get(contract["customer_id"], 0) + 1
        owners = {c["id"]: c["owner_id"] for c in self.rows["customers"]}
        assessor = self.managers[0] if self.managers else None
        for customer_id in sorted(counts, key=lambda i: (-counts[i], i))[:60]:
            rating = self.weighted({"AAA": 10, "AA": 25, "A": 35, "B": 20, "C": 10})
            assessed = (self.now - timedelta(days=self.rng.randrange(30, 400))).date()
            review = assessed + timedelta(days=365)
            limit = Decimal(self.rng.choice((50_000, 100_000, 200_000, 500_000)))
            held = rating == "C" and self.chance(0.5)
            self.add(
                "credit_profiles",
                owners.get(customer_id),
                datetime.combine(assessed, time(2), tzinfo=UTC),
                id=customer_id,  # one per customer: its id is the customer's
                customer_id=customer_id,
                rating=rating,
                credit_limit=limit.quantize(CENT),
                currency="CNY",
                terms_days=self.rng.choice((30, 45, 60)),
                on_hold=held,
                hold_reason="逾期未付 overdue" if held else None,
                next_review=review,
            )
            if self.chance(0.8):
                self.add(
                    "credit_assessments",
                    assessor,
                    datetime.combine(assessed, time(2), tzinfo=UTC),
                    customer_id=customer_id,
                    assessed_on=assessed,
                    assessor_id=assessor,
                    rating=rating,
                    registered_capital=Decimal(self.rng.choice((500_000, 2_000_000, 10_000_000))),
                    years_in_business=self.rng.randrange(2, 30),
                    payment_record=self.rng.choice(("按时付款", "偶有逾期", "on time")),
                    next_review=review,
                )

    def contract(self, deal: Row, products: list[Row], signed: date, number: int) -> None:
        owner, customer_id = deal["owner_id"], deal["customer_id"]
        signed_at = min(self.now, datetime.combine(signed, time(3), tzinfo=UTC))
        due = signed + timedelta(days=self.rng.choice((15, 30, 60)))
        share = self.weighted({1.0: 60, 0.5: 25, 0.0: 15})  # of the total, paid so far
        settled = share == 1.0
        contract = self.add(
            "contracts",
            owner,
            signed_at,
            customer_id=customer_id,
            number=f"HT-{signed.strftime('%Y%m%d')}-{number:03d}",
            title=deal["title"],
            signed_on=signed,
            payment_due=due,
            currency="CNY",
            status=(ContractStatus.COMPLETED if settled else ContractStatus.ACTIVE).value,
            owner_id=owner,
            opportunity_id=deal["id"],
        )
        amount: Decimal = deal["amount"]
        product = self.rng.choice(products) if products else None
        quantity = Decimal(self.rng.choice((1, 2, 4, 5)))
        discount = Decimal(self.rng.choice(("0", "0", "0.05", "0.1")))
        gross = (amount / quantity / (1 - discount)).quantize(CENT)
        self.add(
            "contract_lines",
            owner,
            signed_at,
            customer_id=customer_id,
            contract_id=contract["id"],
            product_id=product["id"] if product else None,
            description=None if product else deal["title"][:300],
            quantity=quantity.quantize(Decimal("0.001")),
            unit_price=gross,
            discount=discount.quantize(Decimal("0.0001")),
            position=0,
        )
        total = (quantity * gross * (1 - discount)).quantize(CENT)
        paid = (total * Decimal(str(share))).quantize(CENT)
        parts = [paid] if share < 1 or total < 10_000 else [(paid * 3 / 10).quantize(CENT)]
        if len(parts) == 1 and parts[0] != paid:
            parts.append(paid - parts[0])
        for index, part in enumerate(p for p in parts if p > 0):
            day = min(self.now.date(), signed + timedelta(days=7 + 20 * index))
            self.add(
                "payments",
                owner,
                min(self.now, datetime.combine(day, time(4), tzinfo=UTC)),
                customer_id=customer_id,
                contract_id=contract["id"],
                received_on=day,
                amount=part,
                method=self.weighted(
                    {PaymentMethod.BANK_TRANSFER: 70, PaymentMethod.ONLINE: 20,
                     PaymentMethod.CHEQUE: 10}
                ).value,
                reference=f"RC{self.rng.randint(10**9, 10**10 - 1)}",
            )  # fmt: skip
