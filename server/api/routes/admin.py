"""Staff administration for managers and administrators (the desktop app's admin screens):
users and branches, offboarding, the review queue and the audit log. Online only."""

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sync.protocol.entities import ENTITIES, Customer
from sync.protocol.enums import Role
from sync.protocol.staff import (
    USERNAME_PATTERN,
    ApplyRequest,
    AuditActions,
    AuditRow,
    BranchChange,
    BranchList,
    BranchMerge,
    BranchMerged,
    Decision,
    DeviceInfo,
    DiscardRequest,
    LostDevice,
    ManagedRequest,
    MovePlan,
    NewBranch,
    NewPerson,
    OffboardRequest,
    OffboardResult,
    OneTimePassword,
    Person,
    PersonChange,
    PoolSettings,
    ReviewEntry,
    StaleDevice,
)
from sync.protocol.staff import Branch as BranchAnswer
from sync.protocol.wire import ErrorBody, JsonTime

from ... import audit, devices
from ...customers.service import find_user
from ...db import Database
from ...errors import ApiError
from ...models import Branch, BranchPool, ManagedBranch, User
from ...permissions import in_branches, require_role, require_staff_admin
from ...review import service as review
from ...staff import branches as branches_service
from ...staff import offboarding, pool
from ...staff.offboarding import offboard
from ...users import service as people
from ...users.service import deactivate_user
from ..deps import CurrentCaller, client_ip

router = APIRouter(
    prefix="/admin",
    tags=["admin"],
    responses={code: {"model": ErrorBody} for code in (401, 403, 404, 409, 422)},
)
T = TypeVar("T")


def in_transaction(
    request: Request, caller: CurrentCaller, work: Callable[[Session, User], T]
) -> T:
    database: Database = request.app.state.database
    with database.transaction() as session:
        by = session.get(User, caller.user.id)
        assert by is not None
        return work(session, by)


# --- users and branches ------------------------------------------------------------------


@router.get("/users", response_model=list[Person])
def users(caller: CurrentCaller, request: Request) -> list[Person]:
    """Everyone (admins) or the people of the branches a manager answers for."""

    def work(session: Session, by: User) -> list[Person]:
        require_staff_admin(by)
        counts = dict(
            session.execute(
                select(Customer.owner_id, func.count()).group_by(Customer.owner_id)
            ).all()
        )
        managed: dict[str, list[str]] = {}
        for user_id, name in session.execute(
            select(ManagedBranch.user_id, Branch.name).join(Branch)
        ):
            managed.setdefault(user_id, []).append(name)
        query = (
            select(User, Branch.name)
            .outerjoin(Branch, Branch.id == User.branch_id)
            .where(in_branches(by, User.branch_id))
            .order_by(User.active.desc(), User.display_name)
        )
        return [
            Person(
                id=u.id,
                username=u.username,
                display_name=u.display_name,
                role=u.role,
                branch_name=branch,
                active=u.active,
                customers=counts.get(u.id, 0),
                managed_branches=sorted(managed.get(u.id, [])),
                left_at=u.left_at,
            )
            for u, branch in session.execute(query)
        ]

    return in_transaction(request, caller, work)


@router.get("/branches", response_model=BranchList)
def branches(caller: CurrentCaller, request: Request) -> BranchList:
    def work(session: Session, by: User) -> BranchList:
        require_staff_admin(by)
        people = dict(
            session.execute(
                select(User.branch_id, func.count())
                .where(User.active.is_(True))
                .group_by(User.branch_id)
            ).all()
        )
        query = (
            select(Branch, BranchPool)
            .outerjoin(BranchPool, BranchPool.branch_id == Branch.id)
            .where(in_branches(by, Branch.id))
            .order_by(Branch.name)
        )
        return BranchList(
            branches=[
                BranchAnswer(
                    id=b.id,
                    name=b.name,
                    city=b.city,
                    people=people.get(b.id, 0),
                    pool=PoolSettings(
                        enabled=p.enabled, days=p.days, **{r: getattr(p, r) for r in pool.RULES}
                    )
                    if p
                    else None,
                )
                for b, p in session.execute(query)
            ]
        )

    return in_transaction(request, caller, work)


@router.post("/branches", response_model=BranchAnswer, status_code=201)
def add_branch(body: NewBranch, caller: CurrentCaller, request: Request) -> BranchAnswer:
    """Administrators: a new branch, empty until people are added to it."""

    def work(session: Session, by: User) -> BranchAnswer:
        require_role(by, Role.ADMIN)
        made = branches_service.create_branch(session, body.name, body.city, by)
        return BranchAnswer(id=made.id, name=made.name, city=made.city)

    return in_transaction(request, caller, work)


@router.patch("/branches/{name}", status_code=204)
def change_branch(name: str, body: BranchChange, caller: CurrentCaller, request: Request) -> None:
    """Administrators: rename a branch or set its city; nothing moves."""

    def work(session: Session, by: User) -> None:
        require_role(by, Role.ADMIN)
        branches_service.change_branch(session, name, body.name, body.city, by)

    in_transaction(request, caller, work)


@router.post("/branches/{name}/merge", response_model=BranchMerged)
def merge_branch(
    name: str, body: BranchMerge, caller: CurrentCaller, request: Request
) -> BranchMerged:
    """Administrators: two offices become one. The customers of `name` (owners unchanged),
    its people, pool and managers move to `into`; `name` is removed."""

    def work(session: Session, by: User) -> BranchMerged:
        require_role(by, Role.ADMIN)
        merged = branches_service.merge_branches(session, name, body.into, by)
        return BranchMerged(customers=merged.customers, people=merged.people)

    return in_transaction(request, caller, work)


@router.put("/users/{username}/managed-branches", status_code=204)
def set_managed_branches(
    username: str, body: ManagedRequest, caller: CurrentCaller, request: Request
) -> None:
    """Administrators: the further branches a manager answers for."""

    def work(session: Session, by: User) -> None:
        require_role(by, Role.ADMIN)
        manager = find_user(session, username)
        if manager.role != Role.MANAGER.value:
            raise ApiError(409, "not_a_manager", f"{username} is not a manager.")
        ids = []
        for name in body.branches:
            branch = session.scalar(select(Branch).where(Branch.name == name))
            if branch is None:
                raise ApiError(404, "branch_not_found", f"No branch named {name!r}.")
            ids.append(branch.id)
        session.execute(delete(ManagedBranch).where(ManagedBranch.user_id == manager.id))
        session.add_all(ManagedBranch(user_id=manager.id, branch_id=i) for i in set(ids))
        audit.record(
            session,
            "managed_branches",
            user_id=by.id,
            entity="user",
            row_id=manager.id,
            branches=sorted(body.branches),
        )

    in_transaction(request, caller, work)


@router.post("/users/{username}/deactivate", status_code=204)
def deactivate(username: str, caller: CurrentCaller, request: Request) -> None:
    """Administrators: close an account without moving anything (see offboard)."""

    def work(session: Session, by: User) -> None:
        require_role(by, Role.ADMIN)
        deactivate_user(session, username, actor_id=by.id)

    in_transaction(request, caller, work)


@router.post("/users", response_model=OneTimePassword, status_code=201)
def add_person(body: NewPerson, caller: CurrentCaller, request: Request) -> OneTimePassword:
    """Administrators: a new account, with a one-time password to hand over; its holder
    chooses their own at first sign-in (`/auth/password`)."""

    def work(session: Session, by: User) -> OneTimePassword:
        require_role(by, Role.ADMIN)
        return people.add_person(session, body, by)

    return in_transaction(request, caller, work)


@router.patch("/users/{username}", status_code=204)
def change_person(
    username: str, body: PersonChange, caller: CurrentCaller, request: Request
) -> None:
    """Administrators: name, role or branch. A new branch moves none of the person's
    customers; reassign them for that."""

    def work(session: Session, by: User) -> None:
        require_role(by, Role.ADMIN)
        people.change_person(session, username, body, by)

    in_transaction(request, caller, work)


@router.post("/users/{username}/password-reset", response_model=OneTimePassword)
def reset_password(username: str, caller: CurrentCaller, request: Request) -> OneTimePassword:
    """Administrators: a forgotten password. A new one-time password; the person is signed
    out everywhere and chooses their own at the next sign-in."""

    def work(session: Session, by: User) -> OneTimePassword:
        require_role(by, Role.ADMIN)
        return people.reset_password(session, username, by)

    return in_transaction(request, caller, work)


@router.post("/users/{username}/reactivate", status_code=204)
def reactivate(username: str, caller: CurrentCaller, request: Request) -> None:
    """Administrators: sign-in works again; customers handed on at a departure stay where
    they went."""

    def work(session: Session, by: User) -> None:
        require_role(by, Role.ADMIN)
        people.reactivate_user(session, username, by)

    in_transaction(request, caller, work)


@router.get("/users/{username}/devices", response_model=list[DeviceInfo])
def user_devices(username: str, caller: CurrentCaller, request: Request) -> list[DeviceInfo]:
    """Administrators: a user's devices, to find the one to mark lost."""

    def work(session: Session, by: User) -> list[DeviceInfo]:
        require_role(by, Role.ADMIN)
        return devices.of_user(session, username)

    return in_transaction(request, caller, work)


@router.get("/devices/behind", response_model=list[StaleDevice])
def devices_behind(
    caller: CurrentCaller,
    request: Request,
    days: Annotated[int, Query(ge=1, le=3650)] = 7,
) -> list[StaleDevice]:
    """Administrators: computers holding edits not yet sent that have not synced for `days`
    days: work that exists on one laptop only (issue 26, item 3)."""

    def work(session: Session, by: User) -> list[StaleDevice]:
        require_role(by, Role.ADMIN)
        return devices.behind(session, days)

    return in_transaction(request, caller, work)


@router.post("/devices/{device_id}/lost", response_model=LostDevice)
def device_lost(device_id: str, caller: CurrentCaller, request: Request) -> LostDevice:
    """Administrators: a device was lost or stolen. Its tokens stop working now, and at its
    next contact it removes its copy of the data; the account and other devices go on."""

    def work(session: Session, by: User) -> LostDevice:
        require_role(by, Role.ADMIN)
        return devices.mark_lost(session, device_id, actor_id=by.id, ip=client_ip(request))

    return in_transaction(request, caller, work)


@router.post("/users/{username}/offboard", response_model=OffboardResult)
def offboard_user(
    username: str, body: OffboardRequest, caller: CurrentCaller, request: Request
) -> OffboardResult:
    """Deactivate a leaver and hand all their customers and open work to successors."""

    def work(session: Session, by: User) -> OffboardResult:
        report = offboard(
            session,
            by=by,
            username=username,
            to_username=body.to_username,
            spread_branch=body.spread_branch,
            reason=body.reason,
        )
        return OffboardResult(
            username=report.username,
            customers=report.customers,
            opportunities=report.opportunities,
            tasks=report.tasks,
            service_requests=report.service_requests,
            contracts=report.contracts,
            revoked_sessions=report.revoked_sessions,
            report=report.lines(),
            shares=report.shares,
        )

    return in_transaction(request, caller, work)


@router.post("/users/{username}/offboard/preview", response_model=MovePlan)
def preview_offboard(
    username: str, body: OffboardRequest, caller: CurrentCaller, request: Request
) -> MovePlan:
    """What offboarding would move now, per successor (customers, open opportunities, tasks
    and service requests), chosen exactly as the offboarding chooses; changes nothing.
    `reason` is ignored."""

    def work(session: Session, by: User) -> MovePlan:
        return offboarding.preview(
            session,
            by=by,
            username=username,
            to_username=body.to_username,
            spread_branch=body.spread_branch,
        )

    return in_transaction(request, caller, work)


@router.put("/branches/{name}/pool", status_code=204)
def configure_pool(name: str, body: PoolSettings, caller: CurrentCaller, request: Request) -> None:
    """Managers of the branch and admins: turn the pool on or off, and its days per tier."""

    def work(session: Session, by: User) -> None:
        require_staff_admin(by)
        rules = {rule: getattr(body, rule) for rule in pool.RULES}  # issue 23
        pool.configure(session, by, name, enabled=body.enabled, days=body.days, **rules)

    in_transaction(request, caller, work)


@router.post("/pool/sweep")
def sweep_pools(caller: CurrentCaller, request: Request) -> dict[str, int]:
    """Administrators: return dormant customers to their pools now (normally a daily timer)."""

    def work(session: Session, by: User) -> dict[str, int]:
        require_role(by, Role.ADMIN)
        return pool.sweep(session, by=by)

    return in_transaction(request, caller, work)


# --- review queue ---------------------------------------------------------------------------


Username = Annotated[str | None, Query(pattern=USERNAME_PATTERN, max_length=64)]
Word = Annotated[str | None, Query(pattern=r"^[a-z][a-z_]{0,31}$", max_length=32)]
Key = Annotated[
    int | None, Query(ge=0, le=2**63 - 1, description="The last item's id of the page before")
]
ReviewEntity = Annotated[
    str | None, Query(pattern=f"^({'|'.join(sorted(ENTITIES))})$", max_length=32)
]


@router.get("/review", response_model=list[ReviewEntry])
def review_items(
    caller: CurrentCaller,
    request: Request,
    decided: bool = False,
    author: Username = None,
    branch: Annotated[str | None, Query(min_length=1, max_length=100)] = None,
    entity: ReviewEntity = None,
    reason: Word = None,
    since: JsonTime | None = None,
    until: JsonTime | None = None,
    after: Key = None,
    limit: int = Query(default=500, ge=1, le=500),
) -> list[ReviewEntry]:
    """Open items oldest first (or, with `decided`, the decisions newest first) the caller may
    decide: one page of `limit` after item `after`, of the given author, author's branch,
    entity, reason and time the edit was made (`until` exclusive)."""
    query = review.ReviewQuery(
        decided=decided,
        author=author,
        branch=branch,
        entity=entity,
        reason=reason,
        since=_utc(since),
        until=_utc(until),
        after=after,
        limit=limit,
    )
    return in_transaction(
        request, caller, lambda session, by: review.items(session, by, query=query)
    )


ItemId = Annotated[int, Path(ge=1, le=2**63 - 1, description="A review item's number")]
"""Beyond 64 bits no item exists, and the database could not even be asked (issue 17)."""


@router.post("/review/{item_id}/apply", response_model=Decision)
def apply_item(
    item_id: ItemId, caller: CurrentCaller, request: Request, body: ApplyRequest | None = None
) -> Decision:
    def work(session: Session, by: User) -> Decision:
        owner = body.owner_username if body else None
        status = review.apply(session, by, item_id, owner_username=owner)
        return Decision(decision="applied", status=status)

    return in_transaction(request, caller, work)


@router.post("/review/{item_id}/discard", response_model=Decision)
def discard_item(
    item_id: ItemId, caller: CurrentCaller, request: Request, body: DiscardRequest | None = None
) -> Decision:
    def work(session: Session, by: User) -> Decision:
        review.discard(session, by, item_id, note=body.note if body else None)
        return Decision(decision="discarded")

    return in_transaction(request, caller, work)


# --- audit log ------------------------------------------------------------------------------


def audit_filters(
    username: str | None = None,
    action: str | None = None,
    since: JsonTime | None = None,
    until: JsonTime | None = None,
) -> dict[str, Any]:
    """The audit log's filters, as query parameters of both the list and the CSV export."""
    return {"username": username, "action": action, "since": _utc(since), "until": _utc(until)}


def _utc(value: datetime | None) -> datetime | None:
    """A filter time in UTC, as the log stores it. One that does not exist in UTC (year 1 at
    +14:00, year 9999 at -01:00) is before or after every entry: the calendar's first or last
    moment (issue 17: never a server error). Without an offset it is taken as UTC."""
    if value is None:
        return None
    try:
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    except OverflowError:
        edge = datetime.min if value.year == datetime.min.year else datetime.max
        return edge.replace(tzinfo=UTC)


AuditFilters = Annotated[dict[str, Any], Depends(audit_filters)]


@router.get("/audit", response_model=list[AuditRow])
def audit_log(
    caller: CurrentCaller,
    request: Request,
    filters: AuditFilters,
    limit: int = Query(default=500, ge=1, le=10_000),
    before: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
) -> list[AuditRow]:
    """Administrators: who did what when, newest first; the next page is the entries
    `before` the last id of this one."""

    def work(session: Session, by: User) -> list[AuditRow]:
        require_role(by, Role.ADMIN)
        query = audit.AuditQuery(**filters, limit=limit, before=before)
        rows = audit.entries(session, query)
        return [
            AuditRow(
                id=e.id,
                at=e.at,
                username=name,
                action=e.action,
                entity=e.entity,
                row_id=e.row_id,
                ip=e.ip,
                detail=e.detail or {},
            )
            for e, name in rows
        ]

    return in_transaction(request, caller, work)


@router.get("/audit/actions", response_model=AuditActions)
def audit_actions(caller: CurrentCaller, request: Request) -> AuditActions:
    """Administrators: the actions the log holds, for its filter."""

    def work(session: Session, by: User) -> AuditActions:
        require_role(by, Role.ADMIN)
        return AuditActions(actions=audit.actions(session))

    return in_transaction(request, caller, work)


@router.get("/audit.csv", response_class=Response)
def audit_csv(
    caller: CurrentCaller,
    request: Request,
    filters: AuditFilters,
    limit: int = Query(default=100_000, ge=1, le=1_000_000),
) -> Response:
    """Administrators: the same entries as CSV; the export itself is audited."""

    def work(session: Session, by: User) -> str:
        require_role(by, Role.ADMIN)
        rows = audit.entries(session, audit.AuditQuery(**filters, limit=limit))
        audit.record(
            session,
            "audit_export",
            user_id=by.id,
            ip=client_ip(request),
            rows=len(rows),
            filter_username=filters["username"],
            filter_action=filters["action"],
        )
        return audit.to_csv(rows)

    text = in_transaction(request, caller, work)
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="outpost-audit.csv"'},
    )
