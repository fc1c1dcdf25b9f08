"""Sync endpoints: push mutations, pull changes, and repair a replica (DESIGN.md principles)."""

import time
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError

from sync.protocol import MIN_CLIENT_PROTOCOL, PROTOCOL_VERSION
from sync.protocol.wire import ErrorBody, IdsRequest, PullRequest, PushRequest, PushResponse

from ...db import Database
from ...errors import ApiError
from ...sync import pull as pulling
from ...sync.push import push as apply_push
from ..deps import CurrentCaller, SessionDep

RETRIES = 3


def check_protocol(
    x_outpost_protocol: Annotated[int | None, Header()] = None,
) -> None:
    """An old client gets a clear 'please upgrade' and keeps its outbox for the new version."""
    if x_outpost_protocol is None or x_outpost_protocol < MIN_CLIENT_PROTOCOL:
        raise ApiError(
            426,
            "upgrade_required",
            "This version of Outpost is too old for the server. Install the new version; "
            "your unsynced changes are kept and will be sent after the update.",
            server_protocol=PROTOCOL_VERSION,
            min_protocol=MIN_CLIENT_PROTOCOL,
        )


_errors: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 401, 403, 409, 422, 426)
}
router = APIRouter(
    prefix="/sync", tags=["sync"], dependencies=[Depends(check_protocol)], responses=_errors
)


@router.post("/push", response_model=PushResponse)
def push(body: PushRequest, caller: CurrentCaller, request: Request) -> PushResponse:
    """Apply the device's mutations exactly once and in order; one result per mutation."""
    database: Database = request.app.state.database
    for attempt in range(RETRIES):
        try:
            with database.transaction() as session:
                return apply_push(session, caller, body)
        except OperationalError as exc:  # deadlock or serialization failure: run it again
            if attempt == RETRIES - 1 or not _retryable(exc):
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


@router.post("/pull")
def pull(body: PullRequest, caller: CurrentCaller, session: SessionDep) -> JSONResponse:
    """Changes after `cursor` in the caller's scope, a page at a time."""
    result = pulling.pull(session, caller, body)
    session.commit()
    return JSONResponse(result)


@router.get("/versions/{entity}")
def versions(entity: str, caller: CurrentCaller, session: SessionDep) -> JSONResponse:
    """Id and change number of every row of one entity in scope, to find what a replica lacks."""
    return JSONResponse(pulling.versions(session, caller, entity))


@router.post("/rows")
def rows(body: IdsRequest, caller: CurrentCaller, session: SessionDep) -> JSONResponse:
    """Whole rows by id (those in scope), to repair a replica without starting over."""
    return JSONResponse(pulling.rows(session, caller, body.entity, body.ids))


def _retryable(exc: OperationalError) -> bool:
    code = getattr(exc.orig, "sqlstate", None)
    return code in ("40001", "40P01") or "locked" in str(exc.orig)
