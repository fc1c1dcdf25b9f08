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

from pydantic import TypeAdapter

from sync.client.http import ServerApi, read_answer
from sync.protocol.staff import (
    OWNER_ROLES,
    ApplyRequest,
    AuditActions,
    AuditRow,
    Branch,
    BranchChange,
    BranchList,
    BranchMerge,
    BranchMerged,
    CustomerSelection,
    Decision,
    DeviceInfo,
    DiscardRequest,
    FieldChange,
    LostDevice,
    ManagedRequest,
    MovePlan,
    NewBranch,
    NewPerson,
    OffboardRequest,
    OffboardResult,
    OneTimePassword,
    OwnerChange,
    Person,
    ReassignRequest,
    ReassignResult,
    ReviewEntry,
    Share,
    StaleDevice,
)

from .errors import KnownError

__all__ = [
    "OWNER_REQUIRED",
    "OWNER_ROLES",
    "AuditFilter",
    "AuditRow",
    "BatchOutcome",
    "Branch",
    "BranchMerged",
    "CustomerSelection",
    "DeviceInfo",
    "FieldChange",
    "LostDevice",
    "MovePlan",
    "OffboardResult",
    "OneTimePassword",
    "OwnerChange",
    "Person",
    "ReassignResult",
    "ReviewEntry",
    "ReviewFilter",
    "Share",
    "StaffAdmin",
    "StaleDevice",
]

OWNER_REQUIRED = "owner_required"
# The answers are read into the protocol's own models (sync/protocol/staff.py), built once.
_PEOPLE = TypeAdapter(list[Person])
_REVIEW = TypeAdapter(list[ReviewEntry])
_AUDIT = TypeAdapter(list[AuditRow])
_DEVICES = TypeAdapter(list[DeviceInfo])
_BEHIND = TypeAdapter(list[StaleDevice])


@dataclass(frozen=True)
class AuditFilter:
    username: str = ""
    action: str = ""
    since: datetime | None = None
    until: datetime | None = None  # exclusive
    limit: int = 500
    before: int | None = None  # the next page: entries older than this id

    def query(self, *, limit: bool = True) -> str:
        """`?…` for the audit endpoints; the CSV export takes everything that matches."""
        params: dict[str, str] = {}
        if limit and self.before is not None:
            params["before"] = str(self.before)
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
class ReviewFilter:
    """The review queue's filters and page (issue 26, item 5); blank is no filter."""

    author: str = ""  # username
    branch: str = ""  # the author's branch, by name
    entity: str = ""
    reason: str = ""
    since: datetime | None = None
    until: datetime | None = None  # exclusive
    after: int | None = None  # the next page: items after this id in the list's order
    limit: int = 100

    def query(self, *, decided: bool) -> str:
        params: dict[str, str] = {"limit": str(self.limit)}
        if decided:
            params["decided"] = "true"
        for key in ("author", "branch", "entity", "reason"):
            value = str(getattr(self, key)).strip()
            if value:
                params[key] = value
        if self.since is not None:
            params["since"] = self.since.isoformat()
        if self.until is not None:
            params["until"] = self.until.isoformat()
        if self.after is not None:
            params["after"] = str(self.after)
        return f"?{urlencode(params)}"


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
        return read_answer(_PEOPLE, self._admin("GET", "users"))

    def branches(self) -> list[Branch]:
        return read_answer(BranchList, self._admin("GET", "branches")).branches

    def add_branch(self, name: str, city: str | None = None) -> Branch:
        """Administrators: a new branch (issue 26, item 2)."""
        body = NewBranch.model_validate({"name": name, "city": city})
        answer = self._admin("POST", "branches", json=body.model_dump(exclude_none=True))
        return read_answer(Branch, answer)

    def change_branch(
        self, name: str, new_name: str | None = None, city: str | None = None
    ) -> None:
        body = BranchChange.model_validate({"name": new_name, "city": city})
        self._admin("PATCH", f"branches/{_part(name)}", json=body.model_dump(exclude_none=True))

    def merge_branch(self, name: str, into: str) -> BranchMerged:
        """`name` becomes part of `into`: customers (owners unchanged), people, pool move."""
        body = BranchMerge(into=into).model_dump()
        answer = self._admin("POST", f"branches/{_part(name)}/merge", json=body)
        return read_answer(BranchMerged, answer)

    def set_managed_branches(self, username: str, branches: Iterable[str]) -> None:
        """Administrators: the further branches a manager answers for (replaces the list)."""
        body = ManagedRequest(branches=[*branches])
        self._admin("PUT", f"users/{_part(username)}/managed-branches", body)

    def deactivate(self, username: str) -> None:
        """Administrators: close an account (all tokens revoked), moving nothing."""
        self._admin("POST", f"users/{_part(username)}/deactivate")

    def add_person(
        self, username: str, display_name: str, role: str, branch: str | None
    ) -> OneTimePassword:
        """Administrators: a new account; its one-time password is to hand over once."""
        fields = {"username": username, "display_name": display_name, "role": role}
        body = NewPerson.model_validate({**fields, "branch": branch})  # the server's own check
        answer = self._admin("POST", "users", json=body.model_dump(exclude_none=True))
        return read_answer(OneTimePassword, answer)

    def change_person(
        self,
        username: str,
        *,
        display_name: str | None = None,
        role: str | None = None,
        branch: str | None = None,
    ) -> None:
        change = {"display_name": display_name, "role": role, "branch": branch}
        body = {key: value for key, value in change.items() if value is not None}
        self._admin("PATCH", f"users/{_part(username)}", json=body)

    def reset_password(self, username: str) -> OneTimePassword:
        answer = self._admin("POST", f"users/{_part(username)}/password-reset")
        return read_answer(OneTimePassword, answer)

    def reactivate(self, username: str) -> None:
        self._admin("POST", f"users/{_part(username)}/reactivate")

    def devices(self, username: str) -> list[DeviceInfo]:
        """Administrators: the computers a user has signed in on, oldest first."""
        return read_answer(_DEVICES, self._admin("GET", f"users/{_part(username)}/devices"))

    def devices_behind(self, days: int = 7) -> list[StaleDevice]:
        """Computers holding edits not yet sent that have not synced for `days` days."""
        return read_answer(_BEHIND, self._admin("GET", f"devices/behind?days={int(days)}"))

    def mark_lost(self, device_id: str) -> LostDevice:
        """Administrators: a computer was lost or stolen. Its sign-in stops working at once and
        it removes its copy of the data at its next contact; the account stays open."""
        return read_answer(LostDevice, self._admin("POST", f"devices/{_part(device_id)}/lost"))

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
        body = OffboardRequest(
            to_username=to_username or None,
            spread_branch=spread_branch or None,
            reason=reason.strip() or None,
        )
        answer = self._admin("POST", f"users/{_part(username)}/offboard", body)
        return read_answer(OffboardResult, answer)

    def preview_offboard(
        self, username: str, *, to_username: str | None = None, spread_branch: str | None = None
    ) -> MovePlan:
        """What `offboard` would move now, per successor; moves nothing."""
        body = OffboardRequest(to_username=to_username or None, spread_branch=spread_branch or None)
        answer = self._admin("POST", f"users/{_part(username)}/offboard/preview", body)
        return read_answer(MovePlan, answer)

    # --- customers -----------------------------------------------------------------------

    def reassign(self, selection: CustomerSelection, to_username: str, reason: str = "") -> int:
        """Move every customer matching `selection` (with its history); returns how many."""
        answer = self.api.reassign(self.token(), [], to_username, reason.strip(), selection)
        return answer.moved

    def preview_reassign(self, selection: CustomerSelection, to_username: str) -> MovePlan:
        """What `move_matching` would move now: customers and open work, per new owner."""
        body = ReassignRequest(to_username=to_username, **selection.given())
        answer = self.api.call("POST", "/customers/reassign/preview", token=self.token(), json=body)
        return read_answer(MovePlan, answer)

    def move_matching(
        self, selection: CustomerSelection, to_username: str, reason: str = ""
    ) -> ReassignResult:
        """As `reassign`, with the open work that went along, per new owner."""
        return self.api.reassign(self.token(), [], to_username, reason.strip(), selection)

    def reassign_ids(self, customer_ids: list[str], to_username: str, reason: str = "") -> int:
        return self.api.reassign(self.token(), customer_ids, to_username, reason.strip()).moved

    def owners(self, customer_id: str) -> list[OwnerChange]:
        """A customer's ownership history, newest first."""
        return self.api.owners(self.token(), customer_id)

    # --- review queue --------------------------------------------------------------------

    def review(
        self, *, decided: bool = False, where: ReviewFilter | None = None
    ) -> list[ReviewEntry]:
        """Open items, oldest first (or the latest decisions, newest first), one page of
        `where.limit` after `where.after`; without `where`, the first 500."""
        if where is None:
            path = "review?decided=true" if decided else "review"
        else:
            path = f"review{where.query(decided=decided)}"
        return read_answer(_REVIEW, self._admin("GET", path))

    def apply(self, item_id: int, owner_username: str | None = None) -> str:
        """Apply an edit as its author made it; returns the sync status (applied, conflict…).
        Raises `ServerRefused` with `OWNER_REQUIRED` for a customer created by someone who left
        without a successor: ask who should own it and call again with `owner_username`."""
        body = ApplyRequest(owner_username=owner_username) if owner_username else None
        answer = self._admin("POST", f"review/{item_id}/apply", body)
        return read_answer(Decision, answer).status or ""

    def discard(self, item_id: int, note: str = "") -> None:
        body = DiscardRequest(note=note.strip()) if note.strip() else None
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
        return read_answer(_AUDIT, self._admin("GET", f"audit{query.query()}"))

    def audit_actions(self) -> list[str]:
        """The actions the audit log holds, for its filter."""
        return read_answer(AuditActions, self._admin("GET", "audit/actions")).actions

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
