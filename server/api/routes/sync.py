"""Sync endpoints: push mutations, pull changes, and repair a replica (DESIGN.md principles)."""

import logging
import time
from collections.abc import Callable
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import Response
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from sync.protocol import MIN_CLIENT_PROTOCOL, PROTOCOL_VERSION
from sync.protocol.wire import (
    DeviceReport,
    EntityName,
    ErrorBody,
    IdsRequest,
    PullPage,
    PullRequest,
    PushRequest,
    PushResponse,
    SurrenderAnswer,
    SurrenderRequest,
    Versions,
    WireRow,
)

from ... import devices
from ...auth.service import Caller
from ...db import Database
from ...errors import ApiError
from ...review import service as review
from ...sync import pull as pulling
from ...sync.push import push as apply_push
from ..deps import Bearer, as_caller

RETRIES = 3
log = logging.getLogger(__name__)


async def check_protocol(
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
async def push(body: PushRequest, request: Request, credentials: Bearer) -> Response:
    """Apply the device's mutations exactly once and in order; one result per mutation."""
    database: Database = request.app.state.database

    def work(caller: Caller) -> Response:
        answer = _apply_with_retries(database, caller, body)
        if body.pull is not None:
            # After the push committed, in a session of its own, exactly as a /pull would run:
            # if this part fails, the client sends the mutations again and they answer
            # `duplicate`.
            pull = body.pull
            answer["pull"] = _in_session(
                database, caller, lambda s, c: pulling.pull(s, c, pull), commit=True
            )
        return _answer(_encode(answer))

    return await as_caller(request, credentials, work)


def _apply_with_retries(database: Database, caller: Caller, body: PushRequest) -> PushResponse:
    careful = False
    for attempt in range(RETRIES):
        try:
            with database.transaction() as session:
                session.add(caller.user)
                return apply_push(session, caller, body, careful=careful)
        except OperationalError as exc:  # deadlock or serialization failure: run it again
            if attempt == RETRIES - 1 or not _retryable(exc):
                raise
            time.sleep(0.05 * (attempt + 1))
        except ApiError:
            raise
        except Exception as exc:
            # The database refused a value the checks let through. Once more, each mutation
            # in a savepoint: the one it refuses is rejected alone (server.sync.push).
            if careful:
                raise
            log.warning("push refused by the database, applying one by one: %r", exc)
            careful = True
    raise AssertionError("unreachable")


@router.post("/pull", response_model=PullPage)
async def pull(body: PullRequest, request: Request, credentials: Bearer) -> Response:
    """Changes after `cursor` in the caller's scope, a page at a time."""
    return await _read(request, credentials, lambda s, c: pulling.pull(s, c, body), commit=True)


@router.get("/versions/{entity}", response_model=Versions)
async def versions(entity: EntityName, request: Request, credentials: Bearer) -> Response:
    """Id and change number of every row of one entity in scope, to find what a replica lacks."""
    return await _read(request, credentials, lambda s, c: pulling.versions(s, c, entity))


@router.post("/rows", response_model=list[WireRow])
async def rows(body: IdsRequest, request: Request, credentials: Bearer) -> Response:
    """Whole rows by id (those in scope), to repair a replica without starting over."""
    return await _read(request, credentials, lambda s, c: pulling.rows(s, c, body.entity, body.ids))


@router.post("/report", status_code=204)
async def report(body: DeviceReport, request: Request, credentials: Bearer) -> Response:
    """The device's version, edits not yet sent and replica size, after a round."""
    database: Database = request.app.state.database

    def work(caller: Caller) -> Response:
        with database.transaction() as session:
            devices.record_report(session, caller.device_id, body)
        return Response(status_code=204)

    return await as_caller(request, credentials, work)


@router.post("/surrender", response_model=SurrenderAnswer)
def surrender(body: SurrenderRequest, request: Request) -> SurrenderAnswer:
    """A device whose account was closed hands over its unsynced edits for review.
    Authenticated by the refresh token of its revoked session (see server.review.service)."""
    database: Database = request.app.state.database
    with database.transaction() as session:
        queued = review.surrender(session, body.refresh_token, body.mutations)
    return SurrenderAnswer(queued=queued)


async def _read(
    request: Request,
    credentials: Bearer,
    query: Callable[[Session, Caller], Any],
    *,
    commit: bool = False,
) -> Response:
    """Run `query` and encode its answer in the worker thread: a page of thousands of rows
    would otherwise hold up the event loop while it becomes JSON."""
    database: Database = request.app.state.database

    def work(caller: Caller) -> Response:
        return _answer(_encode(_in_session(database, caller, query, commit=commit)))

    return await as_caller(request, credentials, work)


def _in_session(
    database: Database, caller: Caller, query: Callable[[Session, Caller], Any], *, commit: bool
) -> Any:
    """Run `query` in a read transaction; with `commit`, its bookkeeping writes (when the
    device last pulled, which moves it was told of) commit with it.

    On SQLite a read transaction cannot wait to become a writer: when another connection
    wrote meanwhile it fails at once with "database is locked" (7 of 8 simultaneous first
    downloads did, issue 17). Such a pull runs again in an immediate transaction, which
    waits its turn; reads stay concurrent in the common case, where nobody else writes."""
    try:
        with database.sessions() as session:
            session.add(caller.user)
            result = query(session, caller)
            if commit:
                session.commit()
        return result
    except OperationalError as exc:
        if not (commit and database.engine.dialect.name == "sqlite" and _retryable(exc)):
            raise
    with database.transaction() as session:
        session.add(caller.user)
        return query(session, caller)


def _answer(body: bytes) -> Response:
    return Response(body, media_type="application/json")


def _encode(value: Any) -> bytes:
    """Compact UTF-8 JSON; orjson writes a page of 2,000 rows about ten times faster than
    the standard library (it was a fifth of a page's server time)."""
    return orjson.dumps(value)


def _retryable(exc: OperationalError) -> bool:
    code = getattr(exc.orig, "sqlstate", None)
    return code in ("40001", "40P01") or "locked" in str(exc.orig)
