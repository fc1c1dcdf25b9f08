"""Staff administration on the wire: the colleague directory, people and branches, reassignment,
offboarding, the review queue, the audit log and the branch pool.

Defined once for both sides: the server's routes build these answers and validate these
requests (`server/api/routes/admin.py`, `customers.py`, `directory.py`, `pool.py`); the
desktop app reads the answers into the very same models (`app/admin.py`, `app/directory.py`).
An answer is immutable and ignores fields it does not know, so a newer server may add some;
roles and statuses are plain text for the same reason.
"""

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from .enums import Role, Tier
from .wire import FILLED_TEXT_PATTERN, JsonInteger, JsonTime, WireModel, json_integer, schema_with


def _utc(value: datetime) -> datetime:
    """Aware and in UTC, as `values.parse_datetime` gives it; naive values are UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


UTCTime = Annotated[datetime, AfterValidator(_utc)]

OWNER_ROLES = ("rep", "manager")  # administrators own no customers


class Answer(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


# --- people --------------------------------------------------------------------------------


class Colleague(Answer):
    """Someone the user may hand work to (`/directory`)."""

    id: str
    username: str
    display_name: str
    role: str  # a Role
    branch_name: str | None = None
    branch_id: str | None = None  # names the customer list's branch column (issue 25)


class DirectoryAnswer(Answer):
    people: list[Colleague]


class Person(Colleague):
    """A colleague as staff administration sees them (`/admin/users`)."""

    active: bool
    customers: int = 0  # owned now
    managed_branches: tuple[str, ...] = ()  # further branches a manager answers for
    left_at: UTCTime | None = None

    @property
    def may_own(self) -> bool:
        """Could take over customers (the server checks the branch)."""
        return self.active and self.role in OWNER_ROLES


class DeviceInfo(Answer):
    """One installation of the client for a user (`/admin/users/{username}/devices`)."""

    id: str
    name: str
    created_at: UTCTime
    last_seen_at: UTCTime | None = None
    lost_at: UTCTime | None = None
    # what it last reported (`/sync/report`); None before a client that reports
    client_version: str | None = None
    pending: int | None = None
    replica_bytes: int | None = None
    reported_at: UTCTime | None = None


class StaleDevice(Answer):
    """A device holding edits not yet sent that has not synced for days
    (`/admin/devices/behind`)."""

    id: str
    name: str
    username: str
    display_name: str
    pending: int
    reported_at: UTCTime | None = None
    client_version: str | None = None


class LostDevice(Answer):
    """A device marked lost (`/admin/devices/{id}/lost`): its sessions were revoked."""

    id: str
    user_id: str
    lost_at: UTCTime
    revoked_sessions: int


class ManagedRequest(BaseModel):
    branches: list[str] = Field(max_length=100)


USERNAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$"
StaffRole = Literal["rep", "manager", "admin", "credit"]


class NewPerson(WireModel):
    """An administrator adds a person (issue 26, item 1): the server answers with a one-time
    password, which its holder must replace at first sign-in. A rep or manager names a branch
    (the server answers 422 `branch_required` otherwise)."""

    model_config = ConfigDict(
        json_schema_extra=schema_with(
            anyOf=[
                {"properties": {"role": {"const": Role.ADMIN.value}}},
                {"required": ["branch"], "properties": {"branch": {"type": "string"}}},
            ]
        )
    )

    username: str = Field(pattern=USERNAME_PATTERN, max_length=64)
    display_name: str = Field(min_length=1, max_length=100)
    role: StaffRole
    branch: str | None = Field(default=None, min_length=1, max_length=100)


class PersonChange(WireModel):
    """Name, role or branch of a person. A new branch moves none of their customers: that is
    the reassignment's job."""

    display_name: str | None = Field(default=None, min_length=1, max_length=100)
    role: StaffRole | None = None
    branch: str | None = Field(default=None, min_length=1, max_length=100)


class OneTimePassword(Answer):
    """Shown once to the administrator, to hand over; the server keeps only its hash."""

    username: str
    password: str


def _one_of_filled(*names: str) -> dict[str, Any]:
    """JSON Schema for "exactly one of these text fields, not empty"."""
    return {
        "oneOf": [
            {"required": [name], "properties": {name: {"type": "string", "minLength": 1}}}
            for name in names
        ]
    }


class OffboardRequest(BaseModel):
    """One successor, or a branch to spread the customers over: exactly one of the two (the
    server answers 422 `successor_required` otherwise)."""

    model_config = ConfigDict(json_schema_extra=_one_of_filled("to_username", "spread_branch"))

    to_username: str | None = Field(default=None, max_length=64)
    spread_branch: str | None = Field(default=None, max_length=100)
    reason: str | None = Field(default=None, max_length=500)


class Share(Answer):
    """What one successor takes over in a move (issue 26, item 4): customers, and the open
    opportunities, open tasks, unresolved service requests and open contracts (draft,
    active or held) that go to them."""

    username: str
    display_name: str = ""
    customers: int = 0
    opportunities: int = 0
    tasks: int = 0
    service_requests: int = 0
    contracts: int = 0


class MovePlan(Answer):
    """What a reassignment or an offboarding will move, per successor, computed by the very
    selection the move then uses (`POST /customers/reassign/preview`,
    `POST /admin/users/{username}/offboard/preview`). The move reports the same shares."""

    shares: list[Share] = []

    def total(self, what: str) -> int:
        """customers, opportunities, tasks, service_requests or contracts, over all successors."""
        return sum(int(getattr(share, what)) for share in self.shares)


class OffboardResult(Answer):
    username: str
    customers: dict[str, int]  # successor username -> customers moved to them
    opportunities: int
    tasks: int
    service_requests: int
    contracts: int = 0  # open ones (issue 19)
    revoked_sessions: int
    report: list[str]  # the server's own summary, English
    shares: list[Share] = []  # per successor, as the preview said

    @property
    def moved(self) -> int:
        return sum(self.customers.values())


# --- branches and their pools ------------------------------------------------------------


POOL_MAX_DAYS = 3650
JSON_INTEGER = BeforeValidator(json_integer)  # before bounds, which the schema then states
POOL_MAX_CLAIMS = 1000
POOL_MAX_OWNED = 100_000
POOL_MAX_REMIND = 365


class PoolSettings(BaseModel):
    enabled: bool = Field(strict=True)
    days: dict[str, int] = Field(
        default_factory=dict,
        description="tier -> days without contact (the server answers 422 `invalid_days` for "
        "another key or a number outside 1-3650)",
        json_schema_extra={
            "propertyNames": {"enum": [tier.value for tier in Tier]},
            "additionalProperties": {"type": "integer", "minimum": 1, "maximum": POOL_MAX_DAYS},
        },
    )
    # Issue 23, item 2; None: no such rule. Omitted by an older client: the server keeps none.
    daily_claims: Annotated[int, Field(ge=1, le=POOL_MAX_CLAIMS), JSON_INTEGER] | None = Field(
        default=None,
        description="claims per rep per day (UTC); the server answers 409 `claim_cap`",
    )  # fmt: skip
    max_owned: Annotated[int, Field(ge=1, le=POOL_MAX_OWNED), JSON_INTEGER] | None = Field(
        default=None,
        description="customers a rep may own before claiming; 409 `owned_cap`",
    )  # fmt: skip
    reclaim_ban_days: Annotated[int, Field(ge=1, le=POOL_MAX_DAYS), JSON_INTEGER] | None = Field(
        default=None,
        description="days the former owner may not claim a returned customer; 409 `reclaim_ban`",
    )  # fmt: skip
    remind_days: Annotated[int, Field(ge=1, le=POOL_MAX_REMIND), JSON_INTEGER] | None = Field(
        default=None,
        description="days before a return the owner's Today says so (computed by the client)",
    )  # fmt: skip


class PoolRules(Answer):
    """The rules of the caller's own branch pool (`GET /pool/rules`), kept in the replica so
    Today counts down to a return offline (issue 23, item 2). `pool`: None when off or absent."""

    branch: str | None = None
    pool: PoolSettings | None = None


class Branch(Answer):
    id: str
    name: str
    city: str | None = None
    people: int = 0  # active staff
    pool: PoolSettings | None = None


class NewBranch(WireModel):
    """An administrator opens a branch (issue 26, item 2)."""

    name: str = Field(min_length=1, max_length=100)
    city: str | None = Field(default=None, max_length=100)


class BranchChange(WireModel):
    """A new name, or a city ("" clears it). Nothing moves."""

    name: str | None = Field(default=None, min_length=1, max_length=100)
    city: str | None = Field(default=None, max_length=100)


class BranchMerge(WireModel):
    """The branch of the path becomes part of `into`: its customers (owners unchanged),
    people, pool and managers move there, and it is removed."""

    into: str = Field(min_length=1, max_length=100)


class BranchMerged(Answer):
    customers: int
    people: int


class BranchList(Answer):
    branches: list[Branch]


class Pooled(Answer):
    """A customer waiting in the caller's branch pool (`/pool`)."""

    id: str
    name: str
    city: str | None
    tier: str
    pooled_at: UTCTime
    # Why it is here (issue 23): the reason code of the move that returned it
    # (`reasons.pool_return(days)`, or a person's words), who returned it and whose it was.
    reason: str | None = None
    returned_by: str | None = None  # username; None: the daily sweep
    former_owner: str | None = None  # username
    claimable_from: UTCTime | None = None  # the caller is the former owner, banned until then


class PoolReturn(WireModel):
    """Customers handed back to their branch pool by hand (issue 23, item 2): by their owner,
    or by a manager of the branch; `note` is the person's reason, shown in the pool."""

    customer_ids: list[Annotated[str, Field(min_length=1, max_length=36)]] = Field(
        min_length=1, max_length=500
    )
    note: str | None = Field(default=None, min_length=1, max_length=200)


class PoolAssign(WireModel):
    """A manager gives a pooled customer to a rep of the branch."""

    username: str = Field(min_length=1, max_length=64)


class PoolFigure(Answer):
    """One person's pool traffic in a month (`/pool/figures`): customers that went from
    them to the pool (by hand or by the sweep), claimed, and given to them from the pool."""

    username: str
    display_name: str
    returned: int = 0
    swept: int = 0
    claimed: int = 0
    assigned: int = 0


# --- customers -------------------------------------------------------------------------------


class CustomerSelection(WireModel):
    """Which customers a reassignment moves: all that match every filter given; a blank
    filter is no filter."""

    owner: str | None = Field(default=None, max_length=64, description="current owner's username")
    branch: str | None = Field(default=None, max_length=100)
    city: str | None = Field(default=None, max_length=100)
    tier: str | None = Field(default=None, max_length=32)
    status: str | None = Field(default=None, max_length=32)

    @field_validator("owner", "branch", "city", "tier", "status")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value or None

    def given(self) -> dict[str, str]:
        """The filters given, by name."""
        return {k: v for k, v in self.model_dump(include=_FILTERS).items() if v is not None}


_FILTERS = {"owner", "branch", "city", "tier", "status"}


class ReassignRequest(CustomerSelection):
    """Listed customers, or all that match every given filter (e.g. all of one user's): at
    least one of the two (the server answers 422 `empty_selection` otherwise)."""

    model_config = ConfigDict(
        json_schema_extra=schema_with(
            anyOf=[
                {"required": ["customer_ids"], "properties": {"customer_ids": {"minItems": 1}}},
                *(
                    {
                        "required": [name],
                        "properties": {name: {"type": "string", "pattern": FILLED_TEXT_PATTERN}},
                    }
                    for name in sorted(_FILTERS)
                ),
            ]
        )
    )

    customer_ids: list[str] = Field(default_factory=list, max_length=10_000)
    to_username: str = Field(min_length=1, max_length=64)
    reason: str | None = Field(default=None, max_length=500)


class ReassignResult(Answer):
    moved: int  # customers
    opportunities: int = 0  # open work of the moved customers that went with them
    tasks: int = 0
    service_requests: int = 0
    shares: list[Share] = []  # one: the new owner, as the preview said


class OwnerChange(Answer):
    at: UTCTime
    from_owner: str | None  # usernames
    to_owner: str | None
    by_user: str | None
    reason: str | None


# --- review queue ----------------------------------------------------------------------------


class FieldChange(Answer):
    field: str
    before: Any  # the server's value now (None when the decider may not see the row)
    after: Any  # what the author wanted
    base: Any  # what the author saw before editing (None if unknown)


class ReviewEntry(Answer):
    """An edit the server could not apply on its own, waiting for a decision."""

    id: int
    author: str  # username
    author_name: str
    at: UTCTime
    entity: str
    row_id: str
    customer_name: str | None
    op: str  # create / update / delete / restore
    reason: str  # departed / forbidden / not_found / invalid
    message: str
    changes: list[FieldChange]
    decision: str | None = None
    decided_at: UTCTime | None = None
    decided_by: str | None = None
    names: dict[str, str] = {}  # ids in `changes` -> what people call them, where visible


class ApplyRequest(BaseModel):
    owner_username: str | None = Field(default=None, max_length=64)


class DiscardRequest(BaseModel):
    note: str | None = Field(default=None, max_length=500)


class Decision(Answer):
    decision: str
    status: str | None = None  # applied: the sync status (applied, conflict…)


# --- audit log -------------------------------------------------------------------------------


class AuditRow(Answer):
    id: int
    at: UTCTime
    username: str | None
    action: str
    entity: str | None
    row_id: str | None
    ip: str | None
    detail: dict[str, Any]


class AuditActions(Answer):
    """The actions the audit log holds (`/admin/audit/actions`), for its filter; the client
    translates those it knows and shows the others as they are."""

    actions: list[str]


# --- exports (recorded in the audit log) --------------------------------------------------

EXPORT_ACTION = "data_export"  # the audit log's action for a user's export
EXPORT_KINDS = (
    "customers",  # the Customers list as filtered
    "service_requests",
    "opportunities",
    "calendar",
    "customer_file",  # one customer's whole file (workbook or print)
    "contacts",  # vCard
    "tasks",  # iCalendar
    "report",  # a report or pivot (Reports page)
)
EXPORT_FORMATS = ("xlsx", "csv", "vcf", "ics", "pdf")
ExportKind = Literal[
    "customers",
    "service_requests",
    "opportunities",
    "calendar",
    "customer_file",
    "contacts",
    "tasks",
    "report",  # a report or pivot of the Reports page (issue 19)
]
ExportFormat = Literal["xlsx", "csv", "vcf", "ics", "pdf"]


def _calendar_utc(value: datetime) -> datetime:
    """As `UTCTime`, but a time UTC cannot hold (year 1 at +14:00) is invalid, not a crash."""
    try:
        return _utc(value)
    except OverflowError:
        raise ValueError("outside the calendar") from None


class ExportRecord(WireModel):
    """One export a user made: what, how much, under which filter. `id` is made on the laptop,
    so an entry sent again (its answer lost, or queued offline) is recorded once."""

    id: str = Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
    kind: ExportKind
    format: ExportFormat
    rows: JsonInteger = Field(ge=0, le=100_000_000)
    filter: str = Field(default="", max_length=500)  # the filter as the user saw it
    customer_id: str | None = Field(default=None, max_length=36)
    at: Annotated[JsonTime, AfterValidator(_calendar_utc)]  # when, on the laptop's clock


class ExportReport(WireModel):
    exports: list[ExportRecord] = Field(min_length=1, max_length=200)


class ExportsRecorded(Answer):
    recorded: int  # new entries
    known: int  # sent before, recorded then
