"""Customer administration: reassignment (one, many, or by filter) and ownership history;
the duplicate check across the company and "Ask the owner" (server/customers/duplicates.py)."""

from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import select

from sync.protocol.duplicates import AskAnswer, AskRequest, DuplicateAnswer, DuplicateQuery
from sync.protocol.staff import MovePlan, OwnerChange, ReassignRequest, ReassignResult
from sync.protocol.wire import ErrorBody

from ...customers import duplicates
from ...customers.service import Selection, history, preview_reassignment, reassign
from ...db import Database
from ...models import User
from ..deps import CurrentCaller, SessionDep

router = APIRouter(prefix="/customers", tags=["customers"])


REASSIGN_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "Not signed in"},
    403: {"model": ErrorBody, "description": "Not a manager or administrator of these branches"},
    404: {"model": ErrorBody, "description": "No such user, or a listed customer"},
    409: {"model": ErrorBody, "description": "That user cannot own customers"},
    422: {"model": ErrorBody, "description": "No filter, or too many customers at once"},
}


def _selection(body: ReassignRequest) -> Selection:
    return Selection(
        customer_ids=body.customer_ids,
        owner=body.owner,
        branch=body.branch,
        city=body.city,
        tier=body.tier,
        status=body.status,
    )


@router.post("/reassign", response_model=ReassignResult, responses=REASSIGN_ERRORS)
def reassign_customers(
    body: ReassignRequest, caller: CurrentCaller, request: Request
) -> ReassignResult:
    """Give customers, with their whole history and their previous owner's open work on them,
    to another user (managers and admins)."""
    database: Database = request.app.state.database
    with database.transaction() as session:
        by = session.get(User, caller.user.id)
        assert by is not None
        plan = reassign(
            session,
            by=by,
            selection=_selection(body),
            to_username=body.to_username,
            reason=body.reason,
        )
    return ReassignResult(
        moved=plan.total("customers"),
        opportunities=plan.total("opportunities"),
        tasks=plan.total("tasks"),
        service_requests=plan.total("service_requests"),
        shares=plan.shares,
    )


@router.post("/reassign/preview", response_model=MovePlan, responses=REASSIGN_ERRORS)
def preview_reassign(body: ReassignRequest, caller: CurrentCaller, request: Request) -> MovePlan:
    """What the same reassignment would move now (customers and open work, per new owner),
    chosen exactly as the move chooses; moves nothing. `reason` is ignored."""
    database: Database = request.app.state.database
    with database.transaction() as session:
        by = session.get(User, caller.user.id)
        assert by is not None
        return preview_reassignment(
            session, by=by, selection=_selection(body), to_username=body.to_username
        )


@router.get(
    "/{customer_id}/owners",
    response_model=list[OwnerChange],
    responses={404: {"model": ErrorBody, "description": "No such customer the caller may see"}},
)
def owners(customer_id: str, caller: CurrentCaller, session: SessionDep) -> list[OwnerChange]:
    """The customer's ownership history, newest first (usernames)."""
    moves = history(session, caller.user, customer_id)
    ids = {i for m in moves for i in (m.from_owner, m.to_owner, m.by_user) if i}
    names = dict(session.execute(select(User.id, User.username).where(User.id.in_(ids))).all())
    return [
        OwnerChange(
            at=m.at,
            from_owner=names.get(m.from_owner or ""),
            to_owner=names.get(m.to_owner or ""),
            by_user=names.get(m.by_user or ""),
            reason=m.reason,
        )
        for m in moves
    ]


@router.post(
    "/duplicates",
    response_model=DuplicateAnswer,
    responses={code: {"model": ErrorBody} for code in (401, 422)},
)
def duplicate_check(
    body: DuplicateQuery, caller: CurrentCaller, session: SessionDep
) -> DuplicateAnswer:
    """Probable duplicates across the company of what a customer form holds: in the caller's
    scope with id and full name, any other masked (name, phone, owner's branch and name)."""
    return duplicates.check(session, caller.user, body)


@router.post(
    "/duplicates/ask",
    response_model=AskAnswer,
    responses={code: {"model": ErrorBody} for code in (401, 404, 422)},
)
def ask_the_owner(body: AskRequest, caller: CurrentCaller, request: Request) -> AskAnswer:
    """Ask the owner of a masked match (and their branch's manager) about it: a task each."""
    database: Database = request.app.state.database
    with database.transaction() as session:
        by = session.get(User, caller.user.id)
        assert by is not None
        return duplicates.ask(session, by, body)
