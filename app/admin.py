"""Staff administration for managers and administrators: people and branches, reassignment,
offboarding, the review queue and the audit log. Online only: every call goes to the server
(`/api/v1/admin`, `/customers/reassign`), nothing is kept in the replica.

Failures are the client's `KnownError`s (`ServerRefused` with the server's code,
`ServerUnreachable`), so the UI phrases them like any other; `OWNER_REQUIRED` is the one a
screen answers by asking a question (who should own a customer whose author has left).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from sync.client.http import ServerApi
from sync.protocol.values import parse_datetime

from .errors import KnownError

OWNER_REQUIRED = "owner_required"
OWNER_ROLES = ("rep", "manager")  # administrators own no customers


@dataclass(frozen=True)
class Person:
    id: str
    username: str
    display_name: str
    role: str
    branch_name: str | None
    active: bool
    customers: int
    managed_branches: tuple[str, ...] = ()
    left_at: datetime | None = None

    @property
    def may_own(self) -> bool:
        """Could take over customers (the server checks the branch)."""
        return self.active and self.role in OWNER_ROLES


@dataclass(frozen=True)
class Branch:
    id: str
    name: str
    city: str | None
    people: int  # active staff


@dataclass(frozen=True)
class OffboardResult:
    username: str
    customers: dict[str, int]  # successor username -> customers moved to them
    opportunities: int
    tasks: int
    service_requests: int
    revoked_sessions: int
    report: list[str]  # the server's own summary, English

    @property
    def moved(self) -> int:
        return sum(self.customers.values())


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any  # the server's value now
    after: Any  # what the author wanted
    base: Any  # what the author saw before editing (None if unknown)


@dataclass(frozen=True)
class ReviewEntry:
    id: int
    author: str
    author_name: str
    at: datetime
    entity: str
    row_id: str
    customer_name: str | None
    op: str  # create / update / delete / restore
    reason: str  # departed / forbidden / not_found / invalid
    message: str
    changes: list[FieldChange]
    decision: str | None = None
    decided_at: datetime | None = None
    decided_by: str | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str | None
    action: str
    entity: str | None
    row_id: str | None
    ip: str | None
    detail: dict[str, Any]


@dataclass(frozen=True)
class AuditFilter:
    username: str = ""
    action: str = ""
    since: datetime | None = None
    until: datetime | None = None  # exclusive
    limit: int = 500

    def query(self, *, limit: bool = True) -> str:
        """`?…` for the audit endpoints; the CSV export takes everything that matches."""
        params: dict[str, str] = {}
        if self.username.strip():
            params["username"] = self.username.strip()
        if self.action.strip():
            params["action"] = self.action.strip()
        if self.since is not None:
            params["since"] = self.since.isoformat()
        if self.until is not None:
            params["until"] = self.until.isoformat()
        if limit:
            params["limit"] = str(self.limit)
        return f"?{urlencode(params)}" if params else ""


@dataclass(frozen=True)
class CustomerFilter:
    """Which customers a reassignment moves: all that match every filter given."""

    owner: str = ""  # current owner's username
    branch: str = ""
    city: str = ""
    tier: str = ""
    status: str = ""

    def given(self) -> dict[str, str]:
        return {k: v.strip() for k, v in self.__dict__.items() if v and v.strip()}


@dataclass(frozen=True)
class OwnerChange:
    at: datetime
    from_owner: str | None
    to_owner: str | None
    by_user: str | None
    reason: str | None


@dataclass
class BatchOutcome:
    """What applying several review items did: how many went through, which failed why."""

    applied: list[int] = field(default_factory=list)
    failed: dict[int, KnownError] = field(default_factory=dict)


class StaffAdmin:
    """Typed calls over `ServerApi`; every method blocks, so the UI runs them off its thread."""

    def __init__(self, api: ServerApi, token: Callable[[], str]) -> None:
        self.api = api
        self.token = token

    @classmethod
    def sharing(cls, engine: Any) -> "StaffAdmin":
        """Over a sync engine's server and sign-in (`Accounts.access_token` refreshes one
        caller at a time, so the engine's rounds and these calls may overlap)."""
        return cls(engine.api, engine.token)

    def _admin(self, method: str, path: str, json: Any = None) -> Any:
        return self.api.admin(self.token(), method, path, json)

    # --- people and branches -------------------------------------------------------------

    def people(self) -> list[Person]:
        """Everyone (administrators) or the people of the branches a manager answers for;
        active first, by name."""
        return [_person(raw) for raw in self._admin("GET", "users")]

    def branches(self) -> list[Branch]:
        return [
            Branch(
                id=str(raw["id"]),
                name=str(raw["name"]),
                city=raw.get("city"),
                people=int(raw.get("people") or 0),
            )
            for raw in self._admin("GET", "branches")["branches"]
        ]

    def set_managed_branches(self, username: str, branches: Iterable[str]) -> None:
        """Administrators: the further branches a manager answers for (replaces the list)."""
        self._admin("PUT", f"users/{_part(username)}/managed-branches", {"branches": [*branches]})

    def deactivate(self, username: str) -> None:
        """Administrators: close an account (all tokens revoked), moving nothing."""
        self._admin("POST", f"users/{_part(username)}/deactivate")

    def offboard(
        self,
        username: str,
        *,
        to_username: str | None = None,
        spread_branch: str | None = None,
        reason: str = "",
    ) -> OffboardResult:
        """Close a leaver's account and hand every customer and open work on, to one successor
        or spread over a branch's reps."""
        body = {
            "to_username": to_username or None,
            "spread_branch": spread_branch or None,
            "reason": reason.strip() or None,
        }
        raw = self._admin("POST", f"users/{_part(username)}/offboard", body)
        return OffboardResult(
            username=str(raw["username"]),
            customers={str(k): int(v) for k, v in raw["customers"].items()},
            opportunities=int(raw["opportunities"]),
            tasks=int(raw["tasks"]),
            service_requests=int(raw["service_requests"]),
            revoked_sessions=int(raw["revoked_sessions"]),
            report=[str(line) for line in raw.get("report", [])],
        )

    # --- customers -----------------------------------------------------------------------

    def reassign(self, selection: CustomerFilter, to_username: str, reason: str = "") -> int:
        """Move every customer matching `selection` (with its history); returns how many."""
        answer = self.api.reassign(
            self.token(), [], to_username, reason.strip(), **selection.given()
        )
        return int(answer["moved"])

    def reassign_ids(self, customer_ids: list[str], to_username: str, reason: str = "") -> int:
        answer = self.api.reassign(self.token(), customer_ids, to_username, reason.strip())
        return int(answer["moved"])

    def owners(self, customer_id: str) -> list[OwnerChange]:
        """A customer's ownership history, newest first."""
        return [
            OwnerChange(
                at=parse_datetime(raw["at"]),
                from_owner=raw.get("from_owner"),
                to_owner=raw.get("to_owner"),
                by_user=raw.get("by_user"),
                reason=raw.get("reason"),
            )
            for raw in self.api.owners(self.token(), customer_id)
        ]

    # --- review queue --------------------------------------------------------------------

    def review(self, *, decided: bool = False) -> list[ReviewEntry]:
        """Open items, oldest first (or the latest decisions, newest first)."""
        path = "review?decided=true" if decided else "review"
        return [_review_entry(raw) for raw in self._admin("GET", path)]

    def apply(self, item_id: int, owner_username: str | None = None) -> str:
        """Apply an edit as its author made it; returns the sync status (applied, conflict…).
        Raises `ServerRefused` with `OWNER_REQUIRED` for a customer created by someone who left
        without a successor: ask who should own it and call again with `owner_username`."""
        body = {"owner_username": owner_username} if owner_username else None
        return str(self._admin("POST", f"review/{item_id}/apply", body).get("status") or "")

    def discard(self, item_id: int, note: str = "") -> None:
        body = {"note": note.strip()} if note.strip() else None
        self._admin("POST", f"review/{item_id}/discard", body)

    def apply_all(self, item_ids: Iterable[int]) -> BatchOutcome:
        """Apply each in turn (oldest first, as made); one that fails does not stop the rest.
        A lost connection does: the remaining items are left as they are."""
        outcome = BatchOutcome()
        for item_id in sorted(item_ids):
            try:
                self.apply(item_id)
            except KnownError as exc:
                if exc.code == "server_unreachable":
                    raise
                outcome.failed[item_id] = exc
            else:
                outcome.applied.append(item_id)
        return outcome

    # --- audit log -----------------------------------------------------------------------

    def audit(self, query: AuditFilter) -> list[AuditRow]:
        """Administrators: matching entries, newest first, at most `query.limit`."""
        return [
            AuditRow(
                id=int(raw["id"]),
                at=parse_datetime(raw["at"]),
                username=raw.get("username"),
                action=str(raw["action"]),
                entity=raw.get("entity"),
                row_id=raw.get("row_id"),
                ip=raw.get("ip"),
                detail=dict(raw.get("detail") or {}),
            )
            for raw in self._admin("GET", f"audit{query.query()}")
        ]

    def audit_csv(self, query: AuditFilter) -> bytes:
        """Every matching entry as the server's CSV (UTF-8 with a BOM, for Excel); the export
        itself is audited."""
        return self.api.audit_csv(self.token(), query.query(limit=False))

    def export_audit(self, query: AuditFilter, path: Path) -> int:
        """Write the CSV to `path` as the server sent it; returns its size in bytes."""
        data = self.audit_csv(query)
        path.write_bytes(data)
        return len(data)


def _part(text: str) -> str:
    return quote(text, safe="")


def _person(raw: dict[str, Any]) -> Person:
    left = raw.get("left_at")
    return Person(
        id=str(raw["id"]),
        username=str(raw["username"]),
        display_name=str(raw.get("display_name") or raw["username"]),
        role=str(raw["role"]),
        branch_name=raw.get("branch_name"),
        active=bool(raw["active"]),
        customers=int(raw.get("customers") or 0),
        managed_branches=tuple(raw.get("managed_branches") or ()),
        left_at=parse_datetime(left) if left else None,
    )


def _review_entry(raw: dict[str, Any]) -> ReviewEntry:
    decided = raw.get("decided_at")
    return ReviewEntry(
        id=int(raw["id"]),
        author=str(raw["author"]),
        author_name=str(raw.get("author_name") or raw["author"]),
        at=parse_datetime(raw["at"]),
        entity=str(raw["entity"]),
        row_id=str(raw["row_id"]),
        customer_name=raw.get("customer_name"),
        op=str(raw["op"]),
        reason=str(raw.get("reason") or ""),
        message=str(raw.get("message") or ""),
        changes=[
            FieldChange(field=str(c["field"]), before=c["before"], after=c["after"], base=c["base"])
            for c in raw.get("changes", [])
        ],
        decision=raw.get("decision"),
        decided_at=parse_datetime(decided) if decided else None,
        decided_by=raw.get("decided_by"),
    )
