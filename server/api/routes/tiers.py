"""Computed value tiers (issue 19): the policy, Preview and Apply (server.value)."""

from typing import Annotated

from fastapi import APIRouter, Query, Request
from sqlalchemy.orm import Session

from sync.protocol.tiers import TierApplied, TierPareto, TierPolicy, TierPreview, TierSettings
from sync.protocol.wire import ErrorBody

from ... import value
from ...models import User
from ..deps import CurrentCaller
from .admin import in_transaction

router = APIRouter(
    prefix="/tiers",
    tags=["tiers"],
    responses={code: {"model": ErrorBody} for code in (401, 403)},
)


@router.get("/policy", response_model=TierSettings)
def policy(caller: CurrentCaller, request: Request) -> TierSettings:
    """The company's tier policy and the standing its last computation published: every
    replica keeps it to explain a tier offline."""
    return in_transaction(request, caller, lambda session, _by: value.settings(session))


@router.put("/policy", status_code=204)
def save(body: TierPolicy, caller: CurrentCaller, request: Request) -> None:
    """Managers and administrators: the policy the nightly computation uses."""
    in_transaction(request, caller, lambda session, by: value.save_policy(session, by, body))


@router.post("/preview", response_model=TierPreview)
def preview(body: TierPolicy, caller: CurrentCaller, request: Request) -> TierPreview:
    """Managers and administrators: the from -> to matrix and the Pareto curve the policy in
    the body would give, company-wide, before anything changes."""

    def work(session: Session, by: User) -> TierPreview:
        return value.preview(session, by, body)

    return in_transaction(request, caller, work)


@router.post("/apply", response_model=TierApplied)
def apply(body: TierPolicy, caller: CurrentCaller, request: Request) -> TierApplied:
    """Managers and administrators: save the policy and write every customer's computed
    tier now (a locked tier stays); the changes sync like any edit."""
    return in_transaction(request, caller, lambda session, by: value.apply(session, by, body))


@router.get("/pareto", response_model=TierPareto)
def company_pareto(
    caller: CurrentCaller,
    request: Request,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
) -> TierPareto:
    """Managers and administrators: the company's 80/20 over the policy's window, with the
    first `limit` customers of its top 20 %."""

    def work(session: Session, by: User) -> TierPareto:
        return value.company_pareto(session, by, limit)

    return in_transaction(request, caller, work)
