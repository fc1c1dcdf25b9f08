"""The branch customer pool: reps list it and claim customers (online; see server.staff.pool)."""

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol.staff import (
    PoolAssign,
    Pooled,
    PoolFigure,
    PoolReturn,
    PoolRules,
    PoolSettings,
)
from sync.protocol.wire import ErrorBody

from ...errors import ApiError
from ...models import Branch, BranchPool, User
from ...permissions import answers_for
from ...staff import pool
from ..deps import CurrentCaller
from .admin import in_transaction

router = APIRouter(
    prefix="/pool",
    tags=["pool"],
    responses={code: {"model": ErrorBody} for code in (401, 403, 404, 409)},
    # 409: `already_claimed`, `reclaim_ban`, `claim_cap`, `owned_cap`, `already_pooled`,
    # `pool_off`, `other_branch` (issue 23)
)


@router.get("", response_model=list[Pooled])
def pooled(caller: CurrentCaller, request: Request) -> list[Pooled]:
    """Customers waiting in the caller's branch pool, most recently returned first."""

    def work(session: Session, by: User) -> list[Pooled]:
        return [Pooled(**row) for row in pool.pooled(session, by)]

    return in_transaction(request, caller, work)


@router.get("/rules", response_model=PoolRules)
def rules(
    caller: CurrentCaller,
    request: Request,
    branch: Annotated[str | None, Query(min_length=1, max_length=100)] = None,
) -> PoolRules:
    """The rules of the caller's branch pool (or, for its managers and administrators, of
    `branch`): the app keeps them so Today counts down to a return, offline too."""

    def work(session: Session, by: User) -> PoolRules:
        if branch is None:
            found = session.get(Branch, by.branch_id) if by.branch_id else None
        else:
            found = session.scalar(select(Branch).where(Branch.name == branch))
            if found is not None and not (
                found.id == by.branch_id or answers_for(session, by, found.id)
            ):
                found = None
            if found is None:
                raise ApiError(404, "branch_not_found", f"No branch named {branch!r} you manage.")
        if found is None:
            return PoolRules()
        row = session.get(BranchPool, found.id)
        if row is None:
            return PoolRules(branch=found.name)
        settings = PoolSettings(
            enabled=row.enabled, days=row.days, **{rule: getattr(row, rule) for rule in pool.RULES}
        )
        return PoolRules(branch=found.name, pool=settings)

    return in_transaction(request, caller, work)


@router.post("/{customer_id}/claim", status_code=204)
def claim(customer_id: str, caller: CurrentCaller, request: Request) -> None:
    """Take a pooled customer: it arrives, whole, at the claimer's next sync. Refused with
    409 `already_claimed` (someone was quicker), `reclaim_ban` (the former owner, during the
    branch's ban), `claim_cap` (the day's claims are used up) or `owned_cap`."""
    in_transaction(request, caller, lambda session, by: pool.claim(session, by, customer_id))


@router.post("/return", status_code=204)
def return_to_pool(body: PoolReturn, caller: CurrentCaller, request: Request) -> None:
    """Hand customers back to their branch pool: their owner, or a manager of the branch.
    All or none: 404 for one out of reach, 409 `already_pooled` or `pool_off`."""
    in_transaction(
        request,
        caller,
        lambda session, by: pool.return_to_pool(session, by, body.customer_ids, body.note),
    )


@router.post("/{customer_id}/assign", status_code=204)
def assign(customer_id: str, body: PoolAssign, caller: CurrentCaller, request: Request) -> None:
    """Managers: give a pooled customer of their branch to one of its people (409
    `already_claimed`, `invalid_owner`, `other_branch`)."""
    in_transaction(
        request, caller, lambda session, by: pool.assign(session, by, customer_id, body.username)
    )


@router.get("/figures", response_model=list[PoolFigure])
def figures(
    caller: CurrentCaller,
    request: Request,
    month: Annotated[str, Query(pattern=r"^2[0-9]{3}-(0[1-9]|1[0-2])$")],
) -> list[PoolFigure]:
    """The month's pool traffic (`YYYY-MM`, 2000-01 to 2999-12) per person of the caller's
    branches; a rep gets their own line only."""
    year, number = (int(part) for part in month.split("-"))
    start = datetime(year, number, 1, tzinfo=UTC)
    return in_transaction(request, caller, lambda session, by: pool.figures(session, by, start))
