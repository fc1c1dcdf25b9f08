"""Request and response bodies of the HTTP API, shared by the server and the client.

What crosses the network is defined here once (staff administration: `staff.py`):
- requests are pydantic models: the client builds them (so a field's name and type are
  checked where it is written) and the server validates them;
- sync answers are TypedDicts: the server builds them, the client reads them typed, and
  neither pays for it at run time (a pull page holds 5,000 rows; orjson decodes it into these
  very dicts). A client ignores fields it does not know, so a newer server may add some.
"""

import re
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal, NotRequired, get_args

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator
from typing_extensions import TypedDict  # pydantic wants this one on Python 3.11

from .entities import ENTITIES
from .enums import Role
from .storable import text_problem

EntityName = Literal[
    "customer",
    "contact",
    "relation",
    "interaction",
    "opportunity",
    "task",
    "service_request",
    "product",
    "service_calendar",
    "sla_target",
    "knowledge_article",
    "contract",
    "contract_line",
    "payment",
    "credit_profile",
    "credit_assessment",
]
if set(get_args(EntityName)) != set(ENTITIES):  # written out for type checkers; kept in step
    raise RuntimeError(
        f"EntityName lists {get_args(EntityName)}, the entities are {list(ENTITIES)}"
    )


class MutationOp(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"


class ResultStatus(StrEnum):
    APPLIED = "applied"  # every field applied
    MERGED = "merged"  # nothing left to do: the server already had these values
    CONFLICT = "conflict"  # applied, and the values it overwrote are in the conflict log
    REJECTED = "rejected"  # not applied; waiting in the review queue
    DUPLICATE = "duplicate"  # applied by an earlier request


# What `WireModel` accepts as a request's own text, stated in the OpenAPI schema too, so a client
# generated from it (or Schemathesis) sends nothing the server then refuses: no NUL, and where a
# field must not be empty, something besides the whitespace that is stripped (pydantic strips
# Unicode White_Space, the class below). Valid in ECMA-262, Python and Rust (Schemathesis drops
# a pattern naming surrogates, which Rust cannot; a lone one is no Unicode text anyway, and
# refused as such).
_UNSTORABLE = "\\x00"
_WHITE_SPACE = "\\t-\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"
_TEXT = f"[^{_UNSTORABLE}]"
_NOT_SPACE = f"[^{_UNSTORABLE}{_WHITE_SPACE}]"
TEXT_PATTERN = f"^{_TEXT}*$"
FILLED_TEXT_PATTERN = f"^{_TEXT}*{_NOT_SPACE}{_TEXT}*$"


def text_pattern(min_length: int = 0) -> str:
    """Storable text that is at least `min_length` long once stripped of white space."""
    if min_length <= 0:
        return TEXT_PATTERN
    if min_length == 1:
        return FILLED_TEXT_PATTERN
    spaces = f"[{_WHITE_SPACE}]*"
    return f"^{spaces}{_NOT_SPACE}{_TEXT}{{{min_length - 2},}}{_NOT_SPACE}{spaces}$"


def _state_text_rules(schema: dict[str, Any], model: type[BaseModel]) -> None:
    """Add the text rules of `WireModel._storable_text` to the schema of each of `model`'s own
    text fields (those it checks: text, or text or null) that has no pattern of its own."""
    properties = schema.get("properties", {})
    for name, field in model.model_fields.items():
        prop = properties.get(field.alias or name)
        if not isinstance(prop, dict):
            continue
        for part in [prop, *prop.get("anyOf", [])]:
            if part.get("type") != "string" or {"pattern", "enum", "const", "format"} & set(part):
                continue
            part["pattern"] = text_pattern(part.get("minLength", 0))


def schema_with(**extra: Any) -> Callable[[dict[str, Any], type[BaseModel]], None]:
    """`json_schema_extra` for a `WireModel` that states a rule of its own (e.g. "one of these
    fields"): the text rules as well, which a plain dict there would replace."""

    def state(schema: dict[str, Any], model: type[BaseModel]) -> None:
        _state_text_rules(schema, model)
        schema.update(extra)

    return state


def json_integer(value: Any) -> Any:
    """A JSON integer (`5`, or `5.0`, which JSON Schema counts as one), never text or a
    boolean, which pydantic's lax mode would turn into one."""
    if isinstance(value, str | bytes | bool):
        raise ValueError("not an integer")
    return value


JsonInteger = Annotated[int, BeforeValidator(json_integer)]


_DATE_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}")


def _json_time(value: Any) -> Any:
    """A time as JSON (or a query string) has it, RFC 3339 text, never a number or text of one
    that pydantic would take for seconds since 1970."""
    if (isinstance(value, str) and _DATE_TIME.match(value.strip())) or isinstance(value, datetime):
        return value
    if value is None:
        return value
    raise ValueError("not a date-time")


JsonTime = Annotated[datetime, BeforeValidator(_json_time)]

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _json_date(value: Any) -> Any:
    """A day as JSON (or a query string) has it, `YYYY-MM-DD`, never a number that pydantic
    would take for seconds since 1970."""
    if (isinstance(value, str) and _DATE.match(value.strip())) or isinstance(value, date):
        return value
    if value is None:
        return value
    raise ValueError("not a date")


JsonDate = Annotated[date, BeforeValidator(_json_date)]


class WireModel(BaseModel):
    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, json_schema_extra=_state_text_rules
    )

    @field_validator("*", mode="after")
    @classmethod
    def _storable_text(cls, value: Any) -> Any:
        """A request's own text (names, ids, cursors) must be storable: NUL or a lone
        surrogate there makes it malformed (422), where before the database refused it with
        a 500 (issue 17). A mutation's values are checked one mutation at a time instead."""
        if isinstance(value, str) and (problem := text_problem(value)) is not None:
            raise ValueError(f"text with a {problem}")
        return value


class LoginRequest(WireModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)
    device_name: str = Field(min_length=1, max_length=200)
    device_id: str | None = Field(
        default=None, max_length=36, description="Reuse the device of an earlier login"
    )


class PasswordChange(LoginRequest):
    """Sign in and replace the password at once: how a one-time password from an
    administrator is used (issue 26, item 1), and how anyone changes their own."""

    new_password: str = Field(min_length=8, max_length=1024)


class RefreshRequest(WireModel):
    refresh_token: str = Field(min_length=1, max_length=200)


class UserInfo(BaseModel):
    id: str
    username: str
    display_name: str
    role: Role
    branch_id: str | None
    branch_name: str | None


class TokenPair(BaseModel):
    access_token: str
    access_expires_at: datetime
    refresh_token: str
    refresh_expires_at: datetime
    token_type: str = "bearer"
    device_id: str
    user: UserInfo


class Health(BaseModel):
    status: str
    version: str
    protocol: int
    database: str


class ErrorBody(BaseModel):
    code: str
    message: str


# --- sync -------------------------------------------------------------------------------

MAX_PUSH = 500
MAX_PAGE = 5000
# A device's mutation numbers stay below 2**53: exact as a JSON number everywhere (a checker
# comparing in floating point let 2**63 + 191 pass for "at most 2**63 - 1").
MAX_SEQ = 2**53 - 1
CURSOR_TABLES = len(ENTITIES) + 1  # a cursor's table index: an entity, the conflict log, or done
_TABLE = "|".join(str(n) for n in range(CURSOR_TABLES, -1, -1))
CURSOR_PATTERN = f"^([0-9]{{1,18}}:({_TABLE}):{_TEXT}{{0,96}})?$"


class Mutation(WireModel):
    """One outbox entry: field-level changes and the values they replaced (principle 2)."""

    seq: JsonInteger = Field(
        ge=1, le=MAX_SEQ, description="The device's mutation number, increasing"
    )
    entity: EntityName
    row_id: str = Field(min_length=1, max_length=36)
    op: MutationOp
    changes: dict[str, Any] = Field(default_factory=dict)
    base: dict[str, Any] = Field(default_factory=dict)
    at: JsonTime | None = Field(default=None, description="When the user made it (shown only)")


class PullRequest(WireModel):
    epoch: str | None = Field(default=None, max_length=36)
    cursor: str = Field(
        default="",
        pattern=CURSOR_PATTERN,  # at most 118 characters
        description="Empty, or the `cursor` of the last page: change number, table, row id",
    )
    limit: JsonInteger = Field(default=1000, ge=1, le=MAX_PAGE)
    counts: bool = Field(
        default=False, strict=True, description="End with per-entity counts to verify"
    )


class PushRequest(WireModel):
    epoch: str | None = Field(default=None, max_length=36)
    mutations: list[Mutation] = Field(max_length=MAX_PUSH)
    pull: PullRequest | None = Field(
        default=None,
        description="Pull right after applying the mutations and answer with the first page "
        "(protocol 2): one request for a round with local edits",
    )
    resend: bool = Field(
        default=False,
        strict=True,
        description="The mutations were acknowledged before the server was restored from a "
        "backup (protocol 3): each field is applied only if it was made later than the value "
        "the server holds, and never logs a conflict; absent: an ordinary push",
    )


WireRow = dict[str, Any]
"""A whole row: every column of its entity as its wire value (`rows.RowCodec`)."""


class Change(TypedDict):
    entity: str  # an entity, or "conflict" (an entry of the conflict log)
    row: WireRow


Arrival = TypedDict(
    "Arrival",
    {
        "from": str | None,  # display names
        "by": str | None,
        "reason": str | None,
        "customers": list[str],
    },
)
"""Customers handed to the caller, grouped by who they came from, who moved them and why."""

Counts = dict[str, list[int]]
"""Per entity (and "conflict") in the caller's scope: [rows, sum of change numbers]."""

Versions = dict[str, int]
"""Id -> change number of every row of one entity in the caller's scope."""


class PullPage(TypedDict):
    """One page of changes after a cursor (`/sync/pull`, or a push's `pull`)."""

    epoch: str
    cursor: str  # where the next page starts
    more: bool
    changes: list[Change]
    removed: list[str]  # customers that left the caller's scope, with every row of theirs
    arrived: NotRequired[list[Arrival]]
    counts: NotRequired[Counts]  # on the last page, when the request asked for them


class MutationResult(TypedDict):
    seq: int
    status: str  # a ResultStatus; a newer server may know more
    reason: NotRequired[str | None]
    message: NotRequired[str | None]
    row: NotRequired[WireRow | None]  # the server's row after a rejection, to repair with


class PushResponse(TypedDict):
    epoch: str
    last_applied: int
    results: list[MutationResult]
    pull: NotRequired[PullPage | None]  # the page `PushRequest.pull` asked for (protocol 2)


class IdsRequest(WireModel):
    entity: EntityName
    ids: list[str] = Field(max_length=MAX_PAGE)


class DeviceReport(WireModel):
    """What a device says of itself after a sync round (`/sync/report`, issue 26 item 3), so
    an administrator sees which computer is behind and holds work not yet sent."""

    client_version: str = Field(min_length=1, max_length=32)
    pending: JsonInteger = Field(ge=0, le=10**9)
    replica_bytes: JsonInteger = Field(ge=0, le=2**53)


class SurrenderRequest(WireModel):
    """A closed account's device hands over its unsynced edits (server.review.handover)."""

    refresh_token: str = Field(min_length=1, max_length=200)
    mutations: list[Mutation] = Field(max_length=MAX_PUSH)


class SurrenderAnswer(TypedDict):
    queued: int
